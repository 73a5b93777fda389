import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auth } from '../../api/client';
import { ErrorAlert } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { AuthBlock, AuthPanel } from './AuthPanel';
import { MIN_PASSWORD_LENGTH } from './constants';
import {
  apiFieldErrors,
  checkEmail,
  checkPassword,
  focusFirstError,
  type FieldErrors,
  withoutKey,
} from './form-errors';

/** `/mot-de-passe-oublie`: the same answer whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const request = useMutation({ mutationFn: auth.requestPasswordReset });

  return (
    <AuthPanel>
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <div {...testId('forgot-sent')}>
          <Alert
            className="fr-mb-3w"
            severity="success"
            title={t('forgot.sentTitle')}
            description={t('forgot.sentText', { email: request.variables })}
          />
          <Link className="fr-link" to="/connexion">
            {t('forgot.back')}
          </Link>
        </div>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const problem = checkEmail(t, email);
              setError(problem);
              if (problem) return input.current?.focus();
              request.mutate(email.trim());
            }}
          >
            <AuthBlock>
              <Input
                label={t('auth.email')}
                hintText={t('auth.emailHint')}
                state={error ? 'error' : 'default'}
                stateRelatedMessage={error}
                nativeInputProps={{
                  ref: input,
                  name: 'email',
                  type: 'email',
                  autoComplete: 'email',
                  value: email,
                  onChange: (e) => setEmail(e.currentTarget.value),
                }}
              />
              {request.isError && <ErrorAlert error={request.error} />}
              <Button type="submit" disabled={request.isPending}>
                {t('forgot.submit')}
              </Button>
            </AuthBlock>
          </form>
          <Link className="fr-link" to="/connexion">
            {t('forgot.back')}
          </Link>
        </>
      )}
    </AuthPanel>
  );
}

/** `/reinitialiser-mot-de-passe?token=…`, from the e-mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const reset = useMutation({
    mutationFn: (p: string) => auth.resetPassword(token, p),
    onError: (e) => setErrors(apiFieldErrors(t, e)),
  });
  const ok = password.length >= MIN_PASSWORD_LENGTH;

  return (
    <AuthPanel>
      <h1>{t('reset.title')}</h1>
      {!token ? (
        <BadLink text={t('reset.noToken')} />
      ) : reset.isSuccess ? (
        <div {...testId('reset-done')}>
          <Alert
            className="fr-mb-3w"
            severity="success"
            title={t('reset.doneTitle')}
            description={t('reset.doneText', { email: reset.data.email })}
          />
          <Button linkProps={{ to: '/connexion' }}>{t('signIn.submit')}</Button>
        </div>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found: FieldErrors = {};
            const p = checkPassword(t, password);
            if (p) found['password'] = p;
            else if (confirm !== password) found['confirm'] = t('reset.mismatch');
            setErrors(found);
            if (Object.keys(found).length > 0) return focusFirstError(formRef.current, found);
            reset.mutate(password);
          }}
        >
          <AuthBlock>
            <PasswordInput
              label={t('auth.newPassword')}
              messagesHint={t('auth.passwordMustContain')}
              messages={[
                {
                  severity: errors['password'] ? 'error' : ok ? 'valid' : 'info',
                  message: errors['password'] ?? t('auth.passwordRule', { min: MIN_PASSWORD_LENGTH }),
                },
              ]}
              nativeInputProps={{
                name: 'password',
                autoComplete: 'new-password',
                value: password,
                onChange: (e) => {
                  setPassword(e.currentTarget.value);
                  setErrors((prev) => withoutKey(prev, 'password'));
                },
              }}
            />
            <PasswordInput
              label={t('reset.confirm')}
              messagesHint=""
              messages={errors['confirm'] ? [{ severity: 'error', message: errors['confirm'] }] : []}
              nativeInputProps={{
                name: 'confirm',
                autoComplete: 'new-password',
                value: confirm,
                onChange: (e) => {
                  setConfirm(e.currentTarget.value);
                  setErrors((prev) => withoutKey(prev, 'confirm'));
                },
              }}
            />
            {reset.isError && !errors['password'] && (
              <ErrorAlert error={reset.error} title={t('reset.failed')} />
            )}
            <Button type="submit" className="fr-mt-3w" disabled={reset.isPending}>
              {t('reset.submit')}
            </Button>
          </AuthBlock>
        </form>
      )}
    </AuthPanel>
  );
}

/** A link from an e-mail without its token (cut by the mail reader, typed by hand). */
export function BadLink({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      title={t('auth.badLinkTitle')}
      description={
        <>
          <span className="bitd-block">{text}</span>
          <Link className="fr-link" to="/mot-de-passe-oublie">
            {t('forgot.title')}
          </Link>
        </>
      }
    />
  );
}
