import type { MeView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { auth } from '../../api/client';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert } from '../../shared/QueryStatus';
import { Facts, Section } from '../../shared/Section';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { useFlash } from '../../layout/FlashNotice';
import { apiFieldErrors } from './form-errors';
import { roleLabel } from './labels';
import { SESSION_KEY, useUser } from './session';
import { ResendButton } from './VerifyEmailPage';

/** `/compte`: who I am, my e-mail, my data, my sessions, and leaving. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const user = useUser();
  if (!user) return null;
  return (
    <>
      <h1>{t('account.title')}</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-8">
          <DetailsSection user={user} />
          <DataSection />
          <DeleteSection user={user} />
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          <SessionsPanel user={user} />
        </div>
      </div>
    </>
  );
}

function DetailsSection({ user }: { user: MeView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const m = user.membership;
  return (
    <Section id="account-details" title={t('account.details')}>
      {user.pendingClaim && (
        <Alert
          className="fr-mb-3w"
          severity="info"
          small
          description={t('claimBanner.text', {
            name: user.pendingClaim.organisationName,
            date: formatDateTime(user.pendingClaim.createdAt, lang),
          })}
        />
      )}
      <Facts
        items={[
          { term: t('auth.displayName'), value: user.displayName },
          {
            term: t('auth.email'),
            testId: 'account-email',
            value: (
              <>
                <span className="bitd-block">
                  {user.email}{' '}
                  {user.emailVerified ? (
                    <Badge severity="success" small noIcon={false}>
                      {t('account.verified')}
                    </Badge>
                  ) : (
                    <Badge severity="warning" small>
                      {t('account.notVerified')}
                    </Badge>
                  )}
                </span>
                {!user.emailVerified && (
                  <>
                    <span className="bitd-block fr-text--sm fr-mt-1w fr-mb-1w">{t('account.verifyWhy')}</span>
                    <ResendButton />
                  </>
                )}
              </>
            ),
          },
          { term: t('account.role'), value: roleLabel(t, user), testId: 'account-role' },
          m
            ? {
                term: t('account.organisation'),
                value: (
                  <>
                    <span className="bitd-block">
                      {m.supplierId ? (
                        <Link className="fr-link" to={`/fournisseurs/${encodeURIComponent(m.supplierId)}`}>
                          {m.organisationName}
                        </Link>
                      ) : (
                        m.organisationName
                      )}
                    </span>
                    <span className="bitd-block fr-text--sm bitd-muted fr-mb-0">
                      {t(`account.memberRole.${m.role}`)} ·{' '}
                      <Link className="fr-link fr-link--sm" to="/organisation">
                        {t('account.menu.organisation')}
                      </Link>
                    </span>
                  </>
                ),
              }
            : { term: t('account.organisation'), value: t('account.noOrganisation') },
          { term: t('account.signInMethod'), value: t(`account.method.${user.signInMethod}`) },
        ]}
      />
    </Section>
  );
}

function DataSection() {
  const { t } = useTranslation();
  return (
    <Section id="account-data" title={t('account.data')}>
      <p>{t('account.dataText')}</p>
      <div className="fr-download">
        <p>
          <a
            href={auth.exportUrl()}
            download="mes-donnees-bitd-bretagne.json"
            className="fr-download__link"
            {...testId('account-export')}
          >
            {t('account.export')}
            <span className="fr-download__detail">{t('account.exportDetail')}</span>
          </a>
        </p>
      </div>
    </Section>
  );
}

function SessionsPanel({ user }: { user: MeView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const everywhere = useMutation({
    mutationFn: auth.signOutEverywhere,
    onSuccess: () => {
      flash('signedOutEverywhere');
      void navigate('/connexion');
    },
  });
  return (
    <aside className="bitd-panel fr-mb-4w" aria-labelledby="account-security-title">
      <h2 id="account-security-title" className="fr-h6">
        {t('account.security')}
      </h2>
      <p className="fr-text--sm">{t('account.everywhereText')}</p>
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-logout-box-r-line"
        disabled={everywhere.isPending}
        onClick={() => {
          if (window.confirm(t('account.everywhereConfirm'))) everywhere.mutate();
        }}
        nativeButtonProps={testId('sign-out-everywhere')}
      >
        {t('account.everywhere')}
      </Button>
      {everywhere.isError && <ErrorAlert error={everywhere.error} />}
      {user.signInMethod === 'password' && (
        <p className="fr-text--sm fr-mt-3w fr-mb-0">
          <Link className="fr-link fr-link--sm" to="/mot-de-passe-oublie">
            {t('account.changePassword')}
          </Link>
        </p>
      )}
    </aside>
  );
}

function DeleteSection({ user }: { user: MeView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const flash = useFlash();
  const input = useRef<HTMLInputElement>(null);
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: auth.deleteAccount,
    onError: (e) => {
      const message = apiFieldErrors(t, e)['confirmEmail'];
      if (message) {
        setError(message);
        input.current?.focus();
      }
    },
    onSuccess: async () => {
      // Home first: this page is for signed-in users, and the session is about to say nobody is.
      flash('accountDeleted');
      await navigate('/');
      await client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const soleAdmin = user.membership?.role === 'admin';

  return (
    <Section id="account-delete" title={t('account.deleteTitle')}>
      <p>{t('account.deleteText')}</p>
      {soleAdmin && <p className="fr-text--sm">{t('account.deleteAdminNote')}</p>}
      <form
        noValidate
        className="bitd-danger-zone"
        onSubmit={(e) => {
          e.preventDefault();
          if (confirm.trim().toLowerCase() !== user.email.toLowerCase()) {
            setError(t('account.deleteMismatch'));
            input.current?.focus();
            return;
          }
          setError(null);
          remove.mutate(confirm.trim());
        }}
        {...testId('delete-account-form')}
      >
        <Input
          label={t('account.deleteConfirmLabel', { email: user.email })}
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error}
          nativeInputProps={{
            ref: input,
            name: 'confirmEmail',
            type: 'email',
            autoComplete: 'off',
            value: confirm,
            onChange: (e) => setConfirm(e.currentTarget.value),
          }}
        />
        {remove.isError && !error && <ErrorAlert error={remove.error} title={t('account.deleteFailed')} />}
        <Button
          type="submit"
          priority="secondary"
          iconId="fr-icon-delete-line"
          className="bitd-danger-button"
          disabled={remove.isPending}
          nativeButtonProps={testId('delete-account')}
        >
          {t('account.deleteSubmit')}
        </Button>
      </form>
    </Section>
  );
}
