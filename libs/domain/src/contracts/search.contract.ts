import { z } from 'zod';
import { nulFree } from './zod-helpers';
import { parseCpv } from '../cpv/cpv-code';
import { CERTIFICATION_SCHEMES } from '../reference/certifications';
import { CLEARANCE_LEVELS } from '../reference/clearance';
import { CAPABILITY_DOMAIN_IDS } from '../reference/capability-domains';
import { DEFENCE_SITES } from '../reference/defence-sites';
import { OPPORTUNITY_KINDS, type OpportunityKind } from '../reference/opportunity';

/** Highlight markers in search answers (private-use characters): the web turns them into <mark>, never HTML. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export const SUPPLIER_SEARCH_SORTS = [
  'relevance',
  'name',
  '-name',
  '-updatedAt',
  '-completeness',
  'distance',
] as const;
export const SEARCH_MAX_PAGE_SIZE = 50;
/** Longest text the supplier search accepts (it reads the start of it: QUERY_MAX_WORDS, QUERY_MAX_CHARS). */
export const SUPPLIER_QUERY_MAX_LENGTH = 2000;
export const SIZE_BANDS = ['micro', 'sme', 'mid_cap', 'large', 'unknown'] as const;
export const SUPPLIER_FACETS = [
  'department',
  'domains',
  'certificationsValid',
  'clearance',
  'sizeBand',
  'trlMax',
] as const;
export type SupplierFacet = (typeof SUPPLIER_FACETS)[number];

/** A query parameter given once or repeated (`?department=29&department=56`). */
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).max(30, 'at most 30 values')])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[])
    .optional();

const intParam = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `must be a number` })
    .int('must be a whole number')
    .min(min, `${what} must be between ${min} and ${max}`)
    .max(max, `${what} must be between ${min} and ${max}`);

export const supplierSearchQuerySchema = z
  .strictObject({
    // Read up to QUERY_MAX_WORDS words and QUERY_MAX_CHARS characters; the answer says what was cut.
    q: nulFree(z.string().max(SUPPLIER_QUERY_MAX_LENGTH, 'must be at most 2,000 characters')).optional(),
    department: many(z.string().regex(/^(\d{2}|2[AB])$/, 'must be a department code such as 29')),
    commune: many(z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'must be an INSEE commune code')),
    domain: many(
      z.enum(CAPABILITY_DOMAIN_IDS as [string, ...string[]], {
        error: `must be one of ${CAPABILITY_DOMAIN_IDS.join(', ')}`,
      }),
    ),
    cpv: many(
      z
        .string()
        .refine((v) => parseCpv(v) !== null, 'must be an 8-digit CPV code')
        .transform((v) => parseCpv(v)!.code as string),
    ),
    certification: many(
      z.enum(CERTIFICATION_SCHEMES, { error: `must be one of ${CERTIFICATION_SCHEMES.join(', ')}` }),
    ),
    clearance: many(z.enum(CLEARANCE_LEVELS, { error: `must be one of ${CLEARANCE_LEVELS.join(', ')}` })),
    clearanceMin: z
      .enum(CLEARANCE_LEVELS, { error: `must be one of ${CLEARANCE_LEVELS.join(', ')}` })
      .optional(),
    sizeBand: many(z.enum(SIZE_BANDS, { error: `must be one of ${SIZE_BANDS.join(', ')}` })),
    trlMin: intParam(1, 9, 'TRL').optional(),
    trlMax: intParam(1, 9, 'TRL').optional(),
    site: z
      .enum(DEFENCE_SITES.map((s) => s.id) as [string, ...string[]], {
        error: 'must be a known defence site id',
      })
      .optional(),
    lat: z.coerce
      .number({ error: 'must be a number' })
      .min(-90, 'must be between -90 and 90')
      .max(90, 'must be between -90 and 90')
      .optional(),
    lon: z.coerce
      .number({ error: 'must be a number' })
      .min(-180, 'must be between -180 and 180')
      .max(180, 'must be between -180 and 180')
      .optional(),
    radiusKm: z.coerce
      .number({ error: 'must be a number' })
      .gt(0, 'must be more than 0 km')
      .max(1000, 'must be at most 1000 km')
      .optional(),
    sort: z
      .enum(SUPPLIER_SEARCH_SORTS, { error: `must be one of ${SUPPLIER_SEARCH_SORTS.join(', ')}` })
      .default('relevance'),
    page: intParam(1, 100, 'page').default(1),
    pageSize: intParam(1, SEARCH_MAX_PAGE_SIZE, 'pageSize').default(20),
  })
  .superRefine((q, ctx) => {
    if ((q.lat === undefined) !== (q.lon === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.lat === undefined ? 'lat' : 'lon'],
        message: 'lat and lon go together',
      });
    const hasPoint = q.site !== undefined || q.lat !== undefined;
    if (q.radiusKm !== undefined && !hasPoint)
      ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'needs a centre: site or lat/lon' });
    if (q.sort === 'distance' && !hasPoint)
      ctx.addIssue({
        code: 'custom',
        path: ['sort'],
        message: 'distance sort needs a centre: site or lat/lon',
      });
    if (q.site !== undefined && q.lat !== undefined)
      ctx.addIssue({ code: 'custom', path: ['site'], message: 'give either site or lat/lon, not both' });
    if (q.trlMin !== undefined && q.trlMax !== undefined && q.trlMin > q.trlMax)
      ctx.addIssue({ code: 'custom', path: ['trlMin'], message: 'trlMin must not exceed trlMax' });
  });

