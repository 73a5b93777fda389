export const LEGAL_FORMS = ['SAS', 'SARL', 'SA', 'SASU', 'EURL', 'SCOP', 'association', 'other'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** The four Breton departments; suppliers elsewhere are accepted (primes' sites, partners). */
export const BRITTANY_DEPARTMENTS: Record<string, string> = {
  '22': "Côtes-d'Armor",
  '29': 'Finistère',
  '35': 'Ille-et-Vilaine',
  '56': 'Morbihan',
};

/** Size bands of the French statistics institute (INSEE) by headcount. */
export type SizeBand = 'micro' | 'sme' | 'mid_cap' | 'large' | 'unknown';
export function sizeBand(headcount: number | null | undefined): SizeBand {
  if (headcount === null || headcount === undefined) return 'unknown';
  if (headcount < 10) return 'micro';
  if (headcount < 250) return 'sme';
  if (headcount < 5000) return 'mid_cap';
  return 'large';
}
