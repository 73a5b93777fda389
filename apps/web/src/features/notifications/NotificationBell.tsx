import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notificationKeys, notificationsApi } from './notifications-api';

/** How often the bell asks for news while a page stays open. */
const POLL_MS = 60_000;

/** The header's bell: the unread count, opening the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => notificationsApi.list(1, 1, signal),
    refetchInterval: POLL_MS,
    select: (page) => page.unread,
    meta: { quiet401: true },
  });
  const count = unread.data ?? 0;
  const label = count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.none');
  return (
    <Link
      to="/notifications"
      className={`fr-btn ${count > 0 ? 'fr-icon-notification-badge-line' : 'fr-icon-notification-3-line'} bitd-bell`}
      title={label}
      aria-label={label}
      data-testid="notification-bell"
    >
      <span className="bitd-bell__text">{t('notifications.bell.label')}</span>
      {count > 0 && (
        <span className="bitd-bell__count" aria-hidden="true" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
