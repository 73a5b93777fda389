import type { ThesaurusConcept } from './thesaurus.types';

/** Engineering, R&D and innovation, test and evaluation, qualification and quality. */
// prettier-ignore
export const ENGINEERING_TESTING_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'engineering',
    terms: {
      fr: ['ingénierie', "prestations d'ingénierie", "société d'ingénierie", 'assistance technique', 'expertise technique', 'conseil technique', 'ingénierie de défense', 'ingénieur', "études d'ingénierie", 'ingénierie industrielle', "bureau d'ingénierie", 'ingénierie pluridisciplinaire', "services d'ingénierie", 'conseil en ingénierie', 'ingénierie en régie', "externalisation de l'ingénierie", 'ingénieur conseil'],
      en: ['engineering', 'engineering services', 'technical assistance', 'engineering consultancy', 'technical expertise', 'technical consultancy', 'engineering firm', 'engineer', 'industrial engineering', 'engineering support', 'multidisciplinary engineering', 'engineering consulting', 'engineering outsourcing', 'technical consulting'],
    },
    cpv: ['71300000', '71356200', '71310000'],
  },
  {
    id: 'design-office',
    terms: {
      fr: ["bureau d'études", 'études techniques', 'études et conception', 'conception assistée par ordinateur', 'dessin industriel', 'dessin assisté par ordinateur', 'conception de produits', 'études de conception', 'conception industrielle', 'modélisation 3D', 'dessinateur projeteur', 'conception 3D'],
      en: ['design office', 'engineering office', 'design and engineering', 'computer-aided design', 'technical drawing', 'engineering design', 'design engineering', 'product design', 'detailed design', 'design studies', 'industrial design', '3D modelling', 'CATIA', 'SolidWorks', '3D design'],
    },
    acronyms: ['CAO', 'DAO', 'CAD', 'CFAO'],
    cpv: ['71320000', '71335000', '48321000'],
    related: ['engineering'],
  },
  {
    id: 'reverse-engineering',
    terms: {
      fr: ['rétro-ingénierie', 'rétroconception', 'reconception', 'reconception de pièces', 'numérisation 3D de pièces', 'reproduction de pièces obsolètes', 'ingénierie inverse'],
      en: ['reverse engineering', 're-engineering', 'redesign of obsolete parts', '3D scanning of parts', 'part re-creation'],
    },
    cpv: ['71320000', '71335000'],
    related: ['design-office'],
  },
  {
    id: 'design-activity',
    role: 'qualifier',
    terms: {
      fr: ['conception', 'développement', 'intégration', 'études', 'réalisation'],
      en: ['design', 'development', 'integration'],
    },
    cpv: ['71320000'],
    related: ['design-office'],
  },
  {
    id: 'systems-engineering',
    terms: {
      fr: ['ingénierie des systèmes', 'intégration de systèmes', 'intégrateur', 'ingénierie système basée sur les modèles', 'ingénierie des exigences', 'gestion des exigences', 'architecte système', 'intégration et validation', 'intégration de systèmes complexes', 'architecture de systèmes', 'ingénierie de systèmes complexes', 'conception de systèmes', 'intégrateur de systèmes'],
      en: ['systems engineering', 'system architecture', 'systems integration', 'integrator', 'model-based systems engineering', 'requirements engineering', 'requirements management', 'systems architect', 'integration and validation', 'system of systems', 'complex systems integration', 'systems design', 'system integrator'],
    },
    acronyms: ['MBSE', 'IVVQ', 'SysML'],
    cpv: ['71340000', '72246000', '72227000', '72228000'],
    related: ['engineering'],
  },
  {
    id: 'mechanical-engineering',
    terms: {
      fr: ['génie mécanique', 'mécanique', 'ingénierie mécanique', 'conception mécanique', 'calcul de structures', 'calcul mécanique', 'éléments finis', 'simulation mécanique', 'dimensionnement', 'mécanique des structures', "bureau d'études mécaniques", 'conception mécanique de précision', 'ingénierie mécanique navale', 'calcul de fatigue', 'tenue mécanique'],
      en: ['mechanical engineering', 'mechanical design', 'structural analysis', 'finite element analysis', 'stress analysis', 'mechanics', 'structural engineering', 'structural design', 'mechanical simulation', 'mechanical design office', 'mechanical engineering services', 'structural calculations', 'fatigue analysis', 'mechanical analysis'],
    },
    acronyms: ['FEA', 'FEM'],
    cpv: ['71333000', '71334000', '71312000'],
    related: ['engineering'],
  },
  {
    id: 'naval-architecture',
    terms: {
      fr: ['architecture navale', 'ingénierie navale', "bureau d'études naval", 'hydrodynamique', 'stabilité du navire', 'architecte naval', 'conception de navires', 'tenue à la mer', 'conception navale', 'calcul de structures navales', 'bassin de carènes', 'essais en bassin', 'essais sur maquette', 'forme de carène', "résistance à l'avancement", 'plans de formes'],
      en: ['naval architecture', 'naval engineering', 'marine engineering', 'hydrodynamics', 'ship design', 'naval architect', 'ship stability', 'seakeeping', 'naval design', 'hull design', 'towing tank', 'ship hydrodynamics', 'model basin', 'ship model testing', 'hull form optimisation'],
    },
    cpv: ['71320000', '73424000', '71330000'],
    related: ['shipbuilding', 'engineering'],
  },
  {
    id: 'fluid-thermal',
    terms: {
      fr: ['thermique', 'mécanique des fluides', 'thermodynamique', 'aérodynamique', 'simulation des fluides', 'transferts thermiques', 'gestion thermique', 'refroidissement', 'simulation thermique', 'calcul thermique', 'refroidissement électronique', 'soufflerie', 'essais en soufflerie', 'aérothermique', 'conception thermique'],
      en: ['fluid dynamics', 'computational fluid dynamics', 'thermal engineering', 'thermal analysis', 'aerodynamics', 'heat transfer', 'thermal management', 'cooling system', 'fluid mechanics', 'thermal simulation', 'electronics cooling', 'wind tunnel', 'wind tunnel testing', 'aerothermal', 'thermal design'],
    },
    acronyms: ['CFD'],
    cpv: ['71335000', '71330000', '71333000'],
    related: ['engineering'],
  },
  {
    id: 'hvac',
    terms: {
      fr: ['climatisation', 'ventilation', 'génie climatique', 'chauffage, ventilation et climatisation', 'traitement d’air', "conditionnement d'air", 'groupe froid', 'production de froid', 'froid industriel', 'climatisation navale', 'centrale de traitement d’air', 'installation frigorifique'],
      en: ['air conditioning', 'HVAC', 'heating, ventilation and air conditioning', 'air handling unit', 'air treatment', 'chiller', 'industrial refrigeration', 'refrigeration system', 'ventilation system', 'marine HVAC', 'shipboard air conditioning'],
    },
    acronyms: ['CVC', 'CTA'],
    cpv: ['71334000', '42900000'],
    related: ['fluid-thermal'],
  },
  {
    id: 'rnd',
    role: 'framing',
    terms: {
      fr: ['recherche et développement', 'recherche appliquée', 'développement expérimental', 'laboratoire de recherche', 'recherche fondamentale', 'recherche partenariale', 'recherche collaborative', 'transfert de technologie', 'recherche scientifique', 'activités de recherche', 'recherche technologique', 'laboratoire de recherche appliquée', 'travaux de recherche', 'recherche et innovation', 'contrat de recherche'],
      en: ['research and development', 'research', 'applied research', 'experimental development', 'research laboratory', 'basic research', 'collaborative research', 'technology transfer', 'research and innovation', 'technological research', 'R&D services', 'research work'],
    },
    acronyms: ['R&D', 'RDI', 'R&D&I', 'CIFRE'],
    cpv: ['73100000', '73000000', '73110000', '73120000'],
  },
  {
    id: 'defence-rnt',
    role: 'framing',
    terms: {
      fr: ['recherche et technologie', 'recherche de défense', 'recherche militaire', 'études amont', "programme d'études amont", 'recherche duale', 'innovation de défense', 'technologies duales', 'double usage', 'usage dual', 'civil et militaire', 'innovation duale', 'technologie de défense', 'recherche et technologie de défense', 'R&T de défense'],
      en: ['research and technology', 'defence research', 'defense research', 'military research', 'dual-use', 'defence innovation', 'defense innovation', 'upstream studies', 'dual-use technology', 'civil-military', 'defence technology', 'defense technology', 'dual-use applications', 'defence R&T'],
    },
    acronyms: ['R&T', 'PEA'],
    cpv: ['73410000', '73400000'],
    related: ['rnd'],
  },
  {
    id: 'funding-calls',
    role: 'framing',
    terms: {
      fr: ['appel à projets', "Agence de l'innovation de défense", 'Fonds européen de la défense', 'ASTRID Maturation', 'subvention', "financement de l'innovation", "appel à manifestation d'intérêt", "régime d'appui pour l'innovation duale", 'projet collaboratif', 'consortium', 'projet de recherche', 'France 2030', 'Bpifrance'],
      en: ['call for proposals', 'European Defence Fund', 'defence innovation agency', 'grant', 'innovation funding', 'collaborative project', 'call for projects', 'Horizon Europe', 'dual research call', 'research project', 'European Defense Fund'],
    },
    acronyms: ['AID', 'RAPID', 'ASTRID', 'FED', 'EDIDP', 'AMI', 'ANR'],
    cpv: ['73300000', '73400000'],
    related: ['rnd', 'defence-rnt'],
  },
  {
    id: 'platform-access',
    role: 'framing',
    terms: {
      fr: ['accès plateforme', 'accès à la plateforme', 'ouverture de plateforme', 'accès aux moyens', "accès aux moyens d'essais", "mise à disposition de moyens d'essais", "accès aux installations d'essais", "accès à un centre d'essais", 'ouverture des moyens', "accès au banc d'essai"],
      en: ['platform access', 'access to the platform', 'facility access', 'access to facilities', 'test facility access', 'access to test facilities', 'test-bed access', 'test bed access', 'test range access', 'range access', 'access to test ranges'],
    },
    cpv: ['71632000', '73430000'],
    related: ['testing'],
  },
  {
    id: 'innovation',
    terms: {
      fr: ['innovation', 'prototypage', 'prototype', 'démonstrateur', 'preuve de concept', 'maturation technologique', 'étude de faisabilité', 'innovation technologique', 'start-up', 'jeune entreprise innovante', 'niveau de maturité technologique', 'maturité technologique', 'échelle TRL', 'maquette fonctionnelle', 'démonstration technologique'],
      en: ['prototyping', 'technology demonstrator', 'demonstrator', 'proof of concept', 'feasibility study', 'technology maturation', 'rapid prototyping', 'technological innovation', 'startup', 'deep tech', 'technology readiness level', 'technology readiness', 'technology demonstration'],
    },
    acronyms: ['POC', 'JEI', 'TRL'],
    cpv: ['73420000', '72244000', '73120000'],
    related: ['rnd'],
  },
  {
    id: 'testing',
    terms: {
      fr: ['essai', 'test', "campagne d'essais", 'essais de recette', 'essais de réception', 'plan de test', "protocole d'essai", "réalisation d'essais", "prestations d'essais", 'essais techniques', 'essais fonctionnels', 'tests fonctionnels', "essais d'endurance", 'essais de validation', 'recette usine', 'essais de performance'],
      en: ['testing', 'trial', 'test campaign', 'acceptance tests', 'test facilities', 'test plan', 'testing services', 'test procedure', 'technical testing', 'test services', 'functional testing', 'endurance testing', 'validation tests', 'factory acceptance tests', 'site acceptance tests'],
    },
    cpv: ['71632000', '71600000', '73430000'],
    related: ['test-evaluation'],
  },
  {
    id: 'test-evaluation',
    terms: {
      fr: ['essais et évaluation', 'évaluation opérationnelle', 'expérimentation', 'expérimentation opérationnelle', 'essais militaires', "centre d'essais", 'DGA Essais', 'évaluation technique', 'essais de systèmes électroniques militaires', 'évaluation de systèmes électroniques militaires', 'évaluation de matériels militaires', 'expérimentation technico-opérationnelle', "polygone d'essais", "site d'essais", 'essais terrain', 'essais opérationnels'],
      en: ['test and evaluation', 'operational evaluation', 'military trials', 'test centre', 'test range', 'operational testing', 'technical evaluation', 'trials and evaluation', 'military test and evaluation', 'developmental testing', 'proving ground', 'test site', 'field trials', 'field testing'],
    },
    acronyms: ['T&E'],
    cpv: ['73430000', '73436000'],
    related: ['testing'],
  },
  {
    id: 'sea-trials',
    terms: {
      fr: ['essais à la mer', 'essais en mer', 'essais de navires', 'essais navals', 'essais de sous-marins', 'essais à la mer instrumentés', 'instrumentation des essais à la mer', "instrumentation d'essais à la mer", 'mesures en mer', 'essais de recette à la mer', 'essais en mer de drones', "campagne d'essais en mer", 'essais à quai', 'essais constructeur'],
      en: ['sea trials', 'sea acceptance trials', 'at-sea testing', 'naval trials', 'harbour acceptance trials', 'ship trials', 'sea trials instrumentation', 'sea trial measurements', 'at-sea trials', 'ship acceptance trials', 'trials instrumentation', 'sea testing', 'harbor acceptance trials', 'harbour trials', 'dockside trials', 'builder trials', 'sea acceptance tests'],
    },
    cpv: ['73434000', '73430000'],
    related: ['test-evaluation', 'warship'],
  },
  {
    id: 'flight-tests',
    terms: {
      fr: ['essais en vol', "instrumentation d'essais en vol", 'essais aéronautiques', "centre d'essais en vol", "campagne d'essais en vol", 'essais en vol de drones', "instrumentation embarquée d'essais", 'essais de navigabilité', "télémesure d'essais", 'essais aéroportés', "pilote d'essai", 'essais de largage', "ingénierie d'essais en vol", 'essais au sol et en vol'],
      en: ['flight test', 'flight testing', 'flight test instrumentation', 'aircraft trials', 'flight trials', 'drone flight testing', 'flight test services', 'flight test campaign', 'flight test telemetry', 'airborne trials', 'test pilot', 'release trials', 'flight test engineering', 'ground and flight tests'],
    },
    cpv: ['73435000'],
    related: ['test-evaluation', 'aeronautics'],
  },
  {
    id: 'qualification',
    terms: {
      fr: ['qualification', 'certification', 'homologation', 'conformité', 'essais de qualification', 'dossier de qualification', 'normes militaires', 'certification de produit', 'évaluation de la conformité', 'certification de type', 'qualification militaire', 'qualification de matériels', "qualification d'équipements", 'marquage CE', 'qualification produit'],
      en: ['qualification testing', 'type approval', 'compliance', 'military standards', 'conformity assessment', 'product certification', 'type certification', 'airworthiness', 'certification testing', 'military qualification', 'equipment qualification', 'CE marking'],
    },
    acronyms: ['MIL-STD', 'STANAG', 'MIL-SPEC'],
    cpv: ['71631000', '71632000', '71356100', '73430000'],
    related: ['testing'],
  },
  {
    id: 'test-bench',
    terms: {
      fr: ["banc d'essai", 'banc de test', 'banc de mesure', "moyen d'essai", 'équipement de test', 'testeur', 'automate de test', "banc d'essais moteur", 'banc de test automatique', 'banc de validation', "banc d'intégration", 'conception de bancs de test', 'moyens de test', 'banc de contrôle', 'banc HIL'],
      en: ['test bench', 'test rig', 'test equipment', 'automatic test equipment', 'test system', 'test station', 'hardware-in-the-loop', 'integration bench', 'test setup', 'special test equipment', 'test bench design', 'test means', 'test benches manufacturing', 'test fixture'],
    },
    acronyms: ['ATE', 'HIL'],
    cpv: ['38540000', '38500000', '38900000'],
    related: ['testing'],
  },
  {
    id: 'environmental-testing',
    terms: {
      fr: ["essais d'environnement", 'essais environnementaux', 'essais climatiques', 'essais de vibrations', 'essais de chocs', 'essais mécaniques', 'enceinte climatique', 'chambre climatique', 'pot vibrant', 'essais en brouillard salin', 'essais de tenue', 'cyclage thermique', 'essais vibratoires', 'tests climatiques', 'essais de chute', "essais d'étanchéité"],
      en: ['environmental testing', 'climatic testing', 'vibration testing', 'shock testing', 'climatic chamber', 'shaker', 'salt spray testing', 'thermal cycling', 'mechanical testing', 'environmental qualification', 'thermal vacuum testing', 'vibration tests', 'drop testing'],
    },
    acronyms: ['MIL-STD-810', 'DO-160'],
    cpv: ['71632000', '73430000', '38540000'],
    related: ['testing', 'qualification'],
  },
  {
    id: 'emc-testing',
    terms: {
      fr: ['essais CEM', 'chambre anéchoïque', 'chambre CEM', 'mesures CEM', 'chambre réverbérante', 'laboratoire CEM', 'essais de compatibilité électromagnétique', 'mesures de rayonnement', 'tests CEM', 'qualification CEM', "mesures d'émissions rayonnées", 'essais de susceptibilité', "essais d'immunité électromagnétique", 'cage de Faraday', 'essais foudre'],
      en: ['EMC testing', 'EMC chamber', 'anechoic chamber', 'EMC test', 'reverberation chamber', 'EMC laboratory', 'radiated emissions testing', 'EMC measurements', 'EMC tests', 'EMC qualification', 'susceptibility testing', 'EMC compliance testing', 'Faraday cage', 'lightning testing', 'conducted emissions testing'],
    },
    acronyms: ['MIL-STD-461'],
    cpv: ['73436000', '71632000', '38540000'],
    related: ['emc', 'testing'],
  },
  {
    id: 'test-lab',
    terms: {
      fr: ["laboratoire d'essais", 'laboratoire accrédité', 'ISO 17025', 'accréditation COFRAC', 'laboratoire de mesure', 'analyses en laboratoire', "laboratoire d'analyses", 'analyses physico-chimiques', 'analyse chimique', 'laboratoire indépendant', 'analyse de défaillance', 'expertise de défaillance', 'essais de matériaux'],
      en: ['test laboratory', 'testing laboratory', 'accredited laboratory', 'ISO/IEC 17025', 'laboratory services', 'laboratory testing', 'independent laboratory', 'chemical analysis', 'failure analysis', 'materials testing', 'UKAS accredited laboratory'],
    },
    acronyms: ['COFRAC'],
    cpv: ['71900000', '71632000', '38300000', '38500000', '71600000'],
    related: ['testing', 'sensors'],
  },
  {
    id: 'metrology',
    terms: {
      fr: ['métrologie', 'étalonnage', 'instrument de mesure', 'appareil de mesure', 'mesures physiques', 'équipement de mesure', 'laboratoire de métrologie', "laboratoire d'étalonnage", 'raccordement métrologique', 'vérification périodique des instruments', "étalonnage d'instruments", 'métrologie industrielle', 'fonction métrologie'],
      en: ['calibration laboratory', 'metrology', 'calibration', 'measuring instrument', 'measurement equipment', 'test and measurement', 'measurement', 'metrology laboratory', 'instrument calibration', 'calibration services', 'industrial metrology', 'gauge calibration', 'measuring equipment'],
    },
    cpv: ['38300000', '71900000', '38500000'],
    related: ['test-lab'],
  },
  {
    id: 'ndt',
    terms: {
      fr: ['contrôle non destructif', 'essais non destructifs', 'ultrasons', 'contrôle par ultrasons', 'radiographie industrielle', 'ressuage', 'magnétoscopie', 'courants de Foucault', 'tomographie industrielle', 'thermographie active', 'inspection par ultrasons', 'shearographie'],
      en: ['non-destructive testing', 'non-destructive inspection', 'non-destructive evaluation', 'ultrasonic testing', 'radiographic testing', 'eddy current testing', 'penetrant testing', 'magnetic particle inspection', 'industrial tomography', 'NDT inspection', 'shearography', 'ultrasonic inspection'],
    },
    acronyms: ['CND', 'NDT', 'NDI', 'NDE', 'PAUT', 'TOFD', 'COFREND'],
    cpv: ['71632200', '71630000'],
    related: ['quality-control'],
  },
  {
    id: 'quality-control',
    terms: {
      fr: ['contrôle qualité', 'assurance qualité', 'qualité', 'management de la qualité', 'inspection', 'contrôle de réception', 'système qualité', 'ISO 9001', 'EN 9100', 'AQAP 2110', 'plan qualité', 'audit qualité', 'gestion des non-conformités', 'EN9100'],
      en: ['quality control', 'quality assurance', 'quality management', 'quality inspection', 'quality management system', 'AS9100', 'incoming inspection', 'quality', 'technical inspection', 'first article inspection', 'quality audit', 'non-conformance management'],
    },
    acronyms: ['AQAP', 'QA', 'QC', 'QMS', 'FAI'],
    cpv: ['71731000', '71631000', '71356100'],
    related: ['qualification'],
  },
  {
    id: 'dimensional-inspection',
    terms: {
      fr: ['contrôle dimensionnel', 'métrologie dimensionnelle', 'machine de mesure tridimensionnelle', 'mesure tridimensionnelle', 'contrôle tridimensionnel', 'bras de mesure', 'mesure 3D', 'contrôle géométrique', 'métrologie 3D'],
      en: ['dimensional inspection', 'dimensional metrology', 'coordinate measuring machine', '3D measurement', 'laser tracker', 'measuring arm', '3D metrology', 'dimensional measurement'],
    },
    acronyms: ['MMT', 'CMM'],
    cpv: ['71631000', '38300000'],
    related: ['quality-control', 'metrology'],
  },
  {
    id: 'technical-documentation',
    terms: {
      fr: ['documentation technique', 'rédaction technique', 'publications techniques', 'manuels techniques', 'documentation de maintenance', 'notice technique', 'gestion documentaire technique', 'documentation S1000D', 'rédaction de manuels', 'catalogue illustré de pièces', 'rédacteur technique', 'illustration technique', 'traduction technique', 'documentation technique interactive'],
      en: ['technical documentation', 'technical writing', 'technical publications', 'technical manuals', 'interactive electronic technical manual', 'maintenance documentation', 'illustrated parts catalogue', 'manual writing', 'technical authoring', 'technical writer', 'technical illustration', 'technical translation', 'user manual', 'operator manual'],
    },
    acronyms: ['S1000D', 'IETM', 'IETP'],
    cpv: ['71356300', '71356000'],
    related: ['ils'],
  },
  {
    id: 'rams',
    terms: {
      fr: ['sûreté de fonctionnement', 'fiabilité', 'maintenabilité', 'disponibilité opérationnelle', 'analyse de sécurité', 'sécurité fonctionnelle', 'analyse des modes de défaillance', 'analyse de fiabilité', 'études de sûreté de fonctionnement', 'analyse de risques techniques', 'arbre de défaillances', 'analyse préliminaire des risques'],
      en: ['reliability', 'dependability', 'reliability, availability, maintainability and safety', 'functional safety', 'safety analysis', 'maintainability', 'failure mode analysis', 'reliability engineering', 'RAMS analysis', 'safety engineering', 'fault tree analysis'],
    },
    acronyms: ['RAMS', 'SdF', 'AMDEC', 'FMDS', 'FMECA', 'FMEA', 'MTBF', 'AMDE'],
    cpv: ['71335000', '71356000', '72225000'],
    related: ['engineering'],
  },
  {
    id: 'project-management',
    terms: {
      fr: ['gestion de projet', 'management de projet', 'conduite de projet', "assistance à maîtrise d'ouvrage", 'pilotage de projet', "maîtrise d'œuvre", 'direction de projet', 'gestion de programme', 'chef de projet', 'ordonnancement', 'planification de projet', 'gestion de projets techniques', 'pilotage de programmes', 'management de programme'],
      en: ['project management', 'programme management', 'program management', 'project management consultancy', "owner's engineering", 'project planning', 'project manager', 'project control', 'technical project management', 'programme control', 'project scheduling', 'project engineering'],
    },
    acronyms: ['AMOA', 'AMO', 'PMO', 'MOE', 'PRINCE2'],
    cpv: ['72224000', '71356400', '71310000'],
    related: ['engineering'],
  },
  {
    id: 'configuration-management',
    terms: {
      fr: ['gestion de configuration', 'maîtrise de la configuration', 'suivi de configuration', 'gestion des modifications techniques', 'gestion des faits techniques', 'dossier de définition', 'gestion des données techniques', 'gestion du cycle de vie produit', 'gestion des évolutions techniques'],
      en: ['configuration management', 'configuration control', 'engineering change management', 'product data management', 'product lifecycle management', 'technical data management', 'configuration status accounting'],
    },
    acronyms: ['PLM', 'PDM'],
    cpv: ['72224000', '71356000'],
    related: ['project-management', 'systems-engineering'],
  },
  {
    id: 'corrosion',
    terms: {
      fr: ['corrosion', 'protection cathodique', 'anticorrosion', 'lutte contre la corrosion', 'revêtement anticorrosion', 'protection contre la corrosion', 'traitement anticorrosion', 'protection anticorrosion', 'corrosion marine', 'anodes sacrificielles', 'protection cathodique par courant imposé', 'surveillance de la corrosion', 'expertise corrosion', 'biocorrosion'],
      en: ['corrosion protection', 'cathodic protection', 'anti-corrosion', 'corrosion engineering', 'corrosion control', 'anticorrosive coating', 'marine corrosion', 'anti-corrosion treatment', 'sacrificial anodes', 'impressed current cathodic protection', 'corrosion monitoring', 'corrosion inspection', 'corrosion prevention'],
    },
    acronyms: ['ICCP'],
    cpv: ['71337000'],
    related: ['surface-treatment'],
  },
];
