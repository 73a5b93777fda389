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
import { Actor } from '../common/actor';
import { assertAdmin } from '../common/admin.guard';
import { DomainError } from '../common/domain-error';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { writeOutbox } from '../outbox/outbox.writer';
import { officialReferenceChecks } from '../reference/reference-checks';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { contentHash, toInterchange, toRecord, toSummary, toView } from './supplier.mapper';

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
      await writeOutbox(m, 'organisation', 'upserted', [entity.id]);
      return entity;
    });
    return toView(saved);
  }

  async get(id: string, actor?: Actor): Promise<SupplierView> {
    return toView(await this.load(this.dataSource.manager, id, actor?.isAdmin ?? false));
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
      Object.assign(entity, record, { contentHash: contentHash(record), updatedBy: actor.id });
      await m.save(entity).catch((e) => this.rethrowUnique(e));
      await writeOutbox(m, 'organisation', 'upserted', [entity.id]);
      return entity;
    });
    return toView(saved);
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
      await writeOutbox(m, 'organisation', 'deleted', [entity.id]);
    });
  }

  async restore(id: string, actor: Actor): Promise<SupplierView> {
    assertAdmin(actor);
    const restored = await this.dataSource.transaction(async (m) => {
      const entity = await this.load(m, id, true, true);
      if (!entity.deletedAt) return entity;
      await m.update(OrganisationEntity, { id }, { deletedAt: null, deletedBy: null, updatedBy: actor.id });
      await writeOutbox(m, 'organisation', 'upserted', [id]);
      return this.load(m, id, false);
    });
    return toView(restored);
  }

  async list(query: SupplierListQuery): Promise<Page<SupplierSummaryView>> {
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
    return { items: rows.map(toSummary), total, page: query.page, pageSize };
  }

  private async load(
    m: EntityManager,
    id: string,
    withDeleted: boolean,
    lock = false,
  ): Promise<OrganisationEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw DomainError.notFound('Supplier', id);
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

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
