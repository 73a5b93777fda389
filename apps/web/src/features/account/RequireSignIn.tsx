import type { MeView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { usePageTitle } from '../../shared/usePageTitle';
import { signInUrl, useSession } from './session';

/**
 * A page for signed-in users: a visitor is sent to the sign-in page (and brought back after), a
 * user whose role cannot use the page is told so instead of being shown a form the API refuses.
 */
export function RequireSignIn({
  allow,
  children,
}: {
  /** Whether this user may use the page (every signed-in user when left out). */
  allow?: (user: MeView) => boolean;
  children: ReactNode;
}) {
  const { query, user } = useSession();
  const location = useLocation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!user) return <Navigate replace to={signInUrl(location.pathname + location.search)} />;
  if (allow && !allow(user)) return <ForbiddenPage />;
  return children;
}

/** What a signed-in user sees on a page their role cannot use. */
export function ForbiddenPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('access.forbiddenTitle'));
  return (
    <section className="fr-py-4w" data-testid="forbidden">
      <h1>{t('access.forbiddenTitle')}</h1>
      <p className="fr-text--lead">{message ?? t('access.forbiddenText')}</p>
      <Button linkProps={{ to: '/' }} iconId="fr-icon-home-4-line">
        {t('notFound.home')}
      </Button>
    </section>
  );
}
