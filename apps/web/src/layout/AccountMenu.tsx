import type { MeView } from '@bitd/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { auth } from '../api/client';
import { signInUrl } from '../features/account/session';
import { useFlash } from './FlashNotice';

/** The DSFR's script API on window (react-dsfr loads it): used to fold the menu after a choice. */
interface DsfrApi {
  (element: Element): { collapse?: { conceal: () => void } } | undefined;
}

function conceal(menu: HTMLElement | null): void {
  const dsfr = (window as unknown as { dsfr?: DsfrApi }).dsfr;
  if (menu && typeof dsfr === 'function') dsfr(menu)?.collapse?.conceal();
}

/** "Se connecter" for a visitor (coming back to this page after). */
export function SignInLink({ id }: { id?: string }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const onSignIn = pathname === '/connexion' || pathname === '/inscription';
  return (
    <Link
      id={id}
      className="fr-btn fr-icon-account-circle-line"
      to={onSignIn ? '/connexion' : signInUrl(pathname + search)}
      data-testid="header-sign-in"
    >
      {t('account.signIn')}
    </Link>
  );
}

/**
 * The signed-in user's name in the header, opening a menu (DSFR disclosure, as the language
 * selector): my account, my organisation, my company's profile, sign out.
 */
export function AccountMenu({ user, id }: { user: MeView; id?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const ownId = useId();
  const menuId = `account-menu-${(id ?? ownId).replace(/[^\w-]/g, '')}`;
  const menu = useRef<HTMLDivElement>(null);
  const signOut = useMutation({
    mutationFn: auth.signOut,
    onSuccess: (answer) => {
      // Signed in through ProConnect: its session ends too, on its own page, which comes back
      // to the home page.
      if (answer.providerSignOutUrl) {
        window.location.assign(answer.providerSignOutUrl);
        return;
      }
      flash('signedOut');
      void navigate('/');
    },
  });
  const supplierId = user.role === 'supplier' ? user.membership?.supplierId : null;
  const close = () => conceal(menu.current);

  return (
    <nav id={id} className="fr-translate fr-nav bitd-account-menu" aria-label={t('account.menu.label')}>
      <div className="fr-nav__item">
        {/* fr-translate__btn would draw the language icon: a plain tertiary button with the
            account icon, and a chevron that turns when the menu is open. */}
        <button
          type="button"
          className="fr-btn fr-btn--tertiary fr-btn--icon-left fr-icon-account-circle-line bitd-account-menu__button"
          aria-controls={menuId}
          aria-expanded={false}
          title={t('account.menu.title', { name: user.displayName })}
          data-testid="account-menu-button"
        >
          <span className="bitd-account-menu__name">{user.displayName}</span>
          <span
            className="fr-icon-arrow-down-s-line fr-icon--sm bitd-account-menu__chevron"
            aria-hidden="true"
          />
        </button>
        <div className="fr-collapse fr-translate__menu fr-menu" id={menuId} ref={menu}>
          <ul className="fr-menu__list">
            <li>
              <Link className="fr-nav__link" to="/compte" onClick={close} data-testid="menu-account">
                {t('account.menu.account')}
              </Link>
            </li>
            {user.membership && (
              <li>
                <Link className="fr-nav__link" to="/organisation" onClick={close}>
                  {t('account.menu.organisation')}
                </Link>
              </li>
            )}
            {supplierId && (
              <li>
                <Link
                  className="fr-nav__link"
                  to={`/fournisseurs/${encodeURIComponent(supplierId)}`}
                  onClick={close}
                >
                  {t('account.menu.profile')}
                </Link>
              </li>
            )}
            <li>
              <button
                type="button"
                className="fr-nav__link bitd-menu-button"
                disabled={signOut.isPending}
                onClick={() => {
                  close();
                  signOut.mutate();
                }}
                data-testid="sign-out"
              >
                {t('account.menu.signOut')}
              </button>
            </li>
          </ul>
        </div>
      </div>
    </nav>
  );
}
