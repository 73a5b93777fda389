import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { auth } from '../../api/client';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { AuthBlock, AuthPanel } from './AuthPanel';
import { MIN_PASSWORD_LENGTH } from './constants';
import type { InvitationLookupView } from '@bitd/domain';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import {
  apiFieldErrors,
  checkPassword,
  checkRequired,
  focusFirstError,
  problems,
  withoutKey,
  type FieldErrors,
} from './form-errors';
import { BadLink } from './PasswordPages';
import { signInUrl, useSession } from './session';

/** `/invitation?token=…`: joining an organisation, with a new account or the one signed in. */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lookup = useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => auth.lookupInvitation(token, signal),
    enabled: token !== '',
    meta: { quiet401: true },
  });

  return (
    <AuthPanel>
      <h1>{t('invitation.title')}</h1>
      {!token && <BadLink text={t('invitation.noToken')} />}
      {lookup.isPending && token && <Loading />}
      {lookup.isError && <ErrorAlert error={lookup.error} title={t('invitation.invalid')} />}
      {lookup.data &&
        (lookup.data.status === 'pending' ? (
          <Accept token={token} invitation={lookup.data} />
        ) : (
          <div {...testId(`invitation-${lookup.data.status}`)}>
            <Alert
              severity={lookup.data.status === 'accepted' ? 'info' : 'warning'}
              title={t(`invitation.${lookup.data.status}Title`)}
              description={t(`invitation.${lookup.data.status}Text`, { name: lookup.data.organisationName })}
            />
            {lookup.data.status === 'accepted' && (
              <Button className="fr-mt-3w" linkProps={{ to: signInUrl('/organisation') }}>
                {t('signIn.submit')}
              </Button>
            )}
          </div>
        ))}
    </AuthPanel>
  );
}

function Accept({ token, invitation }: { token: string; invitation: InvitationLookupView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { user } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const accept = useMutation({
    mutationFn: auth.acceptInvitation,
    onSuccess: () => void navigate('/organisation'),
    onError: (e) => setErrors(apiFieldErrors(t, e)),
  });
  const here = `/invitation?token=${encodeURIComponent(token)}`;
  const sameUser = user !== null && user.email.toLowerCase() === invitation.email.toLowerCase();
  const vars = {
    name: invitation.organisationName,
    email: invitation.email,
    role: t(`account.memberRole.${invitation.role}`).toLowerCase(),
    date: formatDate(invitation.expiresAt, lang),
  };

  return (
    <>
      <p className="fr-text--lead" {...testId('invitation-text')}>
        {t('invitation.text', vars)}
      </p>
      <p className="fr-text--sm bitd-muted">{t('invitation.expires', vars)}</p>
      {accept.isError && Object.keys(errors).length === 0 && <ErrorAlert error={accept.error} />}
      {sameUser ? (
        <Button
          onClick={() => accept.mutate({ token })}
          disabled={accept.isPending}
          nativeButtonProps={testId('accept-invitation')}
        >
          {t('invitation.join', vars)}
        </Button>
      ) : user ? (
        <Alert
          severity="warning"
          title={t('invitation.otherUserTitle')}
          description={t('invitation.otherUserText', { email: invitation.email, current: user.email })}
        />
      ) : invitation.accountExists ? (
        // The address has an account: sign in with it, come back here, and join.
        <AuthBlock>
          <p>{t('invitation.signInFirst', vars)}</p>
          <Button linkProps={{ to: signInUrl(here), ...testId('invitation-sign-in') }}>
            {t('signIn.submit')}
          </Button>
        </AuthBlock>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = problems({
              displayName: checkRequired(t, displayName),
              password: checkPassword(t, password),
            });
            setErrors(found);
            if (Object.keys(found).length > 0) return focusFirstError(formRef.current, found);
            accept.mutate({ token, displayName: displayName.trim(), password });
          }}
          {...testId('invitation-form')}
        >
          <AuthBlock>
            <h2 className="fr-h5">{t('invitation.newAccount')}</h2>
            <Input
              label={t('auth.email')}
              disabled
              nativeInputProps={{ value: invitation.email, readOnly: true }}
            />
            <Input
              label={t('auth.displayName')}
              hintText={t('auth.displayNameHint')}
              state={errors['displayName'] ? 'error' : 'default'}
              stateRelatedMessage={errors['displayName']}
              nativeInputProps={{
                name: 'displayName',
                autoComplete: 'name',
                value: displayName,
                onChange: (e) => {
                  setDisplayName(e.currentTarget.value);
                  setErrors((prev) => withoutKey(prev, 'displayName'));
                },
              }}
            />
            <PasswordInput
              label={t('auth.newPassword')}
              messagesHint={t('auth.passwordMustContain')}
              messages={[
                {
                  severity: errors['password']
                    ? 'error'
                    : password.length >= MIN_PASSWORD_LENGTH
                      ? 'valid'
                      : 'info',
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
            <Button
              type="submit"
              className="fr-mt-3w"
              disabled={accept.isPending}
              nativeButtonProps={testId('invitation-submit')}
            >
              {t('invitation.createAndJoin', vars)}
            </Button>
          </AuthBlock>
        </form>
      )}
    </>
  );
}
