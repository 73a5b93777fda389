import { Injectable } from '@nestjs/common';
import {
  FOLLOWS_MAX,
  PORTFOLIO_MATCHES_PER_SUPPLIER,
  type FollowedSupplierView,
  type OpportunityStatus,
  type OpportunityVisibility,
  type PortfolioView,
  type WatchedOpportunitiesView,
  type WatchedOpportunityView,
  sizeBand,
} from '@bitd/domain';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { canReadOpportunity } from '../access/policies';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { listFull, lockPerson, personOf } from '../common/personal-lists';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OpportunityWatchEntity } from './opportunity-watch.entity';
import { SupplierFollowEntity } from './supplier-follow.entity';

type PortfolioRow = Omit<FollowedSupplierView, 'supplier' | 'followedAt'> & {
  supplierId: string;
  followedAt: Date;
  name: string;
  city: string | null;
  department: string | null;
  headcount: number | null;
};

type WatchRow = WatchedOpportunityView['opportunity'] & {
  watchedAt: Date;
  visibility: OpportunityVisibility;
  issuerId: string;
};

/**
 * A region agent's portfolio (companies followed, with their best current matches) and anyone's
 * watched opportunities. Both are the person's own; following twice is following once.
 */
@Injectable()
export class FollowsService {
  constructor(private readonly dataSource: DataSource) {}

  async followSupplier(supplierId: string, actor: Actor): Promise<void> {
    const userId = personOf(actor);
    await this.dataSource.transaction(async (m) => {
      if (!isUuid(supplierId) || !(await this.supplierExists(m, supplierId)))
        throw DomainError.notFound('Supplier', supplierId);
      await addCapped(
        m,
        SupplierFollowEntity,
        { userId, supplierId },
        {
          fr: 'entreprises suivies',
          en: 'followed companies',
        },
      );
    });
  }

  async unfollowSupplier(supplierId: string, actor: Actor): Promise<void> {
    const userId = personOf(actor);
    const removed = isUuid(supplierId)
      ? (await this.dataSource.getRepository(SupplierFollowEntity).delete({ userId, supplierId })).affected
      : 0;
    // Not followed: already done, unless there is no such company.
    if (!removed && !(isUuid(supplierId) && (await this.supplierExists(this.dataSource.manager, supplierId))))
      throw DomainError.notFound('Supplier', supplierId);
  }

  /** Followed companies by name, each with its best eligible matches among open opportunities. */
  async portfolio(actor: Actor): Promise<PortfolioView> {
    const rows: PortfolioRow[] = await this.dataSource.query(
      `SELECT f.supplier_id AS "supplierId", f.created_at AS "followedAt",
              s.name, s.city, s.department, s.headcount, COALESCE(best.matches, '[]') AS "bestMatches"
         FROM supplier_follows f
         JOIN organisations s ON s.id = f.supplier_id AND s.deleted_at IS NULL
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object(
                    'score', x.score, 'coverage', x.coverage,
                    'opportunity', json_build_object('id', x.id, 'title', x.title, 'kind', x.kind,
                                                     'issuer', x.issuer, 'deadline', x.deadline))
                  ORDER BY x.score DESC, x.deadline ASC NULLS LAST) AS matches
             FROM (SELECT m.score, m.coverage, o.id, o.title, o.kind, b.name AS issuer,
                          to_char(o.deadline, 'YYYY-MM-DD') AS deadline
                     FROM opportunity_matches m
                     JOIN opportunities o ON o.id = m.opportunity_id AND o.deleted_at IS NULL
                          AND o.status = 'published' AND (o.deadline IS NULL OR o.deadline >= CURRENT_DATE)
                     JOIN organisations b ON b.id = o.issuer_id
                    WHERE m.supplier_id = f.supplier_id AND m.eligible
                    ORDER BY m.score DESC, o.deadline ASC NULLS LAST
                    LIMIT $2) x
         ) best ON true
        WHERE f.user_id = $1
        ORDER BY s.name, s.id`,
      [personOf(actor), PORTFOLIO_MATCHES_PER_SUPPLIER],
    );
    return {
      suppliers: rows.map((r) => ({
        supplier: {
          id: r.supplierId,
          name: r.name,
          city: r.city,
          department: r.department,
          sizeBand: sizeBand(r.headcount),
        },
        followedAt: r.followedAt.toISOString(),
        bestMatches: r.bestMatches,
      })),
    };
  }

  /** Anyone who can see the opportunity may watch it; others are told it does not exist. */
  async watchOpportunity(opportunityId: string, actor: Actor): Promise<void> {
    const userId = personOf(actor);
    await this.dataSource.transaction(async (m) => {
      if (!(await this.readable(m, opportunityId, actor)))
        throw DomainError.notFound('Opportunity', opportunityId);
      await addCapped(
        m,
        OpportunityWatchEntity,
        { userId, opportunityId },
        {
          fr: 'opportunités suivies',
          en: 'watched opportunities',
        },
      );
    });
  }

  async unwatchOpportunity(opportunityId: string, actor: Actor): Promise<void> {
    const userId = personOf(actor);
    const removed = isUuid(opportunityId)
      ? (await this.dataSource.getRepository(OpportunityWatchEntity).delete({ userId, opportunityId }))
          .affected
      : 0;
    // Not watched: already done, unless the reader may not see it (then it does not exist for them).
    if (!removed && !(await this.readable(this.dataSource.manager, opportunityId, actor)))
      throw DomainError.notFound('Opportunity', opportunityId);
  }

  /** Watched opportunities the person may still see (a draft's issuer may have left), nearest deadline first. */
  async watched(actor: Actor): Promise<WatchedOpportunitiesView> {
    const rows: WatchRow[] = await this.dataSource.query(
      `SELECT o.id, o.title, o.kind, o.status, o.visibility, o.issuer_id AS "issuerId", b.name AS issuer,
              to_char(o.deadline, 'YYYY-MM-DD') AS deadline, w.created_at AS "watchedAt"
         FROM opportunity_watches w
         JOIN opportunities o ON o.id = w.opportunity_id AND o.deleted_at IS NULL
         JOIN organisations b ON b.id = o.issuer_id
        WHERE w.user_id = $1
        ORDER BY o.deadline ASC NULLS LAST, o.title`,
      [personOf(actor)],
    );
    return {
      opportunities: rows
        .filter((r) => canReadOpportunity(actor, { ...r, status: r.status as OpportunityStatus }))
        .map(({ watchedAt, visibility: _v, issuerId: _i, ...opportunity }) => ({
          opportunity,
          watchedAt: watchedAt.toISOString(),
        })),
    };
  }

  private supplierExists(m: EntityManager, id: string): Promise<boolean> {
    return m.exists(OrganisationEntity, { where: { id, kind: 'supplier' } });
  }

  private async readable(m: EntityManager, id: string, actor: Actor): Promise<boolean> {
    const opp = isUuid(id) ? await m.findOne(OpportunityEntity, { where: { id } }) : null;
    return opp !== null && canReadOpportunity(actor, opp);
  }
}

/** Adds a row of a person's list unless it is there already, within the list's cap. */
async function addCapped(
  m: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  row: { userId: string } & Record<string, string>,
  what: { fr: string; en: string },
): Promise<void> {
  await lockPerson(m, row.userId);
  if (await m.exists(entity, { where: row })) return;
  if ((await m.count(entity, { where: { userId: row.userId } })) >= FOLLOWS_MAX) {
    throw listFull(FOLLOWS_MAX, what);
  }
  await m.insert(entity, row);
}
