import { BRITTANY_DEPARTMENTS } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTranslation } from 'react-i18next';
import { SUPPLIER_SORTS, type SupplierSort } from '../../../api/client';
import type { DirectoryParams } from './useDirectoryParams';

interface Props {
  params: DirectoryParams;
  onChange: (patch: Partial<Omit<DirectoryParams, 'page'>>) => void;
  onReset: () => void;
  hasFilters: boolean;
}

export function DirectoryFilters({ params, onChange, onReset, hasFilters }: Props) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      aria-label={t('directory.filtersLabel')}
      className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get('q');
        onChange({ q: typeof q === 'string' ? q.trim() : '' });
      }}
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
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
        <Select
          className="fr-mb-0"
          label={t('directory.department')}
          nativeSelectProps={{
            name: 'department',
            value: params.department,
            onChange: (e) => onChange({ department: e.target.value }),
          }}
        >
          <option value="">{t('directory.allDepartments')}</option>
          {Object.entries(BRITTANY_DEPARTMENTS).map(([code, name]) => (
            <option key={code} value={code}>
              {code} — {name}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
        <Select
          className="fr-mb-0"
          label={t('directory.sort')}
          nativeSelectProps={{
            name: 'sort',
            value: params.sort,
            onChange: (e) => onChange({ sort: e.target.value as SupplierSort }),
          }}
        >
          {SUPPLIER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`directory.sorts.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      {hasFilters && (
        <div className="fr-col-12 fr-col-md-1">
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-close-line"
            onClick={onReset}
          >
            {t('directory.reset')}
          </Button>
        </div>
      )}
    </form>
  );
}
