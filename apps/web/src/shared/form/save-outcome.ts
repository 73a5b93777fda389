import type { FieldError } from '@bitd/domain';
import { ApiError } from '../../api/client';

/** A record that already holds the unique value (SIRET, externalId…) the form tried to use. */
export interface Conflict<F extends string = string> {
  field: F;
  message: string;
  existingId: string | null;
  /** The existing record is soft-deleted: only an administrator can restore it. */
  deleted: boolean;
}

/** What a failed save means for the form. */
export type SaveProblem<F extends string = string> =
  | { kind: 'fields'; errors: FieldError[] }
  | { kind: 'conflict'; conflict: Conflict<F>; errors: FieldError[] }
  | { kind: 'stale'; message: string }
  | { kind: 'other'; error: unknown };

/**
 * Sorts a failed save: someone saved meanwhile (409 VERSION_CONFLICT), a unique value is taken
 * (409 with one of `conflictCodes`, mapped to the field that holds it), fields to fix, or other.
 */
export function classifySaveError<F extends string = never>(
  e: unknown,
  conflictCodes: Readonly<Record<string, F>> = {},
): SaveProblem<F> {
  if (!(e instanceof ApiError)) return { kind: 'other', error: e };
  const errors = e.body.errors ?? [];
  if (e.status === 409 && e.code === 'VERSION_CONFLICT') return { kind: 'stale', message: e.message };
  const field = conflictCodes[e.code];
  if (e.status === 409 && field) {
    const id = e.body.details?.['existingId'];
    return {
      kind: 'conflict',
      conflict: {
        field,
        message: e.message,
        existingId: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
        deleted: e.body.details?.['deleted'] === true,
      },
      // the field itself always gets a message, even if the API sent none for it
      errors: errors.some((fe) => fe.field === field) ? errors : [{ field, message: e.message }, ...errors],
    };
  }
  if (errors.length > 0) return { kind: 'fields', errors };
  return { kind: 'other', error: e };
}
