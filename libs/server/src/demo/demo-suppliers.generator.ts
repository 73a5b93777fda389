/**
 * Seeded, deterministic generator of FICTIONAL Breton defence SMEs in the INTERCHANGE.md supplier
 * format, for demos, seeding and the import benchmark.
 *
 * Companies, people, claims and identifiers are invented (SIRETs are only checksum-valid, e-mails
 * and websites use the reserved `example.fr` domain); towns, postal codes, INSEE codes, NAF codes,
 * CPV codes and programme names are real. Same seed → same rows; no I/O, no clock.
 */
import type { CertificationScheme, ClearanceLevel, LegalForm, SupplierImportRow } from '@bitd/domain';
import { LA_POSTE_SIREN, luhnValid } from '@bitd/domain';
import { communeByInsee } from '../reference/reference-checks';

/** How many suppliers the demo data set holds. */
export const DEMO_SUPPLIER_COUNT = 220;

/**
 * The default "today" of the demo: certifications are dated around the reference date a run is
 * given (the seed passes the real today), so a demo started years from now still has valid ones.
 */
export const DEMO_REFERENCE_DATE = '2026-11-26';

// ---------------------------------------------------------------------------------------------
// Seeded PRNG
// ---------------------------------------------------------------------------------------------

/**
 * Module-local alias: under Jest (node:vm contexts) every lookup of the global `Math` goes through
 * the context's global interceptor, which made the PRNG several times slower.
 */
const M = Math;

/** mulberry32: tiny, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = M.imul(t ^ (t >>> 15), t | 1);
    t ^= t + M.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + M.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[M.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly T[], weights: readonly number[], total?: number): T {
    let r = this.next() * (total ?? weights.reduce((s, w) => s + w, 0));
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = M.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + M.floor(this.next() * (copy.length - i));
      const tmp = copy[i];
      copy[i] = copy[j];
      copy[j] = tmp;
    }
    copy.length = n;
    return copy;
  }
  /** Log-uniform integer in [min, max]: many small values, a few large ones. */
  logInt(min: number, max: number): number {
    return M.min(max, M.floor(M.exp(this.float(M.log(min), M.log(max + 1)))));
  }
}

// ---------------------------------------------------------------------------------------------
// Geography: defence poles and neighbouring towns (real communes, approximate town centres)
// ---------------------------------------------------------------------------------------------

interface TownSpec {
  insee: string;
  lat: number;
  lon: number;
  /** Relative weight in the overall draw. */
  weight: number;
  /** Max jitter radius in km (≤ 3). */
  radiusKm: number;
  /** Bearings (degrees, 0 = north, clockwise) the jitter stays within, to keep coastal towns on land. */
  sector?: readonly [number, number];
}

const TOWN_SPECS: readonly TownSpec[] = [
  // Finistère (29)
  { insee: '29019', lat: 48.3904, lon: -4.4861, weight: 14, radiusKm: 3, sector: [-110, 110] }, // Brest
  { insee: '29212', lat: 48.3817, lon: -4.6192, weight: 4, radiusKm: 2.5, sector: [-90, 160] }, // Plouzané
  { insee: '29075', lat: 48.4353, lon: -4.3994, weight: 2, radiusKm: 2.5 }, // Guipavas
  { insee: '29103', lat: 48.4508, lon: -4.249, weight: 2, radiusKm: 2 }, // Landerneau
  { insee: '29105', lat: 48.5089, lon: -4.069, weight: 2, radiusKm: 2.5 }, // Landivisiau
  { insee: '29120', lat: 48.2878, lon: -4.4628, weight: 1, radiusKm: 1.5, sector: [100, 260] }, // Lanvéoc
  { insee: '29042', lat: 48.2461, lon: -4.4897, weight: 2, radiusKm: 2.5, sector: [-30, 150] }, // Crozon
  { insee: '29232', lat: 47.996, lon: -4.1024, weight: 5, radiusKm: 3 }, // Quimper
  { insee: '29039', lat: 47.8753, lon: -3.9189, weight: 3, radiusKm: 2.5, sector: [0, 160] }, // Concarneau
  { insee: '29046', lat: 48.0928, lon: -4.3297, weight: 1, radiusKm: 2, sector: [90, 250] }, // Douarnenez
  { insee: '29151', lat: 48.5776, lon: -3.828, weight: 3, radiusKm: 2.5 }, // Morlaix
  { insee: '29233', lat: 47.8728, lon: -3.5497, weight: 1, radiusKm: 2.5 }, // Quimperlé
  // Morbihan (56)
  { insee: '56121', lat: 47.7482, lon: -3.3702, weight: 8, radiusKm: 2.5, sector: [-90, 30] }, // Lorient
  { insee: '56098', lat: 47.7626, lon: -3.3397, weight: 5, radiusKm: 2.5, sector: [0, 150] }, // Lanester
  { insee: '56162', lat: 47.7356, lon: -3.4264, weight: 3, radiusKm: 2.5, sector: [-60, 100] }, // Ploemeur
  { insee: '56078', lat: 47.7917, lon: -3.4872, weight: 2, radiusKm: 2.5, sector: [-90, 120] }, // Guidel
  { insee: '56083', lat: 47.805, lon: -3.2769, weight: 1, radiusKm: 2 }, // Hennebont
  { insee: '56260', lat: 47.6582, lon: -2.7608, weight: 5, radiusKm: 2.5, sector: [-100, 100] }, // Vannes
  { insee: '56206', lat: 47.6886, lon: -2.7356, weight: 1, radiusKm: 2 }, // Saint-Avé
  { insee: '56007', lat: 47.668, lon: -2.9817, weight: 1, radiusKm: 2 }, // Auray
  { insee: '56178', lat: 48.0683, lon: -2.9628, weight: 1, radiusKm: 2.5 }, // Pontivy
  { insee: '56075', lat: 47.9058, lon: -2.1219, weight: 2, radiusKm: 2.5 }, // Guer
  // Ille-et-Vilaine (35)
  { insee: '35238', lat: 48.1114, lon: -1.68, weight: 12, radiusKm: 3 }, // Rennes
  { insee: '35047', lat: 48.0247, lon: -1.7456, weight: 6, radiusKm: 2.5 }, // Bruz
  { insee: '35051', lat: 48.121, lon: -1.6031, weight: 6, radiusKm: 2 }, // Cesson-Sévigné
  { insee: '35281', lat: 48.065, lon: -1.7186, weight: 2, radiusKm: 2 }, // Saint-Jacques-de-la-Lande
  { insee: '35334', lat: 48.1594, lon: -1.5792, weight: 1, radiusKm: 1.5 }, // Thorigné-Fouillard
  { insee: '35288', lat: 48.6493, lon: -2.0257, weight: 3, radiusKm: 3, sector: [60, 190] }, // Saint-Malo
  { insee: '35360', lat: 48.1236, lon: -1.2094, weight: 1, radiusKm: 2 }, // Vitré
  { insee: '35115', lat: 48.3524, lon: -1.199, weight: 1, radiusKm: 2 }, // Fougères
  // Côtes-d'Armor (22)
  { insee: '22113', lat: 48.7325, lon: -3.4566, weight: 6, radiusKm: 2.5 }, // Lannion
  { insee: '22198', lat: 48.7728, lon: -3.52, weight: 2, radiusKm: 2 }, // Pleumeur-Bodou
  { insee: '22168', lat: 48.8147, lon: -3.4392, weight: 1, radiusKm: 1.5, sector: [120, 240] }, // Perros-Guirec
  { insee: '22278', lat: 48.5142, lon: -2.7605, weight: 4, radiusKm: 2.5, sector: [150, 330] }, // Saint-Brieuc
  { insee: '22215', lat: 48.4906, lon: -2.7944, weight: 1, radiusKm: 2 }, // Ploufragan
  { insee: '22187', lat: 48.5347, lon: -2.7703, weight: 1, radiusKm: 1.5, sector: [180, 330] }, // Plérin
  { insee: '22050', lat: 48.4555, lon: -2.0502, weight: 1, radiusKm: 2 }, // Dinan
  { insee: '22162', lat: 48.7786, lon: -3.0486, weight: 1, radiusKm: 1.5, sector: [180, 330] }, // Paimpol
];

export interface DemoTown {
  inseeCode: string;
  /** Official name, from the official list of communes. */
  city: string;
  postalCodes: readonly string[];
  department: string;
  lat: number;
  lon: number;
  weight: number;
  radiusKm: number;
  sector: readonly [number, number];
}

