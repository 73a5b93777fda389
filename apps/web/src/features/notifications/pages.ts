/** The notification pages: one chunk, loaded on the first visit to any of them. */
export { NotificationPreferencesPage } from './NotificationPreferencesPage';
export { NotificationsPage } from './NotificationsPage';
export { UnsubscribePage } from './UnsubscribePage';
