import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_SORTS } from '../../../api/client';
import { FilterBar, SelectFilter } from '../../../shared/list/FilterBar';
import type { OpportunityListControls } from './useOpportunityListParams';

export function OpportunityFilters({ controls }: { controls: OpportunityListControls }) {
  const { t } = useTranslation();
  const { params, update, reset, hasFilters } = controls;
  return (
    <FilterBar
      label={t('opportunities.filtersLabel')}
      hasFilters={hasFilters}
      onReset={reset}
      resetLabel={t('opportunities.reset')}
      resetClassName="fr-col-12 fr-col-md-2"
    >
      <SelectFilter
        className="fr-col-12 fr-col-sm-6 fr-col-md-4"
        label={t('opportunities.kind')}
        name="kind"
        value={params.kind}
        onChange={(kind) => update({ kind })}
        allLabel={t('opportunities.allKinds')}
        options={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: t(`opportunityKind.${k}`) }))}
      />
      <SelectFilter
        className="fr-col-12 fr-col-sm-6 fr-col-md-3"
        label={t('opportunities.status')}
        name="status"
        value={params.status}
        onChange={(status) => update({ status })}
        allLabel={t('opportunities.allStatuses')}
        options={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`opportunityStatus.${s}`) }))}
      />
      <SelectFilter
        className="fr-col-12 fr-col-sm-6 fr-col-md-3"
        label={t('opportunities.sort')}
        name="sort"
        value={params.sort}
        onChange={(sort) => update({ sort })}
        options={OPPORTUNITY_SORTS.map((s) => ({ value: s, label: t(`opportunities.sorts.${s}`) }))}
      />
    </FilterBar>
  );
}
