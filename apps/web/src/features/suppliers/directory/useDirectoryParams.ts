import { useSearchParams } from 'react-router';
import { SUPPLIER_SORTS, type SupplierSort } from '../../../api/client';

export const PAGE_SIZE = 20;
export const DEFAULT_SORT: SupplierSort = 'name';

export interface DirectoryParams {
  page: number;
  sort: SupplierSort;
  q: string;
  department: string;
}

function isSort(value: string | null): value is SupplierSort {
  return value !== null && (SUPPLIER_SORTS as readonly string[]).includes(value);
}

function parseParams(search: URLSearchParams): DirectoryParams {
  const pageRaw = Number.parseInt(search.get('page') ?? '1', 10);
  const sortRaw = search.get('sort');
  const department = search.get('department') ?? '';
  return {
    page: Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1,
    sort: isSort(sortRaw) ? sortRaw : DEFAULT_SORT,
    q: (search.get('q') ?? '').trim(),
    department: /^(\d{2}|2[AB])$/.test(department) ? department : '',
  };
}

/** Directory state lives in the query string: shareable, bookmarkable, back-button friendly. */
export function useDirectoryParams() {
  const [search, setSearch] = useSearchParams();
  const params = parseParams(search);

  /** Query string for these params, defaults left out. */
  const toSearch = (p: DirectoryParams): string => {
    const next = new URLSearchParams();
    if (p.q) next.set('q', p.q);
    if (p.department) next.set('department', p.department);
    if (p.sort !== DEFAULT_SORT) next.set('sort', p.sort);
    if (p.page > 1) next.set('page', String(p.page));
    const s = next.toString();
    return s ? `?${s}` : '';
  };

  /** Changing a filter or the sort goes back to page 1. */
  const update = (patch: Partial<Omit<DirectoryParams, 'page'>>) => {
    // From the address bar, not from this render: two quick changes must not undo each other
    // (navigation renders in a transition, so the render can lag one change behind the URL).
    const current = parseParams(new URLSearchParams(window.location.search));
    setSearch(toSearch({ ...current, ...patch, page: 1 }));
  };

  const reset = () => setSearch('');

  const hrefForPage = (page: number): string => `/fournisseurs${toSearch({ ...params, page })}`;

  return { params, update, reset, hrefForPage, hasFilters: params.q !== '' || params.department !== '' };
}
