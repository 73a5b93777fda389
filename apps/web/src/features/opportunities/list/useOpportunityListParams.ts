import {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  type OpportunityKind,
  type OpportunityStatus,
} from '@bitd/domain';
import { OPPORTUNITY_SORTS, type OpportunitySort } from '../../../api/client';
import {
  oneOf,
  useListParams,
  type ListConfig,
  type ListControls,
  type ListState,
} from '../../../shared/list/useListParams';
import { OPPORTUNITIES_URL } from '../paths';

/** The API's default order: the nearest deadline first. */
export const DEFAULT_SORT: OpportunitySort = 'deadline';

export interface OpportunityListFilters {
  kind: OpportunityKind | '';
  status: OpportunityStatus | '';
}

export type OpportunityListState = ListState<OpportunitySort, OpportunityListFilters>;
export type OpportunityListControls = ListControls<OpportunitySort, OpportunityListFilters>;

const OPPORTUNITY_LIST: ListConfig<OpportunitySort, OpportunityListFilters> = {
  path: OPPORTUNITIES_URL,
  sorts: OPPORTUNITY_SORTS,
  defaultSort: DEFAULT_SORT,
  filters: {
    kind: (raw) => (oneOf(OPPORTUNITY_KINDS, raw) ? raw : ''),
    status: (raw) => (oneOf(OPPORTUNITY_STATUSES, raw) ? raw : ''),
  },
};

/** List state lives in the query string, like the supplier directory's. */
export function useOpportunityListParams(): OpportunityListControls {
  return useListParams(OPPORTUNITY_LIST);
}
