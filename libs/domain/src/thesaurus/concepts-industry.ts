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
      fr: ['fabrication', 'production industrielle', 'industrialisation', 'sous-traitance industrielle', 'sous-traitance', 'usine', 'atelier de production', 'fabrication en série', 'petite série', 'fabricant', 'sous-traitant', 'production de pièces', 'fabrication de pièces', 'fabrication sur plan', 'sous-traitance mécanique', 'fabrication industrielle'],
      en: ['manufacturing', 'production', 'industrialization', 'subcontracting', 'contract manufacturing', 'factory', 'manufacturer', 'subcontractor', 'series production', 'small batch production', 'parts manufacturing', 'build-to-print', 'manufacturing services', 'manufacturing plant'],
    },
    cpv: ['42000000', '44210000'],
  },
  {
    id: 'machining',
    terms: {
      fr: ['usinage', 'commande numérique', 'fraisage', 'tournage', 'décolletage', 'rectification', "centre d'usinage", 'mécanique de précision', 'pièces usinées', 'mécanique générale', 'électroérosion', 'pièces mécaniques', 'électroérosion à fil', 'tournage CN'],
      en: ['machining', 'CNC machining', 'milling', 'grinding', 'machining centre', 'machining center', 'precision mechanics', 'machined parts', 'precision engineering', 'mechanical parts', 'mechanical components', 'CNC turning', 'electrical discharge machining', 'wire EDM', 'bar turning'],
    },
    acronyms: ['CNC', 'EDM'],
    cpv: ['42612000', '42632000', '42610000'],
    related: ['manufacturing'],
  },
  {
    id: 'sheet-metal',
    terms: {
      fr: ['chaudronnerie', 'tôlerie', 'tôlerie fine', 'chaudronnier', 'découpe laser', 'pliage', 'mécano-soudure', 'structure métallique', 'charpente métallique', 'construction métallique', "découpe jet d'eau", 'serrurerie industrielle', 'tôlerie industrielle', 'chaudronnerie inox', 'chaudronnerie industrielle', 'découpe plasma', 'poinçonnage'],
      en: ['sheet metal', 'sheet metal work', 'boilermaking', 'metal fabrication', 'laser cutting', 'metal bending', 'metal structures', 'steel structures', 'steelwork', 'waterjet cutting', 'welded structures', 'plasma cutting', 'metal forming', 'metalworking'],
    },
    cpv: ['44210000', '42630000', '44200000'],
    related: ['manufacturing'],
  },
  {
    id: 'welding',
    terms: {
      fr: ['soudage', 'soudure', 'soudeur', 'soudage orbital', 'soudage laser', 'soudage TIG', 'soudage MIG', 'brasage', 'soudage par friction', 'assemblage soudé', 'qualification de soudeurs', "soudage à l'arc", 'soudage par résistance', 'soudage par points', "soudage par faisceau d'électrons"],
      en: ['welding', 'welder', 'weld', 'laser welding', 'orbital welding', 'friction stir welding', 'brazing', 'TIG welding', 'MIG welding', 'welding qualification', 'structural welding', 'arc welding', 'resistance welding', 'spot welding', 'electron beam welding', 'welded assembly'],
    },
    cpv: ['42630000', '44210000'],
    related: ['sheet-metal'],
  },
  {
    id: 'additive-manufacturing',
    terms: {
      fr: ['fabrication additive', 'impression 3D', 'imprimante 3D', 'impression métal', 'fusion laser sur lit de poudre', 'frittage laser', 'fabrication additive métallique', 'fabrication additive polymère', 'dépôt de fil fondu', 'stéréolithographie', 'impression additive'],
      en: ['additive manufacturing', '3D printing', '3D printer', 'metal 3D printing', 'laser powder bed fusion', 'selective laser melting', 'directed energy deposition', 'metal additive manufacturing', 'selective laser sintering', 'additive manufacturing services', 'electron beam melting', 'binder jetting', 'stereolithography', 'fused deposition modeling'],
    },
    acronyms: ['SLM', 'LPBF', 'DED', 'WAAM', 'EBM', 'FDM'],
    cpv: ['42610000', '42600000'],
    related: ['manufacturing'],
  },
  {
    id: 'composites',
    terms: {
      fr: ['composite', 'matériaux composites', 'fibre de carbone', 'résine', 'préimprégné', 'stratification', 'drapage', 'infusion de résine', 'fibre de verre', 'pièces composites', 'structure composite', 'fibre aramide', 'autoclave', 'enroulement filamentaire', 'réparation composite'],
      en: ['composite materials', 'carbon fibre', 'carbon fiber', 'composite structures', 'prepreg', 'fiberglass', 'fibreglass', 'glass fibre', 'resin infusion', 'composite parts', 'lay-up', 'composite manufacturing', 'naval composites', 'aramid fibre', 'filament winding', 'composite repair'],
    },
    cpv: ['44210000'],
    related: ['materials'],
  },
  {
    id: 'materials',
    terms: {
      fr: ['matériaux', 'science des matériaux', 'matériaux avancés', 'métallurgie', 'caractérisation des matériaux', 'ingénierie des matériaux', 'nouveaux matériaux', 'matériaux innovants', 'matériaux fonctionnels', 'métamatériaux', 'matériaux intelligents', 'matériaux de défense', 'matériaux haute performance', 'céramique technique', 'recherche sur les matériaux', 'caractérisation mécanique'],
      en: ['materials', 'advanced materials', 'materials science', 'metallurgy', 'materials characterisation', 'materials engineering', 'materials characterization', 'new materials', 'innovative materials', 'metamaterials', 'smart materials', 'high-performance materials', 'advanced ceramics', 'materials research', 'materials science and engineering'],
    },
    cpv: ['73400000', '71632000', '73110000'],
    related: ['defence-rnt', 'composites'],
  },
  {
    id: 'metals',
    role: 'qualifier',
    terms: {
      fr: ['alliage', 'acier', 'aluminium', 'titane', 'métaux', 'acier inoxydable', 'inox', 'alliage de titane', "alliage d'aluminium", 'superalliage', 'cuivre', 'laiton', 'bronze', 'tôle', 'métal', 'nickel', 'tungstène'],
      en: ['alloy', 'metals', 'steel', 'titanium', 'aluminium', 'aluminum', 'stainless steel', 'titanium alloy', 'aluminium alloy', 'superalloy', 'copper', 'brass', 'metal', 'Inconel', 'tungsten'],
    },
    cpv: ['14700000'],
    related: ['materials'],
  },
  {
    id: 'polymers',
    role: 'qualifier',
    terms: {
      fr: ['polymère', 'élastomère', 'caoutchouc', 'silicone', 'mousse technique', 'matière plastique', 'thermoplastique', 'céramique', 'polyuréthane', 'polyamide', 'polycarbonate', 'plastique technique', 'résine époxy'],
      en: ['polymer', 'elastomer', 'rubber', 'silicone', 'technical foam', 'plastic material', 'thermoplastic', 'ceramics', 'polyurethane', 'polyamide', 'engineering plastics', 'epoxy'],
    },
    acronyms: ['PEEK', 'PTFE'],
    cpv: ['19000000'],
    related: ['materials'],
  },
  {
    id: 'surface-treatment',
    terms: {
      fr: ['traitement de surface', 'revêtement', 'anodisation', 'galvanisation', 'cataphorèse', 'grenaillage', 'sablage', 'métallisation', 'chromage', 'zingage', 'passivation', 'nickelage', 'électrodéposition', 'projection thermique', 'dépôt PVD', 'grenaillage de précontrainte'],
      en: ['surface treatment', 'surface finishing', 'coating', 'anodising', 'anodizing', 'galvanising', 'galvanizing', 'shot blasting', 'sandblasting', 'plating', 'electroplating', 'thermal spray', 'PVD coating', 'shot peening', 'conversion coating'],
    },
    cpv: ['71337000'],
    related: ['corrosion'],
  },
  {
    id: 'industrial-painting',
    terms: {
      fr: ['peinture industrielle', 'peinture', 'thermolaquage', 'peinture navale', 'peinture poudre', 'peinture liquide', 'laquage', 'mise en peinture', 'peinture aéronautique', 'peinture époxy', 'cabine de peinture', 'peintre industriel', 'application de peinture', 'peinture anticorrosion'],
      en: ['painting', 'paint', 'powder coating', 'marine coating', 'industrial painting', 'spray painting', 'aircraft painting', 'paint shop', 'wet painting', 'marine paint', 'military paint', 'camouflage paint', 'protective coatings'],
    },
    acronyms: ['CARC'],
    cpv: ['71337000'],
    related: ['surface-treatment', 'corrosion'],
  },
  {
    id: 'heat-treatment',
    terms: {
      fr: ['traitement thermique', 'trempe', 'nitruration', 'cémentation', 'recuit', 'traitement thermique sous vide', 'traitements thermochimiques', 'trempe par induction', 'détensionnement', 'durcissement superficiel'],
      en: ['heat treatment', 'nitriding', 'carburizing', 'carburising', 'annealing', 'stress relieving', 'induction hardening', 'vacuum heat treatment', 'quenching', 'case hardening'],
    },
    cpv: ['71337000', '44210000'],
    related: ['surface-treatment', 'metals'],
  },
  {
    id: 'forming',
    terms: {
      fr: ['fonderie', 'forge', 'forgeage', 'moulage', 'pièce de fonderie', 'pièces moulées', 'fonderie sous pression', 'matriçage', 'pièces forgées', 'fonderie aluminium', 'fonderie à cire perdue', 'moulage au sable', 'emboutissage', 'estampage', 'frappe à froid', 'pièces de fonte', 'moulage sous pression'],
      en: ['foundry', 'casting', 'forging', 'die casting', 'investment casting', 'sand casting', 'forged parts', 'aluminium casting', 'metal casting', 'cast parts', 'deep drawing', 'metal stamping', 'cold forging', 'castings'],
    },
    cpv: ['44210000', '14700000', '19000000'],
    related: ['manufacturing'],
  },
  {
    id: 'plastics-processing',
    terms: {
      fr: ['plasturgie', 'injection plastique', 'moulage plastique', 'pièces plastiques', 'thermoformage', 'extrusion', 'moulage par injection', 'rotomoulage', 'surmoulage', 'moule d’injection', 'transformation des plastiques', 'injection thermoplastique'],
      en: ['plastics', 'injection moulding', 'injection molding', 'plastic parts', 'thermoforming', 'plastic injection', 'rotational moulding', 'rotational molding', 'overmoulding', 'overmolding', 'injection mould', 'injection mold', 'plastics processing', 'blow moulding'],
    },
    cpv: ['19000000', '44210000'],
    related: ['forming', 'polymers'],
  },
  {
    id: 'assembly',
    terms: {
      fr: ['assemblage', 'montage mécanique', 'intégration mécanique', 'assemblage mécanique', 'sous-ensemble', 'montage de sous-ensembles', 'assemblage final', "intégration d'équipements", 'assemblage de sous-ensembles', 'intégration de sous-ensembles', 'montage et intégration', 'assemblage industriel', 'câblage et assemblage', 'montage final', 'assemblage de précision', 'rivetage', 'intégration mécanique de sous-ensembles'],
      en: ['mechanical assembly', 'assembly', 'sub-assembly', 'final assembly', 'integration and assembly', 'equipment integration', 'assembly line', 'sub-assembly integration', 'box assembly', 'industrial assembly', 'assembly and integration', 'precision assembly', 'riveting', 'assembly services'],
    },
    cpv: ['44210000', '42000000'],
    related: ['manufacturing'],
  },
  {
    id: 'tooling-machinery',
    terms: {
      fr: ['outillage', 'machines spéciales', 'équipements industriels', 'robotique industrielle', 'ligne de production', 'moyens de production', 'gabarit', 'outillages spécifiques', 'machine-outil', 'machine spéciale', 'conception de machines spéciales', 'outillage de production', 'outilleur', 'outillage de contrôle', 'machines automatisées'],
      en: ['tooling', 'special machines', 'special-purpose machinery', 'industrial equipment', 'industrial robotics', 'production line', 'production equipment', 'jig', 'fixture', 'machine tool', 'industrial machinery', 'special machine design', 'production tooling', 'toolmaker', 'tool making', 'automated machinery'],
    },
    cpv: ['42900000', '42600000', '42000000'],
    related: ['manufacturing'],
  },
  {
    id: 'industrial-automation',
    terms: {
      fr: ['automatisme', 'automatisation', 'automate programmable', 'supervision industrielle', 'contrôle-commande', 'informatique industrielle', 'systèmes de contrôle industriels', 'automatisation industrielle', 'pilotage de procédés', 'industrie 4.0', 'usine du futur', 'automatisation de process', 'robotisation industrielle', 'automaticien', 'supervision de procédés'],
      en: ['industrial automation', 'programmable logic controller', 'process control', 'industrial control system', 'industrial computing', 'automation', 'supervisory control and data acquisition', 'distributed control system', 'industry 4.0', 'smart factory', 'process automation', 'automation engineering', 'manufacturing execution system'],
    },
    acronyms: ['SCADA', 'PLC', 'DCS'],
    cpv: ['48151000', '38810000', '48921000'],
    related: ['manufacturing'],
  },
  {
    id: 'fluid-systems',
    terms: {
      fr: ['hydraulique', 'pneumatique', 'vérin', 'système hydraulique', 'circuit hydraulique', 'centrale hydraulique', 'électrohydraulique', 'tuyauterie', 'robinetterie', 'vanne', 'pompe', 'circuits fluides', 'échangeur thermique', 'hydraulique navale', 'flexibles hydrauliques'],
      en: ['hydraulics', 'pneumatics', 'hydraulic system', 'hydraulic cylinder', 'hydraulic power unit', 'fluid power', 'piping', 'pipework', 'valve', 'pump', 'fluid systems', 'heat exchanger', 'pipe fitting', 'marine hydraulics', 'hydraulic hoses', 'pipe spool'],
    },
    cpv: ['42000000'],
    related: ['mechanical-engineering'],
  },
  {
    id: 'logistics',
    terms: {
      fr: ['logistique', 'chaîne logistique', "chaîne d'approvisionnement", 'gestion des stocks', 'entreposage', 'transport', 'magasinage', 'emballage', 'logistique militaire', 'supply chain', 'gestion des flux', 'logistique de défense', 'transport de matériels', 'caisserie', 'transitaire', 'prestataire logistique'],
      en: ['logistics', 'warehousing', 'inventory management', 'transportation', 'packaging', 'military logistics', 'defence logistics', 'freight', 'distribution logistics', 'supply chain management', 'crating', 'freight forwarding', 'third-party logistics', 'warehouse management'],
    },
    acronyms: ['3PL'],
    cpv: ['35820000'],
  },
  {
    id: 'ils',
    terms: {
      fr: ['soutien logistique intégré', 'analyse du soutien logistique', 'soutien logistique', 'ingénierie du soutien', 'analyse de soutenabilité', 'soutien intégré', 'plan de soutien', 'ingénierie du soutien logistique', 'concept de soutien', 'coût de possession', 'coût global de possession', 'analyse du soutien'],
      en: ['integrated logistic support', 'integrated logistics support', 'logistic support analysis', 'logistics support', 'supportability', 'support engineering', 'supportability analysis', 'integrated product support', 'ILS engineering', 'support concept', 'life cycle cost', 'whole life cost'],
    },
    acronyms: ['SLI', 'ILS', 'LSA', 'ASL', 'LCC', 'S3000L', 'LSAR'],
    cpv: ['71356300', '50600000', '71356200'],
    related: ['mco', 'logistics'],
  },
  {
    id: 'mco',
    role: 'qualifier',
    terms: {
      fr: ['maintien en condition opérationnelle', 'maintien en conditions opérationnelles', 'soutien en service', 'soutien opérationnel', 'MCO industriel', 'soutien des équipements', 'maintien en condition opérationnelle des matériels', 'MCO des matériels', 'soutien industriel', 'soutien du cycle de vie', 'soutien du matériel', 'maintien en condition', 'contrat de soutien', 'contrat de disponibilité', 'soutien logistique en service'],
      en: ['through-life support', 'in-service support', 'operational support', 'sustainment', 'life cycle support', 'availability contract', 'through-life management', 'equipment support', 'in-service support contract', 'equipment sustainment', 'support contract', 'performance-based logistics', 'contracting for availability', 'maintenance in operational condition'],
    },
    acronyms: ['MCO', 'PBL'],
    cpv: ['50600000', '50000000'],
    related: ['maintenance'],
  },
  {
    id: 'maintenance',
    role: 'qualifier',
    terms: {
      fr: ['maintenance', 'entretien', 'réparation', 'remise en état', 'maintenance préventive', 'maintenance corrective', 'maintenance industrielle', 'rénovation', 'révision générale', 'maintenance curative', 'dépannage', 'maintenance lourde', 'reconditionnement', 'remise en condition', 'maintenance de premier niveau', 'maintien en état'],
      en: ['repair', 'overhaul', 'refurbishment', 'preventive maintenance', 'corrective maintenance', 'industrial maintenance', 'repair services', 'reconditioning', 'maintenance', 'heavy maintenance', 'maintenance, repair and overhaul', 'servicing', 'first-line maintenance', 'upkeep'],
    },
    acronyms: ['MRO', 'NTI'],
    cpv: ['50000000', '50800000'],
  },
  {
    id: 'predictive-maintenance',
    terms: {
      fr: ['maintenance prédictive', "surveillance de l'état", "surveillance d'état", 'maintenance conditionnelle', 'surveillance de santé', 'diagnostic de pannes', 'pronostic de défaillance', 'maintenance prévisionnelle', 'maintenance prédictive par IA', 'surveillance vibratoire', 'analyse vibratoire', "analyse d'huile", 'maintenance 4.0', "surveillance de l'état de santé"],
      en: ['predictive maintenance', 'condition monitoring', 'health monitoring', 'prognostics', 'condition-based maintenance', 'prognostics and health management', 'health and usage monitoring system', 'fault diagnosis', 'vibration monitoring', 'AI predictive maintenance', 'vibration analysis', 'oil analysis', 'structural health monitoring'],
    },
    acronyms: ['HUMS', 'PHM', 'CBM', 'SHM'],
    cpv: ['50000000', '48461000', '72316000'],
    related: ['maintenance', 'ai'],
  },
  {
    id: 'spare-parts',
    terms: {
      fr: ['pièces de rechange', 'pièces détachées', 'rechanges', 'approvisionnement de rechanges', 'gestion des rechanges', 'pièces détachées militaires', 'fourniture de pièces détachées', 'pièces de remplacement', 'kits de rechanges', 'rechanges initiaux', "pièces d'usure", 'lot de bord', 'approvisionnement en pièces'],
      en: ['spare parts', 'spares', 'replacement parts', 'spares management', 'spare parts supply', 'spare parts provisioning', 'military spare parts', 'spare parts kits', 'initial provisioning', 'wear parts', 'aftermarket parts', 'spares provisioning'],
    },
    acronyms: ['S2000M'],
    cpv: ['35520000', '35640000', '35420000', '34900000'],
    related: ['mco'],
  },
  {
    id: 'support-equipment',
    terms: {
      fr: ['équipement de soutien', 'matériel de soutien', 'conteneur maritime', 'conteneur technique', 'shelter', 'abri technique', 'caisse de transport', 'tente', 'campement', 'bivouac', 'infrastructure déployable', 'caisse de transport durcie', 'conteneurs militaires', 'abri déployable', 'atelier mobile', 'base vie', 'hangar démontable'],
      en: ['support equipment', 'field equipment', 'ISO container', 'transport case', 'rugged case', 'tent', 'field camp', 'deployable infrastructure', 'deployable shelter', 'expeditionary infrastructure', 'military containers', 'military shelter', 'mobile workshop', 'deployable hangar'],
    },
    cpv: ['35820000'],
    related: ['logistics'],
  },
];
