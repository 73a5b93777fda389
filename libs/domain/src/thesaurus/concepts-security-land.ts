import type { ThesaurusConcept } from './thesaurus.types';

/** Defence sector, land systems, weapons and ammunition, CBRN, soldier equipment, physical security. */
// prettier-ignore
export const SECURITY_LAND_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'defence-sector',
    role: 'qualifier',
    terms: {
      fr: ['défense', 'armées', 'ministère des Armées', 'industrie de défense', 'base industrielle et technologique de défense', 'militaire', 'secteur de la défense', 'forces armées', 'sécurité et défense', 'marchés de défense', "Direction générale de l'armement", 'applications militaires', 'défense nationale', "industrie de l'armement", 'industriels de la défense', 'forces armées françaises', 'achats de défense', 'acquisitions de défense', "programmes d'armement", 'économie de défense', 'ministère de la Défense', 'défense et sécurité', 'base industrielle de défense', 'entreprises de défense', 'PME de défense', 'filière défense'],
      en: ['defence', 'defense', 'military', 'armed forces', 'defence industry', 'defense industry', 'defence industrial base', 'defence sector', 'defence and security', 'ministry of defence', 'defence procurement', 'military applications', 'defence companies', 'defense contractor', 'defence contractor', 'defence supplier', 'defense supplier', 'military use', 'military end use', 'defence market', 'defense market', 'defense procurement', 'armed services', 'department of defense', 'joint forces', 'tri-service'],
    },
    acronyms: ['BITD', 'DGA', 'DTIB', 'EDTIB', 'MINARM', 'OTAN', 'NATO', 'DoD'],
    cpv: ['35000000'],
  },
  {
    id: 'land-defence',
    role: 'qualifier',
    terms: {
      fr: ['terrestre', 'défense terrestre', 'armée de Terre', 'forces terrestres', 'combat terrestre', 'systèmes terrestres', 'domaine terrestre', 'armement terrestre', 'matériels terrestres', 'combat aéroterrestre', 'domaine aéroterrestre', 'défense aéroterrestre', 'équipements terrestres', 'industrie terrestre de défense', 'systèmes de combat terrestre', "matériels de l'armée de Terre", 'opérations terrestres', 'guerre terrestre', 'infanterie', 'cavalerie', 'unités terrestres', 'aéroterrestre', 'combattant terrestre', "forces de l'armée de Terre"],
      en: ['land defence', 'land forces', 'land systems', 'army', 'ground forces', 'land domain', 'land warfare', 'land equipment', 'army equipment', 'land combat', 'land capabilities', 'army systems', 'ground combat', 'land defense', 'land-based systems', 'land-based', 'army programmes', 'army programs', 'land operations', 'ground warfare', 'infantry', 'cavalry', 'mounted combat', 'manoeuvre forces', 'land platforms', 'ground systems', 'land forces equipment', 'British Army', 'US Army', 'land battlespace'],
    },
    cpv: ['35400000'],
    related: ['defence-sector'],
  },
  {
    id: 'military-vehicle',
    role: 'qualifier',
    terms: {
      fr: ['véhicule militaire', 'véhicule tactique', "véhicule de l'avant blindé", 'véhicule logistique', 'camion militaire', 'poids lourd militaire', 'véhicule tout-terrain', 'véhicule de transport de troupes', 'engin militaire', 'véhicule léger tactique', 'camion tactique', 'véhicule de liaison', 'véhicule de patrouille', 'porte-char', 'véhicule tactique polyvalent', 'véhicule tactique léger', 'véhicule léger de reconnaissance', 'véhicule de transport logistique', 'camion logistique', 'camion tout-terrain', 'véhicule 4x4 militaire', 'véhicule 6x6', 'véhicule 8x8', 'véhicule de commandement', 'véhicule poste de commandement', 'véhicule de dépannage', 'dépanneuse militaire', 'véhicule porte-engins'],
      en: ['military vehicle', 'tactical vehicle', 'military truck', 'logistic vehicle', 'all-terrain vehicle', 'troop carrier', '4x4 vehicle', 'utility vehicle', 'tactical truck', 'light tactical vehicle', 'logistics truck', 'military logistics vehicle', 'patrol vehicle', 'army vehicle', 'army truck', 'tactical wheeled vehicle', 'special forces vehicle', 'command vehicle', 'recovery vehicle', 'heavy equipment transporter', 'tank transporter', 'engineering vehicle', 'combat engineering vehicle', 'military off-road vehicle', 'off-road truck', 'light utility vehicle'],
    },
    acronyms: ['VAB', 'VLTP', 'PLFS', 'PPT', 'HET', 'JLTV'],
    cpv: ['35400000', '35410000'],
    related: ['land-defence'],
  },
  {
    id: 'armoured-vehicle',
    role: 'qualifier',
    terms: {
      fr: ['véhicule blindé', 'blindé', 'char', 'char de combat', 'char Leclerc', 'engin blindé', 'véhicule de combat', "véhicule de combat d'infanterie", 'véhicule blindé de combat', 'véhicule blindé à roues', 'véhicule blindé chenillé', "char d'assaut", 'char lourd', 'char léger', 'char de bataille', 'char de combat principal', 'char du futur', 'système principal de combat terrestre', 'véhicule blindé de transport de troupes', 'véhicule blindé de transport', 'transport de troupes blindé', 'véhicule de combat blindé', 'engin blindé à roues', 'véhicule blindé léger'],
      en: ['armoured vehicle', 'armored vehicle', 'armoured fighting vehicle', 'armored fighting vehicle', 'armoured personnel carrier', 'infantry fighting vehicle', 'main battle tank', 'battle tank', 'combat vehicle', 'armoured combat vehicle', 'armored personnel carrier', 'armored combat vehicle', 'armoured car', 'armored car', 'tracked vehicle', 'tracked armoured vehicle', 'wheeled armoured vehicle', 'armoured reconnaissance vehicle', 'armored reconnaissance vehicle', 'light armoured vehicle', 'light armored vehicle', 'mine-resistant ambush protected', 'protected vehicle', 'protected mobility vehicle', 'armoured recovery vehicle', 'armored recovery vehicle', 'armoured engineering vehicle'],
    },
    acronyms: ['APC', 'IFV', 'AFV', 'MBT', 'VBCI', 'VBL', 'MRAP', 'MGCS', 'LAV'],
    cpv: ['35412000', '35410000'],
    related: ['military-vehicle'],
  },
  {
    id: 'scorpion',
    role: 'qualifier',
    terms: {
      fr: ['Scorpion', 'programme Scorpion', 'Griffon', 'Jaguar', 'Serval', 'Leclerc rénové', 'véhicule blindé multi-rôles', 'engin blindé de reconnaissance et de combat', 'VBMR léger', 'VBMR lourd', 'capacité Scorpion', 'véhicules Scorpion', 'combat collaboratif Scorpion', 'VBMR Griffon', 'EBRC Jaguar', 'VBMR-L Serval', 'véhicule blindé multirôle', 'véhicule blindé multirôle lourd', 'véhicule blindé multirôle léger', 'engin blindé de reconnaissance', 'Leclerc XLR', 'char Leclerc XLR', "véhicule blindé d'aide à l'engagement", 'Griffon MEPAC', 'Jaguar EBRC', 'Serval VBMR-L'],
      en: ['Scorpion programme', 'Scorpion program', 'multi-role armoured vehicle', 'Scorpion capability', 'Griffon vehicle', 'Jaguar vehicle', 'Serval vehicle', 'Scorpion vehicles', 'multi-role armored vehicle', 'Griffon armoured vehicle', 'Jaguar armoured vehicle', 'Serval armoured vehicle', 'Leclerc upgrade', 'Scorpion collaborative combat', 'French Army Scorpion', 'Jaguar reconnaissance vehicle', 'armoured reconnaissance and combat vehicle', 'Scorpion information system', 'Griffon armored vehicle', 'Jaguar armored vehicle'],
    },
    acronyms: ['VBMR', 'EBRC', 'VBAE', 'VBMR-L'],
    cpv: ['35412000', '35412500', '35412400'],
    related: ['armoured-vehicle', 'tactical-c2'],
  },
  {
    id: 'vehicle-support',
    terms: {
      fr: ['maintenance des véhicules militaires', 'MCO terrestre', 'MCO des véhicules', 'soutien des véhicules', 'maintenance des matériels terrestres', 'réparation de véhicules militaires', 'entretien des véhicules militaires', 'maintenance des blindés', 'MCO des blindés', 'rénovation de véhicules militaires', 'maintenance des engins blindés', 'régénération de véhicules', 'MCO des véhicules militaires', 'soutien des matériels terrestres', 'réparation de blindés', 'révision de véhicules militaires', 'remise en état de véhicules militaires', 'MCO des matériels terrestres', 'maintenance terrestre', 'maintenance des véhicules tactiques', "maintenance des véhicules de l'avant blindés", 'maintenance des chars', 'réparation de chars', 'maintenance de matériels militaires terrestres', 'régénération des matériels', 'régénération des matériels terrestres', 'rétrofit de véhicules militaires', 'modernisation de véhicules militaires', 'maintenance des camions militaires', 'entretien de véhicules tactiques', 'dépannage de véhicules militaires'],
      en: ['military vehicle maintenance', 'land equipment support', 'vehicle maintenance', 'land equipment maintenance', 'military vehicle repair', 'armoured vehicle maintenance', 'vehicle overhaul', 'vehicle refurbishment', 'fleet maintenance of military vehicles', 'armored vehicle maintenance', 'military vehicle MRO', 'land vehicle support', 'armoured vehicle repair', 'military vehicle sustainment', 'land vehicle maintenance', 'land systems support', 'armoured vehicle overhaul', 'armored vehicle repair', 'tactical vehicle maintenance', 'military truck maintenance', 'vehicle regeneration', 'military vehicle upgrade', 'land equipment MRO', 'land vehicle MRO'],
    },
    acronyms: ['SIMMT', 'SMITer', 'MCO-T'],
    cpv: ['50630000', '35420000'],
    related: ['military-vehicle', 'vehicle-parts'],
  },
  {
    id: 'vehicle-parts',
    terms: {
      fr: ['pièces de véhicules militaires', 'pièces pour véhicules blindés', 'pièces de véhicules blindés', 'pièces détachées de véhicules', 'suspension', 'transmissions et suspensions', 'suspensions et transmissions', 'boîte de vitesses', 'chaîne de traction', 'groupe motopropulseur', 'train de roulement', 'chenille', 'essieu', 'amortisseur', 'système de freinage', 'roue de véhicule militaire', 'pièces détachées de blindés', 'pièces détachées de véhicules militaires', 'rechanges de véhicules', 'rechanges de véhicules militaires', 'pièces de rechange de véhicules', 'composants de véhicules', 'composants de véhicules militaires', 'patins de chenilles', 'barbotin', 'galet de roulement', 'roue de route', 'suspension hydropneumatique', 'suspension de véhicule', 'boîte de transfert'],
      en: ['military vehicle parts', 'vehicle spare parts', 'armoured vehicle parts', 'suspension system', 'drivetrain', 'powertrain', 'powerpack', 'gearbox', 'axle', 'running gear', 'track system', 'shock absorber', 'vehicle components', 'braking system', 'military vehicle spare parts', 'vehicle spares', 'armored vehicle parts', 'tracked vehicle parts', 'track links', 'track pads', 'rubber tracks', 'road wheel', 'idler wheel', 'hydropneumatic suspension', 'transfer case', 'military tyres'],
    },
    cpv: ['35420000', '35421000', '35421100'],
    related: ['vehicle-support', 'armoured-vehicle'],
  },
  {
    id: 'vetronics',
    terms: {
      fr: ['vétronique', 'électronique de véhicule', 'architecture électronique de véhicule', 'électronique embarquée de véhicule', 'intégration électronique de véhicules', 'câblage de véhicules militaires', 'faisceaux de véhicules', 'électronique de blindé', 'architecture vétronique', 'architecture électrique de véhicule', 'électronique de véhicule militaire', 'calculateur de véhicule', "gestion d'énergie de véhicule", 'intégration vétronique', 'faisceau électrique de véhicule', 'vétronique militaire', 'systèmes vétroniques', 'réseau de bord véhicule', 'réseau embarqué de véhicule', 'bus CAN véhicule', 'console équipage', 'écran équipage', 'afficheur véhicule', 'terminal embarqué véhicule', 'architecture ouverte véhicule', 'intégration électronique sur blindés'],
      en: ['vetronics', 'vehicle electronics', 'vehicle electronic architecture', 'vehicle electronic integration', 'military vehicle wiring', 'vehicle harness', 'armoured vehicle electronics', 'vehicle power management', 'generic vehicle architecture', 'military vehicle electronics', 'vehicle mission system', 'vehicle electrical architecture', 'vehicle computer', 'vehicle networking', 'armored vehicle electronics', 'military vehicle integration', 'crew display', 'vehicle display', 'vehicle CAN bus', 'in-vehicle network', 'vehicle data bus', 'military vehicle power', 'hybrid military vehicle', 'open vehicle architecture', 'NATO generic vehicle architecture'],
    },
    acronyms: ['GVA', 'NGVA'],
    cpv: ['35422000', '35420000'],
    related: ['vehicle-parts', 'defence-electronics'],
  },
  {
    id: 'weapons',
    terms: {
      fr: ['armement', 'arme', "système d'armes", 'tourelle', 'tourelleau téléopéré', 'canon', 'arme collective', "système d'armes terrestre", 'tourelle téléopérée', "intégration d'armement", 'armement naval', 'canon naval', "tourelle d'armes", 'armement de véhicules', 'armement de précision', 'armement embarqué', 'armement aéroporté', 'tourelleau', 'tourelle de char', 'tourelle de véhicule', 'tourelle moyen calibre', 'canon de moyen calibre', 'canon automatique', 'canon de 30 mm', 'canon de 40 mm', 'canon de 76 mm', 'canon de 127 mm', 'affût naval'],
      en: ['weapon', 'weapon system', 'armament', 'turret', 'remote weapon station', 'cannon', 'gun', 'naval gun', 'weapon systems integration', 'weapons integration', 'gun system', 'naval gun system', 'weapon mount', 'armament systems', 'remote controlled weapon station', 'weapon station', 'weaponry', 'remote weapon system', 'remotely operated weapon station', 'medium-calibre cannon', 'medium calibre gun', 'autocannon', 'naval gun mount', 'gun turret', 'tank turret', 'turret system', 'close-in weapon system', 'railgun'],
    },
    acronyms: ['RWS', 'CIWS', 'RCWS'],
    cpv: ['35300000', '35320000'],
    related: ['defence-sector'],
  },
  {
    id: 'ammunition',
    terms: {
      fr: ['munition', 'pyrotechnie', 'explosif', 'poudre propulsive', 'obus', 'charge militaire', 'matériaux énergétiques', 'munitions de petit calibre', 'munitions navales', 'munitions aériennes', "fusée d'obus", 'artifices', 'munitions de moyen calibre', 'chargement de munitions', 'pyrotechnie militaire', "munitions d'artillerie", 'munitions de gros calibre', 'cartouche de petit calibre', 'cartouches militaires', "obus d'artillerie", 'obus de 155 mm', 'obus de mortier', 'grenade', 'grenade à main', 'roquette', 'bombe guidée', 'bombe aérienne', 'corps de bombe', 'kit de guidage', 'munitions intelligentes', 'fusée de munition', 'détonateur'],
      en: ['ammunition', 'pyrotechnics', 'explosives', 'propellant', 'warhead', 'energetic materials', 'small-calibre ammunition', 'naval ammunition', 'air-delivered munitions', 'fuze', 'bomb', 'medium-calibre ammunition', 'ammunition loading', 'artillery ammunition', 'ordnance', 'ammo', 'small arms ammunition', 'artillery shell', '155mm shell', 'mortar bomb', 'mortar round', 'hand grenade', 'guided bomb', 'aerial bomb', 'bomb kit', 'detonator'],
    },
    acronyms: ['AASM'],
    cpv: ['35330000', '35332000', '35333000'],
    related: ['weapons'],
  },
  {
    id: 'weapons-maintenance',
    terms: {
      fr: ['maintenance des armes', 'MCO armement', "maintenance des systèmes d'armes", "réparation d'armes", "entretien de l'armement", 'MCO des armes', 'maintenance des tourelles', "réparation d'armement", "maintenance de l'armement", "MCO des systèmes d'armes", "réparation de systèmes d'armes", 'armurerie', 'armurier', 'maintenance des munitions', 'entretien des armes', 'maintenance de canons', "révision d'armes", 'réparation de canons', "remise en état d'armes", "rénovation d'armement", "régénération d'armement"],
      en: ['weapon maintenance', 'maintenance of weapon systems', 'weapon system support', 'firearms repair', 'ammunition maintenance', 'weapons repair', 'turret maintenance', 'armament maintenance', 'weapon system maintenance', 'armament repair', 'armourer', 'armorer', 'gun maintenance', 'small arms repair', 'weapon system MRO', 'gunsmith', 'gunsmithing', 'naval gun maintenance', 'weapon overhaul', 'armament support', 'weapon system through-life support'],
    },
    cpv: ['50842000', '50841000', '50620000', '50840000'],
    related: ['weapons', 'mco'],
  },
  {
    id: 'eod',
    terms: {
      fr: ['déminage', 'neutralisation des explosifs', 'neutralisation, enlèvement et destruction des explosifs', 'lutte contre les engins explosifs improvisés', 'engin explosif improvisé', 'dépollution pyrotechnique', 'déminage terrestre', 'munitions non explosées', 'déminage humanitaire', 'dépollution de munitions', 'déminage de munitions', "neutralisation d'engins explosifs", 'lutte contre les EEI', 'déminage militaire', "destruction d'explosifs", 'dépollution de sites pyrotechniques', 'diagnostic pyrotechnique', 'détection de munitions non explosées', 'engins non explosés', 'restes explosifs de guerre', 'mines terrestres', 'mine antipersonnel', 'mine antichar', 'lutte contre les mines terrestres', 'détecteur de mines'],
      en: ['explosive ordnance disposal', 'counter-IED', 'improvised explosive device', 'demining', 'bomb disposal', 'unexploded ordnance', 'humanitarian demining', 'landmine clearance', 'UXO clearance', 'explosive detection and disposal', 'ordnance clearance', 'IED detection', 'EOD operations', 'bomb squad', 'bomb disposal suit', 'EOD suit', 'IED jammer', 'counter-IED jammer', 'route clearance', 'route clearance vehicle', 'land mine', 'landmine', 'anti-personnel mine', 'antipersonnel mine', 'anti-tank mine'],
    },
    acronyms: ['EOD', 'C-IED', 'IED', 'NEDEX', 'EEI', 'UXO', 'ERW', 'VBIED', 'RCIED', 'UXB'],
    cpv: ['38546000', '35124000', '35121000'],
    related: ['ammunition'],
  },
  {
    id: 'cbrn',
    terms: {
      fr: ['défense NRBC', 'protection NRBC', 'détection NRBC', 'nucléaire, radiologique, biologique et chimique', 'décontamination', 'détection chimique', 'agents chimiques', 'risque biologique', 'radioprotection', 'dosimétrie', 'détection de la radioactivité', 'détection biologique', 'masque à gaz', 'décontamination NRBC', 'risque NRBC', 'menace NRBC', 'défense NRBC-E', 'protection NRBC-E', 'détecteur chimique', 'détecteur de gaz toxiques', 'détection de gaz toxiques', 'toxiques de guerre', 'agents de guerre chimique', 'armes chimiques', 'arme biologique', 'agents biologiques', 'détection radiologique', 'radiamètre'],
      en: ['chemical, biological, radiological and nuclear', 'CBRN defence', 'CBRN protection', 'chemical detection', 'biological detection', 'radiation detection', 'dosimetry', 'radiation protection', 'gas mask', 'chemical warfare agents', 'CBRN detection', 'CBRN decontamination', 'CBRN threat', 'chemical weapons', 'biological weapons', 'biological agents', 'chemical agent detector', 'toxic gas detection', 'toxic industrial chemicals', 'radiological detection', 'radiation detector', 'dosimeter', 'gamma spectrometer', 'radiological contamination', 'decontamination system', 'respirator'],
    },
    acronyms: ['NRBC', 'NRBC-E', 'CBRN', 'CBRNE', 'NBC', 'COLPRO'],
    cpv: ['35113200', '38430000', '38431000'],
    related: ['protective-clothing'],
  },
  {
    id: 'individual-equipment',
    terms: {
      fr: ['équipement individuel', 'équipement du combattant', 'équipement du soldat', 'paquetage', 'treillis', 'uniforme militaire', 'habillement militaire', 'sac à dos militaire', 'gilet tactique', 'équipement du fantassin', 'chaussures militaires', 'brelage', 'exosquelette', 'parachute', 'équipements individuels du combattant', 'gilet de combat', 'tenue de combat', 'tenue militaire', 'vêtements militaires', 'effets militaires', 'paquetage du soldat', 'gilet porte-plaques', 'porte-plaques', 'gilet tactique modulaire', 'équipement tactique', 'sac de combat', 'sac à dos tactique', 'chaussures de combat', 'bottes militaires', 'gants tactiques'],
      en: ['individual equipment', 'soldier equipment', 'soldier system', 'personal equipment', 'military clothing', 'combat clothing', 'load carrying equipment', 'tactical vest', 'military boots', 'combat uniform', 'military uniform', 'exoskeleton', 'soldier modernisation', 'combat equipment', 'plate carrier', 'chest rig', 'tactical backpack', 'military backpack', 'rucksack', 'combat boots', 'tactical gloves', 'load-bearing equipment', 'load carriage', 'battle dress uniform', 'field uniform', 'army uniform', 'military apparel'],
    },
    acronyms: ['FELIN', 'MOLLE', 'BDU'],
    cpv: ['35810000', '35800000'],
    related: ['defence-sector'],
  },
  {
    id: 'protective-clothing',
    terms: {
      fr: ['vêtement de protection', 'tenue de protection', 'équipement de protection individuelle', 'vêtements techniques', 'vêtement ignifugé', 'tenue NRBC', 'vêtement de protection balistique et feu', 'gants de protection', 'tenue ignifugée', 'tenue de pompier', 'tenue de feu', 'tenue anti-feu', 'combinaison de protection', 'tenue de protection chimique', 'vêtement ignifuge', 'vêtements de travail techniques', 'vêtement de protection chimique', 'combinaison NRBC', 'tenue de protection NRBC', 'vêtement haute visibilité', 'gilet haute visibilité', 'vêtement anti-feu', 'vêtement résistant au feu', 'tenue de protection feu', 'combinaison de vol', 'combinaison pilote', 'vêtement anti-coupure', 'gants anti-coupure', 'vêtement antistatique'],
      en: ['protective clothing', 'protective equipment', 'personal protective equipment', 'flame-retardant clothing', 'protective gear', 'protective suit', 'fire-resistant clothing', 'protective gloves', 'firefighter clothing', 'protective garments', 'flame resistant clothing', 'fire-retardant clothing', 'chemical protective suit', 'protective coveralls', 'protective workwear', 'flight suit', 'flying suit', 'high-visibility clothing', 'hi-vis', 'cut-resistant gloves', 'fire-resistant garment', 'CBRN suit', 'hazmat suit', 'chemical suit', 'thermal protective clothing', 'antistatic clothing', 'FR clothing', 'protective apparel'],
    },
    acronyms: ['EPI', 'PPE'],
    cpv: ['35113400', '35113000'],
    related: ['individual-equipment'],
  },
  {
    id: 'technical-textiles',
    terms: {
      fr: ['textile technique', 'textiles intelligents', 'tissu technique', 'textile militaire', 'textiles de défense', 'textile fonctionnel', 'textile enduit', 'tissu enduit', 'tissu ignifugé', 'confection technique', 'confection militaire', 'camouflage', 'filet de camouflage', 'tenue de camouflage', 'tissu balistique', 'fibres techniques', 'textile ignifugé', 'fibres haute performance', 'textiles techniques militaires', 'textile connecté', 'étoffe technique', 'fils techniques', 'tissu camouflage', 'motif camouflage', 'bâche militaire', 'toile enduite', 'toile technique', 'système de camouflage'],
      en: ['technical textiles', 'smart textiles', 'technical fabrics', 'military textiles', 'defence textiles', 'functional textiles', 'coated fabrics', 'e-textiles', 'camouflage', 'camouflage net', 'ballistic fabric', 'high-performance fibres', 'technical sewing', 'camouflage netting', 'smart fabrics', 'connected textiles', 'aramid', 'aramid fiber', 'Dyneema', 'coated textile', 'tarpaulin', 'military tarpaulin', 'thermal camouflage', 'camouflage system', 'camouflage fabric', 'nonwovens', 'technical nonwovens'],
    },
    cpv: ['35810000', '19200000', '35113400'],
    related: ['individual-equipment', 'protective-clothing'],
  },
  {
    id: 'ballistic-protection',
    terms: {
      fr: ['protection balistique', 'gilet pare-balles', 'casque balistique', 'casque militaire', 'blindage balistique', 'plaque balistique', 'protection individuelle balistique', 'blindage', 'surblindage', 'casque', 'protection balistique des véhicules', 'blindage de véhicules', 'blindage composite', 'gilet balistique', 'armure corporelle', 'pare-balles', 'plaque pare-balles', 'plaque de protection balistique', 'casque de combat', 'casque pare-balles', 'bouclier balistique', 'bouclier pare-balles', 'protection anti-balles', 'blindage léger', 'blindage céramique', 'céramique balistique', 'blindage additionnel', 'kit de surblindage', 'blindage réactif'],
      en: ['ballistic protection', 'body armour', 'body armor', 'bulletproof vest', 'bullet-proof vest', 'ballistic helmet', 'military helmet', 'armour plating', 'armor plating', 'ballistic plate', 'add-on armour', 'helmet', 'vehicle armour', 'composite armour', 'ballistic panels', 'ballistic vest', 'bullet-resistant', 'ballistic shield', 'combat helmet', 'ballistic armour', 'ballistic armor', 'ceramic armour', 'ceramic armor', 'armour plate', 'armor plate', 'reactive armour', 'reactive armor', 'active protection system', 'blast protection', 'mine protection'],
    },
    cpv: ['35815100', '35815000', '35813000'],
    related: ['individual-equipment'],
  },
  {
    id: 'video-surveillance',
    terms: {
      fr: ['vidéosurveillance', 'vidéo surveillance', 'vidéoprotection', 'caméra de surveillance', 'supervision vidéo', 'système de vidéosurveillance', 'analyse vidéo intelligente', 'caméra de sécurité', 'caméra dôme', 'vidéosurveillance de sites sensibles', 'caméra de vidéoprotection', 'système de vidéoprotection', 'télévision en circuit fermé', 'caméra IP', 'vidéosurveillance urbaine', 'centre de supervision urbain', 'vidéosurveillance intelligente', 'vidéoprotection intelligente', 'enregistreur vidéo numérique', 'enregistreur vidéo réseau', 'serveur vidéo', "mur d'images", 'mur vidéo', 'poste de supervision vidéo', 'mât de vidéosurveillance', 'vidéosurveillance mobile'],
      en: ['closed-circuit television', 'surveillance camera', 'security camera', 'video management system', 'CCTV system', 'IP camera', 'intelligent video surveillance', 'video surveillance', 'video surveillance system', 'CCTV cameras', 'video protection', 'network video recorder', 'digital video recorder', 'video wall', 'mobile surveillance tower', 'mobile CCTV', 'bodycam', 'automatic number plate recognition', 'license plate recognition'],
    },
    acronyms: ['CCTV', 'VMS', 'LPR', 'NVR', 'DVR'],
    cpv: ['35125000', '35125300', '32235000'],
    related: ['site-protection'],
  },
  {
    id: 'site-protection',
    terms: {
      fr: ['protection de sites sensibles', 'protection des sites', 'sûreté des sites', 'sécurité des sites', 'protection des installations', "point d'importance vitale", "opérateur d'importance vitale", 'protection des infrastructures critiques', 'sécurité physique', 'sûreté des installations', 'protection des emprises', 'protection des sites militaires', 'sûreté des emprises militaires', 'protection des bases', 'sécurisation de sites', 'protection physique', 'sûreté physique', 'protection des points sensibles', 'sûreté de sites sensibles', 'sécurisation des sites sensibles', 'protection des installations militaires', 'protection des installations sensibles', 'sûreté des installations nucléaires', 'protection des emprises militaires', 'sûreté des bases', 'sécurité des bases', 'sûreté des infrastructures critiques', 'protection de la force', 'sûreté des emprises', 'durcissement de sites', 'sécurité des installations', 'sécurité des sites industriels', 'sûreté industrielle', 'protection des sites industriels'],
      en: ['site protection', 'critical infrastructure protection', 'physical security', 'protection of sensitive sites', 'site security', 'force protection', 'facility security', 'sensitive site protection', 'base protection', 'military site protection', 'sensitive sites security', 'physical protection', 'critical site protection', 'installation security', 'base security', 'military base security', 'facility protection', 'infrastructure protection', 'site hardening', 'physical security assessment', 'force protection systems', 'physical security systems', 'physical security integration'],
    },
    acronyms: ['OIV', 'PIV', 'SAIV'],
    cpv: ['35120000', '79710000', '35121000'],
    related: ['security'],
  },
  {
    id: 'perimeter-security',
    terms: {
      fr: ['sécurité périmétrique', 'protection périmétrique', 'détection périmétrique', 'clôture', "détection d'intrusion périmétrique", 'barrière infrarouge', 'anti-intrusion', 'alarme intrusion', "système d'alarme", 'alarme', 'clôture détectrice', 'barrière hyperfréquence', 'obstacle anti-bélier', "détection d'intrusion extérieure", 'système anti-intrusion', 'clôture de sécurité', 'clôture anti-intrusion', 'clôture électrifiée', 'grillage de sécurité', 'barrière périmétrique', "capteurs d'intrusion", 'radar périmétrique', 'détection sismique', 'barrière anti-véhicule', 'obstacle anti-véhicules', 'borne anti-bélier'],
      en: ['perimeter security', 'perimeter protection', 'perimeter intrusion detection', 'fence', 'fencing', 'intrusion alarm', 'alarm system', 'alarm', 'perimeter intrusion detection system', 'vehicle barrier', 'bollards', 'hostile vehicle mitigation', 'intrusion detection fence', 'perimeter detection', 'security fencing', 'security fence', 'anti-climb fence', 'electric fence', 'fence detection', 'fence-mounted sensor', 'perimeter radar', 'rising bollards', 'retractable bollards', 'road blocker', 'crash-rated barrier'],
    },
    acronyms: ['PIDS', 'UGS', 'HVM'],
    cpv: ['35125000', '35121700', '35120000'],
    related: ['site-protection'],
  },
  {
    id: 'access-control',
    terms: {
      fr: ["contrôle d'accès", 'contrôle des accès', 'badge', 'biométrie', 'identification biométrique', 'sas de sécurité', 'tourniquet', 'portique de sécurité', 'reconnaissance faciale', 'lecteur de badges', 'gestion des visiteurs', "contrôle d'identité", "contrôle d'accès physique", 'gestion des accès physiques', "contrôle d'accès biométrique", "badges d'accès", 'filtrage des accès', 'reconnaissance biométrique', "contrôle d'accès électronique", 'serrure électronique', 'serrure connectée', 'verrouillage électronique', 'lecteur biométrique', 'empreinte digitale', "reconnaissance d'empreintes", "reconnaissance de l'iris", 'badge RFID', "carte d'accès", 'interphone', 'portillon', 'portillon de sécurité', 'tourniquet tripode', "sas d'accès"],
      en: ['access control', 'biometrics', 'badge access', 'turnstile', 'facial recognition', 'identity verification', 'badge reader', 'visitor management', 'security portal', 'face recognition', 'physical access control', 'biometric access control', 'biometric identification', 'access control system', 'electronic access control', 'electronic lock', 'smart lock', 'biometric reader', 'fingerprint reader', 'fingerprint recognition', 'iris recognition', 'RFID badge', 'access card', 'proximity card', 'security turnstile', 'speed gate'],
    },
    cpv: ['35121000', '35125110'],
    related: ['site-protection'],
  },
  {
    id: 'security-services',
    terms: {
      fr: ['gardiennage', 'surveillance humaine', 'agent de sécurité', 'sécurité privée', 'télésurveillance', 'levée de doute', 'rondes de sécurité', 'service de sécurité', 'maître-chien', 'sécurité privée des sites', 'agents de sûreté', 'prestations de sécurité', 'société de sécurité privée', 'surveillance de sites', 'gardiennage de sites', 'sécurité cynophile', 'équipe cynophile', 'agent de surveillance', 'gardiennage et surveillance', 'agent de prévention et de sécurité', 'surveillance de locaux', 'société de gardiennage', 'prestataire de sécurité', 'agent cynophile', 'rondier', 'ronde de surveillance', 'levée de doute vidéo', 'centre de télésurveillance', 'gardiennage de nuit', 'protection rapprochée', 'garde du corps'],
      en: ['guarding', 'security guard', 'security services', 'private security', 'alarm monitoring', 'remote monitoring', 'security patrol', 'manned guarding', 'security officers', 'site guarding', 'guard services', 'security guarding', 'canine security', 'security company', 'security contractor', 'private security company', 'mobile patrol', 'keyholding', 'key holding', 'remote video monitoring', 'close protection', 'bodyguard', 'executive protection'],
    },
    acronyms: ['PMSC', 'CNAPS'],
    cpv: ['79710000', '79713000', '79711000', '79714000', '79715000'],
    related: ['site-protection'],
  },
  {
    id: 'fire-safety',
    terms: {
      fr: ['sécurité incendie', "lutte contre l'incendie", 'détection incendie', 'protection incendie', 'extinction automatique', "système d'extinction", 'lutte anti-incendie', "protection contre l'incendie", 'détection incendie embarquée', 'extinction incendie', 'système de détection incendie', "extinction d'incendie", "moyens de lutte contre l'incendie", 'lutte incendie', 'extincteur', 'sprinkler', "robinet d'incendie armé", 'détecteur de fumée', 'désenfumage', 'protection passive incendie', 'sécurité incendie navale', 'lutte incendie à bord', 'protection incendie des navires', "brouillard d'eau", 'extinction à gaz', 'extinction par mousse', 'mousse extinctrice', 'émulseur', "système d'extinction automatique", 'détection de fumée', 'détection de flamme', 'détecteur de flamme', 'alarme incendie', 'système de sécurité incendie'],
      en: ['firefighting', 'fire protection', 'fire detection', 'fire safety', 'fire suppression', 'fire suppression system', 'fire fighting equipment', 'fire extinguishing', 'fire suppression systems', 'fire extinguisher', 'sprinkler system', 'fire alarm', 'fire alarm system', 'smoke detector', 'smoke detection', 'flame detector', 'water mist', 'water mist system', 'gas suppression', 'foam system', 'firefighting foam', 'fire door', 'fire stopping', 'firestopping', 'passive fire protection'],
    },
    acronyms: ['ARFF'],
    cpv: ['35111000', '35110000'],
    related: ['security'],
  },
  {
    id: 'security-screening',
    terms: {
      fr: ["détection d'explosifs", 'détecteur de métaux', 'portique de détection', 'contrôle des bagages', 'scanner à rayons X', 'inspection filtrage', "détecteur d'explosifs", 'détection de menaces', 'contrôle de sûreté', 'scanner de bagages', "détection de traces d'explosifs", 'inspection par rayons X', 'scanner corporel', 'filtrage des passagers', 'sûreté aéroportuaire', 'contrôle de sûreté aéroportuaire', 'tunnel à rayons X', 'radioscopie de bagages', 'scanner de colis', 'scanner de véhicules', 'scanner de conteneurs', 'portique de détection de métaux'],
      en: ['explosives detection', 'metal detector', 'x-ray screening', 'security screening', 'baggage screening', 'explosive trace detection', 'walk-through metal detector', 'threat detection', 'security checkpoint', 'body scanner', 'cargo screening', 'X-ray inspection', 'trace detection', 'parcel screening', 'airport security screening', 'X-ray baggage scanner', 'baggage scanner', 'X-ray scanner', 'parcel scanner', 'cargo scanner', 'container scanner', 'vehicle scanner', 'hand-held metal detector', 'handheld metal detector', 'security scanner', 'passenger screening'],
    },
    acronyms: ['ETD', 'UVIS', 'WTMD'],
    cpv: ['38546000', '35124000'],
    related: ['security'],
  },
  {
    id: 'security',
    role: 'qualifier',
    terms: {
      fr: ['sécurité', 'sûreté', 'équipement de sécurité', 'système de sécurité', 'solutions de sécurité', 'sécurité globale', 'sécurité intérieure', 'surveillance', 'système de surveillance', 'sûreté et sécurité', 'équipements de sûreté', 'filière sécurité', 'industrie de la sécurité', 'secteur de la sécurité', 'marché de la sécurité', 'technologies de sécurité', 'technologies de sûreté', 'sécurité des biens et des personnes', 'protection des personnes et des biens', 'matériel de sécurité', 'systèmes de sûreté', 'solutions de sûreté', 'sécurité électronique', 'sûreté électronique', 'installateur de sécurité', 'intégrateur de sûreté', 'intégrateur sécurité'],
      en: ['security', 'security equipment', 'security system', 'security solutions', 'homeland security', 'protective security', 'surveillance system', 'safety and security', 'security industry', 'security sector', 'security technology', 'security market', 'security integrator', 'security installer', 'electronic security', 'security systems integration', 'protection of people and property', 'public security', 'internal security'],
    },
    cpv: ['35120000', '35125000', '79710000', '79714000'],
  },
  {
    id: 'crisis-management',
    terms: {
      fr: ['gestion de crise', 'sécurité civile', 'protection civile', 'forces de sécurité intérieure', 'gendarmerie', 'police', 'services de secours', 'gestion des urgences', 'exercice de crise', 'gestion de crises', 'centre de crise', 'cellule de crise', "planification d'urgence", 'sapeurs-pompiers', 'sécurité publique', "forces de l'ordre", 'plan de secours', 'gestion de situations de crise', "gestion des situations d'urgence", 'conduite de crise', 'pilotage de crise', 'communication de crise', "plan d'urgence", 'plan ORSEC', 'moyens de secours', 'primo-intervenants', "intervenants d'urgence", 'police nationale', 'gendarmerie nationale', 'forces de sécurité'],
      en: ['crisis management', 'civil protection', 'law enforcement', 'public safety', 'emergency services', 'emergency management', 'first responders', 'civil security', 'crisis centre', 'emergency response', 'emergency planning', 'crisis response', 'disaster management', 'disaster response', 'emergency responders', 'first responder equipment', 'police forces', 'fire and rescue services', 'fire and rescue', 'disaster relief', 'humanitarian assistance and disaster relief', 'crisis communication', 'emergency operations centre', 'emergency operations center', 'major incident management', 'natural disasters', 'civil defence'],
    },
    acronyms: ['ORSEC', 'SDIS', 'HADR'],
    cpv: ['35100000', '35112000'],
    related: ['security'],
  },
  {
    id: 'artillery',
    terms: {
      fr: ['artillerie', 'canon automoteur', 'obusier', 'mortier lourd', 'mortier de 120 mm', 'lance-roquettes multiple', 'lance-roquettes unitaire', "pièce d'artillerie", 'artillerie de campagne', "tube d'artillerie", 'artillerie sol-sol', 'canon de 155 mm', 'feux dans la profondeur', 'frappe longue portée terrestre', "système d'artillerie", 'canon tracté', 'obusier tracté', 'obusier automoteur', 'artillerie automotrice', 'artillerie tractée', 'artillerie à longue portée', 'mortier de 81 mm', 'mortier rayé', 'mortier embarqué', 'système de mortier', 'tube de mortier', 'lance-roquettes', 'frappe dans la profondeur', 'feux indirects', 'appui-feu'],
      en: ['artillery', 'howitzer', 'self-propelled howitzer', 'self-propelled gun', 'heavy mortar', 'mortar system', 'multiple launch rocket system', 'rocket artillery', 'field artillery', 'long-range fires', 'gun barrel', 'artillery system', '155 mm gun', 'artillery piece', 'towed howitzer', 'towed artillery', 'self-propelled artillery', 'mortar tube', '81 mm mortar', '120 mm mortar', 'rocket launcher', 'multiple rocket launcher', 'long-range precision fires', 'deep strike', 'indirect fire', 'fire support'],
    },
    acronyms: ['CAESAR', 'MLRS', 'HIMARS'],
    cpv: ['35300000', '35320000'],
    related: ['weapons'],
  },
  {
    id: 'small-arms',
    terms: {
      fr: ['armes légères', 'arme de petit calibre', 'mitrailleuse', 'fusil', 'armement léger', 'arme de poing', "fusil d'assaut", 'fusil de précision', 'arme individuelle', 'pistolet semi-automatique', 'arme à feu', 'armes légères et de petit calibre', 'lance-grenades', 'pistolet automatique', 'pistolet de service', 'revolver', 'carabine', 'fusil-mitrailleur', 'mitrailleuse lourde', 'mitrailleuse légère', 'mitrailleuse de 12,7 mm', 'pistolet-mitrailleur', "fusil de tireur d'élite", "arme d'épaule"],
      en: ['small arms', 'machine gun', 'rifle', 'firearms', 'assault rifle', 'sniper rifle', 'handgun', 'light weapons', 'individual weapon', 'small arms and light weapons', 'grenade launcher', 'service pistol', 'pistol', 'sidearm', 'submachine gun', 'carbine', 'light machine gun', 'heavy machine gun', 'general-purpose machine gun', 'designated marksman rifle', 'precision rifle', 'service rifle', 'battle rifle', 'shotgun'],
    },
    acronyms: ['ALPC', 'SALW', 'HK416', 'SMG', 'LMG', 'HMG', 'GPMG', 'FAMAS', 'HK417', 'HK416F'],
    cpv: ['35320000', '35300000'],
    related: ['weapons'],
  },
  {
    id: 'non-lethal',
    terms: {
      fr: ['armes non létales', 'arme à létalité réduite', 'moyens de force intermédiaire', 'lanceur de balles de défense', 'pistolet à impulsion électrique', 'grenade lacrymogène', 'gaz lacrymogène', "matériel de maintien de l'ordre", "équipement de maintien de l'ordre", 'arme de neutralisation', 'armes à létalité atténuée', 'arme sublétale', 'moyens non létaux', 'arme à impulsion électrique', 'bâton de défense', 'matraque', 'tonfa', 'bâton télescopique', 'aérosol lacrymogène', 'bombe lacrymogène', 'gaz poivre', 'spray au poivre', 'grenade de désencerclement', 'grenade assourdissante', 'grenade flash', 'grenade fumigène', 'lanceur de balles'],
      en: ['non-lethal weapons', 'less-lethal weapons', 'less lethal', 'riot control', 'riot control equipment', 'tear gas', 'conducted energy weapon', 'electroshock weapon', 'law enforcement equipment', 'non-lethal effectors', 'non-lethal', 'pepper spray', 'OC spray', 'expandable baton', 'stun grenade', 'flash-bang', 'flashbang', 'smoke grenade', 'water cannon', 'crowd control', 'riot shield', 'riot gear', 'acoustic hailing device', 'long range acoustic device', 'sound cannon', 'stun gun', 'electroshock', 'kinetic impact projectile'],
    },
    acronyms: ['LBD', 'Taser', 'LRAD', 'CEW'],
    cpv: ['35300000', '35120000'],
    related: ['crisis-management'],
  },
];
