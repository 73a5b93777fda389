import { Module } from '@nestjs/common';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { QueueService } from '../queue/queue.service';
import { MeiliService } from '../search/meili.service';
import { MatchingService } from './matching.service';
import { MatchingWorker } from './matching.worker';

/** Worker side: computes and stores matches, closes expired opportunities. */
@Module({
  imports: [OpportunitiesModule],
  providers: [MeiliService, QueueService, MatchingService, MatchingWorker],
  exports: [MatchingService],
})
export class MatchingWorkerModule {}
