import { Module } from '@nestjs/common';
import { ShortlistExportService } from './shortlist-export.service';
import { ShortlistsController } from './shortlists.controller';
import { ShortlistsService } from './shortlists.service';

/** Buyers' shortlists per opportunity, and their CSV export. */
@Module({
  controllers: [ShortlistsController],
  providers: [ShortlistsService, ShortlistExportService],
})
export class ShortlistsModule {}
