import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditQuery, Page } from '@bitd/domain';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/** Reads the audit log, newest first (region agents and administrators). */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async find(q: AuditQuery): Promise<Page<AuditEntryView>> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (q.entity) qb.andWhere('a.entity = :entity', { entity: q.entity });
    if (q.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: q.entityId });
    if (q.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: q.actorId });
    if (q.organisationId) {
      qb.andWhere('(a.organisation_id = :org OR a.on_behalf_of = :org)', { org: q.organisationId });
    }
    if (q.action) qb.andWhere('a.action LIKE :action', { action: `${q.action.replace(/[\\%_]/g, '\\$&')}%` });
    if (q.from) qb.andWhere('a.at >= :from', { from: q.from });
    if (q.to) qb.andWhere("a.at < (:to::date + interval '1 day')", { to: q.to });
    const [rows, total] = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total, page: q.page, pageSize: q.pageSize };
  }
}

function toView(a: AuditEntryEntity): AuditEntryView {
  return {
    id: String(a.id),
    at: a.at.toISOString(),
    actorId: a.actorId,
    actorLabel: a.actorLabel,
    organisationId: a.organisationId,
    onBehalfOf: a.onBehalfOf,
    action: a.action,
    entity: a.entity,
    entityId: a.entityId,
    changes: a.changes,
    requestId: a.requestId,
  };
}
