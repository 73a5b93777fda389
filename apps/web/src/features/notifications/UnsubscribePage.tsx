import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useErrorMessage } from '../../shared/QueryStatus';
import { usePageTitle } from '../../shared/usePageTitle';
import { notificationsApi } from './notifications-api';

/**
 * `/desabonnement?token=…`: the landing page of a mail's unsubscribe link. It asks for a click
 * (a link scanner opening the page unsubscribes nobody), then says which kind is now off.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.unsubscribe.title'));
  const message = useErrorMessage();
  const token = useSearchParams()[0].get('token') ?? '';
  const confirm = useMutation({ mutationFn: () => notificationsApi.unsubscribe(token) });

  return (
    <>
      <h1>{t('notifications.unsubscribe.title')}</h1>
      {confirm.isSuccess ? (
        <div role="status" data-testid="unsubscribed">
          <Alert
            severity="success"
            title={t('notifications.unsubscribe.done', {
              kind: t(`notifications.kinds.${confirm.data.kind}`),
            })}
            description={t('notifications.unsubscribe.doneHint')}
          />
        </div>
      ) : (
        <>
          {(confirm.isError || !token) && (
            <div className="fr-mb-3w" role="alert" data-testid="unsubscribe-error">
              <Alert
                severity="error"
                small
                description={
                  confirm.isError ? message(confirm.error) : t('notifications.unsubscribe.noToken')
                }
              />
            </div>
          )}
          <p>{t('notifications.unsubscribe.lead')}</p>
          <Button disabled={!token || confirm.isPending || confirm.isError} onClick={() => confirm.mutate()}>
            {t('notifications.unsubscribe.confirm')}
          </Button>
        </>
      )}
      <p className="fr-mt-4w">
        <Link to="/notifications/preferences">{t('notifications.unsubscribe.preferences')}</Link>
      </p>
    </>
  );
}
