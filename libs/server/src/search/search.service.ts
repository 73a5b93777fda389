import { Injectable } from '@nestjs/common';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  OPPORTUNITY_FACETS,
  OpportunitySearchHit,
  OpportunitySearchQuery,
  SUPPLIER_FACETS,
  SearchResponse,
  SupplierFacet,
  SupplierSearchHit,
  SupplierSearchQuery,
  clearanceRank,
  cpvLabel,
  defenceSite,
  distanceKm,
} from '@bitd/domain';
import type { SearchParams } from 'meilisearch';
import { DomainError } from '../common/domain-error';
import { MeiliService, isNotFound } from './meili.service';
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
   * Supplier search: text, facet filters (OR within a facet, AND across facets), geo radius,
   * sort, pagination, facet counts computed the way people expect (a facet's counts ignore its
   * own selection), highlights. The suppliers index holds only live public profiles. A reader who
   * may not see clearance levels may not filter or count on them either.
   */
  async searchSuppliers(
    q: SupplierSearchQuery,
    reader: { clearance: boolean },
    today = new Date().toISOString().slice(0, 10),
  ): Promise<SearchResponse<SupplierSearchHit>> {
    if (!reader.clearance) assertNoClearanceCriteria(q);
    const uid = this.meili.indexUid('suppliers');
    const { main, queries, selected, centre, exact } = buildSupplierSearch(q, uid, today, reader.clearance);
    if (exact) {
      // First pass: ids and positions of everything the covering filter lets through.
      const {
        hitsPerPage: _size,
        page: _page,
        attributesToHighlight: _h,
        attributesToCrop: _c,
        ...rest
      } = main;
      queries[0] = { ...rest, limit: EXACT_POINT_LIMIT, attributesToRetrieve: ['id', 'lat', 'lng'] };
    }
    const results = await this.multiSearch(queries);
    const [first, ...facetResults] = results;
    const facets: Record<string, Record<string, number>> = { ...(first.facetDistribution ?? {}) };
    selected.forEach((facet, i) => (facets[facet] = facetResults[i].facetDistribution?.[facet] ?? {}));
    type Doc = SupplierDocument & { _formatted?: Partial<Record<keyof SupplierDocument, unknown>> };
    let hits = first.hits as Doc[];
    let total = first.totalHits ?? first.estimatedTotalHits ?? 0;
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
        ? await this.multiSearch([
            {
              ...main,
              filter: anyOf('id', ids) ?? undefined,
              page: 1,
              hitsPerPage: ids.length,
              sort: undefined,
            },
          ])
        : [{ hits: [] }];
      const byId = new Map((page.hits as Doc[]).map((h) => [h.id, h]));
      hits = ids.map((id) => byId.get(id)).filter((h): h is Doc => h !== undefined);
    }
    return {
      hits: hits.map((h) => toHit(h, centre, reader.clearance)),
      total,
      totalCapped: capped,
      page: q.page,
      pageSize: q.pageSize,
      facets,
      processingTimeMs: first.processingTimeMs,
    };
  }

  private async multiSearch(queries: Array<SearchParams & { indexUid: string }>) {
    try {
      return (await (await this.meili.searchClient()).multiSearch({ queries })).results;
    } catch (e) {
      if (isNotFound(e))
        throw new DomainError('SEARCH_UNAVAILABLE', 'The search index is being built; try again in a moment');
      throw e;
    }
  }
}

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
  let res;
  try {
    res = await client.index(meili.indexUid('opportunities')).search<OpportunityDocument>(q.q ?? '', {
      filter,
      sort,
      page: q.page,
      hitsPerPage: q.pageSize,
      facets: [...OPPORTUNITY_FACETS],
      attributesToHighlight: ['title', 'description_fr', 'description_en'],
      attributesToCrop: ['description_fr', 'description_en'],
      cropLength: 40,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    });
  } catch (e) {
    if (isNotFound(e))
      throw new DomainError('SEARCH_UNAVAILABLE', 'The search index is being built; try again in a moment');
    throw e;
  }
  const total = (res as { totalHits?: number }).totalHits ?? res.estimatedTotalHits ?? 0;
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
        highlights: {
          title: f.title ?? h.title,
          description: f.description_fr ?? f.description_en ?? h.description_fr ?? h.description_en ?? null,
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

/**
 * The Meilisearch multi-search for a supplier query: the main search, then one facet-only search
 * per selected facet without that facet's own filter (disjunctive facet counts).
 */
export function buildSupplierSearch(
  q: SupplierSearchQuery,
  indexUid: string,
  today: string,
  withClearance = true,
) {
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
  const main: SearchParams & { indexUid: string } = {
    indexUid,
    q: q.q ?? '',
    filter: and(Object.values(filters)),
    sort,
    page: q.page,
    hitsPerPage: q.pageSize,
    facets: SUPPLIER_FACETS.filter((f) => withClearance || f !== 'clearance'),
    attributesToHighlight: ['name', 'description_fr', 'description_en', 'capabilityLabels'],
    attributesToCrop: ['description_fr', 'description_en'],
    cropLength: 40,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
  const selected = SUPPLIER_FACETS.filter((f) => filters[f]);
  const facetQueries = selected.map((facet) => ({
    indexUid,
    q: q.q ?? '',
    filter: and(
      Object.entries(filters)
        .filter(([k]) => k !== facet)
        .map(([, v]) => v ?? null),
    ),
    facets: [facet],
    limit: 0,
  }));
  return { main, queries: [main, ...facetQueries], selected, centre, exact };
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
  h: SupplierDocument & { _formatted?: Partial<Record<keyof SupplierDocument, unknown>> },
  centre: { lat: number; lon: number } | undefined,
  withClearance: boolean,
): SupplierSearchHit {
  const f = h._formatted ?? {};
  const description = (f.description_fr ??
    f.description_en ??
    h.description_fr ??
    h.description_en ??
    null) as string | null;
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
    highlights: {
      name: (f.name as string) ?? h.name,
      description,
      capabilities: ((f.capabilityLabels as string[] | undefined) ?? []).filter((l) =>
        l.includes(HIGHLIGHT_START),
      ),
    },
  };
}
