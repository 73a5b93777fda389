import { Module } from '@nestjs/common';
import { QueueService } from '../queue/queue.service';
import { MailQueue } from './mail-queue.service';
import { MailThrottle } from './mail-throttle';

/** The api side of mail: features queue their messages here; the worker sends them. */
@Module({
  providers: [QueueService, MailQueue, MailThrottle],
  exports: [MailQueue, MailThrottle],
})
export class MailModule {}
