import { Injectable } from '@nestjs/common';
import type { InvitationInput, InvitationView, MemberView, OrganisationDetailView } from '@bitd/domain';
import { DataSource, IsNull } from 'typeorm';
import { canManageMembers } from '../access/policies';
import { SessionsService } from '../accounts/sessions.service';
import { newToken, tokenHash } from '../accounts/tokens';
import { UserEntity } from '../accounts/user.entity';
import { writeAudit } from '../audit/audit.writer';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { MailQueue } from '../mail/mail-queue.service';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';

const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

const NO_ORGANISATION = new DomainError('NOT_FOUND', {
  fr: "Vous n'êtes membre d'aucune organisation.",
  en: 'You are not a member of any organisation.',
});

export function invitationView(i: InvitationEntity): InvitationView {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
  };
}

/** "My organisation": its members, and for its administrators the invitations and removals. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly mail: MailQueue,
  ) {}

  async mine(actor: Actor): Promise<OrganisationDetailView> {
    const org = actor.organisationId
      ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: actor.organisationId })
      : null;
    if (!org) throw NO_ORGANISATION;
    const [memberships, invitations] = await Promise.all([
      this.dataSource.getRepository(MembershipEntity).find({
        where: { organisationId: org.id },
        relations: { user: true },
        order: { createdAt: 'ASC' },
      }),
      canManageMembers(actor)
        ? this.dataSource.getRepository(InvitationEntity).find({
            where: { organisationId: org.id, revokedAt: IsNull() },
            order: { createdAt: 'DESC' },
            take: 200,
          })
        : [],
    ]);
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      siret: org.siret ?? null,
      members: memberships.flatMap((m): MemberView[] =>
        m.user
          ? [
              {
                userId: m.userId,
                email: m.user.email,
                displayName: m.user.displayName,
                role: m.role,
                joinedAt: m.createdAt.toISOString(),
              },
            ]
          : [],
      ),
      invitations: invitations.map(invitationView),
    };
  }

  /** A new invitation replaces the address's pending one (a second mail, a new link). */
  async invite(actor: Actor, input: InvitationInput): Promise<InvitationView> {
    const organisationId = assertManager(actor);
    const token = newToken();
    const { invitation, organisationName, inviterName } = await this.dataSource.transaction(async (m) => {
      const org = await m.findOneByOrFail(OrganisationEntity, { id: organisationId });
      const inviter = await m.findOneByOrFail(UserEntity, { id: actor.userId ?? '' });
      const member = await m
        .createQueryBuilder(MembershipEntity, 'ms')
        .innerJoin('ms.user', 'u')
        .where('ms.organisation_id = :org AND u.email = :email', { org: organisationId, email: input.email })
        .getExists();
      if (member) {
        throw new DomainError(
          'INVITATION_CONFLICT',
          {
            fr: `${input.email} est déjà membre de ${org.name}.`,
            en: `${input.email} is already a member of ${org.name}.`,
          },
          [{ field: 'email', message: 'is already a member' }],
        );
      }
      const replaced: Array<{ id: string }> = await m.query(
        `UPDATE invitations SET revoked_at = now()
          WHERE organisation_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL
          RETURNING id`,
        [organisationId, input.email],
      );
      const saved = await m.save(
        m.create(InvitationEntity, {
          organisationId,
          email: input.email,
          role: input.role,
          tokenHash: tokenHash(token),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await writeAudit(m, actor, [
        ...replaced.map((r) => ({
          action: 'invitation.revoked',
          entity: 'invitation',
          entityId: r.id,
          organisationId,
          after: { replacedBy: saved.id },
        })),
        {
          action: 'invitation.created',
          entity: 'invitation',
          entityId: saved.id,
          organisationId,
          after: { email: saved.email, role: saved.role, expiresAt: saved.expiresAt.toISOString() },
        },
      ]);
      return { invitation: saved, organisationName: org.name, inviterName: inviter.displayName };
    });
    await this.mail.invitation(
      invitation.email,
      { organisationName, inviterName, role: invitation.role },
      { token, expiresAt: invitation.expiresAt },
    );
    return invitationView(invitation);
  }

  async revokeInvitation(actor: Actor, id: string): Promise<void> {
    const organisationId = assertManager(actor);
    await this.dataSource.transaction(async (m) => {
      const invitation = isUuid(id)
        ? await m.findOne(InvitationEntity, {
            where: { id, organisationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!invitation) throw DomainError.notFound('Invitation', id);
      if (invitation.acceptedAt) {
        throw new DomainError('INVITATION_CONFLICT', {
          fr: 'Cette invitation a déjà été acceptée : retirez le membre à la place.',
          en: 'This invitation was already accepted: remove the member instead.',
        });
      }
      if (invitation.revokedAt) return;
      await m.update(InvitationEntity, { id }, { revokedAt: new Date() });
      await writeAudit(m, actor, [
        {
          action: 'invitation.revoked',
          entity: 'invitation',
          entityId: id,
          organisationId,
          before: { email: invitation.email },
        },
      ]);
    });
  }

  /** Never the last administrator; the removed member's sessions end with it. */
  async removeMember(actor: Actor, userId: string): Promise<void> {
    const organisationId = assertManager(actor);
    await this.dataSource.transaction(async (m) => {
      // Every membership of the organisation locked: two admins removing each other cannot leave none.
      const members = await m.find(MembershipEntity, {
        where: { organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      const target = isUuid(userId) ? members.find((x) => x.userId === userId) : undefined;
      if (!target) throw DomainError.notFound('Member', userId);
      if (target.role === 'admin' && members.filter((x) => x.role === 'admin').length === 1) {
        throw new DomainError('MEMBERSHIP_CONFLICT', {
          fr: "C'est le dernier administrateur de l'organisation : nommez-en un autre avant de le retirer.",
          en: "This is the organisation's last administrator: make someone else an administrator first.",
        });
      }
      await m.delete(MembershipEntity, { userId, organisationId });
      await this.sessions.revokeAll(userId, m);
      await writeAudit(m, actor, [
        {
          action: 'membership.removed',
          entity: 'membership',
          entityId: userId,
          organisationId,
          before: { role: target.role },
          after: { sessionsRevoked: true },
        },
      ]);
    });
  }
}

/** The organisation an administrator manages; anyone else is refused, whatever the body says. */
function assertManager(actor: Actor): string {
  if (!canManageMembers(actor) || !actor.organisationId) {
    throw new DomainError('FORBIDDEN', {
      fr: "Seuls les administrateurs de l'organisation gèrent ses membres et ses invitations.",
      en: "Only the organisation's administrators manage its members and invitations.",
    });
  }
  return actor.organisationId;
}
