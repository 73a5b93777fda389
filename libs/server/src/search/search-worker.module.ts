import { Module } from '@nestjs/common';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchIndexerService } from './search-indexer.service';

/** The worker side of search: keeps the indexes in step with the supplier and opportunity events. */
@Module({
  providers: [SearchIndexerService, SearchIndexProcessor],
  exports: [SearchIndexerService],
})
export class SearchWorkerModule {}
