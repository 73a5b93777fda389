import type { OpportunityForSupplierView } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { ErrorAlert, Loading } from '../../../shared/QueryStatus';
import { Section } from '../../../shared/Section';
import { useLang } from '../../../shared/useLang';
import { useSupplierOpportunities } from '../opportunities.queries';
import { KindBadge } from '../OpportunityBadges';
import { opportunityUrl } from '../paths';
import { MatchCriteriaList } from './MatchCriteriaList';
import { MatchScore } from './MatchScore';

/** On a supplier's profile: the opportunities the matcher finds for it, best first, and why. */
export function SupplierOpportunitiesSection({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const query = useSupplierOpportunities(supplierId);
  const matches = query.data?.matches;

  return (
    <Section id="supplier-opportunities" title={t('supplierMatches.title')}>
      <p className="fr-text--sm bitd-muted">{t('supplierMatches.intro')}</p>
      {query.isPending && <Loading label={t('supplierMatches.loading')} />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {matches &&
        (matches.length === 0 ? (
          <p className="bitd-muted" data-testid="supplier-opportunities-empty">
            {t('supplierMatches.empty')}
          </p>
        ) : (
          <ol className="bitd-match-list" data-testid="supplier-opportunities">
            {matches.map((m) => (
              <OpportunityMatchItem key={m.opportunity.id} match={m} />
            ))}
          </ol>
        ))}
    </Section>
  );
}

function OpportunityMatchItem({ match: m }: { match: OpportunityForSupplierView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const o = m.opportunity;
  const titleId = `supplier-opportunity-${o.id}-title`;

  return (
    <li className="bitd-match" aria-labelledby={titleId} data-testid="supplier-opportunity">
      <div className="bitd-match__head">
        <div>
          <h3 className="fr-h6 fr-mb-1v" id={titleId}>
            <Link className="bitd-hit__link" to={opportunityUrl(o.id)}>
              {o.title}
            </Link>
          </h3>
          <p className="fr-text--sm fr-mb-1v">
            <KindBadge kind={o.kind} /> <span className="bitd-muted">{o.issuer}</span>
          </p>
          <p className="fr-text--sm fr-mb-1v bitd-muted">
            <span className="fr-icon-calendar-line fr-icon--sm" aria-hidden="true" />{' '}
            {o.deadline
              ? t('opportunity.deadlineOn', { date: formatDate(o.deadline, lang) })
              : t('opportunity.noDeadline')}
          </p>
        </div>
        <MatchScore
          score={m.score}
          coverage={m.coverage}
          label={t('supplierMatches.scoreOf', { title: o.title })}
        />
      </div>
      <MatchCriteriaList criteria={m.criteria} label={t('matching.criteriaOf', { name: o.title })} />
    </li>
  );
}
