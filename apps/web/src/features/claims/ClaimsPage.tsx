import type { ClaimView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auth, type ClaimStatus } from '../../api/client';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';

const STATUSES: readonly ClaimStatus[] = ['pending', 'approved', 'rejected'];
const claimKeys = {
  all: ['claims'] as const,
  list: (status: ClaimStatus) => ['claims', status] as const,
};

function isStatus(value: string | null): value is ClaimStatus {
  return value !== null && (STATUSES as readonly string[]).includes(value);
}

/** `/agent/rattachements`: the region agents' queue of claims on imported profiles. */
export function ClaimsPage() {
  const { t } = useTranslation();
  usePageTitle(t('claims.title'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('statut');
  const status: ClaimStatus = isStatus(raw) ? raw : 'pending';
  const [decided, setDecided] = useState<ClaimView | null>(null);

  return (
    <>
      <h1>{t('claims.title')}</h1>
      <p className="fr-text--lead">{t('claims.lead')}</p>
      {decided && (
        <div className="fr-mb-3w" role="status" {...testId('claim-decided')}>
          <Alert
            severity={decided.status === 'approved' ? 'success' : 'info'}
            small
            closable
            onClose={() => setDecided(null)}
            description={t(`claims.decided.${decided.status === 'approved' ? 'approved' : 'rejected'}`, {
              name: decided.organisationName,
              claimant: decided.claimant?.displayName ?? t('claims.deletedClaimant'),
            })}
          />
        </div>
      )}
      <Tabs
        label={t('claims.tabs')}
        selectedTabId={status}
        onTabChange={(id) => {
          setDecided(null);
          setParams(id === 'pending' ? {} : { statut: id }, { replace: true });
        }}
        tabs={STATUSES.map((s) => ({ tabId: s, label: t(`claims.status.${s}`) }))}
      >
        <ClaimList status={status} onDecided={setDecided} />
      </Tabs>
    </>
  );
}

function ClaimList({ status, onDecided }: { status: ClaimStatus; onDecided: (claim: ClaimView) => void }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: claimKeys.list(status),
    queryFn: ({ signal }) => auth.claims(status, signal),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <p className="bitd-muted fr-mb-0" {...testId('claims-empty')}>
        {t(`claims.empty.${status}`)}
      </p>
    );
  }
  return (
    <>
      <p className="fr-text--sm" role="status">
        {t('claims.count', { count: query.data.length })}
      </p>
      <ul className="bitd-card-list" {...testId('claims')}>
        {query.data.map((c) => (
          <ClaimItem key={c.id} claim={c} onDecided={onDecided} />
        ))}
      </ul>
    </>
  );
}

function ClaimItem({ claim: c, onDecided }: { claim: ClaimView; onDecided: (claim: ClaimView) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const decide = useMutation({
    mutationFn: (body: Parameters<typeof auth.decideClaim>[1]) => auth.decideClaim(c.id, body),
    onSuccess: (decided) => {
      onDecided(decided);
      void client.invalidateQueries({ queryKey: claimKeys.all });
      void client.invalidateQueries({ queryKey: ['suppliers'] });
    },
  });
  const titleId = `claim-${c.id}-title`;

  return (
    <li aria-labelledby={titleId} {...testId('claim')}>
      <h2 id={titleId} className="fr-h6 fr-mb-1w">
        <Link className="bitd-hit__link" to={`/fournisseurs/${encodeURIComponent(c.organisationId)}`}>
          {c.organisationName}
        </Link>
      </h2>
      <dl className="bitd-facts">
        <div className="bitd-facts__row">
          <dt>{t('fields.siret')}</dt>
          <dd>{c.siret}</dd>
        </div>
        <div className="bitd-facts__row">
          <dt>{t('claims.claimant')}</dt>
          <dd>
            {c.claimant ? (
              <>
                {c.claimant.displayName}
                <span className="bitd-block fr-text--sm fr-mb-0 bitd-break">
                  <a className="fr-link fr-link--sm" href={`mailto:${c.claimant.email}`}>
                    {c.claimant.email}
                  </a>
                </span>
              </>
            ) : (
              <span className="bitd-muted">{t('claims.deletedClaimant')}</span>
            )}
          </dd>
        </div>
        <div className="bitd-facts__row">
          <dt>{t('claims.filedAt')}</dt>
          <dd>{formatDateTime(c.createdAt, lang)}</dd>
        </div>
        {c.decidedAt && (
          <div className="bitd-facts__row">
            <dt>{t('claims.decidedAt')}</dt>
            <dd>{formatDateTime(c.decidedAt, lang)}</dd>
          </div>
        )}
        {c.reason && (
          <div className="bitd-facts__row">
            <dt>{t('claims.reason')}</dt>
            <dd className="bitd-plain-text">{c.reason}</dd>
          </div>
        )}
      </dl>
      {c.status === 'pending' && (
        <div className="fr-mt-2w">
          <p className="fr-text--sm bitd-muted">{t('claims.checkHint')}</p>
          {!rejecting ? (
            <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
              <li>
                <Button
                  iconId="fr-icon-check-line"
                  disabled={decide.isPending || !c.claimant}
                  onClick={() => decide.mutate({ decision: 'approve' })}
                  title={t('claims.approveOf', { name: c.organisationName })}
                  nativeButtonProps={testId('approve-claim')}
                >
                  {t('claims.approve')}
                </Button>
              </li>
              <li>
                <Button
                  priority="secondary"
                  iconId="fr-icon-close-line"
                  disabled={decide.isPending}
                  onClick={() => {
                    setRejecting(true);
                    window.setTimeout(() => reasonRef.current?.focus(), 0);
                  }}
                  title={t('claims.rejectOf', { name: c.organisationName })}
                  nativeButtonProps={testId('reject-claim')}
                >
                  {t('claims.reject')}
                </Button>
              </li>
            </ul>
          ) : (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (reason.trim().length < 3) {
                  setReasonError(t('claims.reasonRequired'));
                  reasonRef.current?.focus();
                  return;
                }
                setReasonError(null);
                decide.mutate({ decision: 'reject', reason: reason.trim() });
              }}
            >
              <Input
                textArea
                label={t('claims.reasonLabel')}
                hintText={t('claims.reasonHint')}
                state={reasonError ? 'error' : 'default'}
                stateRelatedMessage={reasonError}
                nativeTextAreaProps={{
                  ref: reasonRef,
                  name: 'reason',
                  rows: 3,
                  maxLength: 1000,
                  value: reason,
                  onChange: (e) => setReason(e.currentTarget.value),
                }}
              />
              <ul className="fr-btns-group fr-btns-group--inline-sm">
                <li>
                  <Button
                    type="submit"
                    disabled={decide.isPending}
                    nativeButtonProps={testId('confirm-reject')}
                  >
                    {t('claims.confirmReject')}
                  </Button>
                </li>
                <li>
                  <Button type="button" priority="secondary" onClick={() => setRejecting(false)}>
                    {t('claims.cancel')}
                  </Button>
                </li>
              </ul>
            </form>
          )}
          {decide.isError && <ErrorAlert error={decide.error} />}
        </div>
      )}
    </li>
  );
}
