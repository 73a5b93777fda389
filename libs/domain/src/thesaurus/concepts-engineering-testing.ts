import type { ThesaurusConcept } from './thesaurus.types';

/** Engineering, R&D and innovation, test and evaluation, qualification and quality. */
// prettier-ignore
export const ENGINEERING_TESTING_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'engineering',
    terms: {
      fr: ['ingénierie', "prestations d'ingénierie", "société d'ingénierie", 'assistance technique', 'expertise technique', 'conseil technique', 'ingénierie de défense', 'ingénieur', "études d'ingénierie", 'ingénierie industrielle', "bureau d'ingénierie", 'ingénierie pluridisciplinaire', "services d'ingénierie", 'conseil en ingénierie', 'ingénierie en régie', "externalisation de l'ingénierie", 'ingénieur conseil', "sous-traitance d'ingénierie", "prestataire d'ingénierie", "cabinet d'ingénierie", 'appui technique', 'ingénierie technique', "assistance à l'ingénierie", "mise à disposition d'ingénieurs", 'ingénieurs détachés', 'ingénierie multi-métiers', "expertise d'ingénierie", 'ingénierie généraliste', 'bureau des méthodes', 'ingénierie de production', 'méthodes industrielles', 'ingénieur méthodes'],
      en: ['engineering', 'engineering services', 'technical assistance', 'engineering consultancy', 'technical expertise', 'technical consultancy', 'engineering firm', 'engineer', 'industrial engineering', 'engineering support', 'multidisciplinary engineering', 'engineering consulting', 'engineering outsourcing', 'technical consulting', 'engineering contractor', 'engineering service provider', 'contract engineering', 'engineering expertise', 'engineering staff augmentation', 'engineering resources', 'technical advisory', 'technical advisory services', 'consulting engineers', 'engineering consultants', 'engineering and technical services', 'professional engineering services', 'engineering subcontracting', 'manufacturing engineering'],
    },
    cpv: ['71300000', '71356200', '71310000'],
  },
  {
    id: 'design-office',
    terms: {
      fr: ["bureau d'études", 'études techniques', 'études et conception', 'conception assistée par ordinateur', 'dessin industriel', 'dessin assisté par ordinateur', 'conception de produits', 'études de conception', 'conception industrielle', 'modélisation 3D', 'dessinateur projeteur', 'conception 3D', "bureau d'études techniques", "bureau d'études intégré", "bureau d'études externalisé", 'plans de fabrication', 'mise en plan', 'dessinateur industriel', 'projeteur', 'conception de pièces', 'études de définition', 'cotation fonctionnelle', 'dessin technique', 'modélisation CAO', 'conception CAO', 'CAO 3D', 'études de détail'],
      en: ['design office', 'engineering office', 'design and engineering', 'computer-aided design', 'technical drawing', 'engineering design', 'design engineering', 'product design', 'detailed design', 'design studies', 'industrial design', '3D modelling', 'CATIA', 'SolidWorks', '3D design', 'design bureau', 'CAD design', 'CAD modelling', 'CAD modeling', 'CAD drafting', 'mechanical drafting', 'draughtsman', 'draftsman', 'technical drafting', 'manufacturing drawings', 'engineering drawings', 'concept design', 'CAD services', 'Creo'],
    },
    acronyms: ['CAO', 'DAO', 'CAD', 'CFAO'],
    cpv: ['71320000', '71335000', '48321000'],
    related: ['engineering'],
  },
  {
    id: 'reverse-engineering',
    terms: {
      fr: ['rétro-ingénierie', 'rétroconception', 'reconception', 'reconception de pièces', 'numérisation 3D de pièces', 'reproduction de pièces obsolètes', 'ingénierie inverse', 'rétro-conception', 'scan 3D', 'relevé 3D', 'refabrication de pièces obsolètes', 'reconstitution de plans', 'reconstitution de définition', 'redéfinition de pièces', 'copie de pièces', 'ingénierie à rebours', 'rétrodocumentation', 'reconception de pièces obsolètes', 'numérisation de pièces', 'reproduction de pièces'],
      en: ['reverse engineering', 're-engineering', 'redesign of obsolete parts', '3D scanning of parts', 'part re-creation', '3D scan', 'obsolete part reproduction', 'legacy parts reproduction', 'drawing recovery', 'part digitisation', 'part digitization', 'scan to CAD', 'reverse engineered parts', 'reproduction of obsolete parts', 'reconstruction of drawings', 'redesign of legacy parts'],
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
      fr: ['ingénierie des systèmes', 'intégration de systèmes', 'intégrateur', 'ingénierie système basée sur les modèles', 'ingénierie des exigences', 'gestion des exigences', 'architecte système', 'intégration et validation', 'intégration de systèmes complexes', 'architecture de systèmes', 'ingénierie de systèmes complexes', 'conception de systèmes', 'intégrateur de systèmes', 'ingénieur système', 'IVV', 'intégration, vérification, validation et qualification', 'spécification système', 'spécifications techniques de besoin', 'analyse fonctionnelle', 'cahier des charges fonctionnel', 'traçabilité des exigences', 'ingénierie des interfaces', 'gestion des interfaces', 'système de systèmes', 'Capella', 'Arcadia', 'ingénierie dirigée par les modèles', 'intégration de sous-systèmes', "maîtrise d'œuvre système", 'ingénierie système et logiciel'],
      en: ['systems engineering', 'system architecture', 'systems integration', 'integrator', 'model-based systems engineering', 'requirements engineering', 'requirements management', 'systems architect', 'integration and validation', 'system of systems', 'complex systems integration', 'systems design', 'system integrator', 'systems engineer', 'requirements analysis', 'requirements traceability', 'functional analysis', 'interface management', 'system specification', 'subsystem integration', 'system design authority', 'design authority', 'system-level integration', 'requirements capture', 'IBM DOORS', 'interface control'],
    },
    acronyms: ['MBSE', 'IVVQ', 'SysML'],
    cpv: ['71340000', '72246000', '72227000', '72228000'],
    related: ['engineering'],
  },
  {
    id: 'mechanical-engineering',
    terms: {
      fr: ['génie mécanique', 'mécanique', 'ingénierie mécanique', 'conception mécanique', 'calcul de structures', 'calcul mécanique', 'éléments finis', 'simulation mécanique', 'dimensionnement', 'mécanique des structures', "bureau d'études mécaniques", 'conception mécanique de précision', 'ingénierie mécanique navale', 'calcul de fatigue', 'tenue mécanique', 'calcul par éléments finis', 'analyse par éléments finis', 'ingénieur mécanique', 'ingénieur calcul', 'note de calcul', 'justification mécanique', 'dimensionnement mécanique', 'dimensionnement de structures', 'analyse modale', 'calcul dynamique', 'dynamique des structures', 'mécanique vibratoire', 'calcul au choc', 'conception de mécanismes', 'cinématique'],
      en: ['mechanical engineering', 'mechanical design', 'structural analysis', 'finite element analysis', 'stress analysis', 'mechanics', 'structural engineering', 'structural design', 'mechanical simulation', 'mechanical design office', 'mechanical engineering services', 'structural calculations', 'fatigue analysis', 'mechanical analysis', 'FE analysis', 'stress engineering', 'stress calculations', 'load calculations', 'modal analysis', 'dynamic analysis', 'shock analysis', 'structural dynamics', 'mechanism design', 'mechanical engineer', 'design calculations', 'damage tolerance analysis'],
    },
    acronyms: ['FEA', 'FEM'],
    cpv: ['71333000', '71334000', '71312000'],
    related: ['engineering'],
  },
  {
    id: 'naval-architecture',
    terms: {
      fr: ['architecture navale', 'ingénierie navale', "bureau d'études naval", 'hydrodynamique', 'stabilité du navire', 'architecte naval', 'conception de navires', 'tenue à la mer', 'conception navale', 'calcul de structures navales', 'bassin de carènes', 'essais en bassin', 'essais sur maquette', 'forme de carène', "résistance à l'avancement", 'plans de formes', 'conception de carènes', 'calcul de stabilité', 'étude de stabilité', 'devis de poids', 'devis de masse', 'études hydrodynamiques', 'hydrodynamique navale', 'manœuvrabilité', 'essais de carène', 'essais de remorquage', 'avant-projet de navire', 'ingénieur naval', 'études navales', 'optimisation de carène'],
      en: ['naval architecture', 'naval engineering', 'marine engineering', 'hydrodynamics', 'ship design', 'naval architect', 'ship stability', 'seakeeping', 'naval design', 'hull design', 'towing tank', 'ship hydrodynamics', 'model basin', 'ship model testing', 'hull form optimisation', 'stability calculations', 'intact stability', 'damage stability', 'weight estimate', 'seakeeping analysis', 'manoeuvrability', 'maneuverability', 'resistance and propulsion', 'tank testing', 'ship model basin', 'hydrostatics', 'vessel design'],
    },
    cpv: ['71320000', '73424000', '71330000'],
    related: ['shipbuilding', 'engineering'],
  },
  {
    id: 'fluid-thermal',
    terms: {
      fr: ['thermique', 'mécanique des fluides', 'thermodynamique', 'aérodynamique', 'simulation des fluides', 'transferts thermiques', 'gestion thermique', 'refroidissement', 'simulation thermique', 'calcul thermique', 'refroidissement électronique', 'soufflerie', 'essais en soufflerie', 'aérothermique', 'conception thermique', 'dynamique des fluides numérique', 'aéraulique', 'calcul aérodynamique', 'études thermiques', 'thermique des équipements électroniques', 'dissipation thermique', 'dissipateur thermique', 'caloduc', 'refroidissement liquide', 'thermohydraulique', 'échanges thermiques', 'analyse thermique', 'thermique électronique'],
      en: ['fluid dynamics', 'computational fluid dynamics', 'thermal engineering', 'thermal analysis', 'aerodynamics', 'heat transfer', 'thermal management', 'cooling system', 'fluid mechanics', 'thermal simulation', 'electronics cooling', 'wind tunnel', 'wind tunnel testing', 'aerothermal', 'thermal design', 'airflow analysis', 'heat dissipation', 'heat sink', 'heat pipe', 'liquid cooling', 'cold plate', 'thermofluids', 'aerodynamic analysis', 'aerodynamic testing'],
    },
    acronyms: ['CFD'],
    cpv: ['71335000', '71330000', '71333000'],
    related: ['engineering'],
  },
  {
    id: 'hvac',
    terms: {
      fr: ['climatisation', 'ventilation', 'génie climatique', 'chauffage, ventilation et climatisation', 'traitement d’air', "conditionnement d'air", 'groupe froid', 'production de froid', 'froid industriel', 'climatisation navale', 'centrale de traitement d’air', 'installation frigorifique', 'génie climatique et frigorifique', 'froid et climatisation', 'ventilation mécanique', 'ventilation mécanique contrôlée', 'VMC', "filtration d'air", 'climatiseur', 'climatisation militaire', 'unité de climatisation', 'groupe de climatisation', 'frigoriste', 'génie frigorifique', 'chauffage industriel', 'réfrigération', "production d'eau glacée", 'ventilation navale', 'génie thermique et climatique'],
      en: ['air conditioning', 'HVAC', 'heating, ventilation and air conditioning', 'air handling unit', 'air treatment', 'chiller', 'industrial refrigeration', 'refrigeration system', 'ventilation system', 'marine HVAC', 'shipboard air conditioning', 'environmental control unit', 'air conditioner', 'air conditioning unit', 'military air conditioner', 'chilled water', 'chilled water plant', 'HVAC engineering', 'mechanical ventilation', 'air filtration', 'smoke extraction', 'climate control', 'HVAC&R', 'heating and ventilation', 'naval HVAC', 'ship ventilation'],
    },
    acronyms: ['CVC', 'CTA'],
    cpv: ['71334000', '42900000'],
    related: ['fluid-thermal'],
  },
  {
    id: 'rnd',
    role: 'framing',
    terms: {
      fr: ['recherche et développement', 'recherche appliquée', 'développement expérimental', 'laboratoire de recherche', 'recherche fondamentale', 'recherche partenariale', 'recherche collaborative', 'transfert de technologie', 'recherche scientifique', 'activités de recherche', 'recherche technologique', 'laboratoire de recherche appliquée', 'travaux de recherche', 'recherche et innovation', 'contrat de recherche', 'R&D collaborative', 'projet de R&D', 'programme de R&D', 'travaux de R&D', 'effort de recherche', 'recherche académique', 'laboratoire universitaire', 'laboratoire public', 'partenariat de recherche', 'thèse CIFRE', 'recherche industrielle', 'R&D interne', 'activités de R&D', "crédit d'impôt recherche", 'valorisation de la recherche'],
      en: ['research and development', 'research', 'applied research', 'experimental development', 'research laboratory', 'basic research', 'collaborative research', 'technology transfer', 'research and innovation', 'technological research', 'R&D services', 'research work', 'R&D project', 'R&D programme', 'R&D program', 'research programme', 'research program', 'academic research', 'university laboratory', 'research partnership', 'industrial research', 'exploratory research', 'fundamental research', 'research institute', 'research centre', 'research center'],
    },
    acronyms: ['R&D', 'RDI', 'R&D&I', 'CIFRE'],
    cpv: ['73100000', '73000000', '73110000', '73120000'],
  },
  {
    id: 'defence-rnt',
    role: 'framing',
    terms: {
      fr: ['recherche et technologie', 'recherche de défense', 'recherche militaire', 'études amont', "programme d'études amont", 'recherche duale', 'innovation de défense', 'technologies duales', 'double usage', 'usage dual', 'civil et militaire', 'innovation duale', 'technologie de défense', 'recherche et technologie de défense', 'R&T de défense', 'applications duales', 'dualité civilo-militaire', 'civilo-militaire', 'R&D de défense', 'recherche de défense et de sécurité', 'recherche amont', 'technologies militaires', 'transfert civil-militaire', 'études prospectives de défense', 'études amont DGA', 'innovation de défense et de sécurité', 'technologies de souveraineté', 'recherche à finalité militaire'],
      en: ['research and technology', 'defence research', 'defense research', 'military research', 'dual-use', 'defence innovation', 'defense innovation', 'upstream studies', 'dual-use technology', 'civil-military', 'defence technology', 'defense technology', 'dual-use applications', 'defence R&T', 'defence R&D', 'defense R&D', 'military R&D', 'dual-purpose', 'dual purpose technology', 'defence applications', 'defense applications', 'spin-in', 'spin-off', 'defence science and technology', 'defense science and technology', 'military technology', 'emerging defence technologies', 'defence S&T', 'defense S&T'],
    },
    acronyms: ['R&T', 'PEA'],
    cpv: ['73410000', '73400000'],
    related: ['rnd'],
  },
  {
    id: 'funding-calls',
    role: 'framing',
    terms: {
      fr: ['appel à projets', "Agence de l'innovation de défense", 'Fonds européen de la défense', 'ASTRID Maturation', 'subvention', "financement de l'innovation", "appel à manifestation d'intérêt", "régime d'appui pour l'innovation duale", 'projet collaboratif', 'consortium', 'projet de recherche', 'France 2030', 'Bpifrance', 'appel à candidatures', 'appel à propositions', "aide à l'innovation", 'aide à la R&D', 'subvention de recherche', 'financement public', 'programme européen', 'Pacte Défense PME', 'Programme européen de développement industriel dans le domaine de la défense', 'DGA Innovation', "concours d'innovation", 'i-Nov', 'Definvest', 'Fonds Innovation Défense', "programme d'investissements d'avenir"],
      en: ['call for proposals', 'European Defence Fund', 'defence innovation agency', 'grant', 'innovation funding', 'collaborative project', 'call for projects', 'Horizon Europe', 'dual research call', 'research project', 'European Defense Fund', 'funding call', 'call for applications', 'grant funding', 'research grant', 'innovation grant', 'funding opportunity', 'public funding', 'EU funding', 'Defence Innovation Accelerator', 'DIANA', 'NATO Innovation Fund', 'EDF call', 'European Defence Industrial Development Programme', 'SBIR'],
    },
    acronyms: ['AID', 'RAPID', 'ASTRID', 'FED', 'EDIDP', 'AMI', 'ANR'],
    cpv: ['73300000', '73400000'],
    related: ['rnd', 'defence-rnt'],
  },
  {
    id: 'platform-access',
    role: 'framing',
    terms: {
      fr: ['accès plateforme', 'accès à la plateforme', 'ouverture de plateforme', 'accès aux moyens', "accès aux moyens d'essais", "mise à disposition de moyens d'essais", "accès aux installations d'essais", "accès à un centre d'essais", 'ouverture des moyens', "accès au banc d'essai", 'accès aux équipements', 'mise à disposition de moyens', "mise à disposition d'équipements", 'mise à disposition de plateformes', "location de moyens d'essais", "location de banc d'essai", 'ouverture de plateformes technologiques', 'accès à une plateforme technologique', 'plateforme technologique ouverte', 'accès aux infrastructures de recherche', 'accès aux infrastructures', 'accès aux laboratoires', 'accès à un champ de tir', 'accès à un polygone', 'accès au bassin', 'accès à la soufflerie', "créneaux d'essais", "accueil d'essais", "hébergement d'essais", 'accès aux moyens de calcul'],
      en: ['platform access', 'access to the platform', 'facility access', 'access to facilities', 'test facility access', 'access to test facilities', 'test-bed access', 'test bed access', 'test range access', 'range access', 'access to test ranges', 'access to equipment', 'equipment access', 'test facility rental', 'rental of test facilities', 'test bench rental', 'infrastructure access', 'research infrastructure access', 'transnational access', 'laboratory access', 'access to laboratories', 'open access facility', 'user facility', 'test slots', 'range time', 'facility hire', 'hire of test facilities', 'shared test facility', 'open test bed', 'access to wind tunnel'],
    },
    cpv: ['71632000', '73430000'],
    related: ['testing'],
  },
  {
    id: 'innovation',
    terms: {
      fr: ['innovation', 'prototypage', 'prototype', 'démonstrateur', 'preuve de concept', 'maturation technologique', 'étude de faisabilité', 'innovation technologique', 'start-up', 'jeune entreprise innovante', 'niveau de maturité technologique', 'maturité technologique', 'échelle TRL', 'maquette fonctionnelle', 'démonstration technologique', 'démonstrateur technologique', 'prototype fonctionnel', 'réalisation de prototypes', 'fabrication de prototypes', 'prototypage rapide', 'preuve de faisabilité', 'validation de concept', 'démonstration de faisabilité', 'étude exploratoire', 'projet innovant', 'entreprise innovante', 'PME innovante', 'jeune pousse', 'innovation de rupture', 'technologie de rupture'],
      en: ['prototyping', 'technology demonstrator', 'demonstrator', 'proof of concept', 'feasibility study', 'technology maturation', 'rapid prototyping', 'technological innovation', 'startup', 'deep tech', 'technology readiness level', 'technology readiness', 'technology demonstration', 'prototype development', 'prototype manufacturing', 'working prototype', 'functional prototype', 'proof of feasibility', 'concept demonstrator', 'breakthrough innovation', 'disruptive innovation', 'disruptive technology', 'innovative SME', 'spin-off company', 'incubator', 'TRL maturation'],
    },
    acronyms: ['POC', 'JEI', 'TRL'],
    cpv: ['73420000', '72244000', '73120000'],
    related: ['rnd'],
  },
  {
    id: 'testing',
    terms: {
      fr: ['essai', 'test', "campagne d'essais", 'essais de recette', 'essais de réception', 'plan de test', "protocole d'essai", "réalisation d'essais", "prestations d'essais", 'essais techniques', 'essais fonctionnels', 'tests fonctionnels', "essais d'endurance", 'essais de validation', 'recette usine', 'essais de performance', 'recette sur site', 'tests de recette', 'tests de réception', 'réception usine', 'essais sur site', 'tests de validation', 'tests et essais', 'essais de fonctionnement', 'essais de charge', 'essais de durée de vie', 'essais de vieillissement', 'vieillissement accéléré', 'ingénieur essais', "technicien d'essais", 'ingénierie des essais'],
      en: ['testing', 'trial', 'test campaign', 'acceptance tests', 'test facilities', 'test plan', 'testing services', 'test procedure', 'technical testing', 'test services', 'functional testing', 'endurance testing', 'validation tests', 'factory acceptance tests', 'site acceptance tests', 'performance testing', 'durability testing', 'life testing', 'accelerated life testing', 'accelerated ageing', 'accelerated aging', 'test engineering', 'test engineer', 'test report', 'test execution', 'commissioning tests', 'type testing'],
    },
    cpv: ['71632000', '71600000', '73430000'],
    related: ['test-evaluation'],
  },
  {
    id: 'test-evaluation',
    terms: {
      fr: ['essais et évaluation', 'évaluation opérationnelle', 'expérimentation', 'expérimentation opérationnelle', 'essais militaires', "centre d'essais", 'DGA Essais', 'évaluation technique', 'essais de systèmes électroniques militaires', 'évaluation de systèmes électroniques militaires', 'évaluation de matériels militaires', 'expérimentation technico-opérationnelle', "polygone d'essais", "site d'essais", 'essais terrain', 'essais opérationnels', 'essais en conditions opérationnelles', 'essais en conditions réelles', 'expérimentation terrain', 'expérimentation en conditions réelles', 'démonstration opérationnelle', 'évaluation tactique', "centre d'expertise et d'essais", 'DGA Techniques terrestres', 'DGA Techniques navales', "terrain d'essais", "zone d'essais", "base d'essais", "campagne d'expérimentation", 'expérimentation tactique'],
      en: ['test and evaluation', 'operational evaluation', 'military trials', 'test centre', 'test range', 'operational testing', 'technical evaluation', 'trials and evaluation', 'military test and evaluation', 'developmental testing', 'proving ground', 'test site', 'field trials', 'field testing', 'operational test and evaluation', 'developmental test and evaluation', 'DT&E', 'OT&E', 'field evaluation', 'field experimentation', 'operational experimentation', 'firing trials', 'trials range', 'range testing', 'military test range'],
    },
    acronyms: ['T&E'],
    cpv: ['73430000', '73436000'],
    related: ['testing'],
  },
  {
    id: 'sea-trials',
    terms: {
      fr: ['essais à la mer', 'essais en mer', 'essais de navires', 'essais navals', 'essais de sous-marins', 'essais à la mer instrumentés', 'instrumentation des essais à la mer', "instrumentation d'essais à la mer", 'mesures en mer', 'essais de recette à la mer', 'essais en mer de drones', "campagne d'essais en mer", 'essais à quai', 'essais constructeur', 'recette à la mer', 'essais de réception en mer', "sortie d'essais", 'sorties à la mer', 'essais de vitesse', 'essais de manœuvrabilité', 'essais de giration', 'essais portuaires', 'essais au port', 'essais en rade', "essais d'endurance à la mer", 'essais officiels', 'essais de réception de navires'],
      en: ['sea trials', 'sea acceptance trials', 'at-sea testing', 'naval trials', 'harbour acceptance trials', 'ship trials', 'sea trials instrumentation', 'sea trial measurements', 'at-sea trials', 'ship acceptance trials', 'trials instrumentation', 'sea testing', 'harbor acceptance trials', 'harbour trials', 'dockside trials', 'builder trials', 'sea acceptance tests', 'contractor sea trials', 'maneuvering trials', 'manoeuvring trials', 'speed trials', 'endurance trials', 'trials at sea', 'sea tests', 'vessel trials', 'first of class trials', 'shipboard trials', 'harbour acceptance tests', 'harbor acceptance tests', 'harbor trials'],
    },
    cpv: ['73434000', '73430000'],
    related: ['test-evaluation', 'warship'],
  },
  {
    id: 'flight-tests',
    terms: {
      fr: ['essais en vol', "instrumentation d'essais en vol", 'essais aéronautiques', "centre d'essais en vol", "campagne d'essais en vol", 'essais en vol de drones', "instrumentation embarquée d'essais", 'essais de navigabilité', "télémesure d'essais", 'essais aéroportés', "pilote d'essai", 'essais de largage', "ingénierie d'essais en vol", 'essais au sol et en vol', "vols d'essais", 'campagne de vols', 'essais de tir air-sol', 'essais de séparation', 'essais de vibration au sol', "vol d'évaluation", "espace aérien d'essais", 'ouverture du domaine de vol', 'DGA Essais en vol', 'essais en vol instrumentés'],
      en: ['flight test', 'flight testing', 'flight test instrumentation', 'aircraft trials', 'flight trials', 'drone flight testing', 'flight test services', 'flight test campaign', 'flight test telemetry', 'airborne trials', 'test pilot', 'release trials', 'flight test engineering', 'ground and flight tests', 'test flight', 'ground vibration testing', 'GVT', 'store separation testing', 'air-to-ground firing trials', 'test flying', 'flight envelope expansion', 'envelope expansion', 'flight trials range'],
    },
    cpv: ['73435000'],
    related: ['test-evaluation', 'aeronautics'],
  },
  {
    id: 'qualification',
    terms: {
      fr: ['qualification', 'certification', 'homologation', 'conformité', 'essais de qualification', 'dossier de qualification', 'normes militaires', 'certification de produit', 'évaluation de la conformité', 'certification de type', 'qualification militaire', 'qualification de matériels', "qualification d'équipements", 'marquage CE', 'qualification produit', 'essais de certification', 'certification militaire', 'homologation militaire', 'normes STANAG', 'conformité aux normes', 'certification aéronautique', 'dossier de certification', 'justification de conformité', 'déclaration de conformité', 'qualification de procédés', 'qualification fournisseur', 'homologation de produits', 'qualification spatiale', 'qualification aéronautique'],
      en: ['qualification testing', 'type approval', 'compliance', 'military standards', 'conformity assessment', 'product certification', 'type certification', 'airworthiness', 'certification testing', 'military qualification', 'equipment qualification', 'CE marking', 'military certification', 'airworthiness certification', 'certification support', 'compliance testing', 'declaration of conformity', 'qualification file', 'qualification dossier', 'qualification campaign', 'process qualification', 'supplier qualification', 'space qualification', 'space-qualified', 'ECSS', 'Part 21', 'EASA certification'],
    },
    acronyms: ['MIL-STD', 'STANAG', 'MIL-SPEC'],
    cpv: ['71631000', '71632000', '71356100', '73430000'],
    related: ['testing'],
  },
  {
    id: 'test-bench',
    terms: {
      fr: ["banc d'essai", 'banc de test', 'banc de mesure', "moyen d'essai", 'équipement de test', 'testeur', 'automate de test', "banc d'essais moteur", 'banc de test automatique', 'banc de validation', "banc d'intégration", 'conception de bancs de test', 'moyens de test', 'banc de contrôle', 'banc HIL', 'équipement de test automatique', 'testeur automatique', "équipement d'essai", 'matériel de test', "matériel d'essai", 'banc de recette', "banc d'endurance", 'banc moteur', 'banc de rodage', 'banc de test électrique', 'testeur de cartes'],
      en: ['test bench', 'test rig', 'test equipment', 'automatic test equipment', 'test system', 'test station', 'hardware-in-the-loop', 'integration bench', 'test setup', 'special test equipment', 'test bench design', 'test means', 'test benches manufacturing', 'test fixture', 'test stand', 'test cell', 'engine test cell', 'engine test bench', 'automated test equipment', 'automated test system', 'automatic test system', 'board tester', 'in-circuit test', 'in-circuit tester', 'functional tester', 'flying probe'],
    },
    acronyms: ['ATE', 'HIL'],
    cpv: ['38540000', '38500000', '38900000'],
    related: ['testing'],
  },
  {
    id: 'environmental-testing',
    terms: {
      fr: ["essais d'environnement", 'essais environnementaux', 'essais climatiques', 'essais de vibrations', 'essais de chocs', 'essais mécaniques', 'enceinte climatique', 'chambre climatique', 'pot vibrant', 'essais en brouillard salin', 'essais de tenue', 'cyclage thermique', 'essais vibratoires', 'tests climatiques', 'essais de chute', "essais d'étanchéité", 'qualification environnementale', 'essais thermiques', 'essais en température', 'étuve', "essais d'humidité", 'essais de vieillissement climatique', 'chocs thermiques', 'vide thermique', 'essais sous vide thermique', 'essais de pression', "essais d'altitude", 'caisson altimétrique', 'essais IP', 'essais sable et poussière', "essais d'immersion"],
      en: ['environmental testing', 'climatic testing', 'vibration testing', 'shock testing', 'climatic chamber', 'shaker', 'salt spray testing', 'thermal cycling', 'mechanical testing', 'environmental qualification', 'thermal vacuum testing', 'vibration tests', 'drop testing', 'thermal shock testing', 'thermal shock', 'humidity testing', 'damp heat testing', 'altitude testing', 'altitude chamber', 'thermal vacuum chamber', 'vacuum chamber', 'temperature testing', 'temperature chamber', 'environmental chamber', 'environmental test chamber', 'shaker table', 'electrodynamic shaker'],
    },
    acronyms: ['MIL-STD-810', 'DO-160'],
    cpv: ['71632000', '73430000', '38540000'],
    related: ['testing', 'qualification'],
  },
  {
    // Acoustics as an engineering trade (noise and vibration of platforms, acoustic measurement and
    // treatment); underwater acoustics and ship signature are their own concepts and win on their words.
    id: 'acoustics',
    terms: {
      fr: ['acoustique', 'ingénierie acoustique', 'vibroacoustique', 'acoustique et vibrations', 'bruit et vibrations', 'mesure acoustique', 'essais acoustiques', 'étude acoustique', 'modélisation acoustique', 'réduction du bruit', 'traitement acoustique', 'isolation acoustique', 'acousticien'],
      en: ['acoustics', 'acoustic engineering', 'vibro-acoustics', 'vibroacoustics', 'noise and vibration', 'acoustic measurement', 'acoustic testing', 'acoustic study', 'acoustic modelling', 'noise reduction', 'noise control', 'acoustic treatment', 'acoustic insulation', 'acoustician'],
    },
    cpv: ['71313100', '71313200', '71632000'],
    related: ['underwater-acoustics', 'ship-signature', 'environmental-testing'],
  },
  {
    id: 'emc-testing',
    terms: {
      fr: ['essais CEM', 'chambre anéchoïque', 'chambre CEM', 'mesures CEM', 'chambre réverbérante', 'laboratoire CEM', 'essais de compatibilité électromagnétique', 'mesures de rayonnement', 'tests CEM', 'qualification CEM', "mesures d'émissions rayonnées", 'essais de susceptibilité', "essais d'immunité électromagnétique", 'cage de Faraday', 'essais foudre', 'chambre sourde', 'chambre semi-anéchoïque', 'cellule TEM', 'cellule GTEM', 'site de mesure en champ libre', 'susceptibilité rayonnée', 'susceptibilité conduite', 'immunité rayonnée', 'immunité conduite', 'essais de décharges électrostatiques', 'essais IEMN', 'essais IEM', 'effets indirects de la foudre'],
      en: ['EMC testing', 'EMC chamber', 'anechoic chamber', 'EMC test', 'reverberation chamber', 'EMC laboratory', 'radiated emissions testing', 'EMC measurements', 'EMC tests', 'EMC qualification', 'susceptibility testing', 'EMC compliance testing', 'Faraday cage', 'lightning testing', 'conducted emissions testing', 'electromagnetic compatibility testing', 'EMI testing', 'electromagnetic interference testing', 'semi-anechoic chamber', 'TEM cell', 'GTEM cell', 'open area test site', 'OATS', 'conducted emissions', 'radiated emissions', 'radiated susceptibility', 'conducted susceptibility', 'radiated immunity', 'conducted immunity'],
    },
    acronyms: ['MIL-STD-461'],
    cpv: ['73436000', '71632000', '38540000'],
    related: ['emc', 'testing'],
  },
  {
    id: 'test-lab',
    terms: {
      fr: ["laboratoire d'essais", 'laboratoire accrédité', 'ISO 17025', 'accréditation COFRAC', 'laboratoire de mesure', 'analyses en laboratoire', "laboratoire d'analyses", 'analyses physico-chimiques', 'analyse chimique', 'laboratoire indépendant', 'analyse de défaillance', 'expertise de défaillance', 'essais de matériaux', "laboratoire d'expertise", 'laboratoire de caractérisation', 'laboratoire de contrôle', 'laboratoire matériaux', 'laboratoire de physico-chimie', 'analyses de matériaux', 'essais de traction', 'essais de dureté', 'essais de résilience', 'essais de fatigue', 'métallographie', 'analyse métallographique', 'microscopie électronique', 'microscope électronique à balayage', 'MEB', 'chromatographie', 'fractographie', 'analyse de rupture'],
      en: ['test laboratory', 'testing laboratory', 'accredited laboratory', 'ISO/IEC 17025', 'laboratory services', 'laboratory testing', 'independent laboratory', 'chemical analysis', 'failure analysis', 'materials testing', 'UKAS accredited laboratory', 'test lab', 'testing lab', 'test house', 'accredited test laboratory', 'materials lab', 'tensile testing', 'hardness testing', 'impact testing', 'fatigue testing', 'metallography', 'metallographic analysis', 'scanning electron microscopy', 'fractography', 'failure investigation', 'chemical testing', 'physicochemical analysis', 'analytical laboratory'],
    },
    acronyms: ['COFRAC'],
    cpv: ['71900000', '71632000', '38300000', '38500000', '71600000'],
    related: ['testing', 'sensors'],
  },
  {
    id: 'metrology',
    terms: {
      fr: ['métrologie', 'étalonnage', 'instrument de mesure', 'appareil de mesure', 'mesures physiques', 'équipement de mesure', 'laboratoire de métrologie', "laboratoire d'étalonnage", 'raccordement métrologique', 'vérification périodique des instruments', "étalonnage d'instruments", 'métrologie industrielle', 'fonction métrologie', "vérification d'instruments", 'vérification des instruments de mesure', 'étalonnage accrédité', "certificat d'étalonnage", 'raccordement aux étalons', 'étalon de mesure', 'incertitude de mesure', 'métrologue', 'métrologie légale', 'métrologie électrique', 'étalonnage électrique', 'étalonnage de capteurs', "gestion du parc d'instruments", 'gestion de parc métrologique', 'matériel de mesure', 'matériel de métrologie', 'mesure et instrumentation'],
      en: ['calibration laboratory', 'metrology', 'calibration', 'measuring instrument', 'measurement equipment', 'test and measurement', 'measurement', 'metrology laboratory', 'instrument calibration', 'calibration services', 'industrial metrology', 'gauge calibration', 'measuring equipment', 'calibration lab', 'accredited calibration', 'calibration certificate', 'measurement uncertainty', 'metrologist', 'legal metrology', 'electrical calibration', 'sensor calibration', 'instrument verification', 'measurement standards', 'reference standards', 'traceable calibration', 'T&M', 'measurement systems', 'measurement system analysis', 'gauge R&R', 'gage calibration'],
    },
    cpv: ['38300000', '71900000', '38500000'],
    related: ['test-lab'],
  },
  {
    id: 'ndt',
    terms: {
      fr: ['contrôle non destructif', 'essais non destructifs', 'ultrasons', 'contrôle par ultrasons', 'radiographie industrielle', 'ressuage', 'magnétoscopie', 'courants de Foucault', 'tomographie industrielle', 'thermographie active', 'inspection par ultrasons', 'shearographie', 'examen non destructif', 'radiographie X', 'radiographie numérique', 'gammagraphie', 'contrôle radiographique', 'ultrasons multiéléments', 'ultrasons multi-éléments', 'contrôle magnétoscopique', 'contrôle visuel', 'endoscopie industrielle', 'vidéoscopie', 'émission acoustique', "mesure d'épaisseur par ultrasons"],
      en: ['non-destructive testing', 'non-destructive inspection', 'non-destructive evaluation', 'ultrasonic testing', 'radiographic testing', 'eddy current testing', 'penetrant testing', 'magnetic particle inspection', 'industrial tomography', 'NDT inspection', 'shearography', 'ultrasonic inspection', 'nondestructive testing', 'nondestructive inspection', 'non-destructive examination', 'visual inspection', 'borescope inspection', 'boroscope', 'industrial endoscopy', 'videoscope inspection', 'acoustic emission testing', 'acoustic emission', 'time of flight diffraction', 'digital radiography', 'computed radiography'],
    },
    acronyms: ['CND', 'NDT', 'NDI', 'NDE', 'PAUT', 'TOFD', 'COFREND'],
    cpv: ['71632200', '71630000'],
    related: ['quality-control'],
  },
  {
    id: 'quality-control',
    terms: {
      fr: ['contrôle qualité', 'assurance qualité', 'qualité', 'management de la qualité', 'inspection', 'contrôle de réception', 'système qualité', 'ISO 9001', 'EN 9100', 'AQAP 2110', 'plan qualité', 'audit qualité', 'gestion des non-conformités', 'EN9100', 'qualiticien', 'responsable qualité', 'ingénieur qualité', 'technicien qualité', 'contrôle final', 'contrôle en cours de fabrication', 'autocontrôle', 'inspection qualité', "contrôle d'entrée", 'démarche qualité', 'EN 9120', 'AQAP 2310', 'assurance produit', 'maîtrise de la qualité', 'amélioration continue'],
      en: ['quality control', 'quality assurance', 'quality management', 'quality inspection', 'quality management system', 'AS9100', 'incoming inspection', 'quality', 'technical inspection', 'first article inspection', 'quality audit', 'non-conformance management', 'product assurance', 'quality engineer', 'quality engineering', 'quality manager', 'quality inspector', 'final inspection', 'in-process inspection', 'quality plan', 'inspection and test plan', 'continuous improvement', 'corrective action', 'CAPA', 'supplier quality'],
    },
    acronyms: ['AQAP', 'QA', 'QC', 'QMS', 'FAI'],
    cpv: ['71731000', '71631000', '71356100'],
    related: ['qualification'],
  },
  {
    id: 'dimensional-inspection',
    terms: {
      fr: ['contrôle dimensionnel', 'métrologie dimensionnelle', 'machine de mesure tridimensionnelle', 'mesure tridimensionnelle', 'contrôle tridimensionnel', 'bras de mesure', 'mesure 3D', 'contrôle géométrique', 'métrologie 3D', 'mesure dimensionnelle', 'machine à mesurer tridimensionnelle', 'machine à mesurer', 'machine de mesure 3D', 'contrôle par scanner 3D', 'contrôle optique', 'projecteur de profil', 'colonne de mesure', 'rugosimétrie', 'mesure de rugosité', 'état de surface', 'mesure de planéité', 'métrologie tridimensionnelle', 'mesure sans contact', 'contrôle de cotes', 'relevé dimensionnel', 'tracker laser'],
      en: ['dimensional inspection', 'dimensional metrology', 'coordinate measuring machine', '3D measurement', 'laser tracker', 'measuring arm', '3D metrology', 'dimensional measurement', 'coordinate measurement', 'coordinate metrology', 'optical measurement', 'non-contact measurement', 'photogrammetry', 'surface roughness measurement', 'roughness measurement', 'profile projector', 'height gauge', 'geometric inspection', '3D scanning inspection', 'laser scanning inspection', 'dimensional control', 'dimensional checks', 'dimensional report', 'GD&T inspection', 'flatness measurement', 'gauging'],
    },
    acronyms: ['MMT', 'CMM'],
    cpv: ['71631000', '38300000'],
    related: ['quality-control', 'metrology'],
  },
  {
    id: 'technical-documentation',
    terms: {
      fr: ['documentation technique', 'rédaction technique', 'publications techniques', 'manuels techniques', 'documentation de maintenance', 'notice technique', 'gestion documentaire technique', 'documentation S1000D', 'rédaction de manuels', 'catalogue illustré de pièces', 'rédacteur technique', 'illustration technique', 'traduction technique', 'documentation technique interactive', 'publications techniques interactives', 'manuel utilisateur', "manuel d'utilisation", 'manuel de maintenance', "notice d'utilisation", 'guide utilisateur', 'documentation utilisateur', 'rédaction de notices', 'rédaction de documentation', 'catalogue de pièces', 'documentation opérationnelle', "documentation d'exploitation", "manuel d'exploitation", 'infographie technique', 'ingénierie documentaire'],
      en: ['technical documentation', 'technical writing', 'technical publications', 'technical manuals', 'interactive electronic technical manual', 'maintenance documentation', 'illustrated parts catalogue', 'manual writing', 'technical authoring', 'technical writer', 'technical illustration', 'technical translation', 'user manual', 'operator manual', 'user guide', 'user documentation', 'operating manual', 'operation and maintenance manual', 'O&M manual', 'maintenance manual', 'instruction manual', 'tech pubs', 'parts catalogue', 'parts catalog', 'illustrated parts catalog', 'data modules', 'CSDB'],
    },
    acronyms: ['S1000D', 'IETM', 'IETP'],
    cpv: ['71356300', '71356000'],
    related: ['ils'],
  },
  {
    id: 'rams',
    terms: {
      fr: ['sûreté de fonctionnement', 'fiabilité', 'maintenabilité', 'disponibilité opérationnelle', 'analyse de sécurité', 'sécurité fonctionnelle', 'analyse des modes de défaillance', 'analyse de fiabilité', 'études de sûreté de fonctionnement', 'analyse de risques techniques', 'arbre de défaillances', 'analyse préliminaire des risques', 'analyse de criticité', 'étude de fiabilité', 'prévision de fiabilité', 'prédiction de fiabilité', 'calcul de fiabilité', 'analyse de maintenabilité', 'étude de maintenabilité', 'analyse de disponibilité', 'ingénieur fiabilité', "niveau d'intégrité de sécurité", 'IEC 61508', 'EN 50126', 'ISO 26262', 'arbre des causes', 'analyse HAZOP'],
      en: ['reliability', 'dependability', 'reliability, availability, maintainability and safety', 'functional safety', 'safety analysis', 'maintainability', 'failure mode analysis', 'reliability engineering', 'RAMS analysis', 'safety engineering', 'fault tree analysis', 'reliability analysis', 'reliability prediction', 'reliability assessment', 'availability analysis', 'maintainability analysis', 'criticality analysis', 'failure modes and effects analysis', 'failure modes, effects and criticality analysis', 'hazard analysis', 'hazard log', 'safety case', 'safety assessment', 'system safety', 'safety integrity level'],
    },
    acronyms: ['RAMS', 'SdF', 'AMDEC', 'FMDS', 'FMECA', 'FMEA', 'MTBF', 'AMDE'],
    cpv: ['71335000', '71356000', '72225000'],
    related: ['engineering'],
  },
  {
    id: 'project-management',
    terms: {
      fr: ['gestion de projet', 'management de projet', 'conduite de projet', "assistance à maîtrise d'ouvrage", 'pilotage de projet', "maîtrise d'œuvre", 'direction de projet', 'gestion de programme', 'chef de projet', 'ordonnancement', 'planification de projet', 'gestion de projets techniques', 'pilotage de programmes', 'management de programme', 'chefferie de projet', 'direction de programme', 'coordination de projet', 'maîtrise des coûts', 'maîtrise des délais', 'contrôle de projet', 'planning projet', 'planificateur', 'bureau de projet', 'gestion de portefeuille de projets', 'directeur de projet', 'directeur de programme', 'gestion de la valeur acquise', 'organigramme des tâches', 'organigramme technique'],
      en: ['project management', 'programme management', 'program management', 'project management consultancy', "owner's engineering", 'project planning', 'project manager', 'project control', 'technical project management', 'programme control', 'project scheduling', 'project engineering', 'project coordination', 'project delivery', 'programme delivery', 'program delivery', 'project office', 'project management office', 'portfolio management', 'earned value management', 'EVM', 'schedule management', 'planning and scheduling', 'programme manager', 'program manager', 'programme director'],
    },
    acronyms: ['AMOA', 'AMO', 'PMO', 'MOE', 'PRINCE2'],
    cpv: ['72224000', '71356400', '71310000'],
    related: ['engineering'],
  },
  {
    id: 'configuration-management',
    terms: {
      fr: ['gestion de configuration', 'maîtrise de la configuration', 'suivi de configuration', 'gestion des modifications techniques', 'gestion des faits techniques', 'dossier de définition', 'gestion des données techniques', 'gestion du cycle de vie produit', 'gestion des évolutions techniques', 'gestion des modifications', 'maîtrise des modifications', 'gestion des évolutions', 'demande de modification', 'fiche de modification', 'comité de contrôle de configuration', 'état de configuration', 'état de définition', 'référentiel de configuration', 'configuration de référence', 'article de configuration', 'gestion des nomenclatures', 'gestion des données produit', 'revue de configuration', 'identification de configuration', 'maîtrise des données techniques', 'Windchill', 'Teamcenter', '3DEXPERIENCE', 'ENOVIA', 'ingénierie de configuration'],
      en: ['configuration management', 'configuration control', 'engineering change management', 'product data management', 'product lifecycle management', 'technical data management', 'configuration status accounting', 'engineering change control', 'change control board', 'configuration control board', 'engineering change request', 'engineering change order', 'ECR', 'configuration audit', 'configuration baseline', 'configuration item', 'configuration identification', 'bill of materials', 'BOM management', 'EIA-649', 'MIL-HDBK-61', 'technical data package', 'change management board'],
    },
    acronyms: ['PLM', 'PDM'],
    cpv: ['72224000', '71356000'],
    related: ['project-management', 'systems-engineering'],
  },
  {
    id: 'corrosion',
    terms: {
      fr: ['corrosion', 'protection cathodique', 'anticorrosion', 'lutte contre la corrosion', 'revêtement anticorrosion', 'protection contre la corrosion', 'traitement anticorrosion', 'protection anticorrosion', 'corrosion marine', 'anodes sacrificielles', 'protection cathodique par courant imposé', 'surveillance de la corrosion', 'expertise corrosion', 'biocorrosion', 'traitement de la corrosion', 'prévention de la corrosion', 'maîtrise de la corrosion', 'inspection corrosion', 'ingénierie de la corrosion', 'ingénieur corrosion', 'étude de corrosion', 'essais de corrosion', 'corrosion galvanique', 'corrosion sous contrainte', 'corrosion atmosphérique', 'corrosion bactérienne', 'anodes zinc', 'anodes aluminium', 'traitement anti-rouille', 'antirouille'],
      en: ['corrosion protection', 'cathodic protection', 'anti-corrosion', 'corrosion engineering', 'corrosion control', 'anticorrosive coating', 'marine corrosion', 'anti-corrosion treatment', 'sacrificial anodes', 'impressed current cathodic protection', 'corrosion monitoring', 'corrosion inspection', 'corrosion prevention', 'corrosion management', 'corrosion testing', 'corrosion survey', 'corrosion mitigation', 'rust prevention', 'rust removal', 'rust protection', 'galvanic corrosion', 'stress corrosion cracking', 'microbiologically influenced corrosion', 'zinc anodes', 'aluminium anodes', 'corrosion engineer', 'NACE', 'AMPP', 'anti-corrosion coating'],
    },
    acronyms: ['ICCP'],
    cpv: ['71337000'],
    related: ['surface-treatment'],
  },
];
