import type { InvitationView, MemberRole, MemberView, OrganisationDetailView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { auth } from '../../api/client';
import { formatDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/QueryStatus';
import { Facts, Section } from '../../shared/Section';
import { testId } from '../../shared/testId';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { MEMBER_ROLES } from './constants';
import { apiFieldErrors, checkEmail } from './form-errors';
import { useUser } from './session';

const ORGANISATION_KEY = ['organisation', 'mine'] as const;

/** `/organisation`: its members and pending invitations; its administrators invite and remove. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const user = useUser();
  const query = useQuery({
    queryKey: ORGANISATION_KEY,
    queryFn: ({ signal }) => auth.myOrganisation(signal),
  });
  const org = query.data;
  usePageTitle(org?.name ?? t('organisation.title'));
  const isAdmin = user?.can.manageOrganisation ?? false;

  return (
    <>
      <h1>{org?.name ?? user?.membership?.organisationName ?? t('organisation.title')}</h1>
      <p className="fr-text--lead">{isAdmin ? t('organisation.leadAdmin') : t('organisation.leadMember')}</p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {org && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-lg-8">
            <MembersSection org={org} isAdmin={isAdmin} selfId={user?.id ?? ''} />
            <InvitationsSection invitations={org.invitations} isAdmin={isAdmin} />
          </div>
          <div className="fr-col-12 fr-col-lg-4">
            <OrganisationFacts org={org} />
            {isAdmin && <InviteForm />}
          </div>
        </div>
      )}
    </>
  );
}

function OrganisationFacts({ org }: { org: OrganisationDetailView }) {
  const { t } = useTranslation();
  return (
    <aside className="bitd-panel fr-mb-4w" aria-labelledby="organisation-facts-title">
      <h2 id="organisation-facts-title" className="fr-h6">
        {t('organisation.about')}
      </h2>
      <Facts
        items={[
          { term: t('organisation.kind'), value: t(`organisation.kinds.${org.kind}`) },
          org.siret ? { term: t('fields.siret'), value: org.siret } : null,
          org.kind === 'supplier'
            ? {
                term: t('organisation.profile'),
                value: (
                  <Link className="fr-link" to={`/fournisseurs/${encodeURIComponent(org.id)}`}>
                    {t('organisation.seeProfile')}
                  </Link>
                ),
              }
            : null,
        ]}
      />
    </aside>
  );
}

function MembersSection({
  org,
  isAdmin,
  selfId,
}: {
  org: OrganisationDetailView;
  isAdmin: boolean;
  selfId: string;
}) {
  const { t } = useTranslation();
  return (
    <Section id="organisation-members" title={t('organisation.members', { count: org.members.length })}>
      <ul className="bitd-card-list" {...testId('members')}>
        {org.members.map((m) => (
          <MemberItem
            key={m.userId}
            member={m}
            canRemove={isAdmin && m.userId !== selfId}
            isSelf={m.userId === selfId}
          />
        ))}
      </ul>
    </Section>
  );
}

function MemberItem({
  member: m,
  canRemove,
  isSelf,
}: {
  member: MemberView;
  canRemove: boolean;
  isSelf: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => auth.removeMember(m.userId),
    onSuccess: () => void client.invalidateQueries({ queryKey: ORGANISATION_KEY }),
  });
  return (
    <li className="bitd-row-item" {...testId('member')}>
      <div>
        <strong>{m.displayName}</strong>
        {isSelf && <span className="bitd-muted"> ({t('organisation.you')})</span>}{' '}
        <Badge small severity={m.role === 'admin' ? 'info' : undefined} noIcon>
          {t(`account.memberRole.${m.role}`)}
        </Badge>
        <span className="bitd-block fr-text--sm fr-mb-0 bitd-break">{m.email}</span>
        <span className="bitd-block fr-text--xs bitd-muted fr-mb-0">
          {t('organisation.since', { date: formatDate(m.joinedAt, lang) })}
        </span>
      </div>
      {canRemove && (
        <div>
          <Button
            priority="tertiary"
            size="small"
            iconId="fr-icon-delete-line"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t('organisation.removeConfirm', { name: m.displayName }))) remove.mutate();
            }}
            title={t('organisation.removeOf', { name: m.displayName })}
          >
            {t('organisation.remove')}
          </Button>
          {remove.isError && <ErrorAlert error={remove.error} />}
        </div>
      )}
    </li>
  );
}

function InvitationsSection({ invitations, isAdmin }: { invitations: InvitationView[]; isAdmin: boolean }) {
  const { t } = useTranslation();
  const pending = invitations.filter((i) => i.acceptedAt === null);
  return (
    <Section id="organisation-invitations" title={t('organisation.invitations')}>
      {pending.length === 0 ? (
        <p className="bitd-muted">{t('organisation.noInvitations')}</p>
      ) : (
        <ul className="bitd-card-list" {...testId('invitations')}>
          {pending.map((i) => (
            <InvitationItem key={i.id} invitation={i} canCancel={isAdmin} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function InvitationItem({ invitation: i, canCancel }: { invitation: InvitationView; canCancel: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => auth.cancelInvitation(i.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: ORGANISATION_KEY }),
  });
  // When the page was opened: enough to tell an expired invitation.
  const [openedAt] = useState(Date.now);
  const expired = new Date(i.expiresAt).getTime() < openedAt;
  return (
    <li className="bitd-row-item" {...testId('invitation')}>
      <div>
        <strong className="bitd-break">{i.email}</strong>{' '}
        <Badge small noIcon>
          {t(`account.memberRole.${i.role}`)}
        </Badge>
        <span className={`bitd-block fr-text--xs fr-mb-0 ${expired ? 'bitd-error-text' : 'bitd-muted'}`}>
          {expired
            ? t('organisation.expired', { date: formatDate(i.expiresAt, lang) })
            : t('organisation.expires', { date: formatDate(i.expiresAt, lang) })}
        </span>
      </div>
      {canCancel && (
        <div>
          <Button
            priority="tertiary"
            size="small"
            iconId="fr-icon-close-line"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate()}
            title={t('organisation.cancelOf', { email: i.email })}
          >
            {t('organisation.cancel')}
          </Button>
          {cancel.isError && <ErrorAlert error={cancel.error} />}
        </div>
      )}
    </li>
  );
}

function InviteForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const [error, setError] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: auth.invite,
    onSuccess: () => {
      setEmail('');
      void client.invalidateQueries({ queryKey: ORGANISATION_KEY });
    },
    onError: (e) => setError(apiFieldErrors(t, e)['email'] ?? null),
  });
  return (
    <section className="bitd-panel fr-mb-4w" aria-labelledby="invite-title">
      <h2 id="invite-title" className="fr-h6">
        {t('organisation.inviteTitle')}
      </h2>
      <p className="fr-text--sm">{t('organisation.inviteText')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const problem = checkEmail(t, email);
          setError(problem);
          if (problem) return input.current?.focus();
          invite.mutate({ email: email.trim(), role });
        }}
        {...testId('invite-form')}
      >
        <Input
          label={t('auth.email')}
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error}
          nativeInputProps={{
            ref: input,
            name: 'email',
            type: 'email',
            autoComplete: 'off',
            value: email,
            onChange: (e) => setEmail(e.currentTarget.value),
          }}
        />
        <Select
          label={t('organisation.inviteRole')}
          nativeSelectProps={{
            name: 'role',
            value: role,
            onChange: (e) => setRole(e.currentTarget.value as MemberRole),
          }}
        >
          {MEMBER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`account.memberRole.${r}`)}
            </option>
          ))}
        </Select>
        {invite.isError && !error && <ErrorAlert error={invite.error} />}
        {invite.isSuccess && (
          <Alert
            className="fr-mb-2w"
            severity="success"
            small
            description={t('organisation.invited', { email: invite.variables.email })}
          />
        )}
        <Button type="submit" iconId="fr-icon-mail-line" disabled={invite.isPending}>
          {t('organisation.inviteSubmit')}
        </Button>
      </form>
    </section>
  );
}
