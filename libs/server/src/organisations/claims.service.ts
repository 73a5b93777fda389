import { Injectable } from '@nestjs/common';
import type { ClaimDecision, ClaimView, MemberRole } from '@bitd/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { UserEntity } from '../accounts/user.entity';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { DomainError } from '../common/domain-error';
import { writeAudit } from '../audit/audit.writer';
import { releaseIntroductionsAwaitingClaim } from '../introductions/introductions.service';
import { ClaimEntity, type ClaimStatus } from './claim.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { emailOnWebsiteDomain, websiteDomain } from './website-domain';

export function claimView(c: ClaimEntity, claimant: ClaimView['claimant']): ClaimView {
  return {
    id: c.id,
    siret: c.organisation?.siret ?? '',
    organisationId: c.organisationId,
    organisationName: c.organisation?.name ?? '',
    status: c.status,
    reason: c.reason,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    claimant,
  };
}

/** Claims on imported profiles, decided by region agents: approval makes the claimant a member. */
@Injectable()
export class ClaimsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(status: ClaimStatus): Promise<ClaimView[]> {
    const claims = await this.dataSource.getRepository(ClaimEntity).find({
      where: { status },
      relations: { organisation: true, user: true },
      order: { createdAt: 'ASC' },
      take: 200,
    });
    return claims.map(withClaimant);
  }

  async decide(id: string, decision: ClaimDecision, actor: Actor): Promise<ClaimView> {
    await this.dataSource.transaction(async (m) => {
      const claim = isUuid(id)
        ? await m.findOne(ClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!claim) throw DomainError.notFound('Claim', id);
      if (claim.status !== 'pending') {
        throw new DomainError('CLAIM_CONFLICT', {
          fr: `Cette demande a déjà été ${claim.status === 'approved' ? 'acceptée' : 'refusée'}.`,
          en: `This claim was already ${claim.status}.`,
        });
      }
      if (decision.decision === 'approve' && !claim.userId) {
        throw new DomainError('CLAIM_CONFLICT', {
          fr: 'Le demandeur a supprimé son compte : la demande ne peut plus être acceptée.',
          en: 'The claimant deleted their account: the claim can no longer be approved.',
        });
      }
      const before = { status: claim.status };
      claim.status = decision.decision === 'approve' ? 'approved' : 'rejected';
      claim.reason = decision.decision === 'reject' ? decision.reason : null;
      claim.decidedBy = actor.userId;
      claim.decidedAt = new Date();
      await m.save(claim);
      if (claim.status === 'approved' && claim.userId) {
        await admitClaimant(m, claim.organisationId, claim.userId, actor);
      }
      await writeAudit(m, actor, [
        {
          action: `claim.${claim.status}`,
          entity: 'claim',
          entityId: claim.id,
          organisationId: claim.organisationId,
          before,
          after: { status: claim.status, reason: claim.reason },
        },
      ]);
    });
    return withClaimant(
      await this.dataSource
        .getRepository(ClaimEntity)
        .findOneOrFail({ where: { id }, relations: { organisation: true, user: true } }),
    );
  }
}

/**
 * An approved claimant joins the company; its first member administers it (invites colleagues),
 * and the introductions that waited for someone to claim the profile now go to the company.
 */
async function admitClaimant(
  m: EntityManager,
  organisationId: string,
  userId: string,
  actor: Actor,
): Promise<MemberRole> {
  const members = await m.count(MembershipEntity, { where: { organisationId } });
  const role: MemberRole = members === 0 ? 'admin' : 'member';
  await m.upsert(MembershipEntity, { userId, organisationId, role }, ['userId']);
  await releaseIntroductionsAwaitingClaim(m, organisationId, actor);
  return role;
}

/**
 * A claimant who verified an address on the profile's own website domain speaks for the company:
 * their pending claim is approved at once, without an agent (audited as such). Runs in the
 * verification's transaction; returns the organisation joined, or null.
 */
export async function approveClaimOnWebsiteDomain(
  m: EntityManager,
  user: Pick<UserEntity, 'id' | 'email'>,
  actor: Actor,
): Promise<OrganisationEntity | null> {
  const claim = await m.findOne(ClaimEntity, {
    where: { userId: user.id, status: 'pending' },
    lock: { mode: 'pessimistic_write' },
  });
  if (!claim) return null;
  const org = await m.findOne(OrganisationEntity, { where: { id: claim.organisationId } });
  if (!org || !emailOnWebsiteDomain(user.email, org.website)) return null;
  claim.status = 'approved';
  claim.decidedAt = new Date();
  await m.save(claim);
  const role = await admitClaimant(m, org.id, user.id, actor);
  await writeAudit(m, { ...actor, organisationId: org.id, organisationKind: org.kind, memberRole: role }, [
    {
      action: 'claim.auto_approved',
      entity: 'claim',
      entityId: claim.id,
      organisationId: org.id,
      before: { status: 'pending' },
      after: {
        status: 'approved',
        rule: 'verified e-mail on the website domain',
        domain: websiteDomain(org.website),
      },
    },
  ]);
  return org;
}

const withClaimant = (c: ClaimEntity): ClaimView =>
  claimView(c, c.user ? { id: c.user.id, email: c.user.email, displayName: c.user.displayName } : null);
