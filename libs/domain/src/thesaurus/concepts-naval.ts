import type { ThesaurusConcept } from './thesaurus.types';

/** Naval platforms, shipbuilding and naval through-life support (MCO). */
// prettier-ignore
export const NAVAL_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'naval',
    terms: {
      fr: ['naval', 'navale', 'marine', 'défense navale', 'industrie navale', 'secteur naval', 'Marine nationale', 'marine militaire', 'forces navales', 'systèmes navals', 'domaine naval'],
      en: ['naval defence', 'naval defense', 'naval industry', 'navy', 'French Navy', 'naval forces', 'naval systems', 'maritime defence', 'naval sector'],
    },
    cpv: ['35500000'],
  },
  {
    id: 'maritime',
    terms: {
      fr: ['maritime', 'milieu marin', 'domaine maritime', 'équipement marin', 'équipement de marine', 'navire', 'bâtiment de mer', 'navire de commerce', 'navire civil'],
      en: ['marine equipment', 'maritime sector', 'offshore', 'seagoing', 'maritime industry', 'ship', 'vessel', 'merchant ship', 'seagoing vessel'],
    },
    cpv: ['34930000', '34510000', '34500000'],
    related: ['naval'],
  },
  {
    id: 'warship',
    terms: {
      fr: ['navire de guerre', 'navire militaire', 'bâtiment de guerre', 'bâtiment de combat', 'bâtiment de surface', 'bâtiment militaire', 'unité navale', 'plateforme navale', 'navire armé', 'bâtiment de la Marine'],
      en: ['warship', 'naval vessel', 'naval ship', 'military vessel', 'combat ship', 'surface combatant', 'surface ship', 'naval platform', 'military ship'],
    },
    cpv: ['35510000', '35511000', '35500000'],
    related: ['naval'],
  },
  {
    id: 'frigate',
    terms: {
      fr: ['frégate', "frégate de défense et d'intervention", 'frégate multimissions', 'frégate de défense aérienne', 'frégate de taille intermédiaire', 'frégate furtive', 'croiseur'],
      en: ['frigate', 'defence and intervention frigate', 'multi-mission frigate', 'air defence frigate', 'destroyer', 'cruiser', 'stealth frigate'],
    },
    acronyms: ['FDI', 'FREMM', 'FTI', 'FREMM-DA'],
    cpv: ['35511200', '35511000'],
    related: ['warship'],
  },
  {
    id: 'patrol-vessel',
    terms: {
      fr: ['patrouilleur', 'patrouilleur hauturier', 'patrouilleur océanique', 'patrouilleur outre-mer', 'corvette', 'aviso', 'vedette de surveillance', 'patrouilleur côtier'],
      en: ['patrol vessel', 'offshore patrol vessel', 'patrol boat', 'patrol ship', 'coastal patrol vessel', 'ocean patrol vessel'],
    },
    acronyms: ['OPV', 'POM'],
    cpv: ['35511300', '34511100'],
    related: ['warship'],
  },
  {
    id: 'aircraft-carrier',
    terms: {
      fr: ['porte-avions', 'porte-avions de nouvelle génération', 'groupe aéronaval', 'porte-aéronefs', 'groupe aéronaval embarqué'],
      en: ['aircraft carrier', 'carrier strike group', 'next-generation aircraft carrier', 'supercarrier'],
    },
    acronyms: ['PA-NG', 'PANG'],
    cpv: ['35511100'],
    related: ['warship', 'naval-aviation'],
  },
  {
    id: 'amphibious-ship',
    terms: {
      fr: ['porte-hélicoptères amphibie', 'bâtiment amphibie', 'navire amphibie', 'engin de débarquement', 'chaland de débarquement', 'bâtiment de projection et de commandement', 'opérations amphibies'],
      en: ['amphibious ship', 'amphibious assault ship', 'landing craft', 'landing ship', 'amphibious vessel', 'landing helicopter dock', 'amphibious operations'],
    },
    acronyms: ['PHA', 'LHD', 'BPC', 'EDA-R'],
    cpv: ['35511400'],
    related: ['warship'],
  },
  {
    id: 'naval-auxiliary',
    terms: {
      fr: ['bâtiment ravitailleur', 'ravitailleur', 'pétrolier ravitailleur', 'navire auxiliaire', 'bâtiment de soutien', 'navire logistique', "bâtiment de soutien et d'assistance", "bâtiment de soutien et d'assistance outre-mer"],
      en: ['replenishment ship', 'fleet tanker', 'auxiliary ship', 'support ship', 'replenishment oiler', 'hospital ship', 'logistic support ship', 'fleet replenishment'],
    },
    acronyms: ['BRF', 'BSAOM', 'BSAM'],
    cpv: ['35513400', '35513000'],
    related: ['warship'],
  },
  {
    id: 'submarine',
    terms: {
      fr: ['sous-marin', 'submersible', 'sous-marin nucléaire', 'flotte sous-marine', 'forces sous-marines', 'force sous-marine'],
      en: ['submarine', 'submarine fleet', 'submarine force', 'nuclear submarine', 'nuclear-powered submarine'],
    },
    cpv: ['35512000'],
    related: ['naval'],
  },
  {
    id: 'ssbn',
    terms: {
      fr: ["sous-marin nucléaire lanceur d'engins", "sous-marin lanceur d'engins", 'SNLE de troisième génération', 'SNLE 3G', 'force océanique stratégique', 'dissuasion océanique', 'sous-marin stratégique', 'SNLE de nouvelle génération'],
      en: ['ballistic missile submarine', 'strategic submarine', 'nuclear ballistic missile submarine', 'third-generation SSBN', 'strategic nuclear submarine', 'sea-based deterrent'],
    },
    acronyms: ['SNLE', 'SSBN', 'SNLE-NG', 'FOST', 'SNLE3G'],
    cpv: ['35512100', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'ssn',
    terms: {
      fr: ["sous-marin nucléaire d'attaque", "sous-marin d'attaque", 'Barracuda', 'programme Barracuda', 'classe Suffren'],
      en: ['nuclear attack submarine', 'attack submarine', 'hunter-killer submarine', 'Barracuda class', 'Suffren class', 'fast attack submarine'],
    },
    acronyms: ['SNA', 'SSN'],
    cpv: ['35512200', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'ssk',
    terms: {
      fr: ['sous-marin conventionnel', 'sous-marin diesel-électrique', 'sous-marin à propulsion classique', 'sous-marin anaérobie', 'Scorpène', 'propulsion anaérobie'],
      en: ['conventional submarine', 'diesel-electric submarine', 'diesel submarine', 'air-independent propulsion'],
    },
    acronyms: ['SSK', 'AIP'],
    cpv: ['35512300', '35512000'],
    related: ['submarine'],
  },
  {
    id: 'shipbuilding',
    terms: {
      fr: ['construction navale', 'chantier naval', 'constructeur naval', 'industriel naval', 'intégration navale', 'construction de navires', 'sous-traitant naval', "maître d'œuvre naval"],
      en: ['shipbuilding', 'shipyard', 'shipbuilder', 'ship construction', 'naval construction', 'naval shipyard', 'naval shipbuilding', 'naval prime contractor'],
    },
    cpv: ['35510000', '34510000', '73424000'],
    related: ['naval'],
  },
  {
    id: 'hull',
    terms: {
      fr: ['coque', 'structure de coque', 'bloc de coque', 'tronçon de coque', 'superstructure', 'tôlerie navale', 'coque épaisse', 'structure navale', 'emménagements', 'aménagement de navires'],
      en: ['hull', 'hull structure', 'hull block', 'hull section', 'pressure hull', 'ship structure', 'hull outfitting', 'ship outfitting', 'accommodation outfitting'],
    },
    cpv: ['35521000', '35520000'],
    related: ['shipbuilding'],
  },
  {
    id: 'naval-propulsion',
    terms: {
      fr: ['propulsion navale', 'propulsion marine', 'moteur marin', 'moteur diesel marin', "ligne d'arbres", 'hélice marine', 'propulseur', 'réducteur marin', 'turbine à gaz', 'moteur diesel', 'propulsion électrique', 'appareil propulsif', 'pompe-hélice'],
      en: ['naval propulsion', 'marine propulsion', 'marine engine', 'marine diesel engine', 'shaft line', 'propeller', 'thruster', 'marine gearbox', 'gas turbine', 'diesel engine', 'electric propulsion', 'pump-jet', 'propulsion system'],
    },
    cpv: ['35521100', '35520000'],
    related: ['warship'],
  },
  {
    id: 'nuclear-propulsion',
    terms: {
      fr: ['propulsion nucléaire', 'chaufferie nucléaire', 'réacteur nucléaire embarqué', 'chaufferie embarquée', 'propulsion nucléaire navale', 'réacteur naval'],
      en: ['nuclear propulsion', 'naval nuclear propulsion', 'naval reactor', 'marine nuclear reactor', 'nuclear steam supply system'],
    },
    cpv: ['35521100', '35512000'],
    related: ['naval-propulsion', 'submarine'],
  },
  {
    id: 'naval-combat-system',
    terms: {
      fr: ['système de combat naval', 'système de combat', 'système de gestion de combat', "systèmes d'armes navals", 'conduite de tir', 'direction de tir', 'système de combat des navires', 'intégration du système de combat'],
      en: ['combat management system', 'naval combat system', 'combat system', 'fire control system', 'fire control', 'naval weapon system', 'combat system integration'],
    },
    acronyms: ['SETIS', 'SYCOBS'],
    cpv: ['35522000', '35710000', '35700000'],
    related: ['warship', 'c2'],
  },
  {
    id: 'shipboard-systems',
    terms: {
      fr: ['électricité de bord', 'réseau électrique de bord', 'production électrique de bord', 'distribution électrique de bord', 'électricité navale', 'tableau électrique marin', 'énergie de bord', 'conduite plateforme', 'système de conduite de plateforme', 'contrôle-commande de plateforme', 'automatisation navale', 'sécurité plateforme', 'conduite des installations'],
      en: ['shipboard power', 'ship electrical system', 'marine electrical', 'shipboard electrical distribution', 'integrated power system', 'onboard power', 'ship power generation', 'integrated platform management system', 'platform management system', 'ship automation', 'machinery control system', 'damage control', 'platform management'],
    },
    acronyms: ['IPMS'],
    cpv: ['35522000', '31200000', '48151000'],
    related: ['warship', 'electrical-engineering', 'industrial-automation'],
  },
  {
    id: 'deck-equipment',
    terms: {
      fr: ['équipement de pont', 'apparaux', 'treuil', 'grue de bord', 'bossoir', 'manutention embarquée', "système de mise à l'eau et de récupération", 'apparaux de mouillage'],
      en: ['deck equipment', 'deck machinery', 'winch', 'davit', 'launch and recovery system', 'shipboard crane', 'mooring equipment', 'marine crane'],
    },
    acronyms: ['LARS'],
    cpv: ['34930000', '35521000'],
    related: ['maritime'],
  },
  {
    id: 'naval-navigation',
    terms: {
      fr: ['navigation maritime', 'système de navigation', 'centrale inertielle', 'centrale de navigation', 'navigation inertielle', 'gyrocompas', 'passerelle intégrée', 'cartographie électronique', 'aide à la navigation'],
      en: ['navigation system', 'inertial navigation', 'inertial navigation system', 'inertial measurement unit', 'gyrocompass', 'integrated bridge system', 'electronic chart', 'navigation equipment', 'marine navigation', 'navigation aid'],
    },
    acronyms: ['INS', 'IMU', 'ECDIS', 'AIS'],
    cpv: ['34933000', '38110000', '38100000'],
    related: ['maritime'],
  },
  {
    id: 'naval-mco',
    terms: {
      fr: ['MCO naval', 'maintenance navale', 'maintien en condition opérationnelle des navires', 'MCO des navires', 'MCO des bâtiments', 'entretien des navires', 'entretien de la flotte', 'arrêt technique', 'indisponibilité périodique pour entretien et réparations', 'soutien des navires', 'maintenance des sous-marins', 'soutien de la flotte', 'maintenance des navires'],
      en: ['naval maintenance', 'ship maintenance', 'warship maintenance', 'maintenance of warships', 'naval through-life support', 'naval in-service support', 'fleet support', 'ship support', 'submarine maintenance', 'maintenance period', 'fleet maintenance', 'naval MRO'],
    },
    acronyms: ['IPER', 'SSF'],
    cpv: ['50640000', '50241000', '50245000'],
    related: ['mco', 'warship', 'ship-repair'],
  },
  {
    id: 'ship-repair',
    terms: {
      fr: ['réparation navale', 'réparation de navires', 'chantier de réparation navale', 'remise en état de navires', 'carénage', 'réparation de coque', 'refonte', 'modernisation navale', 'rénovation à mi-vie', 'conversion de navire', 'refonte à mi-vie', 'modernisation des navires', 'refonte des frégates'],
      en: ['ship repair', 'naval repair', 'vessel repair', 'ship repair yard', 'ship refurbishment', 'hull repair', 'mid-life upgrade', 'midlife update', 'ship modernisation', 'ship modernization', 'ship conversion', 'naval retrofit', 'refit', 'ship upgrade'],
    },
    cpv: ['50241100', '50241000', '50245000', '50244000', '50242000'],
    related: ['naval-mco'],
  },
  {
    id: 'dry-dock',
    terms: {
      fr: ['cale sèche', 'bassin de radoub', 'forme de radoub', 'dock flottant', 'élévateur à navires', 'bassin de carénage', 'base navale', 'port militaire', 'infrastructure portuaire', 'équipement portuaire', 'arsenal', 'installations portuaires', 'base de sous-marins'],
      en: ['dry dock', 'drydock', 'dry-docking', 'graving dock', 'floating dock', 'ship lift', 'slipway', 'naval base', 'naval dockyard', 'port infrastructure', 'harbour equipment', 'port facilities', 'dockyard', 'submarine base'],
    },
    cpv: ['50246100', '50246000', '34515000'],
    related: ['ship-repair', 'naval'],
  },
  {
    id: 'boat',
    terms: {
      fr: ['bateau', 'embarcation', 'vedette', 'semi-rigide', 'embarcation pneumatique', 'remorqueur', 'navire de servitude', 'embarcation commando', 'bateau rapide', 'pilotine'],
      en: ['boat', 'rigid inflatable boat', 'rigid-hulled inflatable boat', 'workboat', 'tug', 'tugboat', 'harbour craft', 'fast boat', 'interceptor boat', 'special boat'],
    },
    acronyms: ['RHIB', 'ETRACO'],
    cpv: ['34520000', '34521000'],
    related: ['maritime'],
  },
  {
    id: 'ship-signature',
    terms: {
      fr: ['signature acoustique', 'signature des navires', 'discrétion acoustique', 'furtivité', 'signature magnétique', 'signature radar', 'signature infrarouge', 'immunisation magnétique', 'démagnétisation', 'surface équivalente radar', 'gestion des signatures'],
      en: ['ship signature', 'signature management', 'acoustic signature', 'stealth', 'magnetic signature', 'radar signature', 'infrared signature', 'degaussing', 'radar cross section', 'low observability', 'acoustic stealth'],
    },
    acronyms: ['RCS', 'SER'],
    cpv: ['73434000', '73424000'],
    related: ['warship'],
  },
  {
    id: 'maritime-surveillance',
    terms: {
      fr: ['surveillance maritime', 'sûreté maritime', "action de l'État en mer", 'surveillance des approches maritimes', 'sémaphore', 'surveillance côtière', 'sécurité maritime', 'surveillance des espaces maritimes'],
      en: ['maritime surveillance', 'maritime domain awareness', 'maritime security', 'coastal surveillance', 'maritime situational awareness', 'vessel tracking', 'vessel monitoring'],
    },
    acronyms: ['AEM', 'MDA'],
    cpv: ['35125000', '34521100', '79714000'],
    related: ['maritime', 'isr'],
  },
];
