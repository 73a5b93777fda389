import { Injectable } from '@nestjs/common';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  OPPORTUNITY_FACETS,
  OpportunitySearchHit,
  OpportunitySearchQuery,
  SUPPLIER_FACETS,
  SearchResponse,
  QueryReading,
  QueryUnderstanding,
  SearchHitReason,
  SupplierFacet,
  SupplierSearchHit,
  SupplierSearchQuery,
  SupplierSearchResponse,
  cropAround,
  highlightTerms,
  nearestConcepts,
  readSearchQuery,
  clearanceRank,
  cpvLabel,
  defenceSite,
  distanceKm,
} from '@bitd/domain';
import type { SearchParams } from 'meilisearch';
import { DomainError } from '../common/domain-error';
import {
  CONCEPT_ATTRIBUTES,
  KEYWORD_ATTRIBUTES,
  OPPORTUNITY_CONCEPT_ATTRIBUTES,
  OPPORTUNITY_KEYWORD_ATTRIBUTES,
} from './index-settings';
import { MeiliService, isNotFound } from './meili.service';
import { meiliError } from './meili-http-client';
import { and, anyOf, atLeast, atMost, between, geoCover, or } from './search-filter';
import { SupplierDocument, dateNumber, siteField } from './supplier-document';
import type { OpportunityDocument } from './opportunity-document';

/** The filter of each facet the query constrains, keyed by facet, so counts can leave their own out. */
type FacetFilters = Partial<Record<SupplierFacet | 'other', string | null>>;

@Injectable()
export class SearchService {
  constructor(private readonly meili: MeiliService) {}

  opportunities(
    q: OpportunitySearchQuery,
    reader: { registered: boolean },
  ): Promise<SearchResponse<OpportunitySearchHit>> {
    return searchOpportunities(this.meili, q, reader);
  }

  /**
   * Supplier search: text read into concepts (see buildSupplierSearch), facet filters (OR within a
   * facet, AND across facets), geo radius, sort, pagination, facet counts computed the way people
   * expect (a facet's counts ignore its own selection), highlights, and why each hit matched. The
   * suppliers index holds only live public profiles. A reader who may not see clearance levels may
   * not filter or count on them either.
   */
  async searchSuppliers(
    q: SupplierSearchQuery,
    reader: { clearance: boolean },
    today = new Date().toISOString().slice(0, 10),
  ): Promise<SupplierSearchResponse> {
    if (!reader.clearance) assertNoClearanceCriteria(q);
    const t0 = performance.now();
    const reading = readSearchQuery(q.q);
    const uid = this.meili.indexUid('suppliers');
    const plan = buildSupplierSearch(q, reading, uid, today, reader.clearance);
    const { main, mainSlice, facetSearches, selected, centre, exact } = plan;
    const t1 = performance.now();
    const firstPass: Query[] = exact
      ? main.map(({ attributesToHighlight: _h, attributesToCrop: _c, ...query }) => ({
          ...query,
          attributesToRetrieve: ['id', 'lat', 'lng'],
        }))
      : main;
    const [result, ...facetResults] = await this.run([
      [firstPass, exact ? { ...mainSlice, limit: EXACT_POINT_LIMIT, offset: 0 } : mainSlice],
      ...facetSearches.map((queries, i): [Query[], Slice] => [
        queries,
        { limit: 0, offset: 0, facets: [selected[i]] },
      ]),
    ]);
    const t2 = performance.now();
    const facets: Record<string, Record<string, number>> = { ...(result.facetDistribution ?? {}) };
    selected.forEach((facet, i) => (facets[facet] = facetResults[i].facetDistribution?.[facet] ?? {}));
    let hits = result.hits as FoundSupplier[];
    let total = result.total;
    let capped = total >= EXACT_POINT_LIMIT;
    if (exact) {
      const within = hits
        .map((h) => ({ id: h.id, km: distanceKm(exact.lat, exact.lon, h.lat ?? NaN, h.lng ?? NaN) }))
        .filter((h) => exact.radiusKm === undefined || h.km <= exact.radiusKm);
      if (exact.byDistance) within.sort((a, b) => a.km - b.km);
      total = within.length;
      capped = hits.length >= EXACT_POINT_LIMIT;
      const ids = within.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((h) => h.id);
      // Second pass: the page's documents with their highlights, in the exact order.
      const [page] = ids.length
        ? await this.run([
            [
              main.map((query) => ({ ...query, filter: anyOf('id', ids) ?? undefined })),
              { limit: ids.length, offset: 0, facets: [] },
            ],
          ])
        : [{ hits: [] }];
      const byId = new Map((page.hits as FoundSupplier[]).map((h) => [h.id, h]));
      hits = ids.map((id) => byId.get(id)).filter((h): h is FoundSupplier => h !== undefined);
    }
    const t3 = performance.now();
    const mapped = hits.map((h) => toHit(h, centre, reader.clearance, reading));
    const t4 = performance.now();
    return {
      hits: mapped,
      total,
      totalCapped: capped,
      page: q.page,
      pageSize: q.pageSize,
      facets,
      processingTimeMs: result.processingTimeMs,
      reading: describeReading(reading, mapped),
      timings: {
        readerMs: round(t1 - t0),
        meilisearchMs: round(t2 - t1),
        mergeMs: round(t3 - t2),
        mappingMs: round(t4 - t3),
      },
    };
  }

