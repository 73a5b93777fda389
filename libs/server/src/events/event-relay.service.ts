import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { setDigest } from '../common/set-digest';
import { QueueService } from '../queue/queue.service';
import { EVENT_JOB_OPTIONS } from '../queue/queue.constants';
import { EventRegistry } from './event-registry.service';
import type { EventJob, EventType, PlatformEvent } from './event-types';

const BATCH = 1000;
const IDLE_MS = 100;
const ERROR_BACKOFF_MS = 1000;
const PURGE_EVERY_MS = 3600_000;

interface OutboxRow {
  id: string;
  type: EventType;
  payload: PlatformEvent['payload'];
  occurred_at: Date;
  created_ms: string;
}

/**
 * Moves outbox events to the queues subscribed to their type (the registry says which) and marks
 * them sent, in one PostgreSQL transaction: if Redis is down the transaction rolls back and the
 * events wait; a crash between the two means a resend, which handlers absorb (they are
 * idempotent). Rows are locked with SKIP LOCKED, so several workers can relay side by side.
 * Each queue gets one job per event type and batch, so an import of 10,000 profiles is a few jobs.
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventRelay.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    private readonly registry: EventRegistry,
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
    let nextPurge = 0;
    while (this.running) {
      let moved = 0;
      try {
        moved = await this.relayOnce();
        if (Date.now() >= nextPurge) {
          await this.purgeSent();
          nextPurge = Date.now() + PURGE_EVERY_MS;
        }
        if (failing) this.logger.log('event relay recovered');
        failing = false;
      } catch (e) {
        if (!failing) this.logger.warn(`event relay waiting: ${(e as Error).message}`);
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

  /** One pass: returns how many events were relayed. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, type, payload, created_at AS occurred_at, (extract(epoch FROM created_at) * 1000)::bigint AS created_ms
           FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const byType = new Map<EventType, PlatformEvent[]>();
      for (const r of rows) {
        const event = {
          id: r.id,
          type: r.type,
          payload: r.payload,
          occurredAt: r.occurred_at.toISOString(),
        } as PlatformEvent;
        byType.set(r.type, [...(byType.get(r.type) ?? []), event]);
      }
      for (const [type, events] of byType) {
        const job: EventJob = { events };
        // Named by the events it carries: the same events resent after a crash are the same job (a
        // no-op in BullMQ), while a pass that also finds an event committed meanwhile is a new one.
        // The creation time keeps ids unique if the database is recreated while Redis keeps jobs.
        const jobId = `${type}-${setDigest(events.map((e) => e.id))}-${rows[0].created_ms}`;
        for (const queue of this.registry.queuesFor(type)) {
          await this.queues.queue(queue).add(type, job, { ...EVENT_JOB_OPTIONS, jobId });
        }
      }
      await m.query('UPDATE outbox SET sent_at = now() WHERE id = ANY($1::bigint[])', [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /** Sent events are kept a week for diagnosis, then removed. */
  async purgeSent(olderThanDays = 7): Promise<number> {
    const res = await this.dataSource.query(
      `DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1)`,
      [olderThanDays],
    );
    return res[1] ?? 0;
  }
}
