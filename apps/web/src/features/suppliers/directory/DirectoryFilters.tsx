import { BRITTANY_DEPARTMENTS } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useTranslation } from 'react-i18next';
import { SUPPLIER_SORTS } from '../../../api/client';
import { FilterBar, SelectFilter } from '../../../shared/list/FilterBar';
import type { DirectoryControls } from './useDirectoryParams';

const DEPARTMENT_OPTIONS = Object.entries(BRITTANY_DEPARTMENTS).map(([code, name]) => ({
  value: code,
  label: `${code} — ${name}`,
}));

export function DirectoryFilters({ controls }: { controls: DirectoryControls }) {
  const { t } = useTranslation();
  const { params, update, reset, hasFilters } = controls;
  return (
    <FilterBar
      label={t('directory.filtersLabel')}
      onSubmit={(form) => {
        const q = new FormData(form).get('q');
        update({ q: typeof q === 'string' ? q.trim() : '' });
      }}
      hasFilters={hasFilters}
      onReset={reset}
      resetLabel={t('directory.reset')}
      resetClassName="fr-col-12 fr-col-md-1"
    >
      <div className="fr-col-12 fr-col-md-5">
        <Input
          // remounted when the URL changes (back button, reset) so it shows the URL's text
          key={params.q}
          className="fr-mb-0"
          label={t('directory.search')}
          hintText={t('directory.searchHint')}
          nativeInputProps={{ type: 'search', name: 'q', defaultValue: params.q }}
          addon={
            <Button type="submit" iconId="fr-icon-search-line" title={t('directory.searchButton')}>
              {t('directory.searchButton')}
            </Button>
          }
        />
      </div>
      <SelectFilter
        className="fr-col-12 fr-col-sm-6 fr-col-md-3"
        label={t('directory.department')}
        name="department"
        value={params.department}
        onChange={(department) => update({ department })}
        allLabel={t('directory.allDepartments')}
        options={DEPARTMENT_OPTIONS}
      />
      <SelectFilter
        className="fr-col-12 fr-col-sm-6 fr-col-md-3"
        label={t('directory.sort')}
        name="sort"
        value={params.sort}
        onChange={(sort) => update({ sort })}
        options={SUPPLIER_SORTS.map((s) => ({ value: s, label: t(`directory.sorts.${s}`) }))}
      />
    </FilterBar>
  );
}
