import type { ThesaurusConcept } from './thesaurus.types';

/** Simulation, simulators, training, serious games and immersive technologies. */
// prettier-ignore
export const SIMULATION_TRAINING_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'simulation',
    terms: {
      fr: ['simulation', 'logiciel de simulation', 'modélisation et simulation', 'modélisation', 'simulation informatique', 'outil de simulation', 'simulation temps réel', 'moteur de simulation', 'simulation multiphysique', 'simulation haute fidélité', 'génération de scénarios', 'modèle de simulation', 'simulation physique', 'plateforme de simulation', 'simulation de systèmes', 'simulation logicielle', 'simulation virtuelle', 'simulation de scénarios', 'simulation par agents', 'simulation multi-agents', 'simulation à événements discrets', 'simulation de Monte-Carlo', 'simulation de capteurs', "simulation d'environnement", 'environnement de simulation', 'co-simulation', 'modélisation mathématique', 'simulation hybride', 'moteur physique', 'outils de modélisation'],
      en: ['simulation software', 'modelling and simulation', 'modelling', 'modeling', 'simulation tool', 'computer simulation', 'real-time simulation', 'simulation engine', 'multiphysics simulation', 'high-fidelity simulation', 'scenario generation', 'simulation model', 'physics-based simulation', 'simulation platform', 'digital simulation', 'virtual simulation', 'agent-based simulation', 'multi-agent simulation', 'discrete event simulation', 'Monte Carlo simulation', 'sensor simulation', 'simulation environment', 'mathematical modelling', 'mathematical modeling', 'simulation and modelling', 'physics engine'],
    },
    acronyms: ['M&S'],
    cpv: ['38970000', '48461000', '72242000'],
  },
  {
    id: 'simulator',
    terms: {
      fr: ['simulateur', "simulateur d'entraînement", 'simulateur de mission', 'simulateur tactique', 'simulateur de vol', 'simulateur de pilotage', 'simulateur embarqué', 'simulateur procédural', 'conception de simulateurs', "simulateur d'entraînement embarqué", 'poste instructeur', 'simulateur de maintenance', 'simulateur de système d’armes', 'simulateur pleine échelle', 'plateforme de mouvement', 'simulateur de cockpit', 'simulateur de poste de pilotage', 'cabine de simulation', 'simulateur haute fidélité', 'simulateur pleine mission', 'simulateur de procédures', "simulateur d'opérateur", "station d'instruction", "poste d'instruction", 'simulateur mobile', 'simulateur déployable', 'simulateur portable', 'simulateur sur table', 'simulateur de tâche partielle'],
      en: ['simulator', 'training simulator', 'mission simulator', 'flight simulator', 'full mission simulator', 'full flight simulator', 'procedural trainer', 'part-task trainer', 'simulator design', 'training device', 'instructor station', 'maintenance trainer', 'weapon system simulator', 'full-scale simulator', 'motion platform', 'cockpit simulator', 'simulation device', 'synthetic trainer', 'synthetic training device', 'mission rehearsal simulator', 'desktop trainer', 'desktop simulator', 'deployable simulator', 'mobile simulator', 'containerised simulator', 'motion base', 'simulator manufacturer', 'full motion simulator', 'fixed-base simulator', 'crew trainer'],
    },
    cpv: ['38970000', '35740000', '34740000'],
    related: ['simulation', 'training'],
  },
  {
    id: 'sensor-stimulation',
    terms: {
      fr: ['stimulateur radar', 'simulateur de cibles', 'générateur de cibles', 'simulateur de cibles radar', 'stimulation de capteurs', 'simulateur de menaces', 'stimulateur sonar', 'simulateur d’environnement électromagnétique', 'générateur de scénarios radar', 'simulateur de signaux', 'générateur de menaces', 'simulateur radar', 'simulation radar', "générateur d'échos radar", "générateur d'échos", "simulateur d'échos", 'stimulation radar', 'stimulation sonar', 'simulateur sonar', 'simulation sonar', 'simulateur de signaux GNSS', 'simulateur GNSS', "simulateur d'environnement radar", 'stimulateur de capteurs', 'injection de scénarios', 'simulateur de scène infrarouge', 'projecteur de scène infrarouge', 'simulateur de signature'],
      en: ['radar target simulator', 'target simulator', 'target generator', 'radar target generator', 'sensor stimulation', 'threat simulator', 'sonar stimulator', 'radar stimulator', 'threat emitter simulator', 'electromagnetic environment simulator', 'signal simulator', 'radar simulator', 'radar echo simulator', 'echo generator', 'radar environment simulator', 'sonar simulator', 'acoustic stimulator', 'GNSS simulator', 'GPS simulator', 'emitter simulator', 'radar environment simulation', 'infrared scene projector', 'IR scene generator', 'scene generator', 'sensor simulator', 'stimulator', 'radar stimulation'],
    },
    cpv: ['38970000', '38540000', '73436000'],
    related: ['simulator', 'sensors'],
  },
  {
    id: 'combat-simulation',
    terms: {
      fr: ['simulation de combat', 'simulation opérationnelle', 'simulation tactique', 'simulateur de combat', 'jeu de guerre', 'simulation constructive', 'simulation distribuée', 'environnement synthétique', 'simulation de bataille', 'simulation interarmées', 'logiciel de simulation de combat', "simulation d'état-major", 'exercice assisté par ordinateur', 'forces semi-automatisées', 'simulation de conflit', 'simulation militaire', 'simulation de défense', 'simulation de théâtre', 'simulation de mission', 'simulation interarmes', 'simulation du champ de bataille', 'entraînement synthétique', 'simulation live virtuelle constructive', 'simulation interopérable', 'fédération de simulations', 'interopérabilité de simulation', 'analyse opérationnelle par simulation', 'exercice de poste de commandement', "exercice d'état-major"],
      en: ['combat simulation', 'battle simulation', 'battle simulator', 'wargaming', 'wargame', 'constructive simulation', 'distributed simulation', 'live virtual constructive', 'synthetic training environment', 'computer-assisted exercise', 'war gaming', 'war games', 'semi-automated forces', 'military simulation', 'defence simulation', 'defense simulation', 'tactical simulation', 'operational simulation', 'mission simulation', 'synthetic environment', 'synthetic training', 'battlefield simulation', 'battlespace simulation', 'virtual battlespace', 'VBS', 'VBS4', 'command post exercise'],
    },
    acronyms: ['LVC', 'HLA', 'DIS', 'CAX'],
    cpv: ['35740000', '80660000', '80610000'],
    related: ['simulation'],
  },
  {
    id: 'training',
    terms: {
      fr: ['formation', 'formation professionnelle', 'organisme de formation', 'centre de formation', 'ingénierie de formation', 'ingénierie pédagogique', 'formation technique', 'formation continue', 'apprentissage', 'alternance', 'Qualiopi', 'formateur', 'stage de formation', 'prestations de formation', 'formation de formateurs', 'montée en compétences', 'transfert de compétences', 'actions de formation', 'parcours de formation', 'programme de formation', 'plan de formation', 'cursus de formation', 'session de formation', 'module de formation', 'enseignement professionnel', 'titre professionnel', 'conception pédagogique', 'concepteur pédagogique', 'supports de formation', 'supports de cours'],
      en: ['training', 'vocational training', 'training centre', 'training center', 'training services', 'technical training', 'instructional design', 'training provider', 'professional training', 'apprenticeship', 'training courses', 'train the trainer', 'upskilling', 'skills transfer', 'training programme', 'training program', 'curriculum development', 'instructional designer', 'learning and development', 'L&D', 'corporate training', 'tailored training', 'bespoke training', 'classroom training', 'instructor-led training', 'training needs analysis', 'TNA'],
    },
    cpv: ['80500000', '80530000', '80531200'],
  },
  {
    id: 'military-training',
    terms: {
      fr: ['entraînement', 'entraînement militaire', 'préparation opérationnelle', 'instruction militaire', 'formation militaire', 'entraînement des forces', 'exercice militaire', 'formation des opérateurs', 'entraînement opérationnel', 'formation tactique', 'aguerrissement', 'préparation des forces', 'mise en condition opérationnelle', 'répétition de mission', 'force adverse', 'exercice interarmées', 'formation opérationnelle', 'préparation au combat', 'entraînement au combat', 'formation au combat', 'entraînement collectif', 'entraînement interarmes', "centre d'entraînement", "camp d'entraînement", 'CENTAC', 'CENZUB', 'combat en zone urbaine', 'entraînement en zone urbaine', 'formation des forces spéciales', 'instruction des recrues', 'formation initiale militaire'],
      en: ['military training', 'operational training', 'force training', 'military exercise', 'operator training', 'defence training', 'defense training', 'collective training', 'tactical training', 'force preparation', 'opposing force', 'combat training', 'joint exercise', 'armed forces training', 'troop training', 'soldier training', 'combat readiness', 'readiness training', 'urban warfare training', 'MOUT', 'military training area', 'manoeuvre area', 'field exercise', 'FTX', 'live training', 'live exercise', 'LIVEX', 'NATO exercise'],
    },
    acronyms: ['OPFOR'],
    cpv: ['80600000', '80610000', '80630000', '80660000'],
    related: ['training'],
  },
  {
    id: 'vehicle-training',
    terms: {
      fr: ['formation à la conduite', 'simulateur de conduite', 'conduite de véhicules militaires', 'formation des conducteurs', 'simulateur de conduite de véhicules blindés', 'formation des équipages de blindés', 'simulateur de char', 'simulateur de poste de conduite', 'formation des pilotes de véhicules', 'formation au pilotage de véhicules', 'simulateur de tourelle', 'école de conduite militaire', 'formation équipage char', 'entraînement des équipages de chars', 'formation au tir de tourelle', 'entraîneur de tourelle', 'simulateur de tir de char', 'simulateur de pilotage de véhicule', 'conduite tout-terrain', 'stage de conduite', 'simulateur de conduite PL', 'simulateur de véhicule', 'simulateur de véhicule blindé', "formation des pilotes d'engins", "simulateur d'engins", 'formation des tireurs de véhicules blindés'],
      en: ['driver training', 'driving simulator', 'military vehicle training', 'vehicle crew training', 'armoured vehicle simulator', 'armored vehicle simulator', 'tank simulator', 'turret trainer', 'tank crew training', 'vehicle driving simulator', 'gunnery trainer', 'vehicle simulator', 'driver trainer', 'driving trainer', 'crew gunnery training', 'gunnery simulator', 'gunnery training', 'turret simulator', 'armoured fighting vehicle training', 'armored fighting vehicle training', 'AFV simulator', 'AFV training', 'off-road driving training', 'tactical driving', 'convoy training', 'vehicle crew trainer', 'heavy vehicle simulator'],
    },
    cpv: ['80630000', '35740000'],
    related: ['military-training'],
  },
  {
    id: 'naval-training',
    terms: {
      fr: ['formation navale', 'entraînement naval', 'simulateur naval', 'formation des marins', 'école navale', 'entraînement des équipages', 'simulateur de navire', 'simulateur de passerelle', 'simulateur de formation navale', 'formation des équipages sur simulateur', 'simulateur de conduite de navire', 'simulateur maritime', 'formation maritime', 'simulateur de sous-marin', 'simulateur de navigation', 'école de formation maritime', 'centre de formation maritime', 'formation des officiers de quart', 'formation à la navigation', 'entraînement à la navigation', 'formation des sous-mariniers', 'entraînement des sous-mariniers'],
      en: ['naval training', 'maritime training', 'warship simulator', 'ship simulator', 'crew training', 'naval simulator', 'seamanship training', 'bridge simulator', 'naval training simulator', 'ship handling simulator', 'maritime simulator', 'submarine simulator', 'crew training simulator', 'engine room simulator', 'navigation simulator', 'navigation training', 'seafarer training', 'mariner training', 'officer of the watch training', 'bridge resource management', 'ship handling training', 'engine room training', 'submariner training', 'submarine training'],
    },
    acronyms: ['STCW'],
    cpv: ['80640000'],
    related: ['military-training', 'naval'],
  },
  {
    id: 'electronics-training',
    terms: {
      fr: ['formation aux systèmes électroniques', 'formation aux systèmes électroniques militaires', 'formation sur les systèmes électroniques militaires', 'formation à la guerre électronique', 'formation en électronique', 'formation électronique', 'formation des opérateurs radar', 'formation des opérateurs sonar', 'formation aux équipements électroniques', 'entraînement à la guerre électronique', 'simulation de guerre électronique', 'formation des techniciens électroniciens', 'formation sur systèmes électroniques', 'formation sur les systèmes électroniques', 'formation des opérateurs de guerre électronique', 'formation maintenance électronique', 'formation des électroniciens', 'formation en électronique de défense', 'stage électronique', "cours d'électronique", 'formation IPC', 'formation IPC-A-610', 'formation J-STD-001'],
      en: ['training on military electronic systems', 'electronic systems training', 'military electronics training', 'electronic warfare training', 'electronics training', 'radar operator training', 'sonar operator training', 'electronic warfare simulation', 'EW training', 'training on electronic systems', 'electronic systems courses', 'electronic maintenance training', 'EW operator training', 'signals training', 'communications training', 'electronics technician training', 'IPC training', 'soldering training', 'J-STD-001 training', 'IPC-A-610 training'],
    },
    cpv: ['80660000', '80600000'],
    related: ['military-training', 'defence-electronics'],
  },
  {
    id: 'aircrew-training',
    terms: {
      fr: ['formation des pilotes', 'entraînement des pilotes', 'formation aéronautique', 'formation au pilotage', 'formation des équipages aériens', 'formation des mécaniciens aéronautiques', 'formation des personnels navigants', 'simulateur de vol militaire', 'formation des navigants', 'entraînement au vol', 'formation des contrôleurs aériens', 'formation des télépilotes', 'simulateur d’hélicoptère', 'formation au pilotage d’hélicoptère', 'formation des mécaniciens avion', 'école de pilotage', 'école de pilotes', 'formation en vol', 'instruction en vol', 'instructeur de vol', 'licence B1', 'Part-66', 'brevet de télépilote', 'certificat de télépilote', 'entraînement au vol tactique'],
      en: ['pilot training', 'aircrew training', 'aviation training', 'flight training', 'aircraft maintenance training', 'Part 147', 'aircrew simulator', 'pilot training simulator', 'air traffic controller training', 'UAV operator training', 'drone operator training', 'helicopter simulator', 'helicopter pilot training', 'flight training device', 'aircraft maintenance technician training', 'pilot school', 'flight school', 'flying training', 'flight instruction', 'flight instructor', 'flight crew training', 'military flying training', 'fast jet training', 'helicopter training', 'rotary wing training', 'aircraft simulator', 'jet simulator', 'aviation simulator', 'type rating training'],
    },
    acronyms: ['FTD'],
    cpv: ['80650000', '34740000'],
    related: ['military-training'],
  },
  {
    id: 'shooting-training',
    terms: {
      fr: ['simulateur de tir', 'entraînement au tir', 'formation au tir', 'stand de tir', 'champ de tir', 'instruction au tir', 'système de cibles', 'simulation de tir', "cibles d'entraînement", 'instruction au tir de combat', 'formation au maniement des armes', 'cibles mobiles', 'simulateur de tir laser', 'simulation d’engagement', 'entraînement au tir de combat', 'tir de combat', 'tir réel', 'tir à balles réelles', 'pas de tir', 'installations de tir', 'pièges à balles', 'récupérateur de balles', 'cibles robotisées', 'ciblerie', 'cibles électroniques', 'cibles tombantes', 'cibles escamotables', 'cibles réactives'],
      en: ['shooting simulator', 'weapon training', 'firearms training', 'marksmanship training', 'live fire training', 'shooting range', 'firing range', 'target system', 'firing simulation', 'training targets', 'weapons handling training', 'moving targets', 'robotic targets', 'target robots', 'laser engagement simulation', 'tactical engagement simulation', 'indoor range', 'range equipment', 'bullet trap', 'targetry', 'pop-up targets', 'falling targets', 'reactive targets', 'electronic targets', 'automatic scoring', 'hit detection', 'marking rounds', 'simunition'],
    },
    cpv: ['80620000'],
    related: ['military-training'],
  },
  {
    id: 'digital-learning',
    terms: {
      fr: ['jeu sérieux', 'ludopédagogie', 'ludification', 'apprentissage par le jeu', 'formation à distance', 'plateforme de formation', 'apprentissage en ligne', 'formation en ligne', "plateforme d'apprentissage", 'classe virtuelle', 'formation numérique', 'formation mixte', 'formation en distanciel', 'distanciel', 'apprentissage numérique', 'micro-learning', 'apprentissage mobile', 'classe inversée', 'cours en ligne', 'tutoriels vidéo', 'vidéo pédagogique', 'capsules vidéo', 'capsules pédagogiques', 'simulation pédagogique', "environnement numérique d'apprentissage", 'outil auteur', 'Moodle'],
      en: ['serious game', 'game-based learning', 'gamification', 'educational game', 'e-learning', 'elearning', 'online training', 'learning management system', 'distance learning', 'online learning', 'virtual classroom', 'learning platform', 'digital training', 'blended learning', 'courseware', 'mobile learning', 'm-learning', 'microlearning', 'online courses', 'digital learning', 'computer-based training', 'web-based training', 'authoring tool', 'e-learning authoring', 'xAPI', 'flipped classroom', 'video tutorials', 'educational video', 'edtech'],
    },
    acronyms: ['LMS', 'FOAD', 'MOOC', 'SCORM'],
    cpv: ['48190000', '80500000'],
    related: ['training'],
  },
  {
    id: 'xr',
    terms: {
      fr: ['réalité virtuelle', 'réalité augmentée', 'réalité mixte', 'réalité étendue', 'casque de réalité virtuelle', 'environnement immersif', 'immersif', 'immersion virtuelle', 'formation en réalité virtuelle', 'simulation immersive', 'casque VR', 'lunettes de réalité augmentée', 'visiocasque', 'environnement virtuel', 'monde virtuel', 'métavers', 'salle immersive', 'vidéo 360', 'vidéo à 360 degrés', 'moteur 3D temps réel', 'Unreal Engine', 'HoloLens', 'Meta Quest', 'Oculus', 'hologramme', 'affichage holographique'],
      en: ['virtual reality', 'augmented reality', 'mixed reality', 'extended reality', 'VR headset', 'immersive environment', 'immersive', 'immersive training', 'metaverse', 'VR training', 'immersive simulation', 'AR glasses', 'smart glasses', 'head-mounted display', 'virtual environment', 'virtual worlds', 'CAVE system', '360 video', '360-degree video', 'spatial computing', 'Unity3D', 'real-time 3D', 'VR simulation', 'AR maintenance', 'AR-assisted maintenance', 'holographic display', 'hologram'],
    },
    acronyms: ['RV', 'RA', 'VR', 'AR', 'XR', 'MR'],
    cpv: ['48520000', '72212000'],
    related: ['simulation'],
  },
  {
    id: 'safety-training',
    terms: {
      fr: ['formation sécurité', 'formation à la sécurité', 'sauveteur secouriste du travail', 'habilitation électrique', 'formation incendie', 'formation aux premiers secours', 'formation secourisme', 'formation aux gestes et postures', 'formation ATEX', 'formation évacuation', 'sensibilisation à la sécurité', 'formation survie en mer', 'formation à la survie', 'habilitation électrique BR', 'formation risques électriques', 'formation travail en hauteur', 'équipier de première intervention', 'SSIAP', 'prévention des risques professionnels', 'formation risques chimiques', 'formation amiante', 'PRAP', 'formation de base à la sécurité', 'formation offshore', 'GWO', 'formation survie hélicoptère'],
      en: ['safety training', 'health and safety training', 'first aid training', 'fire safety training', 'HSE training', 'first aid at work', 'fire warden training', 'sea survival training', 'survival training', 'helicopter underwater escape training', 'basic safety training', 'safety awareness training', 'working at height training', 'fire marshal training', 'manual handling training', 'electrical safety training', 'NEBOSH', 'IOSH', 'BOSIET', 'GWO training', 'confined space training', 'CPR training', 'STCW basic safety', 'personal survival techniques'],
    },
    acronyms: ['SST', 'CACES', 'HUET'],
    cpv: ['80550000'],
    related: ['training'],
  },
  {
    id: 'it-training',
    terms: {
      fr: ['formation informatique', 'formation aux outils numériques', 'formation bureautique', 'formation des utilisateurs', 'formation aux logiciels', 'formation aux compétences numériques', 'accompagnement au numérique', 'formation outils informatiques', 'formation aux outils bureautiques', 'formation Excel', 'formation Word', 'formation Office 365', 'formation Microsoft 365', 'formation Python', 'formation SAP', 'inclusion numérique', 'médiation numérique', 'TOSA'],
      en: ['computer training', 'IT training', 'software training', 'user training', 'software user training', 'digital skills training', 'end-user training', 'office software training', 'IT courses', 'Excel training', 'Microsoft Office training', 'Microsoft 365 training', 'Python training', 'networking training', 'SAP training', 'digital literacy', 'digital inclusion', 'Cisco training', 'IT skills training'],
    },
    cpv: ['80533100', '80533000'],
    related: ['training'],
  },
];
