import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUE_NAMES } from '../queue/queue.constants';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';

/** The worker side of mail: sends what the api queued. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE_NAMES.mail })],
  providers: [MailService, MailProcessor],
})
export class MailWorkerModule {}
