import { Module } from '@nestjs/common';
import { SearchAdminController } from './search-admin.controller';
import { SearchController } from './search.controller';
import { SearchIndexerService } from './search-indexer.service';
import { SearchService } from './search.service';

/** Search API and operations (reindex, check-index, queue state): used by the api and the cli. */
@Module({
  controllers: [SearchController, SearchAdminController],
  providers: [SearchService, SearchIndexerService],
  exports: [SearchService, SearchIndexerService],
})
export class SearchModule {}
