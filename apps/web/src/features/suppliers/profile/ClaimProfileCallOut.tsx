import type { SupplierView } from '@bitd/domain';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { useTranslation } from 'react-i18next';

/** On a profile nobody manages yet, for a visitor: "is this your company?" → sign up with its SIRET. */
export function ClaimProfileCallOut({ supplier: s }: { supplier: SupplierView }) {
  const { t } = useTranslation();
  return (
    <CallOut
      className="fr-mb-4w"
      iconId="fr-icon-building-line"
      title={t('profile.claimTitle')}
      titleAs="h2"
      classes={{ title: 'fr-h6' }}
      buttonProps={{
        children: t('profile.claimButton'),
        linkProps: { to: `/inscription?siret=${encodeURIComponent(s.siret)}` },
        priority: 'secondary',
      }}
    >
      {t('profile.claimText', { name: s.name })}
    </CallOut>
  );
}
