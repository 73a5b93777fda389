import type { SupplierView } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { formatEur, formatNumber, formatShare, safeHttpUrl } from '../../../shared/format';
import { useLang } from '../../../shared/useLang';
import { referenceLabels } from '../../reference/labels';
import { Facts, Section } from '../../../shared/Section';
import { PrivateValue } from './PrivateValue';

export function IdentitySection({ supplier: s }: { supplier: SupplierView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = referenceLabels(t);
  const website = safeHttpUrl(s.website);

  return (
    <Section id="identity" title={t('profile.identity')}>
      <Facts
        items={[
          { term: t('fields.siret'), value: s.siret, testId: 'supplier-siret' },
          { term: t('fields.siren'), value: s.siren },
          s.nafCode
            ? {
                term: t('fields.nafCode'),
                value: (
                  <>
                    <code>{s.nafCode}</code>
                    {s.nafLabel ? ` — ${s.nafLabel}` : ''}
                  </>
                ),
              }
            : null,
          s.legalForm ? { term: t('fields.legalForm'), value: labels.legalForm(s.legalForm) } : null,
          { term: t('fields.sizeBand'), value: labels.sizeBand(s.sizeBand) },
          s.headcount !== null
            ? { term: t('fields.headcount'), value: formatNumber(s.headcount, lang) }
            : null,
          s.hiddenFields.includes('revenueEur')
            ? { term: t('fields.revenueEur'), value: <PrivateValue field="revenueEur" /> }
            : s.revenueEur !== null
              ? { term: t('fields.revenueEur'), value: formatEur(s.revenueEur, lang) }
              : null,
          s.hiddenFields.includes('defenceRevenueShare')
            ? { term: t('fields.defenceRevenueShare'), value: <PrivateValue field="defenceRevenueShare" /> }
            : s.defenceRevenueShare !== null
              ? { term: t('fields.defenceRevenueShare'), value: formatShare(s.defenceRevenueShare, lang) }
              : null,
          s.website
            ? {
                term: t('fields.website'),
                value: website ? (
                  <a
                    className="fr-link"
                    href={website}
                    target="_blank"
                    rel="noopener noreferrer"
                    title={t('common.newWindow', { label: s.website })}
                  >
                    {s.website}
                  </a>
                ) : (
                  s.website
                ),
              }
            : null,
          s.externalId ? { term: t('fields.externalId'), value: <code>{s.externalId}</code> } : null,
        ]}
      />
    </Section>
  );
}

export function AddressSection({ supplier: s }: { supplier: SupplierView }) {
  const { t } = useTranslation();
  const a = s.address;
  return (
    <Section id="address" title={t('profile.address')}>
      <address className="bitd-address">
        {a.street && <span className="bitd-block">{a.street}</span>}
        <span className="bitd-block">
          {a.postalCode} {a.city}
        </span>
        {a.department && (
          <span className="bitd-block">{t('profile.department', { code: a.department })}</span>
        )}
      </address>
      <Facts
        items={[
          a.inseeCode ? { term: t('fields.address.inseeCode'), value: a.inseeCode } : null,
          a.lat !== null && a.lon !== null
            ? { term: t('profile.coordinates'), value: `${a.lat.toFixed(5)}, ${a.lon.toFixed(5)}` }
            : null,
        ]}
      />
    </Section>
  );
}

export function DescriptionSection({ supplier: s }: { supplier: SupplierView }) {
  const { t } = useTranslation();
  return (
    <Section id="description" title={t('profile.description')}>
      {s.description ? (
        // Plain text on purpose: React escapes it, CSS keeps the line breaks.
        <p className="bitd-plain-text">{s.description}</p>
      ) : (
        <p className="bitd-muted">{t('profile.noDescription')}</p>
      )}
    </Section>
  );
}
