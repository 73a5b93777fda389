import type { ThesaurusConcept } from './thesaurus.types';

/** Underwater domain: sonar and acoustics, underwater drones, mine warfare, ASW, hydrography. */
// prettier-ignore
export const UNDERWATER_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'underwater',
    role: 'qualifier',
    terms: {
      fr: ['sous-marine', 'milieu sous-marin', 'domaine sous-marin', 'fonds marins', 'environnement sous-marin', 'technologies sous-marines', 'systèmes sous-marins', 'grands fonds', 'subaquatique', 'sous la mer', 'monde sous-marin', 'technologies subaquatiques', 'ingénierie sous-marine'],
      en: ['underwater', 'subsea', 'undersea', 'underwater systems', 'subsea technologies', 'underwater technology', 'underwater domain', 'deep sea', 'deep seabed', 'seabed', 'subsurface', 'undersea domain', 'subsea engineering', 'underwater engineering', 'deep ocean', 'ocean floor', 'seafloor'],
    },
    cpv: ['71351924', '35512400', '38290000'],
    related: ['maritime'],
  },
  {
    id: 'seabed-warfare',
    terms: {
      fr: ['maîtrise des fonds marins', 'guerre des fonds marins', 'intervention en grands fonds', 'exploration des grands fonds', 'surveillance des fonds marins', 'action vers les fonds marins', 'opérations sous-marines', 'intervention sous-marine profonde', 'exploration sous-marine', 'stratégie des fonds marins', 'protection des fonds marins', 'maîtrise des fonds', 'grands fonds marins', 'opérations en grands fonds', 'action sous-marine profonde', 'robotique grands fonds'],
      en: ['seabed warfare', 'seabed control', 'seabed operations', 'deep-sea intervention', 'deep sea exploration', 'seabed surveillance', 'subsea warfare', 'underwater exploration', 'seabed infrastructure protection', 'deep-sea operations', 'deep seabed operations', 'seabed domain', 'seabed defence', 'seabed defense', 'seabed security'],
    },
    cpv: ['35512400', '71351924'],
    related: ['uuv', 'underwater-surveillance'],
  },
  {
    id: 'sonar',
    terms: {
      fr: ['sonar', 'sonar de coque', 'sonar remorqué', 'sonar trempé', 'antenne linéaire remorquée', 'antenne remorquée', 'sonar actif', 'sonar passif', 'sonar à antenne synthétique', 'sonar latéral', 'sonar à balayage latéral', 'sonar de chasse aux mines', 'antenne sonar remorquée', 'antenne sonar', 'sonar embarqué', 'sonar de détection'],
      en: ['hull-mounted sonar', 'towed array sonar', 'towed array', 'dipping sonar', 'variable depth sonar', 'side-scan sonar', 'synthetic aperture sonar', 'active sonar', 'passive sonar', 'mine-hunting sonar', 'sonar system', 'low-frequency active sonar'],
    },
    acronyms: ['VDS', 'SSS', 'CAPTAS'],
    cpv: ['38113000'],
    related: ['underwater-acoustics'],
  },
  {
    id: 'underwater-acoustics',
    terms: {
      fr: ['acoustique sous-marine', 'hydrophone', 'transducteur acoustique', 'antenne acoustique', 'traitement du signal sonar', 'propagation acoustique', 'bruit rayonné', 'acoustique marine', 'bruit ambiant sous-marin', 'céramique piézoélectrique', 'traitement du signal acoustique', 'capteur acoustique', 'acoustique navale', 'traitement du signal sous-marin', 'mesure acoustique sous-marine', 'antenne hydrophonique', "réseau d'hydrophones"],
      en: ['underwater acoustics', 'acoustic transducer', 'acoustic array', 'sonar signal processing', 'acoustic propagation', 'radiated noise', 'underwater noise', 'marine acoustics', 'piezoelectric transducer', 'acoustic signal processing', 'passive acoustics', 'acoustic sensor', 'hydrophone array', 'underwater acoustic sensor'],
    },
    cpv: ['38113000', '31711120', '38290000'],
    related: ['sonar', 'underwater'],
  },
  {
    id: 'underwater-navigation-communication',
    terms: {
      fr: ['communication sous-marine', 'communication acoustique', 'modem acoustique', 'transmission sous-marine', 'téléphone sous-marin', 'transmission acoustique', 'positionnement acoustique', 'positionnement sous-marin', 'navigation sous-marine', 'balise acoustique', 'loch doppler', 'géolocalisation sous-marine', 'liaison acoustique sous-marine'],
      en: ['underwater communication', 'acoustic modem', 'underwater acoustic communication', 'subsea communication', 'underwater telephone', 'acoustic data link', 'acoustic positioning', 'underwater navigation', 'underwater positioning', 'ultra-short baseline', 'long baseline', 'Doppler velocity log', 'acoustic beacon', 'acoustic transponder', 'through-water communication'],
    },
    acronyms: ['USBL', 'LBL', 'DVL'],
    cpv: ['32260000', '31711110', '38113000', '38110000'],
    related: ['underwater-acoustics'],
  },
  {
    id: 'uuv',
    terms: {
      fr: ['drone sous-marin', 'véhicule sous-marin autonome', 'véhicule sous-marin sans équipage', 'robot sous-marin', 'engin sous-marin autonome', 'drone sous-marin autonome', 'planeur sous-marin', 'véhicule autonome sous-marin', 'drone sous-marin océanique', 'robotique sous-marine', 'engin sous-marin sans équipage', 'submersible autonome', 'drone sous-marin de surveillance', 'véhicule sous-marin'],
      en: ['unmanned underwater vehicle', 'autonomous underwater vehicle', 'underwater drone', 'underwater glider', 'underwater robot', 'subsea drone', 'extra-large UUV', 'uncrewed underwater vehicle', 'underwater robotics', 'underwater vehicle', 'subsea robot', 'autonomous underwater system', 'underwater unmanned system'],
    },
    acronyms: ['UUV', 'AUV', 'XLUUV', 'LDUUV'],
    cpv: ['35512400'],
    related: ['underwater', 'drone'],
  },
  {
    id: 'rov',
    terms: {
      fr: ['robot téléopéré', 'véhicule téléopéré', 'véhicule sous-marin téléopéré', 'engin téléopéré', 'robot sous-marin téléopéré', "robot d'inspection sous-marine", "ROV d'inspection", 'pilotage de ROV', 'engin sous-marin téléopéré', 'ROV de travail', 'robot filoguidé', 'véhicule filoguidé', 'engin filoguidé', "robot d'intervention sous-marine", 'opérateur ROV'],
      en: ['remotely operated vehicle', 'remotely operated underwater vehicle', 'work-class ROV', 'inspection ROV', 'tethered underwater vehicle', 'ROV services', 'ROV piloting', 'remotely operated underwater robot', 'underwater ROV', 'subsea ROV', 'ROV operations', 'ROV operator', 'observation-class ROV', 'tethered ROV', 'subsea intervention vehicle'],
    },
    acronyms: ['ROV'],
    cpv: ['35512400', '38820000'],
    related: ['uuv'],
  },
  {
    id: 'usv',
    terms: {
      fr: ['drone de surface', 'drone naval', 'navire autonome', 'navire sans équipage', 'navire dronisé', 'drone de surface autonome', 'drone maritime', 'navire autonome de surface', 'vedette autonome', 'drone naval de surface', 'embarcation autonome', 'embarcation dronisée', 'drone de surface marine', 'navire robotisé', 'vedette dronisée', 'bateau autonome', 'bateau drone'],
      en: ['unmanned surface vehicle', 'unmanned surface vessel', 'autonomous surface vessel', 'surface drone', 'maritime drone', 'naval drone', 'uncrewed surface vessel', 'autonomous ship', 'autonomous boat', 'unmanned boat', 'uncrewed surface vehicle', 'robotic boat'],
    },
    acronyms: ['USV', 'ASV'],
    cpv: ['34521000', '35510000'],
    related: ['drone', 'maritime'],
  },
  {
    id: 'mine-warfare',
    terms: {
      fr: ['guerre des mines', 'lutte anti-mines', 'lutte contre les mines', 'déminage naval', 'chasse aux mines', 'chasseur de mines', 'dragueur de mines', 'neutralisation des mines', 'système de lutte anti-mines futur', 'programme MMCM', 'bâtiment de guerre des mines', 'lutte anti-mines marines', 'chasse aux mines sous-marine', 'détection de mines'],
      en: ['mine warfare', 'mine countermeasures', 'mine hunting', 'minehunter', 'minesweeper', 'mine clearance', 'maritime mine countermeasures', 'mine disposal', 'naval mine clearance', 'mine countermeasure vessel', 'mine detection', 'naval mine countermeasures'],
    },
    acronyms: ['MCM', 'MMCM', 'SLAMF', 'LAM', 'GDM'],
    cpv: ['35513100', '35513000'],
    related: ['naval', 'uuv'],
  },
  {
    id: 'naval-mine',
    terms: {
      fr: ['mine marine', 'mine navale', 'mine sous-marine', 'mine à orin', 'mine de fond', 'engin explosif sous-marin', "mine d'exercice", 'mine intelligente', 'mine antinavire', 'mine à influence', 'mine magnétique', 'mine acoustique', 'pose de mines', 'mouillage de mines', 'champ de mines marines'],
      en: ['sea mine', 'naval mine', 'underwater mine', 'moored mine', 'bottom mine', 'limpet mine', 'practice mine', 'smart mine', 'influence mine', 'magnetic mine', 'acoustic mine', 'minelaying', 'mine laying', 'naval minefield', 'anti-ship mine'],
    },
    cpv: ['35332200', '35332000'],
    related: ['mine-warfare'],
  },
  {
    id: 'torpedo',
    terms: {
      fr: ['torpille', 'arme sous-marine', 'torpille lourde', 'torpille légère', 'leurre anti-torpille', 'contre-mesure anti-torpille', "torpille d'exercice", 'lanceur de torpilles', 'tube lance-torpilles', 'leurre acoustique', 'contre-mesure sous-marine', 'système de lancement de torpilles', 'arme anti-sous-marine'],
      en: ['torpedo', 'heavyweight torpedo', 'lightweight torpedo', 'anti-torpedo decoy', 'torpedo countermeasure', 'underwater weapon', 'torpedo launcher', 'torpedo tube', 'exercise torpedo', 'acoustic decoy', 'torpedo decoy', 'torpedo launching system', 'anti-submarine weapon', 'torpedo defence', 'torpedo defense'],
    },
    acronyms: ['F21', 'MU90'],
    cpv: ['35332100', '35332000'],
    related: ['asw'],
  },
  {
    id: 'asw',
    terms: {
      fr: ['lutte anti-sous-marine', 'lutte sous la mer', 'guerre sous-marine', 'détection des sous-marins', 'lutte ASM', 'chasse aux sous-marins', 'hélicoptère de lutte anti-sous-marine', 'magnétomètre', 'détection magnétique', 'anomalie magnétique', "détection d'anomalies magnétiques", 'gradiomètre', 'guerre anti-sous-marine', 'traque des sous-marins'],
      en: ['anti-submarine warfare', 'undersea warfare', 'submarine detection', 'submarine hunting', 'anti-submarine helicopter', 'ASW helicopter', 'anti-submarine rocket', 'magnetometer', 'magnetic anomaly detection', 'magnetic detection', 'gradiometer', 'magnetic sensor', 'submarine tracking', 'counter-submarine', 'sub-hunting'],
    },
    acronyms: ['ASW', 'LASM'],
    cpv: ['35612200', '35622400', '38113000', '38431000'],
    related: ['sonar', 'submarine'],
  },
  {
    id: 'hydrography',
    terms: {
      fr: ['hydrographie', 'hydrographique', 'levé hydrographique', 'bathymétrie', 'levé bathymétrique', 'cartographie des fonds marins', 'sondeur multifaisceaux', 'sondeur', 'cartographie marine', 'relevé bathymétrique', 'levé des fonds marins', 'cartographie sous-marine', 'bathymétrie multifaisceaux', 'relevé hydrographique'],
      en: ['hydrography', 'hydrographic', 'hydrographic survey', 'bathymetry', 'bathymetric survey', 'seabed mapping', 'multibeam echosounder', 'echo sounder', 'echosounder', 'seafloor mapping', 'nautical charting', 'seabed survey', 'underwater mapping', 'marine survey', 'ocean mapping'],
    },
    acronyms: ['MBES', 'SHOM'],
    cpv: ['38292000', '71351923', '38114000'],
    related: ['oceanography'],
  },
  {
    id: 'oceanography',
    terms: {
      fr: ['océanographie', 'océanographique', 'océanographie opérationnelle', 'météo-océanographie', 'capteur océanographique', 'bouée océanographique', "observation de l'océan", 'sciences marines', 'recherche marine', 'navire océanographique', 'courantologie', 'mesures océanographiques', 'instrumentation océanographique', 'environnement marin', 'océanologie'],
      en: ['oceanography', 'oceanographic', 'oceanographic sensor', 'ocean observation', 'marine environment monitoring', 'oceanographic buoy', 'marine science', 'marine research', 'research vessel', 'oceanographic vessel', 'physical oceanography', 'oceanographic instrumentation', 'ocean monitoring', 'marine environment', 'ocean science'],
    },
    acronyms: ['METOC'],
    cpv: ['71351920', '73112000', '38290000', '35513200'],
    related: ['underwater'],
  },
  {
    id: 'diving-intervention',
    terms: {
      fr: ['plongée', 'plongeur', 'plongeur démineur', 'équipement de plongée', 'caisson hyperbare', 'recycleur', 'nageur de combat', 'intervention sous-marine', 'travaux sous-marins', 'inspection sous-marine', 'renflouement', 'sauvetage de sous-marin', 'récupération sous-marine', 'travaux subaquatiques', 'scaphandrier', 'plongée militaire'],
      en: ['diving', 'diver', 'diving equipment', 'rebreather', 'hyperbaric chamber', 'clearance diver', 'combat diver', 'subsea intervention', 'underwater intervention', 'underwater inspection', 'salvage', 'submarine rescue', 'underwater works', 'subsea inspection', 'saturation diving'],
    },
    cpv: ['71351924', '35113000', '35112000'],
    related: ['underwater', 'rov'],
  },
  {
    id: 'underwater-imaging',
    terms: {
      fr: ['caméra sous-marine', 'imagerie sous-marine', 'vision sous-marine', 'photogrammétrie sous-marine', 'vidéo sous-marine', 'éclairage sous-marin', 'caméra subaquatique', 'imagerie acoustique', 'caméra acoustique', 'inspection vidéo sous-marine', 'imagerie sonar', 'photographie sous-marine', 'caméra pour ROV', 'imagerie 3D sous-marine', 'lidar sous-marin', 'laser sous-marin'],
      en: ['underwater camera', 'underwater imaging', 'subsea camera', 'underwater video', 'underwater photogrammetry', 'underwater vision', 'acoustic imaging', 'acoustic camera', 'subsea imaging', 'underwater lighting', 'underwater photography', 'subsea lighting', 'underwater laser scanning', 'subsea lidar', 'underwater 3D imaging'],
    },
    cpv: ['38651000'],
    related: ['underwater'],
  },
  {
    id: 'underwater-surveillance',
    terms: {
      fr: ['surveillance sous-marine', 'barrière acoustique', 'réseau de capteurs sous-marins', 'protection des infrastructures sous-marines', 'câble sous-marin', 'détection de plongeurs', 'protection portuaire', 'protection des câbles sous-marins', 'surveillance des câbles sous-marins', 'surveillance portuaire', 'détection sous-marine', 'infrastructures sous-marines critiques', 'protection des ports', 'barrière sous-marine', 'surveillance des câbles'],
      en: ['underwater surveillance', 'seabed sensors', 'underwater sensor network', 'subsea cable protection', 'critical undersea infrastructure', 'harbour protection', 'diver detection sonar', 'undersea cable', 'harbour surveillance', 'port protection', 'underwater detection', 'diver detection', 'swimmer detection', 'underwater infrastructure protection', 'seabed cable monitoring', 'harbor protection'],
    },
    cpv: ['35125000', '38113000'],
    related: ['underwater', 'sonar'],
  },
  {
    id: 'sonobuoy',
    terms: {
      fr: ['bouée acoustique', 'bouée sonar', 'bouée acoustique active', 'bouée acoustique passive', 'bouée sonar aéroportée', 'largage de bouées acoustiques', 'bouée hydrophonique', 'traitement des bouées acoustiques'],
      en: ['sonobuoy', 'active sonobuoy', 'passive sonobuoy', 'air-launched sonobuoy', 'sonobuoy processing', 'expendable acoustic buoy', 'sonobuoy receiver'],
    },
    acronyms: ['DIFAR', 'DICASS'],
    cpv: ['38113000', '35622400'],
    related: ['sonar', 'asw'],
  },
];
