import {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  type OpportunityKind,
  type OpportunityStatus,
} from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTranslation } from 'react-i18next';
import { OPPORTUNITY_SORTS, type OpportunitySort } from '../../../api/client';
import type { OpportunityListState } from './useOpportunityListParams';

interface Props {
  params: OpportunityListState;
  onChange: (patch: Partial<Omit<OpportunityListState, 'page'>>) => void;
  onReset: () => void;
  hasFilters: boolean;
}

export function OpportunityFilters({ params, onChange, onReset, hasFilters }: Props) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      aria-label={t('opportunities.filtersLabel')}
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-4">
        <Select
          className="fr-mb-0"
          label={t('opportunities.kind')}
          nativeSelectProps={{
            name: 'kind',
            value: params.kind,
            onChange: (e) => onChange({ kind: e.target.value as OpportunityKind | '' }),
          }}
        >
          <option value="">{t('opportunities.allKinds')}</option>
          {OPPORTUNITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`opportunityKind.${k}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
        <Select
          className="fr-mb-0"
          label={t('opportunities.status')}
          nativeSelectProps={{
            name: 'status',
            value: params.status,
            onChange: (e) => onChange({ status: e.target.value as OpportunityStatus | '' }),
          }}
        >
          <option value="">{t('opportunities.allStatuses')}</option>
          {OPPORTUNITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`opportunityStatus.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
        <Select
          className="fr-mb-0"
          label={t('opportunities.sort')}
          nativeSelectProps={{
            name: 'sort',
            value: params.sort,
            onChange: (e) => onChange({ sort: e.target.value as OpportunitySort }),
          }}
        >
          {OPPORTUNITY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`opportunities.sorts.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      {hasFilters && (
        <div className="fr-col-12 fr-col-md-2">
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-close-line"
            onClick={onReset}
          >
            {t('opportunities.reset')}
          </Button>
        </div>
      )}
    </form>
  );
}