export type SupplierSearchQuery = z.output<typeof supplierSearchQuerySchema>;

export interface SupplierSearchHit {
  id: string;
  name: string;
  city: string;
  department: string | null;
  /** CPV reference labels in both languages (null when the code is not in the reference). */
  capabilities: Array<{ code: string; fr: string | null; en: string | null }>;
  domains: string[];
  certificationsValid: string[];
  /** Null when the reader may not see clearance levels (anonymous visitors, suppliers). */
  clearance: string | null;
  trlMax: number | null;
  sizeBand: string;
  distanceKm: number | null;
  /** Text with HIGHLIGHT_START/END markers around matched words. */
  highlights: { name: string; description: string | null; capabilities: string[] };
  /** Why the supplier matched each capability the query names (empty for a keyword-only hit). */
  why: SearchHitReason[];
}

/**
 * How a supplier meets a capability of the query: it declares it (`declared`, `via` its own label),
 * describes it in its texts (`described`, `via` its words), declares a broader code that covers it
 * (`broader`), or does something beside it in the CPV tree or related to it (`near`).
 */
export interface SearchHitReason {
  concept: { fr: string; en: string };
  how: 'declared' | 'described' | 'broader' | 'near';
  via: string | null;
}

/** What the search understood of the text, and what it could not use. */
export interface QueryUnderstanding {
  concepts: Array<{ id: string; label: { fr: string; en: string }; matched: string; code: string }>;
  codes: string[];
  siret: string | null;
  /** Words no concept took: searched as keywords only. */
  unread: string[];
  /** What was cut from a long query (words and characters beyond the limits). */
  cut: { words: number; characters: number } | null;
  /** False when no hit meets every capability read (declared or described): the page says so. */
  exact: boolean;
  /** Capabilities near the unread words, offered when nothing fits exactly. */
  nearest: Array<{ id: string; label: { fr: string; en: string } }>;
}

export interface SupplierSearchResponse extends SearchResponse<SupplierSearchHit> {
  reading: QueryUnderstanding;
  /** Where the request's time went, ms: reading the query, Meilisearch, merging, mapping hits. */
  timings: { readerMs: number; meilisearchMs: number; mergeMs: number; mappingMs: number };
}

export interface SearchResponse<H> {
  hits: H[];
  total: number;
  /** True when more matched than the index counts exactly (maxTotalHits). */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  facets: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

export const OPPORTUNITY_FACETS = ['kind', 'domains', 'programme', 'requiredCertifications'] as const;
export const OPPORTUNITY_SEARCH_SORTS = ['relevance', 'deadline', '-deadline', '-updatedAt'] as const;

/** Query of `GET /search/opportunities`; only published public opportunities are ever searched. */
export const opportunitySearchQuerySchema = z.strictObject({
  q: nulFree(z.string().trim().max(200, 'must be at most 200 characters')).optional(),
  kind: many(z.enum(OPPORTUNITY_KINDS, { error: `must be one of ${OPPORTUNITY_KINDS.join(', ')}` })),
  domain: many(
    z.enum(CAPABILITY_DOMAIN_IDS as [string, ...string[]], { error: 'is not a capability domain' }),
  ),
  programme: many(nulFree(z.string().trim().min(1).max(200))),
  cpv: many(
    z
      .string()
      .refine((v) => parseCpv(v) !== null, 'must be an 8-digit CPV code')
      .transform((v) => parseCpv(v)!.code as string),
  ),
  sort: z
    .enum(OPPORTUNITY_SEARCH_SORTS, { error: `must be one of ${OPPORTUNITY_SEARCH_SORTS.join(', ')}` })
    .default('relevance'),
  page: intParam(1, 1000, 'page').default(1),
  pageSize: intParam(1, SEARCH_MAX_PAGE_SIZE, 'pageSize').default(20),
});
export type OpportunitySearchQuery = z.output<typeof opportunitySearchQuerySchema>;

export interface OpportunitySearchHit {
  id: string;
  kind: OpportunityKind;
  title: string;
  issuer: string;
  programme: string | null;
  deadline: string | null;
  capabilities: Array<{ code: string; fr: string | null; en: string | null }>;
  highlights: { title: string; description: string | null };
}
