import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { auth } from '../../api/client';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { AuthPanel } from './AuthPanel';
import { BadLink } from './PasswordPages';
import { SESSION_KEY, useUser } from './session';

/**
 * `/verifier-email?token=…`, from the e-mail: the token is sent once when the page opens (a mail
 * reader that fetches links does not run it), then the session is asked again.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useQueryClient();
  const user = useUser();
  const verify = useMutation({
    mutationFn: auth.verifyEmail,
    onSuccess: () => void client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
  const sent = useRef(false);
  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      verify.mutate(token);
    }
  }, [token, verify]);

  return (
    <AuthPanel>
      <h1>{t('verify.title')}</h1>
      {!token && <BadLink text={t('verify.noToken')} />}
      {verify.isPending && <Loading label={t('verify.checking')} />}
      {verify.isSuccess && (
        <div {...testId('verify-done')}>
          <Alert
            className="fr-mb-3w"
            severity="success"
            title={t('verify.doneTitle')}
            description={
              <>
                <span className="bitd-block">{t('verify.doneText', { email: verify.data.email })}</span>
                {verify.data.claimApprovedFor && (
                  <span className="bitd-block fr-mt-1w" {...testId('verify-claim-approved')}>
                    {t('verify.claimApproved', { name: verify.data.claimApprovedFor.organisationName })}
                  </span>
                )}
              </>
            }
          />
          <Button linkProps={{ to: user ? '/compte' : '/connexion' }}>
            {user ? t('account.menu.account') : t('signIn.submit')}
          </Button>
        </div>
      )}
      {verify.isError && (
        <>
          <ErrorAlert error={verify.error} title={t('verify.failed')} />
          {user && !user.emailVerified && <ResendButton />}
        </>
      )}
    </AuthPanel>
  );
}

/** Sends the confirmation e-mail again to the signed-in user's address. */
export function ResendButton() {
  const { t } = useTranslation();
  const user = useUser();
  const client = useQueryClient();
  const resend = useMutation({
    mutationFn: auth.resendVerification,
    // Verified meanwhile (the link opened in another tab): the session says so again.
    onSuccess: (answer) => {
      if (answer.emailVerified) void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  return (
    <div>
      <Button
        priority="secondary"
        iconId="fr-icon-mail-line"
        disabled={resend.isPending || resend.isSuccess}
        onClick={() => resend.mutate()}
        nativeButtonProps={testId('resend-verification')}
      >
        {t('verify.resend')}
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {resend.data &&
          (resend.data.emailVerified
            ? t('verify.alreadyVerified')
            : resend.data.sent
              ? t('verify.resent', { email: user?.email ?? '' })
              : t('verify.resendLater'))}
      </p>
      {resend.isError && <ErrorAlert error={resend.error} />}
    </div>
  );
}
