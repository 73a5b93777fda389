import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { useDeleteSupplier } from '../suppliers.queries';

export function DeleteSupplierButton({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteSupplier(id);
  return (
    <>
      <Button
        priority="tertiary"
        iconId="fr-icon-delete-line"
        disabled={remove.isPending}
        nativeButtonProps={{ 'data-testid': 'delete-supplier' }}
        onClick={() => {
          if (window.confirm(t('profile.deleteConfirm', { name }))) {
            remove.mutate(undefined, { onSuccess: () => void navigate('/fournisseurs', { replace: true }) });
          }
        }}
      >
        {t('profile.delete')}
      </Button>
      {remove.isError && <ErrorAlert error={remove.error} />}
    </>
  );
}
