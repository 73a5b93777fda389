import type { OpportunityView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { opportunityFieldLabel } from '../editor/paths';
import { useCloseOpportunity, usePublishOpportunity } from '../opportunities.queries';
import { editOpportunityUrl } from '../paths';

/** Edit, and the life-cycle step that applies: publish a draft, close a published one, reopen a closed one. */
export function OpportunityActions({ opportunity: o }: { opportunity: OpportunityView }) {
  const { t } = useTranslation();
  const publish = usePublishOpportunity(o.id);
  const close = useCloseOpportunity(o.id);
  const busy = publish.isPending || close.isPending;

  return (
    <div className="bitd-page-actions">
      <div className="bitd-actions">
        <Button iconId="fr-icon-edit-line" linkProps={{ to: editOpportunityUrl(o.id) }}>
          {t('opportunity.edit')}
        </Button>
        {o.status !== 'published' && (
          <Button
            priority="secondary"
            iconId="fr-icon-send-plane-line"
            disabled={busy}
            nativeButtonProps={{ 'data-testid': 'publish-opportunity', 'aria-busy': publish.isPending }}
            onClick={() => {
              close.reset();
              publish.mutate();
            }}
          >
            {o.status === 'draft' ? t('opportunity.publish') : t('opportunity.reopen')}
          </Button>
        )}
        {o.status === 'published' && (
          <Button
            priority="secondary"
            iconId="fr-icon-close-circle-line"
            disabled={busy}
            nativeButtonProps={{ 'data-testid': 'close-opportunity', 'aria-busy': close.isPending }}
            onClick={() => {
              if (window.confirm(t('opportunity.closeConfirm', { title: o.title }))) {
                publish.reset();
                close.mutate();
              }
            }}
          >
            {t('opportunity.close')}
          </Button>
        )}
      </div>
      {publish.isError && <TransitionError error={publish.error} opportunityId={o.id} />}
      {close.isError && <ErrorAlert error={close.error} />}
    </div>
  );
}

/** Why publishing was refused (e.g. a passed deadline), each field named, with a way to fix it. */
function TransitionError({ error, opportunityId }: { error: unknown; opportunityId: string }) {
  const { t } = useTranslation();
  const errors = error instanceof ApiError ? (error.body.errors ?? []) : [];
  if (errors.length === 0) return <ErrorAlert error={error} title={t('opportunity.publishFailed')} />;
  return (
    <Alert
      className="fr-mt-2w fr-mb-2w"
      severity="error"
      role="alert"
      title={t('opportunity.publishFailed')}
      description={
        <>
          <ul className="fr-mb-1w" data-testid="publish-errors">
            {errors.map((e, i) => (
              <li key={`${e.field}-${i}`}>
                <strong>{opportunityFieldLabel(t, e.field)}</strong> : {e.message}
              </li>
            ))}
          </ul>
          <Link className="fr-link" to={editOpportunityUrl(opportunityId)}>
            {t('opportunity.fixInEditor')}
          </Link>
        </>
      }
    />
  );
}
