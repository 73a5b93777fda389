import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QueueService } from '../queue/queue.service';
import { MeiliService } from '../search/meili.service';

/**
 * The providers several features share, each provided once: the Meilisearch client, the queue
 * producers, and the BullMQ connection the features' `@nestjs/bullmq` processors use.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      // maxRetriesPerRequest null: a worker waits for Redis to come back instead of failing.
      useFactory: (config: AppConfig) => ({
        prefix: config.NAMESPACE,
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
      }),
    }),
  ],
  providers: [MeiliService, QueueService],
  exports: [MeiliService, QueueService],
})
export class SharedServicesModule {}
