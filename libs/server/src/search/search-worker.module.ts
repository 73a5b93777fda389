import { Module } from '@nestjs/common';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { QueueService } from '../queue/queue.service';
import { MeiliService } from './meili.service';
import { SearchIndexWorker } from './search-index.worker';
import { SearchIndexerService } from './search-indexer.service';

/** The worker side of search: outbox relay and index job consumer. */
@Module({
  providers: [MeiliService, SearchIndexerService, QueueService, OutboxRelayService, SearchIndexWorker],
  exports: [OutboxRelayService, SearchIndexerService],
})
export class SearchWorkerModule {}
