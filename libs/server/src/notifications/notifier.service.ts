import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  type LocalizedText,
  type NotificationDelivery,
  type NotificationKind,
} from '@bitd/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { mailLink, MAIL_LINK_PATHS, type MailContent } from '../mail/mail-messages';
import { MAIL_JOB_OPTIONS, type MailJob, QUEUE_NAMES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { CLOCK, type Clock } from './clock';
import { type MailedNotification, digestMail, groupDigest, notificationMail } from './notification-mail';
import { mailJobId } from './notification-keys';
import type { NotificationContent } from './notification-texts';
import { issueUnsubscribeTokens } from './unsubscribe-tokens';

/** A notification about to be made for one person. */
export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  content: NotificationContent;
}

/** Rows per INSERT of a fan-out, and mails per batch handed to the queue. */
const INSERT_CHUNK = 1000;
const MAIL_CHUNK = 500;
/** People per batch of daily summaries. */
const DIGEST_USERS = 200;
/** A notification mail still unsent after this long (mail server away) is no longer news. */
const MAIL_FRESH_MS = 30 * 86_400_000;
/**
 * Notification mails stay in Redis this long once sent: a batch queued again after a crash (before
 * its rows were marked) then finds its jobs and sends nothing twice. Their bodies hold only an
 * unsubscribe link.
 */
const MAIL_JOB_KEEP_SECONDS = 3 * 86_400;

interface MailRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  title: LocalizedText;
  body: LocalizedText;
  link: string;
  created_at: Date;
  email: string;
  display_name: string;
}

const toMailed = (r: MailRow): MailedNotification => ({
  id: r.id,
  userId: r.user_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.created_at,
});

/**
 * Makes notifications and hands their mails to the `mail` queue. A notification exists at most
 * once per person and fact (unique dedupe key, ON CONFLICT DO NOTHING). Its mail is queued under a
 * job id derived from it, and the row then marked: a crash in between queues the same job again,
 * which BullMQ ignores; a crash before leaves the row unmarked, and the next sweep queues it.
 */
