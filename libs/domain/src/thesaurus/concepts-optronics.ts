import type { ThesaurusConcept } from './thesaurus.types';

/** Optronics and photonics: infrared and thermal imaging, night vision, lasers, lidar, optics. */
// prettier-ignore
export const OPTRONICS_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'optronics',
    terms: {
      fr: ['optronique', 'électro-optique', 'capteur optronique', 'boule optronique', 'viseur optronique', 'nacelle optronique', 'périscope', 'mât optronique', 'mât de veille', 'conception optronique', 'optronique embarquée', 'capteurs électro-optiques', 'tourelle optronique', 'optronique aéroportée', 'capteur EO/IR', 'boule gyrostabilisée', 'systèmes optroniques', 'équipements optroniques', 'optronique de défense', 'optronique militaire', 'électro-optique infrarouge', 'boule optronique gyrostabilisée', 'tourelle gyrostabilisée', 'caméra gyrostabilisée', 'nacelle de désignation', 'pod de désignation', 'viseur panoramique', 'périscope de sous-marin', 'mât optronique de sous-marin', 'capteur EO', 'optronique navale', 'optronique terrestre', 'système de veille optronique', 'veille panoramique infrarouge', 'charge utile optronique', 'charge utile EO/IR', 'intégration optronique', 'optronique spatiale'],
      en: ['optronics', 'electro-optics', 'electro-optical', 'optronic sensor', 'gimbal', 'optronic pod', 'EO/IR', 'electro-optical/infrared', 'targeting pod', 'optronic mast', 'photonic mast', 'submarine mast', 'EO sensors', 'gimballed camera', 'EO/IR turret', 'optronic systems', 'electro-optical systems', 'electro-optic sensors', 'EO/IR sensor'],
    },
    acronyms: ['EOTS', 'EOSS'],
    cpv: ['38600000', '38636000', '38641000', '35720000'],
    related: ['isr'],
  },
  {
    id: 'thermal-imaging',
    terms: {
      fr: ['caméra infrarouge', 'caméra thermique', 'imagerie thermique', 'imagerie infrarouge', 'thermographie', 'infrarouge', 'capteur infrarouge', 'détecteur infrarouge', 'veille infrarouge', 'imageur thermique', 'vision thermique', 'imageur infrarouge', 'imagerie IR', 'caméra IR', 'caméra infrarouge refroidie', 'caméra infrarouge non refroidie', 'détecteur infrarouge refroidi', 'microbolomètre', 'bolomètre', "imagerie infrarouge courte longueur d'onde", 'infrarouge moyen', 'infrarouge lointain', 'infrarouge à ondes courtes', 'thermographie infrarouge', 'veille infrarouge panoramique', 'système de veille infrarouge', 'imageur IR'],
      en: ['thermal imaging', 'thermal camera', 'infrared camera', 'infrared imaging', 'infrared', 'thermal imager', 'thermography', 'infrared sensor', 'infrared detector', 'infrared search and track', 'forward-looking infrared', 'thermal sight', 'thermal imaging camera', 'IR camera', 'IR imaging', 'cooled infrared camera', 'uncooled infrared camera'],
    },
    acronyms: ['IR', 'IRST', 'SWIR', 'MWIR', 'LWIR', 'FLIR', 'NIR', 'VLWIR', 'IRFPA'],
    cpv: ['38651000', '38636000', '38600000'],
    related: ['optronics'],
  },
  {
    id: 'night-vision',
    terms: {
      fr: ['vision nocturne', 'vision de nuit', 'jumelles de vision nocturne', 'intensification de lumière', 'intensificateur de lumière', 'bas niveau de lumière', 'lunettes de vision nocturne', 'caméra bas niveau de lumière', 'caméra de vision nocturne', 'observation de nuit', 'lunettes de vision de nuit', 'jumelles de vision de nuit', "intensificateur d'image", 'tube intensificateur', 'monoculaire de vision nocturne', 'vision nocturne numérique', 'jumelles de vision nocturne numériques', 'vision nocturne numérique couleur', 'vision de nuit numérique', 'lunettes de vision nocturne binoculaires', 'tube intensificateur de lumière', "intensification d'image", 'intensificateur de lumière résiduelle', 'lumière résiduelle', 'caméra à très bas niveau de lumière', 'capteur bas niveau de lumière', 'vision nocturne fusionnée', 'vision de nuit fusionnée', 'équipement de vision nocturne', 'matériel de vision nocturne', 'vision nocturne pour pilote', 'aide à la vision nocturne'],
      en: ['night vision', 'night vision goggles', 'image intensifier', 'image intensification', 'low-light imaging', 'low light camera', 'night sight', 'night vision camera', 'night observation', 'night-vision device', 'night vision binoculars', 'image intensifier tube', 'night vision devices', 'digital night vision', 'fused night vision', 'enhanced night vision goggles', 'night vision monocular', 'night vision equipment', 'image intensified camera', 'low light level'],
    },
    acronyms: ['JVN', 'NVG', 'I2', 'NVD', 'ENVG', 'NVIS', 'LLL'],
    cpv: ['38632000', '38631000'],
    related: ['optronics'],
  },
  {
    id: 'lidar',
    terms: {
      fr: ['lidar', 'télémètre laser', 'télémétrie laser', 'scanner laser', 'lidar bathymétrique', 'numérisation 3D', 'mesure laser 3D', 'télémètre', 'lidar aéroporté', 'scanner laser 3D', 'relevé lidar', 'nuage de points', 'imagerie laser 3D', 'mesure de distance laser', 'lidar 3D', 'lidar terrestre', 'lidar mobile', 'lidar embarqué', 'lidar topographique', 'scanner laser terrestre', 'relevé laser', 'lasergrammétrie', 'télémètre laser de sécurité oculaire', 'télémétrie laser impulsionnelle', 'cartographie lidar', 'imagerie lidar', 'lidar à balayage', 'lidar à onde continue', 'lidar doppler', 'capteur lidar'],
      en: ['laser rangefinder', 'laser ranging', 'laser scanner', 'ladar', 'laser scanning', '3D scanning', 'lidar sensor', 'laser radar', 'airborne lidar', 'bathymetric lidar', 'point cloud', 'laser range finder', 'rangefinder', 'flash lidar', 'laser telemetry', '3D lidar', 'terrestrial laser scanning', 'mobile lidar', 'lidar mapping', 'lidar survey', 'lidar imaging', 'eye-safe laser rangefinder', 'eye-safe rangefinder', 'laser distance meter', 'laser range finding'],
    },
    acronyms: ['LRF', 'ELRF'],
    cpv: ['38636100', '38430000'],
    related: ['lasers', 'optronics'],
  },
  {
    id: 'lasers',
    terms: {
      fr: ['laser', 'laser de puissance', 'arme laser', 'désignateur laser', 'laser à fibre', 'arme à énergie dirigée', 'énergie dirigée', 'laser impulsionnel', 'éblouissement laser', 'laser anti-drone', 'désignation laser', 'illuminateur laser', 'pointeur laser', 'laser haute énergie', 'laser haute puissance', 'diode laser', 'source laser', 'sources laser', 'laser continu', 'laser femtoseconde', 'laser picoseconde', 'laser infrarouge', 'laser à solide', 'laser à impulsions', 'système laser', 'neutralisation laser', 'éblouisseur laser', 'désignateur laser de cible', 'marquage laser de cible', 'communication optique laser', 'laser accordable', 'amplificateur laser', 'conception de lasers'],
      en: ['high-energy laser', 'laser weapon', 'directed energy', 'laser designator', 'fibre laser', 'fiber laser', 'directed-energy weapon', 'laser source', 'pulsed laser', 'high-power laser', 'dazzler', 'laser dazzler', 'counter-drone laser', 'laser diode', 'laser illuminator', 'laser systems', 'continuous wave laser', 'femtosecond laser'],
    },
    acronyms: ['HEL', 'QCL'],
    cpv: ['38636100', '38636000'],
    related: ['photonics'],
  },
  {
    id: 'photonics',
    terms: {
      fr: ['photonique', 'optique', 'optique de précision', 'composant optique', 'optoélectronique', 'système optique', 'instrument optique', 'lentille', 'conception optique', 'optique adaptative', 'traitement de surface optique', 'fabrication optique', 'optique infrarouge', 'opto-électronique', 'polissage optique', 'optique de haute précision', 'composants optiques', 'systèmes optiques', 'instruments optiques', 'lentilles', 'objectifs optiques', 'miroirs', 'prismes', 'hublots optiques', 'fenêtres optiques', 'traitements optiques', 'couches minces optiques', 'dépôt de couches minces', 'traitement antireflet', 'métrologie optique', 'mesure optique', 'instrumentation optique', 'optique active', 'optique spatiale', 'photonique intégrée', 'fabrication de composants optiques'],
      en: ['photonics', 'optics', 'precision optics', 'optical component', 'optoelectronics', 'optical system', 'optical instrument', 'lens', 'optical design', 'optical coating', 'adaptive optics', 'optical engineering', 'infrared optics', 'optical manufacturing', 'opto-electronics', 'optical polishing', 'lenses', 'optical lens', 'mirrors', 'optical windows'],
    },
    cpv: ['38600000', '38636000', '38630000'],
  },
  {
    id: 'fibre-optics',
    terms: {
      fr: ['fibre optique', 'câble optique', 'liaison optique', 'capteur à fibre optique', 'réseau fibre optique', 'gyroscope à fibre optique', 'connectique optique', 'capteur à fibre', 'liaison fibre optique durcie', 'câblage optique', 'câblage fibre optique', 'raccordement fibre optique', 'soudure de fibres optiques', 'transmission optique', 'réseau optique', 'fibres optiques', 'réseau de fibres optiques', 'liaison optique durcie', 'capteurs à fibres optiques', 'réseau de Bragg', 'capteur à réseau de Bragg', 'détection acoustique distribuée', 'mesure répartie par fibre optique', 'gyrofibre', 'gyromètre à fibre optique', 'jarretière optique', 'épissure optique', 'fusion de fibres', 'réflectométrie optique', 'transmission sur fibre', 'liaison fibre', 'fibre optique tactique', 'déploiement de fibre optique'],
      en: ['fibre optics', 'fiber optics', 'optical fibre', 'optical fiber', 'fibre-optic sensor', 'fiber optic cable', 'fibre-optic gyroscope', 'fiber optic sensor', 'optical link', 'fibre optic link', 'fiber optic link', 'fibre optic cable', 'optical cable', 'fiber splicing', 'fibre splicing', 'optical transmission', 'fiber optic network', 'fibre optic network'],
    },
    acronyms: ['FBG', 'OTDR'],
    cpv: ['38621000', '32520000'],
    related: ['photonics'],
  },
  {
    id: 'sights',
    terms: {
      fr: ['jumelles', 'lunette de visée', 'viseur', 'système de visée', 'lunette de tir', 'jumelles multifonctions', 'viseur tête haute', 'collimateur', "viseur d'arme", 'conduite de tir optronique', 'viseur holographique', 'viseur point rouge', 'viseur reflex', 'jumelles de visée', 'viseur de casque', 'lunette de visée nocturne', 'lunettes de visée', 'viseur nocturne', 'viseur de tir', 'système de visée optronique', 'viseur de jour', 'viseur jour/nuit', 'viseur de char', 'viseur tireur', "viseur chef d'engin", 'lunette de précision', "lunette de tireur d'élite", 'jumelles télémétriques', 'jumelles à télémètre', "jumelles d'observation", 'longue-vue', "télescope d'observation", 'affichage tête haute', 'module de visée'],
      en: ['binoculars', 'rifle scope', 'telescopic sight', 'weapon sight', 'sighting system', 'riflescope', 'head-up display', 'multifunction binoculars', 'red dot sight', 'fire control sight', 'holographic sight', 'reflex sight', 'sniper scope', 'thermal weapon sight', 'riflescopes', 'thermal scope', 'night sight scope'],
    },
    acronyms: ['HUD', 'HMD', 'VTH'],
    cpv: ['38633000', '38631000'],
    related: ['optronics'],
  },
  {
    id: 'camera',
    terms: {
      fr: ['caméra', 'imagerie', "capteur d'image", 'caméra haute résolution', 'caméra rapide', 'vidéo haute définition', 'système de prise de vue', 'caméra industrielle', 'caméra embarquée', 'caméra durcie', 'caméra HD', 'caméra vidéo', 'caméra grand champ', 'caméra panoramique', 'caméra 360', 'module caméra', 'vidéo embarquée', 'caméra numérique', 'caméra couleur', 'caméra jour', 'caméra visible', 'caméra CMOS', 'capteur CMOS', 'capteur CCD', 'caméra PTZ', 'caméra à haute cadence', 'caméra ultra-rapide', 'caméra 4K', 'caméra miniature', 'micro-caméra', 'caméra spatiale', 'caméra multicapteurs', 'système de vision embarqué'],
      en: ['camera', 'imaging', 'image sensor', 'high-speed camera', 'high-resolution camera', 'imaging system', 'video camera', 'rugged camera', 'embedded camera', 'industrial camera', 'camera module', 'panoramic camera', '360-degree camera', 'wide-field camera', 'digital camera', 'colour camera', 'color camera', 'day camera', 'visible camera', 'CMOS camera'],
    },
    acronyms: ['PTZ', 'CMOS'],
    cpv: ['38651000', '38650000'],
    related: ['optronics'],
  },
  {
    id: 'hyperspectral',
    terms: {
      fr: ['imagerie hyperspectrale', 'imagerie multispectrale', 'caméra hyperspectrale', 'imagerie spectrale', 'spectroscopie', 'spectromètre', 'imageur hyperspectral', 'imageur multispectral', 'imagerie multi-spectrale', 'caméra multispectrale', 'imageur spectral', 'spectro-imagerie', 'hyperspectral', 'multispectral', 'imagerie hyper-spectrale', 'imagerie spectrale infrarouge', 'imagerie polarimétrique', 'imagerie polarimétrique et spectrale', "analyse spectrale d'images", 'signatures spectrales', 'spectrométrie', 'spectrométrie infrarouge', 'spectroscopie Raman', 'spectroscopie infrarouge', 'spectroscopie laser', 'spectroradiomètre', "détection d'agents par spectroscopie", 'caméra spectrale', 'filtre spectral', 'imagerie multibande'],
      en: ['hyperspectral imaging', 'multispectral imaging', 'hyperspectral camera', 'spectral imaging', 'spectroscopy', 'spectrometer', 'hyperspectral imager', 'multispectral camera', 'imaging spectrometer', 'multispectral imager', 'multispectral sensor', 'hyperspectral sensor', 'spectral camera', 'hyper-spectral imaging', 'polarimetric imaging', 'spectral signatures', 'spectral analysis of images', 'spectrometry', 'infrared spectroscopy', 'Raman spectroscopy', 'laser spectroscopy', 'spectroradiometer', 'multiband imaging', 'spectral imager'],
    },
    acronyms: ['HSI', 'LIBS'],
    cpv: ['38433000', '38651000'],
    related: ['optronics'],
  },
];
