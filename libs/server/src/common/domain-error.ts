import type { FieldError } from '@bitd/domain';

/** Every error the domain can raise, with the HTTP status it maps to (in one place). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_FILE: 400,
  NOT_FOUND: 404,
  SUPPLIER_SIRET_TAKEN: 409,
  SUPPLIER_EXTERNAL_ID_TAKEN: 409,
  OPPORTUNITY_EXTERNAL_ID_TAKEN: 409,
  VERSION_CONFLICT: 409,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SEARCH_UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  static validation(errors: FieldError[], message = 'Some fields are invalid'): DomainError {
    return new DomainError('VALIDATION_FAILED', message, errors);
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} ${id} does not exist`);
  }
}
