import { z } from 'zod';
import { fieldPath, type FieldError } from './errors';
import { type SupplierSearchQuery, supplierSearchQuerySchema } from './search.contract';
import { requiredText } from './zod-helpers';

/**
 * A supplier search a person saved: the search page's address state (its query string, under the
 * API's parameter names), replayed as them; with alerts on, they hear of suppliers new to it.
 */

export const SAVED_SEARCH_NAME_MAX = 120;
export const SAVED_SEARCH_QUERY_MAX = 2000;
export const SAVED_SEARCHES_PER_USER = 50;
/** Where a result list stands, not what it asks: a saved search leaves them out. */
export const SAVED_SEARCH_LEFT_OUT: readonly string[] = ['page', 'sort', 'pageSize'];

export type SavedSearchQueryReading =
  { ok: true; query: string; params: SupplierSearchQuery } | { ok: false; errors: FieldError[] };

/**
 * Reads a search page query string (`q=sonar&department=29&page=2`, a leading `?` allowed) as the
 * supplier search would: the same parameters, the same checks, each error under `query.<param>`.
 * The saved form keeps the search's own parameters in their order, without empty values, page and
 * sort, so that reading it again gives it back unchanged.
 */
export function readSavedSearchQuery(raw: string): SavedSearchQueryReading {
  const text = raw.startsWith('?') ? raw.slice(1) : raw;
  if (text.length > SAVED_SEARCH_QUERY_MAX) {
    return { ok: false, errors: [{ field: 'query', message: 'must be at most 2,000 characters' }] };
  }
  const kept = new URLSearchParams();
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const v = value.trim();
    if (SAVED_SEARCH_LEFT_OUT.includes(key) || v === '') continue;
    kept.append(key, v);
    const before = record[key];
    record[key] = before === undefined ? v : [...(Array.isArray(before) ? before : [before]), v];
  }
  const parsed = supplierSearchQuerySchema.safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => ({ field: fieldPath(['query', k]), message: 'is not a search parameter' }))
          : [{ field: fieldPath(['query', ...issue.path.slice(0, 1)]), message: issue.message }],
      ),
    };
  }
  return { ok: true, query: kept.toString(), params: parsed.data };
}

/** A query string the search page understands, in its saved form. */
const savedQuery = z.string({ error: 'must be text' }).transform((raw, ctx) => {
  const read = readSavedSearchQuery(raw);
  if (read.ok) return read.query;
  for (const e of read.errors) {
    ctx.addIssue({ code: 'custom', message: e.message, path: e.field.split('.').slice(1) });
  }
  return z.NEVER;
});

const name = requiredText(SAVED_SEARCH_NAME_MAX);

export const savedSearchCreateSchema = z.strictObject({
  name,
  query: savedQuery,
  alerts: z.boolean({ error: 'must be true or false' }).default(true),
});
export type SavedSearchCreate = z.output<typeof savedSearchCreateSchema>;

export const savedSearchUpdateSchema = z
  .strictObject({
    name: name.optional(),
    query: savedQuery.optional(),
    alerts: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), {
    message: 'give at least one of name, query, alerts',
    path: ['(body)'],
  });
export type SavedSearchUpdate = z.output<typeof savedSearchUpdateSchema>;

export interface SavedSearchView {
  id: string;
  name: string;
  /** The search page's query string: `/recherche?<query>` reopens it. */
  query: string;
  alerts: boolean;
  /** Suppliers already in its results or announced: alerts name only others. */
  seenCount: number;
  checkedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
