import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnWorkerEvent } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { EventConsumer, EventProcessor, OnEvent, OnJob } from '../events/event-consumer';
import type { EventsOf } from '../events/event-types';
import { QUEUE_NAMES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { NotificationSources } from './notification-sources.service';
import type { IntroductionEventType } from './notification-texts';
import { NotifierService } from './notifier.service';

/** The notifications' own jobs, each also on a schedule (BullMQ job schedulers, one per name). */
export const NOTIFICATION_JOBS = {
  /** Mails of immediate notifications left unqueued (a crash between insert and queue). */
  sendPending: 'send-pending-mails',
  dailyDigest: 'daily-digest',
  certificationExpiry: 'certification-expiry',
  savedSearches: 'check-saved-searches',
} as const;

/** Saved searches are run at most this often after profile changes (BullMQ deduplication). */
export const SAVED_SEARCH_INTERVAL_MS = 3 * 60_000;

const SCHEDULES: Array<[string, string]> = [
  [NOTIFICATION_JOBS.sendPending, '*/5 * * * *'],
  // Paris mornings: the summary is there when the day starts.
  [NOTIFICATION_JOBS.dailyDigest, '0 7 * * *'],
  [NOTIFICATION_JOBS.certificationExpiry, '30 6 * * *'],
  [NOTIFICATION_JOBS.savedSearches, '0 */6 * * *'],
];

const INTRODUCTION_EVENTS: IntroductionEventType[] = [
  'introduction.proposed',
  'introduction.accepted',
  'introduction.declined',
  'introduction.revealed',
  'introduction.meeting_planned',
  'introduction.outcome_recorded',
  'introduction.note_added',
];

/** A failed own job (database away) is tried again a few times; the schedules come back anyway. */
const OWN_JOB = {
  attempts: 10,
  backoff: { type: 'capped' },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
} as const;

/**
 * Makes the notifications from the events and the calendar, then queues their mails. Every handler
 * is idempotent (dedupe keys in the database, job ids in the mail queue): an event delivered twice,
 * or a job cut by a crash and run again, tells nobody twice. The lock is short enough that a job
 * cut off by a killed worker runs again soon on another, long enough that a busy fan-out keeps it.
 */
@EventConsumer(QUEUE_NAMES.notifications, { concurrency: 2, lockDuration: 20_000, stalledInterval: 5_000 })
export class NotificationsProcessor extends EventProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly sources: NotificationSources,
    private readonly notifier: NotifierService,
    private readonly queues: QueueService,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    const queue = this.queues.queue(QUEUE_NAMES.notifications);
    void Promise.all(
      SCHEDULES.map(([name, pattern]) =>
        queue.upsertJobScheduler(name, { pattern, tz: 'Europe/Paris' }, { name, opts: OWN_JOB }),
      ),
    )
      // Mails a stopped worker left unqueued go now, not at the next schedule.
      .then(() => queue.add(NOTIFICATION_JOBS.sendPending, null, OWN_JOB))
      .catch((e: Error) => this.logger.warn(`could not schedule the notification jobs: ${e.message}`));
  }

  @OnEvent('opportunity.published')
  async opportunitiesPublished(
    events: EventsOf<'opportunity.published'>,
  ): Promise<{ created: number; mails: number }> {
    let created = 0;
    for (const id of new Set(events.map((e) => e.payload.opportunityId)))
      created += await this.sources.opportunityPublished(id);
    return { created, mails: await this.notifier.queueImmediateMails() };
  }

  @OnEvent('opportunity.updated', 'opportunity.closed')
  async opportunitiesChanged(
    events: EventsOf<'opportunity.updated' | 'opportunity.closed'>,
  ): Promise<{ created: number; mails: number }> {
    const created = await this.sources.opportunitiesChanged(events);
    return { created, mails: await this.notifier.queueImmediateMails() };
  }

  @OnEvent(...INTRODUCTION_EVENTS)
  async introductionsChanged(
    events: EventsOf<IntroductionEventType>,
  ): Promise<{ created: number; mails: number }> {
    const created = await this.sources.introductions(events);
    return { created, mails: await this.notifier.queueImmediateMails() };
  }

  /** Profile changes bring saved searches new results: checked once the changes settle. */
  @OnEvent('supplier.upserted')
  async suppliersChanged(): Promise<void> {
    await this.queues.queue(QUEUE_NAMES.notifications).add(NOTIFICATION_JOBS.savedSearches, null, {
      ...OWN_JOB,
      delay: SAVED_SEARCH_INTERVAL_MS,
      deduplication: { id: NOTIFICATION_JOBS.savedSearches, ttl: SAVED_SEARCH_INTERVAL_MS },
    });
  }

  @OnJob(NOTIFICATION_JOBS.savedSearches)
  async savedSearches(): Promise<{ created: number; mails: number }> {
    const created = await this.sources.savedSearches();
    return { created, mails: await this.notifier.queueImmediateMails() };
  }

  @OnJob(NOTIFICATION_JOBS.certificationExpiry)
  async certificationExpiry(): Promise<{ created: number; mails: number }> {
    const created = await this.sources.certificationExpiry();
    return { created, mails: await this.notifier.queueImmediateMails() };
  }

  @OnJob(NOTIFICATION_JOBS.dailyDigest)
  async dailyDigest(): Promise<{ digests: number }> {
    return { digests: await this.notifier.queueDigests() };
  }

  @OnJob(NOTIFICATION_JOBS.sendPending)
  async sendPending(): Promise<{ mails: number }> {
    return { mails: await this.notifier.queueImmediateMails() };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.logger.warn(`notifications job ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`);
  }
}
