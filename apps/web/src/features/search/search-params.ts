import { SEARCH_MAX_PAGE_SIZE, SUPPLIER_SEARCH_SORTS, type SupplierFacet } from '@bitd/domain';

/**
 * The search page keeps its whole state in the query string, under the API's own parameter
 * names (`GET /search/suppliers`): an address is a shareable, bookmarkable search, and the
 * request to the API is the address's query string, known parameters only.
 */

/** Parameters that may be repeated: OR within one, AND across them. */
export const MULTI_PARAMS = [
  'department',
  'domain',
  'certification',
  'clearance',
  'sizeBand',
  'cpv',
  'commune',
] as const;
export type MultiParam = (typeof MULTI_PARAMS)[number];

export const SCALAR_PARAMS = [
  'q',
  'clearanceMin',
  'trlMin',
  'trlMax',
  'site',
  'lat',
  'lon',
  'radiusKm',
  'sort',
  'page',
  'pageSize',
] as const;
export type ScalarParam = (typeof SCALAR_PARAMS)[number];

const KNOWN: ReadonlySet<string> = new Set<string>([...MULTI_PARAMS, ...SCALAR_PARAMS]);

/** Parameters that are not filters: clearing the filters keeps them. */
const NOT_FILTERS: ReadonlySet<string> = new Set(['q', 'sort', 'page', 'pageSize']);

/** Filter parameter → the entry of the response's `facets` that counts its values. */
export const FACET_OF = {
  department: 'department',
  domain: 'domains',
  certification: 'certificationsValid',
  clearance: 'clearance',
  sizeBand: 'sizeBand',
} as const satisfies Partial<Record<MultiParam, SupplierFacet>>;
export type FacetParam = keyof typeof FACET_OF;

export type SearchSort = (typeof SUPPLIER_SEARCH_SORTS)[number];
export const DEFAULT_SORT: SearchSort = 'relevance';
export const DEFAULT_PAGE_SIZE = 20;
/** The API serves pages 1–100, and the index counts at most 2,000 hits. */
export const MAX_PAGE = 100;
export const MAX_REACHABLE_HITS = 2000;
export const RADIUS_CHOICES_KM = [10, 25, 50, 100, 200] as const;
export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export interface SearchState {
  q: string;
  multi: Record<MultiParam, string[]>;
  clearanceMin: string;
  trlMin: string;
  trlMax: string;
  site: string;
  lat: string;
  lon: string;
  radiusKm: string;
  /** As written in the address (the API answers 400 for an unknown one). */
  sort: string;
  page: number;
  pageSize: number;
}

export function isSearchSort(value: string): value is SearchSort {
  return (SUPPLIER_SEARCH_SORTS as readonly string[]).includes(value);
}

const clean = (v: string | null): string => (v ?? '').trim();

function positiveInt(raw: string | null, fallback: number, max: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export function readState(search: URLSearchParams): SearchState {
  const multi = Object.fromEntries(
    MULTI_PARAMS.map((p) => [
      p,
      [
        ...new Set(
          search
            .getAll(p)
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as Record<MultiParam, string[]>;
  return {
    q: clean(search.get('q')),
    multi,
    clearanceMin: clean(search.get('clearanceMin')),
    trlMin: clean(search.get('trlMin')),
    trlMax: clean(search.get('trlMax')),
    site: clean(search.get('site')),
    lat: clean(search.get('lat')),
    lon: clean(search.get('lon')),
    radiusKm: clean(search.get('radiusKm')),
    sort: clean(search.get('sort')) || DEFAULT_SORT,
    page: positiveInt(search.get('page'), 1, MAX_PAGE),
    pageSize: positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE),
  };
}

/** The request's query string: the address's known parameters, empty values left out. */
export function toApiQuery(search: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [key, raw] of search) {
    const value = raw.trim();
    if (KNOWN.has(key) && value !== '') out.append(key, value);
  }
  return out.toString();
}

export function hasCentre(state: SearchState): boolean {
  return state.site !== '' || (state.lat !== '' && state.lon !== '');
}

/** True when the address holds any filter (text, sort and page are not filters). */
export function hasFilters(search: URLSearchParams): boolean {
  for (const [key, value] of search) {
    if (KNOWN.has(key) && !NOT_FILTERS.has(key) && value.trim() !== '') return true;
  }
  return false;
}

// Changes: each returns a new URLSearchParams and, as any new search does, goes back to page 1.

function copy(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete('page');
  return next;
}

export function withToggled(
  search: URLSearchParams,
  param: MultiParam,
  value: string,
  on?: boolean,
): URLSearchParams {
  const next = copy(search);
  const values = next.getAll(param);
  const present = values.includes(value);
  const want = on ?? !present;
  if (want === present) return next;
  next.delete(param);
  for (const v of want ? [...values, value] : values.filter((v) => v !== value)) next.append(param, v);
  return next;
}

export function withValue(
  search: URLSearchParams,
  param: ScalarParam,
  value: string | null,
): URLSearchParams {
  const next = copy(search);
  const v = value?.trim() ?? '';
  if (v === '') next.delete(param);
  else next.set(param, v);
  return next;
}

export type Centre = { site: string } | { lat: number; lon: number };

/** A defence site or a point; none also drops the radius and a distance sort, which need one. */
export function withCentre(search: URLSearchParams, centre: Centre | null): URLSearchParams {
  const next = copy(search);
  next.delete('site');
  next.delete('lat');
  next.delete('lon');
  if (centre === null) {
    next.delete('radiusKm');
    if (next.get('sort') === 'distance') next.delete('sort');
  } else if ('site' in centre) {
    next.set('site', centre.site);
  } else {
    next.set('lat', String(centre.lat));
    next.set('lon', String(centre.lon));
  }
  return next;
}

/** Every filter gone; the text, the sort (unless by distance) and the page size stay. */
export function withoutFilters(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of search) {
    if (NOT_FILTERS.has(key) && key !== 'page') next.append(key, value);
  }
  if (next.get('sort') === 'distance') next.delete('sort');
  return next;
}

export function withPage(search: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(search);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return next;
}

export function searchHref(search: URLSearchParams): string {
  const s = search.toString();
  return s ? `/recherche?${s}` : '/recherche';
}
