import type { OpportunityView } from '@bitd/domain';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useTranslation } from 'react-i18next';
import { editorLabel, formatDate, formatDateTime, formatNumber } from '../../../shared/format';
import { Facts, Section } from '../../../shared/Section';
import { useLang } from '../../../shared/useLang';
import { capabilityLabel } from '../../reference/cpv.queries';
import { referenceLabels } from '../../reference/labels';

export function DescriptionSection({ opportunity: o }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  return (
    <Section id="opportunity-description" title={t('opportunity.description')}>
      {o.description ? (
        // Plain text on purpose: React escapes it, CSS keeps the line breaks.
        <p className="bitd-plain-text">{o.description}</p>
      ) : (
        <p className="bitd-muted">{t('opportunity.noDescription')}</p>
      )}
    </Section>
  );
}

/** "TRL 4 à 6", "TRL 4 ou plus", "TRL 6 au plus", or null when no window is given. */
export function useTrlWindow(): (min: number | null, max: number | null) => string | null {
  const { t } = useTranslation();
  return (min, max) => {
    if (min !== null && max !== null) return t('opportunity.trlRange', { min, max });
    if (min !== null) return t('opportunity.trlFrom', { min });
    if (max !== null) return t('opportunity.trlUpTo', { max });
    return null;
  };
}

export function RequirementsSection({ opportunity: o }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = referenceLabels(t);
  const trlWindow = useTrlWindow()(o.trlMin, o.trlMax);
  const loc = o.location;

  return (
    <Section id="opportunity-requirements" title={t('opportunity.requirements')}>
      <h3 className="fr-h6 fr-mb-1w">{t('opportunityFields.requiredCapabilities')}</h3>
      {o.requiredCapabilities.length === 0 ? (
        <p className="bitd-muted">{t('opportunity.noCapabilities')}</p>
      ) : (
        <Table
          className="bitd-table"
          noCaption
          caption={t('opportunityFields.requiredCapabilities')}
          headers={[
            t('opportunityFields.capability.code'),
            t('opportunityFields.capability.label'),
            t('opportunityFields.capability.weight'),
          ]}
          data={o.requiredCapabilities.map((c) => [
            <code key="code">{c.code}</code>,
            <span key="label">
              {capabilityLabel(c, lang) ?? <span className="bitd-muted">{t('common.none')}</span>}
            </span>,
            <span key="weight">{formatNumber(c.weight, lang)}</span>,
          ])}
        />
      )}
      <Facts
        items={[
          {
            term: t('opportunityFields.requiredCertifications'),
            value:
              o.requiredCertifications.length === 0
                ? t('opportunity.noCertifications')
                : o.requiredCertifications.map((s) => labels.certification(s)).join(', '),
          },
          { term: t('opportunityFields.minClearance'), value: labels.clearance(o.minClearance) },
          { term: t('opportunity.trl'), value: trlWindow ?? t('opportunity.noTrl') },
          {
            term: t('opportunityFields.location'),
            value: loc ? (
              <>
                <span className="bitd-block">
                  {loc.label ?? t('opportunity.unnamedPlace')}{' '}
                  <span className="bitd-muted fr-text--sm">
                    ({loc.lat.toFixed(4)}, {loc.lon.toFixed(4)})
                  </span>
                </span>
                <span className="bitd-block fr-text--sm fr-mb-0">
                  {loc.maxDistanceKm !== null
                    ? t('opportunity.withinKm', { km: formatNumber(loc.maxDistanceKm, lang) })
                    : t('opportunity.noMaxDistance')}
                </span>
              </>
            ) : (
              t('opportunity.noLocation')
            ),
          },
        ]}
      />
    </Section>
  );
}

/** Who issues it, when it closes, who sees it: the side column of the detail page. */
export function OpportunityMeta({ opportunity: o }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <aside aria-labelledby="opportunity-meta-title" className="bitd-panel fr-mb-4w">
      <h2 id="opportunity-meta-title" className="fr-h6 fr-mb-1w">
        {t('opportunity.about')}
      </h2>
      <Facts
        items={[
          {
            term: t('opportunityFields.issuer'),
            value: (
              <>
                {o.issuer.name}
                <span className="bitd-block fr-text--xs fr-mb-0 bitd-muted">
                  {t(`buyerCategory.${o.issuer.category}`, { defaultValue: o.issuer.category })}
                </span>
              </>
            ),
          },
          o.programme ? { term: t('opportunityFields.programme'), value: o.programme } : null,
          {
            term: t('opportunityFields.deadline'),
            value: o.deadline ? formatDate(o.deadline, lang) : t('opportunity.noDeadline'),
            testId: 'opportunity-deadline',
          },
          {
            term: t('opportunityFields.visibility'),
            value: t(`visibility.${o.visibility}`, { defaultValue: o.visibility }),
          },
          o.publishedAt
            ? { term: t('opportunity.publishedAt'), value: formatDateTime(o.publishedAt, lang) }
            : null,
          o.closedAt ? { term: t('opportunity.closedAt'), value: formatDateTime(o.closedAt, lang) } : null,
          o.externalId ? { term: t('opportunity.externalId'), value: <code>{o.externalId}</code> } : null,
        ]}
      />
      <p className="fr-text--xs bitd-muted fr-mt-2w fr-mb-0">
        {t('opportunity.updatedAt', { date: formatDateTime(o.updatedAt, lang) })}
        {editorLabel(o.updatedBy) ? ` · ${editorLabel(o.updatedBy)}` : ''}
      </p>
    </aside>
  );
}