@Injectable()
export class NotifierService {
  private readonly logger = new Logger(NotifierService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Inserts the drafts each person has not turned off (in `manager`'s transaction when given), in
   * bulk; returns how many were new.
   */
  async create(drafts: readonly NotificationDraft[], manager?: EntityManager): Promise<number> {
    if (drafts.length === 0) return 0;
    const m = manager ?? this.dataSource.manager;
    const choices = await this.deliveries(
      m,
      drafts.map((d) => d.userId),
    );
    const rows = drafts.flatMap((d) => {
      const delivery = choices.get(`${d.userId}:${d.kind}`) ?? DEFAULT_NOTIFICATION_PREFERENCES[d.kind];
      if (delivery === 'off') return [];
      const { title, body, link } = d.content;
      return [{ user_id: d.userId, kind: d.kind, dedupe_key: d.dedupeKey, title, body, link, delivery }];
    });
    let created = 0;
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const inserted: unknown[] = await m.query(
        `INSERT INTO notifications (user_id, kind, dedupe_key, title, body, link, delivery, created_at)
         SELECT r.user_id, r.kind, r.dedupe_key, r.title, r.body, r.link, r.delivery, $2
           FROM jsonb_to_recordset($1::jsonb)
                AS r(user_id uuid, kind varchar, dedupe_key varchar, title jsonb, body jsonb, link varchar, delivery varchar)
           JOIN users u ON u.id = r.user_id AND u.deleted_at IS NULL
         ON CONFLICT (user_id, dedupe_key) DO NOTHING
         RETURNING id`,
        [JSON.stringify(rows.slice(i, i + INSERT_CHUNK)), this.clock()],
      );
      created += inserted.length;
    }
    return created;
  }

  /** Each person's stored choices for the kinds (those without a row take the default). */
  private async deliveries(m: EntityManager, userIds: string[]): Promise<Map<string, NotificationDelivery>> {
    const rows: Array<{ user_id: string; kind: string; delivery: NotificationDelivery }> = await m.query(
      'SELECT user_id, kind, delivery FROM notification_preferences WHERE user_id = ANY($1::uuid[])',
      [[...new Set(userIds)]],
    );
    return new Map(rows.map((r) => [`${r.user_id}:${r.kind}`, r.delivery]));
  }

  /** Queues the mail of every `immediate` notification not queued yet; returns how many. */
  async queueImmediateMails(): Promise<number> {
    let queued = 0;
    for (;;) {
      const n = await this.queueBatch(
        `SELECT n.id, n.user_id, n.kind, n.title, n.body, n.link, n.created_at, u.email, u.display_name
           FROM notifications n JOIN users u ON u.id = n.user_id AND u.deleted_at IS NULL
          WHERE n.delivery = 'immediate' AND n.mail_queued_at IS NULL
          ORDER BY n.created_at LIMIT ${MAIL_CHUNK}
          FOR UPDATE OF n SKIP LOCKED`,
        [],
        async (rows) => {
          const tokens = await issueUnsubscribeTokens(
            this.dataSource,
            rows.map((r) => ({ userId: r.user_id, kind: r.kind })),
          );
          return rows.map((r, i) => ({
            jobId: mailJobId.notification(r.id),
            to: r.email,
            ids: [r.id],
            content: notificationMail({
              displayName: r.display_name,
              notification: toMailed(r),
              publicUrl: this.config.PUBLIC_URL,
              unsubscribeLink: this.unsubscribeLink(tokens[i]),
            }),
          }));
        },
      );
      queued += n;
      if (n < MAIL_CHUNK) return queued;
    }
  }

  /**
   * One summary mail per person of their `daily` notifications made until now, not summarised yet;
   * returns how many summaries were queued.
   */
  async queueDigests(): Promise<number> {
    const until = this.clock();
    let queued = 0;
    for (;;) {
      const n = await this.queueBatch(
        `WITH people AS (
           SELECT DISTINCT n.user_id FROM notifications n
             JOIN users u ON u.id = n.user_id AND u.deleted_at IS NULL
            WHERE n.delivery = 'daily' AND n.mail_queued_at IS NULL AND n.created_at <= $1
            ORDER BY n.user_id LIMIT ${DIGEST_USERS})
         SELECT n.id, n.user_id, n.kind, n.title, n.body, n.link, n.created_at, u.email, u.display_name
           FROM notifications n JOIN people p ON p.user_id = n.user_id
           JOIN users u ON u.id = n.user_id AND u.deleted_at IS NULL
          WHERE n.delivery = 'daily' AND n.mail_queued_at IS NULL AND n.created_at <= $1
          FOR UPDATE OF n SKIP LOCKED`,
        [until],
        async (rows) => {
          const people = new Map(rows.map((r) => [r.user_id, r]));
          const groups = groupDigest(rows.map(toMailed));
          const wanted = groups.flatMap((g) => g.kinds.map((kind) => ({ userId: g.userId, kind })));
          const tokens = await issueUnsubscribeTokens(this.dataSource, wanted);
          const links = new Map(
            wanted.map((w, i) => [`${w.userId}:${w.kind}`, this.unsubscribeLink(tokens[i])]),
          );
          return groups.map((g) => {
            const person = people.get(g.userId) as MailRow;
            const ids = g.items.map((i) => i.id);
            return {
              jobId: mailJobId.digest(g.userId, ids),
              to: person.email,
              ids,
              content: digestMail({
                displayName: person.display_name,
                group: g,
                publicUrl: this.config.PUBLIC_URL,
                unsubscribeLinks: new Map(g.kinds.map((k) => [k, links.get(`${g.userId}:${k}`) as string])),
              }),
            };
          });
        },
      );
      queued += n;
      if (n === 0) return queued;
    }
  }

  /**
   * One batch: the selected rows are locked (another worker skips them), their mails rendered and
   * added to the queue under their job ids, then the rows marked, and the lock released by the
   * commit. Tokens are written by `render` outside this transaction, so a mail already queued
   * always holds a token that exists. Returns how many mails were queued.
   */
  private async queueBatch(
    select: string,
    params: unknown[],
    render: (
      rows: MailRow[],
    ) => Promise<Array<{ jobId: string; to: string; ids: string[]; content: MailContent }>>,
  ): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: MailRow[] = await m.query(select, params);
      if (rows.length === 0) return 0;
      const mails = await render(rows);
      const notAfter = new Date(this.clock().getTime() + MAIL_FRESH_MS).toISOString();
      await this.queues.queue(QUEUE_NAMES.mail).addBulk(
        mails.map((mail) => ({
          name: 'notification',
          data: { to: mail.to, ...mail.content, notAfter } satisfies MailJob,
          opts: {
            ...MAIL_JOB_OPTIONS,
            removeOnComplete: { age: MAIL_JOB_KEEP_SECONDS },
            jobId: mail.jobId,
          },
        })),
      );
      await m.query('UPDATE notifications SET mail_queued_at = now() WHERE id = ANY($1::uuid[])', [
        mails.flatMap((mail) => mail.ids),
      ]);
      this.logger.debug(`queued ${mails.length} notification mail(s)`);
      return mails.length;
    });
  }

  private unsubscribeLink(token: string): string {
    return mailLink(this.config.PUBLIC_URL, MAIL_LINK_PATHS.unsubscribe, token);
  }
}
