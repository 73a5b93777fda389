import { ImportReport, ImportRowError, toFieldErrors } from '@bitd/domain';
import type { z } from 'zod';
import { ImportFormat, ParsedLine, externalIdOf } from './import-file.parser';

/** A row that passed its schema and is the first in the file with each of its keys. */
export interface ValidImportRow<T> {
  line: number;
  externalId: string | null;
  row: T;
}

/** A value no two rows of one file may share (the externalId, a SIRET…). */
export interface UniqueKey<T> {
  field: string;
  of: (row: T) => string;
  message: (firstLine: number) => string;
}

export const UNIQUE_EXTERNAL_ID: UniqueKey<{ externalId: string }> = {
  field: 'externalId',
  of: (row) => row.externalId,
  message: (first) => `duplicates the externalId of line ${first}`,
};

/**
 * Every import reads its lines the same way: an unreadable line or a schema failure is an error
 * naming the field, and a row repeating a key of an earlier valid row is refused. The rows to
 * write come back in file order.
 */
export function validImportRows<S extends z.ZodType>(
  lines: readonly ParsedLine[],
  schema: S,
  keys: ReadonlyArray<UniqueKey<z.output<S>>>,
  errors: ImportRowError[],
): Array<ValidImportRow<z.output<S>>> {
  const valid: Array<ValidImportRow<z.output<S>>> = [];
  const seen = keys.map(() => new Map<string, number>());
  for (const { line, value, error } of lines) {
    const externalId = externalIdOf(value);
    if (error) {
      errors.push({ line, externalId, field: '(line)', message: error });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const fe of toFieldErrors(parsed.error.issues)) errors.push({ line, externalId, ...fe });
      continue;
    }
    const row = parsed.data;
    const repeated = keys.findIndex((k, i) => seen[i].has(k.of(row)));
    if (repeated >= 0) {
      const key = keys[repeated];
      const first = seen[repeated].get(key.of(row)) as number;
      errors.push({ line, externalId, field: key.field, message: key.message(first) });
      continue;
    }
    keys.forEach((k, i) => seen[i].set(k.of(row), line));
    valid.push({ line, externalId, row });
  }
  return valid;
}

/** The report of an import, its errors in line order. */
export function importReport(
  format: ImportFormat,
  lines: readonly ParsedLine[],
  counts: { created: number; updated: number; unchanged: number },
  errors: ImportRowError[],
  started: number,
): ImportReport {
  errors.sort((a, b) => a.line - b.line);
  return {
    format,
    rows: lines.length,
    ...counts,
    rejected: new Set(errors.map((e) => e.line)).size,
    errors,
    durationMs: Math.round(performance.now() - started),
  };
}
