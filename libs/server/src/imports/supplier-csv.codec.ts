/**
 * CSV form of the supplier interchange format (INTERCHANGE.md): same fields, the address
 * flattened into `address.*` columns, lists joined with `;` and their item fields with `:` in a
 * fixed order (`capabilities=35512400:7;38113000:5`). `\` escapes `;`, `:` and itself, so any
 * text survives a round trip.
 */
const LIST_FIELDS = {
  capabilities: ['code', 'trl', 'label', 'description'],
  certifications: ['scheme', 'validUntil', 'reference'],
  references: ['programme', 'customer', 'year', 'description'],
  contacts: ['name', 'email', 'phone', 'role'],
} as const;
type ListField = keyof typeof LIST_FIELDS;

const INTEGER_FIELDS = new Set(['headcount', 'revenueEur', 'trl', 'year']);
const NUMBER_FIELDS = new Set(['defenceRevenueShare', 'address.lat', 'address.lon']);

export const SUPPLIER_CSV_COLUMNS = [
  'externalId',
  'siret',
  'name',
  'legalForm',
  'nafCode',
  'headcount',
  'revenueEur',
  'defenceRevenueShare',
  'website',
  'address.street',
  'address.city',
  'address.postalCode',
  'address.inseeCode',
  'address.department',
  'address.lat',
  'address.lon',
  'description',
  'capabilities',
  'certifications',
  'clearance',
  'references',
  'contacts',
] as const;

const KNOWN_COLUMNS = new Set<string>(SUPPLIER_CSV_COLUMNS);

export function unknownCsvColumns(header: readonly string[]): string[] {
  return header.filter((h) => !KNOWN_COLUMNS.has(h));
}

const escapePart = (s: string) => s.replace(/[\\;:]/g, (c) => `\\${c}`);

/** Splits on an unescaped separator and unescapes the parts. */
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

/** A number when the text is one, else the text itself (validation then names the field). */
function typed(key: string, value: string): unknown {
  if (INTEGER_FIELDS.has(key) || NUMBER_FIELDS.has(key)) {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  return value;
}

export function csvRecordToRow(rec: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const address: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(rec)) {
    if (raw === '' || raw === undefined) continue;
    if (key.startsWith('address.')) {
      address[key.slice(8)] = typed(key, raw);
    } else if (key in LIST_FIELDS) {
      const fields = LIST_FIELDS[key as ListField];
      row[key] = splitEscaped(raw, ';')
        .filter((item) => item.trim() !== '')
        .map((item) => {
          const values = splitEscaped(item, ':');
          const obj: Record<string, unknown> = {};
          values.forEach((v, i) => {
            const name = fields[i] ?? `field${i + 1}`;
            if (v !== '') obj[name] = typed(name, unescape(v));
          });
          return obj;
        });
    } else {
      row[key] = typed(key, raw);
    }
  }
  if (Object.keys(address).length) row.address = address;
  return row;
}

export function rowToCsvRecord(row: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const address = (row.address ?? {}) as Record<string, unknown>;
  for (const col of SUPPLIER_CSV_COLUMNS) {
    let value: unknown;
    if (col.startsWith('address.')) value = address[col.slice(8)];
    else if (col in LIST_FIELDS) {
      const items = (row[col] ?? []) as Array<Record<string, unknown>>;
      const fields = LIST_FIELDS[col as ListField];
      value = items
        .map((item) => {
          const parts = fields.map((f) =>
            item[f] === undefined || item[f] === null ? '' : escapePart(String(item[f])),
          );
          while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
          return parts.join(':');
        })
        .join(';');
    } else value = row[col];
    out[col] = value === undefined || value === null ? '' : String(value);
  }
  return out;
}
