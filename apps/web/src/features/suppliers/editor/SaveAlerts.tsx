import { Alert } from '@codegouvfr/react-dsfr/Alert';
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