  /**
   * Runs searches in as few round trips as possible: searches of one query each go together in one
   * multi-search (with exact totals); a search of several queries is a federated multi-search of
   * its own (Meilisearch federates one list per request), run side by side.
   */
  private async run(searches: Array<[Query[], Slice]>): Promise<SearchResult[]> {
    try {
      const client = await this.meili.searchClient();
      if (searches.every(([queries]) => queries.length === 1)) {
        const { results } = await client.multiSearch({
          queries: searches.map(([[query], slice]) => ({
            ...query,
            ...(slice.limit > 0
              ? { page: slice.offset / slice.limit + 1, hitsPerPage: slice.limit }
              : { limit: 0 }),
            facets: slice.facets,
          })),
        });
        return results.map((r) => ({
          hits: r.hits,
          total: r.totalHits ?? r.estimatedTotalHits ?? 0,
          facetDistribution: r.facetDistribution,
          processingTimeMs: r.processingTimeMs,
        }));
      }
      return await Promise.all(
        searches.map(async ([queries, slice]) => {
          const r = (await client.multiSearch({
            federation: {
              limit: slice.limit,
              offset: slice.offset,
              ...(slice.facets.length
                ? { facetsByIndex: { [queries[0].indexUid]: slice.facets }, mergeFacets: {} }
                : {}),
            },
            queries,
          } as never)) as unknown as Omit<SearchResult, 'total'> & { estimatedTotalHits?: number };
          return { ...r, total: r.estimatedTotalHits ?? 0 };
        }),
      );
    } catch (e) {
      if (noDocumentHasTheField(e))
        return searches.map(() => ({ hits: [], total: 0, facetDistribution: {}, processingTimeMs: 0 }));
      if (isNotFound(e))
        throw new DomainError('SEARCH_UNAVAILABLE', 'The search index is being built; try again in a moment');
      throw e;
    }
  }
}

/**
 * Meilisearch refuses to search attributes that no document has yet (an index just created, before
 * the first profile is indexed): then nothing can match.
 */
