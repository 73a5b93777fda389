/** Queue names (under the NAMESPACE prefix) and the payloads their jobs carry. */
export const QUEUE_NAMES = { searchIndex: 'search-index' } as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export interface SearchIndexJob {
  aggregate: 'organisation';
  ids: string[];
}

/** Job name of the daily refresh of profiles whose certifications expired (a job scheduler). */
export const REFRESH_EXPIRED_JOB = 'refresh-expired-certifications';

/** Retries with a capped exponential backoff for about a day: a Meilisearch outage heals itself. */
export const INDEX_JOB_OPTIONS = {
  attempts: 3000,
  backoff: { type: 'capped' },
  removeOnComplete: { count: 1000 },
  removeOnFail: false,
} as const;

export function cappedBackoff(attemptsMade: number): number {
  return Math.min(30_000, 250 * 2 ** Math.min(attemptsMade, 10));
}
