import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorAlert } from '../shared/QueryStatus';
import { NotFoundPage } from '../shared/NotFoundPage';
import { AppLayout } from './AppLayout';

/** Last line of defence for a render error or an unknown route, keeping header and notice. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <AppLayout>
        <NotFoundPage />
      </AppLayout>
    );
  }
  return (
    <AppLayout>
      <h1>{t('common.errorTitle')}</h1>
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </AppLayout>
  );
}
