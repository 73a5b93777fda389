import type { FieldError } from '@bitd/domain';
import { ApiError } from '../../../api/client';

/** A profile that already holds the SIRET or externalId the form tried to use. */
export interface Conflict {
  field: 'siret' | 'externalId';
  message: string;
  existingId: string | null;
  /** The existing profile is soft-deleted: only an administrator can restore it. */
  deleted: boolean;
}

/** What a failed save means for the form. */
export type SaveProblem =
  | { kind: 'fields'; errors: FieldError[] }
  | { kind: 'conflict'; conflict: Conflict; errors: FieldError[] }
  | { kind: 'stale'; message: string }
  | { kind: 'other'; error: unknown };

const CONFLICT_FIELDS: Record<string, Conflict['field']> = {
  SUPPLIER_SIRET_TAKEN: 'siret',
  SUPPLIER_EXTERNAL_ID_TAKEN: 'externalId',
};

export function classifySaveError(e: unknown): SaveProblem {
  if (!(e instanceof ApiError)) return { kind: 'other', error: e };
  const errors = e.body.errors ?? [];
  if (e.status === 409 && e.code === 'VERSION_CONFLICT') return { kind: 'stale', message: e.message };
  const field = CONFLICT_FIELDS[e.code];
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
