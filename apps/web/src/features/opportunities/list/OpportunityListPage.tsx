import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../shared/QueryStatus';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useOpportunityList } from '../opportunities.queries';
import { NEW_OPPORTUNITY_URL } from '../paths';
import { OpportunityCard } from './OpportunityCard';
import { OpportunityFilters } from './OpportunityFilters';
import { PAGE_SIZE, useOpportunityListParams } from './useOpportunityListParams';

export function OpportunityListPage() {
  const { t } = useTranslation();
  const { params, update, reset, hrefForPage, hasFilters } = useOpportunityListParams();
  const list = useOpportunityList({
    page: params.page,
    pageSize: PAGE_SIZE,
    sort: params.sort,
    kind: params.kind || undefined,
    status: params.status || undefined,
  });
  usePageTitle(
    params.page > 1 ? t('opportunities.titlePage', { page: params.page }) : t('opportunities.title'),
  );

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1;

  return (
    <>
      <div className="bitd-page-head">
        <h1>{t('opportunities.title')}</h1>
        <Button linkProps={{ to: NEW_OPPORTUNITY_URL }} iconId="fr-icon-add-line">
          {t('opportunities.publish')}
        </Button>
      </div>
      <p className="fr-text--lead">{t('opportunities.lead')}</p>

      <OpportunityFilters params={params} onChange={update} onReset={reset} hasFilters={hasFilters} />

      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}

      {data && (
        <div aria-busy={list.isFetching} className={list.isPlaceholderData ? 'bitd-stale' : undefined}>
          <p className="fr-mb-2w" role="status" aria-live="polite">
            {t('opportunities.count', { count: data.total })}
          </p>

          {data.items.length === 0 ? (
            <Alert
              severity="info"
              title={data.total > 0 ? t('opportunities.pageOutOfRange') : t('opportunities.emptyTitle')}
              description={
                <>
                  <span className="bitd-block">
                    {hasFilters ? t('opportunities.emptyFiltered') : t('opportunities.emptyAll')}
                  </span>
                  <span className="bitd-actions fr-mt-2w">
                    {data.total > 0 && (
                      <Button size="small" linkProps={{ to: hrefForPage(1) }}>
                        {t('opportunities.firstPage')}
                      </Button>
                    )}
                    {hasFilters && (
                      <Button size="small" priority="secondary" onClick={reset}>
                        {t('opportunities.reset')}
                      </Button>
                    )}
                    <Button size="small" priority="secondary" linkProps={{ to: NEW_OPPORTUNITY_URL }}>
                      {t('opportunities.publish')}
                    </Button>
                  </span>
                </>
              }
            />
          ) : (
            <>
              <ul
                className="bitd-opportunity-grid fr-grid-row fr-grid-row--gutters"
                aria-label={t('opportunities.caption', { page: params.page, pages: pageCount })}
              >
                {data.items.map((o) => (
                  <li key={o.id} className="fr-col-12 fr-col-md-6">
                    <OpportunityCard opportunity={o} />
                  </li>
                ))}
              </ul>
              {pageCount > 1 && (
                <Pagination
                  className="fr-mt-3w"
                  count={pageCount}
                  defaultPage={Math.min(params.page, pageCount)}
                  showFirstLast
                  getPageLinkProps={(page) => ({ to: hrefForPage(page) })}
                />
              )}
            </>
          )}
        </div>
      )}
    </>
  );
}
