import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { CLOSE_EXPIRED_JOB, MatchingJob, QUEUE_NAMES, cappedBackoff } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { MatchingService } from './matching.service';

/**
 * Consumes matching jobs one at a time (scoring is CPU work; one at a time also keeps the two
 * directions from writing the same rows at once), and closes expired opportunities daily.
 */
@Injectable()
export class MatchingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingWorker.name);
  private worker: Worker<MatchingJob | undefined> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly matching: MatchingService,
    private readonly opportunities: OpportunitiesService,
    private readonly queues: QueueService,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<MatchingJob | undefined>(QUEUE_NAMES.matching, (job) => this.process(job), {
      prefix: this.config.NAMESPACE,
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      concurrency: 1,
      lockDuration: 30_000,
      settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
    });
    this.worker.on('failed', (job, err) =>
      this.logger.warn(`matching job ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`),
    );
    this.worker.on('error', (err) => this.logger.warn(`matching worker: ${err.message}`));
    const queue = this.queues.queue(QUEUE_NAMES.matching);
    void queue
      .upsertJobScheduler(CLOSE_EXPIRED_JOB, { pattern: '10 0 * * *' }, { name: CLOSE_EXPIRED_JOB })
      .then(() => queue.add(CLOSE_EXPIRED_JOB, undefined, { removeOnComplete: true, removeOnFail: 100 }))
      .catch((e: Error) =>
        this.logger.warn(`could not schedule the closing of expired opportunities: ${e.message}`),
      );
  }

  private async process(job: Job<MatchingJob | undefined>): Promise<Record<string, number>> {
    const started = Date.now();
    const data = job.data;
    if (job.name === CLOSE_EXPIRED_JOB || !data) {
      return { closed: await this.opportunities.closeExpired() };
    }
    if (data.kind === 'suppliers') {
      const suppliers = await this.matching.matchSuppliers(data.ids);
      return { suppliers, tookMs: Date.now() - started };
    }
    const result = await this.matching.matchOpportunity(data.id);
    return { ...result, tookMs: Date.now() - started };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
