import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { DemoNotice } from './DemoNotice';
import { FlashNotice } from './FlashNotice';
import { PendingClaimBanner } from './PendingClaimBanner';

export function AppLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLinks
        links={[
          { label: t('skip.content'), anchor: '#content' },
          { label: t('skip.nav'), anchor: '#fr-header-main-navigation' },
          { label: t('skip.footer'), anchor: '#footer' },
        ]}
      />
      <AppHeader />
      <DemoNotice />
      <PendingClaimBanner />
      <main id="content" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w bitd-main">
        <FlashNotice />
        {children ?? <Outlet />}
      </main>
      <AppFooter />
      <ScrollRestoration />
    </>
  );
}
