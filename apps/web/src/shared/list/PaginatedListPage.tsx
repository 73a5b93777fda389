import type { Page } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../QueryStatus';
import { usePageTitle } from '../usePageTitle';
import { ListPagination } from './ListPagination';
import { PAGE_SIZE, type ListControls, type ListFilters } from './useListParams';

interface LinkAction {
  to: string;
  label: string;
}

/**
 * A list page whose state lives in the query string: title and main action, filters, then one
 * page of the list (`children`) with its count, an "empty" notice, and the links to other pages.
 * Its texts are the keys under `i18nPrefix`: title, titlePage, lead, count, caption, emptyTitle,
 * emptyFiltered, emptyAll, pageOutOfRange, firstPage, reset.
 */
export function PaginatedListPage<S extends string, F extends ListFilters<F>, T>({
  i18nPrefix: k,
  controls,
  list,
  action,
  emptyAction,
  filters,
  children,
}: {
  i18nPrefix: string;
  controls: ListControls<S, F>;
  list: UseQueryResult<Page<T>>;
  /** The button next to the title (none when the reader's role cannot use it). */
  action?: LinkAction;
  /** The last button of the "empty" notice. */
  emptyAction?: LinkAction;
  filters: ReactNode;
  /** One page of items; `caption` names it (and which page it is). */
  children: (items: T[], caption: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { params, reset, hrefForPage, hasFilters } = controls;
  usePageTitle(params.page > 1 ? t(`${k}.titlePage`, { page: params.page }) : t(`${k}.title`));

  const data = list.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || PAGE_SIZE))) : 1;

  return (
    <>
      <div className="bitd-page-head">
        <h1>{t(`${k}.title`)}</h1>
        {action && (
          <Button linkProps={{ to: action.to }} iconId="fr-icon-add-line">
            {action.label}
          </Button>
        )}
      </div>
      <p className="fr-text--lead">{t(`${k}.lead`)}</p>

      {filters}

      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}

      {data && (
        <div aria-busy={list.isFetching} className={list.isPlaceholderData ? 'bitd-stale' : undefined}>
          <p className="fr-mb-2w" role="status" aria-live="polite">
            {t(`${k}.count`, { count: data.total })}
          </p>

          {data.items.length === 0 ? (
            <Alert
              severity="info"
              title={data.total > 0 ? t(`${k}.pageOutOfRange`) : t(`${k}.emptyTitle`)}
              description={
                <>
                  <span className="bitd-block">
                    {hasFilters ? t(`${k}.emptyFiltered`) : t(`${k}.emptyAll`)}
                  </span>
                  <span className="bitd-actions fr-mt-2w">
                    {data.total > 0 && (
                      <Button size="small" linkProps={{ to: hrefForPage(1) }}>
                        {t(`${k}.firstPage`)}
                      </Button>
                    )}
                    {hasFilters && (
                      <Button size="small" priority="secondary" onClick={reset}>
                        {t(`${k}.reset`)}
                      </Button>
                    )}
                    {emptyAction && (
                      <Button size="small" priority="secondary" linkProps={{ to: emptyAction.to }}>
                        {emptyAction.label}
                      </Button>
                    )}
                  </span>
                </>
              }
            />
          ) : (
            <>
              {children(data.items, t(`${k}.caption`, { page: params.page, pages: pageCount }))}
              <ListPagination page={params.page} pageCount={pageCount} hrefForPage={hrefForPage} />
            </>
          )}
        </div>
      )}
    </>
  );
}
