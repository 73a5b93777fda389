import { Injectable } from '@nestjs/common';
import {
  type ConsortiaView,
  type MatchedSupplierSummary,
  type OpportunityMatchesView,
  type SupplierMatchView,
  type SupplierOpportunitiesView,
  MAX_CONSORTIUM_SIZE,
  opportunityNeeds,
  sizeBand,
  suggestConsortia,
} from '@bitd/domain';
import { DataSource, IsNull } from 'typeorm';
import { canManageOpportunity, canReadSupplierMatches, readsRegistered } from '../access/policies';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { toMatchableOpportunity } from '../opportunities/opportunity.mapper';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OpportunityMatchEntity } from './opportunity-match.entity';

type MatchRow = OpportunityMatchEntity & {
  name: string;
  city: string | null;
  department: string | null;
  headcount: number | null;
};

/** Reads stored matches (the worker computes them); never computes on the request path. */
@Injectable()
export class MatchesService {
  constructor(private readonly dataSource: DataSource) {}

  async forOpportunity(id: string, limit: number, actor: Actor): Promise<OpportunityMatchesView> {
    const opp = await this.loadOpportunity(id, actor);
    const needs = opportunityNeeds(toMatchableOpportunity(opp));
    const rows = await this.rows(id, Math.max(limit, 50));
    const eligible = rows.filter((r) => r.eligible);
    const eligibleCount = await this.dataSource
      .getRepository(OpportunityMatchEntity)
      .count({ where: { opportunityId: id, eligible: true } });
    const ready = opp.matchedVersion === opp.version;
    const view = (r: MatchRow, i: number): SupplierMatchView => ({
      rank: i + 1,
      score: r.score,
      eligible: r.eligible,
      coverage: r.coverage,
      supplier: supplierSummary(r),
      criteria: r.criteria,
    });
    const nearMisses = eligibleCount === 0 ? rows.filter((r) => !r.eligible).map(view) : [];
    return {
      opportunityId: id,
      status: ready ? 'ready' : 'pending',
      computedAt: opp.matchedAt?.toISOString() ?? null,
      needs: needs.map(({ key, label, codes, terms, weight, main }) => ({
        key,
        label,
        codes,
        terms,
        weight,
        main,
      })),
      eligibleCount,
      matches: eligible.slice(0, limit).map(view),
      nearMisses,
      summary: summary(opp, eligibleCount, nearMisses.length, ready),
    };
  }

  async consortia(id: string, actor: Actor): Promise<ConsortiaView> {
    const opp = await this.loadOpportunity(id, actor);
    const needs = opportunityNeeds(toMatchableOpportunity(opp));
    const rows = (await this.rows(id, 60)).filter((r) => r.eligible);
    const byId = new Map(rows.map((r) => [r.supplierId, r]));
    const teams = suggestConsortia(
      rows.map((r) => ({ id: r.supplierId, score: r.score, needScores: r.needScores })),
      needs.map((n) => n.weight),
    );
    const need = (i: number) => ({ key: needs[i].key, label: needs[i].label });
    return {
      opportunityId: id,
      maxMembers: MAX_CONSORTIUM_SIZE,
      consortia: teams.map((t) => ({
        coverage: t.coverage,
        score: t.score,
        members: t.members.map((m, i) => ({
          role: i === 0 ? 'lead' : 'partner',
          supplier: supplierSummary(byId.get(m.id) as MatchRow),
          covers: m.covers.map(need),
        })),
        uncovered: t.uncovered.map(need),
      })),
    };
  }

