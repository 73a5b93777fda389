import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OnWorkerEvent } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EventConsumer, EventProcessor, OnEvent, OnJob } from '../events/event-consumer';
import type { EventsOf } from '../events/event-types';
import { EVENT_JOB_OPTIONS, QUEUE_NAMES, REFRESH_EXPIRED_JOB, cappedBackoff } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { MeiliService } from './meili.service';
import { SearchIndexerService, SyncResult } from './search-indexer.service';

/** The indexer's own job: profiles to write again after a failed verification. */
const RESYNC_JOB = 'resync-suppliers';

type IndexResult = { upserted: number; deleted: number; queuedMs: number; tookMs: number };

/**
 * Keeps Meilisearch a projection of PostgreSQL: on every supplier or opportunity event, re-reads
 * the rows and writes their documents (so an event handled twice writes the same documents).
 * Several jobs in flight let Meilisearch batch their tasks together (bulk imports). A worker that
 * dies holding a job: another takes it over within ~15 s, not a minute.
 */
@EventConsumer(QUEUE_NAMES.searchIndex, { concurrency: 6, lockDuration: 10_000, stalledInterval: 5_000 })
export class SearchIndexProcessor
  extends EventProcessor
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger(SearchIndexProcessor.name);
  private readonly verifications = new Set<Promise<void>>();

  constructor(
    private readonly indexer: SearchIndexerService,
    private readonly meili: MeiliService,
    private readonly queues: QueueService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    // Settings first, once, by code; retried in the background while Meilisearch is away.
    void this.ensureIndexes();
    // Every day at 00:05 (idempotent: one scheduler whatever the number of workers).
    void this.queues
      .queue(QUEUE_NAMES.searchIndex)
      .upsertJobScheduler(REFRESH_EXPIRED_JOB, { pattern: '5 0 * * *' }, { name: REFRESH_EXPIRED_JOB })
      .catch((e: Error) => this.logger.warn(`could not schedule the certification refresh: ${e.message}`));
  }

  private async ensureIndexes(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.meili.ensureIndex('suppliers');
        await this.meili.ensureIndex('opportunities');
        const refreshed = await this.indexer.refreshOutdated();
        if (refreshed.length) this.logger.log(`rebuilt outdated documents: ${refreshed.join(', ')}`);
        return;
      } catch (e) {
        if (attempt === 0) this.logger.warn(`Meilisearch not ready (${(e as Error).message}); retrying`);
        await new Promise((r) => setTimeout(r, cappedBackoff(attempt)));
      }
    }
  }

  @OnEvent('supplier.upserted', 'supplier.deleted')
  suppliersChanged(
    events: EventsOf<'supplier.upserted' | 'supplier.deleted'>,
    job: Job,
  ): Promise<IndexResult> {
    return this.syncSuppliers(unique(events.map((e) => e.payload.supplierId)), job);
  }

  @OnJob(RESYNC_JOB)
  resync(ids: string[], job: Job): Promise<IndexResult> {
    return this.syncSuppliers(ids, job);
  }

  @OnEvent('opportunity.published', 'opportunity.updated', 'opportunity.closed', 'opportunity.deleted')
  async opportunitiesChanged(
    events: EventsOf<
      'opportunity.published' | 'opportunity.updated' | 'opportunity.closed' | 'opportunity.deleted'
    >,
    job: Job,
  ): Promise<IndexResult> {
    const started = Date.now();
    const done = await this.indexer.syncOpportunities(unique(events.map((e) => e.payload.opportunityId)));
    return { ...done, queuedMs: started - job.timestamp, tookMs: Date.now() - started };
  }

  @OnJob(REFRESH_EXPIRED_JOB)
  async refreshExpired(_: unknown, job: Job): Promise<IndexResult> {
    const started = Date.now();
    const refreshed = await this.indexer.refreshExpiredCertifications(new Date().toISOString().slice(0, 10));
    return {
      upserted: refreshed,
      deleted: 0,
      queuedMs: started - job.timestamp,
      tookMs: Date.now() - started,
    };
  }

  /**
   * A job is done once Meilisearch has accepted its tasks (they survive a restart of either
   * side): jobs then do not wait on each other and Meilisearch batches their tasks. The tasks are
   * verified in the background; ids whose task failed or whose profile changed meanwhile go
   * back to the queue. If the worker dies before verifying, check-index repairs the drift.
   */
  private async syncSuppliers(ids: string[], job: Job): Promise<IndexResult> {
    const started = Date.now();
    const result = await this.indexer.syncSuppliers(ids, { wait: false });
    this.verifications.add(this.verify(result, ids));
    return {
      upserted: result.upserted,
      deleted: result.deleted,
      queuedMs: started - job.timestamp,
      tookMs: Date.now() - started,
    };
  }

  private verify(result: SyncResult, ids: string[]): Promise<void> {
    const run: Promise<void> = this.indexer
      .verify(result, ids)
      .then(async (again) => {
        if (again.length === 0) return;
        this.logger.warn(`re-indexing ${again.length} profile(s) after verification`);
        await this.queues.queue(QUEUE_NAMES.searchIndex).add(RESYNC_JOB, again, EVENT_JOB_OPTIONS);
      })
      .catch((e: Error) => this.logger.warn(`verification failed: ${e.message}; check-index will repair`))
      .finally(() => this.verifications.delete(run));
    return run;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`index job ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.close();
    await Promise.all(this.verifications);
  }
}

const unique = (ids: string[]): string[] => [...new Set(ids)];
