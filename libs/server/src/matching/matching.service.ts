import { Injectable, Logger } from '@nestjs/common';
import {
  type Evidence,
  type MatchableOpportunity,
  type MatchableSupplier,
  type MatchOutcome,
  type Need,
  cpvAncestors,
  cpvDepth,
  cpvParent,
  clearanceRank,
  evaluateMatch,
  failedRequirements,
  opportunityNeeds,
  requirementDate,
  supplierEvidence,
} from '@bitd/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { toMatchableOpportunity } from '../opportunities/opportunity.mapper';
import { today } from '../opportunities/opportunities.service';
import { MeiliService } from '../search/meili.service';
import { and, anyOf, atLeast, geoCover, or } from '../search/search-filter';
import { dateNumber } from '../search/supplier-document';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { toMatchableSupplier } from '../suppliers/supplier.mapper';
import { OpportunityMatchEntity } from './opportunity-match.entity';

/** Matches kept per opportunity (the API pages through them). */
export const STORED_MATCHES = 50;
/**
 * Near misses kept beside the eligible matches: the nearest suppliers that fail a stated requirement.
 * The API shows the first few; all of them say which requirements rule out the most.
 */
export const NEAR_MISSES = 50;
/** Candidates read from the index for one opportunity. */
const CANDIDATES = 300;
/** Profiles the worker keeps in memory with their evidence (a few KB each). */
const PROFILE_CACHE_SIZE = 20_000;
/** With this many candidates on the needs' own codes, sibling codes would not reach the top. */
const ENOUGH_CLOSE = 100;
/** Candidates looked at for near misses. */
const NEAR_MISS_CANDIDATES = 50;
/**
 * The score (0–100) from which a supplier is told of a new opportunity, and the agents following it
 * too: a capability that really answers the main needs (about half their weight or more).
 */
export const MATCH_NOTIFY_THRESHOLD = 50;
/** Candidate documents read from the index per request… */
const NOTIFY_PAGE = 2000;
/** …and profiles scored between two turns of the event loop. */
const SCORE_SLICE = 200;
/** Longer than the index lags behind PostgreSQL in normal operation. */
const RECENT_MINUTES = 2;
const RECENT_LIMIT = 200;

interface Profile {
  supplier: MatchableSupplier;
  evidence: Evidence[];
}

/** A supplier found in the index, with the version indexed. */
interface Candidate {
  id: string;
  version: number;
}

interface Scored {
  supplierId: string;
  outcome: MatchOutcome;
}

const byScore = (a: Scored, b: Scored) =>
  b.outcome.score - a.outcome.score ||
  b.outcome.coverage - a.outcome.coverage ||
  a.supplierId.localeCompare(b.supplierId);

/** What is stored of one match (per-need scores rounded: they feed consortia only). */
function storedMatch(opportunityId: string, { supplierId, outcome: m }: Scored) {
  return {
    opportunityId,
    supplierId,
    score: m.score,
    coverage: m.coverage,
    eligible: m.eligible,
    needScores: m.needMatches.map((x) => Math.round(x.score * 1000) / 1000),
    criteria: m.criteria,
  };
}

