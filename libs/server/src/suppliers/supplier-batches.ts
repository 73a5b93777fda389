import { DataSource, MoreThan } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * Every live supplier profile in id order, in batches (keyset pagination): memory stays flat
 * whatever the number of profiles. Used by export, reindex and check-index.
 */
export async function* supplierBatches(
  dataSource: DataSource,
  size = 1000,
): AsyncGenerator<OrganisationEntity[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await dataSource.getRepository(OrganisationEntity).find({
      where: { kind: 'supplier', id: MoreThan(after) },
      order: { id: 'ASC' },
      take: size,
    });
    if (batch.length) yield batch;
    if (batch.length < size) return;
    after = batch[batch.length - 1].id;
  }
}
