import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

export const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

export function AppHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isSuppliers = pathname.startsWith('/fournisseurs') && pathname !== '/fournisseurs/nouveau';

  return (
    <Header
      id="fr-header"
      brandTop={BRAND_TOP}
      serviceTitle={t('app.title')}
      serviceTagline={t('app.tagline')}
      homeLinkProps={{ to: '/', title: t('app.homeLinkTitle') }}
      quickAccessItems={[headerFooterDisplayItem, <LanguageSwitch key="lang" />]}
      navigation={[
        { text: t('nav.home'), linkProps: { to: '/' }, isActive: pathname === '/' },
        {
          text: t('nav.search'),
          linkProps: { to: '/recherche' },
          isActive: pathname.startsWith('/recherche'),
        },
        { text: t('nav.suppliers'), linkProps: { to: '/fournisseurs' }, isActive: isSuppliers },
        {
          text: t('nav.newSupplier'),
          linkProps: { to: '/fournisseurs/nouveau' },
          isActive: pathname === '/fournisseurs/nouveau',
        },
        {
          text: t('nav.opportunities'),
          linkProps: { to: '/opportunites' },
          isActive: pathname.startsWith('/opportunites'),
        },
        { text: t('nav.import'), linkProps: { to: '/import' }, isActive: pathname.startsWith('/import') },
      ]}
    />
  );
}
