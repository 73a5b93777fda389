import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { EventPayloads, EventType, NewEvent } from './event-types';
import { OutboxEntity } from './outbox.entity';

/** Appends events to the outbox inside the caller's transaction (one INSERT for many). */
export async function publishEvents(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({ type: e.type, payload: e.payload }));
  await manager.insert(OutboxEntity, rows as QueryDeepPartialEntity<OutboxEntity>[]);
}

/** Events of one type, one per payload. */
export function eventsOf<T extends EventType>(type: T, payloads: readonly EventPayloads[T][]): NewEvent[] {
  return payloads.map((payload) => ({ type, payload }) as NewEvent);
}