function noDocumentHasTheField(e: unknown): boolean {
  return meiliError(e)?.meiliCode === 'invalid_search_attributes_to_search_on';
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Opportunity search: text, kind/domain/programme/CPV filters (OR within, AND across), sort,
 * pagination, facet counts, highlights. Drafts, closed and non-public opportunities are in the index
 * but a server-side filter that no parameter reaches keeps them out of every answer.
 */
export async function searchOpportunities(
  meili: MeiliService,
  q: OpportunitySearchQuery,
  reader: { registered: boolean },
): Promise<SearchResponse<OpportunitySearchHit>> {
  const filter = and([
    'status = "published"',
    reader.registered ? 'visibility IN ["public", "registered"]' : 'visibility = "public"',
    anyOf('kind', q.kind ?? []),
    anyOf('domains', q.domain ?? []),
    anyOf('programme', q.programme ?? []),
    anyOf('cpvTree', q.cpv ?? []),
  ]);
  const sort =
    q.sort === 'relevance'
      ? undefined
      : [q.sort.startsWith('-') ? `${q.sort.slice(1)}:desc` : `${q.sort}:asc`];
  const client = await meili.searchClient();
  const reading = readSearchQuery(q.q);
  const { q: text, ...searchOn } = textSearch(
    reading,
    OPPORTUNITY_KEYWORD_ATTRIBUTES,
    OPPORTUNITY_CONCEPT_ATTRIBUTES,
  );
  let res;
  try {
    res = await client.index(meili.indexUid('opportunities')).search<OpportunityDocument>(text, {
      ...searchOn,
      filter,
      sort,
      page: q.page,
      hitsPerPage: q.pageSize,
      facets: [...OPPORTUNITY_FACETS],
      ...meiliHighlighting(reading, ['title', 'description_fr', 'description_en']),
    });
  } catch (e) {
    if (noDocumentHasTheField(e))
      return {
        hits: [],
        total: 0,
        totalCapped: false,
        page: q.page,
        pageSize: q.pageSize,
        facets: {},
        processingTimeMs: 0,
      };
    if (isNotFound(e))
      throw new DomainError('SEARCH_UNAVAILABLE', 'The search index is being built; try again in a moment');
    throw e;
  }
  const total = (res as { totalHits?: number }).totalHits ?? res.estimatedTotalHits ?? 0;
  const words = [...reading.concepts.map((c) => c.matched), ...reading.unread];
  const description = (h: OpportunityDocument) => h.description_fr ?? h.description_en ?? null;
  return {
    hits: res.hits.map((h) => {
      const f = (h._formatted ?? {}) as Partial<Record<keyof OpportunityDocument, string | null>>;
      const deadline =
        h.deadline === null ? null : String(h.deadline).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
      return {
        id: h.id,
        kind: h.kind as OpportunitySearchHit['kind'],
        title: h.title,
        issuer: h.issuer,
        programme: h.programme,
        deadline,
        capabilities: h.cpvCodes.map((code) => ({
          code,
          fr: cpvLabel(code, 'fr'),
          en: cpvLabel(code, 'en'),
        })),
        highlights: readsConcepts(reading)
          ? {
              title: highlightTerms(h.title, words),
              description: description(h) ? cropAround(description(h)!, words, CROP_WORDS) : null,
            }
          : {
              title: f.title ?? h.title,
              description: f.description_fr ?? f.description_en ?? description(h),
            },
      };
    }),
    total,
    totalCapped: total >= 2000,
    page: q.page,
    pageSize: q.pageSize,
    facets: res.facetDistribution ?? {},
    processingTimeMs: res.processingTimeMs,
  };
}

type Query = Omit<SearchParams, 'filter'> & {
  indexUid: string;
  filter?: string;
  federationOptions?: { weight: number };
};
/** The page of hits and the facets one search asks for. */
interface Slice {
  limit: number;
  offset: number;
  facets: string[];
}
interface SearchResult {
  hits: unknown[];
  total: number;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
}
type FoundSupplier = SupplierDocument & { _formatted?: Partial<Record<keyof SupplierDocument, unknown>> };

/** What a hit shows and explains: the rest of a document (distances, trees, dates) stays in Meilisearch. */
const HIT_ATTRIBUTES = [
  'id',
  'name',
  'city',
  'department',
  'description_fr',
  'description_en',
  'capabilityLabels',
  'cpvCodes',
  'domains',
  'certificationsValid',
  'clearance',
  'trlMax',
  'sizeBand',
  'lat',
  'lng',
  'codeTerms',
  'codesDeclared',
  'codesDescribed',
  'codesBroad',
  'codesNear',
] as const satisfies ReadonlyArray<keyof SupplierDocument>;

/**
 * A company's name, lifted above capability hits when the query may be one (some of its words are
 * in no wording of the thesaurus) and a name holds all its words.
 */
const NAME_WEIGHT = 1.15;

/**
 * The searches of a supplier query: the main one, then one facet-count search per selected facet
 * without that facet's own filter (disjunctive facet counts). Each search is one Meilisearch query,
 * or several merged by federation when the text may also be a company's name.
 */
export function buildSupplierSearch(
  q: SupplierSearchQuery,
  reading: QueryReading,
  indexUid: string,
  today: string,
  withClearance = true,
) {
  const { filters, sort, centre, exact } = supplierFilters(q, today);
  const display = meiliHighlighting(reading, [
    'name',
    'description_fr',
    'description_en',
    'capabilityLabels',
  ]);
  const main = textQueries(reading, {
    indexUid,
    filter: and(Object.values(filters)),
    sort,
    attributesToRetrieve: [...HIT_ATTRIBUTES],
    ...display,
  });
  const selected = SUPPLIER_FACETS.filter((f) => filters[f]);
  const facetSearches = selected.map((facet) =>
    textQueries(reading, {
      indexUid,
      filter: and(
        Object.entries(filters)
          .filter(([k]) => k !== facet)
          .map(([, v]) => v ?? null),
      ),
    }),
  );
  const mainSlice: Slice = {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
    facets: SUPPLIER_FACETS.filter((f) => withClearance || f !== 'clearance'),
  };
  return { main, mainSlice, facetSearches, selected, centre, exact };
}

/**
 * The queries one text makes. A SIRET is looked up as such, and a text nothing was read in as
 * keywords. Capabilities read in the text are asked for by their codes in the concept attributes,
 * the words nothing read after them as keywords: a supplier with every capability comes first,
 * then those with the first ones. The words of a capability are not searched as keywords: the
 * suppliers that write them carry its code (the same reader read them), and a company whose name
 * merely contains them does not outrank one that does the work.
 */
function textQueries(reading: QueryReading, base: Query): Query[] {
  if (reading.siret) return [{ ...base, q: reading.siret, attributesToSearchOn: ['siret'] }];
  const text = { ...base, ...textSearch(reading, KEYWORD_ATTRIBUTES, CONCEPT_ATTRIBUTES) };
  // Sorted, a federation would interleave its lists by score: the capabilities alone decide.
  if (!readsConcepts(reading) || !reading.mayBeName || base.sort) return [text];
  return [
    text,
    {
      ...base,
      q: reading.text,
      attributesToSearchOn: ['name'],
      matchingStrategy: 'all',
      federationOptions: { weight: NAME_WEIGHT },
    },
  ];
}

/**
 * How a read text is asked of an index: as keywords when nothing was read, else the codes of the
 * capabilities in the concept attributes, then the unread words as keywords, dropped from the end
 * until enough documents match.
 */
function textSearch(
  reading: QueryReading,
  keywords: readonly string[],
  concepts: readonly string[],
): Pick<Query, 'q' | 'attributesToSearchOn' | 'matchingStrategy'> {
  if (!readsConcepts(reading)) return { q: reading.text, attributesToSearchOn: [...keywords] };
  const codes = [...new Set([...reading.codes, ...reading.concepts.map((c) => c.code)])];
  return {
    q: [...codes, ...reading.unread].join(' '),
    attributesToSearchOn: reading.unread.length ? [...keywords, ...concepts] : [...concepts],
    matchingStrategy: 'last',
  };
}

/** The filters of a supplier query, keyed by facet, with its sort and centre. */
export function supplierFilters(q: SupplierSearchQuery, today: string) {
  const site = q.site ? defenceSite(q.site) : undefined;
  const point = q.lat !== undefined && q.lon !== undefined ? { lat: q.lat, lon: q.lon } : undefined;
  const centre = site ?? point;
  // Around a named site, distances are in the documents: exact in Meilisearch. Around any other
  // point, Meilisearch gets a covering filter and the service keeps the exact disc (`exact`).
  const radius =
    q.radiusKm === undefined
      ? null
      : site
        ? atMost(siteField(site.id), q.radiusKm)
        : point
          ? geoCover(point.lat, point.lon, q.radiusKm)
          : null;
  const exact =
    point && (q.radiusKm !== undefined || q.sort === 'distance')
      ? { ...point, radiusKm: q.radiusKm, byDistance: q.sort === 'distance' }
      : undefined;
  const filters: FacetFilters = {
    department: anyOf('department', q.department ?? []),
    domains: anyOf('domains', q.domain ?? []),
    certificationsValid: or((q.certification ?? []).map((s) => atLeast(`certUntil.${s}`, dateNumber(today)))),
    clearance: anyOf('clearance', q.clearance ?? []),
    sizeBand: anyOf('sizeBand', q.sizeBand ?? []),
    other:
      and([
        anyOf('inseeCode', q.commune ?? []),
        anyOf('cpvTree', q.cpv ?? []),
        q.clearanceMin ? atLeast('clearanceRank', clearanceRank(q.clearanceMin)) : null,
        q.trlMin !== undefined || q.trlMax !== undefined
          ? between('trls', q.trlMin ?? 1, q.trlMax ?? 9)
          : null,
        radius,
      ]) ?? null,
  };
  const sort =
    q.sort === 'relevance' || (q.sort === 'distance' && !site)
      ? undefined
      : q.sort === 'distance' && site
        ? [`${siteField(site.id)}:asc`]
        : [q.sort.startsWith('-') ? `${q.sort.slice(1)}:desc` : `${q.sort}:asc`];
  return { filters, sort, centre, exact };
}

/** The most hits the exact pass around a point looks at (the index's maxTotalHits). */
const EXACT_POINT_LIMIT = 2000;

/** No inference by filtering: clearance criteria are refused to readers who may not see clearance. */
function assertNoClearanceCriteria(q: SupplierSearchQuery): void {
  const fields = [q.clearance?.length ? 'clearance' : null, q.clearanceMin ? 'clearanceMin' : null].filter(
    (f): f is string => f !== null,
  );
  if (fields.length) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        fr: "Le niveau d'habilitation n'est visible que des acheteurs et des chargés d'affaires de la région.",
        en: 'Clearance levels are visible to buyers and region agents only.',
      },
      fields.map((field) => ({ field, message: 'is visible to buyers and region agents only' })),
    );
  }
}

