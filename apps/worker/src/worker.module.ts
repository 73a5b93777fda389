import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import {
  MailWorkerModule,
  MatchingWorkerModule,
  PlatformModule,
  SearchWorkerModule,
  loadConfig,
} from '@bitd/server';

/** The background worker, no HTTP: outbox relay, search indexing, matching, mail. */
@Module({
  imports: [
    LoggerModule.forRoot({ pinoHttp: { level: loadConfig().LOG_LEVEL } }),
    PlatformModule,
    SearchWorkerModule,
    MatchingWorkerModule,
    MailWorkerModule,
  ],
})
export class WorkerModule {}
