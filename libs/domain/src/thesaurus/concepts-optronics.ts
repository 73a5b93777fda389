import type { ThesaurusConcept } from './thesaurus.types';

/** Optronics and photonics: infrared and thermal imaging, night vision, lasers, lidar, optics. */
// prettier-ignore
export const OPTRONICS_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'optronics',
    terms: {
      fr: ['optronique', 'électro-optique', 'capteur optronique', 'boule optronique', 'viseur optronique', 'nacelle optronique', 'périscope', 'mât optronique', 'mât de veille', 'conception optronique', 'optronique embarquée', 'capteurs électro-optiques', 'tourelle optronique', 'optronique aéroportée', 'capteur EO/IR', 'boule gyrostabilisée'],
      en: ['optronics', 'electro-optics', 'electro-optical', 'optronic sensor', 'gimbal', 'optronic pod', 'EO/IR', 'electro-optical/infrared', 'targeting pod', 'optronic mast', 'photonic mast', 'submarine mast', 'EO sensors', 'gimballed camera', 'EO/IR turret'],
    },
    cpv: ['38600000', '38636000', '38641000', '35720000'],
    related: ['isr'],
  },
  {
    id: 'thermal-imaging',
    terms: {
      fr: ['caméra infrarouge', 'caméra thermique', 'imagerie thermique', 'imagerie infrarouge', 'thermographie', 'infrarouge', 'capteur infrarouge', 'détecteur infrarouge', 'veille infrarouge', 'imageur thermique', 'vision thermique', 'imageur infrarouge'],
      en: ['thermal imaging', 'thermal camera', 'infrared camera', 'infrared imaging', 'infrared', 'thermal imager', 'thermography', 'infrared sensor', 'infrared detector', 'infrared search and track', 'forward-looking infrared', 'thermal sight', 'thermal imaging camera'],
    },
    acronyms: ['IR', 'IRST', 'SWIR', 'MWIR', 'LWIR', 'FLIR'],
    cpv: ['38651000', '38636000', '38600000'],
    related: ['optronics'],
  },
  {
    id: 'night-vision',
    terms: {
      fr: ['vision nocturne', 'vision de nuit', 'jumelles de vision nocturne', 'intensification de lumière', 'intensificateur de lumière', 'bas niveau de lumière', 'lunettes de vision nocturne', 'caméra bas niveau de lumière', 'caméra de vision nocturne', 'observation de nuit', 'lunettes de vision de nuit', 'jumelles de vision de nuit', "intensificateur d'image", 'tube intensificateur', 'monoculaire de vision nocturne', 'vision nocturne numérique'],
      en: ['night vision', 'night vision goggles', 'image intensifier', 'image intensification', 'low-light imaging', 'low light camera', 'night sight', 'night vision camera', 'night observation', 'night-vision device', 'night vision binoculars', 'image intensifier tube'],
    },
    acronyms: ['JVN', 'NVG', 'I2'],
    cpv: ['38632000', '38631000'],
    related: ['optronics'],
  },
  {
    id: 'lidar',
    terms: {
      fr: ['lidar', 'télémètre laser', 'télémétrie laser', 'scanner laser', 'lidar bathymétrique', 'numérisation 3D', 'mesure laser 3D', 'télémètre', 'lidar aéroporté', 'scanner laser 3D', 'relevé lidar', 'nuage de points', 'imagerie laser 3D', 'mesure de distance laser'],
      en: ['laser rangefinder', 'laser ranging', 'laser scanner', 'ladar', 'laser scanning', '3D scanning', 'lidar sensor', 'laser radar', 'airborne lidar', 'bathymetric lidar', 'point cloud', 'laser range finder', 'rangefinder', 'flash lidar', 'laser telemetry'],
    },
    acronyms: ['LRF'],
    cpv: ['38636100', '38430000'],
    related: ['lasers', 'optronics'],
  },
  {
    id: 'lasers',
    terms: {
      fr: ['laser', 'laser de puissance', 'arme laser', 'désignateur laser', 'laser à fibre', 'arme à énergie dirigée', 'énergie dirigée', 'laser impulsionnel', 'éblouissement laser', 'laser anti-drone', 'désignation laser', 'illuminateur laser', 'pointeur laser', 'laser haute énergie', 'laser haute puissance', 'diode laser'],
      en: ['high-energy laser', 'laser weapon', 'directed energy', 'laser designator', 'fibre laser', 'fiber laser', 'directed-energy weapon', 'laser source', 'pulsed laser', 'high-power laser', 'dazzler', 'laser dazzler', 'counter-drone laser', 'laser diode', 'laser illuminator'],
    },
    cpv: ['38636100', '38636000'],
    related: ['photonics'],
  },
  {
    id: 'photonics',
    terms: {
      fr: ['photonique', 'optique', 'optique de précision', 'composant optique', 'optoélectronique', 'système optique', 'instrument optique', 'lentille', 'conception optique', 'optique adaptative', 'traitement de surface optique', 'fabrication optique', 'optique infrarouge', 'opto-électronique', 'polissage optique'],
      en: ['photonics', 'optics', 'precision optics', 'optical component', 'optoelectronics', 'optical system', 'optical instrument', 'lens', 'optical design', 'optical coating', 'adaptive optics', 'optical engineering', 'infrared optics', 'optical manufacturing', 'opto-electronics', 'optical polishing'],
    },
    cpv: ['38600000', '38636000', '38630000'],
  },
  {
    id: 'fibre-optics',
    terms: {
      fr: ['fibre optique', 'câble optique', 'liaison optique', 'capteur à fibre optique', 'réseau fibre optique', 'gyroscope à fibre optique', 'connectique optique', 'capteur à fibre', 'liaison fibre optique durcie', 'câblage optique', 'câblage fibre optique', 'raccordement fibre optique', 'soudure de fibres optiques', 'transmission optique', 'réseau optique'],
      en: ['fibre optics', 'fiber optics', 'optical fibre', 'optical fiber', 'fibre-optic sensor', 'fiber optic cable', 'fibre-optic gyroscope', 'fiber optic sensor', 'optical link', 'fibre optic link', 'fiber optic link', 'fibre optic cable', 'optical cable', 'fiber splicing', 'fibre splicing', 'optical transmission'],
    },
    cpv: ['38621000', '32520000'],
    related: ['photonics'],
  },
  {
    id: 'sights',
    terms: {
      fr: ['jumelles', 'lunette de visée', 'viseur', 'système de visée', 'lunette de tir', 'jumelles multifonctions', 'viseur tête haute', 'collimateur', "viseur d'arme", 'conduite de tir optronique', 'viseur holographique', 'viseur point rouge', 'viseur reflex', 'jumelles de visée', 'viseur de casque', 'lunette de visée nocturne'],
      en: ['binoculars', 'rifle scope', 'telescopic sight', 'weapon sight', 'sighting system', 'riflescope', 'head-up display', 'multifunction binoculars', 'red dot sight', 'fire control sight', 'holographic sight', 'reflex sight', 'sniper scope', 'thermal weapon sight'],
    },
    acronyms: ['HUD'],
    cpv: ['38633000', '38631000'],
    related: ['optronics'],
  },
  {
    id: 'camera',
    terms: {
      fr: ['caméra', 'imagerie', "capteur d'image", 'caméra haute résolution', 'caméra rapide', 'vidéo haute définition', 'système de prise de vue', 'caméra industrielle', 'caméra embarquée', 'caméra durcie', 'caméra HD', 'caméra vidéo', 'caméra grand champ', 'caméra panoramique', 'caméra 360', 'module caméra', 'vidéo embarquée'],
      en: ['camera', 'imaging', 'image sensor', 'high-speed camera', 'high-resolution camera', 'imaging system', 'video camera', 'rugged camera', 'embedded camera', 'industrial camera', 'camera module', 'panoramic camera', '360-degree camera', 'wide-field camera'],
    },
    cpv: ['38651000', '38650000'],
    related: ['optronics'],
  },
  {
    id: 'hyperspectral',
    terms: {
      fr: ['imagerie hyperspectrale', 'imagerie multispectrale', 'caméra hyperspectrale', 'imagerie spectrale', 'spectroscopie', 'spectromètre', 'imageur hyperspectral', 'imageur multispectral', 'imagerie multi-spectrale', 'caméra multispectrale', 'imageur spectral', 'spectro-imagerie'],
      en: ['hyperspectral imaging', 'multispectral imaging', 'hyperspectral camera', 'spectral imaging', 'spectroscopy', 'spectrometer', 'hyperspectral imager', 'multispectral camera', 'imaging spectrometer', 'multispectral imager', 'multispectral sensor', 'hyperspectral sensor', 'spectral camera', 'hyper-spectral imaging'],
    },
    cpv: ['38433000', '38651000'],
    related: ['optronics'],
  },
];
