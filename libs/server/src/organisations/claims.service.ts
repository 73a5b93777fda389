import { Injectable } from '@nestjs/common';
import type { ClaimDecision, ClaimView } from '@bitd/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { isUuid } from '../common/ids';
import { DomainError } from '../common/domain-error';
import { writeAudit } from '../audit/audit.writer';
import { ClaimEntity, type ClaimStatus } from './claim.entity';
import { MembershipEntity } from './membership.entity';

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
        // The first member of a company administers it (invites colleagues).
        const members = await m.count(MembershipEntity, { where: { organisationId: claim.organisationId } });
        await m.upsert(
          MembershipEntity,
          {
            userId: claim.userId,
            organisationId: claim.organisationId,
            role: members === 0 ? 'admin' : 'member',
          },
          ['userId'],
        );
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

const withClaimant = (c: ClaimEntity): ClaimView =>
  claimView(c, c.user ? { id: c.user.id, email: c.user.email, displayName: c.user.displayName } : null);
