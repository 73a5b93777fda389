import { Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';

/** The worker side of mail: sends what the api queued. */
@Module({ providers: [MailService, MailProcessor] })
export class MailWorkerModule {}
