import { parse as parseCsv } from 'csv-parse/sync';
import { DomainError } from '../common/domain-error';
import type { CsvCodec } from './csv-layout.codec';

export type ImportFormat = 'jsonl' | 'csv';

/** One line of the file: its 1-based line number and either a value or why it could not be read. */
export interface ParsedLine {
  line: number;
  value?: unknown;
  error?: string;
}

export interface ParsedFile {
  format: ImportFormat;
  lines: ParsedLine[];
}

const malformed = (message: string) => new DomainError('MALFORMED_FILE', message);

/** Picks the format from the file name, else from the first character. */
function detectFormat(text: string, fileName?: string): ImportFormat {
  const ext = fileName?.toLowerCase().match(/\.(jsonl|ndjson|json|csv)$/)?.[1];
  if (ext === 'csv') return 'csv';
  if (ext) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

function decodeUtf8(buffer: Buffer): string {
  if (buffer.length === 0) throw malformed('The file is empty');
  if (buffer.subarray(0, 8000).includes(0)) throw malformed('The file is binary, not JSON Lines or CSV text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw malformed('The file is not valid UTF-8 text');
  }
}

/** Reads a JSON Lines file, or a CSV file in the layout of `csv` (its record kind). */
export function parseImportFile(buffer: Buffer, fileName: string | undefined, csv: CsvCodec): ParsedFile {
  const text = decodeUtf8(buffer);
  if (text.trim() === '') throw malformed('The file is empty');
  const format = detectFormat(text, fileName);
  return { format, lines: format === 'jsonl' ? parseJsonLines(text) : parseCsvText(text, csv) };
}

function parseJsonLines(text: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  const raw = text.split(/\r?\n/);
  let readable = 0;
  raw.forEach((l, i) => {
    if (l.trim() === '') return;
    try {
      const value: unknown = JSON.parse(l);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        lines.push({ line: i + 1, error: 'each line must be one JSON object' });
      } else {
        readable++;
        lines.push({ line: i + 1, value });
      }
    } catch (e) {
      lines.push({ line: i + 1, error: `not valid JSON (${(e as Error).message})` });
    }
  });
  if (readable === 0) throw malformed('No line of the file is a JSON object: this is not a JSON Lines file');
  return lines;
}

function parseCsvText(text: string, csv: CsvCodec): ParsedLine[] {
  const { columns, headerKeys } = csv.layout;
  let header: string[] = [];
  try {
    header = ((parseCsv(text, { to_line: 1, bom: true }) as string[][])[0] ?? []).map((c) => c.trim());
  } catch {
    // judged below: no usable header
  }
  if (!headerKeys.some((k) => header.includes(k))) {
    throw malformed(
      `The file is neither JSON Lines nor a CSV with a header row (expected columns such as ${columns.slice(0, 3).join(', ')})`,
    );
  }
  const unknown = csv.unknownCsvColumns(header);
  if (unknown.length) {
    throw malformed(`Unknown CSV column(s): ${unknown.join(', ')} (the columns are ${columns.join(', ')})`);
  }
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parseCsv(text, {
      columns: () => header,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      trim: false,
    });
  } catch (e) {
    throw malformed(`The file is not valid CSV: ${(e as Error).message}`);
  }
  // info.lines is the line where the record ends; for one-line records that is its line.
  return records.map(({ record, info }) => ({ line: info.lines, value: csv.csvRecordToRow(record) }));
}

/** The externalId of a row as written, for error reports (null when absent or not text). */
export function externalIdOf(value: unknown): string | null {
  const id = (value as { externalId?: unknown } | undefined)?.externalId;
  return typeof id === 'string' ? id.slice(0, 64) : null;
}
