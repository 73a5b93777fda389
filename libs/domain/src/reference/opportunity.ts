/** Kinds of opportunity of the convention: programme subcontracting, dual research calls, platform access. */
export const OPPORTUNITY_KINDS = ['subcontracting', 'dual_research', 'platform_access'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

/** Who may see an opportunity: anyone, signed-in users, or the organisations invited by the buyer. */
export const OPPORTUNITY_VISIBILITIES = ['public', 'registered', 'invited'] as const;
export type OpportunityVisibility = (typeof OPPORTUNITY_VISIBILITIES)[number];

/** Life cycle: draft → published → closed (closed automatically once the deadline has passed). */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Kinds of buyer organisation. */
export const BUYER_CATEGORIES = ['dga', 'prime', 'agency', 'region', 'platform', 'other'] as const;
export type BuyerCategory = (typeof BUYER_CATEGORIES)[number];

/** Best guess of a buyer's category from its name, for issuers that arrive by import. */
export function buyerCategoryOf(name: string): BuyerCategory {
  const n = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  if (/\bdga\b|direction generale de l.armement/.test(n)) return 'dga';
  if (/\baid\b|agence de l.innovation de defense/.test(n)) return 'agency';
  if (/\bregion\b|conseil regional/.test(n)) return 'region';
  if (/plateforme|platform|pole d.excellence|centre d.essais|test centre|test center/.test(n))
    return 'platform';
  return 'prime';
}

/** At most two partners besides the lead in a RAPID-style dual research consortium. */
export const MAX_CONSORTIUM_SIZE = 3;
