import type { EntityManager } from 'typeorm';
import { OutboxAggregate, OutboxEntity, OutboxKind } from './outbox.entity';

/** Appends outbox rows inside the caller's transaction (one INSERT for many ids). */
export async function writeOutbox(
  manager: EntityManager,
  aggregate: OutboxAggregate,
  kind: OutboxKind,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await manager.insert(
    OutboxEntity,
    ids.map((aggregateId) => ({ aggregate, aggregateId, kind })),
  );
}
