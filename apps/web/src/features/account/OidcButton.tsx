import '@codegouvfr/react-dsfr/assets/proconnect-btn.css';
import { useTranslation } from 'react-i18next';
import { auth } from '../../api/client';
import { testId } from '../../shared/testId';

/**
 * The ProConnect button of the DSFR (`fr-connect` with react-dsfr's ProConnect skin). react-dsfr's
 * `ProConnectButton` writes "ProConnect" itself; the server names its provider (`oidc.label`, e.g.
 * "ProConnect (démo)" for the local one), so the same markup is written here with that name. A
 * full-page navigation: the provider's pages are not part of this application.
 */
export function OidcButton({ label, returnTo }: { label: string; returnTo: string }) {
  const { t } = useTranslation();
  return (
    <div className="fr-connect-group">
      <a
        className="fr-btn fr-connect pro-connect"
        href={auth.oidcStartUrl(returnTo)}
        {...testId('oidc-sign-in')}
      >
        <span className="fr-connect__login">{t('signIn.oidcLogin')}</span>{' '}
        <span className="fr-connect__brand">{label}</span>
      </a>
      <p>
        <a
          href="https://www.proconnect.gouv.fr/"
          target="_blank"
          rel="noopener noreferrer"
          title={t('common.newWindow', { label: t('signIn.oidcWhat') })}
        >
          {t('signIn.oidcWhat')}
        </a>
      </p>
    </div>
  );
}
