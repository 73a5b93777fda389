import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { formatDate } from '../shared/format';
import { useLang } from '../shared/useLang';
import { useUser } from '../features/account/session';

/** For a user whose claim on a profile waits for the region: why nothing can be edited yet. */
export function PendingClaimBanner() {
  const { t } = useTranslation();
  const lang = useLang();
  const claim = useUser()?.pendingClaim;
  const { pathname } = useLocation();
  // The sign-up result and the account page say it in their own words.
  if (!claim || pathname === '/inscription' || pathname === '/compte') return null;
  return (
    <div data-testid="pending-claim-banner">
      <Notice
        severity="info"
        isClosable={false}
        title={t('claimBanner.title', { name: claim.organisationName })}
        description={t('claimBanner.description', { date: formatDate(claim.createdAt, lang) })}
      />
    </div>
  );
}
