import type { ThesaurusConcept } from './thesaurus.types';

/** Naval platforms, shipbuilding and naval through-life support (MCO). */
// prettier-ignore
export const NAVAL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'naval',
    role: 'qualifier',
    terms: {
      fr: ['naval', 'navale', 'marine', 'défense navale', 'industrie navale', 'secteur naval', 'Marine nationale', 'marine militaire', 'forces navales', 'systèmes navals', 'domaine naval', 'flotte militaire', 'marine de guerre', 'filière navale', 'forces maritimes', 'guerre navale', 'industrie navale de défense', 'combat naval', 'opérations navales', 'défense maritime', 'puissance navale', 'programmes navals', 'équipements navals', 'matériels navals', 'base industrielle navale', 'armée navale', 'marine militaire française'],
      en: ['naval defence', 'naval defense', 'naval industry', 'navy', 'French Navy', 'naval forces', 'naval systems', 'maritime defence', 'naval sector', 'navy sector', 'naval warfare', 'maritime forces', 'naval domain', 'Royal Navy', 'US Navy', 'naval operations', 'naval programmes', 'naval programs', 'naval equipment', 'navy programme', 'sea power', 'naval power', 'navy equipment'],
    },
    cpv: ['35500000'],
  },
  {
    id: 'maritime',
    role: 'qualifier',
    terms: {
      fr: ['maritime', 'milieu marin', 'domaine maritime', 'équipement marin', 'équipement de marine', 'navire', 'bâtiment de mer', 'navire de commerce', 'navire civil', 'secteur maritime', 'industrie maritime', 'économie maritime', 'économie bleue', 'navire marchand', 'activités maritimes', 'marine marchande', 'secteur offshore', 'navigation commerciale', 'industrie offshore', 'flotte de commerce', 'armateur', 'armement maritime', 'marine de commerce', 'filière maritime'],
      en: ['marine equipment', 'maritime sector', 'offshore', 'seagoing', 'maritime industry', 'ship', 'vessel', 'merchant ship', 'seagoing vessel', 'maritime domain', 'blue economy', 'commercial shipping', 'marine industry', 'merchant marine', 'merchant navy', 'marine sector', 'offshore industry', 'shipping industry', 'maritime transport', 'maritime economy', 'shipowner', 'commercial vessel'],
    },
    cpv: ['34930000', '34510000', '34500000'],
    related: ['naval'],
  },
  {
    id: 'warship',
    role: 'qualifier',
    terms: {
      fr: ['navire de guerre', 'navire militaire', 'bâtiment de guerre', 'bâtiment de combat', 'bâtiment de surface', 'bâtiment militaire', 'unité navale', 'plateforme navale', 'navire armé', 'bâtiment de la Marine', 'bâtiment naval', 'bâtiment de premier rang', 'navire de combat', 'bâtiment de guerre de surface', 'navire de la Marine nationale', 'escorteur', 'navire de surface', 'bâtiment militaire de surface', 'unité de surface', 'plateforme navale militaire', 'navire militaire de surface', 'bâtiment armé', 'navire de premier rang', 'bâtiment de combat de surface', 'unité de combat naval'],
      en: ['warship', 'naval vessel', 'naval ship', 'military vessel', 'combat ship', 'surface combatant', 'surface ship', 'naval platform', 'military ship', 'naval combatant', 'navy ship', 'navy vessel', 'combat vessel', 'fighting ship', 'naval surface ship', 'navy warship', 'man-of-war', 'major surface combatant', 'naval surface combatant', 'escort ship', 'escort vessel', 'military naval vessel', 'naval unit', 'navy platform', 'surface warship', 'first-rate warship', 'naval combat vessel'],
    },
    cpv: ['35510000', '35511000', '35500000'],
    related: ['naval'],
  },
  {
    id: 'frigate',
    role: 'qualifier',
    terms: {
      fr: ['frégate', "frégate de défense et d'intervention", 'frégate multimissions', 'frégate de défense aérienne', 'frégate de taille intermédiaire', 'frégate furtive', 'croiseur', 'frégate anti-sous-marine', 'frégate de premier rang', 'frégate légère furtive', 'frégate de lutte anti-sous-marine', 'frégate Horizon', 'frégate La Fayette', 'frégate multi-missions', 'frégate FDI', 'programme FDI', 'programme FREMM', 'frégate de surveillance', 'frégate Belharra', "frégate d'intervention", 'croiseur lance-missiles', 'destroyer lance-missiles', 'frégate légère', 'frégate antiaérienne', 'frégate anti-aérienne', 'frégate ASM'],
      en: ['frigate', 'defence and intervention frigate', 'multi-mission frigate', 'air defence frigate', 'destroyer', 'cruiser', 'stealth frigate', 'anti-submarine frigate', 'frigate programme', 'guided-missile destroyer', 'air-defence destroyer', 'ASW frigate', 'Horizon-class frigate', 'light frigate', 'general-purpose frigate', 'surveillance frigate', 'Belharra frigate', 'FREMM frigate', 'FDI frigate', 'anti-air warfare frigate', 'air warfare destroyer', 'multi-purpose frigate', 'multipurpose frigate', 'Type 26 frigate', 'Type 31 frigate', 'frigate class'],
    },
    acronyms: ['FDI', 'FREMM', 'FTI', 'FREMM-DA', 'FLF', 'FREMM-ASM', 'DDG', 'FFG'],
    cpv: ['35511200', '35511000'],
    related: ['warship'],
  },
  {
    id: 'patrol-vessel',
    terms: {
      fr: ['patrouilleur', 'patrouilleur hauturier', 'patrouilleur océanique', 'patrouilleur outre-mer', 'corvette', 'aviso', 'vedette de surveillance', 'patrouilleur côtier', 'construction de patrouilleurs', 'patrouilleur de service public', 'vedette de patrouille', 'navire de patrouille', 'patrouilleur de haute mer', 'navire de surveillance', 'navire de patrouille hauturier', 'aviso-escorteur', 'navire garde-côtes', 'patrouilleur léger', 'patrouilleur rapide', 'patrouilleur polaire', 'patrouilleur Antilles-Guyane', 'patrouilleur de surveillance', 'bâtiment de patrouille', 'navire de police en mer', 'navire de surveillance des pêches', 'patrouilleur hauturier de nouvelle génération', 'corvette légère', 'corvette furtive', 'vedette de gendarmerie maritime', 'vedette des douanes', 'patrouilleur de la Marine'],
      en: ['patrol vessel', 'offshore patrol vessel', 'patrol boat', 'patrol ship', 'coastal patrol vessel', 'ocean patrol vessel', 'patrol craft', 'coastguard vessel', 'corvette', 'offshore patrol ship', 'coast guard cutter', 'high-seas patrol vessel', 'inshore patrol vessel', 'fast patrol craft', 'coastal patrol boat', 'fisheries patrol vessel', 'fishery protection vessel', 'coast guard vessel', 'coast guard ship', 'offshore patrol cutter', 'arctic patrol vessel', 'multi-mission corvette', 'naval patrol vessel', 'patrol corvette', 'coastguard cutter', 'maritime patrol vessel'],
    },
    acronyms: ['OPV', 'POM', 'PAG', 'OPC'],
    cpv: ['35511300', '34511100'],
    related: ['warship'],
  },
  {
    id: 'aircraft-carrier',
    role: 'qualifier',
    terms: {
      fr: ['porte-avions', 'porte-avions de nouvelle génération', 'groupe aéronaval', 'porte-aéronefs', 'groupe aéronaval embarqué', 'porte-avions nucléaire', 'porte-avions Charles de Gaulle', "pont d'envol", 'catapulte électromagnétique', "brins d'arrêt", 'porte-avions à propulsion nucléaire', 'porte-avions futur', 'groupe de porte-avions', 'bâtiment porte-avions', 'système de catapultage', 'catapulte à vapeur', "dispositif d'appontage", 'appontage', 'ascenseur avions', 'installations aviation', 'porte-avions de nouvelle génération PANG', 'porte-aéronefs nucléaire'],
      en: ['aircraft carrier', 'carrier strike group', 'next-generation aircraft carrier', 'supercarrier', 'nuclear aircraft carrier', 'carrier battle group', 'flight deck', 'electromagnetic catapult', 'arresting gear', 'aircraft launch system', 'carrier group', 'nuclear-powered aircraft carrier', 'aircraft carrier programme', 'aircraft carrier program', 'aircraft catapult', 'advanced arresting gear', 'catapult launch system', 'aircraft elevator', 'flattop', 'carrier deck', 'carrier aviation facilities', 'light aircraft carrier', 'carrier flight deck'],
    },
    acronyms: ['PA-NG', 'PANG', 'EMALS', 'CVN', 'AAG', 'CATOBAR', 'STOBAR'],
    cpv: ['35511100'],
    related: ['warship', 'naval-aviation'],
  },
  {
    id: 'amphibious-ship',
    role: 'qualifier',
    terms: {
      fr: ['porte-hélicoptères amphibie', 'bâtiment amphibie', 'navire amphibie', 'engin de débarquement', 'chaland de débarquement', 'bâtiment de projection et de commandement', 'opérations amphibies', 'bâtiment de projection', 'chaland de transport de matériel', 'navire de débarquement', 'bâtiment de débarquement', 'classe Mistral', 'porte-hélicoptères', 'assaut amphibie', 'engin de débarquement amphibie', 'engin de débarquement rapide', 'chaland de débarquement de matériel', 'embarcation de débarquement', "bâtiment d'assaut amphibie", "navire d'assaut amphibie", 'capacité amphibie', 'force amphibie', 'débarquement amphibie', "porte-hélicoptères d'assaut", 'bâtiment de projection et de commandement Mistral', "engin de débarquement d'infanterie et de chars"],
      en: ['amphibious ship', 'amphibious assault ship', 'landing craft', 'landing ship', 'amphibious vessel', 'landing helicopter dock', 'amphibious operations', 'amphibious assault', 'landing platform dock', 'dock landing ship', 'amphibious capability', 'landing craft utility', 'amphibious warfare ship', 'amphibious landing craft', 'landing craft mechanized', 'landing craft tank', 'amphibious transport dock', 'helicopter carrier', 'amphibious warfare', 'amphibious landing', 'amphibious force', 'ship-to-shore connector', 'landing craft air cushion'],
    },
    acronyms: ['PHA', 'LHD', 'BPC', 'EDA-R', 'LPD', 'EDAR', 'LCU', 'LHA', 'L-CAT', 'LCAC', 'EDIC'],
    cpv: ['35511400'],
    related: ['warship'],
  },
  {
    id: 'naval-auxiliary',
    role: 'qualifier',
    terms: {
      fr: ['bâtiment ravitailleur', 'ravitailleur', 'pétrolier ravitailleur', 'navire auxiliaire', 'bâtiment de soutien', 'navire logistique', "bâtiment de soutien et d'assistance", "bâtiment de soutien et d'assistance outre-mer", 'bâtiment de ravitaillement', 'navire de ravitaillement', 'ravitaillement à la mer', 'remorqueur de haute mer', 'navire-atelier', 'bâtiment de commandement et de ravitaillement', 'bâtiment ravitailleur de forces', 'navire de soutien logistique', 'bâtiment de soutien logistique', 'ravitailleur de la flotte', 'navire-hôpital', 'navire de soutien de la flotte', 'bâtiment de soutien de région', 'bâtiment multi-missions', "bâtiment de soutien et d'assistance métropolitain", "remorqueur d'intervention", 'navire ravitailleur', 'ravitailleur de forces', 'navire de soutien', 'pétrolier de la flotte'],
      en: ['replenishment ship', 'fleet tanker', 'auxiliary ship', 'support ship', 'replenishment oiler', 'hospital ship', 'logistic support ship', 'fleet replenishment', 'replenishment at sea', 'fleet support ship', 'fleet replenishment ship', 'underway replenishment', 'auxiliary vessel', 'replenishment tanker', 'fleet oiler', 'fleet auxiliary', 'naval auxiliary', 'fleet solid support ship', 'combat support ship', 'logistics ship', 'ocean-going tug', 'salvage tug', 'naval tanker', 'supply ship', 'fleet tender', 'Royal Fleet Auxiliary'],
    },
    acronyms: ['BRF', 'BSAOM', 'BSAM', 'AOR', 'B2M', 'BSAH'],
    cpv: ['35513400', '35513000'],
    related: ['warship'],
  },
  {
    id: 'submarine',
    role: 'qualifier',
    terms: {
      fr: ['sous-marin', 'submersible', 'sous-marin nucléaire', 'flotte sous-marine', 'forces sous-marines', 'force sous-marine', 'sous-marins océaniques', 'sous-marin militaire', 'construction de sous-marins', 'bâtiment sous-marin', 'sous-mariniers', 'programme de sous-marins', 'flottille de sous-marins', 'bâtiment submersible', 'flotte de sous-marins', 'force océanique', 'sous-marin de combat', 'plateforme sous-marine', 'submersible militaire', 'navire sous-marin', 'sous-marin de nouvelle génération', 'sous-marin de défense', 'constructeur de sous-marins', 'conception de sous-marins', 'chantier de sous-marins', 'coque de sous-marin'],
      en: ['submarine', 'submarine fleet', 'submarine force', 'nuclear submarine', 'nuclear-powered submarine', 'military submarine', 'submarine programme', 'submarine construction', 'submarine building', 'submarine program', 'submariners', 'submarine flotilla', 'submersible vessel', 'submarine design', 'submarine platform', 'submarine service', 'submarine enterprise', 'submarine industrial base', 'submarine shipbuilding', 'naval submarine', 'submarine boat', 'sub fleet', 'submarine builder', 'submarine shipyard', 'submarine hull', 'submarine capability'],
    },
    cpv: ['35512000'],
    related: ['naval'],
  },
  {
    id: 'ssbn',
    role: 'qualifier',
    terms: {
      fr: ["sous-marin nucléaire lanceur d'engins", "sous-marin lanceur d'engins", 'SNLE de troisième génération', 'SNLE 3G', 'force océanique stratégique', 'dissuasion océanique', 'sous-marin stratégique', 'SNLE de nouvelle génération', 'sous-marin nucléaire stratégique', 'composante océanique de la dissuasion', 'dissuasion nucléaire océanique', 'classe Le Triomphant', 'sous-marin porteur de missiles balistiques', 'sous-marin lance-missiles', 'sous-marin lanceur de missiles balistiques', 'sous-marin nucléaire lanceur de missiles', 'sous-marin de la dissuasion', 'composante océanique', 'missile mer-sol balistique stratégique', 'programme SNLE 3G', 'SNLE de 3e génération', 'Île Longue'],
      en: ['ballistic missile submarine', 'strategic submarine', 'nuclear ballistic missile submarine', 'third-generation SSBN', 'strategic nuclear submarine', 'sea-based deterrent', 'nuclear deterrent submarine', 'SSBN programme', 'Columbia class', 'Dreadnought class', 'continuous at-sea deterrence', 'sea-based nuclear deterrent', 'nuclear deterrence submarine', 'strategic missile submarine', 'fleet ballistic missile submarine', 'deterrent submarine', 'submarine-launched ballistic missile', 'Triomphant class', 'Vanguard class', 'Ohio class', 'third generation ballistic missile submarine', 'nuclear-powered ballistic missile submarine', 'ballistic submarine'],
    },
    acronyms: ['SNLE', 'SSBN', 'SNLE-NG', 'FOST', 'SNLE3G', 'CASD', 'SLBM', 'MSBS', 'SSBN-NG'],
    cpv: ['35512100', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'ssn',
    role: 'qualifier',
    terms: {
      fr: ["sous-marin nucléaire d'attaque", "sous-marin d'attaque", 'Barracuda', 'programme Barracuda', 'classe Suffren', 'SNA Barracuda', 'classe Rubis', 'sous-marin chasseur', "sous-marin nucléaire d'attaque de nouvelle génération", 'SNA de type Suffren', 'sous-marin Suffren', 'sous-marin Barracuda', 'sous-marin nucléaire de chasse', "sous-marin d'attaque à propulsion nucléaire", 'sous-marin de classe Barracuda', 'sous-marin nucléaire tactique', 'SNA de nouvelle génération', 'programme SNA', "sous-marin nucléaire d'attaque Barracuda", 'SNA de troisième génération'],
      en: ['nuclear attack submarine', 'attack submarine', 'hunter-killer submarine', 'Barracuda class', 'Suffren class', 'fast attack submarine', 'nuclear-powered attack submarine', 'SSN programme', 'Virginia class', 'Astute class', 'nuclear-powered fast attack submarine', 'SSN-AUKUS', 'AUKUS submarine', 'Suffren-class submarine', 'Barracuda-class submarine', 'Virginia-class submarine', 'Astute-class submarine', 'attack submarine programme', 'nuclear fleet submarine', 'fleet submarine', 'nuclear hunter-killer'],
    },
    acronyms: ['SNA', 'SSN', 'SNA-NG'],
    cpv: ['35512200', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'ssk',
    role: 'qualifier',
    terms: {
      fr: ['sous-marin conventionnel', 'sous-marin diesel-électrique', 'sous-marin à propulsion classique', 'sous-marin anaérobie', 'Scorpène', 'propulsion anaérobie', 'sous-marin à propulsion anaérobie', 'sous-marin diesel', 'sous-marin classique', 'sous-marin export', 'Shortfin Barracuda', 'sous-marin côtier', 'sous-marin à propulsion conventionnelle', 'sous-marin non nucléaire', 'sous-marin Scorpène', 'sous-marin océanique conventionnel', 'sous-marin à batteries lithium-ion', 'sous-marin de poche', 'mini sous-marin', 'propulsion AIP', 'module AIP', "propulsion indépendante de l'air", 'sous-marin classique export'],
      en: ['conventional submarine', 'diesel-electric submarine', 'diesel submarine', 'air-independent propulsion', 'conventionally powered submarine', 'diesel-electric attack submarine', 'AIP submarine', 'non-nuclear submarine', 'export submarine', 'coastal submarine', 'Scorpene class', 'air-independent propulsion submarine', 'AIP system', 'conventional attack submarine', 'diesel-electric boat', 'midget submarine', 'mini submarine', 'lithium-ion submarine', 'Scorpene submarine', 'Type 212', 'Type 214', 'conventional-powered submarine', 'conventional submarine programme'],
    },
    acronyms: ['SSK', 'AIP'],
    cpv: ['35512300', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'shipbuilding',
    terms: {
      fr: ['construction navale', 'chantier naval', 'constructeur naval', 'industriel naval', 'intégration navale', 'construction de navires', 'sous-traitant naval', "maître d'œuvre naval", 'construction de navires militaires', 'construction de navires de guerre', 'chantier naval militaire', 'construction de bateaux', 'chantier de construction navale', 'construction de navires de surface', 'fabrication de navires', 'construction navale militaire', 'construction navale de défense', 'industrie de la construction navale', 'intégration de navires', 'sous-traitance navale', 'sous-traitant de la construction navale', 'fournisseur naval', 'équipementier naval', 'industriel de la construction navale', 'construction de frégates', 'construction de corvettes', 'constructeur de navires', 'chantier naval de défense', 'programme de construction navale'],
      en: ['shipbuilding', 'shipyard', 'shipbuilder', 'ship construction', 'naval construction', 'naval shipyard', 'naval shipbuilding', 'naval prime contractor', 'warship construction', 'warship building', 'boatbuilding', 'boatyard', 'shipbuilding yard', 'naval shipyard services', 'ship building', 'ship construction yard', 'naval shipbuilder', 'warship builder', 'naval subcontractor', 'naval supplier', 'naval equipment supplier', 'frigate construction', 'corvette construction', 'naval ship design', 'ship design and construction', 'vessel construction', 'shipbuilding industry', 'shipbuilding programme', 'naval ship integration'],
    },
    cpv: ['35510000', '34510000', '73424000'],
    related: ['naval'],
  },
  {
    id: 'hull',
    terms: {
      fr: ['coque', 'structure de coque', 'bloc de coque', 'tronçon de coque', 'superstructure', 'tôlerie navale', 'coque épaisse', 'structure navale', 'chaudronnerie navale', 'fabrication de coques', 'construction de coques', 'structure de frégate', 'acier naval', 'construction métallique navale', 'coque de navire', 'tôlerie de coque', 'structures de navires', 'préfabrication de blocs', 'préfabrication navale', 'panneaux de coque', 'bordé de coque', 'tôles de coque', 'coque aluminium', 'construction de superstructures', 'quille', "bulbe d'étrave", 'cloisons navales', 'coque résistante', 'structure de sous-marin'],
      en: ['hull', 'hull structure', 'hull block', 'hull section', 'pressure hull', 'ship structure', 'naval steel fabrication', 'naval steelwork', 'hull fabrication', 'hull construction', 'ship steel structures', 'marine steel fabrication', 'naval structures', 'naval boilermaking', 'hull manufacturing', 'ship block fabrication', 'ship hull block', 'aluminium hull', 'aluminum hull', 'superstructure fabrication', 'deckhouse', 'keel', 'bulbous bow', 'bulkheads'],
    },
    cpv: ['35521000', '35520000'],
    related: ['shipbuilding'],
  },
  {
    id: 'hull-welding',
    terms: {
      fr: ['soudure de coques', 'soudage de coques', 'soudure navale', 'soudage naval', 'soudure de tôles de coque', 'soudage de structures navales', 'soudeur naval', 'soudure de blocs de coque', 'soudure sur navires', 'soudage de tôles navales', 'soudure aluminium navale', 'soudage de superstructures', 'soudage en chantier naval', 'assemblage soudé naval', 'soudeur en construction navale', 'soudage de sous-marins', 'soudure de coque épaisse', 'soudage de blocs de coque', 'soudage de coques aluminium', 'soudure de structures navales', 'soudeur de coque', 'soudure de coques de navires', 'soudure MIG navale', "soudage d'aciers à haute limite élastique", 'soudage acier HLE', 'soudage de panneaux navals', 'ligne de soudage de panneaux', 'soudage robotisé naval', 'coque soudée', 'structures navales soudées', 'soudeur chantier naval'],
      en: ['hull welding', 'naval welding', 'ship welding', 'marine welding', 'shipyard welding', 'welding of hull blocks', 'hull block welding', 'shipbuilding welding', 'naval welder', 'welding of ship structures', 'hull plate welding', 'aluminium hull welding', 'submarine hull welding', 'marine welder', 'naval welding services', 'welding of naval structures', 'ship hull welding', 'hull steel welding', 'panel line welding', 'shipyard welder', 'naval aluminium welding', 'naval aluminum welding', 'aluminum hull welding', 'HY-80 welding', 'high-strength steel hull welding', 'welded hull', 'welded ship structures', 'marine welding services'],
    },
    cpv: ['35521000', '42630000'],
    related: ['hull', 'welding'],
  },
  {
    id: 'ship-outfitting',
    terms: {
      fr: ['emménagements', 'aménagement de navires', 'aménagement intérieur de navires', 'armement de navires', 'intégration mécanique à bord', 'montage à bord', 'installation de bord', 'travaux de bord', 'tuyauterie navale', 'tuyauterie de bord', 'menuiserie navale', 'équipements de bord', 'mécanique navale', 'mécanique de bord', 'armement mécanique', 'aménagement de bord', 'emménagements navals', 'aménagement de cabines', 'cabines de navires', 'menuiserie de bord', 'agencement de navires', 'agencement naval', 'isolation navale', 'calorifugeage naval', 'mobilier naval', 'portes étanches'],
      en: ['ship outfitting', 'hull outfitting', 'accommodation outfitting', 'mechanical outfitting', 'mechanical outfitting of warships', 'marine outfitting', 'naval outfitting', 'ship fit-out', 'interior outfitting', 'shipboard piping', 'marine piping', 'marine joinery', 'onboard installation', 'marine mechanical engineering', 'mechanical fitting-out', 'fitting-out', 'ship interiors', 'marine interiors', 'cabin outfitting', 'ship accommodation', 'marine insulation', 'watertight doors', 'marine furniture', 'pipefitting', 'ship pipefitting', 'marine hardware', 'ship fitting-out'],
    },
    cpv: ['35521000', '35520000', '50640000'],
    related: ['hull', 'shipbuilding'],
  },
  {
    id: 'naval-propulsion',
    terms: {
      fr: ['propulsion navale', 'propulsion marine', 'moteur marin', 'moteur diesel marin', 'réducteur marin', 'turbine à gaz', 'moteur diesel', 'propulsion électrique', 'appareil propulsif', 'motorisation navale', 'motorisation marine', 'propulsion de navires', 'motoriste naval', 'moteur de propulsion navale', 'propulsion hybride navale', 'turbine à gaz marine', 'appareil moteur naval', 'motorisation de navires', 'moteur de navire', 'propulsion diesel-électrique', 'réducteur naval', 'installation propulsive', 'propulsion combinée', 'moteur semi-rapide', 'propulsion électrique navale', 'propulsion hybride marine', 'propulsion au GNL'],
      en: ['naval propulsion', 'marine propulsion', 'marine engine', 'marine diesel engine', 'marine gearbox', 'gas turbine', 'diesel engine', 'electric propulsion', 'propulsion system', 'ship engine', 'naval engine', 'ship propulsion', 'marine gas turbine', 'marine diesel', 'ship propulsion system', 'diesel-electric propulsion', 'hybrid marine propulsion', 'propulsion motor', 'electric propulsion motor', 'naval gas turbine', 'marine reduction gear', 'reduction gearbox', 'ship main engine', 'marine power plant'],
    },
    acronyms: ['CODLAG', 'CODAG', 'CODOG', 'CODELAG', 'CODAD', 'COGAG'],
    cpv: ['35521100', '35520000'],
    related: ['warship'],
  },
  {
    id: 'nuclear-propulsion',
    terms: {
      fr: ['propulsion nucléaire', 'chaufferie nucléaire', 'réacteur nucléaire embarqué', 'chaufferie embarquée', 'propulsion nucléaire navale', 'réacteur naval', 'réacteur de propulsion', 'propulsion nucléaire sous-marine', 'cœur de réacteur naval', 'chaufferie K15', 'générateur de vapeur naval', 'chaufferie nucléaire embarquée', 'chaufferie K22', 'réacteur K15', 'cœur nucléaire', 'combustible nucléaire naval', 'réacteur à eau pressurisée embarqué', 'chaufferie de sous-marin', 'chaufferie de porte-avions', 'installation nucléaire de propulsion', 'réacteur compact embarqué', 'propulsion navale nucléaire de défense'],
      en: ['nuclear propulsion', 'naval nuclear propulsion', 'naval reactor', 'marine nuclear reactor', 'nuclear steam supply system', 'naval nuclear reactor', 'nuclear-powered propulsion', 'submarine reactor', 'nuclear propulsion plant', 'naval nuclear power', 'naval pressurized water reactor', 'submarine nuclear reactor', 'nuclear submarine propulsion', 'naval nuclear fuel', 'nuclear steam generator', 'reactor compartment', 'naval reactor plant', 'nuclear propulsion system', 'nuclear marine propulsion', 'shipboard nuclear reactor', 'naval nuclear propulsion plant'],
    },
    acronyms: ['K15', 'K22'],
    cpv: ['35521100', '35512000'],
    related: ['naval-propulsion', 'submarine'],
  },
  {
    id: 'naval-combat-system',
    terms: {
      fr: ['système de combat naval', 'système de combat', 'système de gestion de combat', "systèmes d'armes navals", 'conduite de tir', 'direction de tir', 'système de combat des navires', 'intégration du système de combat', 'système de combat embarqué', 'intégration de systèmes de combat', 'système de combat naval intégré', 'systèmes de mission navals', 'système de conduite de tir', "intégration de systèmes d'armes navals", 'système de direction de combat', 'central opérations', 'CMS naval', 'système de combat de frégate', 'système de combat de sous-marin', 'direction de lancement', 'système de défense de navire', 'autodéfense de navire', 'autodéfense navale', 'défense antiaérienne navale', 'système de combat SETIS', 'salle opérations'],
      en: ['combat management system', 'naval combat system', 'combat system', 'fire control system', 'fire control', 'naval weapon system', 'combat system integration', 'naval combat management system', 'combat systems integration', 'naval mission system', 'shipboard combat system', 'combat management software', 'shipboard combat management', 'naval combat management', 'combat direction system', 'ship self-defence', 'ship self-defense', 'naval air defence', 'naval air defense', 'anti-air warfare system', 'combat information centre', 'combat information center', 'operations room', 'submarine combat system', 'gun fire control', 'weapon control system', 'naval fire control'],
    },
    acronyms: ['SETIS', 'SYCOBS', 'CMS', 'SSDS', 'SENIT'],
    cpv: ['35522000', '35710000', '35700000'],
    related: ['warship', 'c2'],
  },
  {
    id: 'shipboard-systems',
    terms: {
      fr: ['conduite plateforme', 'système de conduite de plateforme', 'contrôle-commande de plateforme', 'automatisation navale', 'sécurité plateforme', 'conduite des installations', 'automatisme naval', 'contrôle-commande naval', 'supervision de plateforme navale', 'conduite de plateforme navale', 'surveillance machines', 'sécurité incendie et avaries', 'système intégré de conduite de plateforme', 'sécurité avaries', 'lutte contre les avaries', 'contrôle des machines', 'automatisme de bord', 'télésurveillance machines', 'système de gestion de plateforme', 'gestion de plateforme', 'surveillance et conduite des machines', 'automatisation des machines', 'automatisation de navire', 'supervision navale', 'conduite centralisée', 'PC machines', 'PC sécurité', 'poste central machine', 'poste de conduite machines', 'alarmes et surveillance machines', 'système de surveillance des machines', 'gestion des avaries', 'détection des avaries', 'automatisme marine'],
      en: ['integrated platform management system', 'platform management system', 'ship automation', 'machinery control system', 'damage control', 'platform management', 'ship control system', 'naval automation', 'engine room monitoring', 'platform control', 'damage control system', 'integrated platform management', 'ship management system', 'integrated ship control', 'machinery monitoring', 'machinery control and monitoring', 'engine room automation', 'vessel automation', 'marine automation', 'damage control console', 'ship automation system', 'platform automation', 'marine control systems', 'machinery control room'],
    },
    acronyms: ['IPMS'],
    cpv: ['35522000', '48151000', '31200000'],
    related: ['warship', 'electrical-engineering', 'industrial-automation'],
  },
  {
    id: 'shipboard-electrical',
    terms: {
      fr: ['électricité de bord', 'réseau électrique de bord', 'production électrique de bord', 'distribution électrique de bord', 'électricité navale', 'tableau électrique marin', 'énergie de bord', 'tableau électrique naval', 'intégration électrique à bord', 'intégration électrique navale', 'installation électrique navale', 'installation électrique de bord', 'intégration électrique de navires', 'installation électrique de navires', 'installation électrique à bord', 'électricité à bord', "production d'électricité à bord", 'distribution électrique navale', 'génération électrique navale', 'groupe électrogène marin', 'groupe électrogène naval', 'diesel-alternateur', 'tableau principal de bord', 'convertisseur de puissance naval', 'électrotechnique navale', 'électrotechnique marine', 'réseau électrique naval', 'alimentation électrique de bord', 'électrification des navires', 'branchement électrique à quai', 'alimentation à quai'],
      en: ['shipboard power', 'ship electrical system', 'marine electrical', 'shipboard electrical distribution', 'integrated power system', 'onboard power', 'ship power generation', 'shipboard electrical integration', 'naval switchboard', 'marine switchboard', 'naval electrical installation', 'marine electrical integration', 'ship electrical installation', 'electrical integration on board', 'naval electrical switchboard', 'ship power system', 'shipboard power distribution', 'ship electrical power', 'marine power distribution', 'naval power system', 'marine generator set', 'marine genset', 'naval generator', 'shore power', 'shore connection', 'ship electrification', 'naval electrical systems'],
    },
    cpv: ['35522000', '31200000', '50640000'],
    related: ['warship', 'electrical-engineering', 'harness'],
  },
  {
    id: 'shipboard-electronics',
    terms: {
      fr: ['intégration électronique à bord', 'électronique navale', 'intégration électronique navale', 'intégration des systèmes électroniques à bord', "intégration d'équipements électroniques à bord", "installation d'équipements électroniques à bord", 'électronique embarquée navale', 'équipements électroniques de bord', 'intégration électronique sur frégates', 'intégration électronique sur navires', 'électronique de bord navale', 'intégration de senseurs à bord', 'installation de systèmes électroniques à bord', 'intégration de capteurs navals', 'électronique de bord des navires', 'électronique marine', 'équipements électroniques navals', 'installation électronique navale', 'électronique de navire', 'électronicien naval', 'technicien électronique naval', 'mise en service des équipements électroniques à bord', 'électronique durcie navale', 'électronique de mission navale', "installation d'électronique à bord"],
      en: ['shipboard electronics integration', 'naval electronics', 'electronics integration aboard', 'electronics integration on board', 'onboard electronics integration', 'naval electronics integration', 'shipboard electronics', 'marine electronics installation', 'electronic equipment installation on ships', 'shipboard electronic systems', 'naval electronic systems', 'onboard electronic equipment', 'sensor integration on ships', 'naval sensor integration', 'shipboard sensor integration', 'naval electronic integration', 'marine electronics', 'ship electronics', 'naval electronics installation', 'shipboard electronics installation', 'ship electronics integration', 'naval electronics technician', 'marine electronics technician', 'ruggedised naval electronics', 'naval electronic equipment', 'shipborne electronics', 'ship-borne electronic systems'],
    },
    cpv: ['35522000', '50640000'],
    related: ['shipboard-electrical', 'defence-electronics'],
  },
  {
    id: 'shipboard-cabling',
    terms: {
      fr: ['câblage naval', 'câblage de navires', 'câblage électrique naval', 'câblage électrique de bâtiments militaires', 'câblage de bord', 'câblage à bord', 'câblage de bâtiments de surface', 'câblage de sous-marins', 'pose de câbles à bord', 'tirage de câbles à bord', 'câblage électrique de navires', 'raccordement électrique à bord', 'câblage des navires de guerre', 'chemins de câbles à bord', 'câbleur naval', 'électricien naval', 'câblage de frégates', 'câblage en construction navale', 'pose de câbles navals', 'tirage de câbles navals', 'câble naval', 'câbles pour la marine', 'connectique navale', 'raccordement de câbles à bord', 'électricien de bord', 'électricien marine', 'chemin de câbles naval', 'traversées de cloisons', 'passage de câbles étanche', 'câblage de porte-avions', 'câblage électrique de sous-marins'],
      en: ['ship wiring', 'shipboard cabling', 'shipboard cable installation', 'naval cabling', 'marine cabling', 'ship cable pulling', 'naval wiring', 'submarine cabling', 'ship electrical cabling', 'electrical cabling on board', 'marine switchgear installation', 'warship cabling', 'warship wiring', 'cable installation on ships', 'shipboard wiring', 'naval cable', 'marine cable', 'shipboard cable', 'ship wiring harness', 'naval harness', 'marine electrician', 'naval electrician', 'ship electrician', 'cable pulling on ships', 'cable tray installation on ships', 'bulkhead cable transit', 'multi-cable transit', 'cable transit system', 'naval connectors'],
    },
    cpv: ['35522000', '31300000', '50640000'],
    related: ['shipboard-electrical', 'harness'],
  },
  {
    id: 'deck-equipment',
    terms: {
      fr: ['équipement de pont', 'apparaux', 'treuil', 'grue de bord', 'bossoir', 'manutention embarquée', "système de mise à l'eau et de récupération", 'apparaux de mouillage', 'apparaux de pont', 'cabestan', 'guindeau', 'manutention navale', 'système de manutention embarqué', 'treuil naval', 'grue marine', "portique de mise à l'eau", 'treuil de pont', 'grue de pont', 'grue offshore', 'grue embarquée', "bossoir d'embarcation", "système de mise à l'eau", "mise à l'eau et récupération", "récupération d'embarcations", 'ancre', "chaîne d'ancre", "apparaux d'amarrage", "bitte d'amarrage", 'chaumard', "équipement d'amarrage"],
      en: ['deck equipment', 'deck machinery', 'winch', 'davit', 'launch and recovery system', 'shipboard crane', 'mooring equipment', 'marine crane', 'capstan', 'windlass', 'shipboard handling system', 'marine handling equipment', 'marine winch', 'A-frame', 'deck crane', 'offshore crane', 'anchor handling', 'anchor windlass', 'anchor chain', 'mooring winch', 'towing winch', 'oceanographic winch', 'boat davit', 'launch and recovery', 'boat launch and recovery', 'helicopter handling system', 'deck handling system', 'mooring system'],
    },
    acronyms: ['LARS'],
    cpv: ['34930000', '35521000'],
    related: ['maritime'],
  },
  {
    id: 'naval-navigation',
    terms: {
      fr: ['navigation maritime', 'système de navigation', 'centrale inertielle', 'centrale de navigation', 'navigation inertielle', 'gyrocompas', 'passerelle intégrée', 'cartographie électronique', 'aide à la navigation', 'positionnement dynamique', 'équipement de passerelle', 'électronique de navigation', 'système de cartographie électronique', 'système de navigation inertielle', 'centrale inertielle marine', 'navigation inertielle marine', 'compas gyroscopique', 'loch électromagnétique', 'radar de navigation marine', 'pilote automatique marin', 'système de navigation intégré', "système d'identification automatique", 'enregistreur des données du voyage', 'timonerie', 'passerelle de navigation', 'équipements de navigation'],
      en: ['navigation system', 'inertial navigation', 'inertial navigation system', 'inertial measurement unit', 'gyrocompass', 'integrated bridge system', 'electronic chart', 'navigation equipment', 'marine navigation', 'navigation aid', 'dynamic positioning', 'bridge equipment', 'electronic chart display', 'integrated navigation system', 'marine autopilot', 'marine radar', 'automatic identification system', 'voyage data recorder', 'ship navigation', 'bridge navigation', 'fiber optic gyroscope', 'ring laser gyro', 'speed log', 'electromagnetic log'],
    },
    acronyms: ['INS', 'IMU', 'ECDIS', 'AIS', 'VDR', 'WECDIS', 'RLG', 'AHRS'],
    cpv: ['34933000', '38110000', '38100000'],
    related: ['maritime'],
  },
  {
    id: 'naval-mco',
    terms: {
      fr: ['MCO naval', 'maintien en condition opérationnelle des navires', 'MCO des navires', 'MCO des bâtiments', 'arrêt technique', 'indisponibilité périodique pour entretien et réparations', 'soutien des navires', 'soutien de la flotte', 'arrêt technique de frégate', 'arrêt technique majeur', "période d'entretien", 'arrêt pour entretien', 'soutien naval', 'MCO de la flotte', 'maintien en condition opérationnelle naval', 'soutien en service naval', 'MCO de la Marine', 'arrêt technique intermédiaire', 'maintien en condition opérationnelle des bâtiments', 'maintien en condition opérationnelle de la flotte', 'MCO des sous-marins', 'soutien en service des navires', 'soutien de la flotte de surface', 'entretien programmé des navires', 'arrêt technique programmé', 'indisponibilité périodique', 'indisponibilité pour entretien', 'arrêt technique de sous-marin', "période d'entretien intermédiaire", 'MCO naval militaire', 'service de soutien de la flotte'],
      en: ['maintenance of warships', 'naval through-life support', 'naval in-service support', 'fleet support', 'technical stop', 'maintenance period', 'docking period', 'naval support services', 'fleet sustainment', 'naval sustainment', 'fleet in-service support', 'naval MCO', 'warship through-life support', 'ship through-life support', 'naval sustainment services', 'ship in-service support', 'naval availability support', 'maintenance availability', 'naval fleet support', 'warship support', 'submarine support', 'submarine through-life support', 'frigate support', 'ship availability', 'fleet through-life support'],
    },
    acronyms: ['IPER', 'SSF'],
    cpv: ['50640000', '50241000', '50245000'],
    related: ['mco', 'warship', 'ship-repair'],
  },
  {
    id: 'warship-maintenance',
    terms: {
      fr: ['maintenance navale', 'entretien des navires', 'entretien de la flotte', 'maintenance des sous-marins', 'maintenance des navires', 'réparation navale militaire', 'entretien des bâtiments de la Marine', 'entretien de navires militaires', 'maintenance de navires militaires', 'entretien de navires de guerre', 'maintenance des bâtiments de surface', 'maintenance des bâtiments de la Marine', 'réparation de navires militaires', 'entretien de frégates', 'maintenance de frégates', 'maintenance de bâtiments militaires', 'maintenance de navires de guerre', 'réparation de sous-marins', 'entretien des sous-marins', 'maintenance navale militaire', 'réparation de frégates', 'entretien de la flotte militaire', 'maintenance des navires de la Marine', 'maintenance corrective navale', 'maintenance préventive navale', 'dépannage naval', 'maintenance à bord', 'maintenance embarquée', 'maintenance des équipements navals'],
      en: ['naval maintenance', 'ship maintenance', 'warship maintenance', 'submarine maintenance', 'fleet maintenance', 'naval MRO', 'warship repair', 'naval ship repair', 'maintenance of naval vessels', 'maintenance of navy vessels', 'naval vessel maintenance', 'navy ship maintenance', 'military ship maintenance', 'frigate maintenance', 'submarine repair', 'submarine overhaul', 'warship overhaul', 'naval vessel repair', 'navy ship repair', 'frigate repair', 'onboard maintenance', 'shipboard maintenance', 'naval equipment maintenance', 'naval corrective maintenance', 'naval preventive maintenance', 'navy maintenance', 'vessel maintenance', 'marine maintenance'],
    },
    cpv: ['50640000', '50241000'],
    related: ['naval-mco', 'ship-repair'],
  },
  {
    id: 'ship-repair',
    terms: {
      fr: ['réparation navale', 'réparation de navires', 'chantier de réparation navale', 'remise en état de navires', 'carénage', 'réparation de coque', 'refonte', 'modernisation navale', 'rénovation à mi-vie', 'conversion de navire', 'refonte à mi-vie', 'modernisation des navires', 'refonte des frégates', 'réparation de bateaux', 'remise en état de coque', 'rénovation de navires', 'refonte de navires', 'réparation et maintenance navale', 'rénovation navale', 'transformation de navires', 'jumboïsation', 'allongement de navire', 'remotorisation', 'remotorisation de navires', 'modernisation de frégates', 'rénovation de frégates', 'refonte de sous-marins', 'carénage de navires', 'chantier de réparation'],
      en: ['ship repair', 'naval repair', 'vessel repair', 'ship repair yard', 'ship refurbishment', 'hull repair', 'mid-life upgrade', 'midlife update', 'ship modernisation', 'ship modernization', 'ship conversion', 'naval retrofit', 'refit', 'ship upgrade', 'ship overhaul', 'vessel refit', 'ship refit', 'naval refit', 'repowering', 'ship repowering', 'ship lengthening', 'ship repairer', 'afloat repair'],
    },
    cpv: ['50241100', '50241000', '50245000', '50244000', '50242000'],
    related: ['naval-mco'],
  },
  {
    id: 'dry-dock',
    terms: {
      fr: ['cale sèche', 'bassin de radoub', 'forme de radoub', 'dock flottant', 'élévateur à navires', 'bassin de carénage', 'base navale', 'port militaire', 'infrastructure portuaire', 'équipement portuaire', 'arsenal', 'installations portuaires', 'base de sous-marins', 'mise en cale sèche', 'carénage en bassin', 'cale de construction', 'cale de halage', 'cale de lancement', 'arsenal de Brest', 'arsenal de Toulon', 'infrastructures portuaires militaires', 'infrastructure navale', 'port de guerre', 'élévateur à bateaux', 'portique élévateur', 'ascenseur à navires', 'mise au sec', 'entrée en bassin', 'passage en cale sèche', 'passage en bassin'],
      en: ['dry dock', 'drydock', 'dry-docking', 'graving dock', 'floating dock', 'ship lift', 'slipway', 'naval base', 'naval dockyard', 'port infrastructure', 'harbour equipment', 'port facilities', 'dockyard', 'submarine base', 'shiplift', 'naval port', 'naval port infrastructure', 'naval infrastructure', 'dockyard facilities', 'drydocking', 'ship lift system', 'syncrolift', 'boat hoist', 'travel lift', 'marine travel lift', 'building berth', 'dry dock services', 'docking services', 'haul-out', 'naval station'],
    },
    cpv: ['50246100', '50246000', '34515000'],
    related: ['ship-repair', 'naval'],
  },
  {
    id: 'boat',
    terms: {
      fr: ['bateau', 'embarcation', 'vedette', 'semi-rigide', 'embarcation pneumatique', 'remorqueur', 'navire de servitude', 'embarcation commando', 'bateau rapide', 'pilotine', 'bateau de travail', 'vedette rapide', 'construction de vedettes', 'barge', 'embarcation rapide', 'embarcation semi-rigide', 'bateau semi-rigide', "embarcation d'intervention", 'embarcation de servitude', 'vedette de servitude', 'vedette portuaire', "vedette d'intervention", 'chaland', 'barge de servitude', 'remorqueur portuaire', "construction d'embarcations", 'bateau aluminium'],
      en: ['boat', 'rigid inflatable boat', 'rigid-hulled inflatable boat', 'workboat', 'tug', 'tugboat', 'harbour craft', 'fast boat', 'interceptor boat', 'special boat', 'utility boat', 'fast patrol boat', 'boat building', 'inflatable boat', 'rigid inflatable', 'small craft', 'fast craft', 'interceptor craft', 'fast interceptor', 'harbour boat', 'harbor craft', 'harbor tug', 'harbour tug', 'pilot boat', 'survey boat', 'crew transfer vessel', 'aluminium boat'],
    },
    acronyms: ['RHIB', 'ETRACO', 'ECUME'],
    cpv: ['34520000', '34521000'],
    related: ['maritime'],
  },
  {
    id: 'ship-signature',
    terms: {
      fr: ['signature acoustique', 'signature des navires', 'discrétion acoustique', 'furtivité', 'signature magnétique', 'signature radar', 'signature infrarouge', 'immunisation magnétique', 'démagnétisation', 'surface équivalente radar', 'gestion des signatures', 'mesure de signature', 'mesures de signature acoustique', 'mesure de bruit rayonné', 'discrétion des navires', 'signature électromagnétique', 'furtivité navale', 'réduction de signature', 'traitement de signature', 'station de démagnétisation', "boucles d'immunisation", "installation d'immunisation", 'réduction de la SER', 'matériaux furtifs', 'tuiles anéchoïques'],
      en: ['ship signature', 'signature management', 'acoustic signature', 'stealth', 'magnetic signature', 'radar signature', 'infrared signature', 'degaussing', 'radar cross section', 'low observability', 'signature measurement', 'acoustic signature measurement', 'noise ranging', 'signature reduction', 'acoustic stealth', 'anechoic tiles', 'stealth materials', 'low observable', 'degaussing system', 'deperming', 'thermal signature'],
    },
    acronyms: ['RCS', 'SER'],
    cpv: ['73434000', '73424000'],
    related: ['warship'],
  },
  {
    id: 'maritime-surveillance',
    terms: {
      fr: ['surveillance maritime', 'sûreté maritime', "action de l'État en mer", 'surveillance des approches maritimes', 'sémaphore', 'surveillance côtière', 'sécurité maritime', 'surveillance des espaces maritimes', 'surveillance du trafic maritime', 'système de surveillance maritime', 'surveillance des pêches', 'police des pêches', 'contrôle des pêches', 'surveillance de la ZEE', 'sauvegarde maritime', 'centre de surveillance maritime', 'surveillance des approches', 'surveillance de la mer', 'surveillance des zones maritimes', 'connaissance de la situation maritime', 'appréciation de la situation maritime', 'surveillance de la zone économique exclusive', 'lutte contre la pêche illégale', 'pêche illicite', 'lutte contre les trafics maritimes', 'lutte contre la piraterie', 'piraterie maritime', 'sécurité des espaces maritimes', 'surveillance du littoral', 'chaîne sémaphorique', 'suivi des navires', 'pistage des navires', 'détection des navires'],
      en: ['maritime surveillance', 'maritime domain awareness', 'maritime security', 'coastal surveillance', 'maritime situational awareness', 'vessel tracking', 'vessel monitoring', 'vessel traffic service', 'maritime surveillance system', 'coast guard surveillance', 'fisheries monitoring', 'maritime situational picture', 'coastal surveillance radar', 'ship tracking', 'dark vessel detection', 'illegal fishing', 'IUU fishing', 'anti-piracy', 'counter-piracy', 'maritime law enforcement', 'port security', 'EEZ surveillance'],
    },
    acronyms: ['AEM', 'MDA', 'VTS', 'SPATIONAV', 'IUU'],
    cpv: ['35125000', '34521100', '79714000'],
    related: ['maritime', 'isr'],
  },
  {
    id: 'naval-propulsor',
    terms: {
      fr: ["ligne d'arbres", 'hélice marine', 'propulseur', 'pompe-hélice', 'hélice de navire', 'propulseur azimutal', "propulseur d'étrave", 'hydrojet', 'arbre porte-hélice', 'hélice à pas variable', 'pod de propulsion', 'propulsion par pod', "tube d'étambot", 'hélice de propulsion', 'hélice à pales orientables', 'hélice carénée', 'tuyère Kort', "propulseur à jet d'eau", 'propulsion par hydrojet', 'propulseur de manœuvre', 'propulseur transversal', 'propulseur rétractable', 'gouvernail', 'appareil à gouverner', 'stabilisateurs de roulis', 'ailerons stabilisateurs', "palier de ligne d'arbres", "joint d'arbre"],
      en: ['shaft line', 'propeller', 'thruster', 'pump-jet', 'waterjet', 'ship propeller', 'marine propeller', 'azimuth thruster', 'bow thruster', 'propeller shaft', 'shafting', 'controllable pitch propeller', 'podded propulsion', 'stern tube', 'fixed pitch propeller', 'ducted propeller', 'propulsor', 'waterjet propulsion', 'retractable thruster', 'tunnel thruster', 'stern thruster', 'fin stabiliser', 'fin stabilizer', 'stern tube seal', 'shaft bearing', 'azipod'],
    },
    acronyms: ['CPP', 'FPP'],
    cpv: ['35521100', '35520000'],
    related: ['naval-propulsion'],
  },
  {
    id: 'ship-dismantling',
    terms: {
      fr: ['déconstruction de navires', 'démantèlement de navires', 'déconstruction navale', 'démantèlement naval', 'recyclage de navires', 'déconstruction de coques', 'démantèlement de sous-marins', 'démantèlement de bâtiments de guerre', 'désarmement de navires', 'démolition de navires', 'déchirage de navires', 'recyclage naval', 'fin de vie des navires', 'désamiantage de navires', 'dépollution de navires', 'déconstruction de bâtiments de guerre', 'démantèlement de navires militaires', 'recyclage de sous-marins', 'démantèlement de navires de guerre', 'déconstruction de sous-marins', 'traitement des navires en fin de vie', 'démantèlement de porte-avions'],
      en: ['ship dismantling', 'ship recycling', 'ship breaking', 'shipbreaking', 'ship decommissioning', 'vessel decommissioning', 'submarine dismantling', 'warship dismantling', 'hull dismantling', 'ship demolition', 'ship scrapping', 'vessel recycling', 'end-of-life ships', 'asbestos removal from ships', 'submarine recycling', 'submarine decommissioning', 'vessel dismantling', 'hulk disposal', 'naval ship disposal', 'warship recycling', 'warship decommissioning', 'decommissioned warship'],
    },
    cpv: ['50240000', '50241000'],
    related: ['ship-repair'],
  },
];
