import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { PlatformModule, SearchWorkerModule, loadConfig } from '@bitd/server';

/** The background worker, no HTTP: outbox relay and search indexing (matching joins later). */
@Module({
  imports: [
    LoggerModule.forRoot({ pinoHttp: { level: loadConfig().LOG_LEVEL } }),
    PlatformModule,
    SearchWorkerModule,
  ],
})
export class WorkerModule {}
