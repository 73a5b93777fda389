import type {
  NotificationDelivery,
  NotificationKind,
  NotificationPage,
  NotificationPreferencesView,
  NotificationView,
  UnsubscribeView,
} from '@bitd/domain';
import { json, jsonBody } from '../../api/client';

export const notificationKeys = {
  all: ['notifications'] as const,
  page: (page: number) => ['notifications', 'page', page] as const,
  /** The bell's count: the first page, small. */
  unread: ['notifications', 'unread'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

export const notificationsApi = {
  list(page: number, pageSize: number, signal?: AbortSignal): Promise<NotificationPage> {
    return json(`/notifications?page=${page}&pageSize=${pageSize}`, { signal });
  },
  markRead(id: string): Promise<NotificationView> {
    return json(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
  },
  markAllRead(): Promise<{ updated: number }> {
    return json('/notifications/read-all', { method: 'POST' });
  },
  preferences(signal?: AbortSignal): Promise<NotificationPreferencesView> {
    return json('/notifications/preferences', { signal });
  },
  setPreferences(
    preferences: Partial<Record<NotificationKind, NotificationDelivery>>,
  ): Promise<NotificationPreferencesView> {
    return json('/notifications/preferences', jsonBody('PUT', { preferences }));
  },
  unsubscribe(token: string): Promise<UnsubscribeView> {
    return json('/notifications/unsubscribe', jsonBody('POST', { token }));
  },
};