function toHit(
  h: FoundSupplier,
  centre: { lat: number; lon: number } | undefined,
  withClearance: boolean,
  reading: QueryReading,
): SupplierSearchHit {
  const why = hitReasons(h, reading);
  return {
    id: h.id,
    name: h.name,
    city: h.city,
    department: h.department,
    capabilities: h.cpvCodes.map((code) => ({ code, fr: cpvLabel(code, 'fr'), en: cpvLabel(code, 'en') })),
    domains: h.domains,
    certificationsValid: h.certificationsValid,
    clearance: withClearance ? h.clearance : null,
    trlMax: h.trlMax,
    sizeBand: h.sizeBand,
    distanceKm:
      centre && h.lat !== undefined && h.lng !== undefined
        ? Math.round(distanceKm(centre.lat, centre.lon, h.lat, h.lng) * 10) / 10
        : null,
    highlights: readsConcepts(reading) ? markedByService(h, reading, why) : markedByMeilisearch(h),
    why,
  };
}

/** A search by codes: the query's words, and the supplier's own for what it matched, are marked here. */
function markedByService(
  h: FoundSupplier,
  reading: QueryReading,
  why: readonly SearchHitReason[],
): SupplierSearchHit['highlights'] {
  const terms = [
    ...reading.concepts.map((c) => c.matched),
    ...reading.unread,
    ...why.flatMap((w) => (w.via ? [w.via] : [])),
  ];
  const description = h.description_fr ?? h.description_en;
  return {
    name: highlightTerms(h.name, reading.unread),
    description: description ? cropAround(description, terms, CROP_WORDS) : null,
    capabilities: h.capabilityLabels
      .map((label) => highlightTerms(label, terms))
      .filter((l) => l.includes(HIGHLIGHT_START)),
  };
}

