import { Injectable, Logger } from '@nestjs/common';
import {
  type BuyerView,
  type ProgrammeView,
  MAX_PAGE_SIZE,
  type NeedEdits,
  type OpportunityInput,
  type OpportunityKind,
  type OpportunityStatus,
  type OpportunityUpdate,
  type OpportunityView,
  type Page,
  type OpportunitySummaryView,
  buyerCategoryOf,
  hasSomethingToMatch,
  opportunityCreateSchema,
} from '@bitd/domain';
import { DataSource, EntityManager, FindOptionsWhere, In, IsNull, LessThan } from 'typeorm';
import { canManageOpportunity, canReadOpportunity, readsRegistered } from '../access/policies';
import { writeAudit } from '../audit/audit.writer';
import { Actor, isStaff } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { publishEvents } from '../events/publish-events';
import { opportunityEvent } from './opportunity-events';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OpportunityEntity } from './opportunity.entity';
import {
  OpportunityRecord,
  nameKey,
  opportunityContentHash,
  toOpportunityInput,
  toOpportunityRecord,
  toOpportunitySummary,
  toOpportunityView,
} from './opportunity.mapper';
import { ProgrammeEntity } from './programme.entity';

export interface OpportunityListQuery {
  page: number;
  pageSize: number;
  status?: OpportunityStatus;
  kind?: OpportunityKind;
  sort: 'deadline' | 'updatedAt' | 'title';
  order: 'ASC' | 'DESC';
}

export const today = (): string => new Date().toISOString().slice(0, 10);

type Loaded = OpportunityEntity & { issuer: OrganisationEntity };

/**
 * Opportunities and their life cycle: draft → published → closed (closed automatically once the
 * deadline has passed). Every write announces itself in the outbox, in the same transaction, so
 * search and matching follow.
 */
@Injectable()
export class OpportunitiesService {
  private readonly logger = new Logger(OpportunitiesService.name);

  constructor(private readonly dataSource: DataSource) {}

  async create(input: OpportunityInput, actor: Actor): Promise<OpportunityView> {
    const id = await this.dataSource.transaction(async (m) => {
      const record = toOpportunityRecord(input);
      if (record.externalId) await this.assertExternalIdFree(m, record.externalId);
      const status = input.status ?? 'draft';
      const entity = m.create(OpportunityEntity, {
        ...record,
        status,
        publishedAt: status === 'published' ? new Date() : null,
        issuerId: await this.issuerFor(m, actor, input.issuer),
        programmeId: (await this.resolveProgramme(m, input.programme ?? null))?.id ?? null,
        createdBy: actor.id,
        updatedBy: actor.id,
      });
      await m.save(entity);
      await publishEvents(m, [opportunityEvent(entity.id, null, status)]);
      await writeAudit(m, actor, [
        opportunityAudit('opportunity.created', entity, null, { ...record, status }),
      ]);
      return entity.id;
    });
    return this.get(id, actor);
  }

  /** 404 when the reader may not see it (another organisation's draft answers as if absent). */
  async get(id: string, actor: Actor): Promise<OpportunityView> {
    const entity = await this.load(this.dataSource.manager, id);
    if (!canReadOpportunity(actor, entity)) throw DomainError.notFound('Opportunity', id);
    return toOpportunityView(entity, canManageOpportunity(actor, entity.issuerId));
  }

