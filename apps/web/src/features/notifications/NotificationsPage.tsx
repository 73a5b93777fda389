import type { NotificationView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { notificationKeys, notificationsApi } from './notifications-api';

const PAGE_SIZE = 20;

/** `/notifications`: my inbox, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('notifications.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: notificationKeys.page(page),
    queryFn: ({ signal }) => notificationsApi.list(page, PAGE_SIZE, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const read = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh });

  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total, unread } = list.data;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <div className="bitd-notifications__bar">
        <p className="fr-mb-0" role="status" data-testid="notifications-unread">
          {unread > 0 ? t('notifications.unread', { count: unread }) : t('notifications.allRead')}
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
          <li>
            <Button
              priority="secondary"
              disabled={unread === 0 || readAll.isPending}
              onClick={() => readAll.mutate()}
              nativeButtonProps={testId('notifications-read-all')}
            >
              {t('notifications.readAll')}
            </Button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary" to="/notifications/preferences">
              {t('notifications.preferencesLink')}
            </Link>
          </li>
        </ul>
      </div>
      {items.length === 0 ? (
        <p className="fr-mt-4w">{t('notifications.empty')}</p>
      ) : (
        <ul className="bitd-notifications" data-testid="notifications-list">
          {items.map((n: NotificationView) => (
            <li key={n.id} className={`bitd-notification ${n.readAt ? '' : 'bitd-notification--unread'}`}>
              <p className="fr-text--xs fr-mb-1v bitd-notification__meta">
                <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-mr-1w">
                  {t(`notifications.kinds.${n.kind}`)}
                </span>
                {formatDateTime(n.createdAt, lang)}
                {!n.readAt && <span className="fr-sr-only"> — {t('notifications.new')}</span>}
              </p>
              <h2 className="fr-h6 fr-mb-1v">
                <Link to={n.link} onClick={() => !n.readAt && read.mutate(n.id)}>
                  {n.title[lang]}
                </Link>
              </h2>
              <p className="fr-text--sm fr-mb-1v">{n.body[lang]}</p>
              {!n.readAt && (
                <button
                  type="button"
                  className="fr-link fr-text--sm"
                  onClick={() => read.mutate(n.id)}
                  disabled={read.isPending}
                >
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="fr-mt-3w" aria-label={t('notifications.pages')}>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button
                priority="tertiary"
                disabled={page <= 1}
                onClick={() => setParams({ page: String(page - 1) })}
              >
                {t('notifications.previous')}
              </Button>
            </li>
            <li>
              <Button
                priority="tertiary"
                disabled={page >= pages}
                onClick={() => setParams({ page: String(page + 1) })}
              >
                {t('notifications.next')}
              </Button>
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}
