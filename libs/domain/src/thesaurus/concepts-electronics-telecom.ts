import type { ThesaurusConcept } from './thesaurus.types';

/** Electronics, electrical engineering, energy, and telecommunications. */
// prettier-ignore
export const ELECTRONICS_TELECOM_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'electronics',
    role: 'qualifier',
    terms: {
      fr: ['électronique', 'équipement électronique', 'matériel électronique', 'système électronique', 'électronique industrielle', 'électronique professionnelle', 'électronique embarquée', 'systèmes électroniques', 'filière électronique', 'industrie électronique'],
      en: ['electronics', 'electronic equipment', 'electronic system', 'industrial electronics', 'electronic products', 'embedded electronics', 'onboard electronics', 'electronics industry'],
    },
    cpv: ['31710000', '31700000'],
  },
  {
    id: 'defence-electronics',
    terms: {
      fr: ['électronique de défense', 'électronique militaire', 'systèmes électroniques militaires', 'électronique durcie', 'équipement électronique militaire', 'systèmes électroniques de défense', 'électronique de combat', 'équipements électroniques de défense', 'électronique embarquée militaire', 'intégration de systèmes électroniques militaires', 'intégration de systèmes électroniques', 'intégration des systèmes électroniques', 'intégration électronique', 'électronique en environnement sévère', 'électronique embarquée de défense', 'électronique durcie militaire', 'électronique militarisée', 'électronique de défense embarquée', 'équipements électroniques durcis', 'électronique aéronautique et défense', 'électronique spatiale et défense', 'électronique tactique', 'électronique de sécurité défense', 'électronique qualifiée militaire', 'électronique aux normes militaires', 'électronique MIL-STD', 'équipementier électronique de défense'],
      en: ['defence electronics', 'defense electronics', 'military electronics', 'military electronic systems', 'ruggedised electronics', 'rugged electronics', 'mil-spec electronics', 'defence electronic systems', 'military electronic equipment', 'military-grade electronics', 'military embedded electronics', 'electronic systems integration', 'electronics integration', 'ruggedized electronics', 'harsh environment electronics', 'MIL-STD electronics', 'hi-rel electronics', 'aerospace and defence electronics', 'aerospace and defense electronics', 'defence electronic equipment', 'defense electronic systems', 'tactical electronics', 'militarised electronics', 'militarized electronics', 'military electronic subassemblies', 'defence electronics supplier', 'defense electronics manufacturer'],
    },
    cpv: ['35700000', '73426000', '31710000'],
    related: ['electronics'],
  },
  {
    id: 'pcb',
    terms: {
      fr: ['carte électronique', 'circuit imprimé', 'assemblage de cartes électroniques', 'câblage de cartes', 'sous-traitance électronique', 'report de composants', 'composants montés en surface', 'fabrication de cartes électroniques', 'fabricant électronique', 'fabrication électronique', 'production électronique', 'assemblage électronique', 'sous-traitant électronique', 'assemblage de cartes', 'cartes électroniques', 'fabrication de circuits imprimés', 'circuits imprimés multicouches', 'circuit imprimé flexible', 'circuit imprimé rigide-flexible', 'montage de composants', 'refusion', 'câblage électronique', 'sous-traitance de cartes électroniques', 'intégration de cartes électroniques', 'production de cartes électroniques', 'industrialisation électronique', 'sous-traitant EMS', 'équipement de cartes', 'montage traversant'],
      en: ['printed circuit board', 'electronic board', 'circuit board', 'PCB assembly', 'electronics manufacturing services', 'surface-mount technology', 'electronic assembly', 'board assembly', 'electronics manufacturer', 'electronics manufacturing', 'electronics production', 'contract electronics manufacturing', 'printed circuit assembly', 'PCB manufacturing', 'PCB fabrication', 'multilayer PCB', 'flexible PCB'],
    },
    acronyms: ['PCB', 'PCBA', 'SMT', 'EMS', 'THT', 'AOI'],
    cpv: ['31710000', '31711500', '31711000'],
    related: ['electronics'],
  },
  {
    id: 'electronic-components',
    terms: {
      fr: ['composant électronique', 'semi-conducteur', 'microélectronique', 'circuit intégré', 'puce électronique', 'composant actif', 'composant passif', 'microsystème', 'composants durcis', 'composants électroniques militaires', 'microcontrôleur', 'microprocesseur', 'composants électroniques', 'circuits intégrés spécifiques', 'circuit logique programmable', 'composants de puissance', 'transistors', 'diodes', 'capteurs MEMS', 'composants qualifiés spatial', 'composants durcis aux radiations', 'composants COTS', 'distribution de composants électroniques', 'approvisionnement de composants', 'conception de circuits intégrés', 'conception ASIC', 'microélectronique de défense'],
      en: ['electronic components', 'semiconductor', 'microelectronics', 'integrated circuit', 'chip', 'microchip', 'active component', 'passive component', 'microsystem', 'system on chip', 'rugged components', 'radiation-hardened components', 'rad-hard', 'microcontroller', 'microprocessor', 'programmable logic', 'field-programmable gate array', 'application-specific integrated circuit', 'power semiconductors'],
    },
    acronyms: ['ASIC', 'FPGA', 'MMIC', 'MEMS', 'IC'],
    cpv: ['31711100', '31712110', '31712000'],
    related: ['electronics'],
  },
  {
    id: 'electronic-design',
    terms: {
      fr: ['conception électronique', 'conception de cartes électroniques', 'électronique analogique', 'électronique numérique', "bureau d'études électronique", 'développement électronique', 'conception de circuits', 'routage de cartes', 'conception de cartes', 'conception hardware', 'conception matérielle', 'conception de systèmes électroniques', 'ingénierie électronique', 'études électroniques', 'design électronique', 'conception de circuits imprimés', 'conception FPGA', 'développement FPGA', 'conception numérique', 'conception analogique', 'conception de circuits analogiques', 'conception mixte', 'schématique électronique', 'saisie de schémas', 'routage de circuits imprimés', 'routage PCB', 'étude électronique', 'ingénieur électronicien', 'ingénierie hardware', 'développement hardware', 'conception de produits électroniques', 'électronique sur mesure', "conception d'alimentations", 'intégrité du signal'],
      en: ['electronic design', 'electronics design', 'board design', 'analog electronics', 'analogue electronics', 'digital electronics', 'circuit design', 'hardware design', 'electronics engineering', 'PCB design', 'electronic system design', 'hardware engineering', 'electronic engineering', 'board-level design', 'schematic capture', 'FPGA design', 'digital design', 'analog design', 'analogue design', 'mixed-signal design', 'PCB layout'],
    },
    acronyms: [],
    cpv: ['71320000', '31710000'],
    related: ['electronics'],
  },
  {
    id: 'rf-microwave',
    terms: {
      fr: ['hyperfréquence', 'radiofréquence', 'micro-ondes', 'composant hyperfréquence', 'amplificateur de puissance', 'électronique hyperfréquence', 'ondes millimétriques', 'nitrure de gallium', 'conception radiofréquence', 'conception RF', 'conception hyperfréquence', 'ingénierie radiofréquence', 'radio-fréquence', 'hyper-fréquence', 'térahertz', 'hyperfréquences', 'ondes radio', 'électronique RF', 'chaîne RF', 'tête RF', 'front-end RF', 'amplificateur RF', 'amplificateur faible bruit', 'filtre hyperfréquence', 'filtre RF', 'oscillateur', 'synthétiseur de fréquence', 'circuit hyperfréquence', 'module hyperfréquence', 'module émission-réception', 'composants RF', 'bande X', 'bande Ka', 'bande Ku', 'amplificateur à état solide', 'tube à ondes progressives'],
      en: ['radio frequency', 'microwave', 'microwave components', 'power amplifier', 'millimetre wave', 'millimeter wave', 'RF design', 'RF front-end', 'microwave design', 'microwave engineering', 'gallium nitride'],
    },
    acronyms: ['RF', 'mmWave', 'SSPA', 'GaN', 'LNA', 'TWT', 'TWTA'],
    cpv: ['31711110', '31711100'],
    related: ['electronics'],
  },
  {
    id: 'signal-processing',
    terms: {
      fr: ['traitement du signal', 'traitement de signal', 'traitement numérique du signal', 'électronique de traitement', 'calculateur de traitement', 'algorithmes de traitement du signal', 'traitement numérique des signaux', "traitement d'antenne", 'formation de faisceaux', 'traitement temps réel du signal', 'traitement des signaux', 'traitement de signaux', 'filtrage numérique', 'algorithmique du signal', 'analyse du signal', 'filtrage adaptatif', 'formation de voies', 'traitement numérique du signal temps réel', 'traitement de signal embarqué', 'traitement du signal sur FPGA', 'estimation spectrale', 'transformée de Fourier', 'démodulation numérique', 'modulation numérique', 'traitement du signal audio', 'séparation de sources', 'déconvolution', 'estimation et filtrage', 'traitement statistique du signal', 'conversion analogique-numérique', 'numérisation du signal', 'traitement multivoies'],
      en: ['signal processing', 'digital signal processing', 'real-time signal processing', 'signal processor', 'signal processing algorithms', 'beamforming', 'array processing', 'FPGA signal processing', 'digital filtering', 'signal analysis', 'adaptive filtering', 'beam forming', 'embedded signal processing', 'DSP algorithms', 'spectral estimation', 'Fourier transform', 'fast Fourier transform', 'digital demodulation', 'digital modulation'],
    },
    acronyms: ['DSP', 'FFT', 'ADC', 'DDC'],
    cpv: ['48461000', '72230000', '31712110'],
    related: ['electronics'],
  },
  {
    id: 'emc',
    terms: {
      fr: ['compatibilité électromagnétique', 'blindage électromagnétique', 'durcissement électromagnétique', 'impulsion électromagnétique', 'protection foudre', 'perturbations électromagnétiques', 'immunité électromagnétique', 'foudre', 'ingénierie CEM', 'conception CEM', 'durcissement CEM', 'blindage RF', 'compatibilité électromagnétique CEM', 'interférences électromagnétiques', 'perturbations radioélectriques', 'filtrage CEM', 'filtre CEM', 'joint CEM', 'protection contre la foudre', 'paratonnerre', 'parafoudre', 'mise à la terre', 'durcissement IEM', 'protection IEM', 'impulsion électromagnétique nucléaire', 'susceptibilité électromagnétique', 'émissions conduites', 'émissions rayonnées', 'décharges électrostatiques'],
      en: ['electromagnetic compatibility', 'electromagnetic interference', 'electromagnetic pulse', 'EMI shielding', 'electromagnetic shielding', 'lightning protection', 'electromagnetic hardening', 'nuclear EMP hardening', 'shielding', 'EMC engineering', 'EMC design', 'RF shielding', 'EMP protection', 'EMC filter', 'EMI filter', 'surge protection', 'surge arrester'],
    },
    acronyms: ['CEM', 'EMC', 'EMI', 'EMP', 'IEM', 'NEMP', 'ESD', 'HEMP', 'E3'],
    cpv: ['73436000', '71632000', '71334000'],
    related: ['emc-testing'],
  },
  {
    id: 'power-electronics',
    terms: {
      fr: ['électronique de puissance', 'convertisseur de puissance', 'convertisseur', 'onduleur', 'alimentation à découpage', "conversion d'énergie", 'convertisseur DC-DC', 'redresseur', 'variateur de vitesse', 'conversion de puissance', 'convertisseurs embarqués', 'électronique de conversion', 'convertisseur continu-continu', 'convertisseur AC-DC', 'hacheur', 'convertisseur statique', "conversion d'énergie électrique", 'convertisseur continu-alternatif', 'onduleur de puissance', 'électronique de commande moteur', 'commande de moteurs', 'variateur électronique', 'module de puissance', 'convertisseur haute tension', 'convertisseur embarqué', 'électronique de puissance embarquée', 'conversion DC/AC', 'transistors de puissance', 'carbure de silicium', 'électronique de puissance SiC', 'électronique de puissance GaN', "gestion de l'alimentation"],
      en: ['power electronics', 'power converter', 'inverter', 'DC-DC converter', 'power conversion', 'switching power supply', 'rectifier', 'motor drive', 'converter', 'power conversion systems', 'AC-DC converter', 'static converter', 'power module', 'motor controller', 'DC-AC inverter', 'power inverter', 'motor drive electronics', 'motor control', 'variable frequency drive', 'high-voltage converter', 'battery charger', 'onboard charger', 'silicon carbide', 'SiC power electronics'],
    },
    acronyms: ['VFD'],
    cpv: ['31730000', '31200000', '31100000'],
    related: ['electrical-engineering'],
  },
  {
    id: 'power-supply',
    terms: {
      fr: ['alimentation électrique', 'alimentation de secours', 'groupe électrogène', 'énergie de secours', 'alimentation sans interruption', 'générateur électrique', "source d'énergie", 'alimentation stabilisée', "bloc d'alimentation", 'alimentation embarquée', 'alimentation durcie', 'alimentation secourue', 'alimentation continue', 'alimentations électriques', 'alimentation électrique de secours', 'onduleur de secours', 'groupes électrogènes', 'groupe électrogène militaire', 'groupe électrogène de campagne', 'centrale électrique mobile', "production d'électricité", "production d'énergie électrique", 'alimentation électrique autonome', 'alimentation de laboratoire', 'alimentation haute tension', 'alimentation AC/DC', 'alimentation DC/DC', 'bloc secteur', 'alimentation militaire', "source d'alimentation", 'énergie électrique de secours', 'alimentation en énergie'],
      en: ['power supply', 'emergency power', 'uninterruptible power supply', 'generator set', 'genset', 'backup power', 'electric generator', 'power source', 'power supply unit', 'rugged power supply', 'power generation', 'standby power', 'generating set', 'DC power supply', 'power supplies', 'diesel generator', 'military generator', 'tactical generator', 'field generator', 'mobile power plant', 'electricity generation', 'autonomous power supply', 'laboratory power supply'],
    },
    acronyms: ['ASI', 'UPS', 'PSU'],
    cpv: ['31682510', '31682500', '31100000', '31600000'],
    related: ['power-electronics'],
  },
  {
    id: 'batteries',
    terms: {
      fr: ['batterie', 'accumulateur', 'piles et batteries', 'pile au lithium', "stockage d'énergie", 'batterie lithium', 'batterie lithium-ion', 'système de gestion de batterie', 'pack batterie', 'cellule de batterie', 'stockage électrochimique', 'Li-ion', 'batteries pour drones', 'batterie militaire', 'supercondensateur', 'batterie rechargeable', 'batteries lithium', 'batteries rechargeables', 'accumulateurs lithium', 'batteries de traction', 'batteries au plomb', 'batterie LiFePO4', 'batterie sodium-ion', "batterie à l'état solide", 'batterie tout solide', "système de stockage d'énergie par batteries", 'gestion de batterie', 'électronique de gestion de batterie', 'batterie de soldat', 'batteries portables', 'cellules lithium-ion', 'stockage stationnaire', 'supercapacités'],
      en: ['battery', 'accumulator', 'energy storage', 'lithium battery', 'lithium-ion battery', 'battery management system', 'battery pack', 'battery cell', 'rechargeable battery', 'battery system', 'military battery', 'drone battery', 'supercapacitor', 'battery storage', 'ultracapacitor', 'lithium batteries', 'lead-acid battery', 'LiFePO4 battery', 'sodium-ion battery', 'solid-state battery', 'battery energy storage system'],
    },
    acronyms: ['BESS', 'LFP'],
    cpv: ['31400000'],
    related: ['energy'],
  },
  {
    id: 'energy',
    terms: {
      fr: ['énergie', "gestion de l'énergie", 'transition énergétique', 'hydrogène', 'pile à combustible', 'énergies renouvelables', 'micro-réseau', 'panneau solaire', 'efficacité énergétique', 'énergie embarquée', 'autonomie énergétique', 'photovoltaïque', 'énergie opérationnelle', 'énergies marines renouvelables', 'éolien en mer', 'électrolyseur', 'énergie électrique', 'gestion énergétique', 'sobriété énergétique', 'énergie solaire', 'solaire photovoltaïque', 'hybridation énergétique', 'générateur hybride', 'énergie hybride', 'stockage hydrogène', "production d'hydrogène", 'hydrogène vert', 'piles à combustible', 'énergie nomade', 'énergie du combattant', 'autonomie énergétique des bases', 'micro-réseau électrique', 'réseau électrique intelligent', 'énergie marine', 'hydrolien', 'énergie houlomotrice', "récupération d'énergie", 'décarbonation'],
      en: ['energy', 'energy management', 'energy transition', 'hydrogen', 'fuel cell', 'renewable energy', 'microgrid', 'solar panel', 'energy efficiency', 'power management', 'photovoltaic', 'energy autonomy', 'operational energy', 'offshore wind', 'electrolyser', 'solar energy', 'solar power', 'hybrid power', 'hybrid power system', 'hydrogen storage'],
    },
    acronyms: ['EMR'],
    cpv: ['31000000', '31600000', '31682000'],
    related: ['power-supply'],
  },
  {
    id: 'harness',
    terms: {
      fr: ['câblage', 'faisceau électrique', 'harnais', 'câble', 'connectique', 'connecteur', 'toron', 'faisceau de câbles', 'câbles et connecteurs', 'câblage de faisceaux', 'fabrication de câbles', 'faisceaux électriques aéronautiques', 'connectique durcie', 'interconnexion', 'toronnage', 'faisceaux électriques', 'câblage électrique', 'câblage filaire', 'harnais électriques', 'câbles électriques', 'cordons de liaison', 'connecteurs circulaires', 'connecteurs militaires', 'connecteurs durcis', 'connectique militaire', 'sertissage', 'câblage aéronautique', 'câbles coaxiaux', 'câble coaxial', 'câbleur', 'câbleuse'],
      en: ['wiring', 'wire harness', 'wiring harness', 'cable harness', 'cabling', 'connector', 'interconnect', 'interconnection', 'cable assembly', 'harness manufacturing', 'cable manufacturing', 'rugged connectors', 'military connectors', 'wiring loom', 'cable loom', 'cable routing', 'wire harnesses', 'electrical harness', 'circular connectors', 'MIL-DTL-38999', 'crimping'],
    },
    cpv: ['31300000', '31600000'],
    related: ['electrical-engineering'],
  },
  {
    id: 'electrical-engineering',
    terms: {
      fr: ['électrotechnique', 'génie électrique', 'installation électrique', 'armoire électrique', 'tableau électrique', 'électricité industrielle', 'ingénierie électrique', 'électricité', 'courant fort', 'distribution électrique', 'tableaux électriques industriels', 'installations électriques industrielles', 'automatismes électriques', 'électricien industriel', 'basse tension', 'haute tension', 'électricité générale', 'installations électriques', 'électricien', 'génie électrique industriel', 'tableaux électriques', 'armoires électriques', "câblage d'armoires électriques", "distribution d'énergie électrique", 'postes de transformation', 'transformateur', 'poste haute tension', 'moyenne tension', 'réseaux électriques', 'protection électrique', 'étude électrique', "bureau d'études électricité", 'schémas électriques', 'courants forts et faibles', 'électrification'],
      en: ['electrical engineering', 'electrical installation', 'switchboard', 'switchgear', 'electrical cabinet', 'electrical systems', 'electrical distribution', 'power distribution', 'electrical design', 'industrial electrical installation', 'industrial electrician', 'switchboard manufacturing', 'high voltage', 'low voltage', 'electrical panel', 'electrical works', 'electrician', 'electrical contractor', 'panel building'],
    },
    acronyms: ['HTA', 'PDU'],
    cpv: ['31200000', '71334000', '31730000', '71323100'],
  },
  {
    id: 'electromechanical',
    terms: {
      fr: ['électromécanique', 'moteur électrique', 'actionneur', 'servomoteur', 'mécatronique', 'motorisation électrique', 'vérin électrique', 'entraînement électrique', 'sous-ensembles électromécaniques', 'motoréducteur', 'servomécanisme', 'vérin électromécanique', 'électroaimant', 'moteur brushless', 'moteur sans balais', 'moteurs électriques', 'actionneurs électriques', 'actionneurs électromécaniques', 'servo-actionneur', 'moteur pas à pas', 'moteur couple', 'moteur synchrone', 'codeur rotatif', 'résolveur', 'joint tournant', 'collecteur tournant', 'systèmes électromécaniques', 'intégration électromécanique', 'montage électromécanique', 'positionneur'],
      en: ['electromechanical', 'electric motor', 'actuator', 'servo', 'mechatronics', 'electromechanical actuator', 'servomotor', 'electric drive', 'electromechanical subsystems', 'linear actuator', 'gear motor', 'brushless motor', 'electromagnet', 'servo actuator', 'servomechanism', 'electric actuators', 'stepper motor', 'torque motor', 'synchronous motor', 'rotary encoder', 'resolver', 'slip ring'],
    },
    acronyms: ['EMA'],
    cpv: ['31720000', '31100000'],
    related: ['electronics'],
  },
  {
    id: 'sensors',
    terms: {
      fr: ['capteur', 'instrumentation', 'chaîne de mesure', 'capteur de pression', 'capteur de température', 'capteur inertiel', 'accéléromètre', 'gyroscope', 'transducteur', 'capteur de vibrations', 'fabrication de capteurs', 'capteurs durcis', 'instrumentation de mesure', 'jauge de contrainte', 'capteur de force', 'capteur de position', 'capteur de déplacement', 'capteurs industriels', 'capteur de mesure', "capteur d'accélération", 'capteur de choc', 'capteur de pression différentielle', 'thermocouple', 'sonde de température', "capteur d'humidité", 'capteur de gaz', 'capteur magnétique', 'capteur optique', 'capteur de courant', 'capteur de niveau', 'capteur de proximité', 'capteur piézoélectrique', 'conditionneur de signal', 'acquisition de mesures'],
      en: ['sensor', 'pressure sensor', 'temperature sensor', 'inertial sensor', 'accelerometer', 'transducer', 'vibration sensor', 'measurement chain', 'sensor manufacturing', 'rugged sensors', 'instrumentation', 'strain gauge', 'force sensor', 'position sensor', 'load cell', 'industrial sensors', 'measurement sensor', 'shock sensor', 'humidity sensor', 'gas sensor'],
    },
    acronyms: ['RTD'],
    cpv: ['35125100', '38300000', '31711120'],
    related: ['test-lab'],
  },
  {
    id: 'obsolescence',
    terms: {
      fr: ['gestion des obsolescences', 'obsolescence', 'obsolescence des composants', 'traitement des obsolescences', 'pérennité des composants', 'obsolescence électronique', "gestion de l'obsolescence", 'composants obsolètes', 'reconception pour obsolescence', 'pérennisation des équipements électroniques', 'traitement des obsolescences électroniques', 'fin de vie des composants', "rupture d'approvisionnement", 'reconception électronique', 'rétro-conception électronique', 'obsolescences', "traitement d'obsolescence", 'pérennisation', 'pérennisation des équipements', 'pérennité des équipements', 'remplacement de composants obsolètes', 'composants en fin de vie', 'fin de production', 'avis de fin de vie', 'stock de sécurité de composants', 'achat de dernière commande', 'reconception de cartes', 'rétro-ingénierie de cartes', 'prolongation de durée de vie', 'extension de durée de vie', 'veille obsolescence', 'plan de gestion des obsolescences', 'remplacement forme-ajustement-fonction'],
      en: ['obsolescence management', 'component obsolescence', 'diminishing manufacturing sources', 'long-term supply', 'last time buy', 'electronic obsolescence', 'obsolete components', 'obsolescence redesign', 'DMS management', 'electronics life extension', 'end-of-life components', 'component end-of-life', 'legacy electronics', 'form fit function replacement', 'obsolescence mitigation', 'life extension', 'service life extension', 'end of life notice', 'lifetime buy', 'board redesign', 'electronics redesign'],
    },
    acronyms: ['DMSMS', 'EOL', 'LTB', 'FFF'],
    cpv: ['71356200', '31711100'],
    related: ['electronic-components'],
  },
  {
    id: 'electronics-repair',
    terms: {
      fr: ['réparation électronique', 'maintenance électronique', 'MCO électronique', 'réparation de cartes électroniques', 'maintenance des systèmes électroniques', 'dépannage électronique', "maintenance de l'électronique militaire", 'réparation de sous-ensembles électroniques', 'MCO des systèmes électroniques', 'soutien des équipements électroniques', "réparation d'équipements électroniques", 'dépannage de cartes électroniques', 'réparation de cartes', 'remise en état électronique', 'maintenance de cartes électroniques', 'diagnostic électronique', 'maintenance de cartes', 'dépannage de cartes', 'réparation de modules électroniques', "réparation d'alimentations", 'retouche de cartes', 'reprise de cartes', 'diagnostic de pannes électroniques', 'atelier de réparation électronique', "réparation d'équipements radio", "maintenance d'équipements électroniques", 'remise à niveau électronique', 'rétrofit électronique', 'maintenance de niveau 3', 'maintenance de niveau atelier', 'maintenance industrielle électronique'],
      en: ['electronics repair', 'electronic maintenance', 'board repair', 'repair of military electronic systems', 'electronics maintenance', 'electronic systems support', 'maintenance of military electronics', 'military electronics repair', 'military electronics maintenance', 'repair of electronic boards', 'electronic equipment repair', 'rework', 'board-level repair', 'PCB repair', 'electronics overhaul', 'electronic module repair', 'LRU repair', 'SRU repair'],
    },
    acronyms: ['LRU', 'SRU', 'NRF'],
    cpv: ['50660000', '50600000'],
    related: ['defence-electronics'],
  },
  {
    id: 'telecom',
    terms: {
      fr: ['télécommunications', 'télécoms', 'télécom', 'réseau de télécommunications', 'opérateur télécom', 'équipement de télécommunications', 'infrastructure télécom', 'intégration télécom', 'réseaux télécoms', 'ingénierie télécom', 'téléphonie', 'téléphonie IP', 'courants faibles', 'télécoms et réseaux', 'installateur télécom', 'opérateur de télécommunications', 'infrastructures de télécommunications', 'réseau téléphonique', 'autocommutateur', 'standard téléphonique', 'voix sur IP', 'interphonie', 'fibre noire', 'réseaux télécoms sécurisés'],
      en: ['telecommunication network', 'telecom operator', 'telecommunications equipment', 'telecom infrastructure', 'telco', 'telecommunications', 'telecom networks', 'telecommunications engineering', 'telephony', 'IP telephony', 'telecommunications infrastructure', 'telephone network', 'PBX', 'IP-PBX', 'voice over IP', 'intercom', 'dark fibre', 'dark fiber', 'telecommunications services', 'telecom equipment'],
    },
    acronyms: ['VoIP', 'PABX', 'ToIP'],
    cpv: ['32500000', '32412100', '32000000'],
    related: ['communication-systems'],
  },
  {
    id: 'radiocommunication',
    terms: {
      fr: ['radiocommunication', 'radio', 'poste radio', 'émetteur-récepteur', 'réseau radio', 'radio HF', 'radiotéléphonie', 'relais radio', 'radiomobile professionnelle', 'radio logicielle', 'radio définie par logiciel', 'radio cognitive', 'radio numérique', 'talkie-walkie', 'postes radio', 'récepteur radio', 'émetteur radio', 'radio VHF', 'radio UHF', 'radio VHF/UHF', 'radio professionnelle', 'réseau radio numérique', 'radio numérique DMR', 'relais radioélectrique', 'station radio', 'station de base radio', 'radio portative', 'radio bidirectionnelle', 'radio multibande', 'radio logicielle SDR'],
      en: ['radio communication', 'transceiver', 'two-way radio', 'HF radio', 'professional mobile radio', 'radio relay', 'software-defined radio', 'software radio', 'cognitive radio', 'digital radio', 'walkie-talkie', 'radio transceiver', 'radio receiver', 'radio transmitter', 'VHF radio', 'UHF radio', 'land mobile radio', 'digital mobile radio'],
    },
    acronyms: ['HF', 'VHF', 'UHF', 'PMR', 'TETRA', 'SDR', 'DMR', 'LMR', 'P25', 'TETRAPOL'],
    cpv: ['32230000', '31711110', '32200000', '50333000'],
    related: ['telecom'],
  },
  {
    id: 'tactical-radio',
    terms: {
      fr: ['radio tactique', 'réseau tactique', 'communications tactiques', 'radio militaire', 'réseau maillé', 'réseau ad hoc', 'poste de radio portatif', 'transmissions militaires', 'communications militaires', 'émetteur-récepteur tactique', 'radio de combat', 'radio militaire logicielle', 'transmissions tactiques', 'radio du combattant', 'poste radio tactique', 'postes radio tactiques', 'radio tactique logicielle', 'radio militaire tactique', 'radio de contact', 'réseau de communication tactique', 'réseaux tactiques', 'réseau radio tactique', 'réseau maillé tactique', 'réseau mobile ad hoc', 'radio portative militaire', 'radio véhiculaire', 'poste véhiculaire', 'radio individuelle du combattant', 'communications du combattant', "transmissions de l'avant", 'radio à évasion de fréquence', 'évasion de fréquence', "forme d'onde tactique", "forme d'onde haut débit", "radio multi-forme d'onde", 'interopérabilité radio'],
      en: ['tactical radio', 'military radio', 'tactical communications', 'tactical network', 'manpack radio', 'mobile ad hoc network', 'mesh network', 'handheld radio', 'military communications', 'combat net radio', 'tactical software-defined radio', 'tactical transceiver', 'soldier radio', 'tactical networking', 'combat communications', 'military SDR', 'tactical SDR', 'vehicular radio'],
    },
    acronyms: ['MANET', 'CNR'],
    cpv: ['35712000', '32230000', '35711000'],
    related: ['radiocommunication'],
  },
  {
    id: 'antenna',
    terms: {
      fr: ['antenne', "réseau d'antennes", 'radôme', 'antenne radio', "mât d'antenne", 'antenne à balayage électronique', "conception d'antennes", 'antennes embarquées', 'antenne militaire', 'antennerie', 'réseau antennaire', 'antenne réseau', 'antenne à commande de phase', 'antenne conforme', 'antenne patch', 'antennes', 'antenne directive', 'antenne omnidirectionnelle', 'antenne large bande', 'antenne VHF', 'antenne UHF', 'antenne HF', 'antenne satellite', 'antenne parabolique', 'antenne à réseau phasé', 'antenne plane', 'antenne imprimée', "mesure d'antennes", "chambre de mesure d'antennes", "mâts d'antennes", 'mât télescopique'],
      en: ['antenna', 'antennae', 'phased array', 'antenna array', 'antenna mast', 'electronically steered antenna', 'antenna design', 'military antenna', 'antenna systems', 'conformal antenna', 'patch antenna', 'antenna engineering', 'phased array antenna', 'directional antenna', 'omnidirectional antenna', 'wideband antenna', 'broadband antenna', 'VHF antenna', 'UHF antenna', 'HF antenna', 'satellite antenna', 'parabolic antenna', 'dish antenna'],
    },
    cpv: ['32352000'],
    related: ['radiocommunication'],
  },
  {
    id: 'datalink',
    terms: {
      fr: ['liaison de données', 'liaison de données tactique', 'liaison tactique', 'Liaison 16', 'Liaison 22', 'liaison de données drone', 'liaison de données haut débit', 'liaison de données militaire', 'intégration de liaisons de données', 'liaison de données sécurisée', 'liaison de commande et contrôle', 'liaison radio de données', 'liaisons de données tactiques', 'liaison 11', 'liaison de données satellite', 'liaison montante', 'liaison descendante', 'liaison de données vidéo', 'liaison de commande drone', 'liaison C2 drone', 'liaison de données interarmées', 'passerelle de liaisons de données', 'passerelle multiliaisons', 'liaison de données MIDS', 'terminal MIDS', 'liaisons tactiques', 'liaison de données longue portée', 'liaison de données anti-brouillage'],
      en: ['datalink', 'data link', 'tactical data link', 'Link 16', 'Link 22', 'Link 11', 'high-speed data link', 'UAV datalink', 'tactical datalink', 'military data link', 'data link integration', 'C2 link', 'command and control link', 'data link gateway', 'multi-link gateway', 'satellite data link', 'uplink', 'downlink', 'video data link', 'drone datalink', 'UAS datalink', 'command and control datalink', 'MIDS terminal'],
    },
    acronyms: ['L16', 'L22', 'TDL', 'JREAP', 'MIDS', 'VMF', 'BLOS', 'CDL', 'TADIL'],
    cpv: ['35712000', '32260000', '32581000'],
    related: ['tactical-radio'],
  },
  {
    id: 'mobile-network',
    terms: {
      fr: ['5G', '4G', '5G privée', 'réseau 5G', 'réseau mobile privé', 'réseau cellulaire', 'réseau mobile', 'téléphonie mobile', 'radio mobile', 'réseau 4G/5G', 'réseau mobile tactique', 'réseau 4G', 'LTE privé', 'réseau LTE', 'réseau cellulaire tactique', 'réseau mobile déployable', 'réseau 5G privé', '5G militaire', '5G tactique', 'réseau privé 4G', 'réseau privé LTE', 'réseau radio mobile', 'réseau mobile sécurisé', 'réseau cellulaire déployable', 'bulle 4G', 'bulle 5G', 'réseau PMR haut débit', 'radio mobile haut débit', 'station de base 4G', 'station de base 5G', 'cœur de réseau mobile', 'cœur de réseau 5G', "réseau d'accès radio", 'antenne relais', 'connectivité cellulaire'],
      en: ['private 5G', 'private LTE', 'cellular network', 'mobile network', 'private mobile network', 'mobile telephony', '5G network', 'tactical LTE', 'deployable mobile network', 'LTE network', 'private wireless network', 'cellular connectivity', 'private 5G network', 'military 5G', 'tactical 5G', '4G LTE', 'broadband PMR', 'mission-critical broadband'],
    },
    acronyms: ['LTE', 'eNodeB', 'gNodeB', 'MCX'],
    cpv: ['32510000', '32412100', '32500000'],
    related: ['telecom'],
  },
  {
    id: 'transmission',
    terms: {
      fr: ['transmission de données', 'transmissions', 'faisceau hertzien', 'liaison hertzienne', 'liaison radio', 'liaison point à point', 'transmission numérique', 'modem', 'télémesure', 'télémétrie', 'télécontrôle', 'système de télémesure', 'liaison micro-ondes', 'liaison à vue', 'transmission sans fil', 'télétransmission', 'transmission vidéo', 'transmission de données sans fil', 'transmission radio', 'transmission hertzienne', 'liaison longue distance', 'transmission haut débit', 'télétransmission de données', 'télémesure embarquée', 'télémesure aéroportée', 'station de télémesure', 'émetteur de télémesure', 'récepteur de télémesure', 'télémesure sol', 'transmission vidéo HD', 'modem radio', 'modem satellite', 'transmission numérique haut débit'],
      en: ['data transmission', 'radio link', 'microwave link', 'point-to-point link', 'backhaul', 'digital transmission', 'line-of-sight link', 'telemetry', 'telemetry system', 'remote telemetry', 'telemetry receiver', 'wireless transmission', 'video transmission', 'video link', 'wireless data transmission', 'radio transmission', 'long-range link', 'broadband link', 'airborne telemetry', 'telemetry station', 'telemetry transmitter', 'telemetry ground station'],
    },
    acronyms: ['FH', 'TM/TC'],
    cpv: ['32260000', '32270000', '32441000', '72318000', '38291000'],
    related: ['telecom'],
  },
  {
    id: 'communication-systems',
    terms: {
      fr: ['système de communication', 'infrastructure de communication', 'réseau de communication', "systèmes d'information et de communication", 'système de communication intégré', 'intégration de systèmes de communication', 'communications unifiées', 'intégration de communications', 'systèmes de télécommunications', 'architecture de communication', "systèmes de communications et d'information", 'systèmes de communication', 'infrastructures de communication', 'communications intégrées', 'gestion des communications', 'système de gestion des communications', 'centre de communications', 'centre de transmissions', 'nœud de communication', 'station de communication'],
      en: ['communication system', 'communications infrastructure', 'communication network', 'communication and information systems', 'integrated communication system', 'unified communications', 'communications equipment', 'communications control system', 'communications integration', 'telecommunications systems', 'communication architecture', 'communications systems integration', 'communication management system', 'communication node', 'communications centre', 'communications center', 'CIS integration', 'integrated communications'],
    },
    acronyms: ['SIC', 'CIS'],
    cpv: ['32570000', '32571000', '32412000', '32573000'],
    related: ['telecom'],
  },
  {
    id: 'naval-communications',
    terms: {
      fr: ['communications navales', 'communications embarquées', 'transmissions navales', 'communications avec les sous-marins', 'système de communication naval', 'communications marines', 'communications de bord', 'réseau de communications de bord', 'communications intérieures de navire', 'communications maritimes', 'radiocommunications maritimes', 'communications bord-terre', 'liaison navire-terre', 'réseau de bord', 'interphonie de bord', 'transmissions de bord', 'transmissions maritimes', 'communications navire', 'communications bâtiment', 'radiocommunication marine', 'radio marine', 'radio VHF marine', 'communications des sous-marins', 'communications navales intégrées', 'système de communications intégré naval', 'centre de transmissions de bord', 'réseau de bord naval', 'interphone de bord', 'interphonie navale', 'communications satellitaires navales', 'SATCOM naval', 'communications marine nationale', 'communications maritimes sécurisées'],
      en: ['naval communications', 'shipboard communications', 'submarine communications', 'ship communication system', 'maritime communications', 'onboard communications', 'ship internal communications', 'naval radio', 'ship-to-shore communications', 'maritime radio', 'shipboard network', 'ship intercom', 'shipboard communications system', 'integrated naval communications', 'integrated communication system naval', 'marine radio', 'VHF marine radio', 'ship radio', 'naval SATCOM', 'maritime SATCOM', 'shipboard intercom', 'naval data network'],
    },
    acronyms: ['VLF', 'GMDSS', 'SMDSM'],
    cpv: ['32500000', '35522000', '32570000'],
    related: ['communication-systems', 'warship'],
  },
];
