import { OPPORTUNITY_CSV_LAYOUT, SUPPLIER_CSV_LAYOUT } from '@bitd/domain';
import type { InterchangeKind, OpportunitySort, SupplierSort } from '../../api/client';
import { opportunityKeys } from '../opportunities/opportunities.queries';
import { OPPORTUNITIES_URL } from '../opportunities/paths';
import { supplierKeys } from '../suppliers/suppliers.queries';

/** Both lists know this order: what an import just wrote comes on top. */
const NEWEST_FIRST = '-updatedAt' satisfies SupplierSort & OpportunitySort;

/** What the import page needs to know of each kind of record; its texts are in `import.kinds.<kind>`. */
interface InterchangeKindInfo {
  /** Their list, most recently changed first. */
  listUrl: string;
  /** Cached queries an import makes stale. */
  queryKey: readonly string[];
  /** Name of a downloaded export (without its extension). */
  fileName: string;
  /** Columns of the CSV layout, in the order the export writes them. */
  csvColumns: readonly string[];
}

export const INTERCHANGE_KIND_INFO: Record<InterchangeKind, InterchangeKindInfo> = {
  suppliers: {
    listUrl: `/fournisseurs?sort=${NEWEST_FIRST}`,
    queryKey: supplierKeys.all,
    fileName: 'fournisseurs',
    csvColumns: SUPPLIER_CSV_LAYOUT.columns,
  },
  opportunities: {
    listUrl: `${OPPORTUNITIES_URL}?sort=${NEWEST_FIRST}`,
    queryKey: opportunityKeys.all,
    fileName: 'opportunites',
    csvColumns: OPPORTUNITY_CSV_LAYOUT.columns,
  },
};
