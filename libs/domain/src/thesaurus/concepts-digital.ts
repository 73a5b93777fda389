import type { ThesaurusConcept } from './thesaurus.types';

/** Digital: AI and data, software development, embedded and real-time software, IT services. */
// prettier-ignore
export const DIGITAL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'ai',
    terms: {
      fr: ['intelligence artificielle', 'IA de défense', 'IA embarquée', 'IA de confiance', 'IA frugale', 'IA souveraine', "algorithme d'IA", "solution d'intelligence artificielle", 'IA pour la défense', 'IA militaire', 'IA explicable', 'IA hybride', 'agents intelligents', 'intelligence artificielle de confiance', 'intelligence artificielle embarquée', 'IA générative de défense', 'IA appliquée', 'IA industrielle', 'IA de pointe', "systèmes d'IA", "système d'intelligence artificielle", "intégration d'IA", "modèles d'IA", 'IA responsable', 'IA robuste', 'IA certifiable', 'IA neuro-symbolique', 'IA symbolique', 'raisonnement automatique', 'systèmes multi-agents', 'IA distribuée', 'IA au service de la défense', 'intelligence artificielle de défense', 'IA à la périphérie', 'IA sur le terrain'],
      en: ['artificial intelligence', 'trustworthy AI', 'edge AI', 'embedded AI', 'defence AI', 'AI algorithm', 'AI solution', 'explainable AI', 'AI for defence', 'military AI', 'AI-enabled', 'AI-powered', 'AI-based', 'cognitive computing', 'AI systems', 'AI models', 'AI integration', 'applied AI', 'responsible AI', 'robust AI', 'certifiable AI'],
    },
    acronyms: ['IA', 'AI', 'AMIAD', 'XAI'],
    cpv: ['72316000', '72230000', '48461000'],
    related: ['machine-learning'],
  },
  {
    id: 'machine-learning',
    terms: {
      fr: ['apprentissage automatique', 'apprentissage machine', 'apprentissage profond', 'réseau de neurones', 'réseaux neuronaux', 'apprentissage par renforcement', 'apprentissage supervisé', 'entraînement de modèles', 'modèle prédictif', 'apprentissage statistique', "algorithmes d'apprentissage", "modèles d'apprentissage", 'apprentissage non supervisé', 'IA prédictive', 'apprentissage par transfert', 'apprentissage fédéré', 'réseaux de neurones convolutifs', 'réseaux de neurones profonds', 'modèles de deep learning', 'modèles prédictifs', 'inférence embarquée', 'optimisation de modèles', 'compression de modèles', 'quantification de réseaux de neurones'],
      en: ['machine learning', 'deep learning', 'neural network', 'reinforcement learning', 'supervised learning', 'model training', 'predictive model', 'predictive analytics', 'MLOps', 'learning algorithms', 'unsupervised learning', 'model fine-tuning', 'transfer learning', 'federated learning', 'deep neural networks', 'convolutional neural network', 'machine learning models', 'machine learning algorithms', 'model inference', 'edge inference', 'self-supervised learning', 'active learning', 'few-shot learning'],
    },
    acronyms: ['ML', 'DNN', 'RL'],
    cpv: ['72316000', '72230000', '48461000'],
    related: ['ai'],
  },
  {
    id: 'data-labelling',
    terms: {
      fr: ['annotation de données', 'étiquetage de données', 'annotation et étiquetage de données', 'labellisation de données', 'préparation de données', 'préparation de jeux de données', "préparation de jeux de données d'entraînement", "annotation d'images", 'annotation', "étiquetage d'images", "labellisation d'images", 'étiquetage de vidéos', 'annotation vidéo', 'tagging de données', 'marquage de données', 'données annotées', "annotation d'objets", 'labellisation', 'annotation manuelle', 'annotation semi-automatique', 'annotation de signaux', 'annotation audio', 'annotation de texte', 'annotation sémantique', "plateforme d'annotation", "outil d'annotation", 'vérité terrain annotée', 'boîtes englobantes', "segmentation manuelle d'images"],
      en: ['data labelling', 'data labeling', 'data annotation', 'image annotation', 'dataset preparation', 'data preparation', 'labelled data', 'labeled data', 'video annotation', 'image labelling', 'data tagging', 'image tagging', 'annotated data', 'bounding box annotation', 'data annotation services', 'annotation platform', 'annotation tool', 'audio annotation', 'text annotation', 'semantic annotation', 'signal annotation', 'human-in-the-loop labelling', 'semi-automatic annotation', 'bounding boxes'],
    },
    cpv: ['72310000', '72316000'],
    related: ['machine-learning', 'data-processing'],
  },
  {
    id: 'training-datasets',
    terms: {
      fr: ['jeu de données', "jeu de données d'entraînement", "données d'entraînement", 'constitution de jeux de données', 'création de jeux de données', 'curation de données', 'qualification de données', "données d'apprentissage", "base d'apprentissage", "base de données d'apprentissage", "corpus d'entraînement", 'données synthétiques', 'génération de données synthétiques', 'jeu de données de référence', "jeux de données d'apprentissage", 'corpus de données', 'augmentation de données', 'données simulées', 'génération de données', 'simulation de données', 'jeux de données annotés', 'jeux de données ouverts', 'acquisition de jeux de données', 'base de données de signatures', "données d'évaluation"],
      en: ['training data', 'training dataset', 'dataset', 'dataset creation', 'ground truth', 'data curation', 'training corpus', 'synthetic data', 'synthetic data generation', 'benchmark dataset', 'learning data', 'data augmentation', 'dataset generation', 'labelled dataset', 'annotated dataset', 'open dataset', 'reference dataset', 'evaluation dataset', 'data generation', 'signature database', 'simulated data', 'synthetic imagery', 'synthetic images'],
    },
    cpv: ['72310000', '72316000'],
    related: ['data-labelling', 'machine-learning'],
  },
  {
    id: 'computer-vision',
    terms: {
      fr: ['vision par ordinateur', 'vision artificielle', "traitement d'images", "analyse d'images", 'analyse vidéo', "reconnaissance d'images", "détection d'objets", 'reconnaissance de formes', 'vision industrielle', "segmentation d'images", 'segmentation sémantique', 'traitement vidéo', "suivi d'objets", 'vidéo intelligente', 'vision embarquée', 'vision artificielle embarquée', "traitement d'image", 'traitement vidéo temps réel', "analyse d'images par IA", 'vidéo analytique', "détection et suivi d'objets", 'pistage vidéo', 'vision 3D', 'vision stéréoscopique', 'reconstruction 3D', 'photogrammétrie', 'lecture automatique de plaques', "détection d'anomalies visuelles", 'contrôle par vision', "amélioration d'images", "stabilisation d'images", "fusion d'images", 'super-résolution'],
      en: ['computer vision', 'image processing', 'image analysis', 'video analytics', 'object detection', 'object recognition', 'image recognition', 'pattern recognition', 'machine vision', 'video analysis', 'image segmentation', 'semantic segmentation', 'object tracking', 'video processing', 'visual recognition', 'embedded vision', 'image processing algorithms', 'real-time video processing', 'intelligent video analytics', 'AI video analytics'],
    },
    acronyms: ['OCR', 'ANPR', 'LAPI'],
    cpv: ['72316000', '48328000', '72230000'],
    related: ['ai'],
  },
  {
    id: 'nlp',
    terms: {
      fr: ['traitement automatique du langage', 'traitement du langage naturel', 'traduction automatique', 'analyse sémantique', 'grand modèle de langage', 'IA générative', 'fouille de textes', 'agent conversationnel', 'traitement du langage', 'compréhension du langage naturel', 'analyse de texte', 'analyse de documents', 'traitement automatique des langues', 'traitement automatique du langage naturel', 'grands modèles de langage', 'modèle de langage', 'IA conversationnelle', 'assistant conversationnel', 'génération de texte', 'résumé automatique', "extraction d'information", "extraction d'entités nommées", 'classification de documents', 'analyse de sentiments', 'recherche sémantique', 'moteur de recherche sémantique', 'génération augmentée par récupération', 'traduction automatique neuronale', 'analyse documentaire', 'fouille de documents', 'multilinguisme', 'IA générative de texte'],
      en: ['natural language processing', 'machine translation', 'large language model', 'generative AI', 'text mining', 'semantic analysis', 'chatbot', 'natural language understanding', 'language models', 'text analysis', 'document analysis', 'language processing', 'text analytics', 'conversational AI', 'conversational agent', 'virtual assistant', 'text generation', 'automatic summarization'],
    },
    acronyms: ['NLP', 'TAL', 'TALN', 'LLM', 'NLU', 'GenAI', 'NER'],
    cpv: ['72316000', '48461000', '72230000'],
    related: ['ai'],
  },
  {
    id: 'speech-processing',
    terms: {
      fr: ['reconnaissance vocale', 'transcription automatique', 'reconnaissance de la parole', 'reconnaissance automatique de la parole', 'traitement de la parole', 'analyse de la parole', 'synthèse vocale', 'identification du locuteur', 'traitement audio', 'analyse audio', 'transcription de la parole', 'reconnaissance du locuteur', 'biométrie vocale', 'traitement automatique de la parole', 'traduction vocale', 'transcription audio', 'commande vocale', 'interface vocale', 'traduction de la parole', 'identification de la langue', 'identification de langue parlée', 'diarisation', 'détection de mots-clés', 'débruitage audio', 'amélioration de la parole', 'analyse de signaux audio', 'vérification du locuteur', 'voix de synthèse'],
      en: ['speech recognition', 'speech processing', 'speech-to-text', 'automatic speech recognition', 'text-to-speech', 'speech synthesis', 'speaker identification', 'audio analytics', 'voice processing', 'voice recognition', 'speaker recognition', 'voice biometrics', 'audio transcription', 'speech analytics', 'voice control', 'voice command', 'voice interface', 'speech translation', 'language identification', 'spoken language identification', 'speaker diarization', 'speaker diarisation', 'keyword spotting', 'speech enhancement', 'audio denoising', 'speaker verification', 'speech-to-speech translation', 'audio signal analysis'],
    },
    acronyms: ['ASR', 'TTS'],
    cpv: ['72316000', '48461000'],
    related: ['nlp', 'ai'],
  },
  {
    id: 'data-analytics',
    terms: {
      fr: ['analyse de données', 'analyse des données', 'science des données', 'exploitation des données', 'valorisation des données', 'informatique décisionnelle', 'visualisation de données', 'fouille de données', 'statistiques', 'analyse de données massives', 'exploitation de données massives', 'analyse big data', 'analyse avancée de données', 'datavisualisation', 'dataviz', 'exploration de données', 'analyste de données', 'analytique', 'analyse prédictive', 'analyse décisionnelle', 'tableau de bord décisionnel', 'analyse statistique', 'analyse de données opérationnelles', 'science de la donnée', 'valorisation de la donnée', 'analyse de données de maintenance', 'analyse de séries temporelles', 'data analyse'],
      en: ['data analytics', 'data analysis', 'data science', 'data mining', 'business intelligence', 'data visualisation', 'data visualization', 'statistical analysis', 'data scientist', 'analytics', 'data exploitation', 'big data analytics', 'advanced analytics', 'data analyst', 'dashboards', 'dashboarding', 'reporting tools', 'decision analytics', 'operational analytics', 'time series analysis', 'statistical modelling', 'statistical modeling', 'data insights', 'analytics platform', 'data-driven decision making', 'descriptive analytics', 'prescriptive analytics'],
    },
    acronyms: [],
    cpv: ['72316000', '48463000', '48461000'],
    related: ['data-processing'],
  },
  {
    id: 'data-processing',
    terms: {
      fr: ['traitement de données', 'traitement des données', "traitement de l'information", 'collecte de données', 'acquisition de données', 'conversion de données', 'saisie de données', "système d'acquisition de données", 'traitement de données massives', 'chaîne de traitement de données', 'nettoyage de données', 'ingestion de données', 'intégration de données', 'extraction de données', 'transformation de données', 'pipeline de données', 'traitement temps réel', 'traitement de flux', 'acquisition et traitement de données', 'centralisation des données', 'consolidation de données', 'migration de données', 'numérisation de documents', 'dématérialisation', 'reprise de données', 'traitement par lots', 'flux de données', 'traitement de données de masse'],
      en: ['data processing', 'information processing', 'data conversion', 'data collection', 'data acquisition', 'data acquisition system', 'data entry', 'data pipeline', 'data cleansing', 'data processing services', 'ETL', 'data ingestion', 'data integration', 'data extraction', 'stream processing', 'real-time data processing', 'data streaming', 'batch processing', 'data migration', 'document digitisation', 'document digitization', 'data consolidation', 'data flows', 'data transformation', 'extract transform load', 'data wrangling'],
    },
    acronyms: [],
    cpv: ['72310000', '72314000', '48614000'],
    related: ['data-analytics'],
  },
  {
    id: 'big-data',
    terms: {
      fr: ['big data', 'mégadonnées', 'données massives', 'lac de données', 'entrepôt de données', 'plateforme de données', 'ingénierie des données', 'gestion des données', 'architecture de données', 'gouvernance des données', 'base de données', 'système de gestion de base de données', 'administration de bases de données', 'datalake', 'plateforme big data', 'infrastructure big data', 'architecture big data', 'gestion de la donnée', 'gouvernance de la donnée', 'référentiel de données', 'catalogue de données', 'base de données relationnelle', 'base de données NoSQL', 'base de données graphe', 'administration de base de données', 'hub de données', 'maillage de données', 'stockage de données massives', 'bases de données distribuées'],
      en: ['data lake', 'data warehouse', 'data platform', 'data engineering', 'data management', 'data architecture', 'data governance', 'master data management', 'database', 'database management system', 'data warehousing', 'big data platform', 'big data architecture', 'big data infrastructure', 'data catalog', 'data catalogue', 'relational database', 'graph database', 'NoSQL database'],
    },
    acronyms: ['SGBD', 'DBMS', 'SQL', 'NoSQL', 'MDM', 'DBA'],
    cpv: ['72322000', '48610000', '72317000', '72320000', '72300000'],
    related: ['data-analytics'],
  },
  {
    id: 'software-development',
    terms: {
      fr: ['développement logiciel', 'développement de logiciels', 'ingénierie logicielle', 'génie logiciel', 'édition de logiciels', 'éditeur de logiciels', "développement d'applications", 'application métier', 'logiciel sur mesure', 'conception logicielle', 'architecture logicielle', 'programmation', 'développeur', 'conception de logiciels', 'développement informatique', 'développement sur mesure', 'ingénierie du logiciel', 'développement applicatif', 'développement de logiciels sur mesure', 'réalisation de logiciels', 'conception et développement de logiciels', 'développement Java', 'développement Python', 'développement C++', 'développement .NET', 'programmation informatique', 'méthodes agiles', 'développement agile', 'forfait de développement', 'prestations de développement', 'maintenance évolutive', 'modernisation applicative', 'architecture microservices', 'développement back-end', "développement d'API"],
      en: ['software development', 'software engineering', 'software publisher', 'application development', 'custom software', 'bespoke software', 'software design', 'software architecture', 'programming', 'software developer', 'coding', 'software company', 'software house', 'custom software development', 'bespoke software development', 'software design and development', 'agile development', 'agile software development', 'Java development', 'Python development', 'C++ development', '.NET development'],
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
      fr: ['logiciel militaire', 'logiciel de défense', 'logiciel opérationnel', 'logiciel de mission', 'développement de logiciels militaires', 'logiciel pour applications militaires', 'logiciel de défense embarqué', 'logiciels militaires temps réel', 'logiciel de combat', 'logiciel embarqué militaire', 'logiciel critique de défense', "logiciel de système d'armes", 'logiciel de gestion de combat', 'logiciel tactique', 'logiciel opérationnel de défense', 'logiciel militaire embarqué', 'développement logiciel pour la défense', 'logiciel classifié', 'logiciel souverain de défense', 'logiciel de mission embarqué', 'logiciel naval'],
      en: ['military software', 'defence software', 'defense software', 'mission software', 'software for military applications', 'military software development', 'defence software development', 'military-grade software', 'combat software', 'defense software development', 'tactical software', 'mission-critical software', 'weapon system software', 'operational software', 'embedded mission software', 'naval software', 'military applications software', 'defence applications software', 'software for defence', 'software for defense'],
    },
    cpv: ['72231000'],
    related: ['software-development'],
  },
  {
    id: 'embedded-software',
    terms: {
      fr: ['logiciel embarqué', 'système embarqué', 'informatique embarquée', 'micrologiciel', 'logiciel critique', 'Linux embarqué', 'développement embarqué', 'temps réel', 'système temps réel', "système d'exploitation temps réel", 'logiciel enfoui', 'microprogramme', 'pilote de périphérique', 'programmation embarquée', 'logiciel embarqué critique', 'logiciel embarqué temps réel', 'développement de logiciels embarqués', 'systèmes embarqués critiques', 'logiciel bas niveau', 'développement firmware', 'développement de micrologiciels', 'noyau temps réel', 'hyperviseur embarqué', 'logiciel de sûreté', 'architecture logicielle embarquée', 'informatique temps réel', 'logiciel C embarqué', 'systèmes temps réel critiques'],
      en: ['embedded software', 'embedded system', 'firmware', 'safety-critical software', 'embedded Linux', 'embedded development', 'bare-metal', 'embedded computing', 'real-time', 'real-time system', 'real-time operating system', 'deterministic software', 'device driver', 'low-level software', 'embedded software development', 'real-time embedded software', 'firmware development'],
    },
    acronyms: ['BSP', 'RTOS', 'AUTOSAR'],
    cpv: ['72211000', '72212100', '48627000'],
    related: ['software-development'],
  },
  {
    id: 'cloud',
    terms: {
      fr: ['cloud', 'informatique en nuage', 'cloud souverain', 'cloud de confiance', 'cloud privé', 'cloud hybride', 'hébergement informatique', 'hébergement de données', 'centre de données', 'hébergeur', 'cloud computing', 'hébergement sécurisé', 'hébergement souverain', 'hébergement de serveurs', 'cloud public', 'cloud qualifié SecNumCloud', 'hébergement cloud', 'hébergement en nuage', 'infrastructure cloud', 'infrastructure en tant que service', 'plateforme en tant que service', 'logiciel en tant que service', 'migration vers le cloud', 'migration cloud', 'architecture cloud', 'cloud natif', 'cloud tactique', 'informatique en périphérie', 'calcul en périphérie', 'centre de données sécurisé', 'datacenter souverain', 'hébergement de données de santé', 'conteneurisation', 'orchestration de conteneurs'],
      en: ['sovereign cloud', 'trusted cloud', 'private cloud', 'hybrid cloud', 'hosting', 'data hosting', 'data centre', 'data center', 'edge computing', 'datacenter', 'secure hosting', 'datacentre', 'server hosting', 'public cloud', 'cloud hosting', 'cloud infrastructure', 'infrastructure as a service', 'platform as a service', 'software as a service', 'cloud migration'],
    },
    acronyms: ['SecNumCloud', 'IaaS', 'PaaS', 'SaaS', 'HDS'],
    cpv: ['72317000', '72410000', '48820000'],
    related: ['it-infrastructure'],
  },
  {
    id: 'it-outsourcing',
    terms: {
      fr: ['infogérance', 'services managés', 'externalisation informatique', 'exploitation informatique', 'tierce maintenance applicative', 'maintien en condition opérationnelle informatique', 'MCO informatique', 'maintenance applicative', 'infogérance de production', "exploitation de systèmes d'information", "infogérance d'infrastructures", 'supervision informatique', 'supervision des infrastructures', 'services informatiques managés', 'externalisation des services informatiques', "tierce maintenance d'exploitation", 'exploitation de production informatique', "MCO des systèmes d'information", 'maintien en conditions opérationnelles des SI', 'maintenance corrective et évolutive', 'maintenance évolutive et corrective', 'régie informatique', 'prestations informatiques', 'centre de services informatiques', 'infogérance globale', "pilotage de l'exploitation", 'exploitation des infrastructures', 'MCO des SI', 'infogérance applicative', 'centre de support applicatif'],
      en: ['managed services', 'IT outsourcing', 'managed IT services', 'IT operations', 'application maintenance', 'outsourced IT', 'application management', 'infrastructure management services', 'IT managed services', 'IT infrastructure management', 'IT service management', 'application support', 'managed hosting', 'IT operations management', 'application maintenance and support', 'IT service provider', 'IT services outsourcing', 'outsourced IT services', 'infrastructure outsourcing', 'application outsourcing', 'IT run services', 'run operations', 'IT operations support', 'managed infrastructure'],
    },
    acronyms: ['TMA', 'ITSM', 'TME'],
    cpv: ['72510000', '72500000', '72267000'],
    related: ['it-support'],
  },
  {
    id: 'it-support',
    terms: {
      fr: ['support informatique', 'assistance informatique', 'helpdesk', 'centre de services', 'support utilisateurs', 'maintenance informatique', 'dépannage informatique', 'maintenance du parc informatique', 'support technique informatique', 'gestion de parc informatique', 'assistance utilisateurs', 'support de proximité', 'hotline informatique', 'gestion du poste de travail', 'déploiement de postes de travail', "centre d'appels informatique", 'support de niveau 1', 'support niveau 2', 'support N1', 'support N2', 'assistance de proximité', 'technicien informatique', 'technicien support', 'intervention sur site informatique', 'gestion des incidents informatiques', 'maintenance des postes de travail', 'installation de postes informatiques', 'masterisation', 'déploiement informatique', 'inventaire informatique', 'maintenance matérielle informatique'],
      en: ['IT support', 'help desk', 'service desk', 'user support', 'IT maintenance', 'computer maintenance', 'desktop support', 'IT asset management', 'technical computer support', 'end-user support', 'desktop management', 'on-site IT support', 'IT hotline', 'hardware maintenance', 'first-line support', 'second-line support', 'level 1 support', 'level 2 support', 'IT technician', 'support technician', 'field IT support', 'IT incident management', 'workstation deployment', 'PC deployment', 'desktop deployment', 'IT inventory'],
    },
    cpv: ['72253000', '72611000', '50312000', '72610000'],
    related: ['it-outsourcing'],
  },
  {
    id: 'information-systems',
    terms: {
      fr: ["système d'information", 'conseil en informatique', 'transformation numérique', 'transformation digitale', 'services numériques', 'entreprise de services du numérique', "intégration de systèmes d'information", 'urbanisation du SI', 'schéma directeur informatique', 'intégration de systèmes informatiques', "conseil en systèmes d'information", "système d'information de défense", "ingénierie des systèmes d'information", "direction des systèmes d'information", 'architecture SI', "systèmes d'information", 'conseil en SI', 'intégration de SI', "intégrateur de systèmes d'information", 'intégrateur informatique', "architecture des systèmes d'information", "urbanisation des systèmes d'information", 'gouvernance des SI', 'stratégie numérique', "schéma directeur des systèmes d'information", "assistance à maîtrise d'ouvrage informatique", "maîtrise d'œuvre informatique", 'AMOA SI', 'conduite du changement numérique', 'progiciel de gestion intégré', 'ERP', "système d'information de gestion", 'modernisation des SI'],
      en: ['information system', 'IT consulting', 'digital transformation', 'IT services', 'digital services', 'IT strategy', 'enterprise architecture', 'IT integration', 'information systems consulting', 'IT systems integration', 'IT consultancy', 'information systems engineering', 'IT systems integrator', 'IT architecture', 'information systems architecture', 'IT governance', 'digital strategy'],
    },
    acronyms: ['SI', 'ESN', 'SSII', 'DSI', 'PGI'],
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
      fr: ['réseau informatique', 'infrastructure informatique', 'infrastructure réseau', 'administration réseau', 'administration système', 'serveur', 'virtualisation', 'routeur', 'commutateur réseau', 'équipement réseau', 'réseau local', 'réseau étendu', 'câblage informatique', 'stockage informatique', "réseau d'entreprise", 'infrastructures informatiques', 'architecture réseau', "réseaux et télécoms d'entreprise", 'serveurs informatiques', 'salle serveur', 'baie de stockage', 'stockage réseau', 'sauvegarde serveurs', 'virtualisation de serveurs', 'hyperviseur', "réseau sans fil d'entreprise", 'Wi-Fi', 'réseau Wi-Fi', 'intégration réseau'],
      en: ['IT infrastructure', 'computer network', 'network infrastructure', 'network administration', 'system administration', 'server', 'virtualization', 'router', 'network switch', 'network equipment', 'local area network', 'wide area network', 'structured cabling', 'enterprise network', 'network architecture', 'server room', 'storage area network'],
    },
    acronyms: ['LAN', 'WAN', 'NAS', 'WLAN', 'SD-WAN'],
    cpv: ['72700000', '32400000', '48820000', '32420000', '72710000', '72720000'],
    related: ['information-systems'],
  },
  {
    id: 'software-testing',
    terms: {
      fr: ['test logiciel', 'validation logicielle', 'vérification et validation', 'recette logicielle', 'qualification logicielle', 'tests automatisés', 'intégration continue', 'tests de non-régression', 'tests unitaires', 'recette fonctionnelle', 'campagne de tests', "tests d'intégration", 'intégration et déploiement continus', 'assurance qualité logicielle', 'qualité logicielle', 'tests de performance', 'tests de charge', 'validation et vérification', 'déploiement continu', "chaîne d'intégration continue", 'usine logicielle'],
      en: ['software testing', 'software validation', 'verification and validation', 'test automation', 'acceptance testing', 'software qualification', 'continuous integration', 'regression testing', 'unit testing', 'DevOps', 'software quality assurance', 'integration testing', 'software tester'],
    },
    acronyms: ['V&V', 'CI/CD', 'UAT'],
    cpv: ['72254000', '72254100', '72820000'],
    related: ['software-development'],
  },
  {
    id: 'web-mobile',
    terms: {
      fr: ['application mobile', 'développement web', 'portail web', 'application web', 'développement mobile', 'application métier web', "développement d'applications web", "développement d'applications mobiles", 'plateforme web', 'développement front-end', 'développement full stack', 'développement iOS', 'développement Android', 'application smartphone', 'progressive web app', 'développement de sites web', 'application iOS', 'application Android', 'application multiplateforme', 'développement multiplateforme', 'application hybride', 'plateforme collaborative', 'extranet', 'intranet', 'portail collaboratif', 'développement React', 'développement Angular', 'application en ligne', 'interface web', 'UX/UI mobile'],
      en: ['mobile app', 'mobile application', 'web development', 'web application', 'web portal', 'mobile development', 'web application development', 'mobile app development', 'web platform', 'front-end development', 'full-stack development', 'iOS development', 'Android development', 'smartphone app', 'web app', 'website development', 'iOS app', 'Android app', 'cross-platform app', 'cross-platform development', 'hybrid app', 'React development', 'Angular development', 'web interface', 'collaborative platform'],
    },
    acronyms: ['PWA'],
    cpv: ['72413000', '72212000', '72400000'],
    related: ['software-development'],
  },
  {
    id: 'quantum',
    terms: {
      fr: ['technologies quantiques', 'quantique', 'calcul quantique', 'informatique quantique', 'capteur quantique', 'communication quantique', 'distribution quantique de clés', 'ordinateur quantique', 'magnétomètre quantique', 'gravimètre quantique', 'horloge quantique', 'interférométrie atomique', 'cryptographie quantique', 'navigation quantique', 'métrologie quantique', 'atomes froids', 'technologies quantiques de défense', 'communications quantiques', 'réseau quantique', 'internet quantique', 'algorithmes quantiques', 'qubits', 'centre NV', 'gyromètre à atomes froids', 'détection quantique'],
      en: ['quantum technologies', 'quantum computing', 'quantum sensing', 'quantum sensor', 'quantum key distribution', 'quantum communication', 'quantum computer', 'quantum', 'quantum magnetometer', 'quantum gravimeter', 'atom interferometry', 'quantum cryptography', 'quantum navigation', 'quantum metrology', 'quantum network', 'quantum internet', 'quantum algorithms', 'cold atoms'],
    },
    acronyms: ['QKD', 'QRNG'],
    cpv: ['73410000', '73110000'],
    related: ['rnd'],
  },
  {
    id: 'digital-twin',
    terms: {
      fr: ['jumeau numérique', 'maquette numérique', 'modélisation numérique', 'simulation numérique', 'maquette 3D', 'jumeau numérique de navire', 'modèle numérique 3D', 'simulation 3D', 'double numérique', 'maquette virtuelle', 'prototype virtuel', 'prototypage virtuel', 'jumeaux numériques', 'jumeau numérique industriel', 'jumeau numérique de système', 'double numérique de navire', 'maquette numérique 3D', 'modèle 3D', 'simulation numérique de systèmes', 'calcul numérique', 'réalité virtuelle industrielle', 'continuité numérique', 'fil numérique', 'prototypage numérique', 'modèle numérique de terrain'],
      en: ['digital twin', 'digital mock-up', 'digital mockup', 'numerical simulation', 'numerical modelling', 'numerical modeling', '3D model', 'digital twin of ship', '3D simulation', 'virtual prototype', 'virtual prototyping', 'virtual twin', 'digital thread', 'digital twin platform', '3D modeling', 'finite element simulation', 'computational modelling', 'modeling and simulation', 'virtual commissioning', 'physics-based model', 'system digital twin', 'digital terrain model'],
    },
    acronyms: ['MNT'],
    cpv: ['72242000', '48461000', '38970000'],
    related: ['simulation'],
  },
  {
    id: 'iot',
    terms: {
      fr: ['objets connectés', 'internet des objets', 'capteurs connectés', 'réseau de capteurs', 'capteurs sans fil', 'LoRa', 'objets communicants', 'capteurs IoT', 'objets intelligents', 'capteurs communicants', 'télérelève', 'communication machine à machine', 'internet des objets industriel', 'IoT industriel', 'objets connectés industriels', 'plateforme IoT', 'passerelle IoT', 'télémétrie IoT', 'réseau bas débit', 'réseau LPWAN', 'balise connectée', "suivi d'actifs", 'maintenance connectée', 'usine connectée'],
      en: ['internet of things', 'connected devices', 'smart sensors', 'industrial IoT', 'wireless sensor network', 'sensor network', 'connected objects', 'IoT sensors', 'machine-to-machine', 'smart devices', 'connected sensors', 'industrial internet of things', 'IoT platform', 'IoT gateway', 'low-power wide-area network', 'asset tracking', 'smart tracker'],
    },
    acronyms: ['IoT', 'IIoT', 'LoRaWAN', 'M2M', 'LPWAN', 'NB-IoT', 'Sigfox', 'Zigbee'],
    cpv: ['32440000', '32441000', '32510000'],
    related: ['telecom'],
  },
  {
    id: 'hmi',
    terms: {
      fr: ['interface homme-machine', 'ergonomie', 'expérience utilisateur', 'facteurs humains', 'interface utilisateur', 'ergonomie cognitive', 'conception centrée utilisateur', 'interface homme-système', 'ergonomie des interfaces', "design d'interface", 'interaction homme-machine', "conception d'interfaces", "conception d'IHM", 'interfaces homme-machine', 'ergonomie des IHM', 'facteurs humains et ergonomie', 'expérience utilisateur UX', 'design UX', "design d'interaction", 'interface graphique', 'tableau de bord opérateur', 'poste opérateur', 'ergonomie de poste', 'charge cognitive', 'interaction homme-système', 'intégration homme-système', 'collaboration homme-machine', 'équipe homme-machine', 'interfaces tactiles', 'commande vocale et gestuelle'],
      en: ['human-machine interface', 'user interface', 'user experience', 'human factors', 'UX design', 'ergonomics', 'man-machine interface', 'human-machine teaming', 'user-centred design', 'human-computer interaction', 'human-system interface', 'UI design', 'interface design', 'HMI design', 'human-machine interfaces', 'graphical user interface', 'interaction design', 'UX/UI design', 'user experience design', 'operator console'],
    },
    acronyms: ['IHM', 'HMI', 'UX', 'UI', 'MMI', 'HCI', 'MUM-T'],
    cpv: ['72212000', '72242000'],
    related: ['software-development'],
  },
  {
    id: 'gis',
    terms: {
      fr: ["système d'information géographique", 'cartographie', 'géomatique', 'géospatial', 'données géographiques', 'cartographie numérique', 'données géospatiales', 'cartographie opérationnelle', 'données cartographiques', 'cartographie 3D', 'données géoréférencées', 'webmapping', 'géodonnées', 'géotraitement', 'production cartographique', 'information géographique', 'données géographiques numériques', 'géolocalisation de données', 'base de données géographique', 'analyse spatiale', 'cartographie web', 'cartographie militaire', 'cartographie tactique', 'cartes numériques', 'fonds cartographiques', 'cartographie interactive', 'géomaticien', 'QGIS', 'ArcGIS', 'géoréférencement', 'données géospatiales militaires', 'environnement géographique', 'topographie numérique'],
      en: ['geographic information system', 'mapping', 'geomatics', 'geographic data', 'digital mapping', 'geospatial data', 'cartography', 'map data', 'operational mapping', 'geoprocessing', 'web mapping', '3D mapping', 'geodata', 'map production', 'GIS software', 'spatial analysis', 'geographic database', 'web GIS', 'military mapping', 'tactical mapping', 'digital maps'],
    },
    acronyms: ['SIG', 'GIS', 'OGC'],
    cpv: ['38221000', '48328000'],
    related: ['geoint'],
  },
  {
    id: 'computing-platforms',
    terms: {
      fr: ['matériel informatique', 'ordinateur durci', 'PC durci', 'tablette durcie', 'poste de travail', 'calculateur', 'calcul haute performance', 'supercalculateur', 'calcul intensif', "système d'exploitation", 'Linux', 'calculateur embarqué', 'serveur durci', 'ordinateur embarqué', 'ordinateur portable durci', 'calculateur durci', 'calculateurs embarqués', 'calculateur militaire', 'serveur embarqué', 'informatique durcie', 'matériel informatique durci', 'poste de travail durci', 'console durcie', 'écran durci', 'calcul haute performance embarqué', 'carte processeur', 'carte GPU', 'architecture VPX', 'calculateur VPX', 'calcul GPU', 'processeurs graphiques', 'serveurs de calcul', 'centre de calcul', 'informatique embarquée durcie'],
      en: ['computer hardware', 'rugged computer', 'ruggedised computer', 'rugged tablet', 'rugged laptop', 'workstation', 'embedded computer', 'computer', 'high-performance computing', 'supercomputer', 'parallel computing', 'operating system', 'rugged server', 'ruggedised server', 'ruggedized computer', 'rugged display', 'rugged workstation', 'military computer', 'embedded computing platform', 'single board computer'],
    },
    acronyms: ['HPC', 'GPU', 'SBC', 'VPX'],
    cpv: ['48822000', '72100000', '48620000'],
    related: ['it-infrastructure'],
  },
];
