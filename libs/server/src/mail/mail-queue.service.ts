import { Inject, Injectable, Logger } from '@nestjs/common';
import type { MemberRole } from '@bitd/domain';
import { tokenHash } from '../accounts/tokens';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MAIL_JOB_OPTIONS, type MailJob, QUEUE_NAMES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import {
  MAIL_LINK_PATHS,
  type MailContent,
  invitationMail,
  mailLink,
  passwordResetMail,
  verificationMail,
} from './mail-messages';

/** A link's secret and when it stops working. */
export interface IssuedLink {
  token: string;
  expiresAt: Date;
}

/**
 * The api side of mail: renders each message and hands it to the worker through the `mail` queue,
 * so no request waits on the SMTP server and a server that is down delays mail without losing it.
 */
@Injectable()
export class MailQueue {
  private readonly logger = new Logger(MailQueue.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  verifyEmail(to: { email: string; displayName: string }, link: IssuedLink): Promise<void> {
    const url = mailLink(this.config.PUBLIC_URL, MAIL_LINK_PATHS.verifyEmail, link.token);
    return this.enqueue(
      'verify-email',
      to.email,
      verificationMail({ displayName: to.displayName, link: url }),
      link,
    );
  }

  passwordReset(to: { email: string; displayName: string }, link: IssuedLink): Promise<void> {
    const url = mailLink(this.config.PUBLIC_URL, MAIL_LINK_PATHS.resetPassword, link.token);
    return this.enqueue(
      'reset-password',
      to.email,
      passwordResetMail({ displayName: to.displayName, link: url }),
      link,
    );
  }

  invitation(
    email: string,
    about: { organisationName: string; inviterName: string; role: MemberRole },
    link: IssuedLink,
  ): Promise<void> {
    const url = mailLink(this.config.PUBLIC_URL, MAIL_LINK_PATHS.invitation, link.token);
    return this.enqueue(
      'invitation',
      email,
      invitationMail({ ...about, link: url, expiresAt: link.expiresAt }),
      link,
    );
  }

  /**
   * Called once the transaction that created the link has committed. Never throws: the action is
   * done, and a queue that refuses the job (Redis down) is logged; the person asks for the link
   * again. The job id comes from the token, so the same link is never queued twice.
   */
  private async enqueue(kind: string, to: string, content: MailContent, link: IssuedLink): Promise<void> {
    const job: MailJob = { to, ...content, notAfter: link.expiresAt.toISOString() };
    try {
      await this.queues
        .queue(QUEUE_NAMES.mail)
        .add(kind, job, { ...MAIL_JOB_OPTIONS, jobId: `${kind}-${tokenHash(link.token)}` });
    } catch (e) {
      this.logger.error(`the ${kind} mail could not be queued (it is lost): ${(e as Error).message}`);
    }
  }
}
