import { z } from 'zod';
import type { LocalizedText } from './matching.contract';
import type { Page } from './supplier.contract';

/**
 * Notifications: what the worker tells a person (in the inbox, and by e-mail at once or in a
 * daily summary, as each person chose per kind).
 */
export const NOTIFICATION_KINDS = [
  'opportunity_match',
  'portfolio_match',
  'introduction',
  'saved_search',
  'certification_expiry',
  'watched_opportunity',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** immediate: inbox and an e-mail at once; daily: inbox and the daily summary; off: nothing. */
export const NOTIFICATION_DELIVERIES = ['immediate', 'daily', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/**
 * Until a person chooses: news about their own organisation and what they follow closely comes at
 * once; what may come in numbers (portfolio, saved searches) comes once a day.
 */
export const DEFAULT_NOTIFICATION_PREFERENCES: Readonly<Record<NotificationKind, NotificationDelivery>> = {
  opportunity_match: 'immediate',
  portfolio_match: 'daily',
  introduction: 'immediate',
  saved_search: 'daily',
  certification_expiry: 'immediate',
  watched_opportunity: 'immediate',
};

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** What changed, in one line. */
  title: LocalizedText;
  /** The detail: which company, which opportunity, why. */
  body: LocalizedText;
  /** A path of the web app (`/opportunites/…`), to what changed. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<NotificationView> {
  /** Unread notifications of the person, all pages together. */
  unread: number;
}

export const notificationListQuerySchema = z.strictObject({
  page: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .default(1),
  pageSize: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(20),
  unread: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type NotificationListQuery = z.output<typeof notificationListQuerySchema>;

export interface NotificationPreferencesView {
  preferences: Record<NotificationKind, NotificationDelivery>;
}

const delivery = z.enum(NOTIFICATION_DELIVERIES, { error: 'must be immediate, daily or off' });

/** PUT body: the kinds to change (the others keep their setting). */
export const notificationPreferencesSchema = z.strictObject({
  preferences: z.strictObject(
    Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, delivery.optional()])) as Record<
      NotificationKind,
      z.ZodOptional<typeof delivery>
    >,
  ),
});
export type NotificationPreferencesBody = z.output<typeof notificationPreferencesSchema>;

export const unsubscribeSchema = z.strictObject({
  token: z
    .string({ error: 'is required' })
    .min(20, 'is not a valid link')
    .max(200, 'is not a valid link')
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid link'),
});

export interface UnsubscribeView {
  kind: NotificationKind;
  delivery: 'off';
}
