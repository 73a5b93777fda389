import { Module } from '@nestjs/common';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { MatchingProcessor } from './matching.processor';
import { MatchingService } from './matching.service';

/** Worker side: computes and stores matches, closes expired opportunities. */
@Module({
  imports: [OpportunitiesModule],
  providers: [MatchingService, MatchingProcessor],
  exports: [MatchingService],
})
export class MatchingWorkerModule {}
