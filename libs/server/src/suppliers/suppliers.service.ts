import { Injectable } from '@nestjs/common';
import {
  MAX_PAGE_SIZE,
  Page,
  SupplierInput,
  SupplierSortField,
  SupplierSummaryView,
  SupplierUpdate,
  SupplierView,
  supplierCreateSchema,
} from '@bitd/domain';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { canEditSupplier, canReadClearance, hiddenSupplierFields, visibleContacts } from '../access/policies';
import { writeAudit } from '../audit/audit.writer';
import { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { MembershipEntity } from '../organisations/membership.entity';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { publishEvents } from '../events/publish-events';
import { supplierEvents } from './supplier-events';
import { officialReferenceChecks } from '../reference/reference-checks';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { contentHash, currentFields, toInterchange, toRecord, toSummary, toView } from './supplier.mapper';

export interface SupplierListQuery {
  page: number;
  pageSize: number;
  sort: SupplierSortField;
  order: 'ASC' | 'DESC';
  q?: string;
  department?: string;
  includeDeleted?: boolean;
}

const SORT_COLUMNS: Record<SupplierSortField, string> = {
  name: 'o.name',
  updatedAt: 'o.updated_at',
  createdAt: 'o.created_at',
  headcount: 'o.headcount',
  completeness: 'o.completeness',
};

const createSchema = supplierCreateSchema(officialReferenceChecks);

@Injectable()
export class SuppliersService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: SupplierInput, actor: Actor): Promise<SupplierView> {
    const record = toRecord(input);
    const saved = await this.dataSource.transaction(async (m) => {
      await this.assertIdentifiersFree(m, record.siret, record.externalId, null);
      const entity = m.create(OrganisationEntity, {
        ...record,
        kind: 'supplier',
        contentHash: contentHash(record),
        createdBy: actor.id,
        updatedBy: actor.id,
      });
      await m.save(entity).catch((e) => this.rethrowUnique(e));
      await publishEvents(m, supplierEvents([entity.id]));
      await writeAudit(m, actor, [supplierAudit('supplier.created', entity.id, null, record)]);
      return entity;
    });
    return this.view(saved, actor);
  }

  /** Administrators also read deleted profiles (to restore them). */
  async get(id: string, actor: Actor): Promise<SupplierView> {
    return this.view(await this.load(this.dataSource.manager, id, actor.role === 'admin'), actor);
  }

  /** Applies the given fields; `null` clears an optional one. The result is validated whole. */
  async update(
    id: string,
    patch: SupplierUpdate,
    actor: Actor,
    expectedVersion?: number,
  ): Promise<SupplierView> {
    const saved = await this.dataSource.transaction(async (m) => {
      const entity = await this.load(m, id, false, true);
      // Another company's profile is not theirs to change: answered as if it did not exist.
      if (!canEditSupplier(actor, entity.id)) throw DomainError.notFound('Supplier', id);
      if (expectedVersion !== undefined && entity.version !== expectedVersion) {
        throw new DomainError(
          'VERSION_CONFLICT',
          'The profile was changed by someone else meanwhile; reload it',
          undefined,
          {
            currentVersion: entity.version,
          },
        );
      }
      const current = toInterchange(entity) as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...current };
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) delete merged[key];
        else if (value !== undefined) merged[key] = value;
      }
      if (entity.externalId === null && patch.externalId === undefined) delete merged.externalId;
      const record = toRecord(parseOrThrow(createSchema, merged));
      await this.assertIdentifiersFree(m, record.siret, record.externalId, entity.id);
      const before = currentFields(entity, record);
      Object.assign(entity, record, { contentHash: contentHash(record), updatedBy: actor.id });
      await m.save(entity).catch((e) => this.rethrowUnique(e));
      await publishEvents(m, supplierEvents([entity.id]));
      await writeAudit(m, actor, [supplierAudit('supplier.updated', entity.id, before, record)]);
      return entity;
    });
    return this.view(saved, actor);
  }

  /** Soft delete: the profile disappears from lists and search; an administrator can restore it. */
  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const entity = await this.load(m, id, false, true);
      await m.update(
        OrganisationEntity,
        { id: entity.id },
        { deletedAt: new Date(), deletedBy: actor.id, updatedBy: actor.id },
      );
      await publishEvents(m, supplierEvents([entity.id], true));
      await writeAudit(m, actor, [
        supplierAudit('supplier.deleted', entity.id, { deleted: false }, { deleted: true }),
      ]);
    });
  }

  async restore(id: string, actor: Actor): Promise<SupplierView> {
    const restored = await this.dataSource.transaction(async (m) => {
      const entity = await this.load(m, id, true, true);
      if (!entity.deletedAt) return entity;
      await m.update(OrganisationEntity, { id }, { deletedAt: null, deletedBy: null, updatedBy: actor.id });
      await publishEvents(m, supplierEvents([id]));
      await writeAudit(m, actor, [
        supplierAudit('supplier.restored', id, { deleted: true }, { deleted: false }),
      ]);
      return this.load(m, id, false);
    });
    return this.view(restored, actor);
  }

  /** The profile as this reader may see it. */
  private async view(e: OrganisationEntity, actor: Actor): Promise<SupplierView> {
    const claimed = await this.dataSource
      .getRepository(MembershipEntity)
      .exists({ where: { organisationId: e.id } });
    return toView(e, {
      hidden: hiddenSupplierFields(actor, e.id),
      contacts: visibleContacts(actor, e.id, e.contacts),
      canEdit: canEditSupplier(actor, e.id),
      claimed,
    });
  }

  async list(query: SupplierListQuery, actor: Actor): Promise<Page<SupplierSummaryView>> {
    const pageSize = Math.min(query.pageSize, MAX_PAGE_SIZE);
    const qb = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.kind = :kind', { kind: 'supplier' });
    if (query.includeDeleted) qb.withDeleted();
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    if (query.department) qb.andWhere('o.department = :dep', { dep: query.department });
    const [rows, total] = await qb
      .orderBy(SORT_COLUMNS[query.sort], query.order, 'NULLS LAST')
      .addOrderBy('o.id', 'ASC')
      .skip((query.page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const clearance = canReadClearance(actor);
    return { items: rows.map((r) => toSummary(r, clearance)), total, page: query.page, pageSize };
  }

  private async load(
    m: EntityManager,
    id: string,
    withDeleted: boolean,
    lock = false,
  ): Promise<OrganisationEntity> {
    if (!isUuid(id)) throw DomainError.notFound('Supplier', id);
    const entity = await m.findOne(OrganisationEntity, {
      where: { id, kind: 'supplier' },
      withDeleted,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!entity) throw DomainError.notFound('Supplier', id);
    return entity;
  }

  private async assertIdentifiersFree(
    m: EntityManager,
    siret: string,
    externalId: string | null,
    selfId: string | null,
  ): Promise<void> {
    const bySiret = await m.findOne(OrganisationEntity, {
      where: { siret },
      withDeleted: true,
      select: { id: true, deletedAt: true },
    });
    if (bySiret && bySiret.id !== selfId) {
      throw new DomainError(
        'SUPPLIER_SIRET_TAKEN',
        `SIRET ${siret} is already registered${bySiret.deletedAt ? ' (deleted profile: an administrator can restore it)' : ''}`,
        [{ field: 'siret', message: 'is already registered to another profile' }],
        { existingId: bySiret.id, deleted: bySiret.deletedAt !== null },
      );
    }
    if (externalId) {
      const byExt = await m.findOne(OrganisationEntity, {
        where: { externalId },
        withDeleted: true,
        select: { id: true },
      });
      if (byExt && byExt.id !== selfId) {
        throw new DomainError(
          'SUPPLIER_EXTERNAL_ID_TAKEN',
          `externalId ${externalId} is already used`,
          [{ field: 'externalId', message: 'is already used by another profile' }],
          { existingId: byExt.id },
        );
      }
    }
  }

  /** A concurrent writer may win the race to a unique index: answer 409, not 500. */
  private rethrowUnique(e: unknown): never {
    if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
      const constraint = (e.driverError as { constraint?: string }).constraint ?? '';
      const field = constraint.includes('siret') ? 'siret' : 'externalId';
      throw new DomainError(
        field === 'siret' ? 'SUPPLIER_SIRET_TAKEN' : 'SUPPLIER_EXTERNAL_ID_TAKEN',
        `${field} is already registered`,
        [{ field, message: 'is already registered to another profile' }],
      );
    }
    throw e;
  }
}

function supplierAudit(action: string, id: string, before: object | null, after: object | null) {
  return { action, entity: 'supplier', entityId: id, organisationId: id, before, after };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
