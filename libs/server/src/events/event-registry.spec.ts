import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { type Job, UnrecoverableError } from 'bullmq';
import { EventConsumer, EventProcessor, OnEvent, OnJob } from './event-consumer';
import { EventRegistry } from './event-registry.service';
import type { EventsOf } from './event-types';

@EventConsumer('probe-a')
class ProbeA extends EventProcessor {
  readonly seen: string[] = [];
  @OnEvent('supplier.upserted', 'supplier.deleted')
  async suppliers(events: EventsOf<'supplier.upserted' | 'supplier.deleted'>): Promise<number> {
    this.seen.push(...events.map((e) => `${e.type}:${e.payload.supplierId}`));
    return events.length;
  }
  @OnJob('tidy')
  async tidy(data: { n: number }): Promise<number> {
    return data.n * 2;
  }
}

@EventConsumer('probe-b')
class ProbeB extends EventProcessor {
  @OnEvent('supplier.upserted', 'opportunity.published')
  async any(): Promise<void> {}
}

@EventConsumer('probe-a')
class Squatter extends EventProcessor {
  @OnEvent('opportunity.closed')
  async closed(): Promise<void> {}
}

const job = (name: string, data: unknown) => ({ name, data }) as Job;

async function registryOf(...providers: (typeof ProbeA | typeof ProbeB | typeof Squatter)[]) {
  @Module({ imports: [DiscoveryModule], providers: [EventRegistry, ...providers] })
  class Probes {}
  const app = await NestFactory.createApplicationContext(Probes, { logger: false });
  return app;
}

describe('event registry and consumers', () => {
  it('routes each event type to the queues of the consumers that declared it, and only those', async () => {
    const app = await registryOf(ProbeA, ProbeB);
    const registry = app.get(EventRegistry);
    expect(registry.queuesFor('supplier.upserted')).toEqual(['probe-a', 'probe-b']);
    expect(registry.queuesFor('supplier.deleted')).toEqual(['probe-a']);
    expect(registry.queuesFor('opportunity.published')).toEqual(['probe-b']);
    expect(registry.queuesFor('opportunity.closed')).toEqual([]);
    // Own jobs are not event subscriptions.
    expect(Object.keys(registry.subscriptions()).sort()).toEqual([
      'opportunity.published',
      'supplier.deleted',
      'supplier.upserted',
    ]);
    await app.close();
  });

  it('refuses two consumers on one queue (they would take each other’s jobs)', async () => {
    await expect(registryOf(ProbeA, Squatter)).rejects.toThrow(/both consume probe-a/);
  });

  it('hands a job to the method that declared its name: event batches, then own jobs', async () => {
    const probe = new ProbeA();
    const events = [
      { id: '1', type: 'supplier.upserted', payload: { supplierId: 's1' }, occurredAt: '' },
      { id: '2', type: 'supplier.deleted', payload: { supplierId: 's2' }, occurredAt: '' },
    ];
    await expect(probe.process(job('supplier.upserted', { events }))).resolves.toBe(2);
    expect(probe.seen).toEqual(['supplier.upserted:s1', 'supplier.deleted:s2']);
    await expect(probe.process(job('tidy', { n: 21 }))).resolves.toBe(42);
  });

  it('fails for good a job nobody handles, instead of retrying it for a day', async () => {
    await expect(new ProbeB().process(job('opportunity.closed', { events: [] }))).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
  });
});
