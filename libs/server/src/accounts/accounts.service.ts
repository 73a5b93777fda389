import { Inject, Injectable } from '@nestjs/common';
import {
  type Capabilities,
  type MeView,
  type PasswordSignIn,
  type SessionView,
  type SignUp,
  type SiretLookupView,
  supplierCreateSchema,
  toFieldErrors,
} from '@bitd/domain';
import type { Response } from 'express';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { writeAudit } from '../audit/audit.writer';
import { MailQueue } from '../mail/mail-queue.service';
import { publishEvents } from '../events/publish-events';
import { supplierEvents } from '../suppliers/supplier-events';
import { ClaimEntity } from '../organisations/claim.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { claimView } from '../organisations/claims.service';
import { officialReferenceChecks } from '../reference/reference-checks';
import { contentHash, toRecord } from '../suppliers/supplier.mapper';
import { issueEmailToken } from './email-tokens';
import { PasswordService } from './password.service';
import { type ActiveSession, SessionsService, accessRoleOf } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';
import { UserEntity } from './user.entity';

const profileSchema = supplierCreateSchema(officialReferenceChecks);

const INVALID_CREDENTIALS = new DomainError('INVALID_CREDENTIALS', {
  fr: 'E-mail ou mot de passe incorrect.',
  en: 'Wrong e-mail or password.',
});

export interface RequestContext {
  ip: string;
  userAgent: string | undefined;
}

