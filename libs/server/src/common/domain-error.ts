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
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  TOO_MANY_ATTEMPTS: 429,
  CSRF_FAILED: 403,
  EMAIL_TAKEN: 409,
  CLAIM_CONFLICT: 409,
  INVITATION_CONFLICT: 409,
  MEMBERSHIP_CONFLICT: 409,
  INVALID_TOKEN: 400,
  OIDC_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SEARCH_UNAVAILABLE: 503,
  /** A personal or shared list is full (saved searches per person, shortlist per opportunity…). */
  LIST_FULL: 409,
  /** An introduction cannot go there from its status (the details list what can be done). */
  INTRODUCTION_TRANSITION: 409,
  /** The same introduction is already open, or another agent has taken it. */
  INTRODUCTION_CONFLICT: 409,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message in both of the interface's languages; the answer carries the one the request asks for. */
export interface Bilingual {
  fr: string;
  en: string;
}

export class DomainError extends Error {
  readonly localized?: Bilingual;

  constructor(
    readonly code: ErrorCode,
    message: string | Bilingual,
    readonly errors?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : message.en);
    if (typeof message !== 'string') this.localized = message;
  }

  static validation(
    errors: FieldError[],
    message: string | Bilingual = { fr: 'Certains champs sont invalides.', en: 'Some fields are invalid' },
  ): DomainError {
    return new DomainError('VALIDATION_FAILED', message, errors);
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} ${id} does not exist`);
  }
}