/**
 * Computes and stores matches. Candidates for an opportunity come from the suppliers index (a
 * filtered search: stated requirements plus the needs' codes through the CPV tree and the
 * thesaurus), then every candidate is scored by the pure domain matcher on the version the index
 * holds (the database's for profiles changed in the last minutes), and the kept ones explained. A
 * changed profile is also re-scored against every open opportunity by its own job.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private readonly profiles = new Map<string, Profile>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
  ) {}

  /**
   * The filtered searches that find an opportunity's candidates (stated requirements as filters):
   * `close` takes the suppliers whose declared or text-implied codes are the needs' own or finer,
   * `wide` adds siblings and coarser codes. Close ones come first when the list is cut.
   */
  candidateSearches(o: MatchableOpportunity, needs: readonly Need[], day = today()) {
    const own = new Set<string>();
    const anchors = new Set<string>();
    const coarser = new Set<string>();
    for (const n of needs) {
      for (const c of n.codes) {
        own.add(c);
        const parent = cpvParent(c);
        // Siblings share the parent; a bare division would take in a whole sector.
        anchors.add(parent && cpvDepth(parent) >= 3 ? parent : c);
        cpvAncestors(c).forEach((a) => coarser.add(a));
      }
      n.broadCodes.forEach((c) => anchors.add(c));
    }
    const on = dateNumber(requirementDate(o, day));
    const requirements = [
      ...o.requiredCertifications.map((s) => atLeast(`certUntil.${s}`, on)),
      o.minClearance !== 'NONE' ? atLeast('clearanceRank', clearanceRank(o.minClearance)) : null,
      o.location?.maxDistanceKm != null
        ? geoCover(o.location.lat, o.location.lon, o.location.maxDistanceKm)
        : null,
    ];
    const search = (codes: string | null, limit = CANDIDATES, stated = requirements) => ({
      filter: and([...stated, codes ?? 'id = "-"']),
      limit,
      attributesToRetrieve: ['id', 'version'],
    });
    return {
      close: search(anyOf('matchTree', [...own])),
      wide: search(or([anyOf('matchTree', [...anchors]), anyOf('matchCodes', [...coarser])])),
      /** Without the stated requirements: the nearest candidates when none meets them all. */
      relaxed: search(anyOf('matchTree', [...own]), NEAR_MISS_CANDIDATES, []),
    };
  }

  /** Recomputes and stores one opportunity's matches. */
  async matchOpportunity(id: string): Promise<{ eligible: number; stored: number }> {
    const opp = await this.dataSource.getRepository(OpportunityEntity).findOne({
      where: { id },
      relations: { programme: true },
      withDeleted: true,
    });
    if (!opp) return { eligible: 0, stored: 0 };
    if (opp.deletedAt !== null || opp.status !== 'published') {
      await this.store(opp, []);
      return { eligible: 0, stored: 0 };
    }
    const o = toMatchableOpportunity(opp);
    const needs = opportunityNeeds(o);
    const day = today();
    const { close, wide, relaxed } = this.candidateSearches(o, needs, day);
    const index = this.meili.client.index(this.meili.indexUid('suppliers'));
    const search = async (query: typeof close) =>
      new Map((await index.search<Candidate>('', query)).hits.map((h) => [h.id, h.version]));
    // The index may lag behind profiles changed in the last minutes, and their own re-match may have
    // run before this opportunity was published: their database versions are taken (a deletion
    // drops them), and they are scored too, so nothing falls between. The newest rows come from the
    // index on updated_at: right after a bulk import every row is recent, and a range condition
    // would have them all read and sorted.
    const recent = this.dataSource.query<Array<Candidate & { deleted: boolean }>>(
      `SELECT id, version, deleted_at IS NOT NULL AS deleted
         FROM (SELECT id, kind, version, updated_at, deleted_at FROM organisations
                ORDER BY updated_at DESC LIMIT ${RECENT_LIMIT}) r
        WHERE kind = 'supplier' AND updated_at > now() - interval '${RECENT_MINUTES} minutes'`,
    );
    const [found, changed] = await Promise.all([search(close), recent]);
    // Siblings and coarser codes (weaker fits) only when the needs' own codes find few.
    if (found.size < ENOUGH_CLOSE) {
      for (const [id, version] of await search(wide)) if (found.size < CANDIDATES) found.set(id, version);
    }
    const deleted = new Set(changed.filter((c) => c.deleted).map((c) => c.id));
    const live = (candidates: Map<string, number>) => {
      deleted.forEach((id) => candidates.delete(id));
      return candidates;
    };
    for (const c of changed) if (!c.deleted) found.set(c.id, c.version);
    const ranked = await this.score(o, needs, live(found), day);
    const eligible = ranked.filter((s) => s.outcome.eligible);
    // Beside them, who comes nearest without meeting every stated requirement, and what each lacks:
    // the candidates found (a TRL floor is no search filter) and those the requirements filtered out.
    const near = new Map(ranked.filter((s) => !s.outcome.eligible).map((s) => [s.supplierId, s]));
    for (const s of await this.score(o, needs, live(await search(relaxed)), day))
      if (!s.outcome.eligible) near.set(s.supplierId, s);
    const failed = (s: Scored) => failedRequirements(s.outcome.criteria).length;
    const misses = [...near.values()]
      .sort((a, b) => failed(a) - failed(b) || byScore(a, b))
      .slice(0, NEAR_MISSES);
    await this.store(opp, [...eligible.slice(0, STORED_MATCHES), ...misses]);
    return { eligible: eligible.length, stored: Math.min(eligible.length, STORED_MATCHES) + misses.length };
  }

  /**
   * Every supplier eligible for a published opportunity with a score of at least `minScore`, with
   * its explanation, among those that do what is asked: a needed code, or a finer one, among what
   * they declare or describe (the `close` candidates). Neighbouring activities still rank in the
   * buyer's list, but a company is not told of an opportunity for its neighbour's trade. Unlike the
   * stored matches (the top STORED_MATCHES), none is left out: the candidates are read page by page
   * from the index's documents (no cap on hits) and scored in memory.
   */
  async suppliersAbove(
    opportunityId: string,
    minScore = MATCH_NOTIFY_THRESHOLD,
  ): Promise<Array<{ supplierId: string; outcome: MatchOutcome }>> {
    const opp = await this.dataSource.getRepository(OpportunityEntity).findOne({
      where: { id: opportunityId, status: 'published' },
      relations: { programme: true },
    });
    if (!opp) return [];
    const o = toMatchableOpportunity(opp);
    const needs = opportunityNeeds(o);
    const day = today();
    const { close } = this.candidateSearches(o, needs, day);
    const index = this.meili.client.index(this.meili.indexUid('suppliers'));
    const filter = close.filter;
    const kept: Scored[] = [];
    for (let offset = 0; ; offset += NOTIFY_PAGE) {
      const page = await index.getDocuments<Candidate>({
        filter,
        fields: ['id', 'version'],
        limit: NOTIFY_PAGE,
        offset,
      });
      // Scored a slice at a time, letting the event loop breathe in between: reading a cold
      // profile's texts is CPU work, and the job's lock must keep being renewed meanwhile.
      for (let i = 0; i < page.results.length; i += SCORE_SLICE) {
        const slice = page.results.slice(i, i + SCORE_SLICE);
        const scored = await this.score(o, needs, new Map(slice.map((c) => [c.id, c.version])), day);
        kept.push(...scored.filter((s) => s.outcome.eligible && s.outcome.score >= minScore));
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (page.results.length < NOTIFY_PAGE) break;
    }
    return kept.sort(byScore);
  }

  /**
   * A profile as the matcher reads it, with its evidence, kept per version: reading texts through
   * the thesaurus and loading JSONB lists are most of the cost of scoring, and the same profiles
   * are candidates for many opportunities.
   */
  private remember(row: OrganisationEntity): Profile {
    const key = `${row.id}:${row.version}`;
    const cached = this.profiles.get(key);
    if (cached) return cached;
    const supplier = toMatchableSupplier(row);
    const profile = { supplier, evidence: supplierEvidence(supplier) };
    if (this.profiles.size >= PROFILE_CACHE_SIZE) {
      // Oldest first: a Map iterates in insertion order.
      this.profiles.delete(this.profiles.keys().next().value as string);
    }
    this.profiles.set(key, profile);
    return profile;
  }

  /** The profiles of these candidates at these versions: full rows only for the versions not kept. */
  private async load(candidates: ReadonlyMap<string, number>): Promise<Array<Profile & { id: string }>> {
    const missing = [...candidates].filter(([id, version]) => !this.profiles.has(`${id}:${version}`));
    // A row read now may be newer than the index said: it is then the one scored. A deleted one is gone.
    const rows = missing.length
      ? await this.dataSource
          .getRepository(OrganisationEntity)
          .find({ where: { id: In(missing.map(([id]) => id)), kind: 'supplier' } })
      : [];
    const fresh = new Map(rows.map((r) => [r.id, this.remember(r)]));
    const gone = new Set(missing.map(([id]) => id).filter((id) => !fresh.has(id)));
    return [...candidates]
      .filter(([id]) => !gone.has(id))
      .map(([id, version]) => ({ id, profile: fresh.get(id) ?? this.profiles.get(`${id}:${version}`) }))
      .filter((p): p is { id: string; profile: Profile } => p.profile !== undefined)
      .map((p) => ({ id: p.id, ...p.profile }));
  }

  /** Scores and explains the given suppliers, best first (only those with some capability fit). */
  private async score(
    o: MatchableOpportunity,
    needs: readonly Need[],
    candidates: ReadonlyMap<string, number>,
    day: string,
  ): Promise<Scored[]> {
    return (await this.load(candidates))
      .map((p) => ({ supplierId: p.id, outcome: evaluateMatch(o, needs, p.supplier, p.evidence, day) }))
      .filter((s) => s.outcome.score > 0)
      .sort(byScore);
  }

  /** Re-scores changed suppliers against every open opportunity and updates their stored rows. */
  async matchSuppliers(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const open = await this.dataSource.getRepository(OpportunityEntity).find({
      where: { status: 'published', deletedAt: IsNull() },
      relations: { programme: true },
    });
    const suppliers = await this.dataSource
      .getRepository(OrganisationEntity)
      .find({ where: { id: In([...ids]), kind: 'supplier' } });
    const live = new Set(suppliers.map((s) => s.id));
    const gone = ids.filter((id) => !live.has(id));
    const day = today();
    const opportunities = open.map((e) => {
      const o = toMatchableOpportunity(e);
      return { o, needs: opportunityNeeds(o) };
    });
    const upserts: OpportunityMatchEntity[] = [];
    const removals: Array<[string, string]> = [];
    const now = new Date();
    for (const row of suppliers) {
      const { supplier: s, evidence } = this.remember(row);
      for (const { o, needs } of opportunities) {
        const m = evaluateMatch(o, needs, s, evidence, day);
        if (m.eligible && m.score > 0) {
          upserts.push({ ...storedMatch(o.id, { supplierId: row.id, outcome: m }), computedAt: now });
        } else removals.push([o.id, row.id]);
      }
    }
    await this.dataSource.transaction(async (m) => {
      if (gone.length) await m.delete(OpportunityMatchEntity, { supplierId: In(gone) });
      for (let i = 0; i < removals.length; i += 5000) {
        const chunk = removals.slice(i, i + 5000);
        await m.query(
          `DELETE FROM opportunity_matches m USING unnest($1::uuid[], $2::uuid[]) AS r(o, s)
            WHERE m.opportunity_id = r.o AND m.supplier_id = r.s AND m.eligible`,
          [chunk.map((r) => r[0]), chunk.map((r) => r[1])],
        );
      }
      for (let i = 0; i < upserts.length; i += 1000) {
        await m.upsert(OpportunityMatchEntity, upserts.slice(i, i + 1000), ['opportunityId', 'supplierId']);
      }
    });
    return suppliers.length;
  }

  /**
   * Replaces an opportunity's stored matches and marks the version that was read as matched, in
   * one statement (atomic, and one round trip on the hot path). Only that version is marked: a
   * newer one has its own job coming.
   */
  private async store(opp: OpportunityEntity, kept: Scored[]): Promise<void> {
    await this.dataSource.query(
      `WITH kept AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb)
           AS k("supplierId" uuid, score real, coverage real, eligible boolean, "needScores" jsonb, criteria jsonb)
       ), dropped AS (
         DELETE FROM opportunity_matches m
          WHERE m.opportunity_id = $1 AND m.supplier_id NOT IN (SELECT "supplierId" FROM kept)
       ), written AS (
         INSERT INTO opportunity_matches
                (opportunity_id, supplier_id, score, coverage, eligible, need_scores, criteria, computed_at)
         SELECT $1, "supplierId", score, coverage, eligible, "needScores", criteria, now() FROM kept
         ON CONFLICT (opportunity_id, supplier_id) DO UPDATE
            SET score = excluded.score, coverage = excluded.coverage, eligible = excluded.eligible,
                need_scores = excluded.need_scores, criteria = excluded.criteria,
                computed_at = excluded.computed_at
       )
       UPDATE opportunities SET matched_version = $3, matched_at = now() WHERE id = $1 AND version = $3`,
      [opp.id, JSON.stringify(kept.map((k) => storedMatch(opp.id, k))), opp.version],
    );
    this.logger.debug(`matched opportunity ${opp.id}: ${kept.length} stored`);
  }
}
