import { Injectable } from '@nestjs/common';
import type { InvitationLookupView } from '@bitd/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { canAcceptInvitationFor } from '../access/policies';
import { PasswordService } from '../accounts/password.service';
import { tokenHash } from '../accounts/tokens';
import { userActor } from '../accounts/accounts.service';
import { UserEntity } from '../accounts/user.entity';
import { writeAudit } from '../audit/audit.writer';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { ClaimEntity } from './claim.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';

export interface AcceptInvitation {
  token: string;
  displayName?: string;
  password?: string;
}

const UNKNOWN = new DomainError('INVALID_TOKEN', {
  fr: "Ce lien d'invitation n'est pas valable (incomplet ou inconnu).",
  en: 'This invitation link is not valid (incomplete or unknown).',
});
const REVOKED = new DomainError('INVALID_TOKEN', {
  fr: "Cette invitation a été annulée par l'organisation.",
  en: 'This invitation was cancelled by the organisation.',
});
const EXPIRED = new DomainError('INVALID_TOKEN', {
  fr: "Cette invitation a expiré : demandez à l'administrateur de l'organisation de vous inviter à nouveau.",
  en: "This invitation has expired: ask the organisation's administrator to invite you again.",
});
const ACCEPTED = new DomainError('INVITATION_CONFLICT', {
  fr: 'Cette invitation a déjà été acceptée.',
  en: 'This invitation was already accepted.',
});

/** Opening and accepting an invitation from its mailed link. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async lookup(token: string): Promise<InvitationLookupView> {
    const invitation = await this.dataSource
      .getRepository(InvitationEntity)
      .findOneBy({ tokenHash: tokenHash(token) });
    const org = invitation
      ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: invitation.organisationId })
      : null;
    if (!invitation || !org) throw UNKNOWN;
    return {
      organisationName: org.name,
      organisationKind: org.kind,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      status: invitation.revokedAt
        ? 'revoked'
        : invitation.acceptedAt
          ? 'accepted'
          : invitation.expiresAt.getTime() <= Date.now()
            ? 'expired'
            : 'pending',
      accountExists: await this.dataSource.getRepository(UserEntity).existsBy({ email: invitation.email }),
    };
  }

  /**
   * An address without an account gets one (the mail reached it, so it counts as verified); an
   * address with one must be signed in as it. Returns the user and whether the account is new
   * (the caller then signs it in).
   */
  async accept(input: AcceptInvitation, actor: Actor): Promise<{ userId: string; created: boolean }> {
    const passwordHash = input.password ? await this.passwords.hash(input.password) : null;
    return this.dataSource.transaction(async (m) => {
      const invitation = await m.findOne(InvitationEntity, {
        where: { tokenHash: tokenHash(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw UNKNOWN;
      if (invitation.acceptedAt) throw ACCEPTED;
      if (invitation.revokedAt) throw REVOKED;
      if (invitation.expiresAt.getTime() <= Date.now()) throw EXPIRED;
      const org = await m.findOneBy(OrganisationEntity, { id: invitation.organisationId });
      if (!org) throw UNKNOWN;

      const existing = await m.findOne(UserEntity, {
        where: { email: invitation.email },
        lock: { mode: 'pessimistic_write' },
      });
      const user = existing
        ? await this.joiningAccount(m, existing, invitation, input, actor)
        : await this.newAccount(m, invitation, input, passwordHash);

      await m.insert(MembershipEntity, { userId: user.id, organisationId: org.id, role: invitation.role });
      await m.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
      const member: Actor = {
        ...userActor(user),
        organisationId: org.id,
        organisationKind: org.kind,
        memberRole: invitation.role,
        requestId: actor.requestId,
      };
      await writeAudit(m, member, [
        ...(existing
          ? []
          : [
              {
                action: 'user.signed_up',
                entity: 'user',
                entityId: user.id,
                after: { email: user.email, via: 'invitation' },
              },
            ]),
        {
          action: 'invitation.accepted',
          entity: 'invitation',
          entityId: invitation.id,
          organisationId: org.id,
          after: { acceptedBy: user.id },
        },
        {
          action: 'membership.added',
          entity: 'membership',
          entityId: user.id,
          organisationId: org.id,
          after: { role: invitation.role, via: 'invitation' },
        },
      ]);
      return { userId: user.id, created: !existing };
    });
  }

  private async joiningAccount(
    m: EntityManager,
    user: UserEntity,
    invitation: InvitationEntity,
    input: AcceptInvitation,
    actor: Actor,
  ): Promise<UserEntity> {
    if (input.password !== undefined) {
      throw DomainError.validation(
        [
          {
            field: 'password',
            message: 'is not expected: this address already has an account, sign in with it',
          },
        ],
        'This address already has an account',
      );
    }
    if (!canAcceptInvitationFor(actor, user.id)) {
      throw new DomainError(actor.kind === 'user' ? 'FORBIDDEN' : 'UNAUTHENTICATED', {
        fr: `Cette invitation est adressée à ${user.email}, qui a déjà un compte : connectez-vous avec cette adresse, puis rouvrez le lien.`,
        en: `This invitation is for ${user.email}, which already has an account: sign in with that address, then open the link again.`,
      });
    }
    const current = await m.findOne(MembershipEntity, {
      where: { userId: user.id },
      relations: { organisation: true },
    });
    if (current) {
      const name = current.organisation?.name ?? '';
      throw new DomainError(
        'MEMBERSHIP_CONFLICT',
        current.organisationId === invitation.organisationId
          ? { fr: `Vous êtes déjà membre de ${name}.`, en: `You are already a member of ${name}.` }
          : {
              fr: `Vous êtes déjà membre de ${name} : on n'appartient qu'à une organisation. Quittez-la avant d'accepter cette invitation.`,
              en: `You are already a member of ${name}: a person belongs to one organisation only. Leave it before accepting this invitation.`,
            },
      );
    }
    if (await m.existsBy(ClaimEntity, { userId: user.id, status: 'pending' })) {
      throw new DomainError('MEMBERSHIP_CONFLICT', {
        fr: "Votre demande de rattachement à une autre entreprise attend la décision de la région : on n'appartient qu'à une organisation.",
        en: "Your claim on another company is waiting for the region's decision: a person belongs to one organisation only.",
      });
    }
    if (!user.emailVerifiedAt) await m.update(UserEntity, { id: user.id }, { emailVerifiedAt: new Date() });
    return user;
  }

  private async newAccount(
    m: EntityManager,
    invitation: InvitationEntity,
    input: AcceptInvitation,
    passwordHash: string | null,
  ): Promise<UserEntity> {
    if (!passwordHash) {
      throw DomainError.validation([{ field: 'password', message: 'is required to create your account' }]);
    }
    return m.save(
      m.create(UserEntity, {
        email: invitation.email,
        displayName: input.displayName ?? invitation.email.slice(0, invitation.email.indexOf('@')),
        passwordHash,
        emailVerifiedAt: new Date(),
      }),
    );
  }
}
