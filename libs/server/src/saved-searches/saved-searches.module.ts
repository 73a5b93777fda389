import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesService } from './saved-searches.service';

/** Saved supplier searches (their alerts are sent by notifications, which reads the table). */
@Module({
  imports: [SearchModule],
  controllers: [SavedSearchesController],
  providers: [SavedSearchesService],
})
export class SavedSearchesModule {}
