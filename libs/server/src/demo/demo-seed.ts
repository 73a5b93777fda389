import type { ImportReport } from '@bitd/domain';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../common/actor';
import { SupplierImportService } from '../imports/supplier-import.service';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OpportunityImportService } from '../opportunities/opportunity-import.service';
import { today } from '../opportunities/opportunities.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { generateDemoOpportunities } from './demo-opportunities.generator';
import { DEMO_SUPPLIER_COUNT, generateDemoSuppliers } from './demo-suppliers.generator';

/** How many fictional records the demo seed loaded (both 0 when the database was not empty). */
export interface DemoSeedResult {
  suppliers: number;
  opportunities: number;
}

const SEED_ACTOR = { ...SYSTEM_ACTOR, id: 'seed-demo' };

function toJsonl(rows: readonly object[]): Buffer {
  return Buffer.from(rows.map((row) => JSON.stringify(row)).join('\n'));
}

function checkAccepted(what: string, report: ImportReport): void {
  if (report.rejected > 0)
    throw new Error(`Demo ${what} rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
}

/**
 * Loads the fictional demo set through the real import paths, only into an empty database (no
 * organisation and no opportunity, deleted ones included): the suppliers, then the opportunities,
 * whose deadlines are computed from `referenceDate` (today by default) so that they are open.
 */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  supplierImporter: SupplierImportService,
  opportunityImporter: OpportunityImportService,
  referenceDate: string = today(),
): Promise<DemoSeedResult> {
  const [organisations, opportunities] = await Promise.all([
    dataSource.getRepository(OrganisationEntity).count({ withDeleted: true }),
    dataSource.getRepository(OpportunityEntity).count({ withDeleted: true }),
  ]);
  if (organisations > 0 || opportunities > 0) return { suppliers: 0, opportunities: 0 };

  const suppliers = await supplierImporter.importFile(
    toJsonl(generateDemoSuppliers(DEMO_SUPPLIER_COUNT, undefined, referenceDate)),
    'demo.jsonl',
    SEED_ACTOR,
  );
  checkAccepted('suppliers', suppliers);

  const opps = await opportunityImporter.importFile(
    toJsonl(generateDemoOpportunities(referenceDate)),
    'demo-opportunities.jsonl',
    SEED_ACTOR,
  );
  checkAccepted('opportunities', opps);
  return { suppliers: suppliers.created, opportunities: opps.created };
}