/** Town centres the generator places companies around (names and postal codes from the official list). */
export const DEMO_TOWNS: readonly DemoTown[] = TOWN_SPECS.map((t) => {
  const commune = communeByInsee(t.insee);
  if (!commune || !commune.codesPostaux?.length || !commune.departement) {
    throw new Error(`demo generator: INSEE ${t.insee} is not a current commune in the official list`);
  }
  return {
    inseeCode: t.insee,
    city: commune.nom,
    postalCodes: commune.codesPostaux,
    department: commune.departement,
    lat: t.lat,
    lon: t.lon,
    weight: t.weight,
    radiusKm: M.min(t.radiusKm, 3),
    sector: t.sector ?? [0, 360],
  };
});

const TOWN_BY_NAME = new Map(DEMO_TOWNS.map((t) => [t.city, t]));
const TOWN_WEIGHTS = DEMO_TOWNS.map((t) => t.weight);
const TOWN_WEIGHT_TOTAL = TOWN_WEIGHTS.reduce((s, w) => s + w, 0);

function towns(...names: string[]): DemoTown[] {
  return names.map((n) => {
    const town = TOWN_BY_NAME.get(n);
    if (!town) throw new Error(`demo generator: unknown town ${n}`);
    return town;
  });
}

// ---------------------------------------------------------------------------------------------
// Programmes and customers
// ---------------------------------------------------------------------------------------------

interface Programme {
  name: string;
  since: number;
  customers: readonly string[];
}

const PROGRAMMES: Record<string, Programme> = {
  FDI: { name: 'FDI', since: 2017, customers: ['Naval Group', 'Thales', 'MBDA', 'DGA'] },
  Barracuda: {
    name: 'Barracuda',
    since: 2015,
    customers: ['Naval Group', 'DGA', 'Service de soutien de la flotte', 'TechnicAtome'],
  },
  'SNLE 3G': { name: 'SNLE 3G', since: 2021, customers: ['Naval Group', 'DGA', 'TechnicAtome'] },
  MMCM: { name: 'MMCM', since: 2017, customers: ['Thales', 'DGA', 'Hydrovia Systems', 'Naval Group'] },
  'PA-NG': {
    name: 'PA-NG',
    since: 2020,
    customers: ['Naval Group', "Chantiers de l'Atlantique", 'TechnicAtome', 'DGA'],
  },
  'Rafale Marine': {
    name: 'Rafale Marine',
    since: 2015,
    customers: ['Dassault Aviation', 'Safran', 'Thales', 'SIAé', 'Marine nationale'],
  },
  Scorpion: {
    name: 'Scorpion',
    since: 2015,
    customers: ['KNDS France', 'Arquus', 'Thales', 'Safran', 'DGA'],
  },
  'Syracuse IV': {
    name: 'Syracuse IV',
    since: 2015,
    customers: ['Thales Alenia Space', 'Airbus Defence and Space', 'DGA'],
  },
  FREMM: { name: 'FREMM', since: 2015, customers: ['Naval Group', 'Service de soutien de la flotte', 'DGA'] },
};

// ---------------------------------------------------------------------------------------------
// Activity domains
// ---------------------------------------------------------------------------------------------

interface CapabilitySpec {
  code: string;
  /** CPV 2008 French wording. */
  label: string;
  descriptions: readonly string[];
  /** Services are mature by nature; R&D codes are not. */
  trlMin?: number;
  trlMax?: number;
}

interface DomainSpec {
  key: string;
  weight: number;
  capabilities: readonly CapabilitySpec[];
  related: readonly string[];
  naf: readonly string[];
  trlBase: number;
  defenceShare: readonly [number, number];
  /** Weights for NONE, DR, SECRET, TRES_SECRET. */
  clearance: readonly [number, number, number, number];
  certifications: ReadonlyArray<readonly [CertificationScheme, number]>;
  suffixes: readonly string[];
  towns: readonly DemoTown[];
  activitiesFr: readonly string[];
  activitiesEn: readonly string[];
  contextFr: readonly string[];
  contextEn: readonly string[];
  programmes: readonly string[];
  customers: readonly string[];
  referenceWork: readonly string[];
}

