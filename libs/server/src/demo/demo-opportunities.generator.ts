/**
 * Deterministic generator of FICTIONAL demo opportunities in the INTERCHANGE.md opportunity format:
 * subcontracting lots of major programmes, dual research calls and defence platform access offers,
 * for the demo seed.
 *
 * Every lot, call and offer is invented: no real contract, tender, budget or classified information.
 * Buyers, programmes and defence sites are real names (two platform operators are invented), so that
 * the demo reads like the platform's real use; CPV codes are ones the demo suppliers declare
 * (demo-suppliers.generator.ts) and the wording is the defence thesaurus's, so that matches exist.
 * Deadlines are computed from the reference date (1 to 9 months after it), so a demo started any day
 * has open opportunities. Same reference date → same rows; no I/O, no clock.
 */
import type {
  CertificationScheme,
  ClearanceLevel,
  OpportunityImportRow,
  OpportunityKind,
  OpportunityVisibility,
} from '@bitd/domain';
import { defenceSite } from '@bitd/domain';

// ---------------------------------------------------------------------------------------------
// Specification of one demo opportunity
// ---------------------------------------------------------------------------------------------

interface OpportunitySpec {
  kind: OpportunityKind;
  title: string;
  description: string;
  issuer: string;
  programme?: string;
  /** CPV code and weight of each required capability. */
  capabilities: ReadonlyArray<readonly [code: string, weight: number]>;
  certifications?: readonly CertificationScheme[];
  clearance?: ClearanceLevel;
  trl?: readonly [min: number | undefined, max: number | undefined];
  /** A defence site (DEFENCE_SITES id) and, when it is a requirement, the maximum distance from it. */
  site?: readonly [id: string, maxDistanceKm: number | undefined];
  /** Days from the reference date to the deadline (moved to the next working day). */
  days: number;
  visibility?: OpportunityVisibility;
}

// Buyers and platform operators (real names; the opportunities themselves are invented).
const DGA = 'DGA';
const DGA_TN = 'DGA Techniques navales';
const DGA_MI = 'DGA Maîtrise de l’information';
const NAVAL_GROUP = 'Naval Group';
const THALES = 'Thales';
const MBDA = 'MBDA';
const KNDS = 'KNDS France';
const SAFRAN = 'Safran';
const DASSAULT = 'Dassault Aviation';
const AID = 'Agence de l’innovation de défense (AID)';
const REGION = 'Région Bretagne';
const PEC = 'Pôle d’excellence cyber';

// ---------------------------------------------------------------------------------------------
// Subcontracting: lots and work packages of major programmes
// ---------------------------------------------------------------------------------------------

