import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { type MailJob, MAIL_RATE, QUEUE_NAMES, cappedBackoff } from '../queue/queue.constants';
import { MailService } from './mail.service';

/**
 * Consumes the `mail` queue at a bounded rate (MAIL_RATE, shared by every worker: a fan-out of
 * thousands of notices must not get the platform's sender blocked). A failed send (SMTP server
 * down or refusing) is retried with a capped backoff until it goes through, or until the link
 * inside has expired.
 */
@Processor(QUEUE_NAMES.mail, {
  concurrency: 2,
  // A lost lock would send the mail again: long enough for a worker busy with a fan-out.
  lockDuration: 60_000,
  limiter: MAIL_RATE,
  settings: { backoffStrategy: (attemptsMade: number) => cappedBackoff(attemptsMade) },
})
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly mail: MailService) {
    super();
  }

  async process(job: Job<MailJob>): Promise<'sent' | 'expired'> {
    if (Date.parse(job.data.notAfter) <= Date.now()) {
      this.logger.warn(`mail ${job.id} dropped: its link expired before the SMTP server took it`);
      return 'expired';
    }
    await this.mail.send(job.data);
    return 'sent';
  }

  // Job ids and errors only: addresses and links stay out of the logs.
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`mail ${job?.id} not sent (attempt ${job?.attemptsMade}): ${err.message}`);
  }
}