const DOMAINS: readonly DomainSpec[] = [
  {
    key: 'naval',
    weight: 16,
    capabilities: [
      {
        code: '35521000',
        label: 'Coques et pièces mécaniques pour navires de guerre',
        descriptions: [
          'Tronçons de coque et pièces de ligne d’arbre usinés',
          'Chaudronnerie inox et cupro-nickel pour bâtiments de surface',
        ],
      },
      {
        code: '35522000',
        label: 'Pièces électroniques pour navires de guerre',
        descriptions: [
          'Armoires électriques et coffrets durcis pour la plateforme',
          'Câblage et raccordement de consoles embarquées',
        ],
      },
      {
        code: '50640000',
        label: "Services de réparation et d'entretien de navires de guerre",
        descriptions: [
          'Interventions en arrêt technique majeur et en escale',
          'Maintenance de la propulsion et des auxiliaires',
        ],
        trlMin: 7,
      },
      {
        code: '50241000',
        label: "Services de réparation et d'entretien de navires",
        descriptions: [
          'Réparation navale en cale sèche et à flot',
          'Entretien de coques et de structures composites',
        ],
        trlMin: 7,
      },
      {
        code: '73434000',
        label: 'Essais et évaluation de navires de guerre',
        descriptions: ['Mesures de signatures acoustique et magnétique', 'Assistance aux essais à la mer'],
      },
    ],
    related: ['engineering', 'c4isr'],
    naf: ['30.11Z', '33.15Z', '25.62B', '33.11Z', '71.12B', '27.90Z'],
    trlBase: 8,
    defenceShare: [0.3, 0.9],
    clearance: [50, 25, 22, 3],
    certifications: [
      ['ISO9001', 0.8],
      ['AQAP2110', 0.4],
      ['ISO14001', 0.3],
      ['EN9100', 0.08],
      ['ISO17025', 0.05],
    ],
    suffixes: ['Marine', 'Naval', 'Industries', 'Ingénierie', 'Technologies', 'Systems', 'Composites'],
    towns: towns(
      'Brest',
      'Lorient',
      'Lanester',
      'Concarneau',
      'Saint-Malo',
      'Crozon',
      'Hennebont',
      'Ploemeur',
      'Douarnenez',
      'Landerneau',
    ),
    activitiesFr: [
      'la chaudronnerie et la tuyauterie navales',
      "l'usinage de pièces de coque et de ligne d'arbre",
      'le câblage électrique de bâtiments militaires',
      'la maintenance des systèmes de propulsion',
      'les arrêts techniques de bâtiments de surface',
      "l'intégration de locaux techniques à bord",
      'la mesure de signatures acoustiques et magnétiques',
      'la réparation de structures composites',
      "l'emménagement des locaux de vie à bord",
      'les essais à la mer',
    ],
    activitiesEn: [
      'naval pipework and boilermaking',
      'machining of hull and shaft-line parts',
      'shipboard electrical cabling',
      'propulsion system maintenance',
      'refits of surface ships',
      'sea trials support',
      'acoustic and magnetic signature measurement',
    ],
    contextFr: [
      'Elle est sous-traitante de rang 2 sur le programme des frégates de défense et d’intervention (FDI) assemblées à Lorient.',
      'Ses équipes interviennent lors des arrêts techniques des sous-marins Barracuda à Brest.',
      "L'entreprise participe aux études amont du SNLE 3G.",
      'Elle assure des prestations de MCO pour des bâtiments de la Marine nationale basés à Brest.',
      'Elle a réalisé des lots d’emménagement pour les FDI sur le site de Lorient.',
      'Elle se positionne sur les futurs lots du porte-avions de nouvelle génération (PA-NG).',
    ],
    contextEn: [
      'It is a tier-2 subcontractor on the FDI frigate programme assembled in Lorient.',
      'Its teams support Barracuda-class submarines during maintenance periods in Brest.',
      'The company contributes to early studies for the SNLE 3G submarine.',
    ],
    programmes: ['FDI', 'Barracuda', 'SNLE 3G', 'PA-NG', 'FREMM'],
    customers: ['Naval Group', 'Kership', 'Service de soutien de la flotte', 'DGA'],
    referenceWork: [
      'Fourniture de tuyauteries de bord',
      'Travaux en arrêt technique',
      'Usinage de pièces de propulsion',
      'Câblage de locaux techniques',
    ],
  },
  {
    key: 'underwater',
    weight: 9,
    capabilities: [
      {
        code: '38113000',
        label: 'Sonars',
        descriptions: [
          'Sonar à antenne synthétique pour drone sous-marin',
          'Antennes acoustiques compactes et hydrophones',
        ],
      },
      {
        code: '35512400',
        label: 'Véhicules sous-marins sans équipage',
        descriptions: [
          'Drone sous-marin autonome de petite taille pour la guerre des mines',
          'Véhicule téléopéré d’inspection de coques',
        ],
      },
      {
        code: '73410000',
        label: 'Recherche et technologie militaires',
        descriptions: [
          'Études de propagation acoustique',
          'Traitement du signal pour la classification de contacts',
        ],
        trlMax: 6,
      },
    ],
    related: ['naval', 'data'],
    naf: ['26.51A', '26.51B', '72.19Z', '30.11Z', '28.99B'],
    trlBase: 6,
    defenceShare: [0.2, 0.85],
    clearance: [55, 22, 20, 3],
    certifications: [
      ['ISO9001', 0.7],
      ['AQAP2110', 0.3],
      ['ISO17025', 0.2],
      ['ISO14001', 0.15],
    ],
    suffixes: ['Subsea', 'Marine', 'Robotics', 'Acoustique', 'Systems', 'Labs', 'Océan', 'Technologies'],
    towns: towns('Brest', 'Plouzané', 'Lorient', 'Ploemeur', 'Guidel', 'Concarneau', 'Crozon'),
    activitiesFr: [
      'les antennes acoustiques compactes',
      'les drones sous-marins autonomes',
      'le traitement du signal acoustique',
      'la détection et la classification de mines',
      "l'acoustique sous-marine",
      'les hydrophones et capteurs océanographiques',
      'la robotique sous-marine',
    ],
    activitiesEn: [
      'compact sonars and acoustic arrays',
      'autonomous underwater vehicles',
      'acoustic signal processing',
      'mine detection and classification',
      'underwater robotics',
    ],
    contextFr: [
      'Ses drones ont été évalués dans le cadre du programme de lutte contre les mines MMCM piloté depuis Brest.',
      'Elle mène des campagnes d’essais en rade de Brest avec DGA Techniques navales.',
      'Ses capteurs acoustiques équipent des démonstrateurs pour la guerre des mines.',
      "L'entreprise collabore avec des laboratoires brestois et l'Ifremer sur l'acoustique sous-marine.",
    ],
    contextEn: [
      'Its vehicles were trialled for the MMCM mine countermeasures programme run from Brest.',
      'It runs sea trials in the Brest roadstead with DGA Techniques navales.',
    ],
    programmes: ['MMCM', 'Barracuda', 'SNLE 3G', 'FDI'],
    customers: ['Thales', 'Hydrovia Systems', 'DGA', 'Naval Group'],
    referenceWork: [
      'Essais de drones en rade de Brest',
      'Fourniture d’hydrophones',
      'Étude de classification de mines',
    ],
  },
  {
    key: 'cyber',
    weight: 16,
    capabilities: [
      {
        code: '72212730',
        label: 'Services de développement de logiciels de sécurité',
        descriptions: [
          'Développement de sondes de détection pour réseaux embarqués',
          'Durcissement de systèmes Linux embarqués',
        ],
      },
      {
        code: '48732000',
        label: 'Progiciel de sécurité des données',
        descriptions: [
          'Chiffrement de fichiers et de flux pour réseaux tactiques',
          'Passerelle d’échange sécurisée entre niveaux de sensibilité',
        ],
      },
      {
        code: '72810000',
        label: "Services d'audit informatique",
        descriptions: [
          'Audits d’architecture et tests d’intrusion',
          'Audit de configuration de systèmes industriels',
        ],
        trlMin: 7,
      },
      {
        code: '72820000',
        label: "Services d'essai informatique",
        descriptions: ['Évaluation de robustesse de logiciels embarqués', 'Campagnes de fuzzing'],
      },
      {
        code: '72700000',
        label: 'Services de réseaux informatiques',
        descriptions: [
          'Conception de réseaux segmentés pour sites sensibles',
          'Supervision de sécurité (SOC)',
        ],
        trlMin: 6,
      },
    ],
    related: ['data', 'c4isr'],
    naf: ['62.01Z', '62.02A', '62.03Z', '58.29C', '62.09Z'],
    trlBase: 7,
    defenceShare: [0.1, 0.8],
    clearance: [45, 28, 24, 3],
    certifications: [
      ['ISO27001', 0.6],
      ['PASSI', 0.3],
      ['CSPN', 0.15],
      ['ISO9001', 0.3],
    ],
    suffixes: ['Cyber', 'Sécurité', 'Security', 'Labs', 'Technologies', 'Systems', 'Conseil', 'Data'],
    towns: towns(
      'Rennes',
      'Cesson-Sévigné',
      'Bruz',
      'Saint-Jacques-de-la-Lande',
      'Thorigné-Fouillard',
      'Vannes',
      'Brest',
      'Lannion',
    ),
    activitiesFr: [
      "l'audit de sécurité et les tests d'intrusion",
      "la détection d'intrusion sur réseaux industriels et embarqués",
      'le chiffrement des données',
      "la sécurisation des systèmes d'information navals",
      'la réponse à incident',
      'la supervision de sécurité',
      'la sécurité des systèmes embarqués',
      "l'analyse de code et la rétro-ingénierie",
    ],
    activitiesEn: [
      'security audits and penetration testing',
      'intrusion detection for embedded networks',
      'data encryption',
      'incident response',
      'embedded systems security',
    ],
    contextFr: [
      "Membre du Pôle d'excellence cyber, elle participe aux exercices organisés avec COMCYBER à Rennes.",
      'Ses produits ont été évalués sur les plateformes de DGA Maîtrise de l’information à Bruz.',
      'Elle accompagne les PME de la BITD bretonne dans la protection de leurs informations sensibles.',
      "L'entreprise a contribué à la cybersécurité des systèmes embarqués des FDI.",
    ],
    contextEn: [
      "A member of the Pôle d'excellence cyber, it takes part in exercises with COMCYBER in Rennes.",
      'Its products have been assessed on DGA Maîtrise de l’information platforms in Bruz.',
    ],
    programmes: ['FDI', 'SNLE 3G', 'Syracuse IV', 'Scorpion'],
    customers: ['DGA', 'Thales', 'Naval Group', 'Airbus Defence and Space'],
    referenceWork: [
      'Audit de sécurité d’un système embarqué',
      'Intégration de sondes de détection',
      'Tests d’intrusion',
    ],
  },
  {
    key: 'c4isr',
    weight: 10,
    capabilities: [
      {
        code: '35710000',
        label: 'Systèmes de commandement, de contrôle, de communication et informatiques',
        descriptions: ['Logiciels de tenue de situation tactique', 'Consoles opérateur durcies'],
      },
      {
        code: '35720000',
        label: "Renseignement, surveillance, acquisition d'objectifs et reconnaissance",
        descriptions: ['Fusion de capteurs pour la surveillance maritime', 'Chaîne de traitement ISR'],
      },
      {
        code: '35721000',
        label: 'Système de renseignement électronique',
        descriptions: ['Récepteurs large bande pour le ROEM', 'Goniométrie de signaux radar'],
      },
      {
        code: '35722000',
        label: 'Radar',
        descriptions: ['Radar de surveillance côtière compact', 'Sous-ensembles hyperfréquences radar'],
      },
      {
        code: '35730000',
        label: 'Systèmes de guerre électronique et contre-mesures',
        descriptions: ['Brouilleurs et leurres électroniques', 'Simulateurs de menaces radar'],
      },
      {
        code: '50660000',
        label: "Services de réparation et d'entretien de systèmes électroniques militaires",
        descriptions: ['Réparation de cartes et de modules électroniques', 'Gestion des obsolescences'],
        trlMin: 7,
      },
    ],
    related: ['cyber', 'satcom', 'engineering'],
    naf: ['26.30Z', '26.51A', '26.12Z', '62.01Z', '33.13Z'],
    trlBase: 6,
    defenceShare: [0.3, 0.9],
    clearance: [50, 25, 22, 3],
    certifications: [
      ['ISO9001', 0.8],
      ['EN9100', 0.4],
      ['AQAP2110', 0.4],
      ['ISO27001', 0.2],
      ['CSPN', 0.05],
    ],
    suffixes: ['Systems', 'Électronique', 'Défense', 'Technologies', 'Electronics', 'Ingénierie', 'Labs'],
    towns: towns('Brest', 'Bruz', 'Rennes', 'Lannion', 'Cesson-Sévigné', 'Vannes', 'Guipavas'),
    activitiesFr: [
      'les systèmes de commandement et de contrôle',
      "la guerre électronique et le renseignement d'origine électromagnétique",
      'les radars de surveillance côtière',
      'la fusion de données tactiques',
      'les cartes électroniques durcies',
      "la maintenance d'équipements électroniques militaires",
      'les chaînes hyperfréquences',
    ],
    activitiesEn: [
      'command and control systems',
      'electronic warfare',
      'coastal surveillance radars',
      'tactical data fusion',
      'ruggedised electronics',
    ],
    contextFr: [
      'Elle qualifie ses équipements dans les chambres anéchoïques de DGA Maîtrise de l’information à Bruz.',
      'Ses modules hyperfréquences sont intégrés dans des suites de guerre électronique navales.',
      'Elle assure le MCO d’équipements électroniques pour la flotte basée à Brest.',
      "L'entreprise a livré des sous-ensembles pour le système de combat des FDI.",
    ],
    contextEn: [
      'It qualifies its equipment in the anechoic chambers of DGA Maîtrise de l’information in Bruz.',
      'It delivered sub-assemblies for the FDI combat system.',
    ],
    programmes: ['FDI', 'Scorpion', 'Rafale Marine', 'MMCM', 'Syracuse IV'],
    customers: ['Thales', 'DGA', 'MBDA', 'Naval Group', 'Safran'],
    referenceWork: [
      'Fourniture de cartes hyperfréquences',
      'Réparation de modules électroniques',
      'Développement d’un logiciel de situation tactique',
    ],
  },
  {
    key: 'photonics',
    weight: 6,
    capabilities: [
      {
        code: '38600000',
        label: "Instruments d'optique",
        descriptions: [
          'Caméras infrarouges durcies pour la veille',
          'Gyroscopes à fibre optique',
          'Sources laser impulsionnelles',
        ],
      },
      {
        code: '31710000',
        label: 'Matériel électronique',
        descriptions: [
          'Électronique de proximité pour détecteurs',
          'Cartes de traitement d’image embarquées',
        ],
      },
    ],
    related: ['c4isr', 'satcom'],
    naf: ['26.70Z', '26.51B', '72.19Z', '26.11Z'],
    trlBase: 5,
    defenceShare: [0.05, 0.6],
    clearance: [75, 15, 9, 1],
    certifications: [
      ['ISO9001', 0.7],
      ['EN9100', 0.35],
      ['ISO17025', 0.15],
      ['ISO14001', 0.1],
    ],
    suffixes: ['Photonics', 'Optronique', 'Optics', 'Lasers', 'Technologies', 'Labs', 'Systems'],
    towns: towns('Lannion', 'Pleumeur-Bodou', 'Perros-Guirec', 'Brest', 'Rennes'),
    activitiesFr: [
      "l'optronique de veille infrarouge",
      'les lasers et les fibres optiques',
      "l'imagerie multispectrale",
      'les gyroscopes à fibre optique',
      'la photonique intégrée',
      'les caméras durcies pour environnement marin',
    ],
    activitiesEn: [
      'infrared search and track optronics',
      'lasers and optical fibres',
      'multispectral imaging',
      'integrated photonics',
    ],
    contextFr: [
      "Elle travaille avec les laboratoires de l'écosystème photonique de Lannion, dans le Trégor.",
      'Ses caméras infrarouges équipent des démonstrateurs de veille optronique pour bâtiments de surface.',
      'Elle développe des sous-ensembles optiques destinés aux nacelles du Rafale Marine.',
    ],
    contextEn: [
      'It works with photonics laboratories of the Trégor cluster in Lannion.',
      'Its infrared cameras equip optronic surveillance demonstrators for surface ships.',
    ],
    programmes: ['FDI', 'Rafale Marine', 'Scorpion', 'PA-NG'],
    customers: ['Safran', 'Thales', 'DGA', 'MBDA'],
    referenceWork: [
      'Fourniture de caméras infrarouges',
      'Étude d’un gyroscope compact',
      'Intégration de sources laser',
    ],
  },
  {
    key: 'aero',
    weight: 7,
    capabilities: [
      {
        code: '35640000',
        label: 'Pièces pour équipement aérospatial militaire',
        descriptions: ['Pièces usinées et sous-ensembles de structure', 'Harnais électriques aéronautiques'],
      },
      {
        code: '50650000',
        label:
          "Services de réparation et d'entretien d'aéronefs militaires, de missiles et d'engins spatiaux",
        descriptions: [
          'Réparation de structures composites d’aéronefs',
          'Maintenance d’équipements de servitude au sol',
        ],
        trlMin: 7,
      },
      {
        code: '35613000',
        label: 'Véhicules aériens sans équipage',
        descriptions: ['Drone de surveillance maritime à voilure fixe', 'Drone multirotor embarqué'],
        trlMax: 8,
      },
    ],
    related: ['engineering', 'photonics'],
    naf: ['33.16Z', '30.30Z', '25.62B'],
    trlBase: 8,
    defenceShare: [0.3, 0.9],
    clearance: [65, 20, 14, 1],
    certifications: [
      ['EN9100', 0.6],
      ['EN9110', 0.5],
      ['PART145', 0.4],
      ['ISO9001', 0.5],
      ['ISO14001', 0.15],
    ],
    suffixes: ['Aéro', 'Aerospace', 'Aviation', 'Composites', 'Technologies', 'Industries', 'Drones'],
    towns: towns('Landivisiau', 'Lanvéoc', 'Brest', 'Guipavas', 'Ploemeur', 'Morlaix'),
    activitiesFr: [
      "la maintenance d'équipements aéronautiques",
      "la réparation de structures composites d'aéronefs",
      "l'usinage de pièces aéronautiques",
      'les drones aériens de surveillance maritime',
      'le soutien des hélicoptères embarqués',
    ],
    activitiesEn: [
      'aircraft equipment maintenance',
      'composite aerostructure repair',
      'aerospace machining',
      'maritime surveillance drones',
    ],
    contextFr: [
      'Elle contribue au soutien des Rafale Marine de la base aéronavale de Landivisiau.',
      "Elle intervient sur les équipements des flottilles de l'aéronautique navale de Lanvéoc-Poulmic.",
      'Ses drones aériens sont utilisés pour des essais de surveillance maritime au large de Brest.',
      'Elle prépare les futurs besoins aéronautiques liés au PA-NG.',
    ],
    contextEn: ['It supports the Rafale Marine fleet at the Landivisiau naval air station.'],
    programmes: ['Rafale Marine', 'PA-NG'],
    customers: ['Dassault Aviation', 'Safran', 'SIAé', 'Marine nationale'],
    referenceWork: [
      'Réparation de pièces composites',
      'Maintenance d’équipements de piste',
      'Fourniture de harnais',
    ],
  },
  {
    key: 'satcom',
    weight: 6,
    capabilities: [
      {
        code: '32530000',
        label: 'Équipements de communication par satellite',
        descriptions: ['Terminaux satcom embarqués', 'Antennes à pointage électronique'],
      },
      {
        code: '32200000',
        label:
          "Appareils d'émission pour la radiotéléphonie, la radiotélégraphie, la radiodiffusion et la télévision",
        descriptions: ['Radios logicielles tactiques', 'Émetteurs HF et VHF durcis'],
      },
    ],
    related: ['c4isr', 'cyber'],
    naf: ['26.30Z', '61.30Z', '62.01Z', '71.12B'],
    trlBase: 6,
    defenceShare: [0.1, 0.7],
    clearance: [65, 20, 14, 1],
    certifications: [
      ['ISO9001', 0.7],
      ['EN9100', 0.3],
      ['ISO27001', 0.2],
    ],
    suffixes: ['Telecom', 'Systems', 'Networks', 'Technologies', 'Space', 'Labs', 'Radio'],
    towns: towns('Lannion', 'Pleumeur-Bodou', 'Rennes', 'Cesson-Sévigné', 'Brest'),
    activitiesFr: [
      'les terminaux de communication par satellite',
      'les radios logicielles',
      'les liaisons de données tactiques',
      'les antennes embarquées',
      'les réseaux de télécommunications sécurisés',
    ],
    activitiesEn: [
      'satellite communication terminals',
      'software-defined radios',
      'tactical data links',
      'shipborne antennas',
    ],
    contextFr: [
      'Héritière de la tradition télécom de Lannion et de Pleumeur-Bodou, elle conçoit ses produits en Bretagne.',
      'Ses terminaux ont été qualifiés pour le segment sol de Syracuse IV.',
      'Elle développe des antennes satcom pour bâtiments de surface.',
    ],
    contextEn: [
      'Its terminals were qualified for the Syracuse IV ground segment.',
      'It designs satcom antennas for surface ships.',
    ],
    programmes: ['Syracuse IV', 'FDI', 'Scorpion'],
    customers: ['Thales', 'Airbus Defence and Space', 'DGA'],
    referenceWork: ['Fourniture de terminaux', 'Intégration d’antennes', 'Développement d’une forme d’onde'],
  },
  {
    key: 'simulation',
    weight: 6,
    capabilities: [
      {
        code: '35740000',
        label: 'Simulateurs de combat',
        descriptions: ['Simulateur tactique multi-postes', 'Environnement synthétique de combat naval'],
      },
      {
        code: '80640000',
        label: 'Formation et simulation dans le domaine des navires de guerre',
        descriptions: [
          'Simulateur de conduite de plateforme',
          'Formation des équipages à la lutte contre les avaries',
        ],
        trlMin: 6,
      },
      {
        code: '80660000',
        label: 'Formation et simulation dans le domaine des systèmes électroniques militaires',
        descriptions: [
          'Formation à la maintenance de systèmes électroniques',
          'Réalité virtuelle pour l’instruction technique',
        ],
        trlMin: 6,
      },
    ],
    related: ['data', 'c4isr'],
    naf: ['85.59A', '62.01Z', '58.29C'],
    trlBase: 7,
    defenceShare: [0.2, 0.8],
    clearance: [70, 20, 9, 1],
    certifications: [
      ['ISO9001', 0.6],
      ['ISO27001', 0.15],
      ['AQAP2110', 0.15],
    ],
    suffixes: ['Simulation', 'Training', 'Formation', 'Systems', 'Labs', 'Interactive', 'Technologies'],
    towns: towns('Guer', 'Vannes', 'Brest', 'Rennes', 'Lorient', 'Saint-Brieuc'),
    activitiesFr: [
      'la simulation tactique',
      'les simulateurs de passerelle et de conduite de plateforme',
      'la formation des équipages',
      'la réalité virtuelle pour la maintenance',
      "les environnements synthétiques d'entraînement",
    ],
    activitiesEn: [
      'tactical simulation',
      'bridge and platform simulators',
      'crew training',
      'virtual reality for maintenance training',
    ],
    contextFr: [
      'Elle forme des équipages de la Marine nationale à Brest et à Lorient.',
      "Ses simulateurs servent à l'entraînement des élèves officiers à Coëtquidan.",
      'Elle a développé un simulateur de conduite de plateforme pour les FDI.',
      'Ses environnements virtuels servent à la formation à la maintenance des Rafale Marine.',
    ],
    contextEn: [
      'Its simulators are used to train officer cadets at Coëtquidan.',
      'It trains French Navy crews in Brest and Lorient.',
    ],
    programmes: ['FDI', 'Rafale Marine', 'Scorpion', 'Barracuda'],
    customers: ['Marine nationale', 'Naval Group', 'Thales', 'DGA'],
    referenceWork: [
      'Développement d’un simulateur',
      'Sessions de formation d’équipages',
      'Module de réalité virtuelle',
    ],
  },
  {
    key: 'engineering',
    weight: 14,
    capabilities: [
      {
        code: '71300000',
        label: "Services d'ingénierie",
        descriptions: ['Calculs de structure et de tenue aux chocs', 'Études de soutien logistique intégré'],
        trlMin: 6,
      },
      {
        code: '71632000',
        label: "Services d'essais techniques",
        descriptions: ['Essais d’environnement climatique et vibratoire', 'Métrologie et étalonnage'],
        trlMin: 6,
      },
      {
        code: '73436000',
        label: 'Essais et évaluation de systèmes électroniques militaires',
        descriptions: [
          'Essais de compatibilité électromagnétique',
          'Bancs de test pour équipements électroniques',
        ],
      },
    ],
    related: ['naval', 'aero', 'c4isr'],
    naf: ['71.12B', '71.20B', '74.90B', '33.20C', '72.19Z'],
    trlBase: 7,
    defenceShare: [0.1, 0.7],
    clearance: [70, 18, 11, 1],
    certifications: [
      ['ISO9001', 0.8],
      ['ISO17025', 0.3],
      ['AQAP2110', 0.2],
      ['ISO14001', 0.3],
      ['EN9100', 0.15],
    ],
    suffixes: ['Ingénierie', 'Engineering', 'Conseil', 'Essais', 'Technologies', 'Industries', 'Systems'],
    towns: towns('Brest', 'Lorient', 'Quimper', 'Saint-Brieuc', 'Rennes', 'Vannes', 'Morlaix', 'Plouzané'),
    activitiesFr: [
      "l'ingénierie mécanique et les calculs de structure",
      "les essais d'environnement et de compatibilité électromagnétique",
      'la métrologie',
      'les études de chocs et vibrations',
      "l'ingénierie de sûreté de fonctionnement",
      'le soutien logistique intégré',
      'la conception de bancs de test',
    ],
    activitiesEn: [
      'mechanical engineering and structural analysis',
      'environmental and EMC testing',
      'metrology',
      'integrated logistics support',
    ],
    contextFr: [
      'Son laboratoire réalise des essais de compatibilité électromagnétique pour des équipementiers de défense.',
      'Elle fournit des études de tenue aux chocs pour des équipements embarqués des FDI.',
      'Elle travaille avec DGA Techniques navales à Brest sur des essais d’équipements.',
      'Elle réalise des études de soutien logistique intégré pour des sous-ensembles du SNLE 3G.',
    ],
    contextEn: [
      'Its laboratory performs EMC testing for defence equipment makers.',
      'It works with DGA Techniques navales in Brest on equipment testing.',
    ],
    programmes: ['FDI', 'Barracuda', 'SNLE 3G', 'PA-NG', 'MMCM'],
    customers: ['Naval Group', 'Thales', 'DGA', 'MBDA', 'Safran'],
    referenceWork: [
      'Campagne d’essais de qualification',
      'Étude de tenue aux chocs',
      'Dossier de soutien logistique',
    ],
  },
  {
    key: 'data',
    weight: 10,
    capabilities: [
      {
        code: '72316000',
        label: "Services d'analyse de données",
        descriptions: [
          'Analyse de données de capteurs embarqués',
          'Maintenance prédictive à partir de données de bord',
        ],
      },
      {
        code: '72310000',
        label: 'Services de traitement de données',
        descriptions: [
          'Chaînes de traitement d’images satellites',
          'Annotation et qualification de jeux de données',
        ],
        trlMin: 5,
      },
      {
        code: '73420000',
        label: 'Étude de préfaisabilité et démonstration technologique',
        descriptions: [
          'Démonstrateur d’IA embarquée frugale',
          'Étude de faisabilité en vision par ordinateur',
        ],
        trlMax: 6,
      },
    ],
    related: ['cyber', 'underwater', 'simulation'],
    naf: ['62.01Z', '62.02A', '63.11Z', '72.19Z', '58.29C'],
    trlBase: 5,
    defenceShare: [0.05, 0.6],
    clearance: [65, 22, 12, 1],
    certifications: [
      ['ISO27001', 0.45],
      ['ISO9001', 0.35],
      ['CSPN', 0.05],
    ],
    suffixes: ['Data', 'AI', 'Analytics', 'Labs', 'Intelligence', 'Technologies', 'Systems'],
    towns: towns('Rennes', 'Bruz', 'Cesson-Sévigné', 'Brest', 'Lannion', 'Vannes'),
    activitiesFr: [
      "l'intelligence artificielle embarquée",
      "l'analyse de données de capteurs",
      'la vision par ordinateur',
      'la fusion de données maritimes',
      'la maintenance prédictive',
      'le traitement automatique du langage',
    ],
    activitiesEn: [
      'embedded artificial intelligence',
      'sensor data analytics',
      'computer vision',
      'maritime data fusion',
      'predictive maintenance',
    ],
    contextFr: [
      "Elle travaille sur l'IA de confiance en lien avec l'écosystème de Bruz, où est installée l'AMIAD.",
      'Ses algorithmes de maintenance prédictive sont testés sur des données de bâtiments de surface.',
      "Elle a mené une étude soutenue par l'AID sur la classification automatique de contacts sonar.",
    ],
    contextEn: [
      'It works on trustworthy AI with the Bruz ecosystem, home of the AMIAD defence AI agency.',
      'Its predictive maintenance models are tested on data from surface ships.',
    ],
    programmes: ['MMCM', 'Scorpion', 'FDI', 'Syracuse IV'],
    customers: ['DGA', 'Thales', 'Naval Group', 'Safran'],
    referenceWork: ['Démonstrateur d’IA', 'Analyse de données de maintenance', 'Étude de faisabilité'],
  },
];