const SUBCONTRACTING: readonly OpportunitySpec[] = [
  {
    kind: 'subcontracting',
    title: 'Tuyauterie de bord et chaudronnerie navale pour les locaux auxiliaires du SNLE 3G',
    description:
      'Fabrication de tronçons de tuyauterie de bord en inox et en cupro-nickel, livrés prêts à poser avec leur dossier de fabrication. Une partie de la pose a lieu sur la base de l’Île Longue : l’entreprise doit pouvoir traiter des informations Diffusion Restreinte et être implantée à moins de 70 km.',
    issuer: NAVAL_GROUP,
    programme: 'SNLE 3G',
    capabilities: [['35521000', 3]],
    clearance: 'DR',
    trl: [7, undefined],
    site: ['ile-longue', 70],
    days: 92,
    visibility: 'registered',
  },
  {
    kind: 'subcontracting',
    title: 'Câblage de bord des locaux techniques de la FDI n° 5',
    description:
      'Tirage, pose et raccordement du câblage de bord de deux locaux techniques, coffrets compris, à quai sur le site de Lorient. Équipe de 6 à 10 électriciens de bord pendant environ quatre mois ; traitement d’informations Diffusion Restreinte.',
    issuer: NAVAL_GROUP,
    programme: 'FDI',
    capabilities: [['35522000', 3]],
    clearance: 'DR',
    trl: [7, undefined],
    site: ['lorient-naval-group', 50],
    days: 45,
  },
  {
    kind: 'subcontracting',
    title:
      'Maintenance de la propulsion et des auxiliaires pendant les arrêts techniques des sous-marins Barracuda',
    description:
      'Renfort d’équipes de mécaniciens et de techniciens pour la maintenance de la propulsion et des auxiliaires lors des arrêts techniques à Brest. Les interventions ont lieu à bord, dans une emprise protégée : habilitation Secret de l’entreprise exigée.',
    issuer: NAVAL_GROUP,
    programme: 'Barracuda',
    capabilities: [['50640000', 3]],
    clearance: 'SECRET',
    trl: [7, undefined],
    site: ['brest-naval-base', undefined],
    days: 61,
    visibility: 'registered',
  },
  {
    kind: 'subcontracting',
    title: 'Calculs de structure et de tenue aux chocs des emménagements du PA-NG',
    description:
      'Notes de calcul par éléments finis pour les supports d’équipements et les emménagements des locaux de vie : tenue aux chocs, vibrations, vérification des fixations. Prestation d’ingénierie au forfait, en lien avec le bureau d’études du maître d’œuvre.',
    issuer: NAVAL_GROUP,
    programme: 'PA-NG',
    capabilities: [
      ['71300000', 3],
      ['35521000', 1],
    ],
    certifications: ['ISO9001'],
    trl: [7, undefined],
    days: 118,
  },
  {
    kind: 'subcontracting',
    title: 'Hydrophones et antennes acoustiques compactes pour drones sous-marins de lutte contre les mines',
    description:
      'Fourniture en petite série d’hydrophones et d’antennes acoustiques durcies destinés à équiper les drones sous-marins du système MMCM, livrés avec leurs procès-verbaux de recette. La réception a lieu en rade de Brest.',
    issuer: THALES,
    programme: 'MMCM',
    capabilities: [
      ['38113000', 3],
      ['35512400', 1],
    ],
    certifications: ['ISO9001'],
    trl: [6, undefined],
    site: ['dga-tn-brest', 100],
    days: 137,
  },
  {
    kind: 'subcontracting',
    title: 'Soutien aux essais à la mer du système de lutte anti-mines futur',
    description:
      'Mise à disposition d’une équipe et de moyens nautiques pour les essais à la mer des drones de surface et sous-marins du SLAMF au large de Brest : mise à l’eau, récupération et rapports de campagne.',
    issuer: DGA,
    programme: 'SLAMF',
    capabilities: [
      ['73434000', 3],
      ['35512400', 1],
    ],
    clearance: 'DR',
    trl: [7, undefined],
    site: ['dga-tn-brest', 60],
    days: 76,
  },
  {
    kind: 'subcontracting',
    title: 'Réparation aéronautique : harnais électriques et pièces de structure du Rafale Marine',
    description:
      'Remise en état de harnais électriques et de pièces de structure usinées pour la flottille basée à Landivisiau, avec des délais d’immobilisation courts et un atelier à moins de 100 km de la base.',
    issuer: DASSAULT,
    programme: 'Rafale Marine',
    capabilities: [
      ['50650000', 3],
      ['35640000', 1],
    ],
    certifications: ['EN9110'],
    trl: [7, undefined],
    site: ['landivisiau', 100],
    days: 104,
  },
  {
    kind: 'subcontracting',
    title: 'Caméras infrarouges durcies et optique de précision pour le Rafale Marine',
    description:
      'Fabrication en petites séries, sur cinq ans, de caméras infrarouges durcies et de leur électronique de proximité pour l’avion embarqué, avec un suivi de configuration rigoureux.',
    issuer: SAFRAN,
    programme: 'Rafale Marine',
    capabilities: [
      ['38600000', 3],
      ['31710000', 1],
    ],
    certifications: ['EN9100'],
    trl: [6, undefined],
    days: 165,
  },
  {
    kind: 'subcontracting',
    title: 'Réparation de cartes électroniques et gestion des obsolescences pour les véhicules Scorpion',
    description:
      'Marché de réparation de cartes électroniques et de modules de vétronique, avec traitement des obsolescences de composants sur la durée de vie des véhicules. Capacité de traitement Diffusion Restreinte exigée.',
    issuer: KNDS,
    programme: 'Scorpion',
    capabilities: [['50660000', 3]],
    certifications: ['ISO9001'],
    clearance: 'DR',
    trl: [7, undefined],
    days: 150,
  },
  {
    kind: 'subcontracting',
    title: 'Intégration et maintien en condition de radios logicielles tactiques',
    description:
      'Intégration de postes de radio logicielle dans des véhicules de l’avant, puis maintenance de niveau 2 pendant trois ans. The work package also covers waveform updates with the prime contractor.',
    issuer: THALES,
    programme: 'Contact',
    capabilities: [['32200000', 3]],
    certifications: ['ISO9001'],
    clearance: 'DR',
    trl: [7, undefined],
    days: 198,
  },
  {
    kind: 'subcontracting',
    title: 'Essais d’environnement et de compatibilité électromagnétique d’équipements électroniques',
    description:
      'Campagnes d’essais climatiques, vibratoires et de compatibilité électromagnétique sur des équipements électroniques destinés à la frégate, dans un laboratoire accrédité, avec des rapports exploitables pour la qualification.',
    issuer: MBDA,
    programme: 'FDI',
    capabilities: [
      ['71632000', 3],
      ['73436000', 2],
    ],
    certifications: ['ISO17025'],
    trl: [7, undefined],
    days: 88,
  },
  {
    kind: 'subcontracting',
    title: 'Consoles opérateur durcies pour le système de combat',
    description:
      'Production de consoles opérateur durcies et de leurs logiciels de tenue de situation tactique pour les centres opérations, avec un soutien sur site à Lorient jusqu’à la mise en service. Diffusion Restreinte.',
    issuer: THALES,
    programme: 'FDI',
    capabilities: [
      ['35710000', 3],
      ['35522000', 1],
    ],
    certifications: ['AQAP2110'],
    clearance: 'DR',
    trl: [7, undefined],
    site: ['lorient-naval-group', undefined],
    days: 124,
  },
  {
    kind: 'subcontracting',
    title: 'Audit de sécurité des réseaux embarqués avant remise en service',
    description:
      'Audits d’architecture et de configuration, puis pentest des réseaux embarqués à l’issue d’une modernisation, par un prestataire qualifié PASSI. Les auditeurs interviennent à bord, à Brest ou à Toulon selon les bâtiments.',
    issuer: NAVAL_GROUP,
    programme: 'FREMM',
    capabilities: [['72810000', 3]],
    certifications: ['PASSI'],
    trl: [7, undefined],
    days: 57,
    visibility: 'registered',
  },
  {
    kind: 'subcontracting',
    title: 'Maintenance of shipborne satellite communication terminals',
    description:
      'Second-level maintenance of shipborne satcom terminals for the surface fleet based in Brest, with on-board interventions alongside and a repair workshop in Brittany.',
    issuer: THALES,
    programme: 'Syracuse IV',
    capabilities: [['32530000', 3]],
    certifications: ['ISO9001'],
    site: ['brest-naval-base', undefined],
    days: 212,
  },
];

