import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../shared/QueryStatus';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useSupplierList } from '../suppliers.queries';
import { DirectoryFilters } from './DirectoryFilters';
import { SupplierTable } from './SupplierTable';
import { PAGE_SIZE, useDirectoryParams } from './useDirectoryParams';

export function SupplierDirectoryPage() {
  const { t } = useTranslation();
  const { params, update, reset, hrefForPage, hasFilters } = useDirectoryParams();
  const list = useSupplierList({
    page: params.page,
    pageSize: PAGE_SIZE,
    sort: params.sort,
    q: params.q || undefined,
    department: params.department || undefined,
  });
  usePageTitle(params.page > 1 ? t('directory.titlePage', { page: params.page }) : t('directory.title'));

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1;

  return (
    <>
      <div className="bitd-page-head">
        <h1>{t('directory.title')}</h1>
        <Button linkProps={{ to: '/fournisseurs/nouveau' }} iconId="fr-icon-add-line">
          {t('nav.newSupplier')}
        </Button>
      </div>
      <p className="fr-text--lead">{t('directory.lead')}</p>

      <DirectoryFilters params={params} onChange={update} onReset={reset} hasFilters={hasFilters} />

      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}

      {data && (
        <div aria-busy={list.isFetching} className={list.isPlaceholderData ? 'bitd-stale' : undefined}>
          <p className="fr-mb-2w" role="status" aria-live="polite">
            {t('directory.count', { count: data.total })}
          </p>

          {data.items.length === 0 ? (
            <Alert
              severity="info"
              title={data.total > 0 ? t('directory.pageOutOfRange') : t('directory.emptyTitle')}
              description={
                <>
                  <span className="bitd-block">
                    {hasFilters ? t('directory.emptyFiltered') : t('directory.emptyAll')}
                  </span>
                  <span className="bitd-actions fr-mt-2w">
                    {data.total > 0 && (
                      <Button size="small" linkProps={{ to: hrefForPage(1) }}>
                        {t('directory.firstPage')}
                      </Button>
                    )}
                    {hasFilters && (
                      <Button size="small" priority="secondary" onClick={reset}>
                        {t('directory.reset')}
                      </Button>
                    )}
                    <Button size="small" priority="secondary" linkProps={{ to: '/import' }}>
                      {t('nav.import')}
                    </Button>
                  </span>
                </>
              }
            />
          ) : (
            <>
              <SupplierTable
                items={data.items}
                caption={t('directory.caption', { page: params.page, pages: pageCount })}
              />
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
