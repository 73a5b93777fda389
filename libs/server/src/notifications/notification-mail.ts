import { NOTIFICATION_KINDS, type LocalizedText, type NotificationKind } from '@bitd/domain';
import { type MailContent, compose } from '../mail/mail-messages';
import { KIND_LABELS } from './notification-texts';

/** A notification as a mail shows it. */
export interface MailedNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: LocalizedText;
  body: LocalizedText;
  link: string;
  createdAt: Date;
}

/** One person's daily summary: their notifications by kind (in the kinds' order), oldest first. */
export interface DigestGroup {
  userId: string;
  kinds: NotificationKind[];
  items: MailedNotification[];
}

/** Groups daily notifications into one summary per person. */
export function groupDigest(rows: readonly MailedNotification[]): DigestGroup[] {
  const byUser = new Map<string, MailedNotification[]>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  const rank = (k: NotificationKind) => NOTIFICATION_KINDS.indexOf(k);
  return [...byUser].map(([userId, items]) => {
    const sorted = [...items].sort(
      (a, b) =>
        rank(a.kind) - rank(b.kind) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    );
    return { userId, kinds: [...new Set(sorted.map((i) => i.kind))], items: sorted };
  });
}

/** An absolute link of the web app from PUBLIC_URL (which may carry a path prefix). */
export const absolute = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;

const unsubscribeLabel = (kind: NotificationKind) =>
  `Ne plus recevoir « ${KIND_LABELS[kind].fr} » (un clic, sans connexion)`;

/** The mail of one notification sent at once. */
export function notificationMail(p: {
  displayName: string;
  notification: MailedNotification;
  publicUrl: string;
  unsubscribeLink: string;
}): MailContent {
  const n = p.notification;
  return compose({
    subject: `${n.title.fr} — BITD Bretagne`.replace(/\s+/g, ' '),
    greeting: `Bonjour ${p.displayName},`,
    intro: [n.body.fr],
    action: 'Voir sur BITD Bretagne',
    link: absolute(p.publicUrl, n.link),
    after: ['Vous recevez ce message selon vos préférences de notification, modifiables dans votre compte.'],
    english: `${n.title.en}. ${n.body.en}`,
    unsubscribe: [{ label: unsubscribeLabel(n.kind), link: p.unsubscribeLink }],
  });
}

/** The daily summary: one line per notification, grouped by kind, and one unsubscribe link per kind. */
export function digestMail(p: {
  displayName: string;
  group: DigestGroup;
  publicUrl: string;
  unsubscribeLinks: ReadonlyMap<NotificationKind, string>;
}): MailContent {
  const { items, kinds } = p.group;
  const n = items.length;
  const sections = kinds.map((kind) => {
    const lines = items
      .filter((i) => i.kind === kind)
      .map((i) => `• ${i.title.fr} — ${absolute(p.publicUrl, i.link)}`);
    return `${KIND_LABELS[kind].fr} :\n${lines.join('\n')}`;
  });
  return compose({
    subject: `Votre résumé quotidien : ${n} notification${n > 1 ? 's' : ''} — BITD Bretagne`,
    greeting: `Bonjour ${p.displayName},`,
    intro: [`Voici ce qui a changé depuis votre dernier résumé (${n}) :`, ...sections],
    action: 'Voir toutes mes notifications',
    link: absolute(p.publicUrl, '/notifications'),
    after: ['Vous recevez ce résumé selon vos préférences de notification, modifiables dans votre compte.'],
    english: `your daily summary of ${n} notification${n > 1 ? 's' : ''}: ${items.map((i) => i.title.en).join('; ')}.`,
    unsubscribe: kinds.map((kind) => ({
      label: unsubscribeLabel(kind),
      link: p.unsubscribeLinks.get(kind) as string,
    })),
  });
}