// ---------------------------------------------------------------------------------------------
// Dual research: RAPID-style, ASTRID-style, regional and European calls
// ---------------------------------------------------------------------------------------------

const DUAL_RESEARCH: readonly OpportunitySpec[] = [
  {
    kind: 'dual_research',
    title: 'Classification automatique de contacts sonar par apprentissage profond',
    description:
      'Projet dual de type RAPID porté par une PME : apprentissage profond pour classer les échos d’un sonar de chasse aux mines, à partir de jeux de données acquis en rade de Brest. Le consortium associera un spécialiste de l’acoustique sous-marine et un spécialiste de l’analyse de données (deux partenaires au plus).',
    issuer: AID,
    capabilities: [
      ['38113000', 2],
      ['72316000', 2],
    ],
    trl: [4, 6],
    days: 108,
  },
  {
    kind: 'dual_research',
    title: 'Essaim de drones sous-marins communicants pour la surveillance des fonds marins',
    description:
      'Appel à projets régional : une flottille de drones sous-marins autonomes coopérant par modem acoustique, avec des applications civiles (parcs offshore, ports) et militaires. Financement Région Bretagne, consortium de 2 à 3 entreprises bretonnes.',
    issuer: REGION,
    capabilities: [
      ['35512400', 2],
      ['38113000', 1],
      ['32200000', 1],
    ],
    trl: [3, 5],
    days: 143,
  },
  {
    kind: 'dual_research',
    title: 'Détection d’intrusion et IA embarquée pour les réseaux de bord des navires',
    description:
      'Projet RAPID visant une sonde de détection d’intrusion pour les réseaux de bord, avec un modèle d’apprentissage automatique embarqué et frugal. Une PME de la cybersécurité en pilote, un partenaire en intelligence artificielle et un partenaire naval pour l’accès aux architectures de bord.',
    issuer: AID,
    capabilities: [
      ['72212730', 2],
      ['72316000', 2],
      ['35522000', 1],
    ],
    trl: [4, 6],
    days: 176,
  },
  {
    kind: 'dual_research',
    title: 'Jumeau numérique et maintenance prédictive des bâtiments de surface',
    description:
      'Appel à projets collaboratif « Bretagne, mer et défense » : un jumeau numérique des équipements de propulsion nourri par l’analyse de données de capteurs, pour anticiper les interventions en arrêt technique. Consortium d’un industriel de la réparation navale et d’un spécialiste de la donnée.',
    issuer: REGION,
    capabilities: [
      ['50640000', 2],
      ['72316000', 2],
    ],
    trl: [4, 6],
    days: 231,
  },
  {
    kind: 'dual_research',
    title: 'Caméra infrarouge à traitement d’image embarqué pour la détection de petits drones',
    description:
      'Projet dual de type RAPID : une caméra infrarouge compacte couplée à un traitement d’image par IA embarquée pour détecter et suivre des drones légers autour de sites sensibles et de bâtiments au mouillage. Un consortium optronique + vision par ordinateur est attendu.',
    issuer: AID,
    capabilities: [
      ['38600000', 2],
      ['72316000', 2],
    ],
    trl: [4, 6],
    days: 95,
  },
  {
    kind: 'dual_research',
    title: 'Radio logicielle et chiffrement pour des liaisons tactiques résilientes',
    description:
      'Projet dual sur une forme d’onde résistante au brouillage et son chiffrement de bout en bout, démontrée sur radio logicielle. La PME porteuse associera au plus deux partenaires (radio, cryptographie).',
    issuer: AID,
    capabilities: [
      ['32200000', 2],
      ['48732000', 2],
    ],
    trl: [3, 5],
    days: 159,
  },
  {
    kind: 'dual_research',
    title: 'Propagation acoustique en eaux peu profondes et petits fonds côtiers',
    description:
      'Projet de recherche de type ASTRID (18 à 36 mois, laboratoire et PME) sur la modélisation de la propagation acoustique en petits fonds, pour la détection sous-marine et la surveillance des approches. Entrée à bas niveau de maturité.',
    issuer: AID,
    capabilities: [
      ['73410000', 2],
      ['38113000', 1],
    ],
    trl: [2, 4],
    days: 204,
  },
  {
    kind: 'dual_research',
    title: 'Call for partners: radar and electro-optical data fusion for maritime surveillance',
    description:
      'Brittany Region is helping regional SMEs build a consortium for a European Defence Fund call on multi-sensor data fusion for maritime surveillance: coastal radar, infrared cameras and data analytics. Up to three Breton partners will be introduced to the lead integrators.',
    issuer: REGION,
    capabilities: [
      ['35722000', 2],
      ['38600000', 1],
      ['72316000', 2],
    ],
    trl: [4, 7],
    days: 67,
  },
  {
    kind: 'dual_research',
    title: 'Fabrication additive de pièces de rechange pour navires en service',
    description:
      'Appel à projets régional « industrie du futur » : qualifier des pièces de rechange de coque et d’auxiliaires produites par fabrication additive métal, pour réduire l’immobilisation des bâtiments. Un chantier de réparation navale et un laboratoire d’essais sont attendus dans le consortium.',
    issuer: REGION,
    capabilities: [
      ['35521000', 2],
      ['71632000', 1],
    ],
    trl: [4, 6],
    days: 262,
  },
  {
    kind: 'dual_research',
    title: 'IA frugale embarquée dans les systèmes de commandement navals',
    description:
      'Projet dual de type RAPID : des modèles d’intelligence artificielle sobres en calcul, embarqués dans les systèmes de commandement, pour aider les opérateurs à trier les pistes et les alertes. Partenaires attendus : un spécialiste de l’IA embarquée et un spécialiste du commandement et du contrôle.',
    issuer: AID,
    capabilities: [
      ['72316000', 2],
      ['35710000', 2],
    ],
    trl: [4, 6],
    days: 127,
  },
];

