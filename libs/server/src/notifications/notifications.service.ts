import { Injectable } from '@nestjs/common';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationPreferencesBody,
  type NotificationPreferencesView,
  type NotificationView,
  type UnsubscribeView,
} from '@bitd/domain';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { isPerson } from '../access/policies';
import { writeAudit } from '../audit/audit.writer';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';
import { useUnsubscribeToken } from './unsubscribe-tokens';

/** Who acts through an unsubscribe link: the link's owner, unauthenticated. */
const UNSUBSCRIBE_ACTOR: Actor = {
  ...ANONYMOUS_ACTOR,
  id: 'unsubscribe-link',
  label: 'lien de désabonnement',
};

function inboxOf(actor: Actor): string {
  if (!isPerson(actor))
    throw new DomainError('FORBIDDEN', {
      fr: 'Les notifications sont celles d’une personne connectée.',
      en: 'Notifications belong to a signed-in person.',
    });
  return actor.userId;
}

const view = (n: NotificationEntity): NotificationView => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** The inbox, preferences and unsubscribe links (the worker makes the notifications). */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, q: NotificationListQuery): Promise<NotificationPage> {
    const userId = inboxOf(actor);
    const repo = this.dataSource.getRepository(NotificationEntity);
    const where = q.unread === 'true' ? { userId, readAt: IsNull() } : { userId };
    const [items, total, unread] = await Promise.all([
      repo.find({
        where,
        order: { createdAt: 'DESC', id: 'DESC' },
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      repo.count({ where }),
      repo.count({ where: { userId, readAt: IsNull() } }),
    ]);
    return { items: items.map(view), total, unread, page: q.page, pageSize: q.pageSize };
  }

  /** Another person's notification answers as one that does not exist. */
  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    const userId = inboxOf(actor);
    const repo = this.dataSource.getRepository(NotificationEntity);
    const row = isUuid(id) ? await repo.findOne({ where: { id, userId } }) : null;
    if (!row) throw DomainError.notFound('Notification', id);
    if (!row.readAt) {
      row.readAt = new Date();
      await repo.update({ id, userId, readAt: IsNull() }, { readAt: row.readAt });
    }
    return view(row);
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    const userId = inboxOf(actor);
    const res = await this.dataSource
      .getRepository(NotificationEntity)
      .update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return { updated: res.affected ?? 0 };
  }

  async preferences(actor: Actor): Promise<NotificationPreferencesView> {
    return { preferences: await this.read(this.dataSource.manager, inboxOf(actor)) };
  }

  async setPreferences(
    actor: Actor,
    body: NotificationPreferencesBody,
  ): Promise<NotificationPreferencesView> {
    const userId = inboxOf(actor);
    return this.dataSource.transaction(async (m) => {
      const before = await this.read(m, userId, true);
      const changes = Object.entries(body.preferences).filter(
        (e): e is [NotificationKind, NotificationDelivery] => e[1] !== undefined,
      );
      await this.write(m, actor, userId, before, changes);
      return { preferences: await this.read(m, userId) };
    });
  }

  /** A mail's unsubscribe link: its kind is turned off for its person, once. */
  async unsubscribe(token: string): Promise<UnsubscribeView> {
    return this.dataSource.transaction(async (m) => {
      const link = await useUnsubscribeToken(m, token);
      const before = await this.read(m, link.userId, true);
      await this.write(m, { ...UNSUBSCRIBE_ACTOR, userId: link.userId }, link.userId, before, [
        [link.kind, 'off'],
      ]);
      return { kind: link.kind, delivery: 'off' };
    });
  }

  private async read(
    m: EntityManager,
    userId: string,
    lock = false,
  ): Promise<Record<NotificationKind, NotificationDelivery>> {
    const rows = await m.find(NotificationPreferenceEntity, {
      where: { userId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return Object.fromEntries(
      NOTIFICATION_KINDS.map((k) => [k, chosen.get(k) ?? DEFAULT_NOTIFICATION_PREFERENCES[k]]),
    ) as Record<NotificationKind, NotificationDelivery>;
  }

  private async write(
    m: EntityManager,
    actor: Actor,
    userId: string,
    before: Record<NotificationKind, NotificationDelivery>,
    changes: Array<[NotificationKind, NotificationDelivery]>,
  ): Promise<void> {
    if (changes.length === 0) return;
    await m.upsert(
      NotificationPreferenceEntity,
      changes.map(([kind, delivery]) => ({ userId, kind, delivery })),
      ['userId', 'kind'],
    );
    await writeAudit(m, actor, [
      {
        action: 'notification_preferences.updated',
        entity: 'user',
        entityId: userId,
        before,
        after: { ...before, ...Object.fromEntries(changes) },
      },
    ]);
  }
}
