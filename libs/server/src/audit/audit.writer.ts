import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { AuditEntryEntity, type AuditChanges } from './audit-entry.entity';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | null;
  /** The organisation the entity belongs to (a profile's own id, an opportunity's issuer). */
  organisationId?: string | null;
  before?: object | null;
  after?: object | null;
}

/** The fields whose value differs, each with its value before and after. */
export function changedFields(
  before: object | null | undefined,
  after: object | null | undefined,
): AuditChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (canonical(b[key]) !== canonical(a[key])) {
      changes[key] = { before: b[key] ?? null, after: a[key] ?? null };
    }
  }
  return changes;
}

/** JSON with object keys sorted: PostgreSQL's JSONB hands objects back in its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/**
 * Records writes in the caller's transaction: no change without its entry. An agent or
 * administrator changing another organisation's record acts on its behalf, and that is recorded.
 */
export async function writeAudit(
  m: EntityManager,
  actor: Actor,
  events: readonly AuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await m.insert(
    AuditEntryEntity,
    events.map((e) => {
      const organisationId = e.organisationId ?? null;
      return {
        actorId: actor.userId,
        actorLabel: actor.label,
        organisationId: actor.organisationId,
        onBehalfOf: organisationId && organisationId !== actor.organisationId ? organisationId : null,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        // TypeORM's deep-partial type cannot follow a record of unknowns; the column is JSONB.
        changes: changedFields(e.before, e.after) as object,
        requestId: actor.requestId ?? null,
      };
    }),
  );
}