// ---------------------------------------------------------------------------------------------
// Platform access: time and support on defence technology platforms
// ---------------------------------------------------------------------------------------------

const PLATFORM_ACCESS: readonly OpportunitySpec[] = [
  {
    kind: 'platform_access',
    title: 'Créneaux d’essais en bassin et en rade de Brest pour drones sous-marins',
    description:
      'DGA Techniques navales ouvre des créneaux d’essais en bassin puis en rade de Brest pour des PME qui développent des drones sous-marins ou des sonars compacts : mise en œuvre accompagnée, moyens de positionnement et mesures de référence.',
    issuer: DGA_TN,
    capabilities: [
      ['35512400', 2],
      ['38113000', 1],
    ],
    trl: [4, 7],
    site: ['dga-tn-brest', undefined],
    days: 83,
  },
  {
    kind: 'platform_access',
    title: 'Mesures de signatures acoustique et magnétique sur le polygone de Brest',
    description:
      'Accès aux moyens de mesure de signatures de DGA Techniques navales pour caractériser un équipement ou un prototype embarqué : mesure de bruit rayonné, signature magnétique et dépouillement avec les experts du centre.',
    issuer: DGA_TN,
    capabilities: [['73434000', 2]],
    trl: [5, 8],
    site: ['dga-tn-brest', undefined],
    days: 146,
  },
  {
    kind: 'platform_access',
    title: 'Chambres anéchoïques : essais CEM et guerre électronique',
    description:
      'DGA Maîtrise de l’information propose aux PME des créneaux en chambre anéchoïque et en chambre réverbérante pour leurs essais de compatibilité électromagnétique et la caractérisation d’équipements de guerre électronique. Traitement Diffusion Restreinte requis pour les menaces simulées.',
    issuer: DGA_MI,
    capabilities: [
      ['73436000', 2],
      ['35730000', 2],
    ],
    clearance: 'DR',
    trl: [5, 8],
    site: ['dga-mi-bruz', undefined],
    days: 114,
  },
  {
    kind: 'platform_access',
    title: 'Cyber range : exercice de crise cyber et évaluation de sondes de détection',
    description:
      'Le cyber range du Pôle d’excellence cyber accueille des PME pour rejouer des attaques réalistes contre leurs sondes de détection ou leurs produits de sécurité, et pour entraîner leurs équipes de réponse à incident. Accompagnement par les experts de la plateforme à Rennes.',
    issuer: PEC,
    capabilities: [
      ['72212730', 2],
      ['72820000', 1],
    ],
    trl: [5, 8],
    site: ['rennes-comcyber', 120],
    days: 38,
  },
  {
    kind: 'platform_access',
    title: 'Banc d’essais photonique : caractérisation de lasers et de caméras infrarouges',
    description:
      'La plateforme photonique de Lannion ouvre son banc de caractérisation aux PME de la défense : mesure de sources laser et de caméras infrarouges, avec l’appui de ses experts pour interpréter les résultats.',
    issuer: 'Plateforme photonique de Lannion',
    capabilities: [['38600000', 2]],
    trl: [4, 7],
    site: ['lannion', undefined],
    days: 186,
  },
  {
    kind: 'platform_access',
    title: 'Secure AI platform for defence machine learning projects',
    description:
      'SMEs developing artificial intelligence for defence can run their deep learning experiments on sensitive operational data in Bruz, with support from the platform’s data scientists. Projects must be able to handle Diffusion Restreinte data.',
    issuer: 'Plateforme de calcul IA de défense (Bruz)',
    capabilities: [['72316000', 2]],
    clearance: 'DR',
    trl: [4, 7],
    site: ['dga-mi-bruz', undefined],
    days: 225,
  },
];

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

