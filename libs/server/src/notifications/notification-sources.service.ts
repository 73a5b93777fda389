import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type CertificationScheme,
  type OpportunityStatus,
  type OpportunityVisibility,
  supplierSearchQuerySchema,
} from '@bitd/domain';
import { DataSource } from 'typeorm';
import { accessRoleOf } from '../accounts/sessions.service';
import { canReadClearance, canReadOpportunity } from '../access/policies';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import type { EventsOf, PlatformEvent } from '../events/event-types';
import { MATCH_NOTIFY_THRESHOLD, MatchingService } from '../matching/matching.service';
import { SearchService } from '../search/search.service';
import { SEARCH_MAX_PAGE_SIZE } from '@bitd/domain';
import { CLOCK, type Clock } from './clock';
import { expiryStage, isoDay, noticeHorizon } from './certification-expiry';
import { dedupeKey } from './notification-keys';
import {
  type IntroductionEventType,
  certificationExpiryText,
  introductionText,
  matchReasons,
  opportunityMatchText,
  portfolioMatchText,
  savedSearchText,
  watchedOpportunityText,
} from './notification-texts';
import { type NotificationDraft, NotifierService } from './notifier.service';

/** Pages of a saved search's results looked at for newcomers (its first results are what people read). */
const SAVED_SEARCH_PAGES = 4;

interface OpportunityRow {
  id: string;
  title: string;
  status: OpportunityStatus;
  visibility: OpportunityVisibility;
  deadline: string | null;
  issuer: string;
  issuer_id: string;
}

/** A person as the access rules see them, from their account and membership. */
interface PersonRow {
  user_id: string;
  platform_role: 'agent' | 'admin' | null;
  organisation_id: string | null;
  organisation_kind: 'supplier' | 'buyer' | 'region' | null;
}

/** Joins the role and organisation of the person in `<alias>.user_id` (read with PERSON_COLUMNS). */
const personJoins = (alias: string) => `JOIN users u ON u.id = ${alias}.user_id AND u.deleted_at IS NULL
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organisations o ON o.id = m.organisation_id`;
const PERSON_COLUMNS = 'u.platform_role, m.organisation_id, o.kind AS organisation_kind';

function personActor(p: PersonRow): Actor {
  return {
    ...ANONYMOUS_ACTOR,
    id: p.user_id,
    kind: 'user',
    userId: p.user_id,
    role: accessRoleOf({ platformRole: p.platform_role, organisationKind: p.organisation_kind }),
    organisationId: p.organisation_id,
    organisationKind: p.organisation_kind,
  };
}

/**
 * Turns what happened (events, the calendar, saved searches) into notification drafts for the
 * people concerned, and hands them to the notifier. Every source is idempotent through the
 * drafts' dedupe keys.
 */
