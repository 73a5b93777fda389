import type { ThesaurusConcept } from './thesaurus.types';

/** Engineering, R&D and innovation, test and evaluation, qualification and quality. */
// prettier-ignore
export const ENGINEERING_TESTING_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'engineering',
    terms: {
      fr: ['ingénierie', "prestations d'ingénierie", "société d'ingénierie", 'assistance technique', 'expertise technique', 'conseil technique', 'ingénierie de défense', 'ingénieur', "études d'ingénierie", 'ingénierie industrielle', "bureau d'ingénierie", 'ingénierie pluridisciplinaire', "services d'ingénierie", 'ingénierie et conseil'],
      en: ['engineering', 'engineering services', 'technical assistance', 'engineering consultancy', 'technical expertise', 'technical consultancy', 'engineering firm', 'engineer', 'industrial engineering', 'engineering support', 'engineering and consulting', 'multidisciplinary engineering'],
    },
    cpv: ['71300000', '71356200', '71310000'],
  },
  {
    id: 'design-office',
    terms: {
      fr: ["bureau d'études", 'études techniques', 'études et conception', 'conception assistée par ordinateur', 'dessin industriel', 'dessin assisté par ordinateur', 'conception de produits', 'étude de conception', "bureau d'études techniques", 'études de conception', 'conception industrielle', 'modélisation 3D'],
      en: ['design office', 'engineering office', 'design and engineering', 'computer-aided design', 'technical drawing', 'engineering design', 'design engineering', 'product design', 'detailed design', 'design studies', 'industrial design', '3D modelling', 'CAD design'],
    },
    acronyms: ['CAO', 'DAO', 'CAD', 'CFAO', 'CAD/CAM'],
    cpv: ['71320000', '71335000', '48321000'],
    related: ['engineering'],
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
      fr: ['ingénierie système', 'ingénierie des systèmes', 'architecture système', 'intégration système', 'intégration de systèmes', 'intégrateur', 'ingénierie système basée sur les modèles', 'ingénierie des exigences', 'gestion des exigences', 'architecte système', 'intégration et validation', 'intégration de systèmes complexes', 'architecture de systèmes', 'ingénierie de systèmes complexes', 'conception de systèmes'],
      en: ['systems engineering', 'system architecture', 'systems integration', 'integrator', 'model-based systems engineering', 'requirements engineering', 'requirements management', 'systems architect', 'integration and validation', 'system of systems', 'complex systems integration', 'system design', 'systems design'],
    },
    acronyms: ['MBSE', 'IVVQ', 'SysML'],
    cpv: ['71340000', '72246000', '72227000', '72228000'],
    related: ['engineering'],
  },
  {
    id: 'mechanical-engineering',
    terms: {
      fr: ['génie mécanique', 'mécanique', 'ingénierie mécanique', 'conception mécanique', 'calcul de structures', 'calcul mécanique', 'éléments finis', 'simulation mécanique', 'dimensionnement', 'mécanique des structures', "bureau d'études mécaniques", "bureau d'études mécanique", 'calcul de structure', 'conception mécanique de précision', 'ingénierie mécanique navale'],
      en: ['mechanical engineering', 'mechanical design', 'structural analysis', 'finite element analysis', 'stress analysis', 'mechanics', 'structural engineering', 'structural design', 'mechanical simulation', 'mechanical design office', 'mechanical engineering services', 'structural calculations'],
    },
    acronyms: ['FEA', 'FEM'],
    cpv: ['71333000', '71334000', '71312000'],
    related: ['engineering'],
  },
  {
    id: 'naval-architecture',
    terms: {
      fr: ['architecture navale', 'ingénierie navale', "bureau d'études naval", 'hydrodynamique', 'stabilité du navire', 'architecte naval', 'conception de navires', 'tenue à la mer', 'conception navale', 'calcul de structures navales', 'bassin de carènes', 'essais en bassin'],
      en: ['naval architecture', 'naval engineering', 'marine engineering', 'hydrodynamics', 'ship design', 'naval architect', 'ship stability', 'seakeeping', 'naval design', 'hull design', 'towing tank', 'ship hydrodynamics'],
    },
    cpv: ['71320000', '73424000', '71330000'],
    related: ['shipbuilding', 'engineering'],
  },
  {
    id: 'fluid-thermal',
    terms: {
      fr: ['thermique', 'mécanique des fluides', 'thermodynamique', 'aérodynamique', 'simulation des fluides', 'transferts thermiques', 'gestion thermique', 'climatisation', 'ventilation', 'génie climatique', 'refroidissement', 'simulation thermique', 'calcul thermique', 'refroidissement électronique'],
      en: ['fluid dynamics', 'computational fluid dynamics', 'thermal engineering', 'thermal analysis', 'aerodynamics', 'heat transfer', 'thermal management', 'air conditioning', 'HVAC', 'cooling system', 'fluid mechanics', 'thermal simulation', 'electronics cooling'],
    },
    acronyms: ['CFD', 'CVC'],
    cpv: ['71335000', '71330000', '71333000'],
    related: ['engineering'],
  },
  {
    id: 'rnd',
    role: 'framing',
    terms: {
      fr: ['recherche et développement', 'recherche appliquée', 'développement expérimental', 'laboratoire de recherche', 'recherche fondamentale', 'recherche partenariale', 'recherche collaborative', 'transfert de technologie', 'recherche scientifique', 'activités de recherche', 'recherche technologique', 'laboratoire de recherche appliquée', 'travaux de recherche'],
      en: ['research and development', 'research', 'applied research', 'experimental development', 'research laboratory', 'basic research', 'collaborative research', 'technology transfer', 'research and innovation', 'technological research', 'R&D services', 'research work'],
    },
    acronyms: ['R&D', 'RDI', 'R&D&I'],
    cpv: ['73100000', '73000000', '73110000', '73120000'],
  },
  {
    id: 'defence-rnt',
    role: 'framing',
    terms: {
      fr: ['recherche et technologie', 'recherche de défense', 'recherche militaire', 'études amont', "programme d'études amont", 'recherche duale', 'innovation de défense', 'technologies duales', 'double usage', 'usage dual', 'civil et militaire', 'innovation duale', 'technologie de défense', 'recherche et technologie de défense', 'R&T de défense'],
      en: ['research and technology', 'defence research', 'defense research', 'military research', 'dual-use', 'defence innovation', 'defense innovation', 'upstream studies', 'military research and technology', 'dual-use technology', 'civil-military', 'defence technology', 'defense technology', 'defence R&T'],
    },
    acronyms: ['R&T', 'PEA'],
    cpv: ['73410000', '73400000'],
    related: ['rnd'],
  },
  {
    id: 'funding-calls',
    role: 'framing',
    terms: {
      fr: ['appel à projets', "Agence de l'innovation de défense", 'Fonds européen de la défense', 'ASTRID Maturation', 'subvention', "financement de l'innovation", "appel à manifestation d'intérêt", "régime d'appui pour l'innovation duale", 'projet collaboratif', 'consortium', 'projet de recherche', 'projet de recherche duale', 'appel à projets de recherche'],
      en: ['call for proposals', 'European Defence Fund', 'defence innovation agency', 'grant', 'innovation funding', 'collaborative project', 'call for projects', 'Horizon Europe', 'dual research call', 'research project', 'dual research project'],
    },
    acronyms: ['AID', 'RAPID', 'ASTRID', 'FED', 'EDIDP', 'AMI', 'ANR'],
    cpv: ['73300000', '73400000'],
    related: ['rnd', 'defence-rnt'],
  },
  {
    id: 'innovation',
    terms: {
      fr: ['innovation', 'prototypage', 'prototype', 'démonstrateur', 'démonstrateur technologique', 'preuve de concept', 'maturation technologique', 'étude de faisabilité', 'prototypage rapide', 'innovation technologique', 'start-up', 'jeune entreprise innovante', 'niveau de maturité technologique', 'maturité technologique', 'échelle TRL'],
      en: ['prototyping', 'technology demonstrator', 'demonstrator', 'proof of concept', 'feasibility study', 'technology maturation', 'rapid prototyping', 'technological innovation', 'startup', 'deep tech', 'technology readiness level', 'technology readiness'],
    },
    acronyms: ['POC', 'JEI', 'TRL'],
    cpv: ['73420000', '72244000', '73120000'],
    related: ['rnd'],
  },
  {
    id: 'testing',
    terms: {
      fr: ['essai', 'test', "campagne d'essais", 'essais de recette', 'essais de réception', 'plan de test', "protocole d'essai", "réalisation d'essais", "prestations d'essais", 'essais techniques', 'tests techniques', "réalisation d'essais techniques"],
      en: ['testing', 'trial', 'test campaign', 'acceptance tests', 'test facilities', 'test plan', 'testing services', 'test procedure', 'technical testing', 'test services', 'tests'],
    },
    cpv: ['71632000', '71600000', '73430000'],
    related: ['test-evaluation'],
  },
  {
    id: 'test-evaluation',
    terms: {
      fr: ['essais et évaluation', 'évaluation opérationnelle', 'expérimentation', 'expérimentation opérationnelle', 'essais militaires', "centre d'essais", 'DGA Essais', 'évaluation technique', 'essais de systèmes électroniques militaires', 'essais et évaluation de systèmes militaires', 'évaluation de systèmes électroniques militaires', 'évaluation de matériels militaires', 'expérimentation technico-opérationnelle'],
      en: ['test and evaluation', 'operational evaluation', 'military trials', 'test centre', 'test range', 'operational testing', 'technical evaluation', 'trials and evaluation', 'test and evaluation of military systems', 'military test and evaluation', 'developmental testing'],
    },
    acronyms: ['T&E'],
    cpv: ['73430000', '73436000'],
    related: ['testing'],
  },
  {
    id: 'sea-trials',
    terms: {
      fr: ['essais à la mer', 'essais en mer', 'essais de navires', 'essais navals', 'essais de sous-marins', 'essais à la mer instrumentés', 'instrumentation des essais à la mer', "instrumentation d'essais à la mer", 'mesures en mer', 'essais de recette à la mer', 'essais en mer de drones', "campagne d'essais en mer"],
      en: ['sea trials', 'sea acceptance trials', 'at-sea testing', 'naval trials', 'harbour acceptance trials', 'ship trials', 'sea trials instrumentation', 'sea trial measurements', 'at-sea trials', 'ship acceptance trials', 'trials instrumentation', 'sea testing'],
    },
    cpv: ['73434000', '73430000'],
    related: ['test-evaluation', 'warship'],
  },
  {
    id: 'flight-tests',
    terms: {
      fr: ['essais en vol', "instrumentation d'essais en vol", 'essais aéronautiques', "centre d'essais en vol", "campagne d'essais en vol", 'essais en vol de drones', "instrumentation embarquée d'essais"],
      en: ['flight test', 'flight testing', 'flight test instrumentation', 'aircraft trials', 'flight trials', 'drone flight testing', 'flight test services'],
    },
    cpv: ['73435000'],
    related: ['test-evaluation', 'aeronautics'],
  },
  {
    id: 'qualification',
    terms: {
      fr: ['qualification', 'certification', 'homologation', 'conformité', 'essais de qualification', 'dossier de qualification', 'normes militaires', 'certification de produit', 'évaluation de la conformité', 'certification de type', 'navigabilité', 'qualification militaire', 'qualification de matériels', "qualification d'équipements"],
      en: ['qualification testing', 'type approval', 'compliance', 'military standards', 'conformity assessment', 'product certification', 'type certification', 'airworthiness', 'certification testing', 'military qualification', 'equipment qualification'],
    },
    acronyms: ['MIL-STD', 'STANAG'],
    cpv: ['71631000', '71632000', '71356100', '73430000'],
    related: ['testing'],
  },
  {
    id: 'test-bench',
    terms: {
      fr: ["banc d'essai", 'banc de test', 'banc de mesure', "moyen d'essai", 'équipement de test', 'testeur', 'automate de test', "banc d'essais moteur", 'banc de test automatique', 'banc de validation', "banc d'intégration", 'conception de bancs de test', 'moyens de test', 'banc de tests'],
      en: ['test bench', 'test rig', 'test equipment', 'automatic test equipment', 'test system', 'test station', 'hardware-in-the-loop', 'integration bench', 'test setup', 'special test equipment', 'test bench design', 'test means', 'test benches manufacturing'],
    },
    acronyms: ['ATE'],
    cpv: ['38540000', '38500000', '38900000'],
    related: ['testing'],
  },
  {
    id: 'environmental-testing',
    terms: {
      fr: ["essais d'environnement", 'essais environnementaux', 'essais climatiques', 'essais de vibrations', 'essais de chocs', 'essais mécaniques', 'enceinte climatique', 'chambre climatique', 'pot vibrant', 'essais en brouillard salin', 'essais de tenue', 'cyclage thermique', 'essais en vibration', 'essais vibratoires', 'essais climatiques et vibratoires', 'tests climatiques'],
      en: ['environmental testing', 'climatic testing', 'vibration testing', 'shock testing', 'climatic chamber', 'shaker', 'salt spray testing', 'thermal cycling', 'mechanical testing', 'environmental qualification', 'thermal vacuum testing', 'vibration tests', 'climatic and vibration testing'],
    },
    acronyms: ['MIL-STD-810', 'DO-160'],
    cpv: ['71632000', '73430000', '38540000'],
    related: ['testing', 'qualification'],
  },
  {
    id: 'emc-testing',
    terms: {
      fr: ['essais CEM', 'chambre anéchoïque', 'chambre CEM', 'mesures CEM', 'chambre réverbérante', 'laboratoire CEM', 'essais de compatibilité électromagnétique', 'mesures de rayonnement', 'tests CEM', 'qualification CEM', "mesures d'émissions rayonnées", 'essais de susceptibilité', "essais d'immunité électromagnétique"],
      en: ['EMC testing', 'EMC chamber', 'anechoic chamber', 'EMC test', 'reverberation chamber', 'EMC laboratory', 'radiated emissions testing', 'EMC measurements', 'EMC tests', 'EMC qualification', 'susceptibility testing', 'EMC compliance testing'],
    },
    acronyms: ['MIL-STD-461'],
    cpv: ['73436000', '71632000', '38540000'],
    related: ['emc', 'testing'],
  },
  {
    id: 'test-lab',
    terms: {
      fr: ["laboratoire d'essais", 'laboratoire accrédité', 'ISO 17025', 'accréditation COFRAC', 'laboratoire de mesure', 'analyses en laboratoire', "laboratoire d'analyses", "laboratoire d'étalonnage", 'métrologie', 'étalonnage', 'instrument de mesure', 'appareil de mesure', 'mesures physiques', 'équipement de mesure', 'laboratoire de métrologie'],
      en: ['test laboratory', 'testing laboratory', 'accredited laboratory', 'ISO/IEC 17025', 'laboratory services', 'calibration laboratory', 'laboratory testing', 'metrology', 'calibration', 'measuring instrument', 'measurement equipment', 'test and measurement', 'measurement', 'metrology laboratory'],
    },
    acronyms: ['COFRAC'],
    cpv: ['71900000', '71632000', '38300000', '38500000', '71600000'],
    related: ['testing', 'sensors'],
  },
  {
    id: 'ndt',
    terms: {
      fr: ['contrôle non destructif', 'essais non destructifs', 'ultrasons', 'contrôle par ultrasons', 'radiographie industrielle', 'ressuage', 'magnétoscopie', 'courants de Foucault', 'tomographie industrielle', 'thermographie active', 'contrôles non destructifs', 'inspection par ultrasons'],
      en: ['non-destructive testing', 'non-destructive inspection', 'non-destructive evaluation', 'ultrasonic testing', 'radiographic testing', 'eddy current testing', 'penetrant testing', 'magnetic particle inspection', 'industrial tomography', 'NDT inspection', 'ultrasonic inspection'],
    },
    acronyms: ['CND', 'NDT', 'NDI', 'NDE'],
    cpv: ['71632200', '71630000'],
    related: ['quality-control'],
  },
  {
    id: 'quality-control',
    terms: {
      fr: ['contrôle qualité', 'assurance qualité', 'qualité', 'management de la qualité', 'contrôle dimensionnel', 'métrologie dimensionnelle', 'inspection', 'contrôle de réception', 'système qualité', 'ISO 9001', 'EN 9100', 'AQAP 2110', 'plan qualité', 'contrôle technique'],
      en: ['quality control', 'quality assurance', 'quality management', 'dimensional inspection', 'quality inspection', 'quality management system', 'AS9100', 'incoming inspection', 'quality', 'technical inspection', 'first article inspection'],
    },
    acronyms: ['AQAP', 'QA', 'QC', 'QMS', 'FAI'],
    cpv: ['71731000', '71631000', '71356100'],
    related: ['qualification'],
  },
  {
    id: 'technical-documentation',
    terms: {
      fr: ['documentation technique', 'rédaction technique', 'publications techniques', 'manuels techniques', 'documentation de maintenance', 'notice technique', 'gestion documentaire technique', 'documentation S1000D', 'rédaction de manuels', 'catalogue illustré de pièces'],
      en: ['technical documentation', 'technical writing', 'technical publications', 'technical manuals', 'interactive electronic technical manual', 'maintenance documentation', 'illustrated parts catalogue', 'manual writing', 'technical authoring'],
    },
    acronyms: ['S1000D', 'IETM', 'IETP'],
    cpv: ['71356300', '71356000'],
    related: ['ils'],
  },
  {
    id: 'rams',
    terms: {
      fr: ['sûreté de fonctionnement', 'fiabilité', 'maintenabilité', 'disponibilité opérationnelle', 'analyse de sécurité', 'sécurité fonctionnelle', 'analyse des modes de défaillance', 'analyse de fiabilité', 'études de sûreté de fonctionnement', 'analyse de risques techniques'],
      en: ['reliability', 'dependability', 'reliability, availability, maintainability and safety', 'functional safety', 'safety analysis', 'maintainability', 'failure mode analysis', 'reliability engineering', 'RAMS analysis', 'safety engineering'],
    },
    acronyms: ['RAMS', 'SdF', 'AMDEC', 'FMDS', 'FMECA', 'FMEA'],
    cpv: ['71335000', '71356000', '72225000'],
    related: ['engineering'],
  },
  {
    id: 'project-management',
    terms: {
      fr: ['gestion de projet', 'management de projet', 'conduite de projet', "assistance à maîtrise d'ouvrage", 'pilotage de projet', "maîtrise d'œuvre", 'direction de projet', 'gestion de programme', 'chef de projet', 'ordonnancement', 'planification de projet', 'gestion de projets techniques', 'pilotage de programmes'],
      en: ['project management', 'programme management', 'program management', 'project management consultancy', "owner's engineering", 'project planning', 'project manager', 'project control', 'technical project management', 'programme control'],
    },
    acronyms: ['AMOA', 'AMO', 'PMO', 'MOE'],
    cpv: ['72224000', '71356400', '71310000'],
    related: ['engineering'],
  },
  {
    id: 'corrosion',
    terms: {
      fr: ['corrosion', 'protection cathodique', 'anticorrosion', 'lutte contre la corrosion', 'revêtement anticorrosion', 'protection contre la corrosion', 'traitement anticorrosion', 'protection anticorrosion', 'corrosion marine'],
      en: ['corrosion protection', 'cathodic protection', 'anti-corrosion', 'corrosion engineering', 'corrosion control', 'anticorrosive coating', 'marine corrosion', 'anti-corrosion treatment'],
    },
    cpv: ['71337000'],
    related: ['surface-treatment'],
  },
];
