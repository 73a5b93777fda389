import { Module } from '@nestjs/common';
import { searchQuality, supplierSearchQuerySchema } from '@bitd/domain';
import {
  EventsModule,
  ImportsModule,
  MatchingWorkerModule,
  PlatformModule,
  SearchModule,
  SearchService,
  SearchWorkerModule,
  SupplierImportService,
  cliActor,
} from '@bitd/server';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { closeIsolated, isolatedApp, settledApp, valueOf } from './eval-support';

/** Import, outbox relay, indexing (and matching, which every import feeds), and the search API's service. */
@Module({
  imports: [
    PlatformModule,
    EventsModule,
    ImportsModule,
    SearchWorkerModule,
    MatchingWorkerModule,
    SearchModule,
  ],
})
class EvalSearchModule {}

const TOP = 20;

interface JudgedQuery {
  id: string;
  q: string;
  kind: string;
  lang: string;
  base?: string;
}

/**
 * `eval-search --set DIR --out FILE`: loads the suppliers of a judged search set (DIR/suppliers.jsonl,
 * or the matching set's beside it) into a fresh database and index namespace of its own, through the
 * platform's import and indexing, runs every query of DIR/queries.jsonl through the search API's
 * service as a buyer would, and writes the top 20 per query (by externalId). With DIR/qrels.json it
 * prints the figures of the set's score.py: nDCG@10 and recall@20, by kind and by language.
 */
export async function evalSearch(args: string[]): Promise<number> {
  const set = valueOf(args, '--set');
  const out = valueOf(args, '--out');
  if (!set || !out) {
    console.error('usage: npm run cli -- eval-search --set DIR --out FILE');
    return 2;
  }
  const suppliersFile = [
    join(set, 'suppliers.jsonl'),
    join(set, '..', 'matching-dev', 'suppliers.jsonl'),
  ].find(existsSync);
  if (!suppliersFile || !existsSync(join(set, 'queries.jsonl'))) {
    console.error(`${set} needs queries.jsonl and suppliers.jsonl (or ../matching-dev/suppliers.jsonl)`);
    return 2;
  }
  const started = Date.now();
  const app = await isolatedApp(EvalSearchModule);
  try {
    const report = await app
      .get(SupplierImportService)
      .importFile(readFileSync(suppliersFile), 'suppliers.jsonl', cliActor());
    console.log(`suppliers: ${report.created} imported, ${report.rejected} rejected`);
    await settledApp(app);
    const rows: Array<{ id: string; external_id: string }> = await app
      .get(DataSource)
      .query(`SELECT id, external_id FROM organisations WHERE kind = 'supplier' AND external_id IS NOT NULL`);
    const external = new Map(rows.map((r) => [r.id, r.external_id]));
    const queries = readFileSync(join(set, 'queries.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as JudgedQuery);
    const search = app.get(SearchService);
    const runs: Record<string, string[]> = {};
    for (const query of queries) {
      const answer = await search.searchSuppliers(
        supplierSearchQuerySchema.parse({ q: query.q, pageSize: String(TOP) }),
        { clearance: true },
      );
      runs[query.id] = answer.hits.map((h) => external.get(h.id) ?? h.id);
    }
    writeFileSync(out, JSON.stringify(runs, null, 1));
    console.log(
      `top ${TOP} of ${queries.length} queries written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const qrels = join(set, 'qrels.json');
    if (existsSync(qrels)) printQuality(runs, JSON.parse(readFileSync(qrels, 'utf8')), queries);
    return 0;
  } finally {
    await closeIsolated(app);
  }
}

function printQuality(
  runs: Record<string, string[]>,
  judgements: Record<string, Record<string, number>>,
  queries: JudgedQuery[],
): void {
  const byId = new Map(queries.map((q) => [q.id, q]));
  const twins = queries.filter((q) => q.base);
  const bases = new Map(twins.map((t) => [queries.find((q) => q.q === t.base)?.id, t.id]));
  const quality = searchQuality(runs, judgements, (id) => {
    const q = byId.get(id);
    const groups = q ? [`kind:${q.kind}`, `lang:${q.lang}`] : [];
    if (q?.base) groups.push('twins');
    if (bases.has(id)) groups.push('misspelt');
    return groups;
  });
  const line = (name: string, g = quality[name]) =>
    g
      ? `n=${String(g.queries).padEnd(3)} nDCG@10=${g.ndcg10.toFixed(3)} recall@20=${g.recall20.toFixed(3)}`
      : '';
  console.log(`nDCG@10=${quality.all.ndcg10.toFixed(3)} recall@20=${quality.all.recall20.toFixed(3)}`);
  console.log('by kind:');
  for (const k of Object.keys(quality)
    .filter((k) => k.startsWith('kind:'))
    .sort())
    console.log(`  ${k.slice(5).padEnd(8)} ${line(k)}`);
  console.log('by language:');
  for (const k of ['lang:fr', 'lang:en']) console.log(`  ${k.slice(5).padEnd(8)} ${line(k)}`);
  if (quality.twins)
    console.log(
      `typo twins (nDCG@10): queries they misspell ${quality.misspelt?.ndcg10.toFixed(3)} -> twins ${quality.twins.ndcg10.toFixed(3)}`,
    );
}
