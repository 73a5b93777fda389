import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { QUEUE_NAMES, SearchIndexJob, cappedBackoff } from '../queue/queue.constants';
import { MeiliService } from './meili.service';
import { SearchIndexerService } from './search-indexer.service';

/** Consumes search-index jobs: re-reads the rows and writes them to Meilisearch. */
@Injectable()
export class SearchIndexWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexWorker.name);
  private worker: Worker<SearchIndexJob> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indexer: SearchIndexerService,
    private readonly meili: MeiliService,
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
  }

  private async ensureIndexes(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.meili.ensureIndex('suppliers');
        await this.meili.ensureIndex('opportunities');
        return;
      } catch (e) {
        if (attempt === 0) this.logger.warn(`Meilisearch not ready (${(e as Error).message}); retrying`);
        await new Promise((r) => setTimeout(r, cappedBackoff(attempt)));
      }
    }
  }

  private async process(
    job: Job<SearchIndexJob>,
  ): Promise<{ upserted: number; deleted: number; queuedMs: number; tookMs: number }> {
    const started = Date.now();
    const result = await this.indexer.syncSuppliers(job.data.ids);
    return { ...result, queuedMs: started - job.timestamp, tookMs: Date.now() - started };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
