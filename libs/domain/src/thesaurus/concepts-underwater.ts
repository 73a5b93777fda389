import type { ThesaurusConcept } from './thesaurus.types';

/** Underwater domain: sonar and acoustics, underwater drones, mine warfare, ASW, hydrography. */
// prettier-ignore
export const UNDERWATER_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'underwater',
    role: 'qualifier',
    terms: {
      fr: ['sous-marine', 'milieu sous-marin', 'domaine sous-marin', 'fonds marins', 'environnement sous-marin', 'technologies sous-marines', 'systèmes sous-marins', 'grands fonds', 'subaquatique', 'sous la mer', 'monde sous-marin', 'technologies subaquatiques', 'ingénierie sous-marine', 'technologies des grands fonds', 'domaine des grands fonds', 'milieu subaquatique', 'profondeurs océaniques', 'eaux profondes', 'offshore profond', 'grande profondeur', 'immergé', 'systèmes immergés', 'équipements immergés', 'secteur sous-marin', 'filière sous-marine', 'fond de mer'],
      en: ['underwater', 'subsea', 'undersea', 'underwater systems', 'subsea technologies', 'underwater technology', 'underwater domain', 'deep sea', 'deep seabed', 'seabed', 'subsurface', 'undersea domain', 'subsea engineering', 'underwater engineering', 'deep ocean', 'ocean floor', 'seafloor', 'subsea industry', 'subsea equipment', 'underwater equipment', 'submerged', 'deep water', 'deepwater', 'underwater environment', 'subsea sector', 'undersea technology', 'underwater industry', 'hadal', 'abyssal'],
    },
    cpv: ['71351924', '35512400', '38290000'],
    related: ['maritime'],
  },
  {
    id: 'seabed-warfare',
    terms: {
      fr: ['maîtrise des fonds marins', 'guerre des fonds marins', 'intervention en grands fonds', 'exploration des grands fonds', 'surveillance des fonds marins', 'action vers les fonds marins', 'opérations sous-marines', 'intervention sous-marine profonde', 'exploration sous-marine', 'stratégie des fonds marins', 'protection des fonds marins', 'maîtrise des fonds', 'grands fonds marins', 'opérations en grands fonds', 'action sous-marine profonde', 'robotique grands fonds', 'fonds marins militaires', 'contrôle des fonds marins', 'opérations vers les fonds marins', 'robots grands fonds', 'drone grands fonds', 'drone sous-marin grands fonds', 'capacité grands fonds', 'véhicule grands fonds', 'engin grands fonds', 'exploration profonde', 'sécurité des fonds marins', 'défense des fonds marins', 'infrastructures des fonds marins', 'menaces sur les fonds marins', 'sabotage sous-marin'],
      en: ['seabed warfare', 'seabed control', 'seabed operations', 'deep-sea intervention', 'deep sea exploration', 'seabed surveillance', 'subsea warfare', 'underwater exploration', 'seabed infrastructure protection', 'deep-sea operations', 'deep seabed operations', 'seabed domain', 'seabed defence', 'seabed defense', 'seabed security', 'deep-sea capability', 'deep-sea drone', 'deep-sea vehicle', 'deep ocean operations', 'seabed infrastructure security', 'subsea infrastructure security', 'seabed threats', 'seabed sabotage', 'subsea sabotage', 'deep seabed intervention', 'ultra-deep operations', 'deep-water intervention', 'deepwater operations'],
    },
    cpv: ['35512400', '71351924'],
    related: ['uuv', 'underwater-surveillance'],
  },
  {
    id: 'sonar',
    terms: {
      fr: ['sonar', 'sonar de coque', 'sonar remorqué', 'sonar trempé', 'antenne linéaire remorquée', 'antenne remorquée', 'sonar actif', 'sonar passif', 'sonar à antenne synthétique', 'sonar latéral', 'sonar à balayage latéral', 'sonar de chasse aux mines', 'antenne sonar remorquée', 'antenne sonar', 'sonar embarqué', 'sonar de détection', 'sonar actif basse fréquence', 'sonar basse fréquence', 'sonar haute fréquence', 'sonar frontal', "sonar d'évitement d'obstacles", 'sonar anti-obstacle', 'sonar de navigation', "sonar d'étrave", 'sonar de flanc', 'sonar à immersion variable', 'sonar remorqué actif', 'sonar aéroporté'],
      en: ['hull-mounted sonar', 'towed array sonar', 'towed array', 'dipping sonar', 'variable depth sonar', 'side-scan sonar', 'synthetic aperture sonar', 'active sonar', 'passive sonar', 'mine-hunting sonar', 'sonar system', 'low-frequency active sonar', 'bow sonar', 'flank array', 'flank array sonar', 'cylindrical array', 'low-frequency sonar', 'high-frequency sonar', 'forward-looking sonar', 'obstacle avoidance sonar', 'helicopter sonar', 'airborne dipping sonar', 'submarine sonar', 'frigate sonar', 'sonar suite'],
    },
    acronyms: ['VDS', 'SSS', 'CAPTAS', 'LFAS', 'FLS'],
    cpv: ['38113000'],
    related: ['underwater-acoustics'],
  },
  {
    id: 'underwater-acoustics',
    terms: {
      fr: ['acoustique sous-marine', 'hydrophone', 'transducteur acoustique', 'antenne acoustique', 'traitement du signal sonar', 'propagation acoustique', 'bruit rayonné', 'acoustique marine', 'bruit ambiant sous-marin', 'céramique piézoélectrique', 'traitement du signal acoustique', 'capteur acoustique', 'acoustique navale', 'traitement du signal sous-marin', 'mesure acoustique sous-marine', 'antenne hydrophonique', "réseau d'hydrophones", 'hydroacoustique', 'acoustique océanique', 'acoustique passive', 'écoute passive', 'écoute sous-marine', 'classification acoustique', 'bruit sous-marin', 'bruit de fond sous-marin', 'transducteur piézoélectrique', 'transducteur sous-marin', 'projecteur acoustique', 'émetteur acoustique sous-marin', 'célérimètre'],
      en: ['underwater acoustics', 'acoustic transducer', 'acoustic array', 'sonar signal processing', 'acoustic propagation', 'radiated noise', 'underwater noise', 'marine acoustics', 'piezoelectric transducer', 'acoustic signal processing', 'passive acoustics', 'acoustic sensor', 'hydrophone array', 'underwater acoustic sensor', 'hydroacoustics', 'ocean acoustics', 'passive acoustic monitoring', 'underwater acoustic monitoring', 'underwater sound', 'underwater sound propagation', 'underwater acoustic modelling', 'underwater acoustic modeling', 'sonar beamforming', 'underwater transducer', 'acoustic projector', 'sound velocity profiler', 'sound velocity probe', 'acoustic classification'],
    },
    acronyms: ['ACINT'],
    cpv: ['38113000', '31711120', '38290000'],
    related: ['sonar', 'underwater'],
  },
  {
    id: 'underwater-navigation-communication',
    terms: {
      fr: ['communication sous-marine', 'communication acoustique', 'modem acoustique', 'transmission sous-marine', 'téléphone sous-marin', 'transmission acoustique', 'positionnement acoustique', 'positionnement sous-marin', 'navigation sous-marine', 'balise acoustique', 'loch doppler', 'géolocalisation sous-marine', 'liaison acoustique sous-marine', 'modem acoustique sous-marin', 'communications acoustiques sous-marines', 'transmission de données sous-marines', 'communication optique sous-marine', 'communication sans fil sous-marine', 'liaison optique sous-marine', 'base ultra-courte', 'base longue', 'navigation inertielle sous-marine', 'transpondeur acoustique', 'répondeur acoustique', 'localisation sous-marine', 'GNSS sous-marin', 'navigation acoustique'],
      en: ['underwater communication', 'acoustic modem', 'underwater acoustic communication', 'subsea communication', 'underwater telephone', 'acoustic data link', 'acoustic positioning', 'underwater navigation', 'underwater positioning', 'ultra-short baseline', 'long baseline', 'Doppler velocity log', 'acoustic beacon', 'acoustic transponder', 'through-water communication', 'underwater optical communication', 'underwater wireless communication', 'subsea wireless', 'underwater data transmission', 'underwater acoustic network', 'underwater internet of things', 'acoustic pinger', 'underwater locator beacon', 'acoustic release', 'underwater GPS', 'subsea positioning', 'acoustic navigation', 'communications with submarines'],
    },
    acronyms: ['USBL', 'LBL', 'DVL', 'SBL', 'IoUT'],
    cpv: ['32260000', '31711110', '38113000', '38110000'],
    related: ['underwater-acoustics'],
  },
  {
    id: 'uuv',
    terms: {
      fr: ['drone sous-marin', 'véhicule sous-marin autonome', 'véhicule sous-marin sans équipage', 'robot sous-marin', 'engin sous-marin autonome', 'drone sous-marin autonome', 'planeur sous-marin', 'véhicule autonome sous-marin', 'drone sous-marin océanique', 'robotique sous-marine', 'engin sous-marin sans équipage', 'submersible autonome', 'drone sous-marin de surveillance', 'véhicule sous-marin', 'drone sous-marin léger', 'drone sous-marin de grande taille', 'drone sous-marin militaire', 'drone sous-marin de combat', 'véhicule sous-marin non habité', 'véhicule sous-marin inhabité', 'robot autonome sous-marin', 'sous-marin autonome', 'sous-marin drone', 'sous-marin sans équipage', 'planeur océanique', 'glider sous-marin', 'planeur sous-marin autonome', 'engin autonome sous-marin'],
      en: ['unmanned underwater vehicle', 'autonomous underwater vehicle', 'underwater drone', 'underwater glider', 'underwater robot', 'subsea drone', 'extra-large UUV', 'uncrewed underwater vehicle', 'underwater robotics', 'underwater vehicle', 'subsea robot', 'autonomous underwater system', 'underwater unmanned system', 'autonomous undersea vehicle', 'unmanned undersea vehicle', 'uncrewed undersea vehicle', 'large displacement UUV', 'ocean glider', 'subsea glider', 'autonomous submarine', 'unmanned submarine', 'uncrewed submarine', 'robotic submarine', 'man-portable AUV', 'hovering AUV', 'underwater autonomous vehicle', 'autonomous subsea vehicle'],
    },
    acronyms: ['UUV', 'AUV', 'XLUUV', 'LDUUV', 'HAUV'],
    cpv: ['35512400'],
    related: ['underwater', 'drone'],
  },
  {
    id: 'rov',
    terms: {
      fr: ['robot téléopéré', 'véhicule téléopéré', 'véhicule sous-marin téléopéré', 'engin téléopéré', 'robot sous-marin téléopéré', "robot d'inspection sous-marine", "ROV d'inspection", 'pilotage de ROV', 'engin sous-marin téléopéré', 'ROV de travail', 'robot filoguidé', 'véhicule filoguidé', 'engin filoguidé', "robot d'intervention sous-marine", 'opérateur ROV', 'sous-marin téléopéré', 'drone sous-marin filoguidé', 'drone sous-marin téléopéré', 'ROV léger', "ROV d'observation", 'pilote de ROV', 'téléopération sous-marine', "robot d'exploration sous-marine", 'robot de travaux sous-marins', 'bras manipulateur sous-marin', 'manipulateur sous-marin', 'ombilical de ROV'],
      en: ['remotely operated vehicle', 'remotely operated underwater vehicle', 'work-class ROV', 'inspection ROV', 'tethered underwater vehicle', 'ROV services', 'ROV piloting', 'remotely operated underwater robot', 'underwater ROV', 'subsea ROV', 'ROV operations', 'ROV operator', 'observation-class ROV', 'tethered ROV', 'subsea intervention vehicle', 'remote operated vehicle', 'remotely piloted underwater vehicle', 'teleoperated underwater vehicle', 'underwater teleoperation', 'mini ROV', 'micro ROV', 'light work-class ROV', 'ROV pilot', 'subsea manipulator', 'underwater manipulator arm', 'ROV umbilical', 'tether management system', 'observation ROV'],
    },
    acronyms: ['ROV'],
    cpv: ['35512400', '38820000'],
    related: ['uuv'],
  },
  {
    id: 'usv',
    terms: {
      fr: ['drone de surface', 'drone naval', 'navire autonome', 'navire sans équipage', 'navire dronisé', 'drone de surface autonome', 'drone maritime', 'navire autonome de surface', 'vedette autonome', 'drone naval de surface', 'embarcation autonome', 'embarcation dronisée', 'drone de surface marine', 'navire robotisé', 'vedette dronisée', 'bateau autonome', 'bateau drone', 'drone de surface naval', 'navire de surface autonome', 'navire de surface sans équipage', 'navire de surface téléopéré', 'embarcation téléopérée', 'vedette téléopérée', 'bateau téléopéré', 'bateau robot', 'drone marin', 'drone de surface militaire', 'navire sans pilote', 'navire télécommandé', 'drone naval autonome', 'drone de surface rapide'],
      en: ['unmanned surface vehicle', 'unmanned surface vessel', 'autonomous surface vessel', 'surface drone', 'maritime drone', 'naval drone', 'uncrewed surface vessel', 'autonomous ship', 'autonomous boat', 'unmanned boat', 'uncrewed surface vehicle', 'robotic boat', 'autonomous surface vehicle', 'unmanned surface craft', 'uncrewed surface craft', 'remotely operated boat', 'robotic vessel', 'unmanned ship', 'uncrewed ship', 'crewless ship', 'crewless vessel', 'autonomous vessel', 'autonomous surface ship', 'maritime autonomous surface ship', 'drone boat'],
    },
    acronyms: ['USV', 'ASV', 'MUSV', 'LUSV'],
    cpv: ['34521000', '35510000'],
    related: ['drone', 'maritime'],
  },
  {
    id: 'mine-warfare',
    terms: {
      fr: ['guerre des mines', 'lutte anti-mines', 'lutte contre les mines', 'déminage naval', 'chasse aux mines', 'chasseur de mines', 'dragueur de mines', 'neutralisation des mines', 'système de lutte anti-mines futur', 'programme MMCM', 'bâtiment de guerre des mines', 'lutte anti-mines marines', 'chasse aux mines sous-marine', 'détection de mines', 'lutte antimines', 'lutte antimines marines', 'chasseur de mines tripartite', 'bâtiment de lutte anti-mines', 'bâtiment de lutte antimines', 'déminage en mer', 'déminage sous-marin', 'dépollution sous-marine', 'munitions immergées', 'engins explosifs immergés', 'identification de mines', 'classification des mines', 'drone de lutte anti-mines'],
      en: ['mine warfare', 'mine countermeasures', 'mine hunting', 'minehunter', 'minesweeper', 'mine clearance', 'maritime mine countermeasures', 'mine disposal', 'naval mine clearance', 'mine countermeasure vessel', 'mine detection', 'naval mine countermeasures', 'mine hunter', 'mine sweeper', 'minesweeping', 'mine sweeping', 'mine hunting vessel', 'mine neutralisation', 'mine neutralization', 'mine identification', 'mine disposal system', 'mine neutralisation vehicle', 'expendable mine disposal', 'underwater unexploded ordnance'],
    },
    acronyms: ['MCM', 'MMCM', 'SLAMF', 'LAM', 'GDM', 'MCMV', 'MHC', 'MNV', 'SLAM-F'],
    cpv: ['35513100', '35513000'],
    related: ['naval', 'uuv'],
  },
  {
    id: 'naval-mine',
    terms: {
      fr: ['mine marine', 'mine navale', 'mine sous-marine', 'mine à orin', 'mine de fond', 'engin explosif sous-marin', "mine d'exercice", 'mine intelligente', 'mine antinavire', 'mine à influence', 'mine magnétique', 'mine acoustique', 'pose de mines', 'mouillage de mines', 'champ de mines marines', 'mine dérivante', 'mine flottante', 'mine à dépression', 'mine-torpille', 'mine encapsulée', 'mine ventouse', 'mine limpet', 'mouilleur de mines', 'poseur de mines', 'minage offensif', 'minage naval', "mine d'instruction", 'arme de minage'],
      en: ['sea mine', 'naval mine', 'underwater mine', 'moored mine', 'bottom mine', 'limpet mine', 'practice mine', 'smart mine', 'influence mine', 'magnetic mine', 'acoustic mine', 'minelaying', 'mine laying', 'naval minefield', 'anti-ship mine', 'drifting mine', 'floating mine', 'pressure mine', 'rising mine', 'captor mine', 'mine-torpedo', 'minelayer', 'offensive mining', 'naval mining', 'exercise mine', 'sea mining', 'maritime mine', 'underwater improvised explosive device', 'waterborne IED'],
    },
    acronyms: ['WBIED'],
    cpv: ['35332200', '35332000'],
    related: ['mine-warfare'],
  },
  {
    id: 'torpedo',
    terms: {
      fr: ['torpille', 'arme sous-marine', 'torpille lourde', 'torpille légère', 'leurre anti-torpille', 'contre-mesure anti-torpille', "torpille d'exercice", 'lanceur de torpilles', 'tube lance-torpilles', 'leurre acoustique', 'contre-mesure sous-marine', 'système de lancement de torpilles', 'arme anti-sous-marine', 'torpille électrique', 'torpille filoguidée', 'torpille anti-sous-marine', 'torpille de combat', 'arme sous-marine lourde', 'contre-mesures acoustiques', 'contre-mesure torpille', 'leurre sous-marin', 'leurre remorqué anti-torpille', 'lutte anti-torpille', 'défense anti-torpille', 'propulsion de torpille', 'récupération de torpilles', 'torpille lourde F21', 'torpille légère MU90'],
      en: ['torpedo', 'heavyweight torpedo', 'lightweight torpedo', 'anti-torpedo decoy', 'torpedo countermeasure', 'underwater weapon', 'torpedo launcher', 'torpedo tube', 'exercise torpedo', 'acoustic decoy', 'torpedo decoy', 'torpedo launching system', 'anti-submarine weapon', 'torpedo defence', 'torpedo defense', 'wire-guided torpedo', 'electric torpedo', 'anti-submarine torpedo', 'heavy torpedo', 'light torpedo', 'towed torpedo decoy', 'anti-torpedo torpedo', 'torpedo recovery', 'practice torpedo', 'torpedo propulsion', 'acoustic countermeasure', 'submarine decoy', 'hard-kill torpedo defence'],
    },
    acronyms: ['F21', 'MU90'],
    cpv: ['35332100', '35332000'],
    related: ['asw'],
  },
  {
    id: 'asw',
    terms: {
      fr: ['lutte anti-sous-marine', 'lutte sous la mer', 'guerre sous-marine', 'détection des sous-marins', 'lutte ASM', 'chasse aux sous-marins', 'hélicoptère de lutte anti-sous-marine', 'magnétomètre', 'détection magnétique', 'anomalie magnétique', "détection d'anomalies magnétiques", 'gradiomètre', 'guerre anti-sous-marine', 'traque des sous-marins', 'lutte anti-sous-marine aéroportée', 'pistage de sous-marins', 'hélicoptère ASM', 'avion ASM', 'magnétomètre aéroporté', "détecteur d'anomalie magnétique", 'magnétométrie', 'gradiométrie', 'lutte contre les sous-marins', 'neutralisation de sous-marins', 'ASM aéroportée', 'guerre ASM', 'lutte sous-marine'],
      en: ['anti-submarine warfare', 'undersea warfare', 'submarine detection', 'submarine hunting', 'anti-submarine helicopter', 'ASW helicopter', 'anti-submarine rocket', 'magnetometer', 'magnetic anomaly detection', 'magnetic detection', 'gradiometer', 'magnetic sensor', 'submarine tracking', 'counter-submarine', 'sub-hunting', 'antisubmarine warfare', 'antisubmarine', 'ASW operations', 'airborne ASW', 'airborne anti-submarine warfare', 'ASW sensors', 'ASW barrier', 'magnetic anomaly detector', 'magnetometry', 'submarine hunter', 'undersea warfare operations'],
    },
    acronyms: ['ASW', 'LASM', 'MAD', 'USW'],
    cpv: ['35612200', '35622400', '38113000', '38431000'],
    related: ['sonar', 'submarine'],
  },
  {
    id: 'hydrography',
    terms: {
      fr: ['hydrographie', 'hydrographique', 'levé hydrographique', 'bathymétrie', 'levé bathymétrique', 'cartographie des fonds marins', 'sondeur multifaisceaux', 'sondeur', 'cartographie marine', 'relevé bathymétrique', 'levé des fonds marins', 'cartographie sous-marine', 'bathymétrie multifaisceaux', 'relevé hydrographique', 'hydrographe', 'géophysique marine', 'levé géophysique marin', 'sondage bathymétrique', 'bathymétrie laser', 'cartographie bathymétrique', 'carte marine', 'cartographie nautique', 'sondeur de sédiments', 'sismique marine', 'relevé sous-marin', 'modèle numérique de terrain marin', 'levé côtier', 'hydrographie militaire', 'géodésie marine'],
      en: ['hydrography', 'hydrographic', 'hydrographic survey', 'bathymetry', 'bathymetric survey', 'seabed mapping', 'multibeam echosounder', 'echo sounder', 'echosounder', 'seafloor mapping', 'nautical charting', 'seabed survey', 'underwater mapping', 'marine survey', 'ocean mapping', 'hydrographer', 'marine geophysics', 'marine geophysical survey', 'lidar bathymetry', 'nautical chart', 'sub-bottom profiler', 'marine seismic', 'coastal survey', 'hydrographic services', 'multibeam survey', 'multibeam sonar', 'bathymetric mapping', 'depth sounding'],
    },
    acronyms: ['MBES', 'SHOM', 'SBP'],
    cpv: ['38292000', '71351923', '38114000'],
    related: ['oceanography'],
  },
  {
    id: 'oceanography',
    terms: {
      fr: ['océanographie', 'océanographique', 'océanographie opérationnelle', 'météo-océanographie', 'capteur océanographique', 'bouée océanographique', "observation de l'océan", 'sciences marines', 'recherche marine', 'navire océanographique', 'courantologie', 'mesures océanographiques', 'instrumentation océanographique', 'environnement marin', 'océanologie', 'océanographie physique', 'océanographie militaire', 'profileur de courant', 'courantomètre', 'bouée instrumentée', 'bouée de mesure', 'bouée dérivante', 'flotteur profileur', 'flotteur Argo', 'sonde CTD', 'bathysonde', 'houlographe', 'mesure de houle', 'modélisation océanique'],
      en: ['oceanography', 'oceanographic', 'oceanographic sensor', 'ocean observation', 'marine environment monitoring', 'oceanographic buoy', 'marine science', 'marine research', 'research vessel', 'oceanographic vessel', 'physical oceanography', 'oceanographic instrumentation', 'ocean monitoring', 'marine environment', 'ocean science', 'current profiler', 'acoustic Doppler current profiler', 'wave buoy', 'drifting buoy', 'profiling float', 'Argo float', 'CTD probe', 'ocean modelling', 'ocean modeling', 'ocean forecasting', 'oceanographic survey', 'oceanographic data'],
    },
    acronyms: ['METOC', 'ADCP', 'CTD'],
    cpv: ['71351920', '73112000', '38290000', '35513200'],
    related: ['underwater'],
  },
  {
    id: 'diving-intervention',
    terms: {
      fr: ['plongée', 'plongeur', 'plongeur démineur', 'équipement de plongée', 'caisson hyperbare', 'recycleur', 'nageur de combat', 'intervention sous-marine', 'travaux sous-marins', 'inspection sous-marine', 'renflouement', 'sauvetage de sous-marin', 'récupération sous-marine', 'travaux subaquatiques', 'scaphandrier', 'plongée militaire', 'plongée professionnelle', 'scaphandre', 'scaphandre autonome', 'appareil respiratoire de plongée', 'recycleur de plongée', 'caisson de décompression', 'plongée à saturation', 'plongée profonde', 'équipement de nageur de combat', 'propulseur de plongeur', 'scooter sous-marin', 'véhicule de propulsion de plongeur'],
      en: ['diving', 'diver', 'diving equipment', 'rebreather', 'hyperbaric chamber', 'clearance diver', 'combat diver', 'subsea intervention', 'underwater intervention', 'underwater inspection', 'salvage', 'submarine rescue', 'underwater works', 'subsea inspection', 'saturation diving', 'commercial diving', 'military diving', 'diving services', 'diver propulsion vehicle', 'diving apparatus', 'scuba', 'closed-circuit rebreather', 'decompression chamber', 'recompression chamber', 'underwater cutting', 'wreck removal'],
    },
    acronyms: ['DPV', 'NSRS', 'DSRV'],
    cpv: ['71351924', '35113000', '35112000'],
    related: ['underwater', 'rov'],
  },
  {
    id: 'underwater-imaging',
    terms: {
      fr: ['caméra sous-marine', 'imagerie sous-marine', 'vision sous-marine', 'photogrammétrie sous-marine', 'vidéo sous-marine', 'éclairage sous-marin', 'caméra subaquatique', 'imagerie acoustique', 'caméra acoustique', 'inspection vidéo sous-marine', 'imagerie sonar', 'photographie sous-marine', 'caméra pour ROV', 'imagerie 3D sous-marine', 'lidar sous-marin', 'laser sous-marin', 'imagerie subaquatique', 'vision subaquatique', 'vidéo subaquatique', 'projecteur sous-marin', 'éclairage subaquatique', 'scanner laser sous-marin', 'caméra basse lumière sous-marine', 'caméra stéréo sous-marine', 'caméra haute définition sous-marine', 'caméra sonar', 'sonar imageur', 'imageur acoustique'],
      en: ['underwater camera', 'underwater imaging', 'subsea camera', 'underwater video', 'underwater photogrammetry', 'underwater vision', 'acoustic imaging', 'acoustic camera', 'subsea imaging', 'underwater lighting', 'underwater photography', 'subsea lighting', 'underwater laser scanning', 'subsea lidar', 'underwater 3D imaging', 'subsea video', 'subsea photogrammetry', 'underwater stereo camera', 'underwater floodlight', 'subsea laser', 'underwater laser', 'imaging sonar', 'multibeam imaging sonar', 'underwater optical imaging', 'underwater camera system', 'subsea camera system', 'low-light underwater camera'],
    },
    cpv: ['38651000'],
    related: ['underwater'],
  },
  {
    id: 'underwater-surveillance',
    terms: {
      fr: ['surveillance sous-marine', 'barrière acoustique', 'réseau de capteurs sous-marins', 'protection des infrastructures sous-marines', 'câble sous-marin', 'détection de plongeurs', 'protection portuaire', 'protection des câbles sous-marins', 'surveillance des câbles sous-marins', 'surveillance portuaire', 'détection sous-marine', 'infrastructures sous-marines critiques', 'protection des ports', 'barrière sous-marine', 'surveillance des câbles', 'surveillance subaquatique', 'barrage sous-marin', "réseau d'écoute sous-marine", "système d'écoute sous-marine", 'capteurs de fond', 'capteurs posés sur le fond', 'détection de nageurs', 'détection de nageurs de combat', 'défense portuaire', 'protection des infrastructures critiques sous-marines', 'surveillance des infrastructures sous-marines', 'surveillance des pipelines sous-marins'],
      en: ['underwater surveillance', 'seabed sensors', 'underwater sensor network', 'subsea cable protection', 'critical undersea infrastructure', 'harbour protection', 'diver detection sonar', 'undersea cable', 'harbour surveillance', 'port protection', 'underwater detection', 'diver detection', 'swimmer detection', 'underwater infrastructure protection', 'seabed cable monitoring', 'harbor protection', 'undersea surveillance', 'subsea surveillance', 'fixed underwater surveillance', 'underwater security', 'harbour security sonar', 'swimmer detection sonar', 'integrated underwater surveillance', 'sound surveillance system', 'undersea sensor'],
    },
    acronyms: ['SOSUS', 'IUSS'],
    cpv: ['35125000', '38113000'],
    related: ['underwater', 'sonar'],
  },
  {
    id: 'sonobuoy',
    terms: {
      fr: ['bouée acoustique', 'bouée sonar', 'bouée acoustique active', 'bouée acoustique passive', 'bouée sonar aéroportée', 'largage de bouées acoustiques', 'bouée hydrophonique', 'traitement des bouées acoustiques', 'bouée sonar active', 'bouée sonar passive', 'bouée acoustique aérolarguée', 'bouée largable', 'bouée acoustique consommable', 'bouée acoustique DIFAR', 'récepteur de bouées acoustiques', 'champ de bouées', 'barrière de bouées acoustiques', 'bouée acoustique multistatique', 'bouée hydrophone', "bouée d'écoute", 'lanceur de bouées', 'largueur de bouées'],
      en: ['sonobuoy', 'active sonobuoy', 'passive sonobuoy', 'air-launched sonobuoy', 'sonobuoy processing', 'expendable acoustic buoy', 'sonobuoy receiver', 'sonar buoy', 'multistatic sonobuoy', 'sonobuoy field', 'sonobuoy barrier', 'sonobuoy launcher', 'sonobuoy dispenser', 'directional sonobuoy', 'expendable sonobuoy', 'sonobuoy pattern', 'hydrophone buoy', 'acoustic buoy', 'listening buoy'],
    },
    acronyms: ['DIFAR', 'DICASS', 'LOFAR', 'SSQ'],
    cpv: ['38113000', '35622400'],
    related: ['sonar', 'asw'],
  },
];
