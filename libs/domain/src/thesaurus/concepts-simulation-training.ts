import type { ThesaurusConcept } from './thesaurus.types';

/** Simulation, simulators, training, serious games and immersive technologies. */
// prettier-ignore
export const SIMULATION_TRAINING_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'simulation',
    terms: {
      fr: ['simulation', 'logiciel de simulation', 'modélisation et simulation', 'modélisation', 'simulation informatique', 'outil de simulation', 'simulation temps réel', 'moteur de simulation', 'simulation multiphysique', 'simulation haute fidélité', 'génération de scénarios', 'modèle de simulation', 'simulation physique', 'plateforme de simulation', 'simulation de systèmes'],
      en: ['simulation software', 'modelling and simulation', 'modelling', 'modeling', 'simulation tool', 'computer simulation', 'real-time simulation', 'simulation engine', 'multiphysics simulation', 'high-fidelity simulation', 'scenario generation', 'simulation model', 'physics-based simulation', 'simulation platform'],
    },
    acronyms: ['M&S'],
    cpv: ['38970000', '48461000', '72242000'],
  },
  {
    id: 'simulator',
    terms: {
      fr: ['simulateur', "simulateur d'entraînement", 'simulateur de mission', 'simulateur tactique', 'simulateur de vol', 'simulateur de pilotage', 'simulateur embarqué', 'simulateur procédural', 'conception de simulateurs', "simulateur d'entraînement embarqué", 'poste instructeur', 'simulateur de maintenance', 'simulateur de système d’armes', 'simulateur pleine échelle', 'plateforme de mouvement'],
      en: ['simulator', 'training simulator', 'mission simulator', 'flight simulator', 'full mission simulator', 'full flight simulator', 'procedural trainer', 'part-task trainer', 'simulator design', 'training device', 'instructor station', 'maintenance trainer', 'weapon system simulator', 'full-scale simulator', 'motion platform', 'cockpit simulator'],
    },
    cpv: ['38970000', '35740000', '34740000'],
    related: ['simulation', 'training'],
  },
  {
    id: 'sensor-stimulation',
    terms: {
      fr: ['stimulateur radar', 'simulateur de cibles', 'générateur de cibles', 'simulateur de cibles radar', 'stimulation de capteurs', 'simulateur de menaces', 'stimulateur sonar', 'simulateur d’environnement électromagnétique', 'générateur de scénarios radar', 'simulateur de signaux', 'générateur de menaces'],
      en: ['radar target simulator', 'target simulator', 'target generator', 'radar target generator', 'sensor stimulation', 'threat simulator', 'sonar stimulator', 'radar stimulator', 'threat emitter simulator', 'electromagnetic environment simulator', 'signal simulator'],
    },
    cpv: ['38970000', '38540000', '73436000'],
    related: ['simulator', 'sensors'],
  },
  {
    id: 'combat-simulation',
    terms: {
      fr: ['simulation de combat', 'simulation opérationnelle', 'simulation tactique', 'simulateur de combat', 'jeu de guerre', 'simulation constructive', 'simulation distribuée', 'environnement synthétique', 'simulation de bataille', 'simulation interarmées', 'logiciel de simulation de combat', "simulation d'état-major", 'exercice assisté par ordinateur', 'forces semi-automatisées'],
      en: ['combat simulation', 'battle simulation', 'battle simulator', 'wargaming', 'wargame', 'constructive simulation', 'distributed simulation', 'live virtual constructive', 'synthetic training environment', 'computer-assisted exercise', 'war gaming', 'war games', 'semi-automated forces'],
    },
    acronyms: ['LVC', 'HLA', 'DIS', 'CAX'],
    cpv: ['35740000', '80660000', '80610000'],
    related: ['simulation'],
  },
  {
    id: 'training',
    terms: {
      fr: ['formation', 'formation professionnelle', 'organisme de formation', 'centre de formation', 'ingénierie de formation', 'ingénierie pédagogique', 'formation technique', 'formation continue', 'apprentissage', 'alternance', 'Qualiopi', 'formateur', 'stage de formation', 'prestations de formation', 'formation de formateurs', 'montée en compétences', 'transfert de compétences'],
      en: ['training', 'vocational training', 'training centre', 'training center', 'training services', 'technical training', 'instructional design', 'training provider', 'professional training', 'apprenticeship', 'training courses', 'train the trainer', 'upskilling', 'skills transfer'],
    },
    cpv: ['80500000', '80530000', '80531200'],
  },
  {
    id: 'military-training',
    terms: {
      fr: ['entraînement', 'entraînement militaire', 'préparation opérationnelle', 'instruction militaire', 'formation militaire', 'entraînement des forces', 'exercice militaire', 'formation des opérateurs', 'entraînement opérationnel', 'formation tactique', 'aguerrissement', 'préparation des forces', 'mise en condition opérationnelle', 'répétition de mission', 'force adverse', 'exercice interarmées'],
      en: ['military training', 'operational training', 'force training', 'military exercise', 'operator training', 'defence training', 'defense training', 'collective training', 'tactical training', 'force preparation', 'opposing force', 'combat training', 'joint exercise'],
    },
    acronyms: ['OPFOR'],
    cpv: ['80600000', '80610000', '80630000', '80660000'],
    related: ['training'],
  },
  {
    id: 'vehicle-training',
    terms: {
      fr: ['formation à la conduite', 'simulateur de conduite', 'conduite de véhicules militaires', 'formation des conducteurs', 'simulateur de conduite de véhicules blindés', 'formation des équipages de blindés', 'simulateur de char', 'simulateur de poste de conduite', 'formation des pilotes de véhicules', 'formation au pilotage de véhicules', 'simulateur de tourelle'],
      en: ['driver training', 'driving simulator', 'military vehicle training', 'vehicle crew training', 'armoured vehicle simulator', 'armored vehicle simulator', 'tank simulator', 'turret trainer', 'tank crew training', 'vehicle driving simulator', 'gunnery trainer'],
    },
    cpv: ['80630000', '35740000'],
    related: ['military-training'],
  },
  {
    id: 'naval-training',
    terms: {
      fr: ['formation navale', 'entraînement naval', 'simulateur naval', 'formation des marins', 'école navale', 'entraînement des équipages', 'simulateur de navire', 'simulateur de passerelle', 'simulateur de formation navale', 'formation des équipages sur simulateur', 'simulateur de conduite de navire', 'simulateur maritime', 'formation maritime', 'simulateur de sous-marin', 'simulateur de navigation'],
      en: ['naval training', 'maritime training', 'warship simulator', 'ship simulator', 'crew training', 'naval simulator', 'seamanship training', 'bridge simulator', 'naval training simulator', 'ship handling simulator', 'maritime simulator', 'submarine simulator', 'crew training simulator', 'engine room simulator', 'navigation simulator'],
    },
    acronyms: ['STCW'],
    cpv: ['80640000'],
    related: ['military-training', 'naval'],
  },
  {
    id: 'electronics-training',
    terms: {
      fr: ['formation aux systèmes électroniques', 'formation aux systèmes électroniques militaires', 'formation sur les systèmes électroniques militaires', 'formation à la guerre électronique', 'formation en électronique', 'formation électronique', 'formation des opérateurs radar', 'formation des opérateurs sonar', 'formation aux équipements électroniques', 'entraînement à la guerre électronique', 'simulation de guerre électronique', 'formation des techniciens électroniciens', 'formation sur systèmes électroniques', 'formation sur les systèmes électroniques', 'formation des opérateurs de guerre électronique', 'formation maintenance électronique'],
      en: ['training on military electronic systems', 'electronic systems training', 'military electronics training', 'electronic warfare training', 'electronics training', 'radar operator training', 'sonar operator training', 'electronic warfare simulation', 'EW training', 'training on electronic systems', 'electronic systems courses', 'electronic maintenance training', 'EW operator training'],
    },
    cpv: ['80660000', '80600000'],
    related: ['military-training', 'defence-electronics'],
  },
  {
    id: 'aircrew-training',
    terms: {
      fr: ['formation des pilotes', 'entraînement des pilotes', 'formation aéronautique', 'formation au pilotage', 'formation des équipages aériens', 'formation des mécaniciens aéronautiques', 'formation des personnels navigants', 'simulateur de vol militaire', 'formation des navigants', 'entraînement au vol', 'formation des contrôleurs aériens', 'formation des télépilotes', 'simulateur d’hélicoptère', 'formation au pilotage d’hélicoptère', 'formation des mécaniciens avion'],
      en: ['pilot training', 'aircrew training', 'aviation training', 'flight training', 'aircraft maintenance training', 'Part 147', 'aircrew simulator', 'pilot training simulator', 'air traffic controller training', 'UAV operator training', 'drone operator training', 'helicopter simulator', 'helicopter pilot training', 'flight training device', 'aircraft maintenance technician training'],
    },
    acronyms: ['FTD'],
    cpv: ['80650000', '34740000'],
    related: ['military-training'],
  },
  {
    id: 'shooting-training',
    terms: {
      fr: ['simulateur de tir', 'entraînement au tir', 'formation au tir', 'stand de tir', 'champ de tir', 'instruction au tir', 'système de cibles', 'simulation de tir', "cibles d'entraînement", 'instruction au tir de combat', 'formation au maniement des armes', 'cibles mobiles', 'simulateur de tir laser', 'simulation d’engagement'],
      en: ['shooting simulator', 'weapon training', 'firearms training', 'marksmanship training', 'live fire training', 'shooting range', 'firing range', 'target system', 'firing simulation', 'training targets', 'weapons handling training', 'moving targets', 'robotic targets', 'target robots', 'laser engagement simulation', 'tactical engagement simulation'],
    },
    cpv: ['80620000'],
    related: ['military-training'],
  },
  {
    id: 'digital-learning',
    terms: {
      fr: ['jeu sérieux', 'ludopédagogie', 'ludification', 'apprentissage par le jeu', 'formation à distance', 'plateforme de formation', 'apprentissage en ligne', 'formation en ligne', "plateforme d'apprentissage", 'classe virtuelle', 'formation numérique', 'formation mixte'],
      en: ['serious game', 'game-based learning', 'gamification', 'educational game', 'e-learning', 'elearning', 'online training', 'learning management system', 'distance learning', 'online learning', 'virtual classroom', 'learning platform', 'digital training', 'blended learning', 'courseware'],
    },
    acronyms: ['LMS', 'FOAD', 'MOOC', 'SCORM'],
    cpv: ['48190000', '80500000'],
    related: ['training'],
  },
  {
    id: 'xr',
    terms: {
      fr: ['réalité virtuelle', 'réalité augmentée', 'réalité mixte', 'réalité étendue', 'casque de réalité virtuelle', 'environnement immersif', 'immersif', 'immersion virtuelle', 'formation en réalité virtuelle', 'simulation immersive', 'casque VR', 'lunettes de réalité augmentée'],
      en: ['virtual reality', 'augmented reality', 'mixed reality', 'extended reality', 'VR headset', 'immersive environment', 'immersive', 'immersive training', 'metaverse', 'VR training', 'immersive simulation', 'AR glasses', 'smart glasses'],
    },
    acronyms: ['RV', 'RA', 'VR', 'AR', 'XR', 'MR'],
    cpv: ['48520000', '72212000'],
    related: ['simulation'],
  },
  {
    id: 'safety-training',
    terms: {
      fr: ['formation sécurité', 'formation à la sécurité', 'sauveteur secouriste du travail', 'habilitation électrique', 'formation incendie', 'formation aux premiers secours', 'formation secourisme', 'formation aux gestes et postures', 'formation ATEX', 'formation évacuation', 'sensibilisation à la sécurité', 'formation survie en mer', 'formation à la survie', 'habilitation électrique BR'],
      en: ['safety training', 'health and safety training', 'first aid training', 'fire safety training', 'HSE training', 'first aid at work', 'fire warden training', 'sea survival training', 'survival training', 'helicopter underwater escape training', 'basic safety training', 'safety awareness training'],
    },
    acronyms: ['SST', 'CACES', 'HUET'],
    cpv: ['80550000'],
    related: ['training'],
  },
  {
    id: 'it-training',
    terms: {
      fr: ['formation informatique', 'formation aux outils numériques', 'formation bureautique', 'formation des utilisateurs', 'formation aux logiciels', 'formation aux compétences numériques', 'accompagnement au numérique'],
      en: ['computer training', 'IT training', 'software training', 'user training', 'software user training', 'digital skills training', 'end-user training', 'office software training'],
    },
    cpv: ['80533100', '80533000'],
    related: ['training'],
  },
];
