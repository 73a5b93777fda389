import type { OpportunitySummaryView } from '@bitd/domain';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { testId } from '../../../shared/testId';
import { useLang } from '../../../shared/useLang';
import { capabilityLabel } from '../../reference/cpv.queries';
import { KindBadge, StatusBadge } from '../OpportunityBadges';
import { opportunityUrl } from '../paths';

/** At most this many capabilities per card; the detail page shows them all. */
const CAPABILITIES_PER_CARD = 4;

export function OpportunityCard({ opportunity: o }: { opportunity: OpportunitySummaryView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = o.requiredCapabilities.slice(0, CAPABILITIES_PER_CARD);
  const more = o.requiredCapabilities.length - shown.length;

  return (
    <Card
      className="bitd-opportunity-card"
      title={o.title}
      titleAs="h2"
      linkProps={{ to: opportunityUrl(o.id) }}
      enlargeLink
      border
      size="small"
      nativeDivProps={{ ...testId('opportunity-card') }}
      start={
        <ul className="fr-badges-group" aria-label={t('opportunities.badges')}>
          <li>
            <KindBadge kind={o.kind} />
          </li>
          <li>
            <StatusBadge status={o.status} />
          </li>
        </ul>
      }
      desc={
        <>
          <span className="bitd-block">{o.issuer}</span>
          {o.programme && (
            <span className="bitd-block fr-text--sm fr-mb-0 bitd-muted">
              {t('opportunity.programmeShort', { programme: o.programme })}
            </span>
          )}
        </>
      }
      end={
        shown.length > 0 ? (
          <ul className="fr-tags-group" aria-label={t('opportunities.capabilities')}>
            {shown.map((c, i) => {
              const label = capabilityLabel(c, lang);
              return (
                <li key={`${c.code}-${i}`}>
                  <Tag as="span" small title={c.code}>
                    {label ?? c.code}
                  </Tag>
                </li>
              );
            })}
            {more > 0 && (
              <li className="fr-text--xs bitd-muted">
                {t('opportunities.moreCapabilities', { count: more })}
              </li>
            )}
          </ul>
        ) : undefined
      }
      endDetail={
        <>
          <span className="fr-icon-calendar-line fr-icon--sm" aria-hidden="true" />{' '}
          {o.deadline
            ? t('opportunity.deadlineOn', { date: formatDate(o.deadline, lang) })
            : t('opportunity.noDeadline')}
        </>
      }
    />
  );
}
