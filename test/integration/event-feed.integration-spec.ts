import { BullModule } from '@nestjs/bullmq';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { SupplierView } from '@bitd/domain';
import {
  EVENT_JOB_OPTIONS,
  EventConsumer,
  EventProcessor,
  type EventsOf,
  MeiliService,
  OnEvent,
  QUEUE_NAMES,
  QueueService,
} from '@bitd/server';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import { type TestApi, startTestApi } from '../../apps/api/src/testing/test-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitUntil } from '../support/processes';

const PROBE_QUEUE = 'event-probe';

/** A feature written after the event feed: it only declares what it listens to. */
@EventConsumer(PROBE_QUEUE)
class ProbeConsumer extends EventProcessor {
  readonly received: EventsOf<'supplier.upserted' | 'supplier.deleted'> = [];

  @OnEvent('supplier.upserted', 'supplier.deleted')
  async suppliers(events: EventsOf<'supplier.upserted' | 'supplier.deleted'>): Promise<void> {
    this.received.push(...events);
  }
}

@Module({ imports: [BullModule.registerQueue({ name: PROBE_QUEUE })], providers: [ProbeConsumer] })
class ProbeModule {}

@Module({ imports: [WorkerModule, ProbeModule] })
class WorkerWithProbe {}

describe('typed event feed: outbox → relay → the processors subscribed to each type', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    await api.reset();
    worker = await NestFactory.createApplicationContext(WorkerWithProbe, { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('delivers events to a handler registered by a new module, beside the existing subscribers', async () => {
    const probe = worker.get(ProbeConsumer);
    const created = await api.json<SupplierView>(
      'POST',
      '/api/v1/suppliers',
      validSupplier({ siret: siret(801), name: 'Sonde Événements' }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    await api.json('DELETE', `/api/v1/suppliers/${id}`);

    await waitUntil(async () => probe.received.length >= 2, 'probe events');
    expect(probe.received.map((e) => [e.type, e.payload.supplierId])).toEqual([
      ['supplier.upserted', id],
      ['supplier.deleted', id],
    ]);
    for (const e of probe.received) {
      expect(e.id).toMatch(/^\d+$/);
      expect(Date.parse(e.occurredAt)).not.toBeNaN();
    }
  });

  it('handlers are idempotent: the same event handled again changes nothing', async () => {
    const meili = worker.get(MeiliService);
    const index = meili.client.index(meili.indexUid('suppliers'));
    const created = await api.json<SupplierView>(
      'POST',
      '/api/v1/suppliers',
      validSupplier({ siret: siret(802), name: 'Rance Doublons' }),
    );
    const id = created.body.id;
    const indexed = () => index.getDocument(id).catch(() => null);
    await waitUntil(async () => (await indexed()) !== null, 'indexed');
    const [event] = await api.dataSource.query(
      `SELECT id, type, payload, created_at FROM outbox WHERE payload->>'supplierId' = $1`,
      [id],
    );
    const before = await indexed();
    const matchesBefore = await api.dataSource.query(
      'SELECT opportunity_id, score FROM opportunity_matches WHERE supplier_id = $1 ORDER BY 1',
      [id],
    );

    // A second delivery of the same event (as after a crash between relay and commit).
    const again = {
      events: [
        {
          id: event.id,
          type: event.type,
          payload: event.payload,
          occurredAt: event.created_at.toISOString(),
        },
      ],
    };
    const queues = worker.get(QueueService);
    for (const name of [QUEUE_NAMES.searchIndex, QUEUE_NAMES.matching]) {
      const job = await queues
        .queue(name)
        .add(event.type, again, { ...EVENT_JOB_OPTIONS, jobId: `again-${id}` });
      await waitUntil(async () => (await job.getState()) === 'completed', `${name} handled the event again`);
    }
    await waitUntil(
      async () =>
        (await meili.client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 })).results
          .length === 0,
      'Meilisearch idle',
    );
    const { estimatedTotalHits } = await index.search('', { filter: `id = "${id}"` });
    expect(estimatedTotalHits).toBe(1);
    expect(await indexed()).toEqual(before);
    expect(
      await api.dataSource.query(
        'SELECT opportunity_id, score FROM opportunity_matches WHERE supplier_id = $1 ORDER BY 1',
        [id],
      ),
    ).toEqual(matchesBefore);
  });
});