@Injectable()
export class NotificationSources {
  private readonly logger = new Logger(NotificationSources.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: NotifierService,
    private readonly matching: MatchingService,
    private readonly search: SearchService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async opportunity(id: string): Promise<OpportunityRow | null> {
    const [row] = await this.dataSource.query<OpportunityRow[]>(
      `SELECT o.id, o.title, o.status, o.visibility, to_char(o.deadline, 'YYYY-MM-DD') AS deadline, b.name AS issuer,
              o.issuer_id
         FROM opportunities o JOIN organisations b ON b.id = o.issuer_id
        WHERE o.id = $1 AND o.deleted_at IS NULL`,
      [id],
    );
    return row ?? null;
  }

  /**
   * A published opportunity: the members of every supplier it fits above the threshold, and the
   * agents following those suppliers, each with the matcher's reasons.
   */
  async opportunityPublished(opportunityId: string): Promise<number> {
    const o = await this.opportunity(opportunityId);
    if (!o || o.status !== 'published') return 0;
    const fits = await this.matching.suppliersAbove(opportunityId, MATCH_NOTIFY_THRESHOLD);
    if (fits.length === 0) return 0;
    const ids = fits.map((f) => f.supplierId);
    const people: Array<{ user_id: string; supplier_id: string; name: string; via: 'member' | 'follow' }> =
      await this.dataSource.query(
        `SELECT m.user_id, m.organisation_id AS supplier_id, s.name, 'member' AS via
           FROM memberships m JOIN organisations s ON s.id = m.organisation_id
          WHERE m.organisation_id = ANY($1::uuid[])
         UNION ALL
         SELECT f.user_id, f.supplier_id, s.name, 'follow' AS via
           FROM supplier_follows f JOIN organisations s ON s.id = f.supplier_id
           -- A portfolio is an agent's: someone no longer an agent is told nothing of it.
           JOIN users u ON u.id = f.user_id AND u.deleted_at IS NULL AND u.platform_role IN ('agent', 'admin')
          WHERE f.supplier_id = ANY($1::uuid[])`,
        [ids],
      );
    const fit = new Map(fits.map((f) => [f.supplierId, f.outcome]));
    // An `invited` opportunity is read by its issuer and staff only: its suppliers hear nothing.
    const suppliersMayRead = o.visibility !== 'invited';
    const drafts: NotificationDraft[] = [];
    for (const p of people) {
      const outcome = fit.get(p.supplier_id);
      if (!outcome) continue;
      const why = matchReasons(outcome.criteria);
      if (p.via === 'member' && suppliersMayRead)
        drafts.push({
          userId: p.user_id,
          kind: 'opportunity_match',
          dedupeKey: dedupeKey.opportunityMatch(o.id, p.supplier_id),
          content: opportunityMatchText(o, p.name, outcome.score, why),
        });
      if (p.via === 'follow')
        drafts.push({
          userId: p.user_id,
          kind: 'portfolio_match',
          dedupeKey: dedupeKey.portfolioMatch(o.id, p.supplier_id),
          content: portfolioMatchText(o, { id: p.supplier_id, name: p.name }, outcome.score, why),
        });
    }
    return this.notifier.create(drafts);
  }

  /** Watched opportunities that changed or closed: their watchers, told what changed. */
  async opportunitiesChanged(
    events: EventsOf<'opportunity.updated' | 'opportunity.closed'>,
  ): Promise<number> {
    const drafts: NotificationDraft[] = [];
    for (const e of events) {
      const o = await this.opportunity(e.payload.opportunityId);
      // Drafts change unseen by watchers; a deleted one is gone.
      if (!o || o.status === 'draft') continue;
      const watchers: PersonRow[] = await this.dataSource.query(
        `SELECT w.user_id, ${PERSON_COLUMNS} FROM opportunity_watches w ${personJoins('w')}
          WHERE w.opportunity_id = $1`,
        [o.id],
      );
      // Only those who may read it, as it stands (drafts were left out above; a closed one, or one
      // closed since this change, is judged as when it was open).
      const facts = { status: 'published' as const, visibility: o.visibility, issuerId: o.issuer_id };
      const readers = watchers.filter((w) => canReadOpportunity(personActor(w), facts));
      if (readers.length === 0) continue;
      const change =
        e.type === 'opportunity.closed' ? ({ closed: true } as const) : await this.changedFields(e);
      const content = watchedOpportunityText(o, change);
      for (const w of readers) {
        if (change.closed === false && change.actorId === w.user_id) continue;
        drafts.push({
          userId: w.user_id,
          kind: 'watched_opportunity',
          dedupeKey: dedupeKey.watchedOpportunity(e.id),
          content,
        });
      }
    }
    return this.notifier.create(drafts);
  }

  /**
   * What an update changed, from the audit entry written in the same transaction as the event (so
   * at the same transaction time, which the event carries to the millisecond), and who made it (not
   * told of their own change).
   */
  private async changedFields(
    e: PlatformEvent<'opportunity.updated'>,
  ): Promise<{ closed: false; fields: string[]; actorId: string | null }> {
    const [entry] = await this.dataSource.query<
      Array<{ changes: Record<string, unknown>; actor_id: string | null }>
    >(
      `SELECT changes, actor_id FROM audit_log
        WHERE entity = 'opportunity' AND entity_id = $1 AND date_trunc('milliseconds', at) = $2::timestamptz
        ORDER BY id DESC LIMIT 1`,
      [e.payload.opportunityId, e.occurredAt],
    );
    return { closed: false, fields: Object.keys(entry?.changes ?? {}), actorId: entry?.actor_id ?? null };
  }

  /** An introduction's parties (both organisations' members and the agent), except who acted. */
  async introductions(events: EventsOf<IntroductionEventType>): Promise<number> {
    const drafts: NotificationDraft[] = [];
    for (const e of events) {
      const p = e.payload;
      // The supplier's members only once it has reached them (an agent vetted it, profile claimed).
      const rows: Array<{ user_id: string | null; supplier: string; buyer: string }> =
        await this.dataSource.query(
          `SELECT m.user_id, s.name AS supplier, b.name AS buyer
           FROM organisations s, organisations b
           LEFT JOIN LATERAL (
             SELECT user_id FROM memberships WHERE organisation_id = $2 OR (organisation_id = $1 AND $4)
             UNION SELECT $3::uuid WHERE $3::uuid IS NOT NULL) m ON true
          WHERE s.id = $1 AND b.id = $2`,
          [p.supplierId, p.buyerId, p.agentUserId, p.withSupplier !== false],
        );
      if (rows.length === 0) continue;
      const content = introductionText(e.type, {
        introductionId: p.introductionId,
        supplierName: rows[0].supplier,
        buyerName: rows[0].buyer,
        side: p.side,
        outcome: p.outcome,
        meetingDate: p.meetingDate,
      });
      for (const r of rows) {
        if (!r.user_id || r.user_id === p.actorUserId) continue;
        drafts.push({
          userId: r.user_id,
          kind: 'introduction',
          dedupeKey:
            e.type === 'introduction.proposed'
              ? dedupeKey.introductionProposed(p.introductionId)
              : dedupeKey.introduction(e.id),
          content,
        });
      }
    }
    return this.notifier.create(drafts);
  }

  /**
   * Certifications of supplier profiles whose validity date is within 60 days, within 30 days or
   * just past (by the clock's day): their members, once per certification, date and threshold.
   */
  async certificationExpiry(): Promise<number> {
    const today = isoDay(this.clock());
    const rows: Array<{
      user_id: string;
      supplier_id: string;
      name: string;
      scheme: CertificationScheme;
      valid_until: string;
    }> = await this.dataSource.query(
      `SELECT m.user_id, o.id AS supplier_id, o.name, c->>'scheme' AS scheme, c->>'validUntil' AS valid_until
           FROM organisations o
           CROSS JOIN LATERAL jsonb_array_elements(o.certifications) c
           JOIN memberships m ON m.organisation_id = o.id
          WHERE o.kind = 'supplier' AND o.deleted_at IS NULL
            AND c->>'validUntil' IS NOT NULL AND c->>'validUntil' <= $1`,
      [noticeHorizon(today)],
    );
    const drafts = rows.flatMap((r): NotificationDraft[] => {
      const stage = expiryStage(r.valid_until, today);
      if (!stage) return [];
      const c = {
        supplierId: r.supplier_id,
        supplierName: r.name,
        scheme: r.scheme,
        validUntil: r.valid_until,
      };
      return [
        {
          userId: r.user_id,
          kind: 'certification_expiry',
          dedupeKey: dedupeKey.certificationExpiry(r.supplier_id, r.scheme, r.valid_until, stage),
          content: certificationExpiryText(c, stage),
        },
      ];
    });
    return this.notifier.create(drafts);
  }

  /**
   * Saved searches with alerts, run as their owners: suppliers in the results not seen before are
   * announced, and become seen, in one transaction. A search's first check only records what it
   * finds (what was there when it was saved is no news).
   */
  async savedSearches(): Promise<number> {
    const searches: Array<
      {
        id: string;
        user_id: string;
        name: string;
        query: string;
        seen: string[];
        checked_at: Date | null;
      } & PersonRow
    > = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.name, s.query, s.seen_supplier_ids AS seen, s.checked_at, ${PERSON_COLUMNS}
         FROM saved_searches s ${personJoins('s')}
        WHERE s.alerts ORDER BY s.checked_at NULLS FIRST`,
    );
    let created = 0;
    for (const s of searches) {
      const owner = personActor(s);
      let found: Array<{ id: string; name: string }>;
      try {
        found = await this.results(s.query, owner);
      } catch (e) {
        // A search saved with parameters the page no longer takes: skipped, the others go on.
        this.logger.warn(`saved search ${s.id} not checked: ${(e as Error).message}`);
        continue;
      }
      const seen = new Set(s.seen);
      const fresh = found.filter((h) => !seen.has(h.id));
      const first = s.checked_at === null && s.seen.length === 0;
      created += await this.dataSource.transaction(async (m) => {
        const n =
          fresh.length > 0 && !first
            ? await this.notifier.create(
                [
                  {
                    userId: s.user_id,
                    kind: 'saved_search',
                    dedupeKey: dedupeKey.savedSearch(
                      s.id,
                      fresh.map((h) => h.id),
                    ),
                    content: savedSearchText(
                      s,
                      fresh.map((h) => h.name),
                    ),
                  },
                ],
                m,
              )
            : 0;
        await m.query(
          `UPDATE saved_searches SET checked_at = $2,
                  seen_supplier_ids = ARRAY(SELECT DISTINCT unnest(seen_supplier_ids || $3::uuid[]))
            WHERE id = $1`,
          [s.id, this.clock(), fresh.map((h) => h.id)],
        );
        return n;
      });
    }
    return created;
  }

  /** The first pages of a saved search's results, as its owner would see them. */
  private async results(query: string, owner: Actor): Promise<Array<{ id: string; name: string }>> {
    const params: Record<string, string | string[]> = {};
    for (const [k, v] of new URLSearchParams(query)) {
      if (k === 'page' || k === 'pageSize') continue;
      const had = params[k];
      params[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
    }
    const hits: Array<{ id: string; name: string }> = [];
    for (let page = 1; page <= SAVED_SEARCH_PAGES; page++) {
      const q = supplierSearchQuerySchema.parse({
        ...params,
        page: String(page),
        pageSize: String(SEARCH_MAX_PAGE_SIZE),
      });
      const res = await this.search.searchSuppliers(
        q,
        { clearance: canReadClearance(owner) },
        isoDay(this.clock()),
      );
      hits.push(...res.hits.map((h) => ({ id: h.id, name: h.name })));
      if (page * SEARCH_MAX_PAGE_SIZE >= res.total) break;
    }
    return hits;
  }
}
