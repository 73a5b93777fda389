import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../common/actor';
import { SupplierImportService } from '../imports/supplier-import.service';
import { OrganisationEntity } from '../suppliers/organisation.entity';
import { DEMO_SUPPLIER_COUNT, generateDemoSuppliers } from './demo-suppliers.generator';

/** Loads the fictional demo set through the real import path, only into an empty database. */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  importer: SupplierImportService,
): Promise<number> {
  const existing = await dataSource.getRepository(OrganisationEntity).count({ withDeleted: true });
  if (existing > 0) return 0;
  const jsonl = generateDemoSuppliers(DEMO_SUPPLIER_COUNT)
    .map((row) => JSON.stringify(row))
    .join('\n');
  const report = await importer.importFile(Buffer.from(jsonl), 'demo.jsonl', {
    ...SYSTEM_ACTOR,
    id: 'seed-demo',
  });
  if (report.rejected > 0)
    throw new Error(`Demo data rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return report.created;
}
