import { CLEARANCE_LEVELS, DEFENCE_SITES, type ClearanceLevel } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { filterValueLabel, type FilterActions } from './SearchFilters';
import { MULTI_PARAMS, type SearchState } from './search-params';
import { townAt } from './towns';

interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/**
 * Every filter in force, each removable on its own, and one button to remove them all (the
 * text stays). Lists filters the panel has no control for too (`commune`, a hand-made address).
 */
export function ActiveFilters({
  state,
  actions,
  cpvLabels,
  onClear,
}: {
  state: SearchState;
  actions: FilterActions;
  cpvLabels: Record<string, string>;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const chips: Chip[] = [];

  for (const param of MULTI_PARAMS) {
    for (const value of state.multi[param]) {
      const valueLabel =
        param === 'cpv' && cpvLabels[value]
          ? `${value} ${cpvLabels[value]}`
          : filterValueLabel(param, value, t, lang);
      chips.push({
        key: `${param}=${value}`,
        label: t('search.chip', { name: t(`search.params.${param}`), value: valueLabel }),
        remove: () => actions.toggle(param, value, false),
      });
    }
  }
  if (state.clearanceMin) {
    const level = state.clearanceMin;
    chips.push({
      key: 'clearanceMin',
      label: t('search.chip', {
        name: t('search.params.clearanceMin'),
        value: (CLEARANCE_LEVELS as readonly string[]).includes(level)
          ? t(`clearance.${level as ClearanceLevel}`)
          : level,
      }),
      remove: () => actions.setValue('clearanceMin', null),
    });
  }
  for (const param of ['trlMin', 'trlMax'] as const) {
    if (state[param]) {
      chips.push({
        key: param,
        label: t('search.chip', { name: t(`search.params.${param}`), value: state[param] }),
        remove: () => actions.setValue(param, null),
      });
    }
  }
  if (state.site || state.lat || state.lon) {
    const site = DEFENCE_SITES.find((s) => s.id === state.site);
    const town = state.lat && state.lon ? townAt(Number(state.lat), Number(state.lon)) : undefined;
    const where =
      site?.label ??
      town?.name ??
      (state.site ||
        t('search.radius.point', {
          lat: formatNumber(Number(state.lat), lang),
          lon: formatNumber(Number(state.lon), lang),
        }));
    chips.push({
      key: 'centre',
      label: state.radiusKm
        ? t('search.radius.chip', { km: state.radiusKm, where })
        : t('search.radius.chipNoRadius', { where }),
      remove: () => actions.setCentre(null),
    });
  } else if (state.radiusKm) {
    chips.push({
      key: 'radiusKm',
      label: t('search.radius.km', { km: state.radiusKm }),
      remove: () => actions.setValue('radiusKm', null),
    });
  }

  if (chips.length === 0) return null;
  return (
    <div className="bitd-active-filters fr-mb-2w">
      <p className="fr-sr-only" id="search-active-filters">
        {t('search.activeFilters')}
      </p>
      <ul className="bitd-actions" aria-labelledby="search-active-filters">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Button
              type="button"
              size="small"
              priority="tertiary"
              iconId="fr-icon-close-line"
              iconPosition="right"
              onClick={chip.remove}
              nativeButtonProps={{ 'aria-label': t('search.removeFilter', { label: chip.label }) }}
            >
              {chip.label}
            </Button>
          </li>
        ))}
        <li>
          <Button
            type="button"
            size="small"
            priority="tertiary no outline"
            iconId="fr-icon-delete-line"
            onClick={onClear}
            nativeButtonProps={{ 'data-testid': 'clear-filters' }}
          >
            {t('search.clearFilters')}
          </Button>
        </li>
      </ul>
    </div>
  );
}