function markedByMeilisearch(h: FoundSupplier): SupplierSearchHit['highlights'] {
  const f = h._formatted ?? {};
  return {
    name: (f.name as string) ?? h.name,
    description: (f.description_fr ?? f.description_en ?? h.description_fr ?? h.description_en ?? null) as
      string | null,
    capabilities: ((f.capabilityLabels as string[] | undefined) ?? []).filter((l) =>
      l.includes(HIGHLIGHT_START),
    ),
  };
}

const CROP_WORDS = 40;

/**
 * What Meilisearch is asked to mark and crop: the words it was asked for, when the text is searched
 * as keywords. A text read into codes is marked by the service (toHit, searchOpportunities).
 */
function meiliHighlighting(reading: QueryReading, attributes: string[]): Omit<Query, 'indexUid'> {
  if (readsConcepts(reading)) return {};
  return {
    attributesToHighlight: attributes,
    attributesToCrop: ['description_fr', 'description_en'],
    cropLength: CROP_WORDS,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
}

/** A query read into capabilities or codes is searched by code (see textQueries). */
const readsConcepts = (reading: QueryReading) => reading.concepts.length + reading.codes.length > 0;

const HOW: ReadonlyArray<[keyof SupplierDocument, SearchHitReason['how']]> = [
  ['codesDeclared', 'declared'],
  ['codesDescribed', 'described'],
  ['codesBroad', 'broader'],
  ['codesNear', 'near'],
];

/** For each capability of the query, the best tier of the supplier's evidence that holds its code. */
export function hitReasons(h: Partial<SupplierDocument>, reading: QueryReading): SearchHitReason[] {
  const terms = new Map((h.codeTerms ?? []).map((t) => t.split('\t') as [string, string]));
  const asked = [
    ...reading.concepts.map((c) => ({ code: c.code, label: c.label })),
    ...reading.codes.map((code) => ({
      code,
      label: { fr: cpvLabel(code, 'fr') ?? code, en: cpvLabel(code, 'en') ?? code },
    })),
  ];
  const out: SearchHitReason[] = [];
  for (const { code, label } of asked) {
    const tier = HOW.find(([field]) => (h[field] as string[] | undefined)?.includes(code));
    if (!tier) continue;
    const how = tier[1];
    const via = how === 'declared' || how === 'described' ? (terms.get(code) ?? null) : null;
    out.push({ concept: label, how, via });
  }
  return out;
}

/** The reading as the page shows it: exact when the best hit has every capability read. */
function describeReading(reading: QueryReading, hits: readonly SupplierSearchHit[]): QueryUnderstanding {
  const asked = reading.concepts.length + reading.codes.length;
  const strong = (h: SupplierSearchHit) => h.why.filter((w) => w.how === 'declared' || w.how === 'described');
  const exact = asked === 0 ? hits.length > 0 : hits.length > 0 && strong(hits[0]).length === asked;
  return {
    concepts: reading.concepts,
    codes: reading.codes,
    siret: reading.siret,
    unread: reading.unread,
    cut: reading.cut,
    exact,
    nearest: exact ? [] : nearestConcepts(reading.unread),
  };
}