const SPECS: readonly OpportunitySpec[] = [...SUBCONTRACTING, ...DUAL_RESEARCH, ...PLATFORM_ACCESS];

/** How many opportunities the demo data set holds. */
export const DEMO_OPPORTUNITY_COUNT = SPECS.length;

const DAY_MS = 86_400_000;

/** Milliseconds (UTC midnight) of a YYYY-MM-DD date; throws on anything else. */
function parseDay(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`demo opportunities: reference date must be a YYYY-MM-DD date, got "${isoDate}"`);
  }
  return t;
}

/** `days` after the reference date, moved to the following Monday when it falls on a weekend. */
function deadline(reference: number, days: number): string {
  let t = reference + days * DAY_MS;
  const weekday = new Date(t).getUTCDay();
  if (weekday === 6) t += 2 * DAY_MS;
  else if (weekday === 0) t += DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

function toRow(spec: OpportunitySpec, index: number, reference: number): OpportunityImportRow {
  const row: OpportunityImportRow = {
    externalId: `DEMO-OPP-${`${index}`.padStart(3, '0')}`,
    kind: spec.kind,
    title: spec.title,
    description: spec.description,
    issuer: spec.issuer,
    requiredCapabilities: spec.capabilities.map(([code, weight]) => ({ code, weight })),
    deadline: deadline(reference, spec.days),
    visibility: spec.visibility ?? 'public',
  };
  if (spec.programme) row.programme = spec.programme;
  if (spec.certifications?.length) row.requiredCertifications = [...spec.certifications];
  if (spec.clearance) row.minClearance = spec.clearance;
  if (spec.trl?.[0] !== undefined) row.trlMin = spec.trl[0];
  if (spec.trl?.[1] !== undefined) row.trlMax = spec.trl[1];
  if (spec.site) {
    const [id, maxDistanceKm] = spec.site;
    const site = defenceSite(id);
    if (!site) throw new Error(`demo opportunities: unknown defence site ${id}`);
    row.location = { label: site.label, lat: site.lat, lon: site.lon };
    if (maxDistanceKm !== undefined) row.location.maxDistanceKm = maxDistanceKm;
  }
  return row;
}

/**
 * The fictional demo opportunities (externalIds DEMO-OPP-001…), with deadlines 1 to 9 months after
 * `referenceDate` (YYYY-MM-DD). Identical for the same reference date.
 */
export function generateDemoOpportunities(referenceDate: string): OpportunityImportRow[] {
  const reference = parseDay(referenceDate);
  return SPECS.map((spec, i) => toRow(spec, i + 1, reference));
}