/** Password accounts: sign-up (with the company's SIRET), sign-in with its limits, who am I. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Same answer, in comparable time, for an unknown e-mail and a wrong password; a lockout looks
   * the same for both too (the limit is per address, not per account).
   */
  /** Returns the new session's token (its cookie is set on `res`). */
  async signIn(input: PasswordSignIn, ctx: RequestContext, res: Response): Promise<string> {
    await this.throttle.hitClient(ctx.ip);
    await this.throttle.assertNotLocked(input.email);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { email: input.email, deletedAt: IsNull() } });
    if (!(await this.passwords.verify(user?.passwordHash ?? null, input.password)) || !user) {
      await this.throttle.recordFailure(input.email);
      throw INVALID_CREDENTIALS;
    }
    await this.throttle.recordSuccess(input.email);
    return this.sessions.open(res, user.id, 'password', ctx.userAgent);
  }

  /**
   * A new SIRET creates the organisation with its (draft) profile and makes the person its
   * administrator; an imported profile's SIRET files a claim that a region agent decides.
   */
  async signUp(input: SignUp, ctx: RequestContext, res: Response): Promise<string> {
    const passwordHash = await this.passwords.hash(input.password);
    const { user, link } = await this.dataSource.transaction(async (m) => {
      await this.assertEmailFree(m, input.email);
      const user = await m.save(
        m.create(UserEntity, { email: input.email, displayName: input.displayName, passwordHash }),
      );
      const actor = userActor(user);
      const existing = await m.findOne(OrganisationEntity, {
        where: { siret: input.siret, kind: 'supplier' },
        withDeleted: true,
        lock: { mode: 'pessimistic_write' },
      });
      if (existing) await this.fileClaim(m, existing, user, actor);
      else await this.createCompany(m, input, user, actor);
      await writeAudit(m, actor, [
        { action: 'user.signed_up', entity: 'user', entityId: user.id, after: { email: user.email } },
      ]);
      return { user, link: await issueEmailToken(m, user.id, 'verify_email') };
    });
    // Queued, not sent: the answer does not wait for the SMTP server.
    await this.mail.verifyEmail(user, link);
    return this.sessions.open(res, user.id, 'password', ctx.userAgent);
  }

  async siretLookup(siret: string): Promise<SiretLookupView> {
    const org = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOne({ where: { siret, kind: 'supplier' } });
    if (!org) return { siret, status: 'new', organisation: null };
    const [members, pending] = await Promise.all([
      this.dataSource.getRepository(MembershipEntity).count({ where: { organisationId: org.id } }),
      this.dataSource
        .getRepository(ClaimEntity)
        .exists({ where: { organisationId: org.id, status: 'pending' } }),
    ]);
    return {
      siret,
      status: members > 0 ? 'claimed' : pending ? 'claim_pending' : 'claimable',
      organisation: { id: org.id, name: org.name, city: org.city, website: org.website },
    };
  }

  /** Who is signed in, with the CSRF token their next state-changing request must carry. */
  async sessionView(session: ActiveSession | null, csrfToken: string): Promise<SessionView> {
    return {
      user: session ? await this.me(session) : null,
      csrfToken,
      oidc: { enabled: this.config.OIDC_ISSUER !== undefined, label: this.config.OIDC_LABEL },
    };
  }

  async me(session: ActiveSession): Promise<MeView> {
    const [org, claim] = await Promise.all([
      session.organisationId
        ? this.dataSource.getRepository(OrganisationEntity).findOne({ where: { id: session.organisationId } })
        : null,
      this.dataSource.getRepository(ClaimEntity).findOne({
        where: { userId: session.userId, status: 'pending' },
        relations: { organisation: true },
      }),
    ]);
    const role = accessRoleOf(session);
    return {
      id: session.userId,
      email: session.email,
      displayName: session.displayName,
      emailVerified: session.emailVerified,
      role,
      platformRole: session.platformRole,
      membership:
        org && session.memberRole
          ? {
              organisationId: org.id,
              organisationName: org.name,
              organisationKind: org.kind,
              role: session.memberRole,
              supplierId: org.kind === 'supplier' ? org.id : null,
            }
          : null,
      pendingClaim: claim ? claimView(claim, null) : null,
      can: capabilitiesOf(role, session),
      signInMethod: session.method,
    };
  }

  private async assertEmailFree(m: EntityManager, email: string): Promise<void> {
    if (await m.exists(UserEntity, { where: { email, deletedAt: IsNull() } })) {
      throw new DomainError(
        'EMAIL_TAKEN',
        {
          fr: 'Un compte existe déjà avec cette adresse : connectez-vous ou réinitialisez votre mot de passe.',
          en: 'An account already uses this address: sign in or reset your password.',
        },
        [{ field: 'email', message: 'already has an account' }],
      );
    }
  }

  private async fileClaim(m: EntityManager, org: OrganisationEntity, user: UserEntity, actor: Actor) {
    const claimed = await m.exists(MembershipEntity, { where: { organisationId: org.id } });
    const pending = await m.exists(ClaimEntity, { where: { organisationId: org.id, status: 'pending' } });
    if (org.deletedAt || claimed || pending) {
      throw new DomainError(
        'CLAIM_CONFLICT',
        claimed
          ? {
              fr: `Le profil ${org.name} est déjà géré par ses membres : demandez à son administrateur de vous inviter.`,
              en: `${org.name}'s profile already has members: ask its administrator to invite you.`,
            }
          : {
              fr: `Une demande de rattachement au profil ${org.name} est déjà en cours d'examen par la région.`,
              en: `A claim on ${org.name}'s profile is already waiting for the region's decision.`,
            },
        [{ field: 'siret', message: claimed ? 'is already claimed' : 'has a claim pending' }],
      );
    }
    const claim = await m.save(m.create(ClaimEntity, { organisationId: org.id, userId: user.id }));
    await writeAudit(m, actor, [
      {
        action: 'claim.filed',
        entity: 'claim',
        entityId: claim.id,
        organisationId: org.id,
        after: { siret: org.siret, status: 'pending' },
      },
    ]);
  }

  private async createCompany(m: EntityManager, input: SignUp, user: UserEntity, actor: Actor) {
    if (!input.company) {
      throw DomainError.validation([
        { field: 'company.name', message: 'is required: this SIRET has no profile yet' },
      ]);
    }
    const parsed = profileSchema.safeParse({
      siret: input.siret,
      name: input.company.name,
      address: { city: input.company.city, postalCode: input.company.postalCode },
    });
    if (!parsed.success) {
      throw DomainError.validation(
        toFieldErrors(parsed.error.issues).map((e) => ({ ...e, field: SIGN_UP_FIELDS[e.field] ?? e.field })),
      );
    }
    const record = toRecord(parsed.data);
    const org = await m.save(
      m.create(OrganisationEntity, {
        ...record,
        kind: 'supplier',
        contentHash: contentHash(record),
        createdBy: user.id,
        updatedBy: user.id,
      }),
    );
    await m.insert(MembershipEntity, { userId: user.id, organisationId: org.id, role: 'admin' });
    await publishEvents(m, supplierEvents([org.id]));
    await writeAudit(m, { ...actor, organisationId: org.id }, [
      {
        action: 'supplier.created',
        entity: 'supplier',
        entityId: org.id,
        organisationId: org.id,
        after: record,
      },
    ]);
  }
}

/** The profile fields the sign-up form names otherwise (`company.city`). */
const SIGN_UP_FIELDS: Record<string, string> = {
  name: 'company.name',
  'address.city': 'company.city',
  'address.postalCode': 'company.postalCode',
};

export function userActor(user: Pick<UserEntity, 'id' | 'email'>): Actor {
  return {
    id: user.id,
    kind: 'user',
    role: 'supplier',
    userId: user.id,
    label: user.email,
    organisationId: null,
    organisationKind: null,
    memberRole: null,
  };
}

export function capabilitiesOf(
  role: MeView['role'],
  s: Pick<ActiveSession, 'organisationId' | 'memberRole'>,
): Capabilities {
  const staff = role === 'agent' || role === 'admin';
  return {
    editOwnProfile: role === 'supplier' && s.organisationId !== null,
    manageOpportunities: role === 'buyer' || staff,
    runImports: staff,
    reviewClaims: staff,
    readAudit: staff,
    manageOrganisation: s.memberRole === 'admin',
    administer: role === 'admin',
  };
}
