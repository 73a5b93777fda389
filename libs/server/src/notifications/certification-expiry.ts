/** The notices a certification gets as its validity date nears and passes, each once. */
export const EXPIRY_STAGES = ['d60', 'd30', 'expired'] as const;
export type ExpiryStage = (typeof EXPIRY_STAGES)[number];

/** Days before the validity date from which each notice is due. */
export const EXPIRY_NOTICE_DAYS = { d60: 60, d30: 30 } as const;
/**
 * An expiry older than this gets no notice: a profile saved with a long-lapsed certificate (or the
 * first run on old data) is not news.
 */
export const EXPIRED_NOTICE_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The notice due today for a certification valid until `validUntil` (inclusive: valid that day),
 * or null. Only the current stage is due: a notice skipped (the job did not run) is not sent late.
 */
export function expiryStage(validUntil: string, today: string): ExpiryStage | null {
  const left = daysBetween(today, validUntil);
  if (left < 0) return -left <= EXPIRED_NOTICE_WINDOW_DAYS ? 'expired' : null;
  if (left <= EXPIRY_NOTICE_DAYS.d30) return 'd30';
  if (left <= EXPIRY_NOTICE_DAYS.d60) return 'd60';
  return null;
}

/** The calendar day (UTC ISO date) of a clock reading. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The furthest validity date any notice is due for today (the SQL pre-filter). */
export function noticeHorizon(today: string): string {
  return isoDay(new Date(Date.parse(`${today}T00:00:00Z`) + EXPIRY_NOTICE_DAYS.d60 * DAY_MS));
}