  async list(q: OpportunityListQuery, actor: Actor): Promise<Page<OpportunitySummaryView>> {
    const pageSize = Math.min(q.pageSize, MAX_PAGE_SIZE);
    const column = { deadline: 'o.deadline', updatedAt: 'o.updated_at', title: 'o.title' }[q.sort];
    const qb = this.dataSource
      .getRepository(OpportunityEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.issuer', 'issuer')
      .leftJoinAndSelect('o.programme', 'programme')
      .orderBy(column, q.order, 'NULLS LAST')
      .addOrderBy('o.id')
      .skip((q.page - 1) * pageSize)
      .take(pageSize);
    if (!isStaff(actor)) {
      // canReadOpportunity, as SQL.
      qb.andWhere(
        `(o.issuer_id = :org OR (o.status = 'published' AND (o.visibility = 'public' OR (o.visibility = 'registered' AND :registered))))`,
        {
          org: actor.organisationId ?? '00000000-0000-0000-0000-000000000000',
          registered: readsRegistered(actor),
        },
      );
    }
    if (q.status) qb.andWhere('o.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('o.kind = :kind', { kind: q.kind });
    const [rows, total] = await qb.getManyAndCount();
    return { items: (rows as Loaded[]).map(toOpportunitySummary), total, page: q.page, pageSize };
  }

  /** Buyer organisations with the number of live opportunities each issued. */
  async buyers(): Promise<BuyerView[]> {
    const rows: Array<BuyerView & { opportunities: string }> = await this.dataSource.query(
      `SELECT b.id, b.name, b.buyer_category AS category, count(o.id) AS opportunities
         FROM organisations b LEFT JOIN opportunities o ON o.issuer_id = b.id AND o.deleted_at IS NULL
        WHERE b.kind = 'buyer' AND b.deleted_at IS NULL
        GROUP BY b.id ORDER BY b.name`,
    );
    return rows.map((r) => ({ ...r, opportunities: Number(r.opportunities) }));
  }

  /** Programmes with the number of live opportunities that name each. */
  async programmes(): Promise<ProgrammeView[]> {
    const rows: Array<ProgrammeView & { opportunities: string }> = await this.dataSource.query(
      `SELECT p.id, p.name, count(o.id) AS opportunities
         FROM programmes p LEFT JOIN opportunities o ON o.programme_id = p.id AND o.deleted_at IS NULL
        GROUP BY p.id ORDER BY p.name`,
    );
    return rows.map((r) => ({ ...r, opportunities: Number(r.opportunities) }));
  }

  /** Applies the given fields (`null` clears an optional one); the result is validated whole. */
  async update(
    id: string,
    patch: OpportunityUpdate,
    actor: Actor,
    expectedVersion?: number,
  ): Promise<OpportunityView> {
    await this.dataSource.transaction(async (m) => {
      const entity = await this.loadManaged(m, id, actor);
      if (expectedVersion !== undefined && entity.version !== expectedVersion) {
        throw new DomainError(
          'VERSION_CONFLICT',
          'The opportunity was changed by someone else meanwhile; reload it',
          undefined,
          { currentVersion: entity.version },
        );
      }
      const merged = { ...toOpportunityInput(entity), ...withoutNull(patch) } as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) if (v === null) delete merged[k];
      if (patch.location === null) delete merged.location;
      const input = parseOrThrow(opportunityCreateSchema(today()), {
        ...merged,
        status: entity.status === 'published' ? 'published' : undefined,
      });
      const record = toOpportunityRecord(input);
      if (record.externalId && record.externalId !== entity.externalId)
        await this.assertExternalIdFree(m, record.externalId);
      const before = toOpportunityRecord(toOpportunityInput(entity) as OpportunityInput);
      Object.assign(entity, record, {
        issuerId: await this.issuerFor(m, actor, input.issuer),
        programmeId: (await this.resolveProgramme(m, input.programme ?? null))?.id ?? null,
        updatedBy: actor.id,
        contentHash: null,
      });
      await this.saveLoaded(m, entity);
      await writeAudit(m, actor, [opportunityAudit('opportunity.updated', entity, before, record)]);
    });
    return this.get(id, actor);
  }

  /**
   * Records the buyer's corrections to the needs read (they replace the earlier ones); the new version
   * goes through the outbox to the matching job, which recomputes the matches with them.
   */
  async setNeedEdits(id: string, edits: NeedEdits, actor: Actor): Promise<OpportunityView> {
    await this.dataSource.transaction(async (m) => {
      const entity = await this.loadManaged(m, id, actor);
      const before = { needEdits: entity.needEdits };
      entity.needEdits = edits;
      entity.updatedBy = actor.id;
      await this.saveLoaded(m, entity);
      await writeAudit(m, actor, [
        opportunityAudit('opportunity.needs_edited', entity, before, { needEdits: edits }),
      ]);
    });
    return this.get(id, actor);
  }

  /** Publishes a draft (or reopens a closed one): its deadline must not have passed. */
  async publish(id: string, actor: Actor): Promise<OpportunityView> {
    return this.transition(id, actor, 'opportunity.published', (e) => {
      if (e.deadline !== null && e.deadline < today()) {
        throw DomainError.validation(
          [
            {
              field: 'deadline',
              message: `is in the past (${e.deadline}): move it to today or later, then publish`,
            },
          ],
          'The deadline has passed',
        );
      }
      if (!hasSomethingToMatch(e)) {
        throw DomainError.validation([
          {
            field: 'requiredCapabilities',
            message: 'nothing to match on: give a capability code or describe the need',
          },
        ]);
      }
      e.status = 'published';
      e.publishedAt = new Date();
      e.closedAt = null;
    });
  }

  async close(id: string, actor: Actor): Promise<OpportunityView> {
    return this.transition(id, actor, 'opportunity.closed', (e) => {
      e.status = 'closed';
      e.closedAt = new Date();
    });
  }

  /** Soft delete: the opportunity leaves lists, search and matching. */
  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const entity = await this.loadManaged(m, id, actor);
      await m.update(OpportunityEntity, { id }, { updatedBy: actor.id });
      await m.softDelete(OpportunityEntity, { id: entity.id });
      await publishEvents(m, [{ type: 'opportunity.deleted', payload: { opportunityId: id } }]);
      await writeAudit(m, actor, [
        opportunityAudit('opportunity.deleted', entity, { deleted: false }, { deleted: true }),
      ]);
    });
  }

  /** Closes the published opportunities whose deadline has passed (daily, and at worker start). */
  async closeExpired(day = today()): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const expired = await m.find(OpportunityEntity, {
        where: { status: 'published', deadline: LessThan(day) },
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
      const ids = expired.map((e) => e.id);
      if (ids.length === 0) return 0;
      await m.update(
        OpportunityEntity,
        { id: In(ids) },
        {
          status: 'closed',
          closedAt: new Date(),
          updatedBy: 'system:deadline',
          version: () => 'version + 1',
        },
      );
      await publishEvents(
        m,
        ids.map((id) => opportunityEvent(id, 'published', 'closed')),
      );
      this.logger.log(`closed ${ids.length} opportunit(ies) past their deadline`);
      return ids.length;
    });
  }

  /**
   * Creates or updates by externalId inside the caller's transaction (imports). Imported rows are
   * published (closed when their deadline has passed). Returns what happened.
   */
  async upsertImported(
    m: EntityManager,
    row: OpportunityRecord & { externalId: string },
    issuer: string,
    programme: string | null,
    actor: Actor,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; id: string }> {
    const hash = opportunityContentHash(row, issuer, programme);
    const current = await this.findImported(m, row.externalId);
    if (current?.deletedAt) {
      throw DomainError.validation([{ field: 'externalId', message: 'belongs to a deleted opportunity' }]);
    }
    if (current && (await this.contentHashOf(m, current, row.externalId)) === hash) {
      return { outcome: 'unchanged', id: current.id };
    }
    const status: OpportunityStatus =
      row.deadline !== null && row.deadline < today() ? 'closed' : 'published';
    const values = {
      ...row,
      status,
      issuerId: (await this.resolveBuyer(m, issuer)).id,
      programmeId: (await this.resolveProgramme(m, programme))?.id ?? null,
      contentHash: hash,
      updatedBy: actor.id,
    };
    const before = current ? await this.recordOf(m, current.id) : null;
    let id: string;
    if (current) {
      await m.update(OpportunityEntity, { id: current.id }, { ...values, version: () => 'version + 1' });
      id = current.id;
    } else {
      const result = await m.insert(OpportunityEntity, {
        ...values,
        publishedAt: new Date(),
        closedAt: status === 'closed' ? new Date() : null,
        createdBy: actor.id,
      });
      id = result.identifiers[0].id as string;
    }
    await publishEvents(m, [opportunityEvent(id, current?.status ?? null, status)]);
    await writeAudit(m, actor, [
      {
        action: current ? 'opportunity.updated' : 'opportunity.created',
        entity: 'opportunity',
        entityId: id,
        organisationId: values.issuerId,
        before,
        after: row,
      },
    ]);
    return { outcome: current ? 'updated' : 'created', id };
  }

  private async recordOf(m: EntityManager, id: string): Promise<OpportunityRecord> {
    return toOpportunityRecord(toOpportunityInput(await this.load(m, id)) as OpportunityInput);
  }

  /**
   * The opportunity an import row names, locked. An export keys the opportunities that have no
   * externalId (made through the API) by their id, so a re-import finds them instead of copying them.
   */
  private async findImported(m: EntityManager, externalId: string): Promise<OpportunityEntity | null> {
    const find = (where: FindOptionsWhere<OpportunityEntity>) =>
      m.findOne(OpportunityEntity, { where, withDeleted: true, lock: { mode: 'pessimistic_write' } });
    return (
      (await find({ externalId })) ??
      (isUuid(externalId) ? await find({ id: externalId, externalId: IsNull() }) : null)
    );
  }

  /**
   * The content hash an import compares with: the stored one, else (a row last written through the
   * API, which stores none) the hash of the row's own export, so that re-importing it changes nothing.
   */
  private async contentHashOf(
    m: EntityManager,
    current: OpportunityEntity,
    externalId: string,
  ): Promise<string> {
    if (current.contentHash) return current.contentHash;
    const e = (await m.findOneOrFail(OpportunityEntity, {
      where: { id: current.id },
      relations: { issuer: true, programme: true },
    })) as Loaded;
    const record = toOpportunityRecord(toOpportunityInput(e) as OpportunityInput);
    return opportunityContentHash({ ...record, externalId }, e.issuer.name, e.programme?.name ?? null);
  }

  private async transition(id: string, actor: Actor, action: string, change: (e: OpportunityEntity) => void) {
    await this.dataSource.transaction(async (m) => {
      const entity = await this.loadManaged(m, id, actor);
      const before = { status: entity.status };
      change(entity);
      entity.updatedBy = actor.id;
      await this.saveLoaded(m, entity, before.status);
      await writeAudit(m, actor, [opportunityAudit(action, entity, before, { status: entity.status })]);
    });
    return this.get(id, actor);
  }

  /** Locked for a change by its issuer's buyers or staff; anybody else is told it does not exist. */
  private async loadManaged(m: EntityManager, id: string, actor: Actor): Promise<Loaded> {
    const entity = await this.load(m, id, true);
    if (!canManageOpportunity(actor, entity.issuerId)) throw DomainError.notFound('Opportunity', id);
    return entity;
  }

  /** A buyer always issues for its own organisation; staff name the issuer (created on first use). */
  private async issuerFor(m: EntityManager, actor: Actor, name: string): Promise<string> {
    if (actor.role === 'buyer' && actor.organisationId) return actor.organisationId;
    return (await this.resolveBuyer(m, name)).id;
  }

  /**
   * Saves an entity read with its relations, and announces it: the loaded buyer and programme are
   * dropped first so that the id columns just set are what gets written. `before` is the status
   * the opportunity had (a transition changes it).
   */
  private async saveLoaded(m: EntityManager, entity: Loaded, before = entity.status): Promise<void> {
    delete (entity as Partial<Loaded>).issuer;
    delete (entity as Partial<OpportunityEntity>).programme;
    await m.save(entity);
    await publishEvents(m, [opportunityEvent(entity.id, before, entity.status)]);
  }

  private async load(m: EntityManager, id: string, lock = false): Promise<Loaded> {
    if (!isUuid(id)) throw DomainError.notFound('Opportunity', id);
    if (lock) {
      await m.findOne(OpportunityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    }
    const entity = await m.findOne(OpportunityEntity, {
      where: { id },
      relations: { issuer: true, programme: true },
    });
    if (!entity) throw DomainError.notFound('Opportunity', id);
    return entity as Loaded;
  }

  private async assertExternalIdFree(m: EntityManager, externalId: string): Promise<void> {
    const other = await m.findOne(OpportunityEntity, {
      where: { externalId },
      withDeleted: true,
      select: { id: true },
    });
    if (other) {
      throw new DomainError(
        'OPPORTUNITY_EXTERNAL_ID_TAKEN',
        `externalId ${externalId} is already used`,
        [{ field: 'externalId', message: `is already used by opportunity ${other.id}` }],
        { existingId: other.id },
      );
    }
  }

  /** The buyer of that name, created on first use (category guessed from the name). */
  async resolveBuyer(m: EntityManager, name: string): Promise<OrganisationEntity> {
    const key = nameKey(name);
    await m.query(
      `INSERT INTO organisations (kind, name, name_key, buyer_category, created_by, updated_by)
       VALUES ('buyer', $1, $2, $3, 'system', 'system')
       ON CONFLICT (name_key) WHERE kind = 'buyer' DO NOTHING`,
      [name.trim(), key, buyerCategoryOf(name)],
    );
    return m.findOneOrFail(OrganisationEntity, { where: { nameKey: key, kind: 'buyer' } });
  }

  async resolveProgramme(m: EntityManager, name: string | null): Promise<ProgrammeEntity | null> {
    if (!name) return null;
    const key = nameKey(name);
    await m
      .createQueryBuilder()
      .insert()
      .into(ProgrammeEntity)
      .values({ name: name.trim(), nameKey: key })
      .orIgnore()
      .execute();
    return m.findOneOrFail(ProgrammeEntity, { where: { nameKey: key } });
  }
}

function opportunityAudit(action: string, e: OpportunityEntity, before: object | null, after: object | null) {
  return { action, entity: 'opportunity', entityId: e.id, organisationId: e.issuerId, before, after };
}

function withoutNull<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Partial<T>;
}