const DOMAIN_BY_KEY = new Map(DOMAINS.map((d) => [d.key, d]));
const DOMAIN_WEIGHTS = DOMAINS.map((d) => d.weight);
const DOMAIN_WEIGHT_TOTAL = DOMAIN_WEIGHTS.reduce((s, w) => s + w, 0);

// ---------------------------------------------------------------------------------------------
// Names, people, streets
// ---------------------------------------------------------------------------------------------

/** Stand-alone Breton / maritime names (places, winds, rivers, islands). */
const SINGLE_STEMS = [
  'Arvor',
  'Argoat',
  'Iroise',
  'Goëlo',
  'Trégor',
  'Léon',
  'Kornog',
  'Gwalarn',
  'Ouessant',
  'Molène',
  'Glénan',
  'Aber',
  'Penfeld',
  'Elorn',
  'Odet',
  'Blavet',
  'Scorff',
  'Rance',
  'Steredenn',
  'Avel',
  'Enez',
  'Morgat',
  'Kreiz',
  'Mervent',
  'Aodenn',
  'Heol',
  'Sklaerder',
  'Lanveur',
  'Penn ar Bed',
] as const;
const STEM_HEADS = [
  'Penn',
  'Mor',
  'Ar',
  'Kan',
  'Enez',
  'Ker',
  'Lann',
  'Men',
  'Tan',
  'Gwenn',
  'Glaz',
  'Beg',
  'Aod',
  'Avel',
  'Dour',
  'Steren',
  'Sklaer',
  'Bro',
  'Lok',
  'Koad',
] as const;
const STEM_TAILS = [
  'mor',
  'avel',
  'lann',
  'tan',
  'dour',
  'glaz',
  'enez',
  'ruz',
  'men',
  'hir',
  'sklaer',
  'koad',
  'gwenn',
  'houl',
  'lestr',
  'vor',
  'heol',
  'ster',
  'bleiz',
  'kaer',
  'nevez',
  'bihan',
  'vat',
  'lenn',
] as const;

