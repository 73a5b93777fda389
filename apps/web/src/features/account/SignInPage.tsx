import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, auth } from '../../api/client';
import { ErrorAlert, Loading, useErrorMessage } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { AuthBlock, AuthPanel } from './AuthPanel';
import {
  apiFieldErrors,
  checkEmail,
  checkRequired,
  focusFirstError,
  problems,
  withoutKey,
  type FieldErrors,
} from './form-errors';
import { OidcButton } from './OidcButton';
import { safeReturnPath, useSession } from './session';

/** Codes the OpenID Connect callback sends back in `?erreur=`; any other gets the generic text. */
const OIDC_ERRORS = [
  'oidc_state',
  'oidc_denied',
  'oidc_failed',
  'oidc_unavailable',
  'oidc_email',
  'oidc_disabled',
] as const;

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('retour'));
  const oidcError = params.get('erreur');
  const { query, session, user } = useSession();

  if (query.isPending) return <Loading />;
  // Already signed in (a bookmarked sign-in page, or back from the provider): straight on.
  if (user && returnTo) return <Navigate replace to={returnTo} />;

  return (
    <AuthPanel>
      <h1>{t('signIn.title')}</h1>
      {oidcError && (
        <div {...testId('oidc-error')}>
          <Alert
            className="fr-mb-4w"
            severity="error"
            role="alert"
            title={t('signIn.oidcErrorTitle')}
            description={
              (OIDC_ERRORS as readonly string[]).includes(oidcError)
                ? t(`signIn.oidcErrors.${oidcError}`)
                : t('signIn.oidcErrors.other', { code: oidcError })
            }
          />
        </div>
      )}
      {returnTo && !oidcError && (
        <Alert className="fr-mb-4w" severity="info" small description={t('signIn.needed')} />
      )}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {user ? (
        <SignedInAlready name={user.displayName} />
      ) : (
        <>
          {session?.oidc.enabled && (
            <AuthBlock>
              <h2 className="fr-h5">{t('signIn.oidcTitle', { label: session.oidc.label })}</h2>
              <p className="fr-text--sm">{t('signIn.oidcHint')}</p>
              <OidcButton label={session.oidc.label} returnTo={returnTo ?? '/'} />
            </AuthBlock>
          )}
          {session?.oidc.enabled && (
            <p className="bitd-separator fr-mb-4w" aria-hidden="true">
              {t('signIn.or')}
            </p>
          )}
          <AuthBlock>
            <PasswordSignInForm returnTo={returnTo} />
          </AuthBlock>
          <hr />
          <h2 className="fr-h5">{t('signIn.noAccountTitle')}</h2>
          <p className="fr-text--sm">{t('signIn.noAccountText')}</p>
          <Button priority="secondary" linkProps={{ to: '/inscription', ...testId('sign-up-link') }}>
            {t('signIn.signUp')}
          </Button>
        </>
      )}
    </AuthPanel>
  );
}

function SignedInAlready({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="success"
      title={t('signIn.alreadyTitle', { name })}
      description={
        <span className="bitd-actions fr-mt-1w">
          <Link className="fr-link" to="/compte">
            {t('account.menu.account')}
          </Link>
          <Link className="fr-link" to="/">
            {t('notFound.home')}
          </Link>
        </span>
      }
    />
  );
}

function PasswordSignInForm({ returnTo }: { returnTo: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const messageOf = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const signIn = useMutation({
    mutationFn: auth.signIn,
    onSuccess: () => void navigate(returnTo ?? '/', { replace: true }),
    onError: (e) => setErrors(apiFieldErrors(t, e)),
  });
  const code = signIn.error instanceof ApiError ? signIn.error.code : null;

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby="password-sign-in-title"
      onSubmit={(e) => {
        e.preventDefault();
        const found = problems({ email: checkEmail(t, email), password: checkRequired(t, password) });
        setErrors(found);
        if (Object.keys(found).length > 0) return focusFirstError(formRef.current, found);
        signIn.mutate({ email: email.trim(), password });
      }}
      {...testId('sign-in-form')}
    >
      <h2 className="fr-h5" id="password-sign-in-title">
        {t('signIn.passwordTitle')}
      </h2>
      {signIn.isError && Object.keys(errors).length === 0 && (
        <div {...testId(`sign-in-error-${code ?? 'other'}`)}>
          <Alert
            className="fr-mb-3w"
            severity={code === 'ACCOUNT_LOCKED' || code === 'TOO_MANY_ATTEMPTS' ? 'warning' : 'error'}
            role="alert"
            title={
              code === 'ACCOUNT_LOCKED'
                ? t('signIn.lockedTitle')
                : code === 'TOO_MANY_ATTEMPTS'
                  ? t('signIn.throttledTitle')
                  : code === 'INVALID_CREDENTIALS'
                    ? t('signIn.invalidTitle')
                    : t('common.errorTitle')
            }
            description={
              <>
                <span className="bitd-block">{messageOf(signIn.error)}</span>
                {(code === 'ACCOUNT_LOCKED' || code === 'INVALID_CREDENTIALS') && (
                  <Link className="fr-link fr-mt-1w" to="/mot-de-passe-oublie">
                    {t('signIn.forgot')}
                  </Link>
                )}
              </>
            }
          />
        </div>
      )}
      <Input
        label={t('auth.email')}
        hintText={t('auth.emailHint')}
        state={errors['email'] ? 'error' : 'default'}
        stateRelatedMessage={errors['email']}
        nativeInputProps={{
          name: 'email',
          type: 'email',
          autoComplete: 'username',
          required: true,
          value: email,
          onChange: (e) => {
            setEmail(e.currentTarget.value);
            setErrors((prev) => withoutKey(prev, 'email'));
          },
        }}
      />
      <PasswordInput
        label={t('auth.password')}
        messagesHint=""
        messages={errors['password'] ? [{ severity: 'error', message: errors['password'] }] : []}
        nativeInputProps={{
          name: 'password',
          autoComplete: 'current-password',
          required: true,
          value: password,
          onChange: (e) => {
            setPassword(e.currentTarget.value);
            setErrors((prev) => withoutKey(prev, 'password'));
          },
        }}
      />
      <p className="fr-mt-1w">
        <Link className="fr-link fr-text--sm" to="/mot-de-passe-oublie">
          {t('signIn.forgot')}
        </Link>
      </p>
      <Button type="submit" disabled={signIn.isPending} nativeButtonProps={testId('sign-in-submit')}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
