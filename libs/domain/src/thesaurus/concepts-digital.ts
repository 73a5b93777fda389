import type { ThesaurusConcept } from './thesaurus.types';

/** Digital: AI and data, software development, embedded and real-time software, IT services. */
// prettier-ignore
export const DIGITAL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'ai',
    terms: {
      fr: ['intelligence artificielle', 'IA de défense', 'IA embarquée', 'IA de confiance', 'IA frugale', 'IA souveraine', "algorithme d'IA", "solution d'intelligence artificielle", 'IA pour la défense', 'IA militaire', 'IA explicable', 'IA hybride', 'agents intelligents'],
      en: ['artificial intelligence', 'trustworthy AI', 'edge AI', 'embedded AI', 'defence AI', 'AI algorithm', 'AI solution', 'explainable AI', 'AI for defence', 'military AI', 'AI-enabled', 'AI-powered', 'AI-based', 'cognitive computing'],
    },
    acronyms: ['IA', 'AI', 'AMIAD', 'XAI'],
    cpv: ['72316000', '72230000', '48461000'],
    related: ['machine-learning'],
  },
  {
    id: 'machine-learning',
    terms: {
      fr: ['apprentissage automatique', 'apprentissage machine', 'apprentissage profond', 'réseau de neurones', 'réseaux neuronaux', 'apprentissage par renforcement', 'apprentissage supervisé', 'entraînement de modèles', 'modèle prédictif', 'apprentissage statistique', "algorithmes d'apprentissage", "modèles d'apprentissage", 'apprentissage non supervisé', 'IA prédictive', 'apprentissage par transfert', 'apprentissage fédéré'],
      en: ['machine learning', 'deep learning', 'neural network', 'reinforcement learning', 'supervised learning', 'model training', 'predictive model', 'predictive analytics', 'MLOps', 'learning algorithms', 'unsupervised learning', 'model fine-tuning', 'transfer learning', 'federated learning'],
    },
    acronyms: ['ML'],
    cpv: ['72316000', '72230000', '48461000'],
    related: ['ai'],
  },
  {
    id: 'data-labelling',
    terms: {
      fr: ['annotation de données', 'étiquetage de données', 'annotation et étiquetage de données', 'labellisation de données', 'préparation de données', 'préparation de jeux de données', "préparation de jeux de données d'entraînement", "annotation d'images", 'annotation', "étiquetage d'images", "labellisation d'images", 'étiquetage de vidéos', 'annotation vidéo', 'tagging de données', 'marquage de données', 'données annotées', "annotation d'objets"],
      en: ['data labelling', 'data labeling', 'data annotation', 'image annotation', 'dataset preparation', 'data preparation', 'labelled data', 'labeled data', 'video annotation', 'image labelling', 'data tagging', 'image tagging', 'annotated data', 'bounding box annotation'],
    },
    cpv: ['72310000', '72316000'],
    related: ['machine-learning', 'data-processing'],
  },
  {
    id: 'training-datasets',
    terms: {
      fr: ['jeu de données', "jeu de données d'entraînement", "données d'entraînement", 'constitution de jeux de données', 'création de jeux de données', 'curation de données', 'qualification de données', "données d'apprentissage", "base d'apprentissage", "base de données d'apprentissage", "corpus d'entraînement", 'données synthétiques', 'génération de données synthétiques', 'jeu de données de référence', "jeux de données d'apprentissage", 'corpus de données', 'augmentation de données', 'données simulées'],
      en: ['training data', 'training dataset', 'dataset', 'dataset creation', 'ground truth', 'data curation', 'training corpus', 'synthetic data', 'synthetic data generation', 'benchmark dataset', 'learning data', 'data augmentation', 'dataset generation'],
    },
    cpv: ['72310000', '72316000'],
    related: ['data-labelling', 'machine-learning'],
  },
  {
    id: 'computer-vision',
    terms: {
      fr: ['vision par ordinateur', 'vision artificielle', "traitement d'images", "analyse d'images", 'analyse vidéo', "reconnaissance d'images", "détection d'objets", 'reconnaissance de formes', 'vision industrielle', "segmentation d'images", 'segmentation sémantique', 'traitement vidéo', "suivi d'objets", 'vidéo intelligente', 'vision embarquée'],
      en: ['computer vision', 'image processing', 'image analysis', 'video analytics', 'object detection', 'object recognition', 'image recognition', 'pattern recognition', 'machine vision', 'video analysis', 'image segmentation', 'semantic segmentation', 'object tracking', 'video processing', 'visual recognition', 'embedded vision'],
    },
    cpv: ['72316000', '48328000', '72230000'],
    related: ['ai'],
  },
  {
    id: 'nlp',
    terms: {
      fr: ['traitement automatique du langage', 'traitement du langage naturel', 'traduction automatique', 'analyse sémantique', 'grand modèle de langage', 'IA générative', 'fouille de textes', 'agent conversationnel', 'traitement du langage', 'compréhension du langage naturel', 'analyse de texte', 'analyse de documents'],
      en: ['natural language processing', 'machine translation', 'large language model', 'generative AI', 'text mining', 'semantic analysis', 'chatbot', 'natural language understanding', 'language models', 'text analysis', 'document analysis', 'language processing', 'text analytics'],
    },
    acronyms: ['NLP', 'TAL', 'TALN', 'LLM', 'NLU', 'GenAI'],
    cpv: ['72316000', '48461000', '72230000'],
    related: ['ai'],
  },
  {
    id: 'speech-processing',
    terms: {
      fr: ['reconnaissance vocale', 'transcription automatique', 'reconnaissance de la parole', 'reconnaissance automatique de la parole', 'traitement de la parole', 'analyse de la parole', 'synthèse vocale', 'identification du locuteur', 'traitement audio', 'analyse audio', 'transcription de la parole', 'reconnaissance du locuteur', 'biométrie vocale', 'traitement automatique de la parole', 'traduction vocale'],
      en: ['speech recognition', 'speech processing', 'speech-to-text', 'automatic speech recognition', 'text-to-speech', 'speech synthesis', 'speaker identification', 'audio analytics', 'voice processing', 'voice recognition', 'speaker recognition', 'voice biometrics', 'audio transcription', 'speech analytics'],
    },
    acronyms: ['ASR', 'TTS'],
    cpv: ['72316000', '48461000'],
    related: ['nlp', 'ai'],
  },
  {
    id: 'data-analytics',
    terms: {
      fr: ['analyse de données', 'analyse des données', 'science des données', 'exploitation des données', 'valorisation des données', 'informatique décisionnelle', 'visualisation de données', 'fouille de données', 'statistiques', 'analyse de données massives', 'exploitation de données massives', 'analyse big data', 'analyse avancée de données', 'datavisualisation', 'dataviz', 'exploration de données', 'analyste de données'],
      en: ['data analytics', 'data analysis', 'data science', 'data mining', 'business intelligence', 'data visualisation', 'data visualization', 'statistical analysis', 'data scientist', 'analytics', 'data exploitation', 'big data analytics', 'advanced analytics', 'data analyst'],
    },
    cpv: ['72316000', '48463000', '48461000'],
    related: ['data-processing'],
  },
  {
    id: 'data-processing',
    terms: {
      fr: ['traitement de données', 'traitement des données', "traitement de l'information", 'collecte de données', 'acquisition de données', 'conversion de données', 'saisie de données', "système d'acquisition de données", 'traitement de données massives', 'chaîne de traitement de données', 'nettoyage de données', 'ingestion de données', 'intégration de données', 'extraction de données', 'transformation de données', 'pipeline de données'],
      en: ['data processing', 'information processing', 'data conversion', 'data collection', 'data acquisition', 'data acquisition system', 'data entry', 'data pipeline', 'data cleansing', 'data processing services', 'ETL', 'data ingestion', 'data integration', 'data extraction', 'stream processing'],
    },
    cpv: ['72310000', '72314000', '48614000'],
    related: ['data-analytics'],
  },
  {
    id: 'big-data',
    terms: {
      fr: ['big data', 'mégadonnées', 'données massives', 'lac de données', 'entrepôt de données', 'plateforme de données', 'ingénierie des données', 'gestion des données', 'architecture de données', 'gouvernance des données', 'base de données', 'système de gestion de base de données', 'administration de bases de données', 'datalake'],
      en: ['data lake', 'data warehouse', 'data platform', 'data engineering', 'data management', 'data architecture', 'data governance', 'master data management', 'database', 'database management system', 'data warehousing'],
    },
    acronyms: ['SGBD', 'DBMS', 'SQL', 'NoSQL'],
    cpv: ['72322000', '48610000', '72317000', '72320000', '72300000'],
    related: ['data-analytics'],
  },
  {
    id: 'software-development',
    terms: {
      fr: ['développement logiciel', 'développement de logiciels', 'ingénierie logicielle', 'génie logiciel', 'édition de logiciels', 'éditeur de logiciels', "développement d'applications", 'application métier', 'logiciel sur mesure', 'conception logicielle', 'architecture logicielle', 'programmation', 'développeur', 'conception de logiciels', 'développement informatique', 'développement sur mesure', 'ingénierie du logiciel', 'développement applicatif'],
      en: ['software development', 'software engineering', 'software publisher', 'application development', 'custom software', 'bespoke software', 'software design', 'software architecture', 'programming', 'software developer', 'coding', 'software company', 'software house'],
    },
    cpv: ['72262000', '72230000', '72200000', '48000000'],
  },
  {
    id: 'software',
    role: 'qualifier',
    terms: {
      fr: ['logiciel', 'progiciel', 'solution logicielle', 'outil logiciel', 'application logicielle', 'produit logiciel', 'suite logicielle', 'applicatif', 'plateforme logicielle', 'brique logicielle', 'composant logiciel'],
      en: ['software', 'software package', 'software solution', 'software tool', 'software product', 'software suite', 'software application', 'software platform', 'software component'],
    },
    cpv: ['48000000', '72262000'],
    related: ['software-development'],
  },
  {
    id: 'military-software',
    terms: {
      fr: ['logiciel militaire', 'logiciel de défense', 'logiciel opérationnel', 'logiciel de mission', 'développement de logiciels militaires', 'logiciel pour applications militaires', 'logiciel de défense embarqué', 'logiciels militaires temps réel', 'logiciel de combat', 'logiciel embarqué militaire', 'logiciel critique de défense', "logiciel de système d'armes"],
      en: ['military software', 'defence software', 'defense software', 'mission software', 'software for military applications', 'military software development', 'defence software development', 'military-grade software', 'combat software', 'defense software development', 'tactical software', 'mission-critical software', 'weapon system software'],
    },
    cpv: ['72231000'],
    related: ['software-development'],
  },
  {
    id: 'embedded-software',
    terms: {
      fr: ['logiciel embarqué', 'système embarqué', 'informatique embarquée', 'micrologiciel', 'logiciel critique', 'Linux embarqué', 'développement embarqué', 'temps réel', 'système temps réel', "système d'exploitation temps réel", 'logiciel enfoui', 'microprogramme', 'pilote de périphérique', 'programmation embarquée'],
      en: ['embedded software', 'embedded system', 'firmware', 'safety-critical software', 'embedded Linux', 'embedded development', 'bare-metal', 'embedded computing', 'real-time', 'real-time system', 'real-time operating system', 'deterministic software', 'device driver', 'low-level software'],
    },
    acronyms: ['BSP', 'RTOS'],
    cpv: ['72211000', '72212100', '48627000'],
    related: ['software-development'],
  },
  {
    id: 'cloud',
    terms: {
      fr: ['cloud', 'informatique en nuage', 'cloud souverain', 'cloud de confiance', 'cloud privé', 'cloud hybride', 'hébergement informatique', 'hébergement de données', 'centre de données', 'hébergeur', 'cloud computing', 'hébergement sécurisé', 'hébergement souverain', 'hébergement de serveurs'],
      en: ['sovereign cloud', 'trusted cloud', 'private cloud', 'hybrid cloud', 'hosting', 'data hosting', 'data centre', 'data center', 'edge computing', 'datacenter', 'secure hosting', 'datacentre', 'server hosting'],
    },
    acronyms: ['SecNumCloud', 'IaaS', 'PaaS', 'SaaS'],
    cpv: ['72317000', '72410000', '48820000'],
    related: ['it-infrastructure'],
  },
  {
    id: 'it-outsourcing',
    terms: {
      fr: ['infogérance', 'services managés', 'externalisation informatique', 'exploitation informatique', 'tierce maintenance applicative', 'maintien en condition opérationnelle informatique', 'MCO informatique', 'maintenance applicative', 'infogérance de production', "exploitation de systèmes d'information", "infogérance d'infrastructures", 'supervision informatique', 'supervision des infrastructures', 'services informatiques managés', 'externalisation des services informatiques'],
      en: ['managed services', 'IT outsourcing', 'managed IT services', 'IT operations', 'application maintenance', 'outsourced IT', 'application management', 'infrastructure management services', 'IT managed services', 'IT infrastructure management', 'IT service management', 'application support', 'managed hosting'],
    },
    acronyms: ['TMA', 'ITSM'],
    cpv: ['72510000', '72500000', '72267000'],
    related: ['it-support'],
  },
  {
    id: 'it-support',
    terms: {
      fr: ['support informatique', 'assistance informatique', 'helpdesk', 'centre de services', 'support utilisateurs', 'maintenance informatique', 'dépannage informatique', 'maintenance du parc informatique', 'support technique informatique', 'gestion de parc informatique', 'assistance utilisateurs', 'support de proximité', 'hotline informatique', 'gestion du poste de travail', 'déploiement de postes de travail'],
      en: ['IT support', 'help desk', 'service desk', 'user support', 'IT maintenance', 'computer maintenance', 'desktop support', 'IT asset management', 'technical computer support', 'end-user support', 'desktop management', 'on-site IT support', 'IT hotline', 'hardware maintenance'],
    },
    cpv: ['72253000', '72611000', '50312000', '72610000'],
    related: ['it-outsourcing'],
  },
  {
    id: 'information-systems',
    terms: {
      fr: ["système d'information", 'conseil en informatique', 'transformation numérique', 'transformation digitale', 'services numériques', 'entreprise de services du numérique', "intégration de systèmes d'information", 'urbanisation du SI', 'schéma directeur informatique', 'intégration de systèmes informatiques', "conseil en systèmes d'information", "système d'information de défense", "ingénierie des systèmes d'information", "direction des systèmes d'information", 'architecture SI'],
      en: ['information system', 'IT consulting', 'digital transformation', 'IT services', 'digital services', 'IT strategy', 'enterprise architecture', 'IT integration', 'information systems consulting', 'IT systems integration', 'IT consultancy', 'information systems engineering'],
    },
    acronyms: ['SI', 'ESN', 'SSII', 'DSI'],
    cpv: ['72220000', '48810000', '72222300', '72000000'],
  },
  {
    id: 'digital-sector',
    role: 'qualifier',
    terms: {
      fr: ['numérique', 'informatique', 'numérique de défense', 'secteur numérique', 'technologies numériques', "technologies de l'information", 'solutions numériques', "technologies de l'information et de la communication", 'numérique de confiance'],
      en: ['information technology', 'digital', 'IT sector', 'digital technologies', 'digital solutions', 'information and communication technologies', 'digital sector'],
    },
    acronyms: ['IT', 'TIC', 'ICT', 'NTIC'],
    cpv: ['72000000'],
    related: ['information-systems'],
  },
  {
    id: 'it-infrastructure',
    terms: {
      fr: ['réseau informatique', 'infrastructure informatique', 'infrastructure réseau', 'administration réseau', 'administration système', 'serveur', 'virtualisation', 'routeur', 'commutateur réseau', 'équipement réseau', 'réseau local', 'réseau étendu', 'câblage informatique', 'stockage informatique', "réseau d'entreprise"],
      en: ['IT infrastructure', 'computer network', 'network infrastructure', 'network administration', 'system administration', 'server', 'virtualization', 'router', 'network switch', 'network equipment', 'local area network', 'wide area network', 'structured cabling', 'enterprise network'],
    },
    acronyms: ['LAN', 'WAN'],
    cpv: ['72700000', '32400000', '48820000', '32420000', '72710000', '72720000'],
    related: ['information-systems'],
  },
  {
    id: 'software-testing',
    terms: {
      fr: ['test logiciel', 'validation logicielle', 'vérification et validation', 'recette logicielle', 'qualification logicielle', 'tests automatisés', 'intégration continue', 'tests de non-régression', 'tests unitaires', 'recette fonctionnelle', 'campagne de tests', "tests d'intégration", 'intégration et déploiement continus', 'assurance qualité logicielle', 'qualité logicielle', 'tests de performance', 'tests de charge'],
      en: ['software testing', 'software validation', 'verification and validation', 'test automation', 'acceptance testing', 'software qualification', 'continuous integration', 'regression testing', 'unit testing', 'DevOps', 'software quality assurance', 'integration testing'],
    },
    acronyms: ['V&V', 'CI/CD'],
    cpv: ['72254000', '72254100', '72820000'],
    related: ['software-development'],
  },
  {
    id: 'web-mobile',
    terms: {
      fr: ['application mobile', 'développement web', 'portail web', 'application web', 'développement mobile', 'application métier web', "développement d'applications web", "développement d'applications mobiles", 'plateforme web', 'développement front-end', 'développement full stack', 'développement iOS', 'développement Android', 'application smartphone', 'progressive web app'],
      en: ['mobile app', 'mobile application', 'web development', 'web application', 'web portal', 'mobile development', 'web application development', 'mobile app development', 'web platform', 'front-end development', 'full-stack development', 'iOS development', 'Android development', 'smartphone app', 'web app'],
    },
    cpv: ['72413000', '72212000', '72400000'],
    related: ['software-development'],
  },
  {
    id: 'quantum',
    terms: {
      fr: ['technologies quantiques', 'quantique', 'calcul quantique', 'informatique quantique', 'capteur quantique', 'communication quantique', 'distribution quantique de clés', 'ordinateur quantique', 'magnétomètre quantique', 'gravimètre quantique', 'horloge quantique', 'interférométrie atomique', 'cryptographie quantique', 'navigation quantique', 'métrologie quantique', 'atomes froids'],
      en: ['quantum technologies', 'quantum computing', 'quantum sensing', 'quantum sensor', 'quantum key distribution', 'quantum communication', 'quantum computer', 'quantum', 'quantum magnetometer', 'quantum gravimeter', 'atom interferometry', 'quantum cryptography', 'quantum navigation', 'quantum metrology'],
    },
    acronyms: ['QKD'],
    cpv: ['73410000', '73110000'],
    related: ['rnd'],
  },
  {
    id: 'digital-twin',
    terms: {
      fr: ['jumeau numérique', 'maquette numérique', 'modélisation numérique', 'simulation numérique', 'maquette 3D', 'jumeau numérique de navire', 'modèle numérique 3D', 'simulation 3D', 'double numérique', 'maquette virtuelle', 'prototype virtuel', 'prototypage virtuel'],
      en: ['digital twin', 'digital mock-up', 'digital mockup', 'numerical simulation', 'numerical modelling', 'numerical modeling', '3D model', 'digital twin of ship', '3D simulation', 'virtual prototype', 'virtual prototyping', 'virtual twin', 'digital thread'],
    },
    cpv: ['72242000', '48461000', '38970000'],
    related: ['simulation'],
  },
  {
    id: 'iot',
    terms: {
      fr: ['objets connectés', 'internet des objets', 'capteurs connectés', 'réseau de capteurs', 'capteurs sans fil', 'LoRa', 'objets communicants', 'capteurs IoT', 'objets intelligents', 'capteurs communicants', 'télérelève', 'communication machine à machine'],
      en: ['internet of things', 'connected devices', 'smart sensors', 'industrial IoT', 'wireless sensor network', 'sensor network', 'connected objects', 'IoT sensors', 'machine-to-machine', 'smart devices', 'connected sensors'],
    },
    acronyms: ['IoT', 'IIoT', 'LoRaWAN', 'M2M', 'LPWAN', 'NB-IoT', 'Sigfox'],
    cpv: ['32440000', '32441000', '32510000'],
    related: ['telecom'],
  },
  {
    id: 'hmi',
    terms: {
      fr: ['interface homme-machine', 'ergonomie', 'expérience utilisateur', 'facteurs humains', 'interface utilisateur', 'ergonomie cognitive', 'conception centrée utilisateur', 'interface homme-système', 'ergonomie des interfaces', "design d'interface", 'interaction homme-machine', "conception d'interfaces"],
      en: ['human-machine interface', 'user interface', 'user experience', 'human factors', 'UX design', 'ergonomics', 'man-machine interface', 'human-machine teaming', 'user-centred design', 'human-computer interaction', 'human-system interface', 'UI design', 'interface design'],
    },
    acronyms: ['IHM', 'HMI', 'UX', 'UI', 'MMI', 'HCI'],
    cpv: ['72212000', '72242000'],
    related: ['software-development'],
  },
  {
    id: 'gis',
    terms: {
      fr: ["système d'information géographique", 'cartographie', 'géomatique', 'géospatial', 'données géographiques', 'cartographie numérique', 'données géospatiales', 'cartographie opérationnelle', 'données cartographiques', 'cartographie 3D', 'données géoréférencées', 'webmapping', 'géodonnées', 'géotraitement', 'production cartographique'],
      en: ['geographic information system', 'mapping', 'geomatics', 'geographic data', 'digital mapping', 'geospatial data', 'cartography', 'map data', 'operational mapping', 'geoprocessing', 'web mapping', '3D mapping', 'geodata', 'map production'],
    },
    acronyms: ['SIG', 'GIS'],
    cpv: ['38221000', '48328000'],
    related: ['geoint'],
  },
  {
    id: 'computing-platforms',
    terms: {
      fr: ['matériel informatique', 'ordinateur durci', 'PC durci', 'tablette durcie', 'poste de travail', 'calculateur', 'calcul haute performance', 'supercalculateur', 'calcul intensif', "système d'exploitation", 'Linux', 'calculateur embarqué', 'serveur durci', 'ordinateur embarqué'],
      en: ['computer hardware', 'rugged computer', 'ruggedised computer', 'rugged tablet', 'rugged laptop', 'workstation', 'embedded computer', 'computer', 'high-performance computing', 'supercomputer', 'parallel computing', 'operating system', 'rugged server', 'ruggedised server', 'ruggedized computer'],
    },
    acronyms: ['HPC', 'GPU'],
    cpv: ['48822000', '72100000', '48620000'],
    related: ['it-infrastructure'],
  },
];
