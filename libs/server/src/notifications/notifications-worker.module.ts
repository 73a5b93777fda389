import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { MatchingWorkerModule } from '../matching/matching-worker.module';
import { QUEUE_NAMES } from '../queue/queue.constants';
import { SearchService } from '../search/search.service';
import { CLOCK, type Clock, systemClock } from './clock';
import { NotificationSources } from './notification-sources.service';
import { NotificationsProcessor } from './notifications.processor';
import { NotifierService } from './notifier.service';

/** Worker side: makes notifications from events and schedules, and queues their mails. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE_NAMES.notifications }), MatchingWorkerModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    NotifierService,
    NotificationSources,
    SearchService,
    NotificationsProcessor,
  ],
  exports: [NotifierService, NotificationSources],
})
export class NotificationsWorkerModule {
  /** The same module reading another clock (tests move the calendar with it). */
  static withClock(clock: Clock): DynamicModule {
    return { module: NotificationsWorkerModule, providers: [{ provide: CLOCK, useValue: clock }] };
  }
}
