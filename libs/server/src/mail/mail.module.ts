import { Module } from '@nestjs/common';
import { MailQueue } from './mail-queue.service';
import { MailThrottle } from './mail-throttle';

/** The api side of mail: features queue their messages here; the worker sends them. */
@Module({
  providers: [MailQueue, MailThrottle],
  exports: [MailQueue, MailThrottle],
})
export class MailModule {}
