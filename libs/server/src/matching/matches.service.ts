import { Injectable } from '@nestjs/common';
import {
  type ConsortiaView,
  type LocalizedText,
  type MatchedSupplierSummary,
  type OpportunityMatchesView,
  type SupplierMatchView,
  type SupplierOpportunitiesView,
  MAX_CONSORTIUM_SIZE,
  failedRequirements,
  opportunityNeeds,
  readNeeds,
  ruledOutBy,
  shownNeeds,
  sizeBand,
  suggestConsortia,
  uncoverableNeeds,
} from '@bitd/domain';
import { DataSource, IsNull } from 'typeorm';
import { canManageOpportunity, canReadSupplierMatches, readsRegistered } from '../access/policies';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { toMatchableOpportunity } from '../opportunities/opportunity.mapper';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { NEAR_MISSES } from './matching.service';
import { OpportunityMatchEntity } from './opportunity-match.entity';

/** Near misses shown; the others stored still count in `ruledOut`. */
const NEAR_MISSES_SHOWN = 5;

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
    const o = toMatchableOpportunity(opp);
    const removed = new Set(o.needEdits.removed);
    const [eligible, near] = await Promise.all([
      this.rows(id, Math.max(limit, 50), true),
      this.rows(id, NEAR_MISSES, false),
    ]);
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
    // Those that fail the fewest stated requirements first: "lacks only X".
    const failed = (r: MatchRow) => failedRequirements(r.criteria).length;
    const nearMisses = [...near].sort((a, b) => failed(a) - failed(b)).slice(0, NEAR_MISSES_SHOWN);
    return {
      opportunityId: id,
      status: ready ? 'ready' : 'pending',
      computedAt: opp.matchedAt?.toISOString() ?? null,
      needs: shownNeeds(opportunityNeeds(o)).map(({ key, label, origin, codes, terms, weight, main }) => ({
        key,
        label,
        origin,
        codes,
        terms,
        weight,
        main,
      })),
      needEdits: o.needEdits,
      removedNeeds: shownNeeds(readNeeds(o))
        .filter((n) => removed.has(n.key))
        .map(({ key, label }) => ({ key, label })),
      eligibleCount,
      matches: eligible.slice(0, limit).map(view),
      nearMisses: nearMisses.map(view),
      ruledOut: ruledOutBy(near.map((r) => r.criteria)),
      summary: summary(opp, eligibleCount, nearMisses.length, ready),
    };
  }

  async consortia(id: string, actor: Actor): Promise<ConsortiaView> {
    const opp = await this.loadOpportunity(id, actor);
    const all = opportunityNeeds(toMatchableOpportunity(opp));
    // Teams are made on the needs a person is shown; stored scores follow every need, in order.
    const shown = all.flatMap((n, i) => (n.words ? [] : [{ need: n, at: i }]));
    const rows = (await this.rows(id, 60, true)).filter((r) => r.needScores.length === all.length);
    const byId = new Map(rows.map((r) => [r.supplierId, r]));
    const candidates = rows.map((r) => ({
      id: r.supplierId,
      score: r.score,
      needScores: shown.map((s) => r.needScores[s.at]),
    }));
    const teams = suggestConsortia(
      candidates,
      shown.map((s) => s.need.weight),
    );
    const need = (i: number) => ({ key: shown[i].need.key, label: shown[i].need.label });
    const uncoverable = uncoverableNeeds(candidates, shown.length).map(need);
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
      uncoverable,
      reason: teams.length > 0 ? null : noTeamReason(opp, rows.length, shown.length, uncoverable),
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

  /** The stored eligible matches, or the near misses, best first. */
  private rows(opportunityId: string, limit: number, eligible: boolean): Promise<MatchRow[]> {
    return this.dataSource.query(
      `SELECT m.supplier_id AS "supplierId", m.score, m.coverage, m.eligible, m.need_scores AS "needScores",
              m.criteria, s.name, s.city, s.department, s.headcount
         FROM opportunity_matches m JOIN organisations s ON s.id = m.supplier_id AND s.deleted_at IS NULL
        WHERE m.opportunity_id = $1 AND m.eligible = $3
        ORDER BY m.score DESC, m.coverage DESC, m.supplier_id
        LIMIT $2`,
      [opportunityId, limit, eligible],
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

/** Why no team is suggested: the need nobody covers, first of all. */
function noTeamReason(
  opp: OpportunityEntity,
  eligible: number,
  needs: number,
  uncoverable: ReadonlyArray<{ label: LocalizedText }>,
): LocalizedText {
  if (opp.matchedVersion !== opp.version)
    return { fr: 'Calcul des correspondances en cours…', en: 'Matches are being computed…' };
  if (eligible === 0)
    return {
      fr: 'Aucun fournisseur breton ne remplit les exigences de ce besoin : il n’y a pas d’équipe à former.',
      en: 'No Breton supplier meets the requirements of this opportunity: there is no team to form.',
    };
  if (uncoverable.length > 0) {
    const fr = uncoverable.map((n) => `« ${n.label.fr} »`).join(', ');
    const en = uncoverable.map((n) => `“${n.label.en}”`).join(', ');
    return uncoverable.length === 1
      ? {
          fr: `Aucun fournisseur breton éligible ne couvre le besoin ${fr} : aucune équipe ne peut le réunir.`,
          en: `No eligible Breton supplier covers the need ${en}: no team can bring it together.`,
        }
      : {
          fr: `Aucun fournisseur breton éligible ne couvre les besoins ${fr} : aucune équipe ne peut les réunir.`,
          en: `No eligible Breton supplier covers the needs ${en}: no team can bring them together.`,
        };
  }
  return needs < 2
    ? {
        fr: 'Un seul besoin : un fournisseur seul y répond, sans consortium.',
        en: 'A single need: one supplier meets it alone, without a consortium.',
      }
    : {
        fr: 'Un même fournisseur couvre déjà tous les besoins : un partenaire n’apporterait rien de plus.',
        en: 'One supplier already covers every need: a partner would add nothing.',
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
