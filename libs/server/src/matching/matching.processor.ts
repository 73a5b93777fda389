import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnWorkerEvent } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EventConsumer, EventProcessor, OnEvent, OnJob } from '../events/event-consumer';
import type { EventsOf } from '../events/event-types';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import {
  CLOSE_EXPIRED_JOB,
  EVENT_JOB_OPTIONS,
  MATCH_DEBOUNCE_MS,
  QUEUE_NAMES,
} from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { MatchingService } from './matching.service';

/** The matcher's own job: recompute one opportunity's matches (debounced per opportunity). */
const MATCH_OPPORTUNITY_JOB = 'match-opportunity';

type OpportunityEvent =
  'opportunity.published' | 'opportunity.updated' | 'opportunity.closed' | 'opportunity.deleted';

/**
 * Keeps the stored matches in step with the supplier and opportunity events, and closes expired
 * opportunities daily. One job at a time: scoring is CPU work, and one at a time also keeps the
 * two directions from writing the same rows at once. Both directions recompute from the current
 * rows, so an event handled twice stores the same matches.
 */
@EventConsumer(QUEUE_NAMES.matching, { concurrency: 1, lockDuration: 30_000 })
export class MatchingProcessor extends EventProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly opportunities: OpportunitiesService,
    private readonly queues: QueueService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    const queue = this.queues.queue(QUEUE_NAMES.matching);
    void queue
      .upsertJobScheduler(CLOSE_EXPIRED_JOB, { pattern: '10 0 * * *' }, { name: CLOSE_EXPIRED_JOB })
      .then(() => queue.add(CLOSE_EXPIRED_JOB, null, { removeOnComplete: true, removeOnFail: 100 }))
      .catch((e: Error) =>
        this.logger.warn(`could not schedule the closing of expired opportunities: ${e.message}`),
      );
  }

  @OnEvent('supplier.upserted', 'supplier.deleted')
  async suppliersChanged(
    events: EventsOf<'supplier.upserted' | 'supplier.deleted'>,
  ): Promise<Record<string, number>> {
    const started = Date.now();
    const suppliers = await this.matching.matchSuppliers([
      ...new Set(events.map((e) => e.payload.supplierId)),
    ]);
    return { suppliers, tookMs: Date.now() - started };
  }

  /** Changes to one opportunity within MATCH_DEBOUNCE_MS are matched once (BullMQ debounce). */
  @OnEvent('opportunity.published', 'opportunity.updated', 'opportunity.closed', 'opportunity.deleted')
  async opportunitiesChanged(events: EventsOf<OpportunityEvent>): Promise<void> {
    const queue = this.queues.queue(QUEUE_NAMES.matching);
    for (const id of new Set(events.map((e) => e.payload.opportunityId))) {
      await queue.add(MATCH_OPPORTUNITY_JOB, id, {
        ...EVENT_JOB_OPTIONS,
        delay: MATCH_DEBOUNCE_MS,
        deduplication: { id: `opportunity-${id}`, ttl: MATCH_DEBOUNCE_MS, extend: true, replace: true },
      });
    }
  }

  @OnJob(MATCH_OPPORTUNITY_JOB)
  async matchOpportunity(id: string): Promise<Record<string, number>> {
    const started = Date.now();
    return { ...(await this.matching.matchOpportunity(id)), tookMs: Date.now() - started };
  }

  @OnJob(CLOSE_EXPIRED_JOB)
  async closeExpired(): Promise<{ closed: number }> {
    return { closed: await this.opportunities.closeExpired() };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`matching job ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
  }
}
