import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { PlatformModule, loadConfig } from '@bitd/server';

/**
 * The background worker: no HTTP. It composes the queue processors (outbox relay, indexing,
 * matching) as their features land; today it holds the shared platform connections.
 */
@Module({
  imports: [LoggerModule.forRoot({ pinoHttp: { level: loadConfig().LOG_LEVEL } }), PlatformModule],
})
export class WorkerModule {}
