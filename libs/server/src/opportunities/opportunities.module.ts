import { Module } from '@nestjs/common';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityExportService } from './opportunity-export.service';
import { OpportunityImportService } from './opportunity-import.service';

@Module({
  controllers: [OpportunitiesController],
  providers: [OpportunitiesService, OpportunityImportService, OpportunityExportService],
  exports: [OpportunitiesService, OpportunityImportService, OpportunityExportService],
})
export class OpportunitiesModule {}
