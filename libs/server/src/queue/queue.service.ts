import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { QUEUE_NAMES, QueueName } from './queue.constants';

export interface QueueState {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/**
 * Producers and admin views of the BullMQ queues. The connection fails fast (no offline queue):
 * when Redis is down a producer gets an error at once, and the outbox keeps the work.
 */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The producer of a queue (the features' own, or one the event registry routes to). */
  queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        prefix: this.config.NAMESPACE,
        connection: {
          url: this.config.REDIS_URL,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
        },
      });
      q.on('error', () => undefined); // reported through failed calls; avoid unhandled 'error' events
      this.queues.set(name, q);
    }
    return q;
  }

  async states(): Promise<QueueState[]> {
    return Promise.all(
      Object.values(QUEUE_NAMES).map(async (name) => {
        const c = await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
        return {
          name,
          waiting: c.waiting ?? 0,
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
          completed: c.completed ?? 0,
        };
      }),
    );
  }

  /** Removes every job of every queue of this namespace (evaluation runs clean up after themselves). */
  async obliterateAll(): Promise<void> {
    for (const name of Object.values(QUEUE_NAMES)) await this.queue(name).obliterate({ force: true });
  }

  async failedJobs(name: string, limit = 50) {
    const jobs = await this.queue(this.known(name)).getFailed(0, limit - 1);
    return jobs.map((j) => ({
      id: j.id,
      attemptsMade: j.attemptsMade,
      failedReason: j.failedReason,
      finishedOn: j.finishedOn,
      // A mail's body holds a live link (reset, invitation): its subject is enough to diagnose.
      data: name === QUEUE_NAMES.mail ? { subject: (j.data as { subject?: string }).subject } : j.data,
    }));
  }

  async retryFailed(name: string): Promise<number> {
    const queue = this.queue(this.known(name));
    const count = await queue.getFailedCount();
    await queue.retryJobs({ state: 'failed' });
    return count;
  }

  private known(name: string): QueueName {
    if (!(Object.values(QUEUE_NAMES) as string[]).includes(name)) throw DomainError.notFound('Queue', name);
    return name as QueueName;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
