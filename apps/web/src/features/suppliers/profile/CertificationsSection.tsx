import type { ClearanceLevel, SupplierCertificationView } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { useLang } from '../../../shared/useLang';
import { referenceLabels } from '../../reference/labels';
import { ClearanceBadge } from '../SupplierBadges';
import { Section } from '../../../shared/Section';
import { PrivateValue } from './PrivateValue';

export function CertificationsSection({ certifications }: { certifications: SupplierCertificationView[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = referenceLabels(t);

  return (
    <Section id="certifications" title={t('profile.certifications')}>
      {certifications.length === 0 ? (
        <p className="bitd-muted">{t('profile.noCertifications')}</p>
      ) : (
        <ul className="bitd-card-list">
          {certifications.map((c, i) => (
            <li key={`${c.scheme}-${i}`} className={c.expired ? 'bitd-cert bitd-cert--expired' : 'bitd-cert'}>
              <strong>{labels.certification(c.scheme)}</strong>{' '}
              {c.expired ? (
                <Badge as="span" small severity="error">
                  {t('profile.expired')}
                </Badge>
              ) : (
                <Badge as="span" small severity="success">
                  {t('profile.valid')}
                </Badge>
              )}
              <span className="bitd-block fr-text--sm fr-mb-0">
                {c.validUntil
                  ? t(c.expired ? 'profile.expiredOn' : 'profile.validUntil', {
                      date: formatDate(c.validUntil, lang),
                    })
                  : t('profile.noExpiry')}
              </span>
              {c.reference && (
                <span className="bitd-block fr-text--xs fr-mb-0 bitd-muted">
                  {t('fields.certification.reference')} : {c.reference}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The clearance level, or who may read it when this reader may not. */
export function ClearanceSection({ clearance }: { clearance: ClearanceLevel | null }) {
  const { t } = useTranslation();
  return (
    <Section id="clearance" title={t('profile.clearance')}>
      <p data-testid="supplier-clearance">
        {clearance === null ? (
          <PrivateValue field="clearance" />
        ) : (
          <ClearanceBadge level={clearance} small={false} />
        )}
      </p>
      <p className="fr-text--sm bitd-muted">{t('profile.clearanceNote')}</p>
    </Section>
  );
}
