import { useTranslation } from 'react-i18next';
import { PaginatedListPage } from '../../../shared/list/PaginatedListPage';
import { PAGE_SIZE } from '../../../shared/list/useListParams';
import { useCan } from '../../account/session';
import { useOpportunityList } from '../opportunities.queries';
import { NEW_OPPORTUNITY_URL } from '../paths';
import { OpportunityCard } from './OpportunityCard';
import { OpportunityFilters } from './OpportunityFilters';
import { useOpportunityListParams } from './useOpportunityListParams';

export function OpportunityListPage() {
  const { t } = useTranslation();
  const controls = useOpportunityListParams();
  const { params } = controls;
  const list = useOpportunityList({
    page: params.page,
    pageSize: PAGE_SIZE,
    sort: params.sort,
    kind: params.kind || undefined,
    status: params.status || undefined,
  });
  const can = useCan();
  const publish = can('manageOpportunities')
    ? { to: NEW_OPPORTUNITY_URL, label: t('opportunities.publish') }
    : undefined;

  return (
    <PaginatedListPage
      i18nPrefix="opportunities"
      controls={controls}
      list={list}
      action={publish}
      emptyAction={publish}
      filters={<OpportunityFilters controls={controls} />}
    >
      {(items, caption) => (
        <ul className="bitd-opportunity-grid fr-grid-row fr-grid-row--gutters" aria-label={caption}>
          {items.map((o) => (
            <li key={o.id} className="fr-col-12 fr-col-md-6">
              <OpportunityCard opportunity={o} />
            </li>
          ))}
        </ul>
      )}
    </PaginatedListPage>
  );
}
