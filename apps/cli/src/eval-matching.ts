import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import {
  ImportsModule,
  MatchingWorkerModule,
  MeiliService,
  OpportunitiesModule,
  OpportunityImportService,
  PlatformModule,
  QueueService,
  pipelineIdle,
  SearchWorkerModule,
  SupplierImportService,
  cliActor,
  recreateDatabase,
} from '@bitd/server';
import { rankingQuality } from '@bitd/domain';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/** Everything a running platform does with imported data: import, outbox relay, indexing, matching. */
@Module({
  imports: [PlatformModule, ImportsModule, OpportunitiesModule, SearchWorkerModule, MatchingWorkerModule],
})
class EvalModule {}

const TOP = 50;

/**
 * `eval-matching --set DIR --out FILE`: loads a judged set (suppliers.jsonl, opportunities.jsonl)
 * into a fresh database and index namespace of its own, through the same import, outbox, indexing
 * and matching code as the platform (run in this process), waits until everything is indexed and
 * matched, and writes the rankings (top 50 suppliers per opportunity, by externalId). With a
 * qrels.json beside the set it also prints nDCG@10, recall@20 and violations@10.
 */
export async function evalMatching(args: string[]): Promise<number> {
  const set = valueOf(args, '--set');
  const out = valueOf(args, '--out');
  if (!set || !out) {
    console.error('usage: npm run cli -- eval-matching --set DIR --out FILE');
    return 2;
  }
  for (const f of ['suppliers.jsonl', 'opportunities.jsonl'])
    if (!existsSync(join(set, f))) {
      console.error(`${join(set, f)} not found`);
      return 2;
    }
  const started = Date.now();
  // Isolated: its own database and namespace (Redis keys, Meilisearch indexes).
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd';
  const databaseUrl = base.replace(
    /\/([^/?]+)(\?.*)?$/,
    (_m, db: string, q?: string) => `/${db}_eval${q ?? ''}`,
  );
  process.env.DATABASE_URL = databaseUrl;
  process.env.NAMESPACE = `eval${process.pid}`;
  await recreateDatabase(databaseUrl);
  const app = await NestFactory.createApplicationContext(EvalModule, { logger: ['error', 'warn'] });
  try {
    const actor = cliActor();
    const suppliers = await app
      .get(SupplierImportService)
      .importFile(readFileSync(join(set, 'suppliers.jsonl')), 'suppliers.jsonl', actor);
    console.log(`suppliers: ${suppliers.created} imported, ${suppliers.rejected} rejected`);
    await settled(app.get(DataSource), app.get(QueueService), app.get(MeiliService));
    const opportunities = await app
      .get(OpportunityImportService)
      .importFile(readFileSync(join(set, 'opportunities.jsonl')), 'opportunities.jsonl', actor);
    console.log(`opportunities: ${opportunities.created} imported, ${opportunities.rejected} rejected`);
    for (const e of [...suppliers.errors, ...opportunities.errors].slice(0, 20))
      console.log(`  line ${e.line} (${e.externalId}): ${e.field}: ${e.message}`);
    await settled(app.get(DataSource), app.get(QueueService), app.get(MeiliService));

    const rows: Array<{ opportunity: string; supplier: string }> = await app.get(DataSource).query(
      `SELECT o.external_id AS opportunity, s.external_id AS supplier
         FROM opportunity_matches m
         JOIN opportunities o ON o.id = m.opportunity_id
         JOIN organisations s ON s.id = m.supplier_id
        WHERE m.eligible AND o.external_id IS NOT NULL
        ORDER BY o.external_id, m.score DESC, m.coverage DESC, m.supplier_id`,
    );
    const all: Array<{ external_id: string }> = await app
      .get(DataSource)
      .query(`SELECT external_id FROM opportunities WHERE external_id IS NOT NULL ORDER BY external_id`);
    const rankings: Record<string, string[]> = Object.fromEntries(
      all.map((o) => [o.external_id, [] as string[]]),
    );
    for (const r of rows) if (rankings[r.opportunity].length < TOP) rankings[r.opportunity].push(r.supplier);
    writeFileSync(out, JSON.stringify(rankings, null, 1));
    console.log(
      `rankings of ${all.length} opportunities written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const qrels = join(set, 'qrels.json');
    if (existsSync(qrels)) {
      const q = rankingQuality(
        rankings,
        JSON.parse(readFileSync(qrels, 'utf8')) as Record<string, Record<string, number>>,
        () => false,
      );
      console.log(
        `nDCG@10=${q.ndcg10.toFixed(3)} recall@20=${q.recall20.toFixed(3)} (violations: see the test or score.py)`,
      );
    }
    return 0;
  } finally {
    // The namespace's queues go with it; the database stays for inspection until the next run.
    await app
      .get(QueueService)
      .obliterateAll()
      .catch(() => undefined);
    await app.close();
  }
}

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Waits until everything imported is indexed and matched (see pipelineIdle). */
async function settled(
  ds: DataSource,
  queues: QueueService,
  meili: MeiliService,
  timeoutMs = 600_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < end) {
    const idle = await pipelineIdle(ds, queues, meili);
    // Quiet twice in a row: a job may be between the relay and the queue.
    quiet = idle ? quiet + 1 : 0;
    if (quiet >= 2) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('indexing and matching did not settle within 10 minutes');
}
