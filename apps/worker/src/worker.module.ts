import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import {
  EventsModule,
  MailWorkerModule,
  MatchingWorkerModule,
  NotificationsWorkerModule,
  PlatformModule,
  SearchWorkerModule,
  loadConfig,
} from '@bitd/server';

/**
 * The background worker, no HTTP: the event relay, and each feature's processors (search
 * indexing, matching, mail, notifications), which subscribe to the events they need.
 */
@Module({
  imports: [
    LoggerModule.forRoot({ pinoHttp: { level: loadConfig().LOG_LEVEL } }),
    PlatformModule,
    EventsModule,
    SearchWorkerModule,
    MatchingWorkerModule,
    MailWorkerModule,
    NotificationsWorkerModule,
  ],
})
export class WorkerModule {}
