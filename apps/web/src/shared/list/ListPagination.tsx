import { Pagination } from '@codegouvfr/react-dsfr/Pagination';

/** Links to the pages of a list, when there is more than one. */
export function ListPagination({
  page,
  pageCount,
  hrefForPage,
}: {
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <Pagination
      className="fr-mt-3w"
      count={pageCount}
      defaultPage={Math.min(page, pageCount)}
      showFirstLast
      getPageLinkProps={(p) => ({ to: hrefForPage(p) })}
    />
  );
}
