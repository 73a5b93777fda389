import { Injectable } from '@nestjs/common';
import {
  SHORTLIST_MAX_ENTRIES,
  type ShortlistEntryInput,
  type ShortlistTargetView,
  type ShortlistView,
  sizeBand,
} from '@bitd/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { canKeepShortlist } from '../access/policies';
import { writeAudit } from '../audit/audit.writer';
import { type Actor, isStaff } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { listFull } from '../common/personal-lists';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ShortlistEntryEntity } from './shortlist-entry.entity';

/** A shortlist entry as read with its supplier, its stored match and who added it. */
export interface ShortlistRow {
  supplierId: string;
  note: string | null;
  createdAt: Date;
  addedBy: string | null;
  name: string;
  city: string | null;
  department: string | null;
  headcount: number | null;
  score: number | null;
  eligible: boolean | null;
}

/** Opportunities a reader may add a supplier to, at most. */
const TARGETS_LIMIT = 100;

/**
 * The shortlist a buyer keeps per opportunity. Only the issuer's buyers and staff see or change it
 * (anyone else is told the opportunity does not exist); every addition and removal is audited.
 */
@Injectable()
export class ShortlistsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(opportunityId: string, actor: Actor): Promise<ShortlistView> {
    await this.loadKept(this.dataSource.manager, opportunityId, actor);
    return this.view(opportunityId);
  }

  /** The rows of a shortlist the reader keeps (the CSV export reads them). */
  async rows(opportunityId: string, actor: Actor): Promise<ShortlistRow[]> {
    await this.loadKept(this.dataSource.manager, opportunityId, actor);
    return this.readRows(opportunityId);
  }

  /** Adds the supplier, or replaces its note: doing it twice changes nothing more. */
  async put(
    opportunityId: string,
    supplierId: string,
    input: ShortlistEntryInput,
    actor: Actor,
  ): Promise<ShortlistView> {
    await this.dataSource.transaction(async (m) => {
      // The opportunity's row is locked: two additions at once cannot pass the cap together.
      const opp = await this.loadKept(m, opportunityId, actor, true);
      const supplierExists =
        isUuid(supplierId) &&
        (await m.exists(OrganisationEntity, { where: { id: supplierId, kind: 'supplier' } }));
      if (!supplierExists) throw DomainError.notFound('Supplier', supplierId);
      const existing = await m.findOne(ShortlistEntryEntity, { where: { opportunityId, supplierId } });
      const audit = { entity: 'shortlist', entityId: opportunityId, organisationId: opp.issuerId };
      if (existing) {
        if (existing.note === input.note) return;
        await m.update(ShortlistEntryEntity, { opportunityId, supplierId }, { note: input.note });
        await writeAudit(m, actor, [
          {
            ...audit,
            action: 'shortlist.note_changed',
            before: { supplierId, note: existing.note },
            after: { supplierId, note: input.note },
          },
        ]);
        return;
      }
      if ((await m.count(ShortlistEntryEntity, { where: { opportunityId } })) >= SHORTLIST_MAX_ENTRIES) {
        throw listFull(SHORTLIST_MAX_ENTRIES, {
          fr: 'fournisseurs présélectionnés pour ce besoin',
          en: 'shortlisted suppliers for this opportunity',
        });
      }
      await m.insert(ShortlistEntryEntity, {
        opportunityId,
        supplierId,
        note: input.note,
        addedBy: actor.userId,
      });
      await writeAudit(m, actor, [
        { ...audit, action: 'shortlist.added', before: null, after: { supplierId, note: input.note } },
      ]);
    });
    return this.view(opportunityId);
  }

  /** Takes the supplier off; one that is not on the shortlist is already off. */
  async remove(opportunityId: string, supplierId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const opp = await this.loadKept(m, opportunityId, actor, true);
      if (!isUuid(supplierId)) throw DomainError.notFound('Supplier', supplierId);
      const existing = await m.findOne(ShortlistEntryEntity, { where: { opportunityId, supplierId } });
      if (!existing) return;
      await m.delete(ShortlistEntryEntity, { opportunityId, supplierId });
      await writeAudit(m, actor, [
        {
          action: 'shortlist.removed',
          entity: 'shortlist',
          entityId: opportunityId,
          organisationId: opp.issuerId,
          before: { supplierId, note: existing.note },
          after: null,
        },
      ]);
    });
  }

  /**
   * Where the reader can add a supplier (search page): a buyer's organisation's opportunities not
   * closed; for staff, the opportunities that already have a shortlist.
   */
  async targets(actor: Actor): Promise<ShortlistTargetView[]> {
    const issuer = isStaff(actor) ? null : actor.organisationId;
    if (!isStaff(actor) && !issuer) return [];
    const rows: Array<Omit<ShortlistTargetView, 'supplierIds'> & { supplierIds: string[] }> =
      await this.dataSource.query(
        `SELECT o.id AS "opportunityId", o.title, o.kind, o.status,
                to_char(o.deadline, 'YYYY-MM-DD') AS deadline,
                COALESCE(array_agg(e.supplier_id::text ORDER BY e.created_at)
                         FILTER (WHERE e.supplier_id IS NOT NULL), '{}') AS "supplierIds"
           FROM opportunities o
           LEFT JOIN shortlist_entries e ON e.opportunity_id = o.id
          WHERE o.deleted_at IS NULL
            AND CASE WHEN $1::uuid IS NULL
                     THEN EXISTS (SELECT 1 FROM shortlist_entries x WHERE x.opportunity_id = o.id)
                     ELSE o.issuer_id = $1::uuid AND o.status <> 'closed' END
          GROUP BY o.id
          ORDER BY o.deadline ASC NULLS LAST, o.title
          LIMIT $2`,
        [issuer, TARGETS_LIMIT],
      );
    return rows;
  }

  private async view(opportunityId: string): Promise<ShortlistView> {
    const rows = await this.readRows(opportunityId);
    return {
      opportunityId,
      maxEntries: SHORTLIST_MAX_ENTRIES,
      entries: rows.map((r) => ({
        supplier: {
          id: r.supplierId,
          name: r.name,
          city: r.city,
          department: r.department,
          sizeBand: sizeBand(r.headcount),
        },
        note: r.note,
        addedAt: r.createdAt.toISOString(),
        addedBy: r.addedBy,
        match: r.score === null ? null : { score: r.score, eligible: r.eligible === true },
      })),
    };
  }

  /** Best match first, then in the order they were added; deleted profiles are left out. */
  private readRows(opportunityId: string): Promise<ShortlistRow[]> {
    return this.dataSource.query(
      `SELECT e.supplier_id AS "supplierId", e.note, e.created_at AS "createdAt",
              u.display_name AS "addedBy", s.name, s.city, s.department, s.headcount,
              m.score, m.eligible
         FROM shortlist_entries e
         JOIN organisations s ON s.id = e.supplier_id AND s.deleted_at IS NULL
         LEFT JOIN users u ON u.id = e.added_by
         LEFT JOIN opportunity_matches m ON m.opportunity_id = e.opportunity_id AND m.supplier_id = e.supplier_id
        WHERE e.opportunity_id = $1
        ORDER BY m.score DESC NULLS LAST, e.created_at, e.supplier_id`,
      [opportunityId],
    );
  }

  /** The opportunity, when the reader keeps its shortlist; anybody else is told it does not exist. */
  private async loadKept(
    m: EntityManager,
    id: string,
    actor: Actor,
    lock = false,
  ): Promise<OpportunityEntity> {
    const opp = isUuid(id)
      ? await m.findOne(OpportunityEntity, {
          where: { id },
          ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!opp || !canKeepShortlist(actor, opp.issuerId)) throw DomainError.notFound('Opportunity', id);
    return opp;
  }
}
