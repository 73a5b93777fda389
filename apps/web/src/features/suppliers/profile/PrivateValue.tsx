import type { SupplierPrivateField } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInUrl, useUser } from '../../account/session';

/** Who may read each private field of a profile (texts under `privacy.<field>`). */
const AUDIENCE: Record<SupplierPrivateField, 'company' | 'buyers' | 'contacts'> = {
  revenueEur: 'company',
  defenceRevenueShare: 'company',
  clearance: 'buyers',
  contacts: 'contacts',
};

/**
 * In place of a field this reader may not see: who can, said plainly (never an empty value that
 * would read as "not filled in"). A visitor is offered to sign in.
 */
export function PrivateValue({ field }: { field: SupplierPrivateField }) {
  const { t } = useTranslation();
  const user = useUser();
  const { pathname } = useLocation();
  return (
    <span className="bitd-private" data-testid={`private-${field}`}>
      <span className="fr-icon-lock-line fr-icon--sm" aria-hidden="true" /> {t(`privacy.${AUDIENCE[field]}`)}
      {!user && AUDIENCE[field] !== 'company' && (
        <span className="bitd-block fr-mt-1v">
          <Link className="fr-link fr-link--sm" to={signInUrl(pathname)}>
            {t('privacy.signIn')}
          </Link>
        </span>
      )}
    </span>
  );
}
