import type { ThesaurusConcept } from './thesaurus.types';

/** Digital: AI and data, software development, embedded and real-time software, IT services. */
// prettier-ignore
export const DIGITAL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'ai',
    terms: {
      fr: ['intelligence artificielle', 'IA de défense', 'IA embarquée', 'IA de confiance', 'IA frugale', 'IA souveraine', "algorithme d'IA", "solution d'intelligence artificielle", 'intelligence artificielle appliquée au renseignement', 'IA appliquée au renseignement', 'IA pour le renseignement', 'IA pour la défense', 'IA militaire', "solutions d'IA"],
      en: ['artificial intelligence', 'trustworthy AI', 'edge AI', 'embedded AI', 'defence AI', 'AI algorithm', 'AI solution', 'explainable AI', 'AI for intelligence', 'AI for defence', 'military AI', 'AI-enabled'],
    },
    acronyms: ['IA', 'AI', 'AMIAD', 'XAI'],
    cpv: ['72316000', '72230000', '48461000'],
    related: ['machine-learning'],
  },
  {
    id: 'machine-learning',
    terms: {
      fr: ['apprentissage automatique', 'apprentissage machine', 'apprentissage profond', 'réseau de neurones', 'réseaux neuronaux', 'apprentissage par renforcement', 'apprentissage supervisé', 'entraînement de modèles', 'modèle prédictif', 'apprentissage statistique', "algorithmes d'apprentissage", "modèles d'apprentissage", 'apprentissage non supervisé', 'réseaux de neurones profonds', 'IA prédictive'],
      en: ['machine learning', 'deep learning', 'neural network', 'reinforcement learning', 'supervised learning', 'model training', 'predictive model', 'predictive analytics', 'MLOps', 'learning algorithms', 'unsupervised learning', 'deep neural network', 'model fine-tuning', 'AI model training'],
    },
    acronyms: ['ML'],
    cpv: ['72316000', '72230000', '48461000'],
    related: ['ai'],
  },
  {
    id: 'data-labelling',
    terms: {
      fr: ['annotation de données', 'étiquetage de données', 'annotation et étiquetage de données', 'labellisation de données', 'préparation de données', 'préparation de jeux de données', "préparation de jeux de données d'entraînement", "annotation d'images", 'annotation', "étiquetage d'images", "labellisation d'images", 'étiquetage de vidéos', 'annotation vidéo', 'tagging de données', 'marquage de données'],
      en: ['data labelling', 'data labeling', 'data annotation', 'image annotation', 'dataset preparation', 'data preparation', 'labelled data', 'labeled data', 'video annotation', 'image labelling', 'data tagging', 'image tagging'],
    },
    cpv: ['72310000', '72316000'],
    related: ['machine-learning', 'data-processing'],
  },
  {
    id: 'training-datasets',
    terms: {
      fr: ['jeu de données', "jeu de données d'entraînement", "données d'entraînement", 'constitution de jeux de données', 'création de jeux de données', 'curation de données', 'qualification de données', "données d'apprentissage", "base d'apprentissage", "base de données d'apprentissage", "corpus d'entraînement", 'données synthétiques', 'génération de données synthétiques', 'jeu de données de référence'],
      en: ['training data', 'training dataset', 'dataset', 'dataset creation', 'ground truth', 'data curation', 'training corpus', 'synthetic data', 'synthetic data generation', 'benchmark dataset', 'learning data'],
    },
    cpv: ['72310000', '72316000'],
    related: ['data-labelling', 'machine-learning'],
  },
  {
    id: 'computer-vision',
    terms: {
      fr: ['vision par ordinateur', 'vision artificielle', "traitement d'images", "analyse d'images", 'analyse vidéo', "reconnaissance d'images", "détection d'objets", 'reconnaissance de formes', 'vision industrielle', "segmentation d'images", 'segmentation sémantique', 'vision par ordinateur pour la reconnaissance', 'traitement vidéo', "suivi d'objets"],
      en: ['computer vision', 'image processing', 'image analysis', 'video analytics', 'object detection', 'object recognition', 'image recognition', 'pattern recognition', 'machine vision', 'video analysis', 'image segmentation', 'semantic segmentation', 'object tracking', 'video processing', 'visual recognition'],
    },
    cpv: ['72316000', '48328000', '72230000'],
    related: ['ai'],
  },
  {
    id: 'nlp',
    terms: {
      fr: ['traitement automatique du langage', 'traitement du langage naturel', 'traduction automatique', 'analyse sémantique', 'grand modèle de langage', 'IA générative', 'fouille de textes', 'agent conversationnel', 'traitement du langage', 'compréhension du langage naturel', 'analyse de texte', 'analyse de documents', 'analyse sémantique de documents'],
      en: ['natural language processing', 'machine translation', 'large language model', 'generative AI', 'text mining', 'semantic analysis', 'chatbot', 'natural language understanding', 'text analytics', 'language models', 'text analysis', 'document analysis', 'language processing'],
    },
    acronyms: ['NLP', 'TAL', 'TALN', 'LLM', 'NLU'],
    cpv: ['72316000', '48461000', '72230000'],
    related: ['ai'],
  },
  {
    id: 'speech-processing',
    terms: {
      fr: ['reconnaissance vocale', 'transcription automatique', 'reconnaissance de la parole', 'reconnaissance automatique de la parole', 'traitement de la parole', 'analyse de la parole', 'synthèse vocale', 'identification du locuteur', 'traitement audio', 'analyse audio'],
      en: ['speech recognition', 'speech processing', 'speech-to-text', 'automatic speech recognition', 'text-to-speech', 'speech synthesis', 'speaker identification', 'audio analytics', 'voice processing'],
    },
    acronyms: ['ASR'],
    cpv: ['72316000', '48461000'],
    related: ['nlp', 'ai'],
  },
  {
    id: 'data-analytics',
    terms: {
      fr: ['analyse de données', 'analyse des données', 'science des données', 'exploitation des données', 'valorisation des données', 'informatique décisionnelle', 'visualisation de données', 'fouille de données', 'analyse statistique', 'statistiques', 'analyse de données massives', 'exploitation de données massives', 'analyse big data', 'analyse avancée de données'],
      en: ['data analytics', 'data analysis', 'data science', 'data mining', 'business intelligence', 'data visualisation', 'data visualization', 'statistical analysis', 'data scientist', 'analytics', 'data exploitation', 'big data analytics', 'advanced analytics', 'data analytics platform'],
    },
    cpv: ['72316000', '48463000', '48461000'],
    related: ['data-processing'],
  },
  {
    id: 'data-processing',
    terms: {
      fr: ['traitement de données', 'traitement des données', "traitement de l'information", 'collecte de données', 'acquisition de données', 'conversion de données', 'saisie de données', "système d'acquisition de données", 'traitement de données massives', 'chaîne de traitement de données', 'nettoyage de données'],
      en: ['data processing', 'information processing', 'data conversion', 'data collection', 'data acquisition', 'data acquisition system', 'data entry', 'data pipeline', 'data cleansing', 'data processing services', 'ETL'],
    },
    cpv: ['72310000', '72314000', '48614000'],
    related: ['data-analytics'],
  },
  {
    id: 'big-data',
    terms: {
      fr: ['big data', 'mégadonnées', 'données massives', 'lac de données', 'entrepôt de données', 'plateforme de données', 'ingénierie des données', 'gestion des données', 'architecture de données', 'gouvernance des données', 'base de données', 'système de gestion de base de données', 'administration de bases de données'],
      en: ['data lake', 'data warehouse', 'data platform', 'data engineering', 'data management', 'data architecture', 'data governance', 'master data management', 'database', 'database management system', 'database administration', 'SQL database'],
    },
    acronyms: ['SGBD', 'DBMS', 'SQL', 'NoSQL'],
    cpv: ['72322000', '48610000', '72317000', '72320000', '72300000'],
    related: ['data-analytics'],
  },
  {
    id: 'software-development',
    terms: {
      fr: ['développement logiciel', 'développement de logiciels', 'ingénierie logicielle', 'génie logiciel', 'édition de logiciels', 'éditeur de logiciels', "développement d'applications", 'application métier', 'logiciel sur mesure', 'conception logicielle', 'architecture logicielle', 'programmation', 'développeur', 'développement de logiciel', 'conception de logiciels', 'développement informatique', 'développement sur mesure', 'ingénierie du logiciel'],
      en: ['software development', 'software engineering', 'software publisher', 'application development', 'custom software', 'bespoke software', 'software design', 'software architecture', 'programming', 'software developer', 'coding', 'software engineering services', 'software company'],
    },
    cpv: ['72262000', '72230000', '72200000', '48000000'],
  },
  {
    id: 'software',
    role: 'qualifier',
    terms: {
      fr: ['logiciel', 'progiciel', 'solution logicielle', 'outil logiciel', 'application logicielle', 'produit logiciel', 'suite logicielle'],
      en: ['software', 'software package', 'software solution', 'software tool', 'software product', 'software suite'],
    },
    cpv: ['48000000', '72262000'],
    related: ['software-development'],
  },
  {
    id: 'military-software',
    terms: {
      fr: ['logiciel militaire', 'logiciel de défense', 'logiciel opérationnel', 'logiciel de mission', 'développement de logiciels militaires', 'logiciel pour applications militaires', 'logiciel de défense embarqué', 'logiciels militaires temps réel'],
      en: ['military software', 'defence software', 'defense software', 'mission software', 'software for military applications', 'military software development', 'defence software development', 'military-grade software'],
    },
    cpv: ['72231000'],
    related: ['software-development'],
  },
  {
    id: 'embedded-software',
    terms: {
      fr: ['logiciel embarqué', 'système embarqué', 'informatique embarquée', 'micrologiciel', 'logiciel critique', 'Linux embarqué', 'développement embarqué', 'temps réel', 'logiciel temps réel', 'système temps réel', "système d'exploitation temps réel", 'temps réel critique', 'logiciel embarqué critique', 'développement de firmware'],
      en: ['embedded software', 'embedded system', 'firmware', 'safety-critical software', 'embedded Linux', 'embedded development', 'bare-metal', 'embedded computing', 'real-time', 'real-time software', 'real-time system', 'real-time operating system', 'hard real-time', 'deterministic software', 'firmware development'],
    },
    acronyms: ['BSP', 'RTOS'],
    cpv: ['72211000', '72212100', '48627000'],
    related: ['software-development'],
  },
  {
    id: 'cloud',
    terms: {
      fr: ['cloud', 'informatique en nuage', 'cloud souverain', 'cloud de confiance', 'cloud privé', 'cloud hybride', 'hébergement informatique', 'hébergement de données', 'centre de données', 'hébergeur', 'infrastructure cloud', 'cloud computing', 'hébergement sécurisé', 'hébergement souverain'],
      en: ['sovereign cloud', 'trusted cloud', 'private cloud', 'hybrid cloud', 'hosting', 'data hosting', 'data centre', 'data center', 'cloud services', 'cloud infrastructure', 'edge computing', 'datacenter', 'secure hosting'],
    },
    acronyms: ['SecNumCloud', 'IaaS', 'PaaS', 'SaaS'],
    cpv: ['72317000', '72410000', '48820000'],
    related: ['it-infrastructure'],
  },
  {
    id: 'it-outsourcing',
    terms: {
      fr: ['infogérance', 'services managés', 'externalisation informatique', 'exploitation informatique', 'tierce maintenance applicative', 'maintien en condition opérationnelle informatique', 'MCO informatique', 'maintenance applicative', 'infogérance de production', "exploitation de systèmes d'information", "infogérance d'infrastructures"],
      en: ['managed services', 'IT outsourcing', 'managed IT services', 'IT operations', 'application maintenance', 'outsourced IT', 'application management', 'infrastructure management services', 'IT managed services'],
    },
    acronyms: ['TMA'],
    cpv: ['72510000', '72500000', '72267000'],
    related: ['it-support'],
  },
  {
    id: 'it-support',
    terms: {
      fr: ['support informatique', 'assistance informatique', 'helpdesk', 'centre de services', 'support utilisateurs', 'maintenance informatique', 'dépannage informatique', 'maintenance du parc informatique', 'support technique informatique', 'gestion de parc informatique'],
      en: ['IT support', 'help desk', 'service desk', 'user support', 'IT maintenance', 'computer maintenance', 'desktop support', 'IT asset management', 'technical computer support'],
    },
    cpv: ['72253000', '72611000', '50312000', '72610000'],
    related: ['it-outsourcing'],
  },
  {
    id: 'information-systems',
    terms: {
      fr: ["système d'information", 'conseil en informatique', 'transformation numérique', 'transformation digitale', 'services numériques', 'entreprise de services du numérique', "intégration de systèmes d'information", 'urbanisation du SI', 'schéma directeur informatique', 'intégration de systèmes informatiques', "conseil en systèmes d'information", "système d'information de défense"],
      en: ['information system', 'IT consulting', 'digital transformation', 'IT services', 'digital services', 'IT strategy', 'enterprise architecture', 'IT integration', 'information systems consulting', 'IT systems integration'],
    },
    acronyms: ['SI', 'ESN', 'SSII', 'DSI'],
    cpv: ['72220000', '48810000', '72222300', '72000000'],
  },
  {
    id: 'digital-sector',
    role: 'qualifier',
    terms: {
      fr: ['numérique', 'informatique', 'numérique de défense', 'secteur numérique', 'technologies numériques', "technologies de l'information", 'solutions numériques'],
      en: ['information technology', 'digital', 'IT sector', 'digital technologies', 'digital solutions'],
    },
    acronyms: ['IT'],
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
      fr: ['test logiciel', 'validation logicielle', 'vérification et validation', 'recette logicielle', 'qualification logicielle', 'tests automatisés', 'intégration continue', 'tests de non-régression', 'tests unitaires', 'recette fonctionnelle'],
      en: ['software testing', 'software validation', 'verification and validation', 'test automation', 'acceptance testing', 'software qualification', 'continuous integration', 'regression testing', 'unit testing', 'DevOps'],
    },
    acronyms: ['V&V', 'CI/CD'],
    cpv: ['72254000', '72254100', '72820000'],
    related: ['software-development'],
  },
  {
    id: 'web-mobile',
    terms: {
      fr: ['application mobile', 'développement web', 'portail web', 'application web', 'développement mobile', 'application métier web', "développement d'applications web", "développement d'applications mobiles", 'plateforme web'],
      en: ['mobile app', 'mobile application', 'web development', 'web application', 'web portal', 'mobile development', 'web application development', 'mobile app development', 'web platform'],
    },
    cpv: ['72413000', '72212000', '72400000'],
    related: ['software-development'],
  },
  {
    id: 'quantum',
    terms: {
      fr: ['technologies quantiques', 'quantique', 'calcul quantique', 'informatique quantique', 'capteur quantique', 'communication quantique', 'distribution quantique de clés', 'ordinateur quantique', 'capteurs quantiques', 'magnétomètre quantique', 'gravimètre quantique', 'horloge quantique', 'interférométrie atomique', 'cryptographie quantique', 'technologies quantiques de défense', 'navigation quantique'],
      en: ['quantum technologies', 'quantum computing', 'quantum sensing', 'quantum sensor', 'quantum key distribution', 'quantum communication', 'quantum computer', 'quantum', 'quantum magnetometer', 'quantum gravimeter', 'atom interferometry', 'quantum cryptography', 'quantum navigation'],
    },
    acronyms: ['QKD'],
    cpv: ['73410000', '73110000'],
    related: ['rnd'],
  },
  {
    id: 'digital-twin',
    terms: {
      fr: ['jumeau numérique', 'maquette numérique', 'modélisation numérique', 'simulation numérique', 'maquette 3D', 'jumeau numérique de navire', 'modèle numérique 3D', 'simulation 3D'],
      en: ['digital twin', 'digital mock-up', 'digital mockup', 'numerical simulation', 'numerical modelling', 'numerical modeling', '3D model', 'digital twin of ship', '3D simulation'],
    },
    cpv: ['72242000', '48461000', '38970000'],
    related: ['simulation'],
  },
  {
    id: 'iot',
    terms: {
      fr: ['objets connectés', 'internet des objets', 'capteurs connectés', 'réseau de capteurs', 'capteurs sans fil', 'LoRa', 'objets communicants', 'capteurs IoT'],
      en: ['internet of things', 'connected devices', 'smart sensors', 'industrial IoT', 'wireless sensor network', 'sensor network', 'connected objects', 'IoT sensors'],
    },
    acronyms: ['IoT', 'IIoT', 'LoRaWAN'],
    cpv: ['32440000', '32441000', '32510000'],
    related: ['telecom'],
  },
  {
    id: 'hmi',
    terms: {
      fr: ['interface homme-machine', 'ergonomie', 'expérience utilisateur', 'facteurs humains', 'interface utilisateur', 'ergonomie cognitive', 'conception centrée utilisateur'],
      en: ['human-machine interface', 'user interface', 'user experience', 'human factors', 'UX design', 'ergonomics', 'man-machine interface', 'human-machine teaming', 'user-centred design'],
    },
    acronyms: ['IHM', 'HMI', 'UX', 'UI', 'MMI'],
    cpv: ['72212000', '72242000'],
    related: ['software-development'],
  },
  {
    id: 'gis',
    terms: {
      fr: ["système d'information géographique", 'cartographie', 'géomatique', 'géospatial', 'données géographiques', 'cartographie numérique', 'données géospatiales', 'cartographie opérationnelle', 'données cartographiques'],
      en: ['geographic information system', 'mapping', 'geomatics', 'geographic data', 'digital mapping', 'geospatial data', 'cartography', 'map data', 'operational mapping'],
    },
    acronyms: ['SIG', 'GIS'],
    cpv: ['38221000', '48328000'],
    related: ['geoint'],
  },
  {
    id: 'computing-platforms',
    terms: {
      fr: ['matériel informatique', 'ordinateur durci', 'calculateur durci', 'PC durci', 'tablette durcie', 'poste de travail', 'calculateur', 'calcul haute performance', 'supercalculateur', 'calcul intensif', "système d'exploitation", 'Linux', 'calculateur embarqué', 'serveur durci'],
      en: ['computer hardware', 'rugged computer', 'ruggedised computer', 'rugged tablet', 'rugged laptop', 'workstation', 'embedded computer', 'computer', 'high-performance computing', 'supercomputer', 'parallel computing', 'operating system', 'rugged server', 'ruggedised server'],
    },
    acronyms: ['HPC', 'GPU'],
    cpv: ['48822000', '72100000', '48620000'],
    related: ['it-infrastructure'],
  },
];