  /** The company's own matches: another organisation's answer as if the profile did not exist. */
  async forSupplier(id: string, limit: number, actor: Actor): Promise<SupplierOpportunitiesView> {
    const exists =
      isUuid(id) &&
      canReadSupplierMatches(actor, id) &&
      (await this.dataSource.getRepository(OrganisationEntity).exists({ where: { id, kind: 'supplier' } }));
    if (!exists) throw DomainError.notFound('Supplier', id);
    const rows: Array<
      OpportunityMatchEntity & { title: string; kind: string; issuer: string; deadline: string | null }
    > = await this.dataSource.query(
      `SELECT m.opportunity_id AS "opportunityId", m.score, m.coverage, m.criteria,
                o.title, o.kind, to_char(o.deadline, 'YYYY-MM-DD') AS deadline, b.name AS issuer
           FROM opportunity_matches m
           JOIN opportunities o ON o.id = m.opportunity_id AND o.deleted_at IS NULL AND o.status = 'published'
                AND (o.visibility = 'public' OR (o.visibility = 'registered' AND $3))
           JOIN organisations b ON b.id = o.issuer_id
          WHERE m.supplier_id = $1 AND m.eligible
          ORDER BY m.score DESC, o.deadline ASC NULLS LAST
          LIMIT $2`,
      [id, limit, readsRegistered(actor)],
    );
    return {
      supplierId: id,
      matches: rows.map((r) => ({
        score: r.score,
        coverage: r.coverage,
        criteria: r.criteria,
        opportunity: {
          id: r.opportunityId,
          title: r.title,
          kind: r.kind as SupplierOpportunitiesView['matches'][number]['opportunity']['kind'],
          issuer: r.issuer,
          deadline: r.deadline,
        },
      })),
    };
  }

  /** Matches are the issuer's (and staff's): anybody else is told the opportunity does not exist. */
  private async loadOpportunity(id: string, actor: Actor): Promise<OpportunityEntity> {
    const opp = isUuid(id)
      ? await this.dataSource.getRepository(OpportunityEntity).findOne({
          where: { id, deletedAt: IsNull() },
          relations: { programme: true },
        })
      : null;
    if (!opp || !canManageOpportunity(actor, opp.issuerId)) throw DomainError.notFound('Opportunity', id);
    return opp;
  }

  private rows(opportunityId: string, limit: number): Promise<MatchRow[]> {
    return this.dataSource.query(
      `SELECT m.supplier_id AS "supplierId", m.score, m.coverage, m.eligible, m.need_scores AS "needScores",
              m.criteria, s.name, s.city, s.department, s.headcount
         FROM opportunity_matches m JOIN organisations s ON s.id = m.supplier_id AND s.deleted_at IS NULL
        WHERE m.opportunity_id = $1
        ORDER BY m.eligible DESC, m.score DESC, m.coverage DESC, m.supplier_id
        LIMIT $2`,
      [opportunityId, limit],
    );
  }
}

function supplierSummary(r: MatchRow): MatchedSupplierSummary {
  return {
    id: r.supplierId,
    name: r.name,
    city: r.city,
    department: r.department,
    sizeBand: sizeBand(r.headcount),
  };
}

function summary(
  opp: OpportunityEntity,
  eligible: number,
  near: number,
  ready: boolean,
): OpportunityMatchesView['summary'] {
  if (opp.status !== 'published')
    return {
      fr: 'Les correspondances sont calculées une fois le besoin publié.',
      en: 'Matches are computed once the opportunity is published.',
    };
  if (!ready && eligible === 0)
    return { fr: 'Calcul des correspondances en cours…', en: 'Matches are being computed…' };
  if (eligible > 0)
    return {
      fr: `${eligible} fournisseur(s) remplissent toutes les exigences.`,
      en: `${eligible} supplier(s) meet every requirement.`,
    };
  return near > 0
    ? {
        fr: `Aucun fournisseur ne remplit toutes les exigences. Les ${near} plus proches sont indiqués avec ce qui leur manque.`,
        en: `No supplier meets every requirement. The ${near} nearest are shown with what each lacks.`,
      }
    : {
        fr: 'Aucun fournisseur ne propose de capacité proche de ce besoin.',
        en: 'No supplier offers a capability close to this need.',
      };
}
