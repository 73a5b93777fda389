import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  INDEX_JOB_OPTIONS,
  MATCH_DEBOUNCE_MS,
  MatchingJob,
  QUEUE_NAMES,
  SearchIndexJob,
} from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';

const BATCH = 1000;
const IDLE_MS = 100;
const ERROR_BACKOFF_MS = 1000;

interface OutboxRow {
  id: string;
  aggregate: 'organisation' | 'opportunity';
  aggregate_id: string;
  created_ms: string;
}

/**
 * Moves outbox rows to BullMQ and marks them sent, in one PostgreSQL transaction: if Redis is
 * down the transaction rolls back and the rows wait; a crash between the two means a resend,
 * which the indexer absorbs (it re-reads the rows). Rows are locked with SKIP LOCKED, so several
 * workers can relay side by side.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failing = false;
    while (this.running) {
      let moved = 0;
      try {
        moved = await this.relayOnce();
        if (failing) this.logger.log('outbox relay recovered');
        failing = false;
      } catch (e) {
        if (!failing) this.logger.warn(`outbox relay waiting: ${(e as Error).message}`);
        failing = true;
      }
      if (moved < BATCH) await this.sleep(failing ? ERROR_BACKOFF_MS : IDLE_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  /** One pass: returns how many outbox rows were relayed. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, aggregate, aggregate_id, (extract(epoch FROM created_at) * 1000)::bigint AS created_ms FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      // Same rows, same job ids: a resend after a crash is a no-op in BullMQ. The creation time
      // keeps ids unique if the database is ever recreated while Redis keeps old jobs.
      const batchId = `${rows[0].id}-${rows[rows.length - 1].id}-${rows[0].created_ms}`;
      const idsOf = (aggregate: OutboxRow['aggregate']) => [
        ...new Set(rows.filter((r) => r.aggregate === aggregate).map((r) => r.aggregate_id)),
      ];
      const suppliers = idsOf('organisation');
      const opportunities = idsOf('opportunity');
      const index = this.queues.queue(QUEUE_NAMES.searchIndex);
      const matching = this.queues.queue(QUEUE_NAMES.matching);
      if (suppliers.length) {
        const job: SearchIndexJob = { aggregate: 'organisation', ids: suppliers };
        await index.add('sync', job, { ...INDEX_JOB_OPTIONS, jobId: `outbox-${batchId}` });
        const match: MatchingJob = { kind: 'suppliers', ids: suppliers };
        await matching.add('suppliers', match, { ...INDEX_JOB_OPTIONS, jobId: `match-${batchId}` });
      }
      if (opportunities.length) {
        const job: SearchIndexJob = { aggregate: 'opportunity', ids: opportunities };
        await index.add('sync', job, { ...INDEX_JOB_OPTIONS, jobId: `outbox-opp-${batchId}` });
        for (const id of opportunities) {
          const match: MatchingJob = { kind: 'opportunity', id };
          await matching.add('opportunity', match, {
            ...INDEX_JOB_OPTIONS,
            delay: MATCH_DEBOUNCE_MS,
            deduplication: { id: `opportunity-${id}`, ttl: MATCH_DEBOUNCE_MS, extend: true, replace: true },
          });
        }
      }
      await m.query('UPDATE outbox SET sent_at = now() WHERE id = ANY($1::bigint[])', [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /** Sent rows are kept a week for diagnosis, then removed. */
  async purgeSent(olderThanDays = 7): Promise<number> {
    const res = await this.dataSource.query(
      `DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1)`,
      [olderThanDays],
    );
    return res[1] ?? 0;
  }
}
