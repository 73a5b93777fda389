import { Module } from '@nestjs/common';
import {
  EventsModule,
  ImportsModule,
  MatchingWorkerModule,
  OpportunitiesModule,
  OpportunityImportService,
  PlatformModule,
  SearchWorkerModule,
  SupplierImportService,
  cliActor,
} from '@bitd/server';
import { rankingQuality } from '@bitd/domain';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { closeIsolated, isolatedApp, settledApp, valueOf } from './eval-support';

/** Everything a running platform does with imported data: import, outbox relay, indexing, matching. */
@Module({
  imports: [
    PlatformModule,
    EventsModule,
    ImportsModule,
    OpportunitiesModule,
    SearchWorkerModule,
    MatchingWorkerModule,
  ],
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
  const app = await isolatedApp(EvalModule);
  try {
    const actor = cliActor();
    const suppliers = await app
      .get(SupplierImportService)
      .importFile(readFileSync(join(set, 'suppliers.jsonl')), 'suppliers.jsonl', actor);
    console.log(`suppliers: ${suppliers.created} imported, ${suppliers.rejected} rejected`);
    await settledApp(app);
    const opportunities = await app
      .get(OpportunityImportService)
      .importFile(readFileSync(join(set, 'opportunities.jsonl')), 'opportunities.jsonl', actor);
    console.log(`opportunities: ${opportunities.created} imported, ${opportunities.rejected} rejected`);
    for (const e of [...suppliers.errors, ...opportunities.errors].slice(0, 20))
      console.log(`  line ${e.line} (${e.externalId}): ${e.field}: ${e.message}`);
    await settledApp(app);

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
    await closeIsolated(app);
  }
}
