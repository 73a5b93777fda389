import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { supplierBatches } from '../suppliers/supplier-batches';
import { toInterchange } from '../suppliers/supplier.mapper';
import type { ImportFormat } from './import-file.parser';
import { interchangeStream } from './interchange-export';
import { supplierCsv } from './supplier-csv.layout';

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
    return interchangeStream(this.rows(), format, supplierCsv);
  }
}
