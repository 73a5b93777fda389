import { SUPPLIER_SEARCH_SORTS } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { formatNumber } from '../../shared/format';
import { ListPagination } from '../../shared/list/ListPagination';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { readsClearance, useUser } from '../account/session';
import { SaveSearchForm } from '../saved-searches/SaveSearchForm';
import { SavedSearchesList } from '../saved-searches/SavedSearchesList';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { useShortlistTargets } from '../shortlists/shortlists.queries';
import { ActiveFilters } from './ActiveFilters';
import { SearchBox } from './SearchBox';
import { SearchFilters, type FilterActions } from './SearchFilters';
import { SearchHitCard } from './SearchHitCard';
import { NearestConcepts, NotExactNotice, SearchReading } from './SearchReading';
import {
  DEFAULT_SORT,
  MAX_PAGE,
  MAX_REACHABLE_HITS,
  hasCentre,
  hasFilters,
  isSearchSort,
  withCentre,
  withPage,
  withToggled,
  withValue,
  withoutFilters,
} from './search-params';
import { useSupplierSearch } from './search.queries';
import { useSearchState } from './useSearchState';

const RESULTS_ID = 'search-results';

function SearchError({
  error,
  onRetry,
  onClearFilters,
  onClearAll,
}: {
  error: unknown;
  onRetry: () => void;
  onClearFilters: () => void;
  onClearAll: () => void;
}) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 400) {
    const errors = error.body.errors ?? [];
    return (
      <Alert
        className="fr-mb-3w"
        severity="error"
        role="alert"
        title={t('search.invalidTitle')}
        description={
          <>
            <span className="bitd-block">{t('search.invalidText')}</span>
            {errors.length > 0 ? (
              <ul className="fr-mt-1w" data-testid="search-errors">
                {errors.map((e, i) => (
                  <li key={`${e.field}-${i}`}>
                    {t('search.fieldError', {
                      field: t(`search.params.${e.field.replace(/\[\d+\]/g, '')}`, { defaultValue: e.field }),
                      message: e.message,
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="bitd-block fr-mt-1w">{error.message}</span>
            )}
            <span className="bitd-actions fr-mt-2w">
              <Button size="small" onClick={onClearFilters}>
                {t('search.clearFilters')}
              </Button>
              <Button size="small" priority="secondary" onClick={onClearAll}>
                {t('search.clearAll')}
              </Button>
            </span>
          </>
        }
      />
    );
  }
  if (error instanceof ApiError && error.code === 'SEARCH_UNAVAILABLE') {
    return (
      <ErrorAlert
        title={t('search.unavailableTitle')}
        error={new Error(t('search.unavailable'))}
        onRetry={onRetry}
      />
    );
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}

export function SearchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { search, state, apiQuery, change, hrefFor, clearanceAllowed } = useSearchState();
  const result = useSupplierSearch(apiQuery);
  const user = useUser();
  // Buyers and staff (those who read clearance) keep shortlists.
  const targets = useShortlistTargets(readsClearance(user)).data ?? [];
  /** Labels of the CPV codes picked in this visit (an address only holds the codes). */
  const [cpvLabels, setCpvLabels] = useState<Record<string, string>>({});
  usePageTitle(state.q ? t('search.titleWithQuery', { q: state.q }) : t('search.title'));

  const actions: FilterActions = {
    toggle: (param, value, on) => change((s) => withToggled(s, param, value, on)),
    setValue: (param, value) => change((s) => withValue(s, param, value)),
    setCentre: (centre) => change((s) => withCentre(s, centre)),
    pickCpv: (pick) => {
      const code = pick.code.trim().slice(0, 8);
      if (!/^\d{8}$/.test(code)) return;
      setCpvLabels((labels) => ({ ...labels, [code]: pick.label }));
      change((s) => withToggled(s, 'cpv', code, true));
    },
  };
  const clearFilters = () => change(withoutFilters);
  const clearAll = () => change(() => new URLSearchParams());
  const filtered = hasFilters(search);
  const centre = hasCentre(state);

  const data = result.data;
  const hrefForQuery = (q: string) => hrefFor((s) => withValue(s, 'q', q));
  const pageCount = data
    ? Math.max(
        1,
        Math.min(MAX_PAGE, Math.ceil(Math.min(data.total, MAX_REACHABLE_HITS) / (data.pageSize || 1))),
      )
    : 1;

  return (
    <>
      <h1>{t('search.title')}</h1>
      <p className="fr-text--lead">{t('search.lead')}</p>

      <div className="fr-mb-4w">
        <SearchBox
          value={state.q}
          resultsId={RESULTS_ID}
          onCommit={(q, replace) => change((s) => withValue(s, 'q', q), { replace, sync: false })}
        />
        {data && !result.isError && state.q !== '' && <SearchReading reading={data.reading} text={state.q} />}
      </div>

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-col-lg-3">
          <section aria-labelledby="search-filters-title">
            {user && (
              <>
                <SaveSearchForm
                  query={apiQuery}
                  suggestedName={state.q || t('lists.savedSearch.defaultName')}
                />
                <SavedSearchesList headingLevel="h3" limit={3} />
              </>
            )}
            <SearchFilters
              state={state}
              facets={result.isError ? undefined : data?.facets}
              actions={actions}
              showClearance={clearanceAllowed}
            />
          </section>
        </div>

        <section
          className="fr-col-12 fr-col-md-8 fr-col-lg-9"
          id={RESULTS_ID}
          aria-labelledby="search-results-title"
          aria-busy={result.isFetching}
        >
          <h2 id="search-results-title" className="fr-sr-only">
            {t('search.results')}
          </h2>
          <div className="bitd-results-head">
            <p className="fr-mb-0 bitd-strong" role="status" aria-live="polite">
              {data && !result.isError ? (
                <span data-testid="search-total" data-total={data.total} data-capped={data.totalCapped}>
                  {data.totalCapped
                    ? t('search.totalCapped', { count: data.total })
                    : t('search.total', { count: data.total })}
                </span>
              ) : null}
              <span className="bitd-updating" aria-hidden="true">
                {result.isFetching && data ? (
                  <>
                    <span className="fr-icon-refresh-line fr-icon--sm bitd-spin" aria-hidden="true" />{' '}
                    {t('search.updating')}
                  </>
                ) : null}
              </span>
            </p>
            <Select
              className="fr-mb-0 bitd-sort"
              label={t('search.sort')}
              nativeSelectProps={{
                value: isSearchSort(state.sort) ? state.sort : DEFAULT_SORT,
                ...testId('search-sort'),
                onChange: (e) =>
                  actions.setValue(
                    'sort',
                    e.currentTarget.value === DEFAULT_SORT ? null : e.currentTarget.value,
                  ),
              }}
            >
              {SUPPLIER_SEARCH_SORTS.map((s) => (
                <option key={s} value={s} disabled={s === 'distance' && !centre}>
                  {s === 'distance' && !centre
                    ? t('search.sorts.distanceNeedsCentre')
                    : t(`search.sorts.${s}`)}
                </option>
              ))}
            </Select>
          </div>
          {data?.totalCapped && !result.isError && (
            <p className="fr-text--sm bitd-muted fr-mb-1w">
              {t('search.cappedNote', { count: formatNumber(MAX_REACHABLE_HITS, lang) })}
            </p>
          )}

          <ActiveFilters state={state} actions={actions} cpvLabels={cpvLabels} onClear={clearFilters} />

          {result.isPending && <Loading label={t('search.loading')} />}
          {result.isError && (
            <SearchError
              error={result.error}
              onRetry={() => void result.refetch()}
              onClearFilters={clearFilters}
              onClearAll={clearAll}
            />
          )}

          {data &&
            !result.isError &&
            (data.hits.length === 0 ? (
              <>
                <Alert
                  className="fr-mt-2w"
                  severity="info"
                  title={data.total > 0 ? t('search.pageOutOfRange') : t('search.emptyTitle')}
                  description={
                    <span data-testid="search-empty">
                      <span className="bitd-block">
                        {data.total > 0
                          ? t('search.pageOutOfRangeText')
                          : filtered || state.q
                            ? t('search.emptyText')
                            : t('search.emptyIndex')}
                      </span>
                      <span className="bitd-actions fr-mt-2w">
                        {data.total > 0 && (
                          <Button size="small" linkProps={{ to: hrefFor((s) => withPage(s, 1)) }}>
                            {t('search.firstPage')}
                          </Button>
                        )}
                        {filtered && (
                          <Button size="small" onClick={clearFilters}>
                            {t('search.clearFilters')}
                          </Button>
                        )}
                        {state.q !== '' && (
                          <Button size="small" priority="secondary" onClick={clearAll}>
                            {t('search.clearAll')}
                          </Button>
                        )}
                      </span>
                    </span>
                  }
                />
                {data.total === 0 && <NearestConcepts reading={data.reading} hrefForQuery={hrefForQuery} />}
              </>
            ) : (
              <>
                <NotExactNotice reading={data.reading} hrefForQuery={hrefForQuery} />
                <ul className="bitd-hit-list" aria-label={t('search.results')}>
                  {data.hits.map((hit) => (
                    <SearchHitCard
                      key={hit.id}
                      hit={hit}
                      action={
                        targets.length > 0 && (
                          <AddToShortlist supplierId={hit.id} name={hit.name} targets={targets} />
                        )
                      }
                    />
                  ))}
                </ul>
                <ListPagination
                  page={state.page}
                  pageCount={pageCount}
                  hrefForPage={(page) => hrefFor((s) => withPage(s, page))}
                />
              </>
            ))}
        </section>
      </div>
    </>
  );
}
