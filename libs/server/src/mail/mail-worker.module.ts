import { Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { MailWorker } from './mail.worker';

/** The worker side of mail: sends what the api queued. */
@Module({ providers: [MailService, MailWorker] })
export class MailWorkerModule {}
