/** Queue names (under the NAMESPACE prefix), one per consuming feature, and the payloads of their own jobs. */
export const QUEUE_NAMES = {
  searchIndex: 'search-index',
  matching: 'matching',
  mail: 'mail',
  notifications: 'notifications',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** A rendered mail; the worker sends it over SMTP. */
export interface MailJob {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** When the link inside expires (ISO): a mail still queued then is dropped, not sent late. */
  notAfter: string;
}

/**
 * Retried like index jobs while the SMTP server is away (a link expires first, see notAfter).
 * Done jobs are removed at once: their links are secrets.
 */
export const MAIL_JOB_OPTIONS = {
  attempts: 3000,
  backoff: { type: 'capped' },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** Mails sent per second at most, by all workers together (a BullMQ rate limit on the queue). */
export const MAIL_RATE = { max: 10, duration: 1000 } as const;

/** Job name of the daily closing of opportunities past their deadline. */
export const CLOSE_EXPIRED_JOB = 'close-expired-opportunities';

/** Changes to one opportunity within this window are matched once (BullMQ debounce). */
export const MATCH_DEBOUNCE_MS = 1000;

/** Job name of the daily refresh of profiles whose certifications expired (a job scheduler). */
export const REFRESH_EXPIRED_JOB = 'refresh-expired-certifications';

/**
 * Event and index jobs: retried with a capped exponential backoff for about a day, so a
 * Meilisearch or database outage heals itself.
 */
export const EVENT_JOB_OPTIONS = {
  attempts: 3000,
  backoff: { type: 'capped' },
  removeOnComplete: { count: 1000 },
  removeOnFail: false,
} as const;

export function cappedBackoff(attemptsMade: number): number {
  return Math.min(30_000, 250 * 2 ** Math.min(attemptsMade, 10));
}
