import type { ThesaurusConcept } from './thesaurus.types';

/** C4ISR: command and control, intelligence and reconnaissance, electronic warfare, radar. */
// prettier-ignore
export const C4ISR_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'c2',
    terms: {
      fr: ['commandement et contrôle', 'commandement et conduite', 'système de commandement', "système d'information et de commandement", 'poste de commandement', 'conduite des opérations', 'aide à la décision', 'centre de commandement', 'centre opérationnel', 'logiciel de commandement', 'logiciel de commandement et de contrôle', 'système de conduite des opérations', 'commandement & contrôle', 'gestion de la bataille', 'centre de commandement et de contrôle', 'centre de conduite des opérations', 'salle de commandement', 'C2 interarmées', 'système de commandement et de conduite', 'PC tactique', 'poste de commandement tactique', 'poste de commandement déployable', 'PC de campagne', 'centre de commandement mobile', 'architecture de commandement', "système d'aide à la décision", "outil d'aide à la décision", 'aide à la décision opérationnelle', 'système de commandement interarmées', 'centre des opérations', 'salle de conduite', 'centre de conduite', 'système C2', 'logiciel C2'],
      en: ['command and control', 'battle management', 'battle management system', 'command post', 'mission command', 'command centre', 'command center', 'decision support', 'operations centre', 'command and control software', 'C2 software', 'command & control', 'operations center', 'command and control system', 'C2 system', 'joint command and control', 'command and control centre', 'command and control center', 'tactical operations center', 'tactical operations centre', 'deployable command post', 'mobile command post', 'decision support system'],
    },
    acronyms: ['C2', 'JADC2', 'C2IS'],
    cpv: ['35710000', '35711000'],
    related: ['c4i'],
  },
  {
    id: 'c4i',
    terms: {
      fr: ['système C4I', 'systèmes de commandement, de contrôle, de communication et informatiques', 'systèmes C4ISR', 'architecture C4ISR', 'architecture C4I', 'intégration C4ISR', 'systèmes C3I', 'système C5ISR', 'commandement, contrôle, communications, informatique et renseignement', 'intégration C4I', 'systèmes C4ISTAR', 'architecture C5ISR', 'systèmes C4', 'systèmes C3', 'commandement, contrôle et communications', 'commandement, contrôle, communications, ordinateurs et renseignement'],
      en: ['command, control, communications and computers', 'command, control, communications, computers and intelligence', 'C4I systems', 'C4ISR systems', 'C4ISR integration', 'C4ISR architecture', 'command, control, communications, computers, intelligence, surveillance and reconnaissance', 'C5ISR systems', 'C2ISR', 'C4I integration', 'C4I architecture', 'C4ISTAR systems', 'C5ISR integration', 'C4 systems', 'C3 systems', 'command, control and communications'],
    },
    acronyms: ['C4I', 'C4ISR', 'C4ISTAR', 'C3I', 'C4', 'C3', 'C4-ISR', 'C5ISR', 'C6ISR', 'C4ISR/EW'],
    cpv: ['35710000', '35720000'],
    related: ['c2', 'isr'],
  },
  {
    id: 'tactical-c2',
    terms: {
      fr: ["système d'information tactique", "numérisation de l'espace de bataille", 'combat collaboratif', 'infovalorisation', 'combat connecté', 'système de commandement tactique', 'opérations multimilieux', "système d'information du combat Scorpion", 'numérisation du champ de bataille', 'système de commandement du combattant', 'gestion du champ de bataille', 'suivi des forces amies', 'numérisation du combattant', 'C2 tactique', 'bulle tactique', "valorisation de l'information tactique", 'système de gestion du champ de bataille', 'numérisation des forces', 'C2 du combattant débarqué', 'système de commandement du soldat', 'connectivité tactique', 'combat infovalorisé', 'opérations multi-domaines', 'opérations multimilieux et multichamps', 'guerre en réseau', 'guerre réseau-centrée', 'suivi des forces bleues', 'position des forces amies'],
      en: ['tactical command and control', 'battlefield digitisation', 'battlefield digitization', 'collaborative combat', 'connected combat', 'tactical information system', 'blue force tracking', 'battlefield management system', 'multi-domain operations', 'soldier C2', 'tactical edge', 'digitised battlefield', 'digitized battlefield', 'networked combat', 'network-centric warfare', 'network enabled capability', 'friendly force tracking', 'blue force tracker', 'tactical C2', 'dismounted soldier C2', 'all-domain operations', 'battlefield management system software'],
    },
    acronyms: ['SIT', 'MDO', 'BFT', 'M2MC', 'NCW'],
    cpv: ['35712000', '35711000'],
    related: ['c2'],
  },
  {
    id: 'isr',
    terms: {
      fr: ['renseignement, surveillance et reconnaissance', 'surveillance et reconnaissance', 'capteur de renseignement', 'surveillance persistante', 'charge utile ISR', 'reconnaissance', 'reconnaissance aérienne', 'reconnaissance tactique', 'véhicule de reconnaissance', 'mission de reconnaissance', 'surveillance du champ de bataille', 'renseignement et surveillance', 'surveillance aérienne', 'capteurs de surveillance', 'veille et reconnaissance', 'surveillance et renseignement', 'renseignement aéroporté', 'capteurs ISR', 'ISR aéroporté', 'moyens ISR', 'observation et reconnaissance', 'pod de reconnaissance', 'nacelle de reconnaissance', 'reconnaissance photographique', 'surveillance de zone étendue', 'surveillance persistante de zone', 'plateforme ISR', 'avion de renseignement', 'avion de surveillance', 'capacité ISR'],
      en: ['intelligence, surveillance and reconnaissance', 'persistent surveillance', 'ISR sensors', 'ISR payload', 'airborne ISR', 'recon', 'aerial reconnaissance', 'reconnaissance vehicle', 'tactical reconnaissance', 'scouting', 'battlefield surveillance', 'reconnaissance and surveillance', 'wide area surveillance', 'airborne surveillance', 'ISR platform', 'ISR aircraft', 'ISR mission', 'reconnaissance pod', 'reconnaissance mission', 'recce', 'airborne intelligence', 'persistent ISR', 'maritime ISR', 'area surveillance', 'wide area motion imagery', 'overwatch'],
    },
    acronyms: ['ISR', 'WAMI'],
    cpv: ['35720000', '35412400', '35611800'],
    related: ['intelligence'],
  },
  {
    id: 'target-acquisition',
    terms: {
      fr: ["acquisition d'objectifs", 'acquisition de cibles', "désignation d'objectifs", 'ciblage', 'désignation de cibles', 'poursuite de cibles', 'suivi de cibles', "désignation d'objectifs laser", 'localisation de cibles', 'coordination des feux', 'chaîne de ciblage', 'boucle capteur-tireur', 'ciblage interarmées', "acquisition et désignation d'objectifs", 'ciblage dynamique', 'ciblage de précision', "chaîne d'engagement", 'boucle courte capteur-effecteur', 'boucle capteur-effecteur', 'observation et ciblage', 'officier de ciblage', 'coordonnées de cibles', 'géolocalisation de cibles', 'traitement des objectifs', "localisation d'objectifs", 'appui feu interarmées'],
      en: ['target acquisition', 'targeting', 'target designation', 'intelligence, surveillance, target acquisition and reconnaissance', 'target tracking', 'target engagement', 'fire direction', 'sensor-to-shooter', 'kill chain', 'targeting system', 'target location', 'joint targeting', 'fire support coordination', 'target designator', 'target acquisition system', 'targeting cycle', 'dynamic targeting', 'time-sensitive targeting', 'precision targeting', 'target handoff', 'target geolocation', 'target coordinates', 'kill web', 'sensor-to-shooter loop', 'sensor to effector', 'forward observer', 'joint fires', 'joint terminal attack controller'],
    },
    acronyms: ['ISTAR', 'RSTA', 'JTAC', 'TST', 'F2T2EA'],
    cpv: ['35720000'],
    related: ['isr'],
  },
  {
    id: 'automatic-target-recognition',
    terms: {
      fr: ['détection automatique de cibles', 'reconnaissance automatique de cibles', 'identification automatique de cibles', 'classification automatique de cibles', 'détection de cibles', 'reconnaissance de cibles', 'classification de cibles', 'identification de cibles', 'détection et reconnaissance de cibles', 'aide à la reconnaissance de cibles', 'détection automatique de menaces', "reconnaissance automatique d'objets", 'détection, reconnaissance et identification', "classification d'objets", 'reconnaissance de véhicules', 'identification automatique de menaces', 'détection automatique de navires', 'reconnaissance de navires', "classification automatique d'objets", 'détection de cibles par IA', 'discrimination de cibles', 'identification de cibles non coopérative', 'reconnaissance automatique de véhicules', 'détection de véhicules', 'classification de navires', 'reconnaissance de menaces', 'classification de menaces', "détection d'objets d'intérêt", "aide à l'identification de cibles"],
      en: ['automatic target recognition', 'automatic target detection', 'aided target recognition', 'target recognition', 'target detection', 'target classification', 'target identification', 'automatic target classification', 'automatic threat detection', 'detection, recognition and identification', 'object classification', 'aided target detection', 'automatic target acquisition', 'target discrimination', 'non-cooperative target recognition', 'vehicle detection', 'vehicle recognition', 'ship detection', 'vessel detection', 'ship classification', 'AI target recognition', 'target recognition algorithm', 'threat recognition', 'threat classification', 'automated target recognition'],
    },
    acronyms: ['ATR', 'ATD', 'NCTR', 'AiTR', 'DRI'],
    cpv: ['35720000', '72316000', '48328000'],
    related: ['computer-vision', 'target-acquisition'],
  },
  {
    id: 'intelligence',
    terms: {
      fr: ['renseignement', 'renseignement militaire', 'analyse du renseignement', 'exploitation du renseignement', 'cycle du renseignement', 'fusion du renseignement', 'renseignement tactique', 'renseignement opérationnel', 'production de renseignement', 'renseignement humain', "renseignement d'origine humaine", 'analyste renseignement', 'recueil du renseignement', 'recherche du renseignement', 'service de renseignement', 'communauté du renseignement', "renseignement d'intérêt militaire", 'renseignement multi-sources', 'renseignement multi-capteurs', 'renseignement toutes sources', 'plateforme de renseignement', "outil d'analyse du renseignement", 'traitement du renseignement', 'renseignement stratégique', 'contre-ingérence', 'contre-espionnage', 'analyse de liens', 'préparation du renseignement', 'logiciel de renseignement'],
      en: ['intelligence', 'military intelligence', 'intelligence analysis', 'intelligence exploitation', 'all-source intelligence', 'multi-source intelligence', 'intelligence fusion', 'tactical intelligence', 'defence intelligence', 'intelligence production', 'operational intelligence', 'human intelligence', 'intelligence analyst', 'intelligence gathering', 'intelligence services', 'intelligence community', 'intelligence platform', 'intelligence processing', 'intelligence cycle', 'strategic intelligence', 'counterintelligence', 'counter-intelligence', 'intelligence software', 'intelligence analysis software', 'link analysis', 'intelligence preparation of the battlefield'],
    },
    acronyms: ['RIM', 'HUMINT', 'ROHUM', 'IPOE'],
    cpv: ['35720000', '72316000'],
    related: ['isr'],
  },
  {
    id: 'osint',
    terms: {
      fr: ['renseignement en sources ouvertes', "renseignement d'origine sources ouvertes", 'sources ouvertes', 'veille en sources ouvertes', 'intelligence économique', 'veille stratégique', 'veille technologique', 'analyse des réseaux sociaux', 'veille sur internet', 'veille informationnelle', 'recherche en sources ouvertes', 'investigation en sources ouvertes', 'veille web', 'veille médias', 'surveillance des réseaux sociaux', 'veille concurrentielle', 'veille géopolitique', 'recherche OSINT', 'investigation numérique en sources ouvertes', 'veille OSINT', 'enquête en sources ouvertes', 'analyse des médias sociaux', 'veille des médias sociaux', 'écoute des réseaux sociaux', 'veille e-réputation', 'e-réputation', 'veille réputationnelle', 'analyse du web', "renseignement d'intérêt économique", 'veille informationnelle stratégique', 'analyse de données ouvertes', 'renseignement numérique'],
      en: ['open-source intelligence', 'social media intelligence', 'social media monitoring', 'competitive intelligence', 'technology watch', 'strategic watch', 'web monitoring', 'OSINT investigations', 'information monitoring', 'publicly available information', 'media monitoring', 'OSINT analysis', 'OSINT tools', 'open-source investigations', 'social listening', 'online monitoring', 'open source research', 'market intelligence', 'economic intelligence', 'horizon scanning', 'reputation monitoring', 'brand monitoring', 'news monitoring', 'open source analysis'],
    },
    acronyms: ['OSINT', 'ROSO', 'SOCMINT', 'WEBINT'],
    cpv: ['72316000', '72314000'],
    related: ['intelligence'],
  },
  {
    id: 'geoint',
    terms: {
      fr: ['renseignement géospatial', "renseignement d'origine image", 'imagerie de renseignement', "analyse d'images satellite", 'photo-interprétation', "interprétation d'images", "exploitation d'images de renseignement", "exploitation d'imagerie", 'imagerie militaire', 'exploitation image', "analyse d'imagerie", "analyse d'images aériennes", 'photo-interprète', 'analyste image', "traitement d'images satellite", "interprétation d'images satellite", 'renseignement image', 'imagerie satellitaire de renseignement', "exploitation d'images satellitaires", "analyse d'imagerie satellitaire", "interprétation d'imagerie", 'analyse géospatiale', "exploitation d'images aériennes", 'exploitation vidéo', 'exploitation de vidéos drones', 'exploitation vidéo plein mouvement', 'détection de changements', 'détection de changement par imagerie', "renseignement d'origine géospatiale", 'analyste imagerie', "renseignement d'origine imagerie"],
      en: ['geospatial intelligence', 'imagery intelligence', 'imagery analysis', 'photo interpretation', 'image intelligence', 'geospatial analysis', 'imagery exploitation', 'imagery intelligence exploitation', 'image exploitation', 'full motion video exploitation', 'imagery analyst', 'satellite imagery analysis', 'satellite image analysis', 'satellite imagery exploitation', 'aerial imagery analysis', 'change detection', 'full motion video', 'FMV exploitation', 'motion imagery exploitation', 'image interpretation', 'imagery interpretation', 'geospatial intelligence analysis', 'geospatial analytics', 'activity-based intelligence', 'drone video exploitation'],
    },
    acronyms: ['GEOINT', 'IMINT', 'ROIM', 'FMV'],
    cpv: ['35720000', '38221000', '48328000'],
    related: ['intelligence', 'gis'],
  },
  {
    id: 'ew',
    terms: {
      fr: ['guerre électronique', 'lutte électronique', 'guerre électromagnétique', 'lutte dans le spectre électromagnétique', 'maîtrise du spectre', 'combat électromagnétique', 'électronique de guerre', 'guerre électronique navale', 'guerre électronique aéroportée', 'guerre électronique terrestre', 'guerre dans le spectre', 'opérations dans le spectre électromagnétique', 'attaque électronique', 'protection électronique', 'combat dans le spectre électromagnétique', 'équipements de guerre électronique', 'systèmes de guerre électronique', 'suite de guerre électronique', 'guerre électronique tactique', 'lutte électromagnétique', 'maîtrise du spectre électromagnétique', 'action électronique', 'attaque électromagnétique', 'combat électronique', 'opérations électromagnétiques', 'guerre des ondes', 'capacités de guerre électronique', 'charge utile de guerre électronique', 'guerre électronique embarquée', 'guerre électronique offensive'],
      en: ['electronic warfare', 'electromagnetic warfare', 'electronic attack', 'electronic protection', 'spectrum warfare', 'electromagnetic spectrum operations', 'electronic combat', 'electronic warfare suite', 'airborne electronic warfare', 'naval electronic warfare', 'land electronic warfare', 'cyber electromagnetic activities', 'EW equipment', 'electronic warfare systems', 'EW systems', 'EW suite', 'electromagnetic operations', 'electromagnetic spectrum warfare', 'electromagnetic attack', 'electronic warfare support', 'electromagnetic battle management', 'tactical electronic warfare', 'EW payload', 'electronic warfare payload', 'spectrum dominance'],
    },
    acronyms: ['EW', 'GE', 'EMSO', 'CEMA', 'EMBM'],
    cpv: ['35730000'],
    related: ['sigint'],
  },
  {
    id: 'esm',
    terms: {
      fr: ['mesures de soutien électronique', 'soutien électronique', 'détecteur de radar', 'détection de radars', 'interception électronique', "récepteur d'alerte radar", 'écoute électronique', "détecteur d'alerte radar", 'alerte radar', 'soutien électronique radar', 'détection électromagnétique passive', "récepteur d'interception", 'écoute radar', 'veille électronique', 'détection passive', "détecteur d'alerte missile", 'alerte missile', 'récepteur ESM', 'système ESM', 'soutien électronique communications', 'interception de signaux radar', 'détecteur de menaces', "détection d'émissions radar", "identification d'émetteurs", "identification spécifique d'émetteurs", 'bibliothèque de menaces', 'récepteur de veille radar', 'analyse des émissions radar'],
      en: ['electronic support measures', 'electronic support', 'radar warning receiver', 'radar detector', 'signal interception', 'electronic surveillance', 'intercept receiver', 'radar warning', 'ESM receiver', 'passive electromagnetic detection', 'threat warning receiver', 'missile approach warning', 'ESM system', 'missile warning system', 'missile approach warning system', 'emitter identification', 'specific emitter identification', 'threat library', 'radar emitter identification', 'passive detection system', 'electronic support receiver', 'wideband intercept receiver'],
    },
    acronyms: ['ESM', 'RWR', 'RESM', 'CESM', 'LWR', 'MAWS', 'MWS'],
    cpv: ['35730000', '35721000', '35121900'],
    related: ['ew', 'sigint'],
  },
  {
    id: 'ecm',
    terms: {
      fr: ['brouillage', 'brouilleur', 'contre-mesures électroniques', 'leurre', 'contre-mesures', 'lance-leurres', 'autoprotection', "système d'autoprotection", 'leurrage', 'leurres infrarouges', 'paillettes', 'contre-contre-mesures', 'brouillage GNSS', 'contre-mesures infrarouges', 'brouilleur radar', 'brouillage radar', 'brouillage de communications', 'brouilleur de communications', 'brouilleur GNSS', 'brouilleur GPS', 'brouillage GPS', 'leurre radar', 'leurre actif', 'leurres antimissiles', 'lance-leurres naval', 'contre-mesures radar', 'contre-mesures électromagnétiques', 'mesures de protection électronique', "suite d'autoprotection", 'brouillage de barrage', 'brouillage réactif', 'leurre remorqué', 'déception électronique', 'lance-paillettes'],
      en: ['jamming', 'jammer', 'electronic countermeasures', 'countermeasures', 'decoy', 'chaff', 'flares', 'radar jamming', 'decoy launcher', 'self-protection suite', 'self-protection', 'electronic counter-countermeasures', 'counter-measures', 'infrared countermeasures', 'radar jammer', 'communications jamming', 'communication jammer', 'GNSS jamming'],
    },
    acronyms: ['ECM', 'ECCM', 'DIRCM', 'CMDS', 'DRFM', 'SPJ'],
    cpv: ['35730000'],
    related: ['ew'],
  },
  {
    id: 'sigint',
    terms: {
      fr: ["renseignement d'origine électromagnétique", 'renseignement électromagnétique', 'renseignement électronique', 'renseignement des communications', 'interception des communications', 'écoute des communications', 'renseignement radar', 'interception', 'analyse de signaux radar', 'écoute électromagnétique', 'renseignement radioélectrique', 'analyse de signaux électromagnétiques', 'renseignement technique', 'renseignement des signaux', 'interception radio', 'écoute radio', "renseignement d'origine électronique", 'interception légale', 'écoutes téléphoniques', 'interception satellitaire', 'interception GSM', 'analyse technique de signaux', 'démodulation de signaux', 'décodage de signaux', 'capteur ROEM', 'charge utile ROEM', 'satellite ROEM', 'renseignement électromagnétique spatial', 'ordre de bataille électronique'],
      en: ['signals intelligence', 'electronic intelligence', 'communications intelligence', 'communication intercept', 'communications interception', 'radar intelligence', 'signal intelligence', 'radar signal analysis', 'electromagnetic signal analysis', 'radio interception', 'signals intelligence systems', 'SIGINT payload', 'SIGINT sensor', 'SIGINT analysis', 'lawful interception', 'lawful intercept', 'satellite interception', 'cellular interception', 'GSM interception'],
    },
    acronyms: ['SIGINT', 'ROEM', 'ELINT', 'COMINT', 'FISINT', 'MASINT', 'EOB', 'TECHINT'],
    cpv: ['35721000', '35730000', '38111000'],
    related: ['ew', 'intelligence'],
  },
  {
    id: 'direction-finding',
    terms: {
      fr: ['goniométrie', 'radiogoniométrie', "localisation d'émetteurs", 'radiolocalisation', "géolocalisation d'émetteurs", 'goniomètre', 'localisation de sources radio', "détection et localisation d'émetteurs", 'radiogoniomètre', 'goniométrie radio', 'géolocalisation radiofréquence', 'géolocalisation RF', 'localisation radiofréquence', 'triangulation radio', 'localisation de brouilleurs', 'goniométrie passive', "localisation passive d'émetteurs", 'géolocalisation passive', "différence des temps d'arrivée", "angle d'arrivée", 'multilatération', 'localisation de téléphones mobiles', 'géolocalisation de téléphones mobiles', 'localisation de balises', "géolocalisation d'émissions"],
      en: ['direction finding', 'radio direction finding', 'emitter location', 'emitter geolocation', 'radiolocation', 'direction finder', 'RF geolocation', 'signal geolocation', 'DF antenna', 'radio direction finder', 'RF direction finding', 'emitter localisation', 'emitter localization', 'angle of arrival', 'time difference of arrival', 'passive geolocation', 'passive emitter location', 'frequency difference of arrival', 'transmitter location', 'transmitter localization', 'transmitter localisation'],
    },
    acronyms: ['DF', 'TDOA', 'AOA', 'FDOA', 'MLAT'],
    cpv: ['38111000', '35721000'],
    related: ['sigint', 'spectrum-monitoring'],
  },
  {
    id: 'spectrum-monitoring',
    terms: {
      fr: ['surveillance du spectre', 'analyse spectrale', 'gestion du spectre', 'contrôle du spectre', 'analyseur de spectre', 'mesure radioélectrique', 'surveillance radioélectrique', 'contrôle radioélectrique', 'détection de signaux', 'veille spectrale', 'surveillance radio', 'monitoring du spectre', 'écoute du spectre', 'gestion des fréquences', 'planification de fréquences', 'contrôle des fréquences', 'monitoring spectral', 'surveillance spectrale', 'mesure de spectre', 'occupation du spectre', 'analyse du spectre radioélectrique', 'gestion du spectre électromagnétique', 'coordination des fréquences', 'assignation de fréquences', 'détection de brouillage', "détection d'interférences", 'recherche de brouilleurs', 'chasse aux interférences', 'récepteur de surveillance', 'récepteur de mesure', 'analyseur de signaux'],
      en: ['spectrum monitoring', 'spectrum management', 'spectrum analysis', 'spectrum analyser', 'spectrum analyzer', 'RF monitoring', 'radio monitoring', 'signal detection', 'spectrum surveillance', 'frequency management', 'spectrum sensing', 'RF spectrum analysis', 'frequency planning', 'spectrum situational awareness', 'RF survey', 'spectrum occupancy', 'electromagnetic spectrum management', 'frequency coordination', 'frequency assignment', 'interference detection', 'interference hunting', 'interference monitoring'],
    },
    acronyms: ['RTSA'],
    cpv: ['38430000', '35730000'],
    related: ['ew'],
  },
  {
    id: 'radar',
    terms: {
      fr: ['radar', 'radar de surveillance', 'radar de veille', 'radar naval', 'radar aéroporté', 'radar à antenne active', 'antenne active', 'radar côtier', 'radar de conduite de tir', 'identification ami-ennemi', 'transpondeur', 'radar de navigation', 'radar de poursuite', 'radar à balayage électronique', 'radar de contrebatterie', 'radar multi-missions', 'radar de surface', 'radar de veille aérienne', 'radar de veille surface', 'radar de surveillance aérienne', 'radar 3D', 'radar multifonction', 'radar Doppler', 'radar à impulsions', 'radar FMCW', 'radar de détection', 'radar terrestre', 'radar de surveillance terrestre', 'radar de surveillance du sol', 'radar de surveillance maritime', 'radar de surveillance côtière', 'radar passif', 'radar bistatique', 'radar multistatique', 'radar trans-horizon', 'radar HF à ondes de surface', 'radar basse altitude', 'système radar', 'antenne radar', 'émetteur radar', 'récepteur radar'],
      en: ['surveillance radar', 'naval radar', 'airborne radar', 'active electronically scanned array', 'navigation radar', 'coastal radar', 'fire control radar', 'ground surveillance radar', 'passive radar', 'identification friend or foe', 'transponder', 'tracking radar', 'counter-battery radar'],
    },
    acronyms: ['AESA', 'IFF', 'PESA', 'FMCW', 'HFSWR'],
    cpv: ['35722000', '38115000', '34932000', '38115100', '32352200'],
    related: ['isr'],
  },
  {
    id: 'radar-processing',
    terms: {
      fr: ['traitement du signal radar', 'radar signal processing', 'traitement de signaux radar', 'traitement des signaux radar', 'traitement de données radar', 'pistage radar', 'extraction de plots radar', 'calculateur radar', 'algorithmes radar', 'traitement radar', 'pistage multicible', 'poursuite radar', 'extracteur radar', 'algorithmes de pistage', 'traitement Doppler', 'suppression du fouillis', 'filtrage du fouillis radar', 'chaîne de traitement radar', 'logiciel radar', 'réception radar numérique', 'pistage de cibles', 'filtre de Kalman', 'fusion de pistes radar', 'taux de fausse alarme constant', 'traitement adaptatif spatio-temporel', "compression d'impulsion", 'détection de cibles radar', 'classification de cibles radar', 'micro-Doppler', 'élimination des échos fixes', 'visualisation radar', 'console radar', 'simulation de signaux radar'],
      en: ['radar data processing', 'radar tracking', 'radar plot extraction', 'radar processor', 'radar algorithms', 'radar signal processor', 'radar data processor', 'multi-target tracking', 'radar target tracking', 'clutter suppression', 'moving target indication', 'Doppler processing', 'constant false alarm rate', 'radar software', 'radar processing chain', 'Kalman filter', 'Kalman filtering', 'track-while-scan'],
    },
    acronyms: ['MTI', 'STAP', 'CFAR', 'GMTI'],
    cpv: ['35722000', '48461000'],
    related: ['radar', 'signal-processing'],
  },
  {
    id: 'air-defence',
    terms: {
      fr: ['défense aérienne', 'défense sol-air', 'défense antiaérienne', 'lutte anti-aérienne', 'défense surface-air', 'défense antimissile', 'bouclier antimissile', 'défense anti-aérienne', 'lutte antiaérienne', 'défense aérienne élargie', 'défense contre les missiles', 'défense antimissile balistique', 'défense sol-air courte portée', 'défense sol-air très courte portée', 'défense aérienne de courte portée', 'défense aérienne rapprochée', 'défense sol-air moyenne portée', 'défense anti-missile', 'système sol-air', 'système de défense aérienne', 'défense aérienne intégrée', 'artillerie antiaérienne', 'canon antiaérien', 'protection contre les menaces aériennes', 'défense antimissile de théâtre', 'interception de missiles', 'défense contre les missiles de croisière', 'lutte antiaérienne navale', 'défense surface-air courte portée'],
      en: ['air defence', 'air defense', 'air and missile defence', 'ground-based air defence', 'anti-air warfare', 'air defence radar', 'missile defence', 'integrated air and missile defence', 'short-range air defence', 'counter-air', 'air and missile defense', 'ground based air defense', 'SHORAD', 'air defense system', 'air defence system', 'surface-to-air defence', 'surface-to-air defense', 'integrated air defense', 'integrated air defence', 'integrated air and missile defense', 'short range air defense', 'very short range air defence'],
    },
    acronyms: ['GBAD', 'AAW', 'IAMD', 'SAMP/T', 'VSHORAD', 'BMD', 'MRAD', 'IADS', 'TBMD'],
    cpv: ['35723000', '35622700'],
    related: ['radar', 'missile'],
  },
  {
    id: 'imaging-radar',
    terms: {
      fr: ["radar à synthèse d'ouverture", 'imagerie radar', 'radar imageur', 'radar à ouverture synthétique', 'imagerie SAR', 'radar imageur aéroporté', 'radar SAR', 'radar à antenne synthétique', "traitement d'images SAR", 'interférométrie radar', "radar à synthèse d'ouverture inverse", 'imagerie ISAR', 'radar imageur satellitaire', 'radar SAR aéroporté', 'interférométrie SAR', 'images radar', 'mini-SAR', 'SAR embarqué sur drone', 'détection de changements cohérente', "radar à synthèse d'ouverture aéroporté", 'imagerie radar polarimétrique'],
      en: ['synthetic aperture radar', 'inverse synthetic aperture radar', 'radar imaging', 'SAR imagery', 'imaging radar', 'SAR radar', 'airborne imaging radar', 'SAR imaging', 'spaceborne SAR', 'interferometric SAR', 'ISAR imaging', 'SAR processing', 'SAR image processing', 'radar interferometry', 'SAR satellite', 'spaceborne radar', 'radar satellite imagery', 'UAV SAR', 'drone-borne SAR', 'miniSAR', 'coherent change detection', 'polarimetric SAR', 'SAR interferometry', 'radar imagery'],
    },
    acronyms: ['ISAR', 'InSAR', 'PolSAR'],
    cpv: ['35722000', '38115000'],
    related: ['radar', 'earth-observation'],
  },
  {
    id: 'data-fusion',
    terms: {
      fr: ['fusion de données', 'fusion multicapteurs', 'situation tactique', 'appréciation de situation', 'tenue de situation', 'situation opérationnelle', 'image opérationnelle commune', 'fusion de capteurs', "fusion d'informations", 'corrélation de pistes', 'fusion multi-capteurs', 'connaissance de la situation', 'conscience situationnelle', 'compréhension de la situation', 'situation tactique commune', 'image tactique', 'corrélation de données', 'pistage multicapteurs', 'fusion multisource', 'fusion multi-sources', 'fusion de données multicapteurs', 'fusion de données multi-sources', 'fusion de pistes', 'gestion de pistes', 'image tactique commune', 'situation tactique partagée', 'partage de situation', 'image de situation', 'situation maritime', 'image maritime', 'situation aérienne', 'situation aérienne générale', 'compilation de situation', 'connaissance situationnelle', 'perception de la situation'],
      en: ['data fusion', 'sensor fusion', 'multi-sensor fusion', 'situational awareness', 'situation awareness', 'common operational picture', 'recognised maritime picture', 'track management', 'multi-sensor tracking', 'information fusion', 'track fusion', 'common tactical picture', 'recognized maritime picture', 'multi-source fusion', 'multisource data fusion', 'track correlation', 'track-to-track fusion', 'data association', 'recognised air picture', 'recognized air picture', 'air picture', 'maritime picture', 'common operating picture'],
    },
    acronyms: ['COP', 'RMP'],
    cpv: ['35710000', '72316000', '48461000'],
    related: ['c2'],
  },
  {
    id: 'mission-planning',
    terms: {
      fr: ['planification de mission', 'préparation de mission', 'planification opérationnelle', 'système de préparation de mission', 'débriefing de mission', 'planification des opérations', 'préparation des missions aériennes', 'planification de missions aériennes', 'restitution de mission', 'analyse après action', 'planification tactique', 'préparation et restitution de mission', 'préparation de vol', 'logiciel de préparation de mission', 'préparation de mission aérienne', 'planification de vol', "planification d'itinéraire", 'préparation de mission drone', 'planification de missions drones', 'débriefing opérationnel', 'planification de la manœuvre', "ordre d'opération", 'préparation des données de mission', 'données de mission', 'restitution de vol', 'analyse post-mission'],
      en: ['mission planning', 'mission preparation', 'operational planning', 'mission planning system', 'mission debriefing', 'mission rehearsal', 'operations planning', 'mission planning software', 'mission data preparation', 'route planning', 'after-action review', 'mission replay', 'tactical planning', 'flight planning', 'mission data', 'mission preparation system', 'mission planning tool', 'mission debrief', 'debriefing system', 'post-mission analysis', 'mission analysis', 'mission rehearsal system', 'flight plan', 'UAV mission planning', 'drone mission planning', 'operational planning tool', 'operations order', 'course of action analysis', 'mission data file', 'mission support system'],
    },
    acronyms: ['MPS'],
    cpv: ['35710000', '72231000'],
    related: ['c2'],
  },
];
