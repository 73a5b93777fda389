import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { supplierBatches } from '../suppliers/supplier-batches';
import { toInterchange } from '../suppliers/supplier.mapper';
import type { ImportFormat } from './import-file.parser';
import { SUPPLIER_CSV_COLUMNS, rowToCsvRecord } from './supplier-csv.codec';

/** Streams every live supplier profile in the interchange format; re-importing it changes nothing. */
@Injectable()
export class SupplierExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Rows in id order, read in batches so memory stays flat. */
  async *rows(): AsyncGenerator<Record<string, unknown>> {
    for await (const batch of supplierBatches(this.dataSource)) {
      for (const e of batch) yield toInterchange(e) as unknown as Record<string, unknown>;
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
