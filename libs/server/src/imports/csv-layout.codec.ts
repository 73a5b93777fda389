import type { CsvLayout } from '@bitd/domain';

/**
 * CSV form of the interchange format (INTERCHANGE.md), for any record kind described by a
 * `CsvLayout`: same fields, nested objects flattened into `object.field` columns, lists joined
 * with `;` and their item fields with `:` in a fixed order (`capabilities=35512400:7;38113000:5`).
 * `\` escapes `;`, `:` and itself, so any text survives a round trip.
 */
export interface CsvCodec {
  readonly layout: CsvLayout;
  unknownCsvColumns(header: readonly string[]): string[];
  csvRecordToRow(rec: Record<string, string>): Record<string, unknown>;
  rowToCsvRecord(row: Record<string, unknown>): Record<string, string>;
}

const escapePart = (s: string) => s.replace(/[\\;:]/g, (c) => `\\${c}`);

/** Splits on an unescaped separator; the parts keep their escapes. */
function splitEscaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      cur += c + s[++i];
    } else if (c === sep) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function csvCodec(layout: CsvLayout): CsvCodec {
  const known = new Set(layout.columns);
  const numbers = new Set(layout.numbers);
  const booleans = new Set(layout.booleans ?? []);
  const objects = new Set(layout.columns.filter((c) => c.includes('.')).map((c) => c.split('.')[0]));
  /** `[object, field]` for an `object.field` column of this layout, else null. */
  const objectOf = (key: string): [string, string] | null => {
    const dot = key.indexOf('.');
    return dot > 0 && objects.has(key.slice(0, dot)) ? [key.slice(0, dot), key.slice(dot + 1)] : null;
  };

  /** A number or boolean when the text is one, else the text itself (validation then names the field). */
  const typed = (key: string, value: string): unknown => {
    if (booleans.has(key)) return value === 'true' ? true : value === 'false' ? false : value;
    if (!numbers.has(key)) return value;
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  };

  const readList = (fields: readonly string[] | 'text', raw: string) =>
    splitEscaped(raw, ';')
      .filter((item) => item.trim() !== '')
      .map((item) => {
        if (fields === 'text') return unescape(item);
        const obj: Record<string, unknown> = {};
        splitEscaped(item, ':').forEach((v, i) => {
          const name = fields[i] ?? `field${i + 1}`;
          if (v !== '') obj[name] = typed(name, unescape(v));
        });
        return obj;
      });

  const writeList = (fields: readonly string[] | 'text', items: unknown[]) =>
    items
      .map((item) => {
        if (fields === 'text') return escapePart(text(item));
        const obj = item as Record<string, unknown>;
        const parts = fields.map((f) => escapePart(text(obj[f])));
        while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
        return parts.join(':');
      })
      .join(';');

  return {
    layout,
    unknownCsvColumns: (header) => header.filter((h) => !known.has(h)),

    csvRecordToRow(rec) {
      const row: Record<string, unknown> = {};
      const nested: Record<string, Record<string, unknown>> = {};
      for (const [key, raw] of Object.entries(rec)) {
        if (raw === '' || raw === undefined) continue;
        const inObject = objectOf(key);
        if (inObject) (nested[inObject[0]] ??= {})[inObject[1]] = typed(key, raw);
        else if (Object.hasOwn(layout.lists, key)) row[key] = readList(layout.lists[key], raw);
        else row[key] = typed(key, raw);
      }
      for (const [name, obj] of Object.entries(nested)) row[name] = obj;
      return row;
    },

    rowToCsvRecord(row) {
      const out: Record<string, string> = {};
      for (const col of layout.columns) {
        const inObject = objectOf(col);
        if (inObject)
          out[col] = text((row[inObject[0]] as Record<string, unknown> | undefined)?.[inObject[1]]);
        else if (Object.hasOwn(layout.lists, col))
          out[col] = writeList(layout.lists[col], (row[col] ?? []) as unknown[]);
        else out[col] = text(row[col]);
      }
      return out;
    },
  };
}
