import { useSearchParams } from 'react-router';

/** Rows asked for each page of a paginated list. */
export const PAGE_SIZE = 20;

/** Whether `v` is one of `values` (a guard for values read from the query string). */
export const oneOf = <T extends string>(values: readonly T[], v: string | null): v is T =>
  v !== null && (values as readonly string[]).includes(v);

/** The filters of a list: each a string, '' when not set. */
export type ListFilters<F> = { [K in keyof F]: string };

/** What a list shows: its page, its order and its filters. */
export type ListState<S extends string, F extends ListFilters<F>> = { page: number; sort: S } & F;

/** A change of the order or of filters (the page goes back to 1). */
export type ListPatch<S extends string, F extends ListFilters<F>> = Partial<Omit<ListState<S, F>, 'page'>>;

export interface ListConfig<S extends string, F extends ListFilters<F>> {
  /** The list's address, without the query string. */
  path: string;
  sorts: readonly S[];
  /** Left out of the query string. */
  defaultSort: S;
  /**
   * How each filter is read from its query-string parameter ('' when absent or not valid), in
   * the order the parameters are written.
   */
  filters: { [K in keyof F]: (raw: string | null) => F[K] };
}

/** The list state with what changes it, as answered by `useListParams`. */
export interface ListControls<S extends string, F extends ListFilters<F>> {
  params: ListState<S, F>;
  update: (patch: ListPatch<S, F>) => void;
  reset: () => void;
  hrefForPage: (page: number) => string;
  hasFilters: boolean;
}

function filterKeys<S extends string, F extends ListFilters<F>>(config: ListConfig<S, F>) {
  return Object.keys(config.filters) as Array<keyof F & string>;
}

function parseParams<S extends string, F extends ListFilters<F>>(
  config: ListConfig<S, F>,
  search: URLSearchParams,
): ListState<S, F> {
  const pageRaw = Number.parseInt(search.get('page') ?? '1', 10);
  const sort = search.get('sort');
  const filters = {} as F;
  for (const key of filterKeys(config)) filters[key] = config.filters[key](search.get(key));
  return {
    page: Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1,
    sort: oneOf(config.sorts, sort) ? sort : config.defaultSort,
    ...filters,
  };
}

/**
 * List state lives in the query string: shareable, bookmarkable, back-button friendly. `config`
 * is a module constant.
 */
export function useListParams<S extends string, F extends ListFilters<F>>(
  config: ListConfig<S, F>,
): ListControls<S, F> {
  const [search, setSearch] = useSearchParams();
  const params = parseParams(config, search);
  const keys = filterKeys(config);

  /** Query string for these params, defaults left out. */
  const toSearch = (p: ListState<S, F>): string => {
    const filters: F = p;
    const next = new URLSearchParams();
    for (const key of keys) if (filters[key]) next.set(key, filters[key]);
    if (p.sort !== config.defaultSort) next.set('sort', p.sort);
    if (p.page > 1) next.set('page', String(p.page));
    const s = next.toString();
    return s ? `?${s}` : '';
  };

  /** Changing a filter or the sort goes back to page 1. */
  const update = (patch: ListPatch<S, F>) => {
    // From the address bar, not from this render: two quick changes must not undo each other
    // (navigation renders in a transition, so the render can lag one change behind the URL).
    const current = parseParams(config, new URLSearchParams(window.location.search));
    setSearch(toSearch({ ...current, ...patch, page: 1 }));
  };

  const reset = () => setSearch('');

  const hrefForPage = (page: number): string => `${config.path}${toSearch({ ...params, page })}`;

  const filters: F = params;
  return { params, update, reset, hrefForPage, hasFilters: keys.some((key) => filters[key] !== '') };
}
