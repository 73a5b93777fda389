import {
  classifySaveError,
  type Conflict as FormConflict,
  type SaveProblem as FormSaveProblem,
} from '../../../shared/form/save-outcome';

/** The unique fields of a supplier profile, by the API code that says one is taken. */
const CONFLICT_FIELDS = {
  SUPPLIER_SIRET_TAKEN: 'siret',
  SUPPLIER_EXTERNAL_ID_TAKEN: 'externalId',
} as const;

type ConflictField = (typeof CONFLICT_FIELDS)[keyof typeof CONFLICT_FIELDS];

/** A profile that already holds the SIRET or externalId the form tried to use. */
export type Conflict = FormConflict<ConflictField>;
export type SaveProblem = FormSaveProblem<ConflictField>;

export function classifySupplierSaveError(e: unknown): SaveProblem {
  return classifySaveError<ConflictField>(e, CONFLICT_FIELDS);
}
