import type { ThesaurusConcept } from './thesaurus.types';

/** C4ISR: command and control, intelligence and reconnaissance, electronic warfare, radar. */
// prettier-ignore
export const C4ISR_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'c2',
    terms: {
      fr: ['commandement et contrôle', 'commandement et conduite', 'système de commandement', 'système de commandement et de contrôle', "système d'information et de commandement", 'poste de commandement', 'conduite des opérations', 'aide à la décision', 'centre de commandement', 'centre opérationnel', 'logiciel de commandement', 'logiciel de commandement et de contrôle', 'logiciel C2', 'système de conduite des opérations', 'commandement et contrôle interarmées'],
      en: ['command and control', 'command and control system', 'battle management', 'battle management system', 'command post', 'mission command', 'command centre', 'command center', 'decision support', 'operations centre', 'command and control software', 'C2 software', 'C2 system', 'command and control application', 'C2 systems integration'],
    },
    acronyms: ['C2'],
    cpv: ['35710000', '35711000'],
    related: ['c4i'],
  },
  {
    id: 'c4i',
    terms: {
      fr: ['système C4I', 'systèmes de commandement, de contrôle, de communication et informatiques', 'systèmes C4ISR', 'architecture C4ISR'],
      en: ['command, control, communications and computers', 'command, control, communications, computers and intelligence', 'C4I systems', 'C4ISR systems', 'C4ISR integration'],
    },
    acronyms: ['C4I', 'C4ISR', 'C4ISTAR', 'C3I', 'C4', 'C3', 'C4-ISR'],
    cpv: ['35710000', '35720000'],
    related: ['c2', 'isr'],
  },
  {
    id: 'tactical-c2',
    terms: {
      fr: ["système d'information tactique", "numérisation de l'espace de bataille", 'combat collaboratif', 'infovalorisation', 'combat connecté', 'système de commandement tactique', 'opérations multimilieux', "système d'information du combat Scorpion", 'numérisation du champ de bataille', 'système de commandement du combattant'],
      en: ['tactical command and control', 'battlefield digitisation', 'battlefield digitization', 'collaborative combat', 'connected combat', 'tactical information system', 'blue force tracking', 'battlefield management system', 'multi-domain operations', 'soldier C2', 'tactical edge'],
    },
    acronyms: ['SIT', 'MDO', 'BFT', 'M2MC'],
    cpv: ['35712000', '35711000'],
    related: ['c2'],
  },
  {
    id: 'isr',
    terms: {
      fr: ['renseignement, surveillance et reconnaissance', 'surveillance et reconnaissance', 'capteur de renseignement', 'surveillance persistante', 'charge utile ISR', 'reconnaissance', 'reconnaissance aérienne', 'reconnaissance tactique', 'véhicule de reconnaissance', 'mission de reconnaissance', 'moyens ISR', 'surveillance du champ de bataille', 'renseignement et surveillance'],
      en: ['intelligence, surveillance and reconnaissance', 'persistent surveillance', 'ISR sensors', 'ISR payload', 'airborne ISR', 'recon', 'aerial reconnaissance', 'reconnaissance vehicle', 'tactical reconnaissance', 'scouting', 'ISR systems', 'battlefield surveillance', 'ISR solutions'],
    },
    acronyms: ['ISR'],
    cpv: ['35720000', '35412400', '35611800'],
    related: ['intelligence'],
  },
  {
    id: 'target-acquisition',
    terms: {
      fr: ["acquisition d'objectifs", 'acquisition de cibles', "désignation d'objectifs", 'ciblage', 'désignation de cibles', 'poursuite de cibles', 'suivi de cibles', "désignation d'objectifs laser", ],
      en: ['target acquisition', 'targeting', 'target designation', 'intelligence, surveillance, target acquisition and reconnaissance', 'target tracking', 'target engagement', 'fire direction'],
    },
    acronyms: ['ISTAR', 'RSTA'],
    cpv: ['35720000'],
    related: ['isr'],
  },
  {
    id: 'automatic-target-recognition',
    terms: {
      fr: ['détection automatique de cibles', 'reconnaissance automatique de cibles', 'identification automatique de cibles', 'classification automatique de cibles', 'détection de cibles', 'reconnaissance de cibles', 'classification de cibles', 'identification de cibles', 'détection et reconnaissance de cibles', 'aide à la reconnaissance de cibles', 'détection automatique de menaces', "reconnaissance automatique d'objets"],
      en: ['automatic target recognition', 'automatic target detection', 'aided target recognition', 'target recognition', 'target detection', 'target classification', 'target identification', 'automatic target classification', 'automatic threat detection', 'detection, recognition and identification'],
    },
    acronyms: ['ATR', 'ATD'],
    cpv: ['35720000', '72316000', '48328000'],
    related: ['computer-vision', 'target-acquisition'],
  },
  {
    id: 'intelligence',
    terms: {
      fr: ['renseignement', 'renseignement militaire', 'analyse du renseignement', 'exploitation du renseignement', 'renseignement multi-sources', 'cycle du renseignement', 'fusion du renseignement', 'renseignement tactique', "renseignement d'intérêt militaire", 'renseignement opérationnel', 'analyse de renseignement', 'production de renseignement'],
      en: ['intelligence', 'military intelligence', 'intelligence analysis', 'intelligence exploitation', 'all-source intelligence', 'multi-source intelligence', 'intelligence fusion', 'tactical intelligence', 'defence intelligence', 'intelligence production', 'operational intelligence'],
    },
    acronyms: ['RIM', 'HUMINT', 'ROHUM'],
    cpv: ['35720000', '72316000'],
    related: ['isr'],
  },
  {
    id: 'osint',
    terms: {
      fr: ['renseignement en sources ouvertes', "renseignement d'origine sources ouvertes", 'sources ouvertes', 'veille en sources ouvertes', 'intelligence économique', 'veille stratégique', 'veille technologique', 'analyse des réseaux sociaux', 'veille sur internet', 'veille informationnelle'],
      en: ['open-source intelligence', 'social media intelligence', 'social media monitoring', 'competitive intelligence', 'technology watch', 'strategic watch', 'web monitoring', 'OSINT investigations', 'information monitoring'],
    },
    acronyms: ['OSINT', 'ROSO', 'SOCMINT'],
    cpv: ['72316000', '72314000'],
    related: ['intelligence'],
  },
  {
    id: 'geoint',
    terms: {
      fr: ['renseignement géospatial', "renseignement d'origine image", 'imagerie de renseignement', "analyse d'images satellite", 'photo-interprétation', "interprétation d'images", "exploitation d'images de renseignement", "exploitation d'imagerie", 'imagerie militaire', 'exploitation image', "analyse d'imagerie"],
      en: ['geospatial intelligence', 'imagery intelligence', 'imagery analysis', 'photo interpretation', 'image intelligence', 'geospatial analysis', 'imagery exploitation', 'imagery intelligence exploitation', 'image exploitation', 'full motion video exploitation', 'imagery analyst'],
    },
    acronyms: ['GEOINT', 'IMINT', 'ROIM'],
    cpv: ['35720000', '38221000', '48328000'],
    related: ['intelligence', 'gis'],
  },
  {
    id: 'ew',
    terms: {
      fr: ['guerre électronique', 'système de guerre électronique', 'lutte électronique', 'guerre électromagnétique', 'lutte dans le spectre électromagnétique', 'maîtrise du spectre', 'combat électromagnétique', 'électronique de guerre', 'guerre électronique navale', 'guerre électronique aéroportée', 'guerre électronique terrestre', 'systèmes de guerre électromagnétique'],
      en: ['electronic warfare', 'electronic warfare system', 'electromagnetic warfare', 'electronic attack', 'electronic protection', 'spectrum warfare', 'electromagnetic spectrum operations', 'electronic combat', 'EW systems', 'electronic warfare suite', 'airborne electronic warfare', 'naval electronic warfare', 'land electronic warfare'],
    },
    acronyms: ['EW', 'GE', 'EMSO'],
    cpv: ['35730000'],
    related: ['sigint'],
  },
  {
    id: 'esm',
    terms: {
      fr: ['mesures de soutien électronique', 'soutien électronique', 'détecteur de radar', 'détection de radars', 'interception électronique', "récepteur d'alerte radar", 'écoute électronique', "détecteur d'alerte radar", 'alerte radar', 'soutien électronique radar', 'détection électromagnétique passive'],
      en: ['electronic support measures', 'electronic support', 'radar warning receiver', 'radar detector', 'signal interception', 'electronic surveillance', 'intercept receiver', 'radar warning', 'ESM receiver', 'passive electromagnetic detection'],
    },
    acronyms: ['ESM', 'RWR', 'RESM', 'CESM'],
    cpv: ['35730000', '35721000', '35121900'],
    related: ['ew', 'sigint'],
  },
  {
    id: 'ecm',
    terms: {
      fr: ['brouillage', 'brouilleur', 'contre-mesures électroniques', 'leurre', 'contre-mesures', 'brouillage radar', 'brouillage des communications', 'lance-leurres', 'leurre électromagnétique', 'autoprotection', "système d'autoprotection"],
      en: ['jamming', 'jammer', 'electronic countermeasures', 'countermeasures', 'decoy', 'chaff', 'flares', 'radar jamming', 'communications jamming', 'decoy launcher', 'self-protection suite', 'self-protection', 'RF jamming', 'electronic counter-countermeasures'],
    },
    acronyms: ['ECM', 'ECCM', 'DIRCM'],
    cpv: ['35730000'],
    related: ['ew'],
  },
  {
    id: 'sigint',
    terms: {
      fr: ["renseignement d'origine électromagnétique", 'renseignement électromagnétique', 'renseignement électronique', 'renseignement des communications', 'interception des communications', 'écoute des communications', 'renseignement radar', 'interception', 'interception et analyse de signaux radar', 'analyse de signaux radar', 'écoute électromagnétique', 'renseignement radioélectrique', 'interception radar', 'analyse de signaux électromagnétiques', 'interception de signaux'],
      en: ['signals intelligence', 'electronic intelligence', 'communications intelligence', 'communication intercept', 'communications interception', 'radar intelligence', 'signal intelligence', 'radar signal analysis', 'radar interception', 'electronic signals intelligence', 'electromagnetic signal analysis'],
    },
    acronyms: ['SIGINT', 'ROEM', 'ELINT', 'COMINT', 'FISINT'],
    cpv: ['35721000', '35730000', '38111000'],
    related: ['ew', 'intelligence'],
  },
  {
    id: 'direction-finding',
    terms: {
      fr: ['goniométrie', 'radiogoniométrie', "localisation d'émetteurs", 'radiolocalisation', "géolocalisation d'émetteurs", 'goniomètre', 'localisation de sources radio', "détection et localisation d'émetteurs", 'radiogoniomètre'],
      en: ['direction finding', 'radio direction finding', 'emitter location', 'emitter geolocation', 'radiolocation', 'direction finder', 'RF geolocation', 'signal geolocation', 'DF antenna'],
    },
    acronyms: ['DF'],
    cpv: ['38111000', '35721000'],
    related: ['sigint', 'spectrum-monitoring'],
  },
  {
    id: 'spectrum-monitoring',
    terms: {
      fr: ['surveillance du spectre', 'analyse spectrale', 'gestion du spectre', 'contrôle du spectre', 'analyseur de spectre', 'mesure radioélectrique', 'surveillance radioélectrique', 'contrôle radioélectrique', 'détection de signaux'],
      en: ['spectrum monitoring', 'spectrum management', 'spectrum analysis', 'spectrum analyser', 'spectrum analyzer', 'RF monitoring', 'radio monitoring', 'signal detection', 'spectrum surveillance'],
    },
    cpv: ['38430000', '35730000'],
    related: ['ew'],
  },
  {
    id: 'radar',
    terms: {
      fr: ['radar', 'radar de surveillance', 'radar de veille', 'radar naval', 'radar aéroporté', 'radar à antenne active', 'radar multifonction', 'antenne active', 'radar côtier', 'radar de conduite de tir', 'radar 3D', 'identification ami-ennemi', 'transpondeur'],
      en: ['surveillance radar', 'naval radar', 'airborne radar', 'multifunction radar', 'active electronically scanned array', 'navigation radar', 'radar system', 'coastal radar', 'fire control radar', 'ground surveillance radar', 'passive radar', 'identification friend or foe', 'transponder'],
    },
    acronyms: ['AESA', 'IFF'],
    cpv: ['35722000', '38115000', '34932000', '38115100', '32352200'],
    related: ['isr'],
  },
  {
    id: 'radar-processing',
    terms: {
      fr: ['traitement du signal radar', 'radar signal processing', 'traitement de signaux radar', 'traitement des signaux radar', 'traitement de données radar', 'pistage radar', 'extraction de plots radar', 'calculateur radar', 'algorithmes radar'],
      en: ['radar data processing', 'radar tracking', 'radar plot extraction', 'radar processor', 'radar algorithms', 'radar signal processor'],
    },
    cpv: ['35722000', '48461000'],
    related: ['radar', 'signal-processing'],
  },
  {
    id: 'air-defence',
    terms: {
      fr: ['défense aérienne', 'défense sol-air', 'défense antiaérienne', 'lutte anti-aérienne', 'défense surface-air', 'radar de défense aérienne', 'défense antimissile', 'bouclier antimissile', 'défense anti-aérienne', 'défense sol-air courte portée'],
      en: ['air defence', 'air defense', 'air and missile defence', 'ground-based air defence', 'anti-air warfare', 'air defence radar', 'missile defence', 'integrated air and missile defence', 'short-range air defence', 'counter-air'],
    },
    acronyms: ['GBAD', 'AAW', 'IAMD', 'SAMP/T'],
    cpv: ['35723000', '35622700'],
    related: ['radar', 'missile'],
  },
  {
    id: 'imaging-radar',
    terms: {
      fr: ["radar à synthèse d'ouverture", 'imagerie radar', 'radar imageur', 'radar à ouverture synthétique', 'imagerie SAR', 'radar imageur aéroporté'],
      en: ['synthetic aperture radar', 'inverse synthetic aperture radar', 'radar imaging', 'SAR imagery', 'imaging radar', 'SAR radar', 'airborne imaging radar'],
    },
    acronyms: ['ISAR'],
    cpv: ['35722000', '38115000'],
    related: ['radar', 'earth-observation'],
  },
  {
    id: 'data-fusion',
    terms: {
      fr: ['fusion de données', 'fusion multicapteurs', 'situation tactique', 'appréciation de situation', 'appréciation de la situation', 'tenue de situation', 'situation opérationnelle', 'image opérationnelle commune', 'fusion de capteurs', "fusion d'informations", 'corrélation de pistes'],
      en: ['data fusion', 'sensor fusion', 'multi-sensor fusion', 'situational awareness', 'situation awareness', 'common operational picture', 'recognised maritime picture', 'track management', 'multi-sensor tracking', 'information fusion', 'track fusion'],
    },
    cpv: ['35710000', '72316000', '48461000'],
    related: ['c2'],
  },
  {
    id: 'mission-planning',
    terms: {
      fr: ['planification de mission', 'préparation de mission', 'planification opérationnelle', 'système de préparation de mission', 'débriefing de mission', 'planification des opérations', 'préparation des missions aériennes'],
      en: ['mission planning', 'mission preparation', 'operational planning', 'mission planning system', 'mission debriefing', 'mission rehearsal', 'operations planning', 'mission planning software'],
    },
    cpv: ['35710000', '72231000'],
    related: ['c2'],
  },
];
