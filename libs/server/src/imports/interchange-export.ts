import { BadRequestException } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import type { CsvCodec } from './csv-layout.codec';
import type { ImportFormat } from './import-file.parser';

/** Interchange rows as JSON Lines, or as CSV in the layout of `csv`, streamed as they come. */
export function interchangeStream(
  rows: AsyncIterable<Record<string, unknown>>,
  format: ImportFormat,
  csv: CsvCodec,
): Readable {
  const stream = Readable.from(rows);
  if (format === 'jsonl') {
    return stream.map((row: Record<string, unknown>) => `${JSON.stringify(row)}\n`);
  }
  return stream
    .map((row: Record<string, unknown>) => csv.rowToCsvRecord(row))
    .pipe(stringify({ header: true, columns: [...csv.layout.columns] }));
}

/** Answers an export download `<name>-<date>.<format>`; `format` is the raw `?format=` (jsonl or csv). */
export function sendExport(
  res: Response,
  name: string,
  format: string,
  open: (format: ImportFormat) => Readable,
): void {
  if (format !== 'jsonl' && format !== 'csv') throw new BadRequestException('format must be jsonl or csv');
  const date = new Date().toISOString().slice(0, 10);
  res.setHeader(
    'Content-Type',
    format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
  );
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${date}.${format}"`);
  const stream = open(format);
  stream.on('error', (e) => res.destroy(e));
  stream.pipe(res);
}
