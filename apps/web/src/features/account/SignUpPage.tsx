import type { SessionView, SiretLookupView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auth } from '../../api/client';
import { Col, Row } from '../../shared/form/FormSection';
import { ErrorAlert } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { AuthBlock, AuthPanel } from './AuthPanel';
import { MIN_PASSWORD_LENGTH } from './constants';
import {
  apiFieldErrors,
  checkEmail,
  checkPassword,
  checkRequired,
  checkSiret,
  focusFirstError,
  problems,
  withoutKey,
  type FieldErrors,
} from './form-errors';
import { useUser } from './session';

const STEPS = 3;

/**
 * Sign-up of a company's staff, SIRET first: the platform says what will happen (a new profile,
 * or a claim on the imported one that the region reviews) before asking for the account.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [siret, setSiret] = useState(() => (params.get('siret') ?? '').replace(/\D/g, '').slice(0, 14));
  /** The SIRET the platform was asked about (the second step shows its answer). */
  const [checked, setChecked] = useState<string | null>(null);
  const [done, setDone] = useState<{ session: SessionView; lookup: SiretLookupView } | null>(null);
  const step = done ? 3 : checked ? 2 : 1;
  const titles = [t('signUp.step1'), t('signUp.step2'), t('signUp.step3')];
  usePageTitle(`${t('signUp.title')} — ${titles[step - 1]}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const lookup = useQuery({
    queryKey: ['siret-lookup', checked],
    queryFn: ({ signal }) => auth.siretLookup(checked ?? '', signal),
    enabled: checked !== null,
    staleTime: 0,
  });

  return (
    <AuthPanel wide>
      <h1 ref={heading} tabIndex={-1} className="bitd-focus-target">
        {t('signUp.title')}
      </h1>
      <Stepper
        currentStep={step}
        stepCount={STEPS}
        title={titles[step - 1]}
        nextTitle={step < STEPS ? titles[step] : undefined}
      />
      {step === 1 && (
        <SiretStep siret={siret} onChange={setSiret} onChecked={(normalized) => setChecked(normalized)} />
      )}
      {step === 2 && checked && (
        <>
          {lookup.isPending && <p className="bitd-muted">{t('signUp.checking')}</p>}
          {lookup.isError && (
            <>
              <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} />
              <Button priority="secondary" onClick={() => setChecked(null)}>
                {t('signUp.changeSiret')}
              </Button>
            </>
          )}
          {lookup.data && (
            <AccountStep
              lookup={lookup.data}
              onBack={() => setChecked(null)}
              onDone={(session) => setDone({ session, lookup: lookup.data })}
            />
          )}
        </>
      )}
      {done && <SignUpResult session={done.session} lookup={done.lookup} />}
    </AuthPanel>
  );
}

function SiretStep({
  siret,
  onChange,
  onChecked,
}: {
  siret: string;
  onChange: (value: string) => void;
  onChecked: (siret: string) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {user && (
        <Alert
          className="fr-mb-3w"
          severity="info"
          small
          description={t('signUp.signedInAs', { name: user.displayName })}
        />
      )}
      <p>{t('signUp.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = checkSiret(t, siret);
          setError(problem);
          if (problem) return input.current?.focus();
          onChecked(siret.replace(/\s+/g, ''));
        }}
        {...testId('siret-form')}
      >
        <AuthBlock>
          <Input
            label={t('fields.siret')}
            hintText={t('signUp.siretHint')}
            state={error ? 'error' : 'default'}
            stateRelatedMessage={error ? <span {...testId('error-siret')}>{error}</span> : undefined}
            nativeInputProps={{
              ref: input,
              name: 'siret',
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 17,
              value: siret,
              onChange: (e) => onChange(e.currentTarget.value),
            }}
          />
          <Button
            type="submit"
            iconId="fr-icon-arrow-right-line"
            iconPosition="right"
            nativeButtonProps={testId('siret-continue')}
          >
            {t('signUp.continue')}
          </Button>
        </AuthBlock>
      </form>
      <p className="fr-text--sm">
        {t('signUp.haveAccount')}{' '}
        <Link className="fr-link fr-text--sm" to="/connexion">
          {t('signUp.signIn')}
        </Link>
      </p>
      <p className="fr-text--sm bitd-muted">{t('signUp.buyersNote')}</p>
    </>
  );
}

interface AccountFields {
  displayName: string;
  email: string;
  password: string;
  companyName: string;
  postalCode: string;
  city: string;
}

/** The field path an error names, for each input of the account step. */
const ERROR_KEYS: Record<keyof AccountFields, string> = {
  displayName: 'displayName',
  email: 'email',
  password: 'password',
  companyName: 'company.name',
  postalCode: 'company.postalCode',
  city: 'company.city',
};

function AccountStep({
  lookup,
  onBack,
  onDone,
}: {
  lookup: SiretLookupView;
  onBack: () => void;
  onDone: (session: SessionView) => void;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [v, setV] = useState<AccountFields>({
    displayName: '',
    email: '',
    password: '',
    companyName: '',
    postalCode: '',
    city: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const signUp = useMutation({
    mutationFn: auth.signUp,
    onSuccess: onDone,
    onError: (e) => {
      const found = apiFieldErrors(t, e);
      setErrors(found);
      focusFirstError(formRef.current, found);
    },
  });
  const isNew = lookup.status === 'new';
  const refused = lookup.status === 'claimed' || lookup.status === 'claim_pending';
  const set = (key: keyof AccountFields) => (e: { currentTarget: { value: string } }) => {
    // Read now: the event's currentTarget is gone by the time React runs the updater.
    const value = e.currentTarget.value;
    setV((prev) => ({ ...prev, [key]: value }));
    // What the user is fixing is no longer said to be wrong.
    const field = ERROR_KEYS[key];
    setErrors((prev) => (prev[field] ? withoutKey(prev, field) : prev));
  };
  const field = (key: string) => ({
    state: errors[key] ? ('error' as const) : ('default' as const),
    stateRelatedMessage: errors[key] ? <span {...testId(`error-${key}`)}>{errors[key]}</span> : undefined,
  });
  const passwordOk = v.password.length >= MIN_PASSWORD_LENGTH;

  return (
    <>
      <SiretVerdict lookup={lookup} />
      {refused ? (
        <Button priority="secondary" iconId="fr-icon-arrow-left-line" onClick={onBack}>
          {t('signUp.changeSiret')}
        </Button>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = problems({
              ...(isNew
                ? {
                    'company.name': checkRequired(t, v.companyName),
                    'company.postalCode': /^\d{5}$/.test(v.postalCode.trim())
                      ? null
                      : t('validation.postalCode'),
                    'company.city': checkRequired(t, v.city),
                  }
                : {}),
              displayName: checkRequired(t, v.displayName),
              email: checkEmail(t, v.email),
              password: checkPassword(t, v.password),
            });
            setErrors(found);
            if (Object.keys(found).length > 0) return focusFirstError(formRef.current, found);
            signUp.mutate({
              siret: lookup.siret,
              displayName: v.displayName.trim(),
              email: v.email.trim(),
              password: v.password,
              ...(isNew
                ? {
                    company: {
                      name: v.companyName.trim(),
                      postalCode: v.postalCode.trim(),
                      city: v.city.trim(),
                    },
                  }
                : {}),
            });
          }}
          {...testId('sign-up-form')}
        >
          <p className="fr-text--sm">{t('editor.requiredNote')}</p>
          {isNew && (
            <fieldset className="bitd-form-section">
              <legend className="fr-h5 fr-mb-1w">{t('signUp.companyLegend')}</legend>
              <Input
                label={`${t('fields.name')} *`}
                {...field('company.name')}
                nativeInputProps={{
                  name: 'company.name',
                  autoComplete: 'organization',
                  maxLength: 200,
                  value: v.companyName,
                  onChange: set('companyName'),
                }}
              />
              <Row>
                <Col md={4}>
                  <Input
                    label={`${t('fields.address.postalCode')} *`}
                    {...field('company.postalCode')}
                    nativeInputProps={{
                      name: 'company.postalCode',
                      inputMode: 'numeric',
                      autoComplete: 'postal-code',
                      maxLength: 5,
                      value: v.postalCode,
                      onChange: set('postalCode'),
                    }}
                  />
                </Col>
                <Col md={8}>
                  <Input
                    label={`${t('fields.address.city')} *`}
                    {...field('company.city')}
                    nativeInputProps={{
                      name: 'company.city',
                      autoComplete: 'address-level2',
                      maxLength: 100,
                      value: v.city,
                      onChange: set('city'),
                    }}
                  />
                </Col>
              </Row>
            </fieldset>
          )}
          <fieldset className="bitd-form-section">
            <legend className="fr-h5 fr-mb-1w">{t('signUp.accountLegend')}</legend>
            <Input
              label={`${t('auth.displayName')} *`}
              hintText={t('auth.displayNameHint')}
              {...field('displayName')}
              nativeInputProps={{
                name: 'displayName',
                autoComplete: 'name',
                maxLength: 120,
                value: v.displayName,
                onChange: set('displayName'),
              }}
            />
            <Input
              label={`${t('auth.email')} *`}
              hintText={t('auth.emailWorkHint')}
              {...field('email')}
              nativeInputProps={{
                name: 'email',
                type: 'email',
                autoComplete: 'email',
                maxLength: 254,
                value: v.email,
                onChange: set('email'),
              }}
            />
            <PasswordInput
              label={`${t('auth.newPassword')} *`}
              messagesHint={t('auth.passwordMustContain')}
              messages={[
                {
                  severity: errors['password'] ? 'error' : passwordOk ? 'valid' : 'info',
                  message: errors['password'] ?? t('auth.passwordRule', { min: MIN_PASSWORD_LENGTH }),
                },
              ]}
              nativeInputProps={{
                name: 'password',
                autoComplete: 'new-password',
                maxLength: 200,
                value: v.password,
                onChange: set('password'),
              }}
            />
          </fieldset>
          {signUp.isError && Object.keys(apiFieldErrors(t, signUp.error)).length === 0 && (
            <ErrorAlert error={signUp.error} title={t('signUp.failed')} />
          )}
          {signUp.isError && errors['email'] && (
            <Alert
              className="fr-mb-3w"
              severity="error"
              small
              description={
                <>
                  {errors['email']}{' '}
                  <Link className="fr-link" to="/connexion">
                    {t('signUp.signIn')}
                  </Link>
                </>
              }
            />
          )}
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Button type="submit" disabled={signUp.isPending} nativeButtonProps={testId('sign-up-submit')}>
                {isNew ? t('signUp.submitNew') : t('signUp.submitClaim')}
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" iconId="fr-icon-arrow-left-line" onClick={onBack}>
                {t('signUp.changeSiret')}
              </Button>
            </li>
          </ul>
        </form>
      )}
    </>
  );
}

/** What signing up with this SIRET will do, in words. */
function SiretVerdict({ lookup }: { lookup: SiretLookupView }) {
  const { t } = useTranslation();
  const org = lookup.organisation;
  const where = org?.city ? ` (${org.city})` : '';
  const siret = lookup.siret;
  return (
    <div {...testId(`siret-status-${lookup.status}`)}>
      {lookup.status === 'new' && (
        <CallOut iconId="fr-icon-add-circle-line" title={t('signUp.newTitle')} titleAs="h2">
          {t('signUp.newText', { siret })}
        </CallOut>
      )}
      {lookup.status === 'claimable' && org && (
        <CallOut
          iconId="fr-icon-building-line"
          title={t('signUp.claimTitle', { name: org.name, where })}
          titleAs="h2"
        >
          {t('signUp.claimText')}{' '}
          <Link
            className="fr-link"
            to={`/fournisseurs/${encodeURIComponent(org.id)}`}
            target="_blank"
            title={t('common.newWindow', { label: t('signUp.seeProfile') })}
          >
            {t('signUp.seeProfile')}
          </Link>
        </CallOut>
      )}
      {lookup.status === 'claim_pending' && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          title={t('signUp.pendingTitle', { name: org?.name ?? siret })}
          description={t('signUp.pendingText')}
        />
      )}
      {lookup.status === 'claimed' && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          title={t('signUp.claimedTitle', { name: org?.name ?? siret })}
          description={t('signUp.claimedText')}
        />
      )}
    </div>
  );
}

function SignUpResult({ session, lookup }: { session: SessionView; lookup: SiretLookupView }) {
  const { t } = useTranslation();
  const user = session.user;
  const supplierId = user?.membership?.supplierId ?? null;
  const claimName = user?.pendingClaim?.organisationName ?? lookup.organisation?.name ?? lookup.siret;
  return (
    <div {...testId('sign-up-result')}>
      {supplierId ? (
        <Alert
          className="fr-mb-3w"
          severity="success"
          title={t('signUp.doneNewTitle')}
          description={t('signUp.doneNewText', { name: user?.membership?.organisationName ?? '' })}
        />
      ) : (
        <Alert
          className="fr-mb-3w"
          severity="info"
          title={t('signUp.doneClaimTitle')}
          description={t('signUp.doneClaimText', { name: claimName })}
        />
      )}
      {user && !user.emailVerified && (
        <p className="fr-text--sm">{t('signUp.verifyNote', { email: user.email })}</p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {supplierId ? (
          <li>
            <Button linkProps={{ to: `/fournisseurs/${encodeURIComponent(supplierId)}/modifier` }}>
              {t('signUp.completeProfile')}
            </Button>
          </li>
        ) : (
          lookup.organisation && (
            <li>
              <Button linkProps={{ to: `/fournisseurs/${encodeURIComponent(lookup.organisation.id)}` }}>
                {t('signUp.seeProfile')}
              </Button>
            </li>
          )
        )}
        <li>
          <Button priority="secondary" linkProps={{ to: '/compte' }}>
            {t('account.menu.account')}
          </Button>
        </li>
      </ul>
    </div>
  );
}