/** Stems the matching-dev evaluation set already uses: keep demo companies distinct from it. */
const STEMS_USED_ELSEWHERE = ['Armor', 'Kermor'];

const STEMS: readonly string[] = (() => {
  const out = new Set<string>(SINGLE_STEMS);
  for (const h of STEM_HEADS) {
    for (const t of STEM_TAILS) {
      if (h.toLowerCase() === t || h.toLowerCase().startsWith(t) || t.startsWith(h.toLowerCase())) continue;
      out.add(h + t);
    }
  }
  for (const taken of STEMS_USED_ELSEWHERE) out.delete(taken);
  return [...out];
})();

const FALLBACK_QUALIFIERS = ['Bretagne', 'Atlantique', 'Ouest', 'Océan', 'Armorique'] as const;

interface NamePart {
  text: string;
  slug: string;
}
const namePart = (text: string): NamePart => ({ text, slug: fold(text) });
const STEM_PARTS: readonly NamePart[] = STEMS.map(namePart);
const QUALIFIER_PARTS: readonly NamePart[] = FALLBACK_QUALIFIERS.map(namePart);

const FIRST_NAMES_F = [
  'Nolwenn',
  'Maïwenn',
  'Soizic',
  'Gwenola',
  'Katell',
  'Enora',
  'Anaïg',
  'Morgane',
  'Rozenn',
  'Klervi',
  'Aziliz',
  'Léna',
  'Camille',
  'Claire',
  'Sophie',
  'Marie',
  'Anne',
  'Élodie',
  'Gaëlle',
  'Servane',
] as const;
const FIRST_NAMES_M = [
  'Yann',
  'Erwan',
  'Gwenaël',
  'Loïc',
  'Maël',
  'Ronan',
  'Tanguy',
  'Goulven',
  'Yannick',
  'Gaël',
  'Brieuc',
  'Malo',
  'Corentin',
  'Tristan',
  'Alan',
  'Thomas',
  'Nicolas',
  'Julien',
  'Hervé',
  'Per',
] as const;
const LAST_NAMES = [
  'Le Gall',
  'Le Goff',
  'Tanguy',
  'Le Bihan',
  'Le Roux',
  'Le Bras',
  'Guillou',
  'Le Guen',
  'Morvan',
  'Quéré',
  'Le Corre',
  'Le Moal',
  'Le Floch',
  'Cadiou',
  'Le Meur',
  'Riou',
  'Salaün',
  'Abgrall',
  'Le Borgne',
  'Prigent',
  'Jaouen',
  'Thépaut',
  "Guivarc'h",
  'Le Gac',
  'Le Du',
  'Hamon',
  'Le Berre',
  'Madec',
  'Nédélec',
  'Kervella',
  'Cloarec',
  'Le Hir',
  'Caradec',
  'Tréguer',
  'Martin',
  'Bernard',
  'Lefebvre',
  'Moreau',
  'Fournier',
  'Girard',
] as const;
const ROLES: ReadonlyArray<readonly [string, string]> = [
  ['Président', 'Présidente'],
  ['Directeur général', 'Directrice générale'],
  ['Directeur technique', 'Directrice technique'],
  ['CTO', 'CTO'],
  ['Responsable commercial', 'Responsable commerciale'],
  ["Chargé d'affaires défense", "Chargée d'affaires défense"],
  ['Responsable qualité', 'Responsable qualité'],
  ['Business developer', 'Business developer'],
  ['Officier de sécurité', 'Officière de sécurité'],
];
const STREETS = [
  'rue Jacques Cartier',
  'rue Surcouf',
  'rue de la Marine',
  'rue Ampère',
  'avenue des Sciences',
  'rue Blaise Pascal',
  'rue Éric Tabarly',
  'rue du Port',
  'impasse des Goélands',
  'rue des Mouettes',
  'boulevard de l’Europe',
  'rue Louis de Broglie',
  'allée des Embruns',
  'rue de Kerlann',
  'rue de Pen ar Créac’h',
  'rue Alain Colas',
  'avenue de l’Océan',
  'rue des Frères Lumière',
  'rue de la Croix Rouge',
  'rue Marie Curie',
  'quai des Indes',
  'rue de Kervenanec',
  'rue du Commandant Charcot',
  'rue de l’Innovation',
] as const;
/** Phone prefix 02 9x by department (22 → 96, 29 → 98, 35 → 99, 56 → 97). */
const PHONE_DIGIT: Record<string, number> = { '22': 6, '29': 8, '35': 9, '56': 7 };

