import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import {
  INDEX_JOB_OPTIONS,
  QUEUE_NAMES,
  REFRESH_EXPIRED_JOB,
  SearchIndexJob,
  cappedBackoff,
} from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { MeiliService } from './meili.service';
import { SearchIndexerService, SyncResult } from './search-indexer.service';

/** Consumes search-index jobs: re-reads the rows and writes them to Meilisearch. */
@Injectable()
export class SearchIndexWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexWorker.name);
  private worker: Worker<SearchIndexJob> | null = null;
  private readonly verifications = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indexer: SearchIndexerService,
    private readonly meili: MeiliService,
    private readonly queues: QueueService,
  ) {}

  onApplicationBootstrap(): void {
    // Settings first, once, by code; retried in the background while Meilisearch is away.
    void this.ensureIndexes();
    this.worker = new Worker<SearchIndexJob>(QUEUE_NAMES.searchIndex, (job) => this.process(job), {
      prefix: this.config.NAMESPACE,
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      // Several jobs in flight let Meilisearch batch their tasks together (bulk imports).
      concurrency: 6,
      // A worker that dies holding a job: another takes the job over within ~15 s, not a minute.
      lockDuration: 10_000,
      stalledInterval: 5_000,
      settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
    });
    this.worker.on('failed', (job, err) =>
      this.logger.warn(`index job ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`),
    );
    this.worker.on('completed', (job, result) =>
      this.logger.debug({ msg: 'index job done', job: job.id, ...result }),
    );
    this.worker.on('error', (err) => this.logger.warn(`index worker: ${err.message}`));
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

  /**
   * A job is done once Meilisearch has accepted its tasks (they survive a restart of either
   * side): jobs then do not wait on each other and Meilisearch batches their tasks. The tasks are
   * verified in the background; ids whose task failed or whose profile changed meanwhile go
   * back to the queue. If the worker dies before verifying, check-index repairs the drift.
   */
  private async process(
    job: Job<SearchIndexJob>,
  ): Promise<{ upserted: number; deleted: number; queuedMs: number; tookMs: number }> {
    const started = Date.now();
    if (job.name === REFRESH_EXPIRED_JOB) {
      const refreshed = await this.indexer.refreshExpiredCertifications(
        new Date().toISOString().slice(0, 10),
      );
      return {
        upserted: refreshed,
        deleted: 0,
        queuedMs: started - job.timestamp,
        tookMs: Date.now() - started,
      };
    }
    if (job.data.aggregate === 'opportunity') {
      const done = await this.indexer.syncOpportunities(job.data.ids);
      return { ...done, queuedMs: started - job.timestamp, tookMs: Date.now() - started };
    }
    const result = await this.indexer.syncSuppliers(job.data.ids, { wait: false });
    this.verifications.add(this.verify(result, job.data.ids));
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
        const job: SearchIndexJob = { aggregate: 'organisation', ids: again };
        await this.queues.queue(QUEUE_NAMES.searchIndex).add('sync', job, INDEX_JOB_OPTIONS);
      })
      .catch((e: Error) => this.logger.warn(`verification failed: ${e.message}; check-index will repair`))
      .finally(() => this.verifications.delete(run));
    return run;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await Promise.all(this.verifications);
  }
}
