import { useTranslation } from 'react-i18next';
import { PaginatedListPage } from '../../../shared/list/PaginatedListPage';
import { PAGE_SIZE } from '../../../shared/list/useListParams';
import { isStaff, readsClearance, useUser } from '../../account/session';
import { useSupplierList } from '../suppliers.queries';
import { DirectoryFilters } from './DirectoryFilters';
import { SupplierTable } from './SupplierTable';
import { useDirectoryParams } from './useDirectoryParams';

export function SupplierDirectoryPage() {
  const { t } = useTranslation();
  const controls = useDirectoryParams();
  const { params } = controls;
  const user = useUser();
  const staff = isStaff(user);
  const list = useSupplierList({
    page: params.page,
    pageSize: PAGE_SIZE,
    sort: params.sort,
    q: params.q || undefined,
    department: params.department || undefined,
  });

  return (
    <PaginatedListPage
      i18nPrefix="directory"
      controls={controls}
      list={list}
      action={staff ? { to: '/fournisseurs/nouveau', label: t('nav.newSupplier') } : undefined}
      emptyAction={staff ? { to: '/import', label: t('nav.import') } : undefined}
      filters={<DirectoryFilters controls={controls} />}
    >
      {(items, caption) => (
        <SupplierTable items={items} caption={caption} showClearance={readsClearance(user)} />
      )}
    </PaginatedListPage>
  );
}
