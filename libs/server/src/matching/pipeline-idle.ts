import type { DataSource } from 'typeorm';
import type { QueueService } from '../queue/queue.service';
import type { MeiliService } from '../search/meili.service';

/**
 * True when every committed change has gone all the way through: no unsent outbox row, no job
 * waiting or running, Meilisearch idle, and every opportunity's stored matches of its current
 * version. Delayed jobs are left out: the daily schedulers always keep one, and a debounced
 * opportunity shows as not matched yet. Callers should see it twice in a row, since a job may be
 * between the relay and the queue.
 */
export async function pipelineIdle(
  ds: DataSource,
  queues: QueueService,
  meili: MeiliService,
): Promise<boolean> {
  const [{ unsent }] = await ds.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
  const [{ stale }] = await ds.query(
    `SELECT count(*)::int AS stale FROM opportunities WHERE deleted_at IS NULL AND matched_version IS DISTINCT FROM version`,
  );
  const busy = (await queues.states()).reduce((n, s) => n + s.waiting + s.active, 0);
  const tasks = await meili.client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
  return unsent === 0 && stale === 0 && busy === 0 && tasks.results.length === 0;
}
