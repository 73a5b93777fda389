import {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  type OpportunityKind,
  type OpportunityStatus,
} from '@bitd/domain';
import { useSearchParams } from 'react-router';
import { OPPORTUNITY_SORTS, type OpportunitySort } from '../../../api/client';

export const PAGE_SIZE = 20;
/** The API's default order: the nearest deadline first. */
export const DEFAULT_SORT: OpportunitySort = 'deadline';

export interface OpportunityListState {
  page: number;
  sort: OpportunitySort;
  kind: OpportunityKind | '';
  status: OpportunityStatus | '';
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): v is T =>
  v !== null && (values as readonly string[]).includes(v);

function parseParams(search: URLSearchParams): OpportunityListState {
  const pageRaw = Number.parseInt(search.get('page') ?? '1', 10);
  const sort = search.get('sort');
  const kind = search.get('kind');
  const status = search.get('status');
  return {
    page: Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1,
    sort: oneOf(OPPORTUNITY_SORTS, sort) ? sort : DEFAULT_SORT,
    kind: oneOf(OPPORTUNITY_KINDS, kind) ? kind : '',
    status: oneOf(OPPORTUNITY_STATUSES, status) ? status : '',
  };
}

/** List state lives in the query string, like the supplier directory's. */
export function useOpportunityListParams() {
  const [search, setSearch] = useSearchParams();
  const params = parseParams(search);

  const toSearch = (p: OpportunityListState): string => {
    const next = new URLSearchParams();
    if (p.kind) next.set('kind', p.kind);
    if (p.status) next.set('status', p.status);
    if (p.sort !== DEFAULT_SORT) next.set('sort', p.sort);
    if (p.page > 1) next.set('page', String(p.page));
    const s = next.toString();
    return s ? `?${s}` : '';
  };

  /** Changing a filter or the sort goes back to page 1. */
  const update = (patch: Partial<Omit<OpportunityListState, 'page'>>) => {
    // From the address bar, not from this render (see useDirectoryParams).
    const current = parseParams(new URLSearchParams(window.location.search));
    setSearch(toSearch({ ...current, ...patch, page: 1 }));
  };

  const reset = () => setSearch('');

  const hrefForPage = (page: number): string => `/opportunites${toSearch({ ...params, page })}`;

  return { params, update, reset, hrefForPage, hasFilters: params.kind !== '' || params.status !== '' };
}
