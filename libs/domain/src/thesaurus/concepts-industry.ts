import type { ThesaurusConcept } from './thesaurus.types';

/**
 * Materials and manufacturing, industrial automation, logistics, maintenance and through-life support.
 * Where CPV has no code for a manufacturing service, the concept takes the nearest product or
 * machinery code (industrial machinery, structures and parts, basic metals). The bare words of an
 * activity (fabrication, maintenance, MCO) and of a raw material (acier, titane, caoutchouc) are
 * qualifiers: they refine the capability named beside them.
 */
// prettier-ignore
export const INDUSTRY_CONCEPTS: ReadonlyArray<ThesaurusConcept> = [
  {
    id: 'manufacturing',
    role: 'qualifier',
    terms: {
      fr: ['fabrication', 'production industrielle', 'industrialisation', 'sous-traitance industrielle', 'sous-traitance', 'usine', 'atelier de production', 'fabrication en série', 'petite série', 'fabricant', 'sous-traitant', 'production de pièces', 'fabrication de pièces', 'fabrication sur plan', 'sous-traitance mécanique', 'fabrication industrielle', 'production en série', 'fabrication à façon', 'façonnier', 'production à façon', 'fabrication unitaire', 'fabrication sur mesure', 'réalisation sur plan', 'site de production', 'unité de production', 'outil industriel', 'capacité de production', 'moyens industriels', 'montée en cadence', 'fournisseur de rang 1', 'sous-traitant de rang 2'],
      en: ['manufacturing', 'production', 'industrialization', 'subcontracting', 'contract manufacturing', 'factory', 'manufacturer', 'subcontractor', 'series production', 'small batch production', 'parts manufacturing', 'build-to-print', 'manufacturing services', 'manufacturing plant', 'manufacturing subcontractor', 'contract manufacturer', 'build-to-spec', 'made to order', 'custom manufacturing', 'low-volume production', 'low volume manufacturing', 'high-volume production', 'volume production', 'mass production', 'production facility', 'production site', 'manufacturing facility', 'manufacturing capacity', 'production ramp-up'],
    },
    cpv: ['42000000', '44210000'],
  },
  {
    id: 'machining',
    terms: {
      fr: ['usinage', 'commande numérique', 'fraisage', 'tournage', 'décolletage', 'rectification', "centre d'usinage", 'mécanique de précision', 'pièces usinées', 'mécanique générale', 'électroérosion', 'pièces mécaniques', 'électroérosion à fil', 'tournage CN', 'usinage CN', 'fraiseur', 'tourneur', 'tourneur-fraiseur', 'décolleteur', 'pièces tournées', 'pièces fraisées', 'pièces décolletées', 'alésage', 'perçage', 'taraudage', 'brochage', 'mécanicien de précision'],
      en: ['machining', 'CNC machining', 'milling', 'grinding', 'machining centre', 'machining center', 'precision mechanics', 'machined parts', 'precision engineering', 'mechanical parts', 'mechanical components', 'CNC turning', 'electrical discharge machining', 'wire EDM', 'bar turning', 'turned parts', 'milled parts', 'machine shop', 'broaching', 'honing', 'lapping', 'gear cutting', 'gear hobbing', 'Swiss-type turning', 'machinist', 'toolroom', 'precision components', 'precision parts', 'high-precision parts'],
    },
    acronyms: ['CNC', 'EDM'],
    cpv: ['42612000', '42632000', '42610000'],
    related: ['manufacturing'],
  },
  {
    id: 'sheet-metal',
    terms: {
      fr: ['chaudronnerie', 'tôlerie', 'tôlerie fine', 'chaudronnier', 'découpe laser', 'pliage', 'mécano-soudure', 'structure métallique', 'charpente métallique', 'construction métallique', "découpe jet d'eau", 'serrurerie industrielle', 'tôlerie industrielle', 'chaudronnerie inox', 'chaudronnerie industrielle', 'découpe plasma', 'poinçonnage', 'tôlier', 'cintrage', 'formage de tôles', 'mécanosoudure', 'ensembles mécano-soudés', 'structures mécano-soudées', 'pièces mécano-soudées', 'bâti mécano-soudé', 'ossature métallique', 'métallerie', 'métallier', 'charpentier métallique', 'travail des métaux', 'transformation des métaux', 'travail de la tôle'],
      en: ['sheet metal', 'sheet metal work', 'boilermaking', 'metal fabrication', 'laser cutting', 'metal bending', 'metal structures', 'steel structures', 'steelwork', 'waterjet cutting', 'welded structures', 'plasma cutting', 'metal forming', 'metalworking', 'sheetmetal', 'metalwork', 'plate work', 'plate fabrication', 'steel fabrication', 'structural steel', 'fabricated metal parts', 'welded frames', 'weldment', 'metal enclosures', 'metal cabinets', 'tube bending', 'pipe bending', 'press brake'],
    },
    cpv: ['44210000', '42630000', '44200000'],
    related: ['manufacturing'],
  },
  {
    id: 'welding',
    terms: {
      fr: ['soudage', 'soudure', 'soudeur', 'soudage orbital', 'soudage laser', 'soudage TIG', 'soudage MIG', 'brasage', 'soudage par friction', 'assemblage soudé', 'qualification de soudeurs', "soudage à l'arc", 'soudage par résistance', 'soudage par points', "soudage par faisceau d'électrons", 'ensembles soudés', 'constructions soudées', 'soudage MAG', 'soudage semi-automatique', 'soudage automatique', 'soudage robotisé', 'soudage manuel', "soudage à l'électrode enrobée", 'soudage plasma', "soudage de l'aluminium", 'soudage inox', 'soudage de tuyauterie', 'brasure'],
      en: ['welding', 'welder', 'weld', 'laser welding', 'orbital welding', 'friction stir welding', 'brazing', 'TIG welding', 'MIG welding', 'welding qualification', 'structural welding', 'arc welding', 'resistance welding', 'spot welding', 'electron beam welding', 'welded assembly', 'MAG welding', 'GMAW', 'GTAW', 'SMAW', 'FCAW', 'stick welding', 'automated welding', 'plasma welding', 'ultrasonic welding', 'certified welder', 'coded welder', 'welding procedure specification', 'WPS'],
    },
    cpv: ['42630000', '44210000'],
    related: ['sheet-metal'],
  },
  {
    id: 'additive-manufacturing',
    terms: {
      fr: ['fabrication additive', 'impression 3D', 'imprimante 3D', 'impression métal', 'fusion laser sur lit de poudre', 'frittage laser', 'fabrication additive métallique', 'fabrication additive polymère', 'dépôt de fil fondu', 'stéréolithographie', 'impression additive', 'fabrication par couches', 'fabrication couche par couche', "fusion par faisceau d'électrons", 'projection de poudre', 'dépôt de fil par arc', 'jet de liant', 'frittage de poudre', 'poudres métalliques'],
      en: ['additive manufacturing', '3D printing', '3D printer', 'metal 3D printing', 'laser powder bed fusion', 'selective laser melting', 'directed energy deposition', 'metal additive manufacturing', 'selective laser sintering', 'additive manufacturing services', 'electron beam melting', 'binder jetting', 'stereolithography', 'fused deposition modeling', 'powder bed fusion', 'PBF', 'DMLS', 'LMD', 'multi jet fusion', 'MJF', 'fused filament fabrication', '3D printed parts', 'additively manufactured', 'additive layer manufacturing', 'ALM'],
    },
    acronyms: ['SLM', 'LPBF', 'DED', 'WAAM', 'EBM', 'FDM'],
    cpv: ['42610000', '42600000'],
    related: ['manufacturing'],
  },
  {
    id: 'composites',
    terms: {
      fr: ['composite', 'matériaux composites', 'fibre de carbone', 'résine', 'préimprégné', 'stratification', 'drapage', 'infusion de résine', 'fibre de verre', 'pièces composites', 'structure composite', 'fibre aramide', 'autoclave', 'enroulement filamentaire', 'réparation composite', 'stratifié', 'stratifieur', 'moulage au contact', 'moulage sous vide', 'RTM', 'moulage par transfert de résine', 'structures sandwich', 'panneaux sandwich', 'Kevlar', 'aramide', 'fibre de basalte', 'thermoplastiques renforcés', 'polymères renforcés de fibres', 'plastique renforcé de fibres de verre'],
      en: ['composite materials', 'carbon fibre', 'carbon fiber', 'composite structures', 'prepreg', 'fiberglass', 'fibreglass', 'glass fibre', 'resin infusion', 'composite parts', 'lay-up', 'composite manufacturing', 'naval composites', 'aramid fibre', 'filament winding', 'composite repair', 'CFRP', 'GFRP', 'FRP', 'carbon fibre reinforced polymer', 'carbon fiber reinforced plastic', 'glass fibre reinforced plastic', 'fibre-reinforced polymer', 'fiber-reinforced polymer', 'GRP', 'resin transfer moulding', 'resin transfer molding', 'vacuum bagging', 'vacuum infusion', 'honeycomb sandwich'],
    },
    cpv: ['44210000'],
    related: ['materials'],
  },
  {
    id: 'materials',
    terms: {
      fr: ['matériaux', 'science des matériaux', 'matériaux avancés', 'métallurgie', 'caractérisation des matériaux', 'ingénierie des matériaux', 'nouveaux matériaux', 'matériaux innovants', 'matériaux fonctionnels', 'métamatériaux', 'matériaux intelligents', 'matériaux de défense', 'matériaux haute performance', 'céramique technique', 'recherche sur les matériaux', 'caractérisation mécanique', 'R&D matériaux', 'développement de matériaux', 'formulation de matériaux', 'matériaux techniques', 'matériaux stratégiques', 'matériaux critiques', 'nanomatériaux', 'matériaux architecturés', 'matériaux multifonctionnels', 'céramiques avancées', 'verres techniques', 'matériaux biosourcés', 'tribologie', 'caractérisation physico-chimique', 'ingénieur matériaux'],
      en: ['materials', 'advanced materials', 'materials science', 'metallurgy', 'materials characterisation', 'materials engineering', 'materials characterization', 'new materials', 'innovative materials', 'metamaterials', 'smart materials', 'high-performance materials', 'advanced ceramics', 'materials research', 'materials science and engineering', 'materials development', 'materials R&D', 'materials selection', 'lightweight materials', 'lightweighting', 'nanomaterials', 'critical raw materials', 'tribology', 'powder metallurgy', 'materials ageing', 'materials aging', 'materials durability', 'bio-based materials', 'functional materials'],
    },
    cpv: ['73400000', '71632000', '73110000'],
    related: ['defence-rnt', 'composites'],
  },
  {
    id: 'metals',
    role: 'qualifier',
    terms: {
      fr: ['alliage', 'acier', 'aluminium', 'titane', 'métaux', 'acier inoxydable', 'inox', 'alliage de titane', "alliage d'aluminium", 'superalliage', 'cuivre', 'laiton', 'bronze', 'tôle', 'métal', 'nickel', 'tungstène', 'acier au carbone', 'acier allié', 'aciers spéciaux', 'acier haute résistance', 'magnésium', 'alliage de magnésium', 'alliages légers', 'zinc', 'cobalt', 'molybdène', 'zirconium', 'métaux précieux', 'métaux non ferreux', 'métaux ferreux', 'acier duplex'],
      en: ['alloy', 'metals', 'steel', 'titanium', 'aluminium', 'aluminum', 'stainless steel', 'titanium alloy', 'aluminium alloy', 'superalloy', 'copper', 'brass', 'metal', 'Inconel', 'tungsten', 'carbon steel', 'alloy steel', 'high-strength steel', 'tool steel', 'cast iron', 'nickel alloy', 'nickel-based alloy', 'non-ferrous metals', 'ferrous metals', 'precious metals', 'Hastelloy', 'copper-nickel', 'light alloys', 'maraging steel'],
    },
    cpv: ['14700000'],
    related: ['materials'],
  },
  {
    id: 'polymers',
    role: 'qualifier',
    terms: {
      fr: ['polymère', 'élastomère', 'caoutchouc', 'silicone', 'mousse technique', 'matière plastique', 'thermoplastique', 'céramique', 'polyuréthane', 'polyamide', 'polycarbonate', 'plastique technique', 'résine époxy', 'plastique', 'polyéthylène', 'polypropylène', 'PVC', 'PEHD', 'nylon', 'PMMA', 'plexiglas', 'néoprène', 'EPDM', 'nitrile', 'fluoropolymère', 'Viton', 'thermodurcissable', 'polyester', 'vinylester', 'polyimide'],
      en: ['polymer', 'elastomer', 'rubber', 'silicone', 'technical foam', 'plastic material', 'thermoplastic', 'ceramics', 'polyurethane', 'polyamide', 'engineering plastics', 'epoxy', 'HDPE', 'UHMWPE', 'acrylic', 'nitrile rubber', 'fluoropolymer', 'thermoset', 'technical plastics', 'high-performance polymers'],
    },
    acronyms: ['PEEK', 'PTFE'],
    cpv: ['19000000'],
    related: ['materials'],
  },
  {
    id: 'surface-treatment',
    terms: {
      fr: ['traitement de surface', 'revêtement', 'anodisation', 'galvanisation', 'cataphorèse', 'grenaillage', 'sablage', 'métallisation', 'chromage', 'zingage', 'passivation', 'nickelage', 'électrodéposition', 'projection thermique', 'dépôt PVD', 'grenaillage de précontrainte', 'finition de surface', 'oxydation anodique', 'chromatation', 'phosphatation', 'décapage', 'dégraissage', 'polissage', 'électropolissage', 'tribofinition', 'microbillage', 'nickel chimique', 'argenture', 'dorure', 'étamage', 'cadmiage'],
      en: ['surface treatment', 'surface finishing', 'coating', 'anodising', 'anodizing', 'galvanising', 'galvanizing', 'shot blasting', 'sandblasting', 'plating', 'electroplating', 'thermal spray', 'PVD coating', 'shot peening', 'conversion coating', 'surface engineering', 'surface preparation', 'metal finishing', 'phosphating', 'chemical conversion', 'electroless nickel', 'electropolishing', 'polishing', 'vibratory finishing', 'deburring', 'bead blasting', 'grit blasting', 'abrasive blasting', 'degreasing'],
    },
    cpv: ['71337000'],
    related: ['corrosion'],
  },
  {
    id: 'industrial-painting',
    terms: {
      fr: ['peinture industrielle', 'peinture', 'thermolaquage', 'peinture navale', 'peinture poudre', 'peinture liquide', 'laquage', 'mise en peinture', 'peinture aéronautique', 'peinture époxy', 'cabine de peinture', 'peintre industriel', 'application de peinture', 'peinture anticorrosion', 'laqueur', 'poudrage', 'revêtement poudre', 'peinture électrostatique', 'application de revêtements', 'revêtements de protection', 'peintre aéronautique', 'décapage de peinture', 'sérigraphie industrielle', 'tampographie', 'marquage industriel', 'vernissage', 'peinture militaire', 'peinture de navires', 'marquage de pièces'],
      en: ['painting', 'paint', 'powder coating', 'marine coating', 'industrial painting', 'spray painting', 'aircraft painting', 'paint shop', 'wet painting', 'marine paint', 'military paint', 'camouflage paint', 'protective coatings', 'coating application', 'coating services', 'industrial coatings', 'powder coat', 'e-coating', 'electrocoating', 'electrostatic painting', 'paint stripping', 'paint removal', 'livery painting', 'ship painting', 'naval painting', 'industrial painter', 'varnishing', 'lacquering', 'pad printing'],
    },
    acronyms: ['CARC'],
    cpv: ['71337000'],
    related: ['surface-treatment', 'corrosion'],
  },
  {
    id: 'heat-treatment',
    terms: {
      fr: ['traitement thermique', 'trempe', 'nitruration', 'cémentation', 'recuit', 'traitement thermique sous vide', 'traitements thermochimiques', 'trempe par induction', 'détensionnement', 'durcissement superficiel', 'mise en solution', 'durcissement structural', 'carbonitruration', 'nitrocarburation', 'boruration', 'traitement cryogénique', 'four de traitement thermique', 'fours industriels', 'four sous vide', 'relaxation des contraintes', 'compression isostatique à chaud', 'CIC', 'trempe superficielle'],
      en: ['heat treatment', 'nitriding', 'carburizing', 'carburising', 'annealing', 'stress relieving', 'induction hardening', 'vacuum heat treatment', 'quenching', 'case hardening', 'heat treating', 'through hardening', 'tempering', 'normalizing', 'normalising', 'solution treatment', 'age hardening', 'precipitation hardening', 'carbonitriding', 'nitrocarburizing', 'nitrocarburising', 'cryogenic treatment', 'vacuum furnace', 'industrial furnace', 'hot isostatic pressing', 'stress relief', 'surface hardening', 'heat treat'],
    },
    cpv: ['71337000', '44210000'],
    related: ['surface-treatment', 'metals'],
  },
  {
    id: 'forming',
    terms: {
      fr: ['fonderie', 'forge', 'forgeage', 'moulage', 'pièce de fonderie', 'pièces moulées', 'fonderie sous pression', 'matriçage', 'pièces forgées', 'fonderie aluminium', 'fonderie à cire perdue', 'moulage au sable', 'emboutissage', 'estampage', 'frappe à froid', 'pièces de fonte', 'moulage sous pression', 'pièces estampées', 'découpage-emboutissage', 'repoussage', 'fluotournage', 'hydroformage', 'formage des métaux', 'formage à froid', 'formage à chaud', 'frappe à chaud', 'laminage', 'tréfilage', 'extrusion aluminium', 'profilés aluminium', 'profilés extrudés', 'fonderie de précision'],
      en: ['foundry', 'casting', 'forging', 'die casting', 'investment casting', 'sand casting', 'forged parts', 'aluminium casting', 'metal casting', 'cast parts', 'deep drawing', 'metal stamping', 'cold forging', 'castings', 'stampings', 'pressed parts', 'press work', 'metal pressing', 'metal spinning', 'flow forming', 'hydroforming', 'hot forging', 'closed die forging', 'open die forging', 'precision casting', 'lost wax casting', 'permanent mould casting', 'gravity casting'],
    },
    cpv: ['44210000', '14700000', '19000000'],
    related: ['manufacturing'],
  },
  {
    id: 'plastics-processing',
    terms: {
      fr: ['plasturgie', 'injection plastique', 'moulage plastique', 'pièces plastiques', 'thermoformage', 'extrusion', 'moulage par injection', 'rotomoulage', 'surmoulage', 'moule d’injection', 'transformation des plastiques', 'injection thermoplastique', 'plasturgiste', 'soufflage', 'extrusion-soufflage', 'injection caoutchouc', 'moulage caoutchouc', 'pièces caoutchouc', 'transformation du caoutchouc', 'pièces en élastomère', 'injection élastomère', 'bi-injection', 'injection bi-matière', 'calandrage', 'pièces plastiques techniques', 'moulage par compression'],
      en: ['plastics', 'injection moulding', 'injection molding', 'plastic parts', 'thermoforming', 'plastic injection', 'rotational moulding', 'rotational molding', 'overmoulding', 'overmolding', 'injection mould', 'injection mold', 'plastics processing', 'blow moulding', 'plastic moulding', 'plastic molding', 'blow molding', 'rubber moulding', 'rubber molding', 'rubber parts', 'elastomer moulding', 'two-shot moulding', 'insert moulding', 'compression moulding', 'compression molding', 'polymer processing', 'plastic fabrication', 'plastic extrusion', 'mould making', 'mold making'],
    },
    cpv: ['19000000', '44210000'],
    related: ['forming', 'polymers'],
  },
  {
    id: 'assembly',
    terms: {
      fr: ['assemblage', 'montage mécanique', 'intégration mécanique', 'assemblage mécanique', 'sous-ensemble', 'montage de sous-ensembles', 'assemblage final', "intégration d'équipements", 'assemblage de sous-ensembles', 'intégration de sous-ensembles', 'montage et intégration', 'assemblage industriel', 'câblage et assemblage', 'montage final', 'assemblage de précision', 'rivetage', 'intégration mécanique de sous-ensembles', 'assembleur', "assemblage d'ensembles", "montage d'équipements", "sous-traitance d'assemblage", "ligne d'assemblage", 'chaîne de montage', "poste d'assemblage", 'collage structural', 'mise en kit', 'pré-assemblage', 'intégration finale', 'AIT', 'boulonnage'],
      en: ['mechanical assembly', 'assembly', 'sub-assembly', 'final assembly', 'integration and assembly', 'equipment integration', 'assembly line', 'sub-assembly integration', 'box assembly', 'industrial assembly', 'assembly and integration', 'precision assembly', 'riveting', 'assembly services', 'assembler', 'electro-mechanical assembly', 'mechanical integration', 'kitting', 'pre-assembly', 'structural bonding', 'adhesive bonding', 'bolting', 'build and integration', 'AIV'],
    },
    cpv: ['44210000', '42000000'],
    related: ['manufacturing'],
  },
  {
    id: 'tooling-machinery',
    terms: {
      fr: ['outillage', 'machines spéciales', 'équipements industriels', 'robotique industrielle', 'ligne de production', 'moyens de production', 'gabarit', 'outillages spécifiques', 'machine-outil', 'machine spéciale', 'conception de machines spéciales', 'outillage de production', 'outilleur', 'outillage de contrôle', 'machines automatisées', 'outils spéciaux', 'gabarit de contrôle', "montage d'usinage", 'posage', 'montage de soudage', 'équipements de production', 'machine automatique', 'conception de machines', 'construction de machines', 'constructeur de machines spéciales', "biens d'équipement", 'machines industrielles', 'cellule robotisée', 'cobot'],
      en: ['tooling', 'special machines', 'special-purpose machinery', 'industrial equipment', 'industrial robotics', 'production line', 'production equipment', 'jig', 'fixture', 'machine tool', 'industrial machinery', 'special machine design', 'production tooling', 'toolmaker', 'tool making', 'automated machinery', 'jigs and fixtures', 'special tooling', 'tool design', 'machine building', 'machine design', 'custom machinery', 'bespoke machinery', 'automated production line', 'conveyor'],
    },
    cpv: ['42900000', '42600000', '42000000'],
    related: ['manufacturing'],
  },
  {
    id: 'industrial-automation',
    terms: {
      fr: ['automatisme', 'automatisation', 'automate programmable', 'supervision industrielle', 'contrôle-commande', 'informatique industrielle', 'systèmes de contrôle industriels', 'automatisation industrielle', 'pilotage de procédés', 'industrie 4.0', 'usine du futur', 'automatisation de process', 'robotisation industrielle', 'automaticien', 'supervision de procédés', "programmation d'automates", 'régulation industrielle', 'conduite de procédés', "système d'exécution de la production", 'usine intelligente', 'usine numérique', 'internet industriel des objets', 'automatisation de la production', 'automatisation des procédés', 'instrumentation et contrôle', 'TIA Portal', 'contrôle-commande industriel'],
      en: ['industrial automation', 'programmable logic controller', 'process control', 'industrial control system', 'industrial computing', 'automation', 'supervisory control and data acquisition', 'distributed control system', 'industry 4.0', 'smart factory', 'process automation', 'automation engineering', 'manufacturing execution system', 'PLC programming', 'instrumentation and control', 'I&C', 'factory automation', 'manufacturing automation', 'motion control', 'automation systems', 'smart manufacturing', 'connected factory', 'digital factory', 'PLC automation'],
    },
    acronyms: ['SCADA', 'PLC', 'DCS'],
    cpv: ['48151000', '38810000', '48921000'],
    related: ['manufacturing'],
  },
  {
    id: 'fluid-systems',
    terms: {
      fr: ['hydraulique', 'pneumatique', 'vérin', 'système hydraulique', 'circuit hydraulique', 'centrale hydraulique', 'électrohydraulique', 'tuyauterie', 'robinetterie', 'vanne', 'pompe', 'circuits fluides', 'échangeur thermique', 'hydraulique navale', 'flexibles hydrauliques', 'oléohydraulique', 'oléodynamique', 'tuyauteur', 'robinetier', 'électrovanne', 'servovalve', 'compresseur', 'air comprimé', "réseaux d'air comprimé", 'joints toriques', "joints d'étanchéité", 'garnitures mécaniques', 'échangeur de chaleur', 'systèmes fluides', 'réseaux de fluides'],
      en: ['hydraulics', 'pneumatics', 'hydraulic system', 'hydraulic cylinder', 'hydraulic power unit', 'fluid power', 'piping', 'pipework', 'valve', 'pump', 'fluid systems', 'heat exchanger', 'pipe fitting', 'marine hydraulics', 'hydraulic hoses', 'pipe spool', 'solenoid valve', 'compressed air', 'air compressor', 'compressor', 'O-ring', 'mechanical seals', 'gaskets', 'hose assemblies', 'pipe fabrication', 'pipefitter', 'tube fitting', 'tubing', 'fluid handling'],
    },
    cpv: ['42000000'],
    related: ['mechanical-engineering'],
  },
  {
    id: 'logistics',
    terms: {
      fr: ['logistique', 'chaîne logistique', "chaîne d'approvisionnement", 'gestion des stocks', 'entreposage', 'transport', 'magasinage', 'emballage', 'logistique militaire', 'supply chain', 'gestion des flux', 'logistique de défense', 'transport de matériels', 'caisserie', 'transitaire', 'prestataire logistique', 'logisticien', 'prestations logistiques', 'entrepôt', 'plateforme logistique', "gestion d'entrepôt", 'préparation de commandes', 'transport routier', 'transport de marchandises', 'fret', 'affrètement', 'transport maritime', 'transport de matières dangereuses', 'transport exceptionnel', 'convoi exceptionnel', 'déménagement industriel'],
      en: ['logistics', 'warehousing', 'inventory management', 'transportation', 'packaging', 'military logistics', 'defence logistics', 'freight', 'distribution logistics', 'supply chain management', 'crating', 'freight forwarding', 'third-party logistics', 'warehouse management', 'logistics provider', 'warehouse', 'storage and distribution', 'order picking', 'order fulfilment', 'road haulage', 'haulage', 'trucking', 'customs clearance', 'customs brokerage', 'dangerous goods transport', 'heavy haulage', 'abnormal loads'],
    },
    acronyms: ['3PL'],
    cpv: ['35820000'],
  },
  {
    id: 'ils',
    terms: {
      fr: ['soutien logistique intégré', 'analyse du soutien logistique', 'soutien logistique', 'ingénierie du soutien', 'analyse de soutenabilité', 'soutien intégré', 'plan de soutien', 'ingénierie du soutien logistique', 'concept de soutien', 'coût de possession', 'coût global de possession', 'analyse du soutien', 'analyse logistique', 'études de soutien', 'plan de maintenance', 'analyse de maintenance', 'analyse des tâches de maintenance', 'maintenance centrée sur la fiabilité', 'MBF', 'analyse du niveau de réparation', 'logistique de soutien', 'dossier de soutien', 'coût du cycle de vie', 'ingénierie logistique', 'S4000P', 'S5000F', 'S6000T'],
      en: ['integrated logistic support', 'integrated logistics support', 'logistic support analysis', 'logistics support', 'supportability', 'support engineering', 'supportability analysis', 'integrated product support', 'ILS engineering', 'support concept', 'life cycle cost', 'whole life cost', 'level of repair analysis', 'reliability-centered maintenance', 'reliability-centred maintenance', 'RCM', 'maintenance task analysis', 'maintenance planning', 'maintenance plan', 'maintenance concept', 'product support', 'through-life costing', 'total cost of ownership', 'TCO', 'cost of ownership', 'life-cycle costing'],
    },
    acronyms: ['SLI', 'ILS', 'LSA', 'ASL', 'LCC', 'S3000L', 'LSAR'],
    cpv: ['71356300', '50600000', '71356200'],
    related: ['mco', 'logistics'],
  },
  {
    id: 'mco',
    role: 'qualifier',
    terms: {
      fr: ['maintien en condition opérationnelle', 'maintien en conditions opérationnelles', 'soutien en service', 'soutien opérationnel', 'MCO industriel', 'soutien des équipements', 'maintien en condition opérationnelle des matériels', 'MCO des matériels', 'soutien industriel', 'soutien du cycle de vie', 'soutien du matériel', 'maintien en condition', 'contrat de soutien', 'contrat de disponibilité', 'soutien logistique en service', 'soutien en exploitation', 'maintien de capacité', 'disponibilité technique', 'disponibilité technique opérationnelle', 'contrat verticalisé', 'soutien global', 'modernisation à mi-vie'],
      en: ['through-life support', 'in-service support', 'operational support', 'sustainment', 'life cycle support', 'availability contract', 'through-life management', 'equipment support', 'in-service support contract', 'equipment sustainment', 'support contract', 'performance-based logistics', 'contracting for availability', 'maintenance in operational condition', 'in-service sustainment', 'SLEP', 'mid-life update', 'MLU', 'availability-based contract', 'support services contract', 'contractor logistics support', 'post-design services', 'whole life support', 'total support package'],
    },
    acronyms: ['MCO', 'PBL'],
    cpv: ['50600000', '50000000'],
    related: ['maintenance'],
  },
  {
    id: 'maintenance',
    role: 'qualifier',
    terms: {
      fr: ['maintenance', 'entretien', 'réparation', 'remise en état', 'maintenance préventive', 'maintenance corrective', 'maintenance industrielle', 'rénovation', 'révision générale', 'maintenance curative', 'dépannage', 'maintenance lourde', 'reconditionnement', 'remise en condition', 'maintenance de premier niveau', 'maintien en état', 'entretien courant', 'maintenance systématique', 'maintenance programmée', 'visite périodique', 'inspection périodique', 'entretien périodique', 'maintenance de deuxième niveau', 'maintenance de troisième niveau', 'remise à neuf', 'réfection', 'maintenance sur site', 'intervention sur site', 'service après-vente', 'SAV', 'maintenance multitechnique'],
      en: ['repair', 'overhaul', 'refurbishment', 'preventive maintenance', 'corrective maintenance', 'industrial maintenance', 'repair services', 'reconditioning', 'maintenance', 'heavy maintenance', 'maintenance, repair and overhaul', 'servicing', 'first-line maintenance', 'upkeep', 'scheduled maintenance', 'planned maintenance', 'unscheduled maintenance', 'field maintenance', 'depot maintenance', 'depot-level maintenance', 'depot repair', 'repair station', 'repair shop', 'repair centre', 'repair center', 'after-sales service', 'aftersales', 'field service'],
    },
    acronyms: ['MRO', 'NTI'],
    cpv: ['50000000', '50800000'],
  },
  {
    id: 'predictive-maintenance',
    terms: {
      fr: ['maintenance prédictive', "surveillance de l'état", "surveillance d'état", 'maintenance conditionnelle', 'surveillance de santé', 'diagnostic de pannes', 'pronostic de défaillance', 'maintenance prévisionnelle', 'maintenance prédictive par IA', 'surveillance vibratoire', 'analyse vibratoire', "analyse d'huile", 'maintenance 4.0', "surveillance de l'état de santé", "maintenance basée sur l'état", 'maintenance selon état', 'contrôle santé intégré', 'contrôle de santé des structures', 'surveillance de structures', 'monitoring vibratoire', 'diagnostic prédictif', 'diagnostic embarqué', 'diagnostic de défaillances', 'détection de défauts', 'pronostic et gestion de santé', 'durée de vie résiduelle', 'analyse des lubrifiants', 'télémaintenance', 'maintenance à distance', 'maintenance intelligente'],
      en: ['predictive maintenance', 'condition monitoring', 'health monitoring', 'prognostics', 'condition-based maintenance', 'prognostics and health management', 'health and usage monitoring system', 'fault diagnosis', 'vibration monitoring', 'AI predictive maintenance', 'vibration analysis', 'oil analysis', 'structural health monitoring', 'remaining useful life', 'RUL', 'fault detection', 'fault detection and isolation', 'prescriptive maintenance', 'remote maintenance', 'smart maintenance', 'connected maintenance', 'failure prediction', 'IVHM', 'integrated vehicle health management', 'lubricant analysis'],
    },
    acronyms: ['HUMS', 'PHM', 'CBM', 'SHM'],
    cpv: ['50000000', '48461000', '72316000'],
    related: ['maintenance', 'ai'],
  },
  {
    id: 'spare-parts',
    terms: {
      fr: ['pièces de rechange', 'pièces détachées', 'rechanges', 'approvisionnement de rechanges', 'gestion des rechanges', 'pièces détachées militaires', 'fourniture de pièces détachées', 'pièces de remplacement', 'kits de rechanges', 'rechanges initiaux', "pièces d'usure", 'lot de bord', 'approvisionnement en pièces', 'stock de rechanges', 'magasin de rechanges', 'pièces de maintenance', 'lots de rechanges', 'lots de maintenance', 'rechanges consommables', 'rechanges réparables', 'pièces réparables', 'articles de rechange', "pièces d'origine", 'distribution de pièces', 'distributeur de pièces', 'négoce de pièces', 'codification OTAN', 'numéro de stock OTAN', 'NSN', 'NCAGE'],
      en: ['spare parts', 'spares', 'replacement parts', 'spares management', 'spare parts supply', 'spare parts provisioning', 'military spare parts', 'spare parts kits', 'initial provisioning', 'wear parts', 'aftermarket parts', 'spares provisioning', 'replacement components', 'repairable items', 'rotables', 'rotable parts', 'consumable spares', 'parts supply', 'parts distribution', 'parts distributor', 'OEM parts', 'genuine parts', 'parts procurement', 'NATO stock number', 'NATO codification', 'recommended spare parts list', 'RSPL', 'line replaceable unit', 'shop replaceable unit'],
    },
    acronyms: ['S2000M'],
    cpv: ['35520000', '35640000', '35420000', '34900000'],
    related: ['mco'],
  },
  {
    id: 'support-equipment',
    terms: {
      fr: ['équipement de soutien', 'matériel de soutien', 'conteneur maritime', 'conteneur technique', 'shelter', 'abri technique', 'caisse de transport', 'tente', 'campement', 'bivouac', 'infrastructure déployable', 'caisse de transport durcie', 'conteneurs militaires', 'abri déployable', 'atelier mobile', 'base vie', 'hangar démontable', 'conteneur ISO', 'conteneur aménagé', 'shelter militaire', 'valise durcie', 'malle de transport', 'caisse étanche', 'flight case', 'camp de base', 'hébergement déployable', 'module vie', 'bâtiment modulaire', 'constructions modulaires', 'abri gonflable', 'structure gonflable', 'hangar mobile'],
      en: ['support equipment', 'field equipment', 'ISO container', 'transport case', 'rugged case', 'tent', 'field camp', 'deployable infrastructure', 'deployable shelter', 'expeditionary infrastructure', 'military containers', 'military shelter', 'mobile workshop', 'deployable hangar', 'hard case', 'shipping case', 'transit case', 'protective case', 'shipping container', 'containerized solutions', 'modular buildings', 'modular shelter', 'relocatable buildings', 'inflatable shelter', 'inflatable structures', 'expeditionary camp', 'base camp', 'field kitchen'],
    },
    cpv: ['35820000'],
    related: ['logistics'],
  },
];
