/**
 * Capability domains of the regional defence industrial base, read from CPV prefixes. A code can
 * belong to several (an underwater drone is naval and underwater). Used as a search facet.
 */
export interface CapabilityDomain {
  id: string;
  fr: string;
  en: string;
  cpvPrefixes: string[];
}

export const CAPABILITY_DOMAINS: ReadonlyArray<CapabilityDomain> = [
  {
    id: 'naval',
    fr: 'Naval et MCO navire',
    en: 'Naval and ship support',
    cpvPrefixes: ['355', '345', '50241', '5064', '73434', '80640'],
  },
  {
    id: 'underwater',
    fr: 'Sous-marin et acoustique',
    en: 'Underwater and acoustics',
    cpvPrefixes: ['38113', '355124', '38112'],
  },
  {
    id: 'air_space',
    fr: 'Aéronautique et spatial',
    en: 'Air and space',
    cpvPrefixes: ['356', '5065', '73435', '80650', '3471', '3473'],
  },
  {
    id: 'c4isr_ew',
    fr: 'C4ISR et guerre électronique',
    en: 'C4ISR and electronic warfare',
    cpvPrefixes: ['3571', '3572', '3573', '5066', '73436', '80660'],
  },
  {
    id: 'cyber',
    fr: 'Cyberdéfense et cybersécurité',
    en: 'Cyber defence and security',
    cpvPrefixes: ['7221273', '4873', '7281', '7282', '727', '79714'],
  },
  {
    id: 'digital',
    fr: 'Numérique, données et IA',
    en: 'Digital, data and AI',
    cpvPrefixes: ['722', '723', '724', '725', '726', '48'],
  },
  {
    id: 'optronics',
    fr: 'Optronique et photonique',
    en: 'Optronics and photonics',
    cpvPrefixes: ['386', '3865'],
  },
  {
    id: 'telecom',
    fr: 'Télécommunications et satcom',
    en: 'Telecommunications and satcom',
    cpvPrefixes: ['32'],
  },
  {
    id: 'electronics',
    fr: 'Électronique et électrotechnique',
    en: 'Electronics and electrical',
    cpvPrefixes: ['31'],
  },
  {
    id: 'simulation_training',
    fr: 'Simulation et formation',
    en: 'Simulation and training',
    cpvPrefixes: ['3574', '806', '80'],
  },
  {
    id: 'engineering_testing',
    fr: 'Ingénierie, essais et R&D',
    en: 'Engineering, testing and R&D',
    cpvPrefixes: ['71', '73'],
  },
  { id: 'land', fr: 'Terrestre et véhicules', en: 'Land and vehicles', cpvPrefixes: ['354', '3511', '5063'] },
  {
    id: 'equipment_security',
    fr: 'Équipement et sécurité',
    en: 'Equipment and security',
    cpvPrefixes: ['358', '351', '352', '353', '797'],
  },
];

export const CAPABILITY_DOMAIN_IDS = CAPABILITY_DOMAINS.map((d) => d.id);

/** Domains of a set of CPV codes, in the order of CAPABILITY_DOMAINS. */
export function capabilityDomains(codes: readonly string[]): string[] {
  return CAPABILITY_DOMAINS.filter((d) => codes.some((c) => d.cpvPrefixes.some((p) => c.startsWith(p)))).map(
    (d) => d.id,
  );
}
