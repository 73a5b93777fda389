import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError, NetworkError, errorStatus } from '../api/client';
import { signInUrl } from '../features/account/session';
import { NotFoundPage } from './NotFoundPage';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="bitd-loading" role="status" aria-live="polite">
      <span className="fr-icon-refresh-line bitd-spin" aria-hidden="true" /> {label ?? t('common.loading')}
    </p>
  );
}

/** A readable message for anything thrown by the API client. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof NetworkError) return t('common.networkError');
    // A gateway answering for an API that is down (dev proxy, reverse proxy): no JSON body.
    if (
      error instanceof ApiError &&
      error.code.startsWith('HTTP_') &&
      [502, 503, 504].includes(error.status)
    ) {
      return t('common.networkError');
    }
    // Express's own 404 ("Cannot GET /api/v1/…"): the server does not have this route yet.
    if (error instanceof ApiError && error.status === 404 && /^Cannot [A-Z]+ \//.test(error.message)) {
      return t('common.notAvailable');
    }
    if (error instanceof ApiError) {
      if (error.status >= 500) return t('common.serverError', { status: error.status });
      return error.message;
    }
    return error instanceof Error ? error.message : String(error);
  };
}

export function ErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  const { pathname, search } = useLocation();
  // The session ended while the page was open (or never was): the way back is to sign in.
  const signIn = errorStatus(error) === 401;
  return (
    <Alert
      className="fr-mb-4w"
      severity="error"
      role="alert"
      title={title ?? t('common.errorTitle')}
      description={
        <>
          <span className="bitd-block">{message}</span>
          {signIn && (
            <Button
              className="fr-mt-2w"
              size="small"
              iconId="fr-icon-account-circle-line"
              linkProps={{ to: signInUrl(pathname + search) }}
            >
              {t('account.signIn')}
            </Button>
          )}
          {onRetry && !signIn && (
            <Button
              className="fr-mt-2w"
              size="small"
              priority="secondary"
              iconId="fr-icon-refresh-line"
              onClick={onRetry}
            >
              {t('common.retry')}
            </Button>
          )}
        </>
      }
    />
  );
}

/**
 * What a page shows while the query of its record has no answer: loading, then the "not found"
 * page on 404, else the error with a retry. Render it when `!query.isSuccess`.
 */
export function RecordQueryStatus({
  query,
  notFoundMessage,
}: {
  query: UseQueryResult<unknown>;
  notFoundMessage: string;
}) {
  if (query.isPending) return <Loading />;
  if (errorStatus(query.error) === 404) return <NotFoundPage message={notFoundMessage} />;
  return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
}

/**
 * What a list shows besides its items: loading, the error with a retry, or its empty message
 * once loaded with nothing in it.
 */
export function QueryStates({
  query,
  isEmpty,
  empty,
}: {
  query: UseQueryResult<unknown>;
  isEmpty: boolean;
  empty: ReactNode;
}) {
  return (
    <>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && isEmpty && empty}
    </>
  );
}
