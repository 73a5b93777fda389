import {
  BRITTANY_DEPARTMENTS,
  CAPABILITY_DOMAINS,
  CERTIFICATION_LABELS,
  CERTIFICATION_SCHEMES,
  CLEARANCE_LEVELS,
  DEFENCE_SITES,
  SIZE_BANDS,
  type CertificationScheme,
  type ClearanceLevel,
} from '@bitd/domain';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n';
import { formatNumber } from '../../shared/format';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { CpvPicker, type CpvPick } from '../reference/CpvPicker';
import {
  FACET_OF,
  RADIUS_CHOICES_KM,
  TRL_LEVELS,
  type Centre,
  type FacetParam,
  type MultiParam,
  type ScalarParam,
  type SearchState,
} from './search-params';
import { TOWNS, townAt, townById } from './towns';

export type Facets = Record<string, Record<string, number>>;

export interface FilterActions {
  toggle: (param: MultiParam, value: string, on: boolean) => void;
  setValue: (param: ScalarParam, value: string | null) => void;
  setCentre: (centre: Centre | null) => void;
  pickCpv: (pick: CpvPick) => void;
}

interface Option {
  value: string;
  label: ReactNode;
}

/** Department codes: the four Breton ones first, then any other the answer counts or the address holds. */
function departmentOptions(counts: Record<string, number> | undefined, selected: string[]): Option[] {
  const breton = Object.keys(BRITTANY_DEPARTMENTS);
  const others = [...new Set([...Object.keys(counts ?? {}), ...selected])]
    .filter((c) => !breton.includes(c))
    .sort();
  return [...breton, ...others].map((code) => ({
    value: code,
    label: BRITTANY_DEPARTMENTS[code] ? `${code} ${BRITTANY_DEPARTMENTS[code]}` : code,
  }));
}

/** The values of a facet, labelled in the UI language; values only the address knows are kept. */
export function facetOptions(
  param: FacetParam,
  t: TFunction,
  lang: Lang,
  counts: Record<string, number> | undefined,
  selected: string[],
): Option[] {
  let known: Option[];
  switch (param) {
    case 'department':
      return departmentOptions(counts, selected);
    case 'domain':
      known = CAPABILITY_DOMAINS.map((d) => ({ value: d.id, label: lang === 'en' ? d.en : d.fr }));
      break;
    case 'certification':
      known = CERTIFICATION_SCHEMES.map((s) => ({ value: s, label: CERTIFICATION_LABELS[s] }));
      break;
    case 'clearance':
      known = CLEARANCE_LEVELS.map((l) => ({ value: l, label: t(`clearance.${l}`) }));
      break;
    case 'sizeBand':
      known = SIZE_BANDS.map((b) => ({ value: b, label: t(`sizeBand.${b}`) }));
      break;
  }
  const values = new Set(known.map((o) => o.value));
  return [...known, ...selected.filter((v) => !values.has(v)).map((v) => ({ value: v, label: v }))];
}

/** The label of a filter value, for the list of active filters. */
export function filterValueLabel(param: MultiParam, value: string, t: TFunction, lang: Lang): string {
  switch (param) {
    case 'department':
      return BRITTANY_DEPARTMENTS[value] ? `${value} ${BRITTANY_DEPARTMENTS[value]}` : value;
    case 'domain': {
      const d = CAPABILITY_DOMAINS.find((x) => x.id === value);
      return d ? (lang === 'en' ? d.en : d.fr) : value;
    }
    case 'certification':
      return CERTIFICATION_LABELS[value as CertificationScheme] ?? value;
    case 'clearance':
      return (CLEARANCE_LEVELS as readonly string[]).includes(value)
        ? t(`clearance.${value as ClearanceLevel}`)
        : value;
    case 'sizeBand':
      return (SIZE_BANDS as readonly string[]).includes(value) ? t(`sizeBand.${value}`) : value;
    default:
      return value;
  }
}

