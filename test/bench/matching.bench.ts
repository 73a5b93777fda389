/**
 * Matching benchmark on N generated suppliers (default 100,000):
 * - one opportunity's matches computed (candidate search + scoring + explanation + storing) against
 *   one raw Meilisearch filtered search on the same data (the same filter), p50/p95;
 * - re-matching every open opportunity after a bulk import of 1,000 changed profiles, through the
 *   real path (import → outbox → relay → BullMQ → matching worker), until the worker is idle;
 * - peak memory (VmHWM) of the worker process.
 * usage: npm run bench -- matching [suppliers] [opportunities]
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { opportunityNeeds } from '@bitd/domain';
import {
  ImportsModule,
  MatchingService,
  MeiliService,
  OpportunitiesModule,
  OpportunityEntity,
  OpportunityImportService,
  PlatformModule,
  QueueService,
  pipelineIdle,
  SYSTEM_ACTOR,
  SearchModule,
  SupplierImportService,
} from '@bitd/server';
import { DataSource } from 'typeorm';
import { generateDemoOpportunities } from '../../libs/server/src/demo/demo-opportunities.generator';
import { generateDemoSuppliers } from '../../libs/server/src/demo/demo-suppliers.generator';
import { toMatchableOpportunity } from '../../libs/server/src/opportunities/opportunity.mapper';
import { peakRssMb, startApp, stopApp, waitFor, resetBenchData } from './bench-support';

@Module({ imports: [PlatformModule, ImportsModule, OpportunitiesModule, SearchModule] })
class BenchModule {}

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
};

export async function benchMatching(count: number, opportunityCount: number): Promise<void> {
  const env = process.env;
  await resetBenchData(env);

  const ctx = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  const ds = ctx.get(DataSource);
  const meili = ctx.get(MeiliService);
  const queues = ctx.get(QueueService);
  const suppliersUid = meili.indexUid('suppliers');
  await meili.waitTask(meili.client.deleteIndex(suppliersUid)).catch(() => undefined);
  // The measured service, without a queue consumer of its own (the worker process consumes).
  const matching = new MatchingService(ds, meili);

  const worker = startApp('worker', { ...env });
  // Twice idle in a row, as the evaluation command waits (a job may be between relay and queue).
  let quiet = 0;
  const settled = () =>
    waitFor(
      async () => {
        quiet = (await pipelineIdle(ds, queues, meili)) ? quiet + 1 : 0;
        return quiet >= 2;
      },
      3_600_000,
      'indexing and matching',
    );

  // Set-up (not timed): N suppliers and the open opportunities, indexed and matched by the worker.
  const today = new Date().toISOString().slice(0, 10);
  const rows = generateDemoSuppliers(count, 11, today);
  const file = (list: unknown[]) => Buffer.from(list.map((r) => JSON.stringify(r)).join('\n'));
  const s0 = performance.now();
  const imported = await ctx.get(SupplierImportService).importFile(file(rows), 'bench.jsonl', SYSTEM_ACTOR);
  if (imported.created !== count) throw new Error(`imported ${imported.created} of ${count}`);
  await settled();
  const base = generateDemoOpportunities(today);
  const opportunities = Array.from({ length: opportunityCount }, (_, i) => ({
    ...base[i % base.length],
    externalId: `BENCH-OPP-${i}`,
    title: `${base[i % base.length].title} (${i})`,
  }));
  const o0 = performance.now();
  const oppReport = await ctx
    .get(OpportunityImportService)
    .importFile(file(opportunities), 'opportunities.jsonl', SYSTEM_ACTOR);
  if (oppReport.created !== opportunityCount)
    throw new Error(`opportunities: ${JSON.stringify(oppReport.errors.slice(0, 3))}`);
  await settled();
  console.log(
    `\nSet-up: ${count} suppliers indexed in ${((o0 - s0) / 1000).toFixed(1)} s; ${opportunityCount} opportunities imported and matched in ${((performance.now() - o0) / 1000).toFixed(1)} s`,
  );

  // 1. One opportunity's matches against one raw filtered search with the same filter.
  const opps = await ds.getRepository(OpportunityEntity).find({ relations: { programme: true }, take: 40 });
  const raw: number[] = [];
  const full: number[] = [];
  const index = meili.client.index(suppliersUid);
  // One untimed round first: a running worker has read its candidates' profiles before.
  for (let round = 0; round < 4; round++) {
    for (const e of opps) {
      const o = toMatchableOpportunity(e);
      // The same filter and the same number of hits as the matcher's candidate search.
      const { filter, limit } = matching.candidateSearches(o, opportunityNeeds(o)).close;
      const r0 = performance.now();
      await index.search('', { filter, limit, attributesToRetrieve: ['id'] });
      const r1 = performance.now();
      await matching.matchOpportunity(e.id);
      const m1 = performance.now();
      if (round === 0) continue;
      raw.push(r1 - r0);
      full.push(m1 - r1);
    }
  }
  const rawP95 = pct(raw, 0.95);
  const fullP95 = pct(full, 0.95);
  console.log(
    `\nMatches for one opportunity, ${count} suppliers (${full.length} runs over ${opps.length} opportunities, after one untimed round)`,
  );
  console.table([
    { what: 'raw Meilisearch filtered search (same filter, 300 ids)', p50: pct(raw, 0.5), p95: rawP95 },
    { what: 'matching: candidates + scoring + explanation + store', p50: pct(full, 0.5), p95: fullP95 },
  ]);
  console.log(
    `ratio p95: ${(fullP95 / rawP95).toFixed(2)} (target ≤ 3) ${fullP95 <= 3 * rawP95 ? '✔' : '✘'}`,
  );

  // 2. Bulk import of 1,000 changed profiles until every open opportunity is re-matched.
  const changed = rows
    .slice(0, 1000)
    .map((r) => ({ ...r, description: `${r.description ?? ''} Mise à jour.` }));
  const b0 = performance.now();
  const bulk = await ctx.get(SupplierImportService).importFile(file(changed), 'changed.jsonl', SYSTEM_ACTOR);
  if (bulk.updated !== 1000) throw new Error(`bulk update: ${JSON.stringify(bulk).slice(0, 300)}`);
  await settled();
  const bulkSeconds = (performance.now() - b0) / 1000;
  console.log(
    `\nRe-matching ${opportunityCount} open opportunities after a bulk import of 1,000 profiles: ${bulkSeconds.toFixed(1)} s (target ≤ 60 s) ${bulkSeconds <= 60 ? '✔' : '✘'}`,
  );
  console.log(
    `Peak memory (VmHWM): worker ${peakRssMb(worker.pid as number)} MB, this process ${peakRssMb(process.pid)} MB`,
  );
  await stopApp(worker);
  await ctx.close();
}
