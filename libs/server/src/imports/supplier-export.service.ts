import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import { DataSource, MoreThan } from 'typeorm';
import { OrganisationEntity } from '../suppliers/organisation.entity';
import { toInterchange } from '../suppliers/supplier.mapper';
import type { ImportFormat } from './import-file.parser';
import { SUPPLIER_CSV_COLUMNS, rowToCsvRecord } from './supplier-csv.codec';

const BATCH = 1000;

/** Streams every live supplier profile in the interchange format; re-importing it changes nothing. */
@Injectable()
export class SupplierExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Rows in id order, read in batches (keyset pagination) so memory stays flat. */
  async *rows(): AsyncGenerator<Record<string, unknown>> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource.getRepository(OrganisationEntity).find({
        where: { kind: 'supplier', id: MoreThan(after) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      for (const e of batch) yield toInterchange(e) as unknown as Record<string, unknown>;
      if (batch.length < BATCH) return;
      after = batch[batch.length - 1].id;
    }
  }

  stream(format: ImportFormat): Readable {
    const rows = Readable.from(this.rows());
    if (format === 'jsonl') {
      return rows.map((row: Record<string, unknown>) => `${JSON.stringify(row)}\n`);
    }
    return rows
      .map((row: Record<string, unknown>) => rowToCsvRecord(row))
      .pipe(stringify({ header: true, columns: [...SUPPLIER_CSV_COLUMNS] }));
  }
}
