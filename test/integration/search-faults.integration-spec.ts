import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import {
  ImportsModule,
  PlatformModule,
  QueueService,
  SearchIndexerService,
  SearchModule,
  SuppliersModule,
  SuppliersService,
  SupplierImportService,
  SYSTEM_ACTOR,
} from '@bitd/server';
import { DataSource } from 'typeorm';
import { generateDemoSuppliers } from '../../libs/server/src/demo/demo-suppliers.generator';
import { MeiliProcess, WorkerProcess, waitUntil } from '../support/processes';

@Module({ imports: [PlatformModule, SuppliersModule, ImportsModule, SearchModule] })
class FaultTestModule {}

/**
 * No write is lost when Meilisearch or the worker goes away: both run here as processes of the
 * test's own, which it stops and kills.
 */
describe('search survives faults', () => {
  const meili = new MeiliProcess(7739);
  let ctx: INestApplicationContext;
  let worker: WorkerProcess;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    await meili.start();
    for (const k of ['MEILI_URL', 'MEILI_MASTER_KEY', 'NAMESPACE']) saved[k] = process.env[k];
    Object.assign(process.env, {
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      NAMESPACE: 'bitdfault',
    });
    ctx = await NestFactory.createApplicationContext(FaultTestModule, { logger: false });
    await ctx.get(DataSource).query('TRUNCATE organisations, outbox CASCADE');
    worker = new WorkerProcess({
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      NAMESPACE: 'bitdfault',
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await ctx?.close();
    await meili.stop();
    Object.assign(process.env, saved);
  });

  /** Until PostgreSQL and the index agree exactly (nothing missing, stale or extra). */
  const inSync = async (timeoutMs: number) => {
    let last = '';
    try {
      await waitUntil(
        async () => {
          const d = await ctx.get(SearchIndexerService).checkSuppliers(false);
          last = `missing ${d.missing.length}, stale ${d.stale.length}, extra ${d.extra.length}; queues ${JSON.stringify(await ctx.get(QueueService).states())}`;
          return d.missing.length + d.stale.length + d.extra.length === 0 && d.inDatabase > 0;
        },
        'index in sync with PostgreSQL',
        timeoutMs,
      );
    } catch (e) {
      throw new Error(`${(e as Error).message}; last drift: ${last}`);
    }
  };

  it('with the worker killed mid-batch, nothing is lost', async () => {
    const rows = generateDemoSuppliers(3000, 99)
      .map((r) => JSON.stringify(r))
      .join('\n');
    const report = await ctx
      .get(SupplierImportService)
      .importFile(Buffer.from(rows), 'faults.jsonl', SYSTEM_ACTOR);
    expect(report.created).toBe(3000);
    worker.start();
    // kill it while the first batches are being relayed and indexed
    await waitUntil(
      async () =>
        (
          await ctx.get(DataSource).query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NOT NULL')
        )[0].n > 0,
      'relay started',
      20000,
    );
    await worker.kill();
    worker.start();
    await inSync(120000);
  }, 180000);

  it('with Meilisearch stopped, updates made meanwhile all appear once it is back', async () => {
    const suppliers = ctx.get(SuppliersService);
    const page = await suppliers.list({ page: 1, pageSize: 20, sort: 'name', order: 'ASC' }, SYSTEM_ACTOR);
    await meili.stop();
    for (const s of page.items.slice(0, 10)) await suppliers.update(s.id, { headcount: 4242 }, SYSTEM_ACTOR);
    await suppliers.remove(page.items[10].id, SYSTEM_ACTOR);
    await new Promise((r) => setTimeout(r, 2000)); // the worker fails and retries meanwhile
    await meili.start();
    await inSync(90000);
    const drift = await ctx.get(SearchIndexerService).checkSuppliers(false);
    expect(drift.inIndex).toBe(2999);
  }, 180000);
});
