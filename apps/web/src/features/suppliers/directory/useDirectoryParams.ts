import { SUPPLIER_SORTS, type SupplierSort } from '../../../api/client';
import {
  useListParams,
  type ListConfig,
  type ListControls,
  type ListState,
} from '../../../shared/list/useListParams';

export const DEFAULT_SORT: SupplierSort = 'name';

export interface DirectoryFilterValues {
  q: string;
  department: string;
}

export type DirectoryParams = ListState<SupplierSort, DirectoryFilterValues>;
export type DirectoryControls = ListControls<SupplierSort, DirectoryFilterValues>;

const DIRECTORY_LIST: ListConfig<SupplierSort, DirectoryFilterValues> = {
  path: '/fournisseurs',
  sorts: SUPPLIER_SORTS,
  defaultSort: DEFAULT_SORT,
  filters: {
    q: (raw) => (raw ?? '').trim(),
    department: (raw) => (raw !== null && /^(\d{2}|2[AB])$/.test(raw) ? raw : ''),
  },
};

/** Directory state lives in the query string: shareable, bookmarkable, back-button friendly. */
export function useDirectoryParams(): DirectoryControls {
  return useListParams(DIRECTORY_LIST);
}