function FacetGroup({
  param,
  legend,
  hint,
  state,
  facets,
  actions,
}: {
  param: FacetParam;
  legend: string;
  hint?: string;
  state: SearchState;
  facets: Facets | undefined;
  actions: FilterActions;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const selected = state.multi[param];
  const counts = facets?.[FACET_OF[param]];
  const options = facetOptions(param, t, lang, counts, selected);
  return (
    <Checkbox
      small
      className="bitd-facet"
      legend={legend}
      hintText={hint}
      options={options.map((o) => {
        const count = facets ? (counts?.[o.value] ?? 0) : null;
        const checked = selected.includes(o.value);
        return {
          label: (
            <span className={count === 0 && !checked ? 'bitd-facet__label bitd-muted' : 'bitd-facet__label'}>
              {o.label}
              {count !== null && (
                <>
                  <span className="bitd-facet__count" aria-hidden="true">
                    {formatNumber(count, lang)}
                  </span>
                  <span className="fr-sr-only">{t('search.facetCount', { count })}</span>
                </>
              )}
            </span>
          ),
          nativeInputProps: {
            name: param,
            value: o.value,
            checked,
            onChange: (e) => actions.toggle(param, o.value, e.currentTarget.checked),
            'data-testid': `facet-${param}-${o.value}`,
          },
        };
      })}
    />
  );
}

const TOWN_PREFIX = 'town:';
const POINT = 'point';

function centreValue(state: SearchState): string {
  if (state.site) return state.site;
  if (state.lat && state.lon) {
    const town = townAt(Number(state.lat), Number(state.lon));
    return town ? `${TOWN_PREFIX}${town.id}` : POINT;
  }
  return '';
}

function RadiusFilter({ state, actions }: { state: SearchState; actions: FilterActions }) {
  const { t } = useTranslation();
  const lang = useLang();
  const centre = centreValue(state);
  const knownSite = !state.site || DEFENCE_SITES.some((s) => s.id === state.site);
  const radiusChoices: string[] = RADIUS_CHOICES_KM.map(String);
  const customRadius = state.radiusKm !== '' && !radiusChoices.includes(state.radiusKm);

  return (
    <fieldset className="fr-fieldset bitd-facet" aria-labelledby="search-radius-legend">
      <legend className="fr-fieldset__legend fr-text--regular" id="search-radius-legend">
        {t('search.radius.legend')}
        <span className="fr-hint-text">{t('search.radius.hint')}</span>
      </legend>
      <div className="fr-fieldset__element">
        <Select
          label={t('search.radius.centre')}
          nativeSelectProps={{
            value: centre,
            ...testId('radius-site'),
            onChange: (e) => {
              const v = e.currentTarget.value;
              if (v === '') actions.setCentre(null);
              else if (v.startsWith(TOWN_PREFIX)) {
                const town = townById(v.slice(TOWN_PREFIX.length));
                if (town) actions.setCentre({ lat: town.lat, lon: town.lon });
              } else if (v !== POINT) actions.setCentre({ site: v });
            },
          }}
        >
          <option value="">{t('search.radius.noCentre')}</option>
          <optgroup label={t('search.radius.sites')}>
            {DEFENCE_SITES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
            {!knownSite && <option value={state.site}>{state.site}</option>}
          </optgroup>
          <optgroup label={t('search.radius.towns')}>
            {TOWNS.map((town) => (
              <option key={town.id} value={`${TOWN_PREFIX}${town.id}`}>
                {town.name} ({town.department})
              </option>
            ))}
          </optgroup>
          {centre === POINT && (
            <option value={POINT}>
              {t('search.radius.point', {
                lat: formatNumber(Number(state.lat), lang),
                lon: formatNumber(Number(state.lon), lang),
              })}
            </option>
          )}
        </Select>
      </div>
      <div className="fr-fieldset__element">
        <Select
          label={t('search.radius.distance')}
          disabled={centre === ''}
          hint={centre === '' ? t('search.radius.distanceHint') : undefined}
          nativeSelectProps={{
            value: state.radiusKm,
            ...testId('radius-km'),
            onChange: (e) => actions.setValue('radiusKm', e.currentTarget.value || null),
          }}
        >
          <option value="">{t('search.radius.anyDistance')}</option>
          {radiusChoices.map((km) => (
            <option key={km} value={km}>
              {t('search.radius.km', { km })}
            </option>
          ))}
          {customRadius && (
            <option value={state.radiusKm}>{t('search.radius.km', { km: state.radiusKm })}</option>
          )}
        </Select>
      </div>
    </fieldset>
  );
}

function TrlFilter({ state, actions }: { state: SearchState; actions: FilterActions }) {
  const { t } = useTranslation();
  const options = TRL_LEVELS.map((n) => (
    <option key={n} value={String(n)}>
      {n} — {t(`trl.${n}`)}
    </option>
  ));
  return (
    <fieldset className="fr-fieldset bitd-facet" aria-labelledby="search-trl-legend">
      <legend className="fr-fieldset__legend fr-text--regular" id="search-trl-legend">
        {t('search.trl.legend')}
        <span className="fr-hint-text">{t('search.trl.hint')}</span>
      </legend>
      <div className="fr-fieldset__element">
        <Select
          label={t('search.trl.min')}
          nativeSelectProps={{
            value: state.trlMin,
            ...testId('trl-min'),
            onChange: (e) => actions.setValue('trlMin', e.currentTarget.value || null),
          }}
        >
          <option value="">{t('search.any')}</option>
          {options}
        </Select>
      </div>
      <div className="fr-fieldset__element">
        <Select
          label={t('search.trl.max')}
          nativeSelectProps={{
            value: state.trlMax,
            ...testId('trl-max'),
            onChange: (e) => actions.setValue('trlMax', e.currentTarget.value || null),
          }}
        >
          <option value="">{t('search.any')}</option>
          {options}
        </Select>
      </div>
    </fieldset>
  );
}

function ClearanceMinFilter({ state, actions }: { state: SearchState; actions: FilterActions }) {
  const { t } = useTranslation();
  return (
    <Select
      className="bitd-facet"
      label={t('search.clearanceMin')}
      hint={t('search.clearanceMinHint')}
      nativeSelectProps={{
        value: state.clearanceMin,
        ...testId('clearance-min'),
        onChange: (e) => actions.setValue('clearanceMin', e.currentTarget.value || null),
      }}
    >
      <option value="">{t('search.any')}</option>
      {CLEARANCE_LEVELS.filter((l) => l !== 'NONE').map((l) => (
        <option key={l} value={l}>
          {t(`clearance.${l}`)}
        </option>
      ))}
    </Select>
  );
}

export function SearchFilters({
  state,
  facets,
  actions,
  showClearance,
}: {
  state: SearchState;
  facets: Facets | undefined;
  actions: FilterActions;
  /** Buyers and staff only: the API refuses clearance filters to other readers. */
  showClearance: boolean;
}) {
  const { t } = useTranslation();
  const common = { state, facets, actions };
  return (
    <div className="bitd-facets">
      <h2 className="fr-h5" id="search-filters-title">
        {t('search.filters')}
      </h2>
      <RadiusFilter state={state} actions={actions} />
      <FacetGroup param="department" legend={t('search.facets.department')} {...common} />
      <FacetGroup param="domain" legend={t('search.facets.domain')} {...common} />
      <div className="bitd-facet">
        <CpvPicker label={t('search.cpv.label')} onPick={actions.pickCpv} />
        <p className="fr-hint-text">{t('search.cpv.hint')}</p>
      </div>
      <FacetGroup
        param="certification"
        legend={t('search.facets.certification')}
        hint={t('search.facets.certificationHint')}
        {...common}
      />
      {showClearance && (
        <>
          <FacetGroup param="clearance" legend={t('search.facets.clearance')} {...common} />
          <ClearanceMinFilter state={state} actions={actions} />
        </>
      )}
      <FacetGroup param="sizeBand" legend={t('search.facets.sizeBand')} {...common} />
      <TrlFilter state={state} actions={actions} />
    </div>
  );
}
