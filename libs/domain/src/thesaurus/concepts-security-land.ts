import type { ThesaurusConcept } from './thesaurus.types';

/** Defence sector, land systems, weapons and ammunition, CBRN, soldier equipment, physical security. */
// prettier-ignore
export const SECURITY_LAND_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'defence-sector',
    role: 'qualifier',
    terms: {
      fr: ['défense', 'armées', 'ministère des Armées', 'industrie de défense', 'base industrielle et technologique de défense', 'militaire', 'secteur de la défense', 'forces armées', 'sécurité et défense', 'marchés de défense', "Direction générale de l'armement", 'applications militaires'],
      en: ['defence', 'defense', 'military', 'armed forces', 'defence industry', 'defense industry', 'defence industrial base', 'defence sector', 'defence and security', 'ministry of defence', 'defence procurement', 'military applications'],
    },
    acronyms: ['BITD', 'DGA', 'DTIB', 'EDTIB', 'MINARM', 'OTAN', 'NATO'],
    cpv: ['35000000'],
  },
  {
    id: 'land-defence',
    role: 'qualifier',
    terms: {
      fr: ['terrestre', 'défense terrestre', 'armée de Terre', 'forces terrestres', 'combat terrestre', 'systèmes terrestres', 'domaine terrestre', 'armement terrestre', 'matériels terrestres', 'combat aéroterrestre', 'domaine aéroterrestre', 'défense aéroterrestre', 'équipements terrestres', 'industrie terrestre de défense'],
      en: ['land defence', 'land forces', 'land systems', 'army', 'ground forces', 'land domain', 'land warfare', 'land equipment', 'army equipment', 'land combat', 'land capabilities', 'army systems', 'ground combat', 'land defense', 'land-based systems'],
    },
    cpv: ['35400000'],
    related: ['defence-sector'],
  },
  {
    id: 'military-vehicle',
    role: 'qualifier',
    terms: {
      fr: ['véhicule militaire', 'véhicule tactique', "véhicule de l'avant blindé", 'véhicule logistique', 'camion militaire', 'poids lourd militaire', 'véhicule tout-terrain', 'véhicule de transport de troupes', 'engin militaire', 'véhicule léger tactique', 'camion tactique', 'véhicule de liaison', 'véhicule de patrouille', 'porte-char', 'véhicule tactique polyvalent'],
      en: ['military vehicle', 'tactical vehicle', 'military truck', 'logistic vehicle', 'all-terrain vehicle', 'troop carrier', '4x4 vehicle', 'utility vehicle', 'tactical truck', 'light tactical vehicle', 'logistics truck', 'military logistics vehicle', 'patrol vehicle'],
    },
    acronyms: ['VAB', 'VLTP', 'PLFS'],
    cpv: ['35400000', '35410000'],
    related: ['land-defence'],
  },
  {
    id: 'armoured-vehicle',
    role: 'qualifier',
    terms: {
      fr: ['véhicule blindé', 'blindé', 'char', 'char de combat', 'char Leclerc', 'engin blindé', 'véhicule de combat', "véhicule de combat d'infanterie", 'véhicule blindé de combat', 'véhicule blindé à roues', 'véhicule blindé chenillé'],
      en: ['armoured vehicle', 'armored vehicle', 'armoured fighting vehicle', 'armored fighting vehicle', 'armoured personnel carrier', 'infantry fighting vehicle', 'main battle tank', 'battle tank', 'combat vehicle', 'armoured combat vehicle', 'armored personnel carrier', 'armored combat vehicle', 'armoured car', 'armored car'],
    },
    acronyms: ['APC', 'IFV', 'AFV', 'MBT', 'VBCI', 'VBL'],
    cpv: ['35412000', '35410000'],
    related: ['military-vehicle'],
  },
  {
    id: 'scorpion',
    role: 'qualifier',
    terms: {
      fr: ['Scorpion', 'programme Scorpion', 'Griffon', 'Jaguar', 'Serval', 'Leclerc rénové', 'véhicule blindé multi-rôles', 'engin blindé de reconnaissance et de combat', 'VBMR léger', 'VBMR lourd', 'capacité Scorpion', 'véhicules Scorpion', 'combat collaboratif Scorpion'],
      en: ['Scorpion programme', 'Scorpion program', 'multi-role armoured vehicle', 'Scorpion capability', 'Griffon vehicle', 'Jaguar vehicle', 'Serval vehicle', 'Scorpion vehicles', 'multi-role armored vehicle'],
    },
    acronyms: ['VBMR', 'EBRC', 'VBAE', 'VBMR-L'],
    cpv: ['35412000', '35412500', '35412400'],
    related: ['armoured-vehicle', 'tactical-c2'],
  },
  {
    id: 'vehicle-support',
    terms: {
      fr: ['maintenance des véhicules militaires', 'MCO terrestre', 'MCO des véhicules', 'soutien des véhicules', 'maintenance des matériels terrestres', 'réparation de véhicules militaires', 'entretien des véhicules militaires', 'maintenance des blindés', 'MCO des blindés', 'rénovation de véhicules militaires', 'maintenance des engins blindés', 'régénération de véhicules', 'MCO des véhicules militaires', 'soutien des matériels terrestres', 'réparation de blindés', 'révision de véhicules militaires', 'remise en état de véhicules militaires', 'MCO des matériels terrestres'],
      en: ['military vehicle maintenance', 'land equipment support', 'vehicle maintenance', 'land equipment maintenance', 'military vehicle repair', 'armoured vehicle maintenance', 'vehicle overhaul', 'vehicle refurbishment', 'fleet maintenance of military vehicles', 'armored vehicle maintenance', 'military vehicle MRO', 'land vehicle support', 'armoured vehicle repair'],
    },
    cpv: ['50630000', '35420000'],
    related: ['military-vehicle', 'vehicle-parts'],
  },
  {
    id: 'vehicle-parts',
    terms: {
      fr: ['pièces de véhicules militaires', 'pièces pour véhicules blindés', 'pièces de véhicules blindés', 'pièces détachées de véhicules', 'suspension', 'transmissions et suspensions', 'suspensions et transmissions', 'boîte de vitesses', 'chaîne de traction', 'groupe motopropulseur', 'train de roulement', 'chenille', 'essieu', 'amortisseur', 'système de freinage', 'roue de véhicule militaire', 'pièces détachées de blindés'],
      en: ['military vehicle parts', 'vehicle spare parts', 'armoured vehicle parts', 'suspension system', 'drivetrain', 'powertrain', 'powerpack', 'gearbox', 'axle', 'running gear', 'track system', 'shock absorber', 'vehicle components', 'braking system'],
    },
    cpv: ['35420000', '35421000', '35421100'],
    related: ['vehicle-support', 'armoured-vehicle'],
  },
  {
    id: 'vetronics',
    terms: {
      fr: ['vétronique', 'électronique de véhicule', 'architecture électronique de véhicule', 'électronique embarquée de véhicule', 'intégration électronique de véhicules', 'câblage de véhicules militaires', 'faisceaux de véhicules', 'électronique de blindé', 'architecture vétronique', 'architecture électrique de véhicule', 'électronique de véhicule militaire', 'calculateur de véhicule', "gestion d'énergie de véhicule", 'intégration vétronique', 'faisceau électrique de véhicule'],
      en: ['vetronics', 'vehicle electronics', 'vehicle electronic architecture', 'vehicle electronic integration', 'military vehicle wiring', 'vehicle harness', 'armoured vehicle electronics', 'vehicle power management', 'generic vehicle architecture', 'military vehicle electronics', 'vehicle mission system', 'vehicle electrical architecture', 'vehicle computer', 'vehicle networking', 'armored vehicle electronics'],
    },
    acronyms: ['GVA'],
    cpv: ['35422000', '35420000'],
    related: ['vehicle-parts', 'defence-electronics'],
  },
  {
    id: 'weapons',
    terms: {
      fr: ['armement', 'arme', "système d'armes", 'tourelle', 'tourelleau téléopéré', 'canon', 'arme collective', "système d'armes terrestre", 'tourelle téléopérée', "intégration d'armement", 'armement naval', 'canon naval', "tourelle d'armes", 'armement de véhicules'],
      en: ['weapon', 'weapon system', 'armament', 'turret', 'remote weapon station', 'cannon', 'gun', 'naval gun', 'weapon systems integration', 'weapons integration', 'gun system', 'naval gun system', 'weapon mount', 'armament systems', 'remote controlled weapon station', 'weapon station'],
    },
    acronyms: ['RWS'],
    cpv: ['35300000', '35320000'],
    related: ['defence-sector'],
  },
  {
    id: 'ammunition',
    terms: {
      fr: ['munition', 'pyrotechnie', 'explosif', 'poudre propulsive', 'obus', 'charge militaire', 'matériaux énergétiques', 'munitions de petit calibre', 'munitions navales', 'munitions aériennes', "fusée d'obus", 'artifices', 'munitions de moyen calibre', 'chargement de munitions', 'pyrotechnie militaire', "munitions d'artillerie", 'munitions de gros calibre'],
      en: ['ammunition', 'pyrotechnics', 'explosives', 'propellant', 'warhead', 'energetic materials', 'small-calibre ammunition', 'naval ammunition', 'air-delivered munitions', 'fuze', 'bomb', 'medium-calibre ammunition', 'ammunition loading', 'artillery ammunition'],
    },
    cpv: ['35330000', '35332000', '35333000'],
    related: ['weapons'],
  },
  {
    id: 'weapons-maintenance',
    terms: {
      fr: ['maintenance des armes', 'MCO armement', "maintenance des systèmes d'armes", "réparation d'armes", "entretien de l'armement", 'MCO des armes', 'maintenance des tourelles', "réparation d'armement", "maintenance de l'armement", "MCO des systèmes d'armes", "réparation de systèmes d'armes", 'armurerie', 'armurier', 'maintenance des munitions', 'entretien des armes', 'maintenance de canons'],
      en: ['weapon maintenance', 'maintenance of weapon systems', 'weapon system support', 'firearms repair', 'ammunition maintenance', 'weapons repair', 'turret maintenance', 'armament maintenance', 'weapon system maintenance', 'armament repair', 'armourer', 'armorer', 'gun maintenance', 'small arms repair', 'weapon system MRO'],
    },
    cpv: ['50842000', '50841000', '50620000', '50840000'],
    related: ['weapons', 'mco'],
  },
  {
    id: 'eod',
    terms: {
      fr: ['déminage', 'neutralisation des explosifs', 'neutralisation, enlèvement et destruction des explosifs', 'lutte contre les engins explosifs improvisés', 'engin explosif improvisé', 'dépollution pyrotechnique', 'déminage terrestre', 'munitions non explosées', 'déminage humanitaire', 'dépollution de munitions', 'déminage de munitions', "neutralisation d'engins explosifs", 'lutte contre les EEI'],
      en: ['explosive ordnance disposal', 'counter-IED', 'improvised explosive device', 'demining', 'bomb disposal', 'unexploded ordnance', 'humanitarian demining', 'landmine clearance', 'UXO clearance', 'explosive detection and disposal', 'ordnance clearance', 'IED detection'],
    },
    acronyms: ['EOD', 'C-IED', 'IED', 'NEDEX', 'EEI', 'UXO'],
    cpv: ['38546000', '35124000', '35121000'],
    related: ['ammunition'],
  },
  {
    id: 'cbrn',
    terms: {
      fr: ['défense NRBC', 'protection NRBC', 'détection NRBC', 'nucléaire, radiologique, biologique et chimique', 'décontamination', 'détection chimique', 'agents chimiques', 'risque biologique', 'radioprotection', 'dosimétrie', 'détection de la radioactivité', 'détection biologique', 'masque à gaz', 'décontamination NRBC'],
      en: ['chemical, biological, radiological and nuclear', 'CBRN defence', 'CBRN protection', 'chemical detection', 'biological detection', 'radiation detection', 'dosimetry', 'radiation protection', 'gas mask', 'chemical warfare agents', 'CBRN detection', 'CBRN decontamination'],
    },
    acronyms: ['NRBC', 'NRBC-E', 'CBRN', 'CBRNE', 'NBC'],
    cpv: ['35113200', '38430000', '38431000'],
    related: ['protective-clothing'],
  },
  {
    id: 'individual-equipment',
    terms: {
      fr: ['équipement individuel', 'équipement du combattant', 'équipement du soldat', 'paquetage', 'treillis', 'uniforme militaire', 'habillement militaire', 'sac à dos militaire', 'gilet tactique', 'équipement du fantassin', 'chaussures militaires', 'brelage', 'exosquelette', 'parachute', 'équipements individuels du combattant', 'gilet de combat'],
      en: ['individual equipment', 'soldier equipment', 'soldier system', 'personal equipment', 'military clothing', 'combat clothing', 'load carrying equipment', 'tactical vest', 'military boots', 'combat uniform', 'military uniform', 'exoskeleton', 'soldier modernisation', 'combat equipment'],
    },
    acronyms: ['FELIN'],
    cpv: ['35810000', '35800000'],
    related: ['defence-sector'],
  },
  {
    id: 'protective-clothing',
    terms: {
      fr: ['vêtement de protection', 'tenue de protection', 'équipement de protection individuelle', 'vêtements techniques', 'vêtement ignifugé', 'tenue NRBC', 'vêtement de protection balistique et feu', 'gants de protection', 'tenue ignifugée', 'tenue de pompier', 'tenue de feu', 'tenue anti-feu', 'combinaison de protection', 'tenue de protection chimique', 'vêtement ignifuge'],
      en: ['protective clothing', 'protective equipment', 'personal protective equipment', 'flame-retardant clothing', 'protective gear', 'protective suit', 'fire-resistant clothing', 'protective gloves', 'firefighter clothing', 'protective garments', 'flame resistant clothing', 'fire-retardant clothing', 'chemical protective suit', 'protective coveralls'],
    },
    acronyms: ['EPI', 'PPE'],
    cpv: ['35113400', '35113000'],
    related: ['individual-equipment'],
  },
  {
    id: 'technical-textiles',
    terms: {
      fr: ['textile technique', 'textiles intelligents', 'tissu technique', 'textile militaire', 'textiles de défense', 'textile fonctionnel', 'textile enduit', 'tissu enduit', 'tissu ignifugé', 'confection technique', 'confection militaire', 'camouflage', 'filet de camouflage', 'tenue de camouflage', 'tissu balistique', 'fibres techniques', 'textile ignifugé', 'fibres haute performance'],
      en: ['technical textiles', 'smart textiles', 'technical fabrics', 'military textiles', 'defence textiles', 'functional textiles', 'coated fabrics', 'e-textiles', 'camouflage', 'camouflage net', 'ballistic fabric', 'high-performance fibres', 'technical sewing', 'camouflage netting'],
    },
    cpv: ['35810000', '19200000', '35113400'],
    related: ['individual-equipment', 'protective-clothing'],
  },
  {
    id: 'ballistic-protection',
    terms: {
      fr: ['protection balistique', 'gilet pare-balles', 'casque balistique', 'casque militaire', 'blindage balistique', 'plaque balistique', 'protection individuelle balistique', 'blindage', 'surblindage', 'casque', 'protection balistique des véhicules', 'blindage de véhicules', 'blindage composite', 'gilet balistique', 'armure corporelle'],
      en: ['ballistic protection', 'body armour', 'body armor', 'bulletproof vest', 'bullet-proof vest', 'ballistic helmet', 'military helmet', 'armour plating', 'armor plating', 'ballistic plate', 'add-on armour', 'helmet', 'vehicle armour', 'composite armour', 'ballistic panels', 'ballistic vest'],
    },
    cpv: ['35815100', '35815000', '35813000'],
    related: ['individual-equipment'],
  },
  {
    id: 'video-surveillance',
    terms: {
      fr: ['vidéosurveillance', 'vidéo surveillance', 'vidéoprotection', 'caméra de surveillance', 'supervision vidéo', 'système de vidéosurveillance', 'analyse vidéo intelligente', 'caméra de sécurité', 'caméra dôme', 'vidéosurveillance de sites sensibles', 'caméra de vidéoprotection', 'système de vidéoprotection', 'télévision en circuit fermé', 'caméra IP', 'vidéosurveillance urbaine', 'centre de supervision urbain'],
      en: ['closed-circuit television', 'surveillance camera', 'security camera', 'video management system', 'CCTV system', 'IP camera', 'intelligent video surveillance', 'video surveillance', 'video surveillance system', 'CCTV cameras', 'video protection', 'network video recorder'],
    },
    acronyms: ['CCTV', 'VMS'],
    cpv: ['35125000', '35125300', '32235000'],
    related: ['site-protection'],
  },
  {
    id: 'site-protection',
    terms: {
      fr: ['protection de sites sensibles', 'protection des sites', 'sûreté des sites', 'sécurité des sites', 'protection des installations', "point d'importance vitale", "opérateur d'importance vitale", 'protection des infrastructures critiques', 'sécurité physique', 'sûreté des installations', 'protection des emprises', 'protection des sites militaires', 'sûreté des emprises militaires', 'protection des bases', 'sécurisation de sites', 'protection physique', 'sûreté physique', 'protection des points sensibles'],
      en: ['site protection', 'critical infrastructure protection', 'physical security', 'protection of sensitive sites', 'site security', 'force protection', 'facility security', 'sensitive site protection', 'base protection', 'military site protection', 'sensitive sites security'],
    },
    acronyms: ['OIV', 'PIV'],
    cpv: ['35120000', '79710000', '35121000'],
    related: ['security'],
  },
  {
    id: 'perimeter-security',
    terms: {
      fr: ['sécurité périmétrique', 'protection périmétrique', 'détection périmétrique', 'clôture', "détection d'intrusion périmétrique", 'barrière infrarouge', 'anti-intrusion', 'alarme intrusion', "système d'alarme", 'alarme', 'clôture détectrice', 'barrière hyperfréquence', 'obstacle anti-bélier', "détection d'intrusion extérieure", 'système anti-intrusion'],
      en: ['perimeter security', 'perimeter protection', 'perimeter intrusion detection', 'fence', 'fencing', 'intrusion alarm', 'alarm system', 'alarm', 'perimeter intrusion detection system', 'vehicle barrier', 'bollards', 'hostile vehicle mitigation', 'intrusion detection fence', 'perimeter detection'],
    },
    acronyms: ['PIDS'],
    cpv: ['35125000', '35121700', '35120000'],
    related: ['site-protection'],
  },
  {
    id: 'access-control',
    terms: {
      fr: ["contrôle d'accès", 'contrôle des accès', 'badge', 'biométrie', 'identification biométrique', 'sas de sécurité', 'tourniquet', 'portique de sécurité', 'reconnaissance faciale', 'lecteur de badges', 'gestion des visiteurs', "contrôle d'identité", "contrôle d'accès physique", 'gestion des accès physiques', "contrôle d'accès biométrique", "badges d'accès", 'filtrage des accès', 'reconnaissance biométrique'],
      en: ['access control', 'biometrics', 'badge access', 'turnstile', 'facial recognition', 'identity verification', 'badge reader', 'visitor management', 'security portal', 'face recognition', 'physical access control', 'biometric access control', 'biometric identification'],
    },
    cpv: ['35121000', '35125110'],
    related: ['site-protection'],
  },
  {
    id: 'security-services',
    terms: {
      fr: ['gardiennage', 'surveillance humaine', 'agent de sécurité', 'sécurité privée', 'télésurveillance', 'levée de doute', 'rondes de sécurité', 'service de sécurité', 'maître-chien', 'sécurité privée des sites', 'agents de sûreté', 'prestations de sécurité', 'société de sécurité privée', 'surveillance de sites', 'gardiennage de sites', 'sécurité cynophile', 'équipe cynophile', 'agent de surveillance'],
      en: ['guarding', 'security guard', 'security services', 'private security', 'alarm monitoring', 'remote monitoring', 'security patrol', 'manned guarding', 'security officers', 'site guarding', 'guard services', 'security guarding', 'canine security'],
    },
    cpv: ['79710000', '79713000', '79711000', '79714000', '79715000'],
    related: ['site-protection'],
  },
  {
    id: 'fire-safety',
    terms: {
      fr: ['sécurité incendie', "lutte contre l'incendie", 'détection incendie', 'protection incendie', 'extinction automatique', "système d'extinction", 'lutte anti-incendie', "protection contre l'incendie", 'détection incendie embarquée', 'extinction incendie', 'système de détection incendie', "extinction d'incendie", "moyens de lutte contre l'incendie", 'lutte incendie', 'extincteur', 'sprinkler', "robinet d'incendie armé", 'détecteur de fumée', 'désenfumage', 'protection passive incendie'],
      en: ['firefighting', 'fire protection', 'fire detection', 'fire safety', 'fire suppression', 'fire suppression system', 'fire fighting equipment', 'fire extinguishing', 'fire suppression systems', 'fire extinguisher', 'sprinkler system'],
    },
    cpv: ['35111000', '35110000'],
    related: ['security'],
  },
  {
    id: 'security-screening',
    terms: {
      fr: ["détection d'explosifs", 'détecteur de métaux', 'portique de détection', 'contrôle des bagages', 'scanner à rayons X', 'inspection filtrage', "détecteur d'explosifs", 'détection de menaces', 'contrôle de sûreté', 'scanner de bagages', "détection de traces d'explosifs", 'inspection par rayons X', 'scanner corporel', 'filtrage des passagers', 'sûreté aéroportuaire'],
      en: ['explosives detection', 'metal detector', 'x-ray screening', 'security screening', 'baggage screening', 'explosive trace detection', 'walk-through metal detector', 'threat detection', 'security checkpoint', 'body scanner', 'cargo screening', 'X-ray inspection', 'trace detection', 'parcel screening', 'airport security screening', 'X-ray baggage scanner'],
    },
    cpv: ['38546000', '35124000'],
    related: ['security'],
  },
  {
    id: 'security',
    role: 'qualifier',
    terms: {
      fr: ['sécurité', 'sûreté', 'équipement de sécurité', 'système de sécurité', 'solutions de sécurité', 'sécurité globale', 'sécurité intérieure', 'surveillance', 'système de surveillance', 'sûreté et sécurité', 'équipements de sûreté', 'filière sécurité', 'industrie de la sécurité'],
      en: ['security', 'security equipment', 'security system', 'security solutions', 'homeland security', 'protective security', 'surveillance system', 'safety and security', 'security industry', 'security sector', 'security technology'],
    },
    cpv: ['35120000', '35125000', '79710000', '79714000'],
  },
  {
    id: 'crisis-management',
    terms: {
      fr: ['gestion de crise', 'sécurité civile', 'protection civile', 'forces de sécurité intérieure', 'gendarmerie', 'police', 'services de secours', 'gestion des urgences', 'exercice de crise', 'gestion de crises', 'centre de crise', 'cellule de crise', "planification d'urgence", 'sapeurs-pompiers', 'sécurité publique', "forces de l'ordre", 'plan de secours'],
      en: ['crisis management', 'civil protection', 'law enforcement', 'public safety', 'emergency services', 'emergency management', 'first responders', 'civil security', 'crisis centre', 'emergency response', 'emergency planning', 'crisis response', 'disaster management', 'disaster response'],
    },
    cpv: ['35100000', '35112000'],
    related: ['security'],
  },
  {
    id: 'artillery',
    terms: {
      fr: ['artillerie', 'canon automoteur', 'obusier', 'mortier lourd', 'mortier de 120 mm', 'lance-roquettes multiple', 'lance-roquettes unitaire', "pièce d'artillerie", 'artillerie de campagne', "tube d'artillerie", 'artillerie sol-sol', 'canon de 155 mm', 'feux dans la profondeur', 'frappe longue portée terrestre', "système d'artillerie"],
      en: ['artillery', 'howitzer', 'self-propelled howitzer', 'self-propelled gun', 'heavy mortar', 'mortar system', 'multiple launch rocket system', 'rocket artillery', 'field artillery', 'long-range fires', 'gun barrel', 'artillery system', '155 mm gun'],
    },
    acronyms: ['CAESAR', 'MLRS', 'HIMARS'],
    cpv: ['35300000', '35320000'],
    related: ['weapons'],
  },
  {
    id: 'small-arms',
    terms: {
      fr: ['armes légères', 'arme de petit calibre', 'mitrailleuse', 'fusil', 'armement léger', 'arme de poing', "fusil d'assaut", 'fusil de précision', 'arme individuelle', 'pistolet semi-automatique', 'arme à feu', 'armes légères et de petit calibre', 'lance-grenades'],
      en: ['small arms', 'machine gun', 'rifle', 'firearms', 'assault rifle', 'sniper rifle', 'handgun', 'light weapons', 'individual weapon', 'small arms and light weapons', 'grenade launcher', 'service pistol'],
    },
    acronyms: ['ALPC', 'SALW', 'HK416'],
    cpv: ['35320000', '35300000'],
    related: ['weapons'],
  },
  {
    id: 'non-lethal',
    terms: {
      fr: ['armes non létales', 'arme à létalité réduite', 'moyens de force intermédiaire', 'lanceur de balles de défense', 'pistolet à impulsion électrique', 'grenade lacrymogène', 'gaz lacrymogène', "matériel de maintien de l'ordre", "équipement de maintien de l'ordre", 'arme de neutralisation'],
      en: ['non-lethal weapons', 'less-lethal weapons', 'less lethal', 'riot control', 'riot control equipment', 'tear gas', 'conducted energy weapon', 'electroshock weapon', 'law enforcement equipment', 'non-lethal effectors'],
    },
    acronyms: ['LBD', 'Taser'],
    cpv: ['35300000', '35120000'],
    related: ['crisis-management'],
  },
];
