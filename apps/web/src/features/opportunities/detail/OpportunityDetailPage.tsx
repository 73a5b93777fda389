import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordQueryStatus } from '../../../shared/QueryStatus';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUser } from '../../account/session';
import { WatchOpportunityButton } from '../../follows/FollowButtons';
import { ConsortiaSection } from '../matching/ConsortiaSection';
import { MatchesSection } from '../matching/MatchesSection';
import { useOpportunity } from '../opportunities.queries';
import { KindBadge, StatusBadge } from '../OpportunityBadges';
import { OPPORTUNITIES_URL } from '../paths';
import { OpportunityActions } from './OpportunityActions';
import { DescriptionSection, OpportunityMeta, RequirementsSection } from './OpportunitySections';

export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useOpportunity(id);
  const user = useUser();
  const o = query.data;
  usePageTitle(o?.title ?? t('opportunity.title'));

  if (!query.isSuccess)
    return <RecordQueryStatus query={query} notFoundMessage={t('opportunity.notFound')} />;
  if (!o) return null;

  return (
    <>
      <Breadcrumb
        currentPageLabel={o.title}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('nav.opportunities'), linkProps: { to: OPPORTUNITIES_URL } }]}
      />
      <div className="bitd-page-head">
        <div>
          <h1 className="fr-mb-1w">{o.title}</h1>
          <ul className="fr-badges-group" aria-label={t('opportunities.badges')}>
            <li>
              <KindBadge kind={o.kind} small={false} />
            </li>
            <li data-testid="opportunity-status" data-status={o.status}>
              <StatusBadge status={o.status} small={false} />
            </li>
          </ul>
          <p className="fr-mb-0 bitd-muted">{o.issuer.name}</p>
        </div>
        {(o.canManage || user) && (
          <div className="bitd-actions">
            {user && <WatchOpportunityButton opportunityId={o.id} />}
            {o.canManage && <OpportunityActions opportunity={o} />}
          </div>
        )}
      </div>

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <div className="fr-col-12 fr-col-lg-8">
          <DescriptionSection opportunity={o} />
          <RequirementsSection opportunity={o} />
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          <OpportunityMeta opportunity={o} />
        </div>
      </div>

      {/* Matches and consortia are for the issuer's buyers and the region only. */}
      {o.canManage && <MatchesSection opportunityId={o.id} />}
      {o.canManage && o.kind === 'dual_research' && <ConsortiaSection opportunityId={o.id} />}
    </>
  );
}
