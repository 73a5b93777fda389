import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isStaff, useSession } from '../features/account/session';
import { INTRODUCTIONS_BOARD, INTRODUCTIONS_INBOX } from '../features/introductions/paths';
import { hasIntroductionInbox } from '../features/introductions/routes';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { AccountMenu, SignInLink } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

export const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

/** Pages of region agents and administrators, grouped under one menu of the navigation. */
const STAFF_PAGES = [
  { key: 'claims', to: '/agent/rattachements' },
  { key: 'newSupplier', to: '/fournisseurs/nouveau' },
  { key: 'import', to: '/import' },
  { key: 'audit', to: '/audit' },
] as const;

/** Personal lists of a signed-in user; the portfolio is the region agents'. */
const LIST_PAGES = [
  { key: 'portfolio', to: '/portefeuille', staffOnly: true },
  { key: 'watched', to: '/mes-opportunites', staffOnly: false },
  { key: 'savedSearches', to: '/mes-recherches', staffOnly: false },
] as const;

export function AppHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { query, user } = useSession();
  const isSuppliers = pathname.startsWith('/fournisseurs') && pathname !== '/fournisseurs/nouveau';

  const navigation: MainNavigationProps.Item[] = [
    { text: t('nav.home'), linkProps: { to: '/' }, isActive: pathname === '/' },
    {
      text: t('nav.search'),
      linkProps: { to: '/recherche' },
      isActive: pathname.startsWith('/recherche'),
    },
    { text: t('nav.suppliers'), linkProps: { to: '/fournisseurs' }, isActive: isSuppliers },
    {
      text: t('nav.opportunities'),
      linkProps: { to: '/opportunites' },
      isActive: pathname.startsWith('/opportunites'),
    },
  ];
  // Introductions: the agents' board, or the parties' own inbox.
  if (isStaff(user) || hasIntroductionInbox(user)) {
    const to = isStaff(user) ? INTRODUCTIONS_BOARD : INTRODUCTIONS_INBOX;
    navigation.push({
      text: t(isStaff(user) ? 'introductions.nav.board' : 'introductions.nav.inbox'),
      linkProps: { to, 'data-testid': 'nav-introductions' } as MainNavigationProps.Item.Link['linkProps'],
      isActive: pathname.startsWith(to) || pathname.startsWith(INTRODUCTIONS_INBOX),
    });
  }
  if (user) {
    const pages = LIST_PAGES.filter((p) => !p.staffOnly || isStaff(user));
    navigation.push({
      text: t('lists.nav.menu'),
      isActive: pages.some((p) => pathname.startsWith(p.to)),
      menuLinks: pages.map((p) => ({
        text: t(`lists.nav.${p.key}`),
        linkProps: { to: p.to },
        isActive: pathname.startsWith(p.to),
      })),
    });
  }
  if (isStaff(user)) {
    navigation.push({
      text: t('nav.staff'),
      isActive: STAFF_PAGES.some((p) => pathname.startsWith(p.to)),
      menuLinks: STAFF_PAGES.map((p) => ({
        text: t(`nav.${p.key}`),
        linkProps: { to: p.to },
        isActive: pathname.startsWith(p.to),
      })),
    });
  }

  // While the session loads nothing is shown in its place, so "Se connecter" never flashes for a
  // signed-in user.
  const account: HeaderProps['quickAccessItems'] = query.isPending
    ? []
    : user
      ? [<NotificationBell key="bell" />, <AccountMenu key="account" user={user} />]
      : [<SignInLink key="account" />];

  return (
    <Header
      id="fr-header"
      brandTop={BRAND_TOP}
      serviceTitle={t('app.title')}
      serviceTagline={t('app.tagline')}
      homeLinkProps={{ to: '/', title: t('app.homeLinkTitle') }}
      quickAccessItems={[headerFooterDisplayItem, <LanguageSwitch key="lang" />, ...(account ?? [])]}
      navigation={navigation}
    />
  );
}
