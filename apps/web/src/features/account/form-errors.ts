import { siretProblem } from '@bitd/domain';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { MIN_PASSWORD_LENGTH } from './constants';

export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The API's field messages are in English (`is required`, `must be a valid e-mail address`): the
 * ones these forms can meet are said in the interface language, any other is shown as it came.
 */
export function fieldMessage(t: TFunction, message: string): string {
  if (message === 'is required') return t('validation.required');
  if (/valid e-mail/.test(message)) return t('validation.email');
  if (/at least \d+ characters/.test(message))
    return t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  if (/must be 5 digits/.test(message)) return t('validation.postalCode');
  if (/already has an account/.test(message)) return t('auth.emailTaken');
  if (/already claimed/.test(message)) return t('signUp.siretClaimed');
  if (/claim pending/.test(message)) return t('signUp.siretPending');
  if (/Luhn|checksum/i.test(message)) return t('validation.siret.siret_checksum');
  if (/14 digits/.test(message)) return t('validation.siret.format');
  if (/give a reason/.test(message)) return t('claims.reasonRequired');
  if (/not the address of this account/.test(message)) return t('account.deleteMismatch');
  if (/must be an id/.test(message)) return t('audit.notAnId');
  if (/must be a date/.test(message)) return t('audit.notADate');
  return message;
}

/** The field errors of a refused request, by field path, in the interface language. */
export function apiFieldErrors(t: TFunction, error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const e of error.body.errors ?? []) out[e.field] ??= fieldMessage(t, e.message);
  return out;
}

export function checkEmail(t: TFunction, value: string): string | null {
  const v = value.trim();
  if (!v) return t('validation.required');
  return EMAIL.test(v) ? null : t('validation.email');
}

export function checkPassword(t: TFunction, value: string): string | null {
  if (!value) return t('validation.required');
  return value.length >= MIN_PASSWORD_LENGTH
    ? null
    : t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
}

export function checkSiret(t: TFunction, value: string): string | null {
  const v = value.replace(/\s+/g, '');
  if (!v) return t('validation.required');
  const problem = siretProblem(v);
  return problem ? t(`validation.siret.${problem}`) : null;
}

export function checkRequired(t: TFunction, value: string): string | null {
  return value.trim() ? null : t('validation.required');
}

/** Only the problems that are there: `{ email: '…' }`, or an empty object when all is well. */
export function problems(entries: Record<string, string | null>): FieldErrors {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null)) as FieldErrors;
}

/** Puts the focus on the first field in error of a form (after a refused submit). */
export function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors): void {
  const first = Object.keys(errors)[0];
  if (!form || !first) return;
  const el = form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
  el?.focus();
}

/** The errors without the one of `field` (once the user changes that field). */
export function withoutKey(errors: FieldErrors, field: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== field));
}
