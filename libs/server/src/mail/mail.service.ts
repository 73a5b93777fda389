import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MailJob } from '../queue/queue.constants';

/** Sends mail over SMTP (SMTP_URL) with nodemailer, from MAIL_FROM. Used by the worker only. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Short time-outs: a server that hangs fails the attempt, and the queue retries it later.
    this.transport = createTransport(
      { url: config.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
      { from: config.MAIL_FROM },
    );
  }

  /** Resolves once the SMTP server accepted the message; rejects otherwise. */
  async send(mail: Omit<MailJob, 'notAfter'>): Promise<void> {
    await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
