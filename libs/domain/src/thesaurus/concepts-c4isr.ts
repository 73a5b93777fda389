import type { ThesaurusConcept } from './thesaurus.types';

/** C4ISR: command and control, intelligence and reconnaissance, electronic warfare, radar. */
// prettier-ignore
export const C4ISR_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'c2',
    terms: {
      fr: ['commandement et contrôle', 'commandement et conduite', 'système de commandement', "système d'information et de commandement", 'poste de commandement', 'conduite des opérations', 'aide à la décision', 'centre de commandement', 'centre opérationnel', 'logiciel de commandement', 'logiciel de commandement et de contrôle', 'système de conduite des opérations', 'commandement & contrôle', 'gestion de la bataille', 'centre de commandement et de contrôle', 'centre de conduite des opérations', 'salle de commandement'],
      en: ['command and control', 'battle management', 'battle management system', 'command post', 'mission command', 'command centre', 'command center', 'decision support', 'operations centre', 'command and control software', 'C2 software', 'command & control', 'operations center'],
    },
    acronyms: ['C2'],
    cpv: ['35710000', '35711000'],
    related: ['c4i'],
  },
  {
    id: 'c4i',
    terms: {
      fr: ['système C4I', 'systèmes de commandement, de contrôle, de communication et informatiques', 'systèmes C4ISR', 'architecture C4ISR', 'architecture C4I', 'intégration C4ISR', 'systèmes C3I', 'système C5ISR', 'commandement, contrôle, communications, informatique et renseignement'],
      en: ['command, control, communications and computers', 'command, control, communications, computers and intelligence', 'C4I systems', 'C4ISR systems', 'C4ISR integration', 'C4ISR architecture', 'command, control, communications, computers, intelligence, surveillance and reconnaissance', 'C5ISR systems', 'C2ISR'],
    },
    acronyms: ['C4I', 'C4ISR', 'C4ISTAR', 'C3I', 'C4', 'C3', 'C4-ISR', 'C5ISR'],
    cpv: ['35710000', '35720000'],
    related: ['c2', 'isr'],
  },
  {
    id: 'tactical-c2',
    terms: {
      fr: ["système d'information tactique", "numérisation de l'espace de bataille", 'combat collaboratif', 'infovalorisation', 'combat connecté', 'système de commandement tactique', 'opérations multimilieux', "système d'information du combat Scorpion", 'numérisation du champ de bataille', 'système de commandement du combattant', 'gestion du champ de bataille', 'suivi des forces amies', 'numérisation du combattant', 'C2 tactique', 'bulle tactique', "valorisation de l'information tactique"],
      en: ['tactical command and control', 'battlefield digitisation', 'battlefield digitization', 'collaborative combat', 'connected combat', 'tactical information system', 'blue force tracking', 'battlefield management system', 'multi-domain operations', 'soldier C2', 'tactical edge'],
    },
    acronyms: ['SIT', 'MDO', 'BFT', 'M2MC'],
    cpv: ['35712000', '35711000'],
    related: ['c2'],
  },
  {
    id: 'isr',
    terms: {
      fr: ['renseignement, surveillance et reconnaissance', 'surveillance et reconnaissance', 'capteur de renseignement', 'surveillance persistante', 'charge utile ISR', 'reconnaissance', 'reconnaissance aérienne', 'reconnaissance tactique', 'véhicule de reconnaissance', 'mission de reconnaissance', 'surveillance du champ de bataille', 'renseignement et surveillance', 'surveillance aérienne', 'capteurs de surveillance', 'veille et reconnaissance', 'surveillance et renseignement'],
      en: ['intelligence, surveillance and reconnaissance', 'persistent surveillance', 'ISR sensors', 'ISR payload', 'airborne ISR', 'recon', 'aerial reconnaissance', 'reconnaissance vehicle', 'tactical reconnaissance', 'scouting', 'battlefield surveillance', 'reconnaissance and surveillance', 'wide area surveillance', 'airborne surveillance'],
    },
    acronyms: ['ISR'],
    cpv: ['35720000', '35412400', '35611800'],
    related: ['intelligence'],
  },
  {
    id: 'target-acquisition',
    terms: {
      fr: ["acquisition d'objectifs", 'acquisition de cibles', "désignation d'objectifs", 'ciblage', 'désignation de cibles', 'poursuite de cibles', 'suivi de cibles', "désignation d'objectifs laser", 'localisation de cibles', 'coordination des feux', 'chaîne de ciblage', 'boucle capteur-tireur', 'ciblage interarmées'],
      en: ['target acquisition', 'targeting', 'target designation', 'intelligence, surveillance, target acquisition and reconnaissance', 'target tracking', 'target engagement', 'fire direction', 'sensor-to-shooter', 'kill chain', 'targeting system', 'target location', 'joint targeting', 'fire support coordination', 'target designator'],
    },
    acronyms: ['ISTAR', 'RSTA', 'JTAC'],
    cpv: ['35720000'],
    related: ['isr'],
  },
  {
    id: 'automatic-target-recognition',
    terms: {
      fr: ['détection automatique de cibles', 'reconnaissance automatique de cibles', 'identification automatique de cibles', 'classification automatique de cibles', 'détection de cibles', 'reconnaissance de cibles', 'classification de cibles', 'identification de cibles', 'détection et reconnaissance de cibles', 'aide à la reconnaissance de cibles', 'détection automatique de menaces', "reconnaissance automatique d'objets", 'détection, reconnaissance et identification', "classification d'objets", 'reconnaissance de véhicules', 'identification automatique de menaces'],
      en: ['automatic target recognition', 'automatic target detection', 'aided target recognition', 'target recognition', 'target detection', 'target classification', 'target identification', 'automatic target classification', 'automatic threat detection', 'detection, recognition and identification', 'object classification', 'aided target detection', 'automatic target acquisition'],
    },
    acronyms: ['ATR', 'ATD'],
    cpv: ['35720000', '72316000', '48328000'],
    related: ['computer-vision', 'target-acquisition'],
  },
  {
    id: 'intelligence',
    terms: {
      fr: ['renseignement', 'renseignement militaire', 'analyse du renseignement', 'exploitation du renseignement', 'cycle du renseignement', 'fusion du renseignement', 'renseignement tactique', 'renseignement opérationnel', 'production de renseignement', 'renseignement humain', "renseignement d'origine humaine", 'analyste renseignement', 'recueil du renseignement', 'recherche du renseignement'],
      en: ['intelligence', 'military intelligence', 'intelligence analysis', 'intelligence exploitation', 'all-source intelligence', 'multi-source intelligence', 'intelligence fusion', 'tactical intelligence', 'defence intelligence', 'intelligence production', 'operational intelligence', 'human intelligence', 'intelligence analyst', 'intelligence gathering'],
    },
    acronyms: ['RIM', 'HUMINT', 'ROHUM'],
    cpv: ['35720000', '72316000'],
    related: ['isr'],
  },
  {
    id: 'osint',
    terms: {
      fr: ['renseignement en sources ouvertes', "renseignement d'origine sources ouvertes", 'sources ouvertes', 'veille en sources ouvertes', 'intelligence économique', 'veille stratégique', 'veille technologique', 'analyse des réseaux sociaux', 'veille sur internet', 'veille informationnelle', 'recherche en sources ouvertes', 'investigation en sources ouvertes', 'veille web', 'veille médias', 'surveillance des réseaux sociaux', 'veille concurrentielle', 'veille géopolitique'],
      en: ['open-source intelligence', 'social media intelligence', 'social media monitoring', 'competitive intelligence', 'technology watch', 'strategic watch', 'web monitoring', 'OSINT investigations', 'information monitoring', 'publicly available information', 'media monitoring'],
    },
    acronyms: ['OSINT', 'ROSO', 'SOCMINT'],
    cpv: ['72316000', '72314000'],
    related: ['intelligence'],
  },
  {
    id: 'geoint',
    terms: {
      fr: ['renseignement géospatial', "renseignement d'origine image", 'imagerie de renseignement', "analyse d'images satellite", 'photo-interprétation', "interprétation d'images", "exploitation d'images de renseignement", "exploitation d'imagerie", 'imagerie militaire', 'exploitation image', "analyse d'imagerie", "analyse d'images aériennes", 'photo-interprète', 'analyste image', "traitement d'images satellite", "interprétation d'images satellite"],
      en: ['geospatial intelligence', 'imagery intelligence', 'imagery analysis', 'photo interpretation', 'image intelligence', 'geospatial analysis', 'imagery exploitation', 'imagery intelligence exploitation', 'image exploitation', 'full motion video exploitation', 'imagery analyst', 'satellite imagery analysis'],
    },
    acronyms: ['GEOINT', 'IMINT', 'ROIM'],
    cpv: ['35720000', '38221000', '48328000'],
    related: ['intelligence', 'gis'],
  },
  {
    id: 'ew',
    terms: {
      fr: ['guerre électronique', 'lutte électronique', 'guerre électromagnétique', 'lutte dans le spectre électromagnétique', 'maîtrise du spectre', 'combat électromagnétique', 'électronique de guerre', 'guerre électronique navale', 'guerre électronique aéroportée', 'guerre électronique terrestre', 'guerre dans le spectre', 'opérations dans le spectre électromagnétique', 'attaque électronique', 'protection électronique', 'combat dans le spectre électromagnétique'],
      en: ['electronic warfare', 'electromagnetic warfare', 'electronic attack', 'electronic protection', 'spectrum warfare', 'electromagnetic spectrum operations', 'electronic combat', 'electronic warfare suite', 'airborne electronic warfare', 'naval electronic warfare', 'land electronic warfare', 'cyber electromagnetic activities', 'EW equipment'],
    },
    acronyms: ['EW', 'GE', 'EMSO'],
    cpv: ['35730000'],
    related: ['sigint'],
  },
  {
    id: 'esm',
    terms: {
      fr: ['mesures de soutien électronique', 'soutien électronique', 'détecteur de radar', 'détection de radars', 'interception électronique', "récepteur d'alerte radar", 'écoute électronique', "détecteur d'alerte radar", 'alerte radar', 'soutien électronique radar', 'détection électromagnétique passive', "récepteur d'interception", 'écoute radar', 'veille électronique', 'détection passive'],
      en: ['electronic support measures', 'electronic support', 'radar warning receiver', 'radar detector', 'signal interception', 'electronic surveillance', 'intercept receiver', 'radar warning', 'ESM receiver', 'passive electromagnetic detection', 'threat warning receiver', 'missile approach warning'],
    },
    acronyms: ['ESM', 'RWR', 'RESM', 'CESM'],
    cpv: ['35730000', '35721000', '35121900'],
    related: ['ew', 'sigint'],
  },
  {
    id: 'ecm',
    terms: {
      fr: ['brouillage', 'brouilleur', 'contre-mesures électroniques', 'leurre', 'contre-mesures', 'lance-leurres', 'autoprotection', "système d'autoprotection", 'leurrage', 'leurres infrarouges', 'paillettes', 'contre-contre-mesures', 'brouillage GNSS', 'contre-mesures infrarouges'],
      en: ['jamming', 'jammer', 'electronic countermeasures', 'countermeasures', 'decoy', 'chaff', 'flares', 'radar jamming', 'decoy launcher', 'self-protection suite', 'self-protection', 'electronic counter-countermeasures', 'counter-measures', 'infrared countermeasures'],
    },
    acronyms: ['ECM', 'ECCM', 'DIRCM'],
    cpv: ['35730000'],
    related: ['ew'],
  },
  {
    id: 'sigint',
    terms: {
      fr: ["renseignement d'origine électromagnétique", 'renseignement électromagnétique', 'renseignement électronique', 'renseignement des communications', 'interception des communications', 'écoute des communications', 'renseignement radar', 'interception', 'analyse de signaux radar', 'écoute électromagnétique', 'renseignement radioélectrique', 'analyse de signaux électromagnétiques', 'renseignement technique', 'renseignement des signaux', 'interception radio', 'écoute radio'],
      en: ['signals intelligence', 'electronic intelligence', 'communications intelligence', 'communication intercept', 'communications interception', 'radar intelligence', 'signal intelligence', 'radar signal analysis', 'electromagnetic signal analysis', 'radio interception'],
    },
    acronyms: ['SIGINT', 'ROEM', 'ELINT', 'COMINT', 'FISINT'],
    cpv: ['35721000', '35730000', '38111000'],
    related: ['ew', 'intelligence'],
  },
  {
    id: 'direction-finding',
    terms: {
      fr: ['goniométrie', 'radiogoniométrie', "localisation d'émetteurs", 'radiolocalisation', "géolocalisation d'émetteurs", 'goniomètre', 'localisation de sources radio', "détection et localisation d'émetteurs", 'radiogoniomètre', 'goniométrie radio', 'géolocalisation radiofréquence', 'géolocalisation RF', 'localisation radiofréquence', 'triangulation radio', 'localisation de brouilleurs'],
      en: ['direction finding', 'radio direction finding', 'emitter location', 'emitter geolocation', 'radiolocation', 'direction finder', 'RF geolocation', 'signal geolocation', 'DF antenna', 'radio direction finder', 'RF direction finding', 'emitter localisation', 'emitter localization', 'angle of arrival', 'time difference of arrival'],
    },
    acronyms: ['DF'],
    cpv: ['38111000', '35721000'],
    related: ['sigint', 'spectrum-monitoring'],
  },
  {
    id: 'spectrum-monitoring',
    terms: {
      fr: ['surveillance du spectre', 'analyse spectrale', 'gestion du spectre', 'contrôle du spectre', 'analyseur de spectre', 'mesure radioélectrique', 'surveillance radioélectrique', 'contrôle radioélectrique', 'détection de signaux', 'veille spectrale', 'surveillance radio', 'monitoring du spectre', 'écoute du spectre', 'gestion des fréquences', 'planification de fréquences', 'contrôle des fréquences'],
      en: ['spectrum monitoring', 'spectrum management', 'spectrum analysis', 'spectrum analyser', 'spectrum analyzer', 'RF monitoring', 'radio monitoring', 'signal detection', 'spectrum surveillance', 'frequency management', 'spectrum sensing', 'RF spectrum analysis', 'frequency planning', 'spectrum situational awareness', 'RF survey'],
    },
    cpv: ['38430000', '35730000'],
    related: ['ew'],
  },
  {
    id: 'radar',
    terms: {
      fr: ['radar', 'radar de surveillance', 'radar de veille', 'radar naval', 'radar aéroporté', 'radar à antenne active', 'antenne active', 'radar côtier', 'radar de conduite de tir', 'identification ami-ennemi', 'transpondeur', 'radar de navigation', 'radar de poursuite', 'radar à balayage électronique', 'radar de contrebatterie', 'radar multi-missions'],
      en: ['surveillance radar', 'naval radar', 'airborne radar', 'active electronically scanned array', 'navigation radar', 'coastal radar', 'fire control radar', 'ground surveillance radar', 'passive radar', 'identification friend or foe', 'transponder', 'tracking radar', 'counter-battery radar'],
    },
    acronyms: ['AESA', 'IFF'],
    cpv: ['35722000', '38115000', '34932000', '38115100', '32352200'],
    related: ['isr'],
  },
  {
    id: 'radar-processing',
    terms: {
      fr: ['traitement du signal radar', 'radar signal processing', 'traitement de signaux radar', 'traitement des signaux radar', 'traitement de données radar', 'pistage radar', 'extraction de plots radar', 'calculateur radar', 'algorithmes radar', 'traitement radar', 'pistage multicible', 'poursuite radar', 'extracteur radar', 'algorithmes de pistage', 'traitement Doppler', 'suppression du fouillis', 'filtrage du fouillis radar'],
      en: ['radar data processing', 'radar tracking', 'radar plot extraction', 'radar processor', 'radar algorithms', 'radar signal processor', 'radar data processor', 'multi-target tracking', 'radar target tracking', 'clutter suppression', 'moving target indication', 'Doppler processing', 'constant false alarm rate'],
    },
    acronyms: ['MTI'],
    cpv: ['35722000', '48461000'],
    related: ['radar', 'signal-processing'],
  },
  {
    id: 'air-defence',
    terms: {
      fr: ['défense aérienne', 'défense sol-air', 'défense antiaérienne', 'lutte anti-aérienne', 'défense surface-air', 'défense antimissile', 'bouclier antimissile', 'défense anti-aérienne', 'lutte antiaérienne', 'défense aérienne élargie', 'défense contre les missiles', 'défense antimissile balistique'],
      en: ['air defence', 'air defense', 'air and missile defence', 'ground-based air defence', 'anti-air warfare', 'air defence radar', 'missile defence', 'integrated air and missile defence', 'short-range air defence', 'counter-air', 'air and missile defense', 'ground based air defense', 'SHORAD'],
    },
    acronyms: ['GBAD', 'AAW', 'IAMD', 'SAMP/T', 'VSHORAD', 'BMD'],
    cpv: ['35723000', '35622700'],
    related: ['radar', 'missile'],
  },
  {
    id: 'imaging-radar',
    terms: {
      fr: ["radar à synthèse d'ouverture", 'imagerie radar', 'radar imageur', 'radar à ouverture synthétique', 'imagerie SAR', 'radar imageur aéroporté', 'radar SAR', 'radar à antenne synthétique', "traitement d'images SAR", 'interférométrie radar'],
      en: ['synthetic aperture radar', 'inverse synthetic aperture radar', 'radar imaging', 'SAR imagery', 'imaging radar', 'SAR radar', 'airborne imaging radar', 'SAR imaging', 'spaceborne SAR', 'interferometric SAR', 'ISAR imaging', 'SAR processing', 'SAR image processing', 'radar interferometry'],
    },
    acronyms: ['ISAR', 'InSAR'],
    cpv: ['35722000', '38115000'],
    related: ['radar', 'earth-observation'],
  },
  {
    id: 'data-fusion',
    terms: {
      fr: ['fusion de données', 'fusion multicapteurs', 'situation tactique', 'appréciation de situation', 'tenue de situation', 'situation opérationnelle', 'image opérationnelle commune', 'fusion de capteurs', "fusion d'informations", 'corrélation de pistes', 'fusion multi-capteurs', 'connaissance de la situation', 'conscience situationnelle', 'compréhension de la situation', 'situation tactique commune', 'image tactique', 'corrélation de données', 'pistage multicapteurs'],
      en: ['data fusion', 'sensor fusion', 'multi-sensor fusion', 'situational awareness', 'situation awareness', 'common operational picture', 'recognised maritime picture', 'track management', 'multi-sensor tracking', 'information fusion', 'track fusion', 'common tactical picture', 'recognized maritime picture'],
    },
    cpv: ['35710000', '72316000', '48461000'],
    related: ['c2'],
  },
  {
    id: 'mission-planning',
    terms: {
      fr: ['planification de mission', 'préparation de mission', 'planification opérationnelle', 'système de préparation de mission', 'débriefing de mission', 'planification des opérations', 'préparation des missions aériennes', 'planification de missions aériennes', 'restitution de mission', 'analyse après action', 'planification tactique', 'préparation et restitution de mission', 'préparation de vol'],
      en: ['mission planning', 'mission preparation', 'operational planning', 'mission planning system', 'mission debriefing', 'mission rehearsal', 'operations planning', 'mission planning software', 'mission data preparation', 'route planning', 'after-action review', 'mission replay', 'tactical planning', 'flight planning', 'mission data'],
    },
    cpv: ['35710000', '72231000'],
    related: ['c2'],
  },
];
