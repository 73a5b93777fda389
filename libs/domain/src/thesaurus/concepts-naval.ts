import type { ThesaurusConcept } from './thesaurus.types';

/** Naval platforms, shipbuilding and naval through-life support (MCO). */
// prettier-ignore
export const NAVAL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'naval',
    role: 'qualifier',
    terms: {
      fr: ['naval', 'navale', 'marine', 'défense navale', 'industrie navale', 'secteur naval', 'Marine nationale', 'marine militaire', 'forces navales', 'systèmes navals', 'domaine naval', 'flotte militaire', 'marine de guerre', 'filière navale', 'forces maritimes', 'guerre navale', 'industrie navale de défense'],
      en: ['naval defence', 'naval defense', 'naval industry', 'navy', 'French Navy', 'naval forces', 'naval systems', 'maritime defence', 'naval sector', 'navy sector', 'naval warfare', 'maritime forces', 'naval domain'],
    },
    cpv: ['35500000'],
  },
  {
    id: 'maritime',
    role: 'qualifier',
    terms: {
      fr: ['maritime', 'milieu marin', 'domaine maritime', 'équipement marin', 'équipement de marine', 'navire', 'bâtiment de mer', 'navire de commerce', 'navire civil', 'secteur maritime', 'industrie maritime', 'économie maritime', 'économie bleue', 'navire marchand', 'activités maritimes'],
      en: ['marine equipment', 'maritime sector', 'offshore', 'seagoing', 'maritime industry', 'ship', 'vessel', 'merchant ship', 'seagoing vessel', 'maritime domain', 'blue economy', 'commercial shipping', 'marine industry'],
    },
    cpv: ['34930000', '34510000', '34500000'],
    related: ['naval'],
  },
  {
    id: 'warship',
    role: 'qualifier',
    terms: {
      fr: ['navire de guerre', 'navire militaire', 'bâtiment de guerre', 'bâtiment de combat', 'bâtiment de surface', 'bâtiment militaire', 'unité navale', 'plateforme navale', 'navire armé', 'bâtiment de la Marine', 'bâtiment naval', 'bâtiment de premier rang', 'navire de combat', 'bâtiment de guerre de surface', 'navire de la Marine nationale'],
      en: ['warship', 'naval vessel', 'naval ship', 'military vessel', 'combat ship', 'surface combatant', 'surface ship', 'naval platform', 'military ship', 'naval combatant', 'navy ship', 'navy vessel', 'combat vessel', 'fighting ship', 'naval surface ship', 'navy warship'],
    },
    cpv: ['35510000', '35511000', '35500000'],
    related: ['naval'],
  },
  {
    id: 'frigate',
    role: 'qualifier',
    terms: {
      fr: ['frégate', "frégate de défense et d'intervention", 'frégate multimissions', 'frégate de défense aérienne', 'frégate de taille intermédiaire', 'frégate furtive', 'croiseur', 'frégate anti-sous-marine', 'frégate de premier rang', 'frégate légère furtive', 'frégate de lutte anti-sous-marine', 'frégate Horizon', 'frégate La Fayette'],
      en: ['frigate', 'defence and intervention frigate', 'multi-mission frigate', 'air defence frigate', 'destroyer', 'cruiser', 'stealth frigate', 'anti-submarine frigate', 'frigate programme', 'guided-missile destroyer', 'air-defence destroyer', 'ASW frigate', 'Horizon-class frigate'],
    },
    acronyms: ['FDI', 'FREMM', 'FTI', 'FREMM-DA', 'FLF'],
    cpv: ['35511200', '35511000'],
    related: ['warship'],
  },
  {
    id: 'patrol-vessel',
    terms: {
      fr: ['patrouilleur', 'patrouilleur hauturier', 'patrouilleur océanique', 'patrouilleur outre-mer', 'corvette', 'aviso', 'vedette de surveillance', 'patrouilleur côtier', 'construction de patrouilleurs', 'patrouilleur de service public', 'vedette de patrouille', 'navire de patrouille', 'patrouilleur de haute mer', 'navire de surveillance', 'navire de patrouille hauturier', 'aviso-escorteur', 'navire garde-côtes'],
      en: ['patrol vessel', 'offshore patrol vessel', 'patrol boat', 'patrol ship', 'coastal patrol vessel', 'ocean patrol vessel', 'patrol craft', 'coastguard vessel', 'corvette', 'offshore patrol ship', 'coast guard cutter', 'high-seas patrol vessel', 'inshore patrol vessel'],
    },
    acronyms: ['OPV', 'POM'],
    cpv: ['35511300', '34511100'],
    related: ['warship'],
  },
  {
    id: 'aircraft-carrier',
    role: 'qualifier',
    terms: {
      fr: ['porte-avions', 'porte-avions de nouvelle génération', 'groupe aéronaval', 'porte-aéronefs', 'groupe aéronaval embarqué', 'porte-avions nucléaire', 'porte-avions Charles de Gaulle', "pont d'envol", 'catapulte électromagnétique', "brins d'arrêt"],
      en: ['aircraft carrier', 'carrier strike group', 'next-generation aircraft carrier', 'supercarrier', 'nuclear aircraft carrier', 'carrier battle group', 'flight deck', 'electromagnetic catapult', 'arresting gear', 'aircraft launch system', 'carrier group'],
    },
    acronyms: ['PA-NG', 'PANG', 'EMALS', 'CVN'],
    cpv: ['35511100'],
    related: ['warship', 'naval-aviation'],
  },
  {
    id: 'amphibious-ship',
    role: 'qualifier',
    terms: {
      fr: ['porte-hélicoptères amphibie', 'bâtiment amphibie', 'navire amphibie', 'engin de débarquement', 'chaland de débarquement', 'bâtiment de projection et de commandement', 'opérations amphibies', 'bâtiment de projection', 'chaland de transport de matériel', 'navire de débarquement', 'bâtiment de débarquement', 'classe Mistral', 'porte-hélicoptères', 'assaut amphibie'],
      en: ['amphibious ship', 'amphibious assault ship', 'landing craft', 'landing ship', 'amphibious vessel', 'landing helicopter dock', 'amphibious operations', 'amphibious assault', 'landing platform dock', 'dock landing ship', 'amphibious capability', 'landing craft utility'],
    },
    acronyms: ['PHA', 'LHD', 'BPC', 'EDA-R', 'LPD'],
    cpv: ['35511400'],
    related: ['warship'],
  },
  {
    id: 'naval-auxiliary',
    role: 'qualifier',
    terms: {
      fr: ['bâtiment ravitailleur', 'ravitailleur', 'pétrolier ravitailleur', 'navire auxiliaire', 'bâtiment de soutien', 'navire logistique', "bâtiment de soutien et d'assistance", "bâtiment de soutien et d'assistance outre-mer", 'bâtiment de ravitaillement', 'navire de ravitaillement', 'ravitaillement à la mer', 'remorqueur de haute mer', 'navire-atelier', 'bâtiment de commandement et de ravitaillement', 'bâtiment ravitailleur de forces'],
      en: ['replenishment ship', 'fleet tanker', 'auxiliary ship', 'support ship', 'replenishment oiler', 'hospital ship', 'logistic support ship', 'fleet replenishment', 'replenishment at sea', 'fleet support ship', 'fleet replenishment ship', 'underway replenishment', 'auxiliary vessel'],
    },
    acronyms: ['BRF', 'BSAOM', 'BSAM'],
    cpv: ['35513400', '35513000'],
    related: ['warship'],
  },
  {
    id: 'submarine',
    role: 'qualifier',
    terms: {
      fr: ['sous-marin', 'submersible', 'sous-marin nucléaire', 'flotte sous-marine', 'forces sous-marines', 'force sous-marine', 'sous-marins océaniques', 'sous-marin militaire', 'construction de sous-marins', 'bâtiment sous-marin', 'sous-mariniers', 'programme de sous-marins', 'flottille de sous-marins'],
      en: ['submarine', 'submarine fleet', 'submarine force', 'nuclear submarine', 'nuclear-powered submarine', 'military submarine', 'submarine programme', 'submarine construction', 'submarine building', 'submarine program', 'submariners', 'submarine flotilla', 'submersible vessel'],
    },
    cpv: ['35512000'],
    related: ['naval'],
  },
  {
    id: 'ssbn',
    role: 'qualifier',
    terms: {
      fr: ["sous-marin nucléaire lanceur d'engins", "sous-marin lanceur d'engins", 'SNLE de troisième génération', 'SNLE 3G', 'force océanique stratégique', 'dissuasion océanique', 'sous-marin stratégique', 'SNLE de nouvelle génération', 'sous-marin nucléaire stratégique', 'composante océanique de la dissuasion', 'dissuasion nucléaire océanique', 'classe Le Triomphant'],
      en: ['ballistic missile submarine', 'strategic submarine', 'nuclear ballistic missile submarine', 'third-generation SSBN', 'strategic nuclear submarine', 'sea-based deterrent', 'nuclear deterrent submarine', 'SSBN programme', 'Columbia class', 'Dreadnought class', 'continuous at-sea deterrence', 'sea-based nuclear deterrent'],
    },
    acronyms: ['SNLE', 'SSBN', 'SNLE-NG', 'FOST', 'SNLE3G', 'CASD'],
    cpv: ['35512100', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'ssn',
    role: 'qualifier',
    terms: {
      fr: ["sous-marin nucléaire d'attaque", "sous-marin d'attaque", 'Barracuda', 'programme Barracuda', 'classe Suffren', 'SNA Barracuda', 'classe Rubis', 'sous-marin chasseur', "sous-marin nucléaire d'attaque de nouvelle génération"],
      en: ['nuclear attack submarine', 'attack submarine', 'hunter-killer submarine', 'Barracuda class', 'Suffren class', 'fast attack submarine', 'nuclear-powered attack submarine', 'SSN programme', 'Virginia class', 'Astute class'],
    },
    acronyms: ['SNA', 'SSN', 'SNA-NG'],
    cpv: ['35512200', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'ssk',
    role: 'qualifier',
    terms: {
      fr: ['sous-marin conventionnel', 'sous-marin diesel-électrique', 'sous-marin à propulsion classique', 'sous-marin anaérobie', 'Scorpène', 'propulsion anaérobie', 'sous-marin à propulsion anaérobie', 'sous-marin diesel', 'sous-marin classique', 'sous-marin export', 'Shortfin Barracuda', 'sous-marin côtier'],
      en: ['conventional submarine', 'diesel-electric submarine', 'diesel submarine', 'air-independent propulsion', 'conventionally powered submarine', 'diesel-electric attack submarine', 'AIP submarine', 'non-nuclear submarine', 'export submarine', 'coastal submarine', 'Scorpene class'],
    },
    acronyms: ['SSK', 'AIP'],
    cpv: ['35512300', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'shipbuilding',
    terms: {
      fr: ['construction navale', 'chantier naval', 'constructeur naval', 'industriel naval', 'intégration navale', 'construction de navires', 'sous-traitant naval', "maître d'œuvre naval", 'construction de navires militaires', 'construction de navires de guerre', 'chantier naval militaire', 'construction de bateaux', 'chantier de construction navale', 'construction de navires de surface', 'fabrication de navires'],
      en: ['shipbuilding', 'shipyard', 'shipbuilder', 'ship construction', 'naval construction', 'naval shipyard', 'naval shipbuilding', 'naval prime contractor', 'warship construction', 'warship building', 'boatbuilding', 'boatyard', 'shipbuilding yard', 'naval shipyard services', 'ship building', 'ship construction yard'],
    },
    cpv: ['35510000', '34510000', '73424000'],
    related: ['naval'],
  },
  {
    id: 'hull',
    terms: {
      fr: ['coque', 'structure de coque', 'bloc de coque', 'tronçon de coque', 'superstructure', 'tôlerie navale', 'coque épaisse', 'structure navale', 'chaudronnerie navale', 'fabrication de coques', 'construction de coques', 'structure de frégate', 'acier naval', 'construction métallique navale', 'coque de navire', 'tôlerie de coque'],
      en: ['hull', 'hull structure', 'hull block', 'hull section', 'pressure hull', 'ship structure', 'naval steel fabrication', 'naval steelwork', 'hull fabrication', 'hull construction', 'ship steel structures', 'marine steel fabrication', 'naval structures', 'naval boilermaking', 'hull manufacturing'],
    },
    cpv: ['35521000', '35520000'],
    related: ['shipbuilding'],
  },
  {
    id: 'hull-welding',
    terms: {
      fr: ['soudure de coques', 'soudage de coques', 'soudure navale', 'soudage naval', 'soudure de tôles de coque', 'soudage de structures navales', 'soudeur naval', 'soudure de blocs de coque', 'soudure sur navires', 'soudage de tôles navales', 'soudure aluminium navale', 'soudage de superstructures', 'soudage en chantier naval', 'assemblage soudé naval', 'soudeur en construction navale', 'soudage de sous-marins', 'soudure de coque épaisse'],
      en: ['hull welding', 'naval welding', 'ship welding', 'marine welding', 'shipyard welding', 'welding of hull blocks', 'hull block welding', 'shipbuilding welding', 'naval welder', 'welding of ship structures', 'hull plate welding', 'aluminium hull welding', 'submarine hull welding', 'marine welder'],
    },
    cpv: ['35521000', '42630000'],
    related: ['hull', 'welding'],
  },
  {
    id: 'ship-outfitting',
    terms: {
      fr: ['emménagements', 'aménagement de navires', 'aménagement intérieur de navires', 'armement de navires', 'intégration mécanique à bord', 'montage à bord', 'installation de bord', 'travaux de bord', 'tuyauterie navale', 'tuyauterie de bord', 'menuiserie navale', 'équipements de bord', 'mécanique navale', 'mécanique de bord', 'armement mécanique'],
      en: ['ship outfitting', 'hull outfitting', 'accommodation outfitting', 'mechanical outfitting', 'mechanical outfitting of warships', 'marine outfitting', 'naval outfitting', 'ship fit-out', 'interior outfitting', 'shipboard piping', 'marine piping', 'marine joinery', 'onboard installation', 'marine mechanical engineering', 'mechanical fitting-out', 'fitting-out'],
    },
    cpv: ['35521000', '35520000', '50640000'],
    related: ['hull', 'shipbuilding'],
  },
  {
    id: 'naval-propulsion',
    terms: {
      fr: ['propulsion navale', 'propulsion marine', 'moteur marin', 'moteur diesel marin', 'réducteur marin', 'turbine à gaz', 'moteur diesel', 'propulsion électrique', 'appareil propulsif', 'motorisation navale', 'motorisation marine', 'propulsion de navires', 'motoriste naval', 'moteur de propulsion navale', 'propulsion hybride navale', 'turbine à gaz marine', 'appareil moteur naval'],
      en: ['naval propulsion', 'marine propulsion', 'marine engine', 'marine diesel engine', 'marine gearbox', 'gas turbine', 'diesel engine', 'electric propulsion', 'propulsion system', 'ship engine', 'naval engine', 'ship propulsion', 'marine gas turbine'],
    },
    acronyms: ['CODLAG'],
    cpv: ['35521100', '35520000'],
    related: ['warship'],
  },
  {
    id: 'nuclear-propulsion',
    terms: {
      fr: ['propulsion nucléaire', 'chaufferie nucléaire', 'réacteur nucléaire embarqué', 'chaufferie embarquée', 'propulsion nucléaire navale', 'réacteur naval', 'réacteur de propulsion', 'propulsion nucléaire sous-marine', 'cœur de réacteur naval', 'chaufferie K15', 'générateur de vapeur naval'],
      en: ['nuclear propulsion', 'naval nuclear propulsion', 'naval reactor', 'marine nuclear reactor', 'nuclear steam supply system', 'naval nuclear reactor', 'nuclear-powered propulsion', 'submarine reactor', 'nuclear propulsion plant', 'naval nuclear power'],
    },
    acronyms: ['K15', 'K22'],
    cpv: ['35521100', '35512000'],
    related: ['naval-propulsion', 'submarine'],
  },
  {
    id: 'naval-combat-system',
    terms: {
      fr: ['système de combat naval', 'système de combat', 'système de gestion de combat', "systèmes d'armes navals", 'conduite de tir', 'direction de tir', 'système de combat des navires', 'intégration du système de combat', 'système de combat embarqué', 'intégration de systèmes de combat', 'système de combat naval intégré', 'systèmes de mission navals', 'système de conduite de tir', "intégration de systèmes d'armes navals", 'système de direction de combat', 'central opérations'],
      en: ['combat management system', 'naval combat system', 'combat system', 'fire control system', 'fire control', 'naval weapon system', 'combat system integration', 'naval combat management system', 'combat systems integration', 'naval mission system', 'shipboard combat system', 'combat management software'],
    },
    acronyms: ['SETIS', 'SYCOBS', 'CMS'],
    cpv: ['35522000', '35710000', '35700000'],
    related: ['warship', 'c2'],
  },
  {
    id: 'shipboard-systems',
    terms: {
      fr: ['conduite plateforme', 'système de conduite de plateforme', 'contrôle-commande de plateforme', 'automatisation navale', 'sécurité plateforme', 'conduite des installations', 'automatisme naval', 'contrôle-commande naval', 'supervision de plateforme navale', 'conduite de plateforme navale', 'surveillance machines', 'sécurité incendie et avaries', 'système intégré de conduite de plateforme', 'sécurité avaries', 'lutte contre les avaries', 'contrôle des machines', 'automatisme de bord', 'télésurveillance machines'],
      en: ['integrated platform management system', 'platform management system', 'ship automation', 'machinery control system', 'damage control', 'platform management', 'ship control system', 'naval automation', 'engine room monitoring', 'platform control', 'damage control system', 'integrated platform management'],
    },
    acronyms: ['IPMS'],
    cpv: ['35522000', '48151000', '31200000'],
    related: ['warship', 'electrical-engineering', 'industrial-automation'],
  },
  {
    id: 'shipboard-electrical',
    terms: {
      fr: ['électricité de bord', 'réseau électrique de bord', 'production électrique de bord', 'distribution électrique de bord', 'électricité navale', 'tableau électrique marin', 'énergie de bord', 'tableau électrique naval', 'intégration électrique à bord', 'intégration électrique navale', 'installation électrique navale', 'installation électrique de bord', 'intégration électrique de navires', 'installation électrique de navires', 'installation électrique à bord', 'électricité à bord'],
      en: ['shipboard power', 'ship electrical system', 'marine electrical', 'shipboard electrical distribution', 'integrated power system', 'onboard power', 'ship power generation', 'shipboard electrical integration', 'naval switchboard', 'marine switchboard', 'naval electrical installation', 'marine electrical integration', 'ship electrical installation', 'electrical integration on board', 'naval electrical switchboard'],
    },
    cpv: ['35522000', '31200000', '50640000'],
    related: ['warship', 'electrical-engineering', 'harness'],
  },
  {
    id: 'shipboard-electronics',
    terms: {
      fr: ['intégration électronique à bord', 'électronique navale', 'intégration électronique navale', 'intégration des systèmes électroniques à bord', "intégration d'équipements électroniques à bord", "installation d'équipements électroniques à bord", 'électronique embarquée navale', 'équipements électroniques de bord', 'intégration électronique sur frégates', 'intégration électronique sur navires', 'électronique de bord navale', 'intégration de senseurs à bord', 'installation de systèmes électroniques à bord', 'intégration de capteurs navals', 'électronique de bord des navires'],
      en: ['shipboard electronics integration', 'naval electronics', 'electronics integration aboard', 'electronics integration on board', 'onboard electronics integration', 'naval electronics integration', 'shipboard electronics', 'marine electronics installation', 'electronic equipment installation on ships', 'shipboard electronic systems', 'naval electronic systems', 'onboard electronic equipment', 'sensor integration on ships', 'naval sensor integration', 'shipboard sensor integration', 'naval electronic integration'],
    },
    cpv: ['35522000', '50640000'],
    related: ['shipboard-electrical', 'defence-electronics'],
  },
  {
    id: 'shipboard-cabling',
    terms: {
      fr: ['câblage naval', 'câblage de navires', 'câblage électrique naval', 'câblage électrique de bâtiments militaires', 'câblage de bord', 'câblage à bord', 'câblage de bâtiments de surface', 'câblage de sous-marins', 'pose de câbles à bord', 'tirage de câbles à bord', 'câblage électrique de navires', 'raccordement électrique à bord', 'câblage des navires de guerre', 'chemins de câbles à bord', 'câbleur naval', 'électricien naval'],
      en: ['ship wiring', 'shipboard cabling', 'shipboard cable installation', 'naval cabling', 'marine cabling', 'ship cable pulling', 'naval wiring', 'submarine cabling', 'ship electrical cabling', 'electrical cabling on board', 'marine switchgear installation', 'warship cabling', 'warship wiring', 'cable installation on ships', 'shipboard wiring'],
    },
    cpv: ['35522000', '31300000', '50640000'],
    related: ['shipboard-electrical', 'harness'],
  },
  {
    id: 'deck-equipment',
    terms: {
      fr: ['équipement de pont', 'apparaux', 'treuil', 'grue de bord', 'bossoir', 'manutention embarquée', "système de mise à l'eau et de récupération", 'apparaux de mouillage', 'apparaux de pont', 'cabestan', 'guindeau', 'manutention navale', 'système de manutention embarqué', 'treuil naval', 'grue marine', "portique de mise à l'eau"],
      en: ['deck equipment', 'deck machinery', 'winch', 'davit', 'launch and recovery system', 'shipboard crane', 'mooring equipment', 'marine crane', 'capstan', 'windlass', 'shipboard handling system', 'marine handling equipment', 'marine winch', 'A-frame'],
    },
    acronyms: ['LARS'],
    cpv: ['34930000', '35521000'],
    related: ['maritime'],
  },
  {
    id: 'naval-navigation',
    terms: {
      fr: ['navigation maritime', 'système de navigation', 'centrale inertielle', 'centrale de navigation', 'navigation inertielle', 'gyrocompas', 'passerelle intégrée', 'cartographie électronique', 'aide à la navigation', 'positionnement dynamique', 'équipement de passerelle', 'électronique de navigation', 'système de cartographie électronique'],
      en: ['navigation system', 'inertial navigation', 'inertial navigation system', 'inertial measurement unit', 'gyrocompass', 'integrated bridge system', 'electronic chart', 'navigation equipment', 'marine navigation', 'navigation aid', 'dynamic positioning', 'bridge equipment', 'electronic chart display'],
    },
    acronyms: ['INS', 'IMU', 'ECDIS', 'AIS', 'VDR'],
    cpv: ['34933000', '38110000', '38100000'],
    related: ['maritime'],
  },
  {
    id: 'naval-mco',
    terms: {
      fr: ['MCO naval', 'maintien en condition opérationnelle des navires', 'MCO des navires', 'MCO des bâtiments', 'arrêt technique', 'indisponibilité périodique pour entretien et réparations', 'soutien des navires', 'soutien de la flotte', 'arrêt technique de frégate', 'arrêt technique majeur', "période d'entretien", 'arrêt pour entretien', 'soutien naval', 'MCO de la flotte', 'maintien en condition opérationnelle naval', 'soutien en service naval', 'MCO de la Marine', 'arrêt technique intermédiaire'],
      en: ['maintenance of warships', 'naval through-life support', 'naval in-service support', 'fleet support', 'technical stop', 'maintenance period', 'docking period', 'naval support services', 'fleet sustainment', 'naval sustainment', 'fleet in-service support'],
    },
    acronyms: ['IPER', 'SSF'],
    cpv: ['50640000', '50241000', '50245000'],
    related: ['mco', 'warship', 'ship-repair'],
  },
  {
    id: 'warship-maintenance',
    terms: {
      fr: ['maintenance navale', 'entretien des navires', 'entretien de la flotte', 'maintenance des sous-marins', 'maintenance des navires', 'réparation navale militaire', 'entretien des bâtiments de la Marine', 'entretien de navires militaires', 'maintenance de navires militaires', 'entretien de navires de guerre', 'maintenance des bâtiments de surface', 'maintenance des bâtiments de la Marine', 'réparation de navires militaires', 'entretien de frégates', 'maintenance de frégates', 'maintenance de bâtiments militaires'],
      en: ['naval maintenance', 'ship maintenance', 'warship maintenance', 'submarine maintenance', 'fleet maintenance', 'naval MRO', 'warship repair', 'naval ship repair', 'maintenance of naval vessels', 'maintenance of navy vessels', 'naval vessel maintenance', 'navy ship maintenance', 'military ship maintenance', 'frigate maintenance', 'submarine repair'],
    },
    cpv: ['50640000', '50241000'],
    related: ['naval-mco', 'ship-repair'],
  },
  {
    id: 'ship-repair',
    terms: {
      fr: ['réparation navale', 'réparation de navires', 'chantier de réparation navale', 'remise en état de navires', 'carénage', 'réparation de coque', 'refonte', 'modernisation navale', 'rénovation à mi-vie', 'conversion de navire', 'refonte à mi-vie', 'modernisation des navires', 'refonte des frégates', 'réparation de bateaux', 'remise en état de coque', 'rénovation de navires', 'refonte de navires'],
      en: ['ship repair', 'naval repair', 'vessel repair', 'ship repair yard', 'ship refurbishment', 'hull repair', 'mid-life upgrade', 'midlife update', 'ship modernisation', 'ship modernization', 'ship conversion', 'naval retrofit', 'refit', 'ship upgrade'],
    },
    cpv: ['50241100', '50241000', '50245000', '50244000', '50242000'],
    related: ['naval-mco'],
  },
  {
    id: 'dry-dock',
    terms: {
      fr: ['cale sèche', 'bassin de radoub', 'forme de radoub', 'dock flottant', 'élévateur à navires', 'bassin de carénage', 'base navale', 'port militaire', 'infrastructure portuaire', 'équipement portuaire', 'arsenal', 'installations portuaires', 'base de sous-marins', 'mise en cale sèche', 'carénage en bassin'],
      en: ['dry dock', 'drydock', 'dry-docking', 'graving dock', 'floating dock', 'ship lift', 'slipway', 'naval base', 'naval dockyard', 'port infrastructure', 'harbour equipment', 'port facilities', 'dockyard', 'submarine base', 'shiplift', 'naval port'],
    },
    cpv: ['50246100', '50246000', '34515000'],
    related: ['ship-repair', 'naval'],
  },
  {
    id: 'boat',
    terms: {
      fr: ['bateau', 'embarcation', 'vedette', 'semi-rigide', 'embarcation pneumatique', 'remorqueur', 'navire de servitude', 'embarcation commando', 'bateau rapide', 'pilotine', 'bateau de travail', 'vedette rapide', 'construction de vedettes', 'barge', 'embarcation rapide'],
      en: ['boat', 'rigid inflatable boat', 'rigid-hulled inflatable boat', 'workboat', 'tug', 'tugboat', 'harbour craft', 'fast boat', 'interceptor boat', 'special boat', 'utility boat', 'fast patrol boat', 'boat building'],
    },
    acronyms: ['RHIB', 'ETRACO'],
    cpv: ['34520000', '34521000'],
    related: ['maritime'],
  },
  {
    id: 'ship-signature',
    terms: {
      fr: ['signature acoustique', 'signature des navires', 'discrétion acoustique', 'furtivité', 'signature magnétique', 'signature radar', 'signature infrarouge', 'immunisation magnétique', 'démagnétisation', 'surface équivalente radar', 'gestion des signatures', 'mesure de signature', 'mesures de signature acoustique', 'mesure de bruit rayonné', 'discrétion des navires', 'signature électromagnétique'],
      en: ['ship signature', 'signature management', 'acoustic signature', 'stealth', 'magnetic signature', 'radar signature', 'infrared signature', 'degaussing', 'radar cross section', 'low observability', 'signature measurement', 'acoustic signature measurement', 'noise ranging'],
    },
    acronyms: ['RCS', 'SER'],
    cpv: ['73434000', '73424000'],
    related: ['warship'],
  },
  {
    id: 'maritime-surveillance',
    terms: {
      fr: ['surveillance maritime', 'sûreté maritime', "action de l'État en mer", 'surveillance des approches maritimes', 'sémaphore', 'surveillance côtière', 'sécurité maritime', 'surveillance des espaces maritimes', 'surveillance du trafic maritime', 'système de surveillance maritime', 'surveillance des pêches', 'police des pêches', 'contrôle des pêches', 'surveillance de la ZEE', 'sauvegarde maritime', 'centre de surveillance maritime', 'surveillance des approches'],
      en: ['maritime surveillance', 'maritime domain awareness', 'maritime security', 'coastal surveillance', 'maritime situational awareness', 'vessel tracking', 'vessel monitoring', 'vessel traffic service', 'maritime surveillance system', 'coast guard surveillance', 'fisheries monitoring'],
    },
    acronyms: ['AEM', 'MDA', 'VTS'],
    cpv: ['35125000', '34521100', '79714000'],
    related: ['maritime', 'isr'],
  },
  {
    id: 'naval-propulsor',
    terms: {
      fr: ["ligne d'arbres", 'hélice marine', 'propulseur', 'pompe-hélice', 'hélice de navire', 'propulseur azimutal', "propulseur d'étrave", 'hydrojet', 'arbre porte-hélice', 'hélice à pas variable', 'pod de propulsion', 'propulsion par pod', "tube d'étambot"],
      en: ['shaft line', 'propeller', 'thruster', 'pump-jet', 'waterjet', 'ship propeller', 'marine propeller', 'azimuth thruster', 'bow thruster', 'propeller shaft', 'shafting', 'controllable pitch propeller', 'podded propulsion', 'stern tube'],
    },
    acronyms: ['CPP'],
    cpv: ['35521100', '35520000'],
    related: ['naval-propulsion'],
  },
  {
    id: 'ship-dismantling',
    terms: {
      fr: ['déconstruction de navires', 'démantèlement de navires', 'déconstruction navale', 'démantèlement naval', 'recyclage de navires', 'déconstruction de coques', 'démantèlement de sous-marins', 'démantèlement de bâtiments de guerre', 'désarmement de navires'],
      en: ['ship dismantling', 'ship recycling', 'ship breaking', 'shipbreaking', 'ship decommissioning', 'vessel decommissioning', 'submarine dismantling', 'warship dismantling', 'hull dismantling'],
    },
    cpv: ['50240000', '50241000'],
    related: ['ship-repair'],
  },
];
