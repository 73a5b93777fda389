import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading, useErrorMessage } from '../../shared/QueryStatus';
import { usePageTitle } from '../../shared/usePageTitle';
import { notificationKeys, notificationsApi } from './notifications-api';

type Choices = Record<NotificationKind, NotificationDelivery>;

/** `/notifications/preferences`: per kind, at once, in the daily summary, or not at all. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.preferences.title'));
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => notificationsApi.preferences(signal),
  });
  const [edits, setEdits] = useState<Partial<Choices>>({});
  const save = useMutation({
    mutationFn: () => notificationsApi.setPreferences(edits),
    onSuccess: (view) => {
      queryClient.setQueryData(notificationKeys.preferences, view);
      setEdits({});
    },
  });

  if (current.isPending) return <Loading />;
  if (current.isError) return <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  const choices: Choices = { ...current.data.preferences, ...edits };

  return (
    <>
      <h1>{t('notifications.preferences.title')}</h1>
      <p className="fr-text--lead">{t('notifications.preferences.lead')}</p>
      {save.isSuccess && (
        <div className="fr-mb-3w" role="status" data-testid="preferences-saved">
          <Alert severity="success" small description={t('notifications.preferences.saved')} />
        </div>
      )}
      {save.isError && (
        <div className="fr-mb-3w" role="alert">
          <Alert severity="error" small description={message(save.error)} />
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {NOTIFICATION_KINDS.map((kind) => (
          <RadioButtons
            key={kind}
            legend={t(`notifications.kinds.${kind}`)}
            hintText={t(`notifications.preferences.hints.${kind}`)}
            name={`delivery-${kind}`}
            orientation="horizontal"
            options={NOTIFICATION_DELIVERIES.map((d) => ({
              label: t(`notifications.deliveries.${d}`),
              nativeInputProps: {
                value: d,
                checked: choices[kind] === d,
                onChange: () => setEdits((e) => ({ ...e, [kind]: d })),
              },
            }))}
          />
        ))}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={save.isPending || Object.keys(edits).length === 0}>
              {t('notifications.preferences.save')}
            </Button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" to="/notifications">
              {t('notifications.preferences.back')}
            </Link>
          </li>
        </ul>
      </form>
    </>
  );
}
