import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type MailJob, QUEUE_NAMES, cappedBackoff } from '../queue/queue.constants';
import { MailService } from './mail.service';

/**
 * Consumes the `mail` queue. A failed send (SMTP server down or refusing) is retried with a capped
 * backoff until it goes through, or until the link inside has expired.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private worker: Worker<MailJob> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker<MailJob>(QUEUE_NAMES.mail, (job) => this.process(job), {
      prefix: this.config.NAMESPACE,
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      concurrency: 2,
      settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
    });
    // Job ids and errors only: addresses and links stay out of the logs.
    this.worker.on('failed', (job, err) =>
      this.logger.warn(`mail ${job?.id} not sent (attempt ${job?.attemptsMade}): ${err.message}`),
    );
    this.worker.on('error', (err) => this.logger.warn(`mail worker: ${err.message}`));
  }

  private async process(job: Job<MailJob>): Promise<'sent' | 'expired'> {
    if (Date.parse(job.data.notAfter) <= Date.now()) {
      this.logger.warn(`mail ${job.id} dropped: its link expired before the SMTP server took it`);
      return 'expired';
    }
    await this.mail.send(job.data);
    return 'sent';
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
