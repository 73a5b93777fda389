import type { ThesaurusConcept } from './thesaurus.types';

/** Simulation, simulators, training, serious games and immersive technologies. */
// prettier-ignore
export const SIMULATION_TRAINING_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'simulation',
    terms: {
      fr: ['simulation', 'logiciel de simulation', 'modélisation et simulation', 'modélisation', 'simulation informatique', 'outil de simulation', 'simulation temps réel', 'moteur de simulation'],
      en: ['simulation software', 'modelling and simulation', 'modelling', 'modeling', 'simulation tool', 'computer simulation', 'real-time simulation', 'simulation engine'],
    },
    acronyms: ['M&S'],
    cpv: ['38970000', '48461000', '72242000'],
  },
  {
    id: 'simulator',
    terms: {
      fr: ['simulateur', "simulateur d'entraînement", 'simulateur de mission', 'simulateur tactique', 'simulateur de vol', 'simulateur de pilotage', 'simulateur embarqué', 'simulateur procédural', 'conception de simulateurs', "simulateur d'entraînement embarqué"],
      en: ['simulator', 'training simulator', 'mission simulator', 'flight simulator', 'full mission simulator', 'full flight simulator', 'procedural trainer', 'part-task trainer', 'simulator design', 'training device'],
    },
    cpv: ['38970000', '35740000', '34740000'],
    related: ['simulation', 'training'],
  },
  {
    id: 'combat-simulation',
    terms: {
      fr: ['simulation de combat', 'simulation opérationnelle', 'simulation tactique', 'simulateur de combat', 'jeu de guerre', 'simulation constructive', 'simulation distribuée', 'environnement synthétique', 'simulation de bataille', 'simulation interarmées', 'logiciel de simulation de combat', "simulation d'état-major", 'exercice assisté par ordinateur', 'jeux de guerre'],
      en: ['combat simulation', 'battle simulation', 'battle simulator', 'wargaming', 'wargame', 'constructive simulation', 'distributed simulation', 'live virtual constructive', 'synthetic training environment', 'battle simulation software', 'combat simulation software', 'computer-assisted exercise', 'war gaming', 'war games'],
    },
    acronyms: ['LVC', 'HLA', 'DIS'],
    cpv: ['35740000', '80660000', '80610000'],
    related: ['simulation'],
  },
  {
    id: 'training',
    terms: {
      fr: ['formation', 'formation professionnelle', 'organisme de formation', 'centre de formation', 'ingénierie de formation', 'ingénierie pédagogique', 'formation technique', 'formation continue', 'apprentissage', 'alternance', 'Qualiopi', 'formateur', 'stage de formation', 'formations techniques', 'prestations de formation'],
      en: ['training', 'vocational training', 'training centre', 'training center', 'training services', 'technical training', 'instructional design', 'training provider', 'professional training', 'apprenticeship', 'training courses'],
    },
    cpv: ['80500000', '80530000', '80531200'],
  },
  {
    id: 'military-training',
    terms: {
      fr: ['entraînement', 'entraînement militaire', 'préparation opérationnelle', 'instruction militaire', 'formation militaire', 'entraînement des forces', 'exercice militaire', 'formation des opérateurs', 'formation à la conduite', 'simulateur de conduite', 'conduite de véhicules militaires', 'formation des conducteurs', 'entraînement opérationnel', 'formation tactique'],
      en: ['military training', 'operational training', 'force training', 'military exercise', 'operator training', 'defence training', 'defense training', 'collective training', 'driver training', 'driving simulator', 'military vehicle training', 'vehicle crew training', 'tactical training'],
    },
    cpv: ['80600000', '80610000', '80630000', '80660000'],
    related: ['training'],
  },
  {
    id: 'naval-training',
    terms: {
      fr: ['formation navale', 'entraînement naval', 'simulateur naval', 'formation des marins', 'école navale', 'entraînement des équipages', 'simulateur de navire', 'simulateur de passerelle', 'simulateur de formation navale', 'formation des équipages sur simulateur', 'simulateur de conduite de navire', 'simulateur maritime', 'formation maritime', 'simulateur de sous-marin', 'entraînement des équipages sur simulateur'],
      en: ['naval training', 'maritime training', 'warship simulator', 'ship simulator', 'crew training', 'naval simulator', 'seamanship training', 'bridge simulator', 'naval training simulator', 'ship handling simulator', 'maritime simulator', 'submarine simulator', 'crew training simulator'],
    },
    cpv: ['80640000'],
    related: ['military-training', 'naval'],
  },
  {
    id: 'electronics-training',
    terms: {
      fr: ['formation aux systèmes électroniques', 'formation aux systèmes électroniques militaires', 'formation sur les systèmes électroniques militaires', 'formation à la guerre électronique', 'formation en électronique', 'formation électronique', 'formation des opérateurs radar', 'formation des opérateurs sonar', 'formation aux équipements électroniques', 'entraînement à la guerre électronique', 'simulation de guerre électronique', 'formation des techniciens électroniciens', 'formation sur systèmes électroniques', 'formation sur les systèmes électroniques'],
      en: ['training on military electronic systems', 'electronic systems training', 'military electronics training', 'electronic warfare training', 'electronics training', 'radar operator training', 'sonar operator training', 'electronic warfare simulation', 'EW training', 'training on electronic systems', 'electronic systems courses'],
    },
    cpv: ['80660000', '80600000'],
    related: ['military-training', 'defence-electronics'],
  },
  {
    id: 'aircrew-training',
    terms: {
      fr: ['formation des pilotes', 'entraînement des pilotes', 'formation aéronautique', 'formation au pilotage', 'formation des équipages aériens', 'formation des mécaniciens aéronautiques', 'formation des personnels navigants', 'simulateur de vol militaire'],
      en: ['pilot training', 'aircrew training', 'aviation training', 'flight training', 'aircraft maintenance training', 'Part 147', 'aircrew simulator', 'pilot training simulator'],
    },
    cpv: ['80650000', '34740000'],
    related: ['military-training'],
  },
  {
    id: 'shooting-training',
    terms: {
      fr: ['simulateur de tir', 'entraînement au tir', 'formation au tir', 'stand de tir', 'champ de tir', 'instruction au tir', 'système de cibles', 'simulation de tir', "cibles d'entraînement"],
      en: ['shooting simulator', 'weapon training', 'firearms training', 'marksmanship training', 'live fire training', 'shooting range', 'firing range', 'target system', 'firing simulation', 'training targets'],
    },
    cpv: ['80620000'],
    related: ['military-training'],
  },
  {
    id: 'digital-learning',
    terms: {
      fr: ['jeu sérieux', 'ludopédagogie', 'ludification', 'apprentissage par le jeu', 'formation à distance', 'plateforme de formation', 'apprentissage en ligne', 'formation en ligne', "plateforme d'apprentissage", 'classe virtuelle', 'module e-learning', 'formation numérique'],
      en: ['serious game', 'game-based learning', 'gamification', 'educational game', 'e-learning', 'elearning', 'online training', 'learning management system', 'distance learning', 'online learning', 'virtual classroom', 'learning platform', 'e-learning content', 'digital training'],
    },
    acronyms: ['LMS', 'FOAD', 'MOOC'],
    cpv: ['48190000', '80500000'],
    related: ['training'],
  },
  {
    id: 'xr',
    terms: {
      fr: ['réalité virtuelle', 'réalité augmentée', 'réalité mixte', 'réalité étendue', 'casque de réalité virtuelle', 'environnement immersif', 'immersif', 'immersion virtuelle', 'formation en réalité virtuelle', 'simulation immersive'],
      en: ['virtual reality', 'augmented reality', 'mixed reality', 'extended reality', 'VR headset', 'immersive environment', 'immersive', 'immersive training', 'metaverse', 'VR training', 'immersive simulation'],
    },
    acronyms: ['RV', 'RA', 'VR', 'AR', 'XR', 'MR'],
    cpv: ['48520000', '72212000'],
    related: ['simulation'],
  },
  {
    id: 'safety-training',
    terms: {
      fr: ['formation sécurité', 'formation à la sécurité', 'sauveteur secouriste du travail', 'habilitation électrique', 'formation incendie', 'formation aux premiers secours'],
      en: ['safety training', 'health and safety training', 'first aid training', 'fire safety training', 'HSE training'],
    },
    acronyms: ['SST'],
    cpv: ['80550000'],
    related: ['training'],
  },
  {
    id: 'it-training',
    terms: {
      fr: ['formation informatique', 'formation aux outils numériques', 'formation bureautique', 'formation des utilisateurs'],
      en: ['computer training', 'IT training', 'software training', 'user training'],
    },
    cpv: ['80533100', '80533000'],
    related: ['training'],
  },
];
