import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUE_NAMES } from '../queue/queue.constants';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchIndexerService } from './search-indexer.service';

/** The worker side of search: keeps the indexes in step with the supplier and opportunity events. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE_NAMES.searchIndex })],
  providers: [SearchIndexerService, SearchIndexProcessor],
  exports: [SearchIndexerService],
})
export class SearchWorkerModule {}