const SUFFIX_PARTS = new Map(DOMAINS.map((d) => [d.key, d.suffixes.map(namePart)]));
const FIRST_NAME_PARTS_F: readonly NamePart[] = FIRST_NAMES_F.map(namePart);
const FIRST_NAME_PARTS_M: readonly NamePart[] = FIRST_NAMES_M.map(namePart);
const LAST_NAME_PARTS: readonly NamePart[] = LAST_NAMES.map(namePart);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function clamp(v: number, min: number, max: number): number {
  return v < min ? min : v > max ? max : v;
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return M.round(v * f) / f;
}

/** `prefix` followed by the digit that makes the whole pass the Luhn check. */
function luhnComplete(prefix: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnValid(prefix + d)) return prefix + d;
  }
  throw new Error('unreachable: some digit always completes a Luhn number');
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
/** Days of expired and valid certification dates: 2025-01-01 to 2029-12-31 around the default date. */
const EXPIRED_SPAN = dayNumber(DEMO_REFERENCE_DATE) - dayNumber('2025-01-01');
const VALID_SPAN = dayNumber('2029-12-31') - dayNumber(DEMO_REFERENCE_DATE);

/** Every day of the spans before and after the reference date (which is in neither list), in order. */
function certificationDays(referenceDate: string): { expired: string[]; valid: string[] } {
  const ref = dayNumber(referenceDate);
  const day = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
  return {
    expired: Array.from({ length: EXPIRED_SPAN }, (_, i) => day(ref - EXPIRED_SPAN + i)),
    valid: Array.from({ length: VALID_SPAN }, (_, i) => day(ref + 1 + i)),
  };
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function twoDigits(rng: Rng): string {
  return rng.pick(TWO_DIGITS);
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

type Stage = 'startup' | 'sme' | 'midcap';
type Row = SupplierImportRow;
type Certification = NonNullable<Row['certifications']>[number];
type Capability = NonNullable<Row['capabilities']>[number];
type Reference = NonNullable<Row['references']>[number];
type Contact = NonNullable<Row['contacts']>[number];

const CLEARANCES: readonly ClearanceLevel[] = ['NONE', 'DR', 'SECRET', 'TRES_SECRET'];

/**
 * `count` fictional Breton defence suppliers, identical for the same (count, seed, referenceDate).
 * Rows are independent of `count`: the first n rows of a larger run equal a run of n.
 */
export function generateDemoSuppliers(
  count: number,
  seed = 2024,
  referenceDate = DEMO_REFERENCE_DATE,
): SupplierImportRow[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || Number.isNaN(dayNumber(referenceDate)))
    throw new Error(`reference date must be a YYYY-MM-DD day, not ${referenceDate}`);
  const days = certificationDays(referenceDate);
  const rng = new Rng(seed);
  const usedSlugs = new Set<string>();
  const usedSirens = new Set<string>();
  const rows: SupplierImportRow[] = [];
  for (let i = 0; i < count; i++) rows.push(generateOne(rng, i + 1, usedSlugs, usedSirens, days));
  return rows;
}

function generateOne(
  rng: Rng,
  index: number,
  usedSlugs: Set<string>,
  usedSirens: Set<string>,
  days: { expired: string[]; valid: string[] },
): Row {
  const domain = rng.weighted(DOMAINS, DOMAIN_WEIGHTS, DOMAIN_WEIGHT_TOTAL);
  const stage: Stage = rng.chance(0.03) ? 'midcap' : rng.chance(0.22) ? 'startup' : 'sme';

  const headcount =
    stage === 'midcap' ? rng.logInt(250, 1200) : stage === 'startup' ? rng.int(3, 25) : rng.logInt(5, 249);
  const revenueEur = M.round((headcount * rng.float(80_000, 150_000)) / 100) * 100;
  const founded =
    stage === 'startup'
      ? rng.int(2016, 2024)
      : stage === 'midcap'
        ? rng.int(1962, 2005)
        : rng.int(1978, 2019);
  const [shareMin, shareMax] = domain.defenceShare;
  const defenceRevenueShare = round(clamp(rng.float(shareMin, shareMax), 0.05, 0.9), 2);

  const { name, slug } = companyName(rng, domain, usedSlugs);
  const town = rng.chance(0.6)
    ? rng.pick(domain.towns)
    : rng.weighted(DEMO_TOWNS, TOWN_WEIGHTS, TOWN_WEIGHT_TOTAL);
  const address = makeAddress(rng, town);
  const capabilities = makeCapabilities(rng, domain, stage);
  const clearance = makeClearance(rng, domain, stage, headcount);
  const certifications = makeCertifications(rng, domain, stage, days);
  const references = makeReferences(rng, domain, stage, founded);

  const row: Row = {
    externalId: `DEMO-${`${index}`.padStart(5, '0')}`,
    siret: makeSiret(rng, usedSirens),
    name,
    legalForm: legalForm(rng, stage, headcount, domain),
    nafCode: rng.pick(domain.naf),
    headcount,
    revenueEur,
    defenceRevenueShare,
    website: `https://${slug}.example.fr`,
    address,
    description: describe(
      rng,
      domain,
      stage,
      name,
      town.city,
      founded,
      headcount,
      defenceRevenueShare,
      clearance,
    ),
    capabilities,
    clearance,
    contacts: makeContacts(rng, slug, town.department),
  };
  if (certifications.length) row.certifications = certifications;
  if (references.length) row.references = references;
  return row;
}

function companyName(rng: Rng, domain: DomainSpec, usedSlugs: Set<string>): { name: string; slug: string } {
  const suffixes = SUFFIX_PARTS.get(domain.key)!;
  for (let attempt = 0; ; attempt++) {
    const stem = rng.pick(STEM_PARTS);
    const suffix = rng.pick(suffixes);
    let name = `${stem.text} ${suffix.text}`;
    let slug = `${stem.slug}-${suffix.slug}`;
    if (attempt >= 20) {
      const qualifier = rng.pick(QUALIFIER_PARTS);
      name += ` ${qualifier.text}`;
      slug += `-${qualifier.slug}`;
    }
    if (attempt >= 40) {
      name += ` ${attempt}`;
      slug += `-${attempt}`;
    }
    if (!usedSlugs.has(slug)) {
      usedSlugs.add(slug);
      return { name, slug };
    }
  }
}

const SIREN_FIRST_DIGITS = [3, 4, 5, 7, 8, 9];
const SIREN_FIRST_WEIGHTS = [1, 2, 2, 1, 4, 5];
const SIREN_FIRST_TOTAL = 15;

function makeSiret(rng: Rng, usedSirens: Set<string>): string {
  for (;;) {
    // Recent companies mostly have SIRENs starting with 8 or 9.
    const first = rng.weighted(SIREN_FIRST_DIGITS, SIREN_FIRST_WEIGHTS, SIREN_FIRST_TOTAL);
    const siren = luhnComplete(`${first}${`${rng.int(0, 9_999_999)}`.padStart(7, '0')}`);
    if (siren === LA_POSTE_SIREN || usedSirens.has(siren)) continue;
    usedSirens.add(siren);
    // Head-office NICs look like 00010…00099.
    return luhnComplete(`${siren}000${rng.int(1, 9)}`);
  }
}

function legalForm(rng: Rng, stage: Stage, headcount: number, domain: DomainSpec): LegalForm {
  if (stage === 'midcap') return rng.weighted<LegalForm>(['SAS', 'SA'], [3, 2]);
  if (headcount < 20) {
    return rng.weighted<LegalForm>(
      ['SAS', 'SASU', 'SARL', 'EURL', 'SCOP'],
      [6, 3, 3, 1, domain.key === 'engineering' ? 0.5 : 0.1],
    );
  }
  return rng.weighted<LegalForm>(
    ['SAS', 'SARL', 'SA', 'SCOP'],
    [7, 2, 1.5, domain.key === 'engineering' || domain.key === 'simulation' ? 0.5 : 0.1],
  );
}

function makeAddress(rng: Rng, town: DemoTown): Row['address'] {
  const distanceKm = town.radiusKm * M.sqrt(rng.float());
  const bearing = (rng.float(town.sector[0], town.sector[1]) * M.PI) / 180;
  const lat = town.lat + (distanceKm * M.cos(bearing)) / 111.32;
  const lon = town.lon + (distanceKm * M.sin(bearing)) / (111.32 * M.cos((town.lat * M.PI) / 180));
  const address: Row['address'] = {
    city: town.city,
    postalCode: rng.pick(town.postalCodes),
    inseeCode: town.inseeCode,
    department: town.department,
    lat: round(lat, 5),
    lon: round(lon, 5),
  };
  if (rng.chance(0.75)) address.street = `${rng.int(1, 120)} ${rng.pick(STREETS)}`;
  return address;
}

const CAPABILITY_COUNTS = [1, 2, 3];
const CAPABILITY_COUNT_WEIGHTS = [3, 4, 2];

function makeCapabilities(rng: Rng, domain: DomainSpec, stage: Stage): Capability[] {
  const nMain = M.min(
    domain.capabilities.length,
    rng.weighted(CAPABILITY_COUNTS, CAPABILITY_COUNT_WEIGHTS, 9),
  );
  const specs = rng.sample(domain.capabilities, nMain);
  if (specs.length < 4 && rng.chance(0.3)) {
    const other = DOMAIN_BY_KEY.get(rng.pick(domain.related));
    if (other) specs.push(rng.pick(other.capabilities));
  }
  const base = domain.trlBase + (stage === 'startup' ? -2 : stage === 'midcap' ? 1 : 0);
  return specs.map((spec) => {
    const trl = clamp(base + rng.pick([-1, 0, 0, 1]), spec.trlMin ?? 3, spec.trlMax ?? 9);
    const capability: Capability = { code: spec.code, label: spec.label, trl: clamp(trl, 3, 9) };
    if (rng.chance(0.35)) capability.description = rng.pick(spec.descriptions);
    return capability;
  });
}

function makeClearance(rng: Rng, domain: DomainSpec, stage: Stage, headcount: number): ClearanceLevel {
  let level = rng.weighted(CLEARANCES, domain.clearance);
  if (stage === 'startup' && level !== 'NONE' && rng.chance(0.5)) level = level === 'DR' ? 'NONE' : 'DR';
  if (level === 'TRES_SECRET' && headcount < 20) level = 'SECRET';
  return level;
}

function certificationReference(rng: Rng, scheme: CertificationScheme): string {
  const year = rng.int(2019, 2025);
  const n = rng.int(1000, 99999);
  switch (scheme) {
    case 'PASSI':
      return `ANSSI PASSI ${year}/${rng.int(1, 60)}`;
    case 'CSPN':
      return `ANSSI-CSPN-${year}/${`${rng.int(1, 40)}`.padStart(2, '0')}`;
    case 'PART145':
      return `FR.145.${rng.int(100, 999)}`;
    case 'ISO17025':
      return `COFRAC ${rng.int(1, 2)}-${rng.int(1000, 7999)}`;
    case 'AQAP2110':
      return `AQAP-${year}-${n}`;
    default:
      return `${scheme}-${year}-${n}`;
  }
}

function makeCertifications(
  rng: Rng,
  domain: DomainSpec,
  stage: Stage,
  days: { expired: string[]; valid: string[] },
): Certification[] {
  const factor = stage === 'startup' ? 0.4 : stage === 'midcap' ? 1.3 : 1;
  const out: Certification[] = [];
  for (const [scheme, p] of domain.certifications) {
    if (!rng.chance(p * factor)) continue;
    const expired = rng.chance(0.1);
    const certification: Certification = {
      scheme,
      validUntil: rng.pick(expired ? days.expired : days.valid),
    };
    if (rng.chance(0.4)) certification.reference = certificationReference(rng, scheme);
    out.push(certification);
  }
  return out;
}

function makeReferences(rng: Rng, domain: DomainSpec, stage: Stage, founded: number): Reference[] {
  const n = stage === 'startup' ? rng.weighted([0, 1], [3, 2]) : rng.weighted([0, 1, 2, 3], [2, 3, 3, 2]);
  const out: Reference[] = [];
  const programmes = rng.sample(domain.programmes, n);
  for (const name of programmes) {
    const programme = PROGRAMMES[name];
    const from = M.min(2026, M.max(2015, programme.since, founded + 1));
    const reference: Reference = rng.chance(0.85)
      ? { programme: programme.name, customer: rng.pick(programme.customers), year: rng.int(from, 2026) }
      : { customer: rng.pick(domain.customers), year: rng.int(M.min(2026, M.max(2015, founded + 1)), 2026) };
    if (rng.chance(0.4)) reference.description = rng.pick(domain.referenceWork);
    out.push(reference);
  }
  return out;
}

function makeContacts(rng: Rng, slug: string, department: string): Contact[] {
  const n = rng.chance(0.4) ? 2 : 1;
  const out: Contact[] = [];
  const roles = rng.sample(ROLES, n);
  for (let k = 0; k < n; k++) {
    const female = rng.chance(0.45);
    const first = rng.pick(female ? FIRST_NAME_PARTS_F : FIRST_NAME_PARTS_M);
    const last = rng.pick(LAST_NAME_PARTS);
    const local = k === 0 && rng.chance(0.35) ? 'contact' : `${first.slug}.${last.slug}`;
    const contact: Contact = { name: `${first.text} ${last.text}`, email: `${local}@${slug}.example.fr` };
    if (rng.chance(0.8)) {
      // 02 9x xx xx xx
      contact.phone = `02 9${PHONE_DIGIT[department] ?? 8} ${twoDigits(rng)} ${twoDigits(rng)} ${twoDigits(rng)}`;
    }
    contact.role = roles[k][female ? 1 : 0];
    out.push(contact);
  }
  return out;
}

const KIND_STARTUP_FR = ['start-up', 'jeune entreprise innovante'] as const;
const KIND_ENGINEERING_FR = ["société d'ingénierie", 'PME'] as const;
const KIND_SME_FR = ['PME', 'entreprise', 'société'] as const;
const BASED_FR = ['basée à', 'implantée à', 'installée à'] as const;
const CLOSINGS_EN = [
  'It is looking for partners for dual-use research calls (RAPID, ASTRID).',
  'Civil and military dual-use activity.',
  'It is a tier-2 supplier to the major defence primes.',
] as const;
const CLOSINGS_FR = [
  'Elle recherche des partenaires pour des projets de recherche duale (RAPID, ASTRID).',
  'Activité duale civile et militaire, notamment pour les énergies marines et l’offshore.',
  'Fournisseur de rang 2 des grands maîtres d’œuvre.',
] as const;
const CLOSING_STARTUP_FR = 'Elle vise une montée en maturité de ses briques technologiques d’ici deux ans.';
const CLOSING_DR_FR = 'Elle dispose de locaux adaptés au traitement d’informations Diffusion Restreinte.';

/** "a et b", or "a, ainsi que b" when either already contains "et". */
function andFr(a: string, b: string): string {
  return a.includes(' et ') || b.includes(' et ') ? `${a}, ainsi que ${b}` : `${a} et ${b}`;
}

function andEn(a: string, b: string): string {
  return a.includes(' and ') || b.includes(' and ') ? `${a}, as well as ${b}` : `${a} and ${b}`;
}

/** 2–4 sentences, mostly French, some English; templates are filled lazily (this runs 10,000s of times). */
function describe(
  rng: Rng,
  domain: DomainSpec,
  stage: Stage,
  name: string,
  city: string,
  founded: number,
  headcount: number,
  share: number,
  clearance: ClearanceLevel,
): string {
  const pct = M.round(share * 100);
  if (rng.chance(0.2)) {
    const [a1, a2] = rng.sample(domain.activitiesEn, 2);
    const kind = stage === 'startup' ? 'a start-up' : stage === 'midcap' ? 'a mid-sized company' : 'an SME';
    const cityKind = stage === 'startup' ? 'start-up' : stage === 'midcap' ? 'mid-sized company' : 'SME';
    let text: string;
    switch (rng.int(0, 2)) {
      case 0:
        text = `${name} is ${kind} based in ${city}, specialising in ${andEn(a1, a2)}.`;
        break;
      case 1:
        text = `Based in ${city}, ${name} designs and delivers solutions for ${a1}.`;
        break;
      default:
        text = `${name} is a ${city} ${cityKind} working on ${andEn(a1, a2)} for naval and defence customers.`;
    }
    let n = 1;
    if (rng.chance(0.85)) {
      text += ` ${rng.pick(domain.contextEn)}`;
      n++;
    }
    if (rng.chance(0.5)) {
      text += ` Founded in ${founded}, it employs ${headcount} people, with about ${pct}% of revenue from defence.`;
      n++;
    }
    if (n < 4 && rng.chance(0.35)) {
      text += ` ${rng.pick(CLOSINGS_EN)}`;
      n++;
    }
    if (n < 2) text += ` ${rng.pick(domain.contextEn)}`;
    return text;
  }

  const [a1, a2, a3] = rng.sample(domain.activitiesFr, 3);
  const kind =
    stage === 'startup'
      ? rng.pick(KIND_STARTUP_FR)
      : stage === 'midcap'
        ? 'ETI'
        : rng.pick(domain.key === 'engineering' ? KIND_ENGINEERING_FR : KIND_SME_FR);
  const based = rng.pick(BASED_FR);
  const intro = rng.int(0, 4);
  let text: string;
  switch (intro) {
    case 0:
      text = `${name} est une ${kind} ${based} ${city}, spécialisée dans ${andFr(a1, a2)}.`;
      break;
    case 1:
      text = `Implantée à ${city}, ${name} conçoit et réalise des solutions dans ${a1}.`;
      break;
    case 2:
      text = `${name} intervient dans ${a1}, ${andFr(a2, a3)}.`;
      break;
    case 3:
      text = `${name}, ${kind} ${based} ${city}, travaille sur ${a1}.`;
      break;
    default:
      text = `Fondée à ${city} en ${founded}, ${name} développe son activité dans ${andFr(a1, a2)}.`;
  }
  let n = 1;
  if (rng.chance(0.85)) {
    text += ` ${rng.pick(domain.contextFr)}`;
    n++;
  }
  if (rng.chance(0.5)) {
    // The last intro already gives the founding year.
    switch (rng.int(0, intro === 4 ? 1 : 2)) {
      case 0:
        text += ` L'entreprise compte ${headcount} salariés et réalise environ ${pct} % de son chiffre d'affaires dans la défense.`;
        break;
      case 1:
        text += ` La défense représente près de ${pct} % de son activité, le reste relevant du civil.`;
        break;
      default:
        text += ` Créée en ${founded}, elle emploie ${headcount} personnes.`;
    }
    n++;
  }
  if (n < 4 && rng.chance(0.4)) {
    const extra = (stage === 'startup' ? 1 : 0) + (clearance !== 'NONE' ? 1 : 0);
    const k = rng.int(0, CLOSINGS_FR.length - 1 + extra);
    const closing =
      k < CLOSINGS_FR.length
        ? CLOSINGS_FR[k]
        : stage === 'startup' && k === CLOSINGS_FR.length
          ? CLOSING_STARTUP_FR
          : CLOSING_DR_FR;
    text += ` ${closing}`;
    n++;
  }
  if (n < 2) text += ` ${rng.pick(domain.contextFr)}`;
  return text;
}
