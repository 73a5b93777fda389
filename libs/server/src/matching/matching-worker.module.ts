import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUE_NAMES } from '../queue/queue.constants';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { MatchingProcessor } from './matching.processor';
import { MatchingService } from './matching.service';

/** Worker side: computes and stores matches, closes expired opportunities. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE_NAMES.matching }), OpportunitiesModule],
  providers: [MatchingService, MatchingProcessor],
  exports: [MatchingService],
})
export class MatchingWorkerModule {}
