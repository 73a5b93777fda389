import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conflict } from './save-outcome';

export function ConflictAlert({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  return (
    <Alert
      className="fr-mb-3w"
      severity="warning"
      title={conflict.field === 'siret' ? t('editor.conflictTitle') : t('editor.conflictExternalIdTitle')}
      description={
        <>
          <span className="bitd-block">
            {conflict.deleted ? t('editor.conflictDeleted') : t('editor.conflictText')}
          </span>
          {conflict.existingId !== null && !conflict.deleted && (
            <Link
              className="fr-link"
              to={`/fournisseurs/${encodeURIComponent(conflict.existingId)}`}
              data-testid="conflict-link"
            >
              {t('editor.conflictLink')}
            </Link>
          )}
        </>
      }
    />
  );
}

/** Someone saved the profile while this form was open (PATCH with If-Match answered 409). */
export function StaleAlert({ onReload }: { onReload?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      className="fr-mb-3w"
      severity="warning"
      role="alert"
      title={t('editor.staleTitle')}
      description={
        <>
          <span className="bitd-block">{t('editor.staleText')}</span>
          {onReload && (
            <Button
              className="fr-mt-2w"
              type="button"
              size="small"
              iconId="fr-icon-refresh-line"
              onClick={onReload}
              nativeButtonProps={{ 'data-testid': 'reload-supplier' }}
            >
              {t('editor.staleReload')}
            </Button>
          )}
        </>
      }
    />
  );
}
