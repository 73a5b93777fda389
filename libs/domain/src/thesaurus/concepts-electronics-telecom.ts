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
      fr: ['électronique de défense', 'électronique militaire', 'systèmes électroniques militaires', 'électronique durcie', 'équipement électronique militaire', 'systèmes électroniques de défense', 'électronique de combat', 'équipements électroniques de défense', 'électronique embarquée militaire', 'intégration de systèmes électroniques militaires', 'intégration de systèmes électroniques', 'intégration des systèmes électroniques', 'intégration électronique', 'électronique en environnement sévère', 'électronique embarquée de défense'],
      en: ['defence electronics', 'defense electronics', 'military electronics', 'military electronic systems', 'ruggedised electronics', 'rugged electronics', 'mil-spec electronics', 'defence electronic systems', 'military electronic equipment', 'military-grade electronics', 'military embedded electronics', 'electronic systems integration', 'electronics integration', 'ruggedized electronics', 'harsh environment electronics'],
    },
    cpv: ['35700000', '73426000', '31710000'],
    related: ['electronics'],
  },
  {
    id: 'pcb',
    terms: {
      fr: ['carte électronique', 'circuit imprimé', 'assemblage de cartes électroniques', 'câblage de cartes', 'sous-traitance électronique', 'report de composants', 'composants montés en surface', 'fabrication de cartes électroniques', 'fabricant électronique', 'fabrication électronique', 'production électronique', 'assemblage électronique', 'sous-traitant électronique', 'assemblage de cartes'],
      en: ['printed circuit board', 'electronic board', 'circuit board', 'PCB assembly', 'electronics manufacturing services', 'surface-mount technology', 'electronic assembly', 'board assembly', 'electronics manufacturer', 'electronics manufacturing', 'electronics production', 'contract electronics manufacturing', 'printed circuit assembly'],
    },
    acronyms: ['PCB', 'PCBA', 'SMT', 'EMS'],
    cpv: ['31710000', '31711500', '31711000'],
    related: ['electronics'],
  },
  {
    id: 'electronic-components',
    terms: {
      fr: ['composant électronique', 'semi-conducteur', 'microélectronique', 'circuit intégré', 'puce électronique', 'composant actif', 'composant passif', 'microsystème', 'composants durcis', 'composants électroniques militaires', 'microcontrôleur', 'microprocesseur'],
      en: ['electronic components', 'semiconductor', 'microelectronics', 'integrated circuit', 'chip', 'microchip', 'active component', 'passive component', 'microsystem', 'system on chip', 'rugged components', 'radiation-hardened components', 'rad-hard', 'microcontroller', 'microprocessor'],
    },
    acronyms: ['ASIC', 'FPGA', 'MMIC', 'MEMS'],
    cpv: ['31711100', '31712110', '31712000'],
    related: ['electronics'],
  },
  {
    id: 'electronic-design',
    terms: {
      fr: ['conception électronique', 'conception de cartes électroniques', 'électronique analogique', 'électronique numérique', "bureau d'études électronique", 'développement électronique', 'conception de circuits', 'routage de cartes', 'conception de cartes', 'conception hardware', 'conception matérielle', 'conception de systèmes électroniques', 'ingénierie électronique', 'études électroniques', 'design électronique', 'conception de circuits imprimés'],
      en: ['electronic design', 'electronics design', 'board design', 'analog electronics', 'analogue electronics', 'digital electronics', 'circuit design', 'hardware design', 'electronics engineering', 'PCB design', 'electronic system design', 'hardware engineering', 'electronic engineering', 'board-level design', 'schematic capture'],
    },
    cpv: ['71320000', '31710000'],
    related: ['electronics'],
  },
  {
    id: 'rf-microwave',
    terms: {
      fr: ['hyperfréquence', 'radiofréquence', 'micro-ondes', 'composant hyperfréquence', 'amplificateur de puissance', 'électronique hyperfréquence', 'ondes millimétriques', 'nitrure de gallium', 'conception radiofréquence', 'conception RF', 'conception hyperfréquence', 'ingénierie radiofréquence', 'radio-fréquence', 'hyper-fréquence', 'térahertz'],
      en: ['radio frequency', 'microwave', 'microwave components', 'power amplifier', 'millimetre wave', 'millimeter wave', 'RF design', 'RF front-end', 'microwave design', 'microwave engineering', 'gallium nitride'],
    },
    acronyms: ['RF', 'mmWave', 'SSPA', 'GaN'],
    cpv: ['31711110', '31711100'],
    related: ['electronics'],
  },
  {
    id: 'signal-processing',
    terms: {
      fr: ['traitement du signal', 'traitement de signal', 'traitement numérique du signal', 'électronique de traitement', 'calculateur de traitement', 'algorithmes de traitement du signal', 'traitement numérique des signaux', "traitement d'antenne", 'formation de faisceaux', 'traitement temps réel du signal', 'traitement des signaux', 'traitement de signaux', 'filtrage numérique', 'algorithmique du signal', 'analyse du signal', 'filtrage adaptatif', 'formation de voies'],
      en: ['signal processing', 'digital signal processing', 'real-time signal processing', 'signal processor', 'signal processing algorithms', 'beamforming', 'array processing', 'FPGA signal processing', 'digital filtering', 'signal analysis', 'adaptive filtering', 'beam forming'],
    },
    acronyms: ['DSP'],
    cpv: ['48461000', '72230000', '31712110'],
    related: ['electronics'],
  },
  {
    id: 'emc',
    terms: {
      fr: ['compatibilité électromagnétique', 'blindage électromagnétique', 'durcissement électromagnétique', 'impulsion électromagnétique', 'protection foudre', 'perturbations électromagnétiques', 'immunité électromagnétique', 'foudre', 'ingénierie CEM', 'conception CEM', 'durcissement CEM', 'blindage RF'],
      en: ['electromagnetic compatibility', 'electromagnetic interference', 'electromagnetic pulse', 'EMI shielding', 'electromagnetic shielding', 'lightning protection', 'electromagnetic hardening', 'nuclear EMP hardening', 'shielding', 'EMC engineering', 'EMC design', 'RF shielding', 'EMP protection'],
    },
    acronyms: ['CEM', 'EMC', 'EMI', 'EMP', 'IEM', 'NEMP'],
    cpv: ['73436000', '71632000', '71334000'],
    related: ['emc-testing'],
  },
  {
    id: 'power-electronics',
    terms: {
      fr: ['électronique de puissance', 'convertisseur de puissance', 'convertisseur', 'onduleur', 'alimentation à découpage', "conversion d'énergie", 'convertisseur DC-DC', 'redresseur', 'variateur de vitesse', 'conversion de puissance', 'convertisseurs embarqués', 'électronique de conversion', 'convertisseur continu-continu', 'convertisseur AC-DC', 'hacheur', 'convertisseur statique'],
      en: ['power electronics', 'power converter', 'inverter', 'DC-DC converter', 'power conversion', 'switching power supply', 'rectifier', 'motor drive', 'converter', 'power conversion systems', 'AC-DC converter', 'static converter', 'power module', 'motor controller'],
    },
    cpv: ['31730000', '31200000', '31100000'],
    related: ['electrical-engineering'],
  },
  {
    id: 'power-supply',
    terms: {
      fr: ['alimentation électrique', 'alimentation de secours', 'groupe électrogène', 'énergie de secours', 'alimentation sans interruption', 'générateur électrique', "source d'énergie", 'alimentation stabilisée', "bloc d'alimentation", 'alimentation embarquée', 'alimentation durcie', 'alimentation secourue', 'alimentation continue'],
      en: ['power supply', 'emergency power', 'uninterruptible power supply', 'generator set', 'genset', 'backup power', 'electric generator', 'power source', 'power supply unit', 'rugged power supply', 'power generation', 'standby power', 'generating set', 'DC power supply'],
    },
    acronyms: ['ASI', 'UPS', 'PSU'],
    cpv: ['31682510', '31682500', '31100000', '31600000'],
    related: ['power-electronics'],
  },
  {
    id: 'batteries',
    terms: {
      fr: ['batterie', 'accumulateur', 'piles et batteries', 'pile au lithium', "stockage d'énergie", 'batterie lithium', 'batterie lithium-ion', 'système de gestion de batterie', 'pack batterie', 'cellule de batterie', 'stockage électrochimique', 'Li-ion', 'batteries pour drones', 'batterie militaire', 'supercondensateur', 'batterie rechargeable'],
      en: ['battery', 'accumulator', 'energy storage', 'lithium battery', 'lithium-ion battery', 'battery management system', 'battery pack', 'battery cell', 'rechargeable battery', 'battery system', 'military battery', 'drone battery', 'supercapacitor', 'battery storage', 'ultracapacitor'],
    },
    cpv: ['31400000'],
    related: ['energy'],
  },
  {
    id: 'energy',
    terms: {
      fr: ['énergie', "gestion de l'énergie", 'transition énergétique', 'hydrogène', 'pile à combustible', 'énergies renouvelables', 'micro-réseau', 'panneau solaire', 'efficacité énergétique', 'énergie embarquée', 'autonomie énergétique', 'photovoltaïque', 'énergie opérationnelle', 'énergies marines renouvelables', 'éolien en mer', 'électrolyseur'],
      en: ['energy', 'energy management', 'energy transition', 'hydrogen', 'fuel cell', 'renewable energy', 'microgrid', 'solar panel', 'energy efficiency', 'power management', 'photovoltaic', 'energy autonomy', 'operational energy', 'offshore wind', 'electrolyser'],
    },
    cpv: ['31000000', '31600000', '31682000'],
    related: ['power-supply'],
  },
  {
    id: 'harness',
    terms: {
      fr: ['câblage', 'faisceau électrique', 'harnais', 'câble', 'connectique', 'connecteur', 'toron', 'faisceau de câbles', 'câbles et connecteurs', 'câblage de faisceaux', 'fabrication de câbles', 'faisceaux électriques aéronautiques', 'connectique durcie', 'interconnexion', 'toronnage'],
      en: ['wiring', 'wire harness', 'wiring harness', 'cable harness', 'cabling', 'connector', 'interconnect', 'interconnection', 'cable assembly', 'harness manufacturing', 'cable manufacturing', 'rugged connectors', 'military connectors', 'wiring loom', 'cable loom', 'cable routing'],
    },
    cpv: ['31300000', '31600000'],
    related: ['electrical-engineering'],
  },
  {
    id: 'electrical-engineering',
    terms: {
      fr: ['électrotechnique', 'génie électrique', 'installation électrique', 'armoire électrique', 'tableau électrique', 'électricité industrielle', 'ingénierie électrique', 'électricité', 'courant fort', 'distribution électrique', 'tableaux électriques industriels', 'installations électriques industrielles', 'automatismes électriques', 'électricien industriel', 'basse tension', 'haute tension'],
      en: ['electrical engineering', 'electrical installation', 'switchboard', 'switchgear', 'electrical cabinet', 'electrical systems', 'electrical distribution', 'power distribution', 'electrical design', 'industrial electrical installation', 'industrial electrician', 'switchboard manufacturing', 'high voltage', 'low voltage', 'electrical panel'],
    },
    cpv: ['31200000', '71334000', '31730000', '71323100'],
  },
  {
    id: 'electromechanical',
    terms: {
      fr: ['électromécanique', 'moteur électrique', 'actionneur', 'servomoteur', 'mécatronique', 'motorisation électrique', 'vérin électrique', 'entraînement électrique', 'sous-ensembles électromécaniques', 'motoréducteur', 'servomécanisme', 'vérin électromécanique', 'électroaimant', 'moteur brushless', 'moteur sans balais'],
      en: ['electromechanical', 'electric motor', 'actuator', 'servo', 'mechatronics', 'electromechanical actuator', 'servomotor', 'electric drive', 'electromechanical subsystems', 'linear actuator', 'gear motor', 'brushless motor', 'electromagnet', 'servo actuator', 'servomechanism'],
    },
    cpv: ['31720000', '31100000'],
    related: ['electronics'],
  },
  {
    id: 'sensors',
    terms: {
      fr: ['capteur', 'instrumentation', 'chaîne de mesure', 'capteur de pression', 'capteur de température', 'capteur inertiel', 'accéléromètre', 'gyroscope', 'transducteur', 'capteur de vibrations', 'fabrication de capteurs', 'capteurs durcis', 'instrumentation de mesure', 'jauge de contrainte', 'capteur de force', 'capteur de position', 'capteur de déplacement'],
      en: ['sensor', 'pressure sensor', 'temperature sensor', 'inertial sensor', 'accelerometer', 'transducer', 'vibration sensor', 'measurement chain', 'sensor manufacturing', 'rugged sensors', 'instrumentation', 'strain gauge', 'force sensor', 'position sensor', 'load cell'],
    },
    cpv: ['35125100', '38300000', '31711120'],
    related: ['test-lab'],
  },
  {
    id: 'obsolescence',
    terms: {
      fr: ['gestion des obsolescences', 'obsolescence', 'obsolescence des composants', 'traitement des obsolescences', 'pérennité des composants', 'obsolescence électronique', "gestion de l'obsolescence", 'composants obsolètes', 'reconception pour obsolescence', 'pérennisation des équipements électroniques', 'traitement des obsolescences électroniques', 'fin de vie des composants', "rupture d'approvisionnement", 'reconception électronique', 'rétro-conception électronique'],
      en: ['obsolescence management', 'component obsolescence', 'diminishing manufacturing sources', 'long-term supply', 'last time buy', 'electronic obsolescence', 'obsolete components', 'obsolescence redesign', 'DMS management', 'electronics life extension', 'end-of-life components', 'component end-of-life', 'legacy electronics', 'form fit function replacement'],
    },
    acronyms: ['DMSMS'],
    cpv: ['71356200', '31711100'],
    related: ['electronic-components'],
  },
  {
    id: 'electronics-repair',
    terms: {
      fr: ['réparation électronique', 'maintenance électronique', 'MCO électronique', 'réparation de cartes électroniques', 'maintenance des systèmes électroniques', 'dépannage électronique', "maintenance de l'électronique militaire", 'réparation de sous-ensembles électroniques', 'MCO des systèmes électroniques', 'soutien des équipements électroniques', "réparation d'équipements électroniques", 'dépannage de cartes électroniques', 'réparation de cartes', 'remise en état électronique', 'maintenance de cartes électroniques', 'diagnostic électronique'],
      en: ['electronics repair', 'electronic maintenance', 'board repair', 'repair of military electronic systems', 'electronics maintenance', 'electronic systems support', 'maintenance of military electronics', 'military electronics repair', 'military electronics maintenance', 'repair of electronic boards', 'electronic equipment repair', 'rework', 'board-level repair', 'PCB repair', 'electronics overhaul'],
    },
    cpv: ['50660000', '50600000'],
    related: ['defence-electronics'],
  },
  {
    id: 'telecom',
    terms: {
      fr: ['télécommunications', 'télécoms', 'télécom', 'réseau de télécommunications', 'opérateur télécom', 'équipement de télécommunications', 'infrastructure télécom', 'intégration télécom', 'réseaux télécoms', 'ingénierie télécom', 'téléphonie', 'téléphonie IP', 'courants faibles'],
      en: ['telecommunication network', 'telecom operator', 'telecommunications equipment', 'telecom infrastructure', 'telco', 'telecommunications', 'telecom networks', 'telecommunications engineering', 'telephony', 'IP telephony'],
    },
    acronyms: ['VoIP'],
    cpv: ['32500000', '32412100', '32000000'],
    related: ['communication-systems'],
  },
  {
    id: 'radiocommunication',
    terms: {
      fr: ['radiocommunication', 'radio', 'poste radio', 'émetteur-récepteur', 'réseau radio', 'radio HF', 'radiotéléphonie', 'relais radio', 'radiomobile professionnelle', 'radio logicielle', 'radio définie par logiciel', 'radio cognitive', 'radio numérique', 'talkie-walkie'],
      en: ['radio communication', 'transceiver', 'two-way radio', 'HF radio', 'professional mobile radio', 'radio relay', 'software-defined radio', 'software radio', 'cognitive radio', 'digital radio', 'walkie-talkie'],
    },
    acronyms: ['HF', 'VHF', 'UHF', 'PMR', 'TETRA', 'SDR'],
    cpv: ['32230000', '31711110', '32200000', '50333000'],
    related: ['telecom'],
  },
  {
    id: 'tactical-radio',
    terms: {
      fr: ['radio tactique', 'réseau tactique', 'communications tactiques', 'radio militaire', 'réseau maillé', 'réseau ad hoc', 'poste de radio portatif', 'transmissions militaires', 'communications militaires', 'émetteur-récepteur tactique', 'radio de combat', 'radio militaire logicielle', 'transmissions tactiques', 'radio du combattant', 'poste radio tactique'],
      en: ['tactical radio', 'military radio', 'tactical communications', 'tactical network', 'manpack radio', 'mobile ad hoc network', 'mesh network', 'handheld radio', 'military communications', 'combat net radio', 'tactical software-defined radio', 'tactical transceiver', 'soldier radio', 'tactical networking', 'combat communications'],
    },
    acronyms: ['MANET'],
    cpv: ['35712000', '32230000', '35711000'],
    related: ['radiocommunication'],
  },
  {
    id: 'antenna',
    terms: {
      fr: ['antenne', "réseau d'antennes", 'radôme', 'antenne radio', "mât d'antenne", 'antenne à balayage électronique', "conception d'antennes", 'antennes embarquées', 'antenne militaire', 'antennerie', 'réseau antennaire', 'antenne réseau', 'antenne à commande de phase', 'antenne conforme', 'antenne patch'],
      en: ['antenna', 'antennae', 'phased array', 'antenna array', 'antenna mast', 'electronically steered antenna', 'antenna design', 'military antenna', 'antenna systems', 'conformal antenna', 'patch antenna', 'antenna engineering', 'phased array antenna'],
    },
    cpv: ['32352000'],
    related: ['radiocommunication'],
  },
  {
    id: 'datalink',
    terms: {
      fr: ['liaison de données', 'liaison de données tactique', 'liaison tactique', 'Liaison 16', 'Liaison 22', 'liaison de données drone', 'liaison de données haut débit', 'liaison de données militaire', 'intégration de liaisons de données', 'liaison de données sécurisée', 'liaison de commande et contrôle', 'liaison radio de données'],
      en: ['datalink', 'data link', 'tactical data link', 'Link 16', 'Link 22', 'Link 11', 'high-speed data link', 'UAV datalink', 'tactical datalink', 'military data link', 'data link integration', 'C2 link', 'command and control link'],
    },
    acronyms: ['L16', 'L22', 'TDL', 'JREAP', 'MIDS', 'VMF'],
    cpv: ['35712000', '32260000', '32581000'],
    related: ['tactical-radio'],
  },
  {
    id: 'mobile-network',
    terms: {
      fr: ['5G', '4G', '5G privée', 'réseau 5G', 'réseau mobile privé', 'réseau cellulaire', 'réseau mobile', 'téléphonie mobile', 'radio mobile', 'réseau 4G/5G', 'réseau mobile tactique', 'réseau 4G', 'LTE privé', 'réseau LTE', 'réseau cellulaire tactique', 'réseau mobile déployable'],
      en: ['private 5G', 'private LTE', 'cellular network', 'mobile network', 'private mobile network', 'mobile telephony', '5G network', 'tactical LTE', 'deployable mobile network', 'LTE network', 'private wireless network', 'cellular connectivity'],
    },
    acronyms: ['LTE'],
    cpv: ['32510000', '32412100', '32500000'],
    related: ['telecom'],
  },
  {
    id: 'transmission',
    terms: {
      fr: ['transmission de données', 'transmissions', 'faisceau hertzien', 'liaison hertzienne', 'liaison radio', 'liaison point à point', 'transmission numérique', 'modem', 'télémesure', 'télémétrie', 'télécontrôle', 'système de télémesure', 'liaison micro-ondes', 'liaison à vue', 'transmission sans fil', 'télétransmission', 'transmission vidéo'],
      en: ['data transmission', 'radio link', 'microwave link', 'point-to-point link', 'backhaul', 'digital transmission', 'line-of-sight link', 'telemetry', 'telemetry system', 'remote telemetry', 'telemetry receiver', 'wireless transmission', 'video transmission', 'video link'],
    },
    cpv: ['32260000', '32270000', '32441000', '72318000', '38291000'],
    related: ['telecom'],
  },
  {
    id: 'communication-systems',
    terms: {
      fr: ['système de communication', 'infrastructure de communication', 'réseau de communication', "systèmes d'information et de communication", 'système de communication intégré', 'intégration de systèmes de communication', 'communications unifiées', 'intégration de communications', 'systèmes de télécommunications', 'architecture de communication', "systèmes de communications et d'information"],
      en: ['communication system', 'communications infrastructure', 'communication network', 'communication and information systems', 'integrated communication system', 'unified communications', 'communications equipment', 'communications control system', 'communications integration', 'telecommunications systems', 'communication architecture', 'communications systems integration'],
    },
    acronyms: ['SIC', 'CIS'],
    cpv: ['32570000', '32571000', '32412000', '32573000'],
    related: ['telecom'],
  },
  {
    id: 'naval-communications',
    terms: {
      fr: ['communications navales', 'communications embarquées', 'transmissions navales', 'communications avec les sous-marins', 'système de communication naval', 'communications marines', 'communications de bord', 'réseau de communications de bord', 'communications intérieures de navire', 'communications maritimes', 'radiocommunications maritimes', 'communications bord-terre', 'liaison navire-terre', 'réseau de bord', 'interphonie de bord'],
      en: ['naval communications', 'shipboard communications', 'submarine communications', 'ship communication system', 'maritime communications', 'onboard communications', 'ship internal communications', 'naval radio', 'ship-to-shore communications', 'maritime radio', 'shipboard network', 'ship intercom'],
    },
    acronyms: ['VLF', 'GMDSS', 'SMDSM'],
    cpv: ['32500000', '35522000', '32570000'],
    related: ['communication-systems', 'warship'],
  },
];
