/**
 * Search benchmark on N generated suppliers (default 100,000), side by side with raw Meilisearch:
 * - bulk import through the real path (import → outbox → relay → BullMQ → indexer) until every
 *   profile is searchable, against a raw bulk add of the same documents;
 * - search API p50/p95 and requests/s at concurrency 1, 10, 50 against raw Meilisearch answering
 *   the same multi-search directly;
 * - freshness: committed update → visible in the index, under a steady stream of updates;
 * - peak memory (VmHWM) of the api and worker processes.
 * usage: npm run bench -- search [suppliers]
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SupplierSearchQuery, readSearchQuery, supplierSearchQuerySchema } from '@bitd/domain';
import {
  ImportsModule,
  MeiliService,
  PlatformModule,
  SYSTEM_ACTOR,
  SearchModule,
  SupplierImportService,
  buildSupplierSearch,
} from '@bitd/server';
import { DataSource } from 'typeorm';
import { generateDemoSuppliers } from '../../libs/server/src/demo/demo-suppliers.generator';
import { toSupplierDocument } from '../../libs/server/src/search/supplier-document';
import { supplierBatches } from '../../libs/server/src/suppliers/supplier-batches';
import {
  LoadResult,
  benchSignIn,
  load,
  peakRssMb,
  request,
  startApp,
  stopApp,
  waitFor,
  resetBenchData,
  signInAgain,
} from './bench-support';

@Module({ imports: [PlatformModule, ImportsModule, SearchModule] })
class BenchModule {}

const WORDS = [
  'sonar',
  'cyber',
  'drone',
  'radar',
  'acoustique',
  'maintenance navale',
  'satellite',
  'simulation',
  'sécurité',
  'optronique',
  'composites',
  'guerre électronique',
  'LID',
  'UUV',
  'MCO',
  'frégate',
  'antenne',
  'logiciel embarqué',
  'essais',
  'acoustiqe',
];
const DEPTS = ['22', '29', '35', '56'];
const DOMAINS = ['naval', 'underwater', 'cyber', 'c4isr_ew', 'digital', 'optronics', 'telecom'];
const SITES = ['brest-naval-base', 'lorient-naval-group', 'dga-mi-bruz', 'rennes-comcyber'];

/** A deterministic mix of text, facet filters, geo and sorts. */
function queryMix(n: number): Array<Record<string, string | string[]>> {
  const out: Array<Record<string, string | string[]>> = [];
  for (let i = 0; i < n; i++) {
    const q: Record<string, string | string[]> = {};
    if (i % 4 !== 3) q.q = WORDS[i % WORDS.length];
    if (i % 3 === 0) q.department = DEPTS.slice(0, 1 + (i % 3));
    if (i % 5 === 0) q.domain = DOMAINS[i % DOMAINS.length];
    if (i % 7 === 0) q.certification = ['EN9100', 'ISO9001'][i % 2];
    if (i % 6 === 0) q.clearanceMin = 'DR';
    if (i % 8 === 0) {
      q.site = SITES[i % SITES.length];
      q.radiusKm = '60';
    }
    if (i % 9 === 0) q.cpv = '35500000';
    if (i % 10 === 0) q.sort = '-completeness';
    out.push(q);
  }
  return out;
}

function toQueryString(params: Record<string, string | string[]>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) sp.append(k, x);
  return sp.toString();
}

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]);
};

export async function benchSearch(count: number): Promise<void> {
  const env = process.env;
  const port = 3199;
  const apiUrl = `http://127.0.0.1:${port}`;
  await resetBenchData(env);

  const ctx = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  const meili = ctx.get(MeiliService);
  const liveUid = meili.indexUid('suppliers');
  const rawUid = `${env.NAMESPACE}_raw_suppliers`;
  for (const uid of [liveUid, rawUid])
    await meili.waitTask(meili.client.deleteIndex(uid)).catch(() => undefined);
  const file = Buffer.from(
    generateDemoSuppliers(count, 11, new Date().toISOString().slice(0, 10))
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );

  // 1. Bulk import through the real path until searchable.
  const worker = startApp('worker', { ...env });
  const t0 = performance.now();
  const report = await ctx.get(SupplierImportService).importFile(file, 'bench.jsonl', SYSTEM_ACTOR);
  const tImported = performance.now();
  const idle = async (uid: string) =>
    (await meili.client.tasks.getTasks({ statuses: ['enqueued', 'processing'], indexUids: [uid], limit: 1 }))
      .total === 0;
  await waitFor(
    async () =>
      (await meili.client.index(liveUid).getStats()).numberOfDocuments === count && (await idle(liveUid)),
    1_800_000,
    'indexing',
  );
  const tSearchable = performance.now();
  if (report.created !== count) throw new Error(`imported ${report.created} of ${count}`);

  // 2. Raw Meilisearch bulk add of the same documents (built beforehand, not timed).
  const docs = [];
  for await (const batch of supplierBatches(ctx.get(DataSource), 5000)) {
    docs.push(...batch.map((e) => toSupplierDocument(e)));
  }
  await meili.ensureIndex('suppliers', rawUid);
  const r0 = performance.now();
  const tasks = await meili.client.index(rawUid).addDocumentsInBatches(docs, 1000, { primaryKey: 'id' });
  await Promise.all(tasks.map((t) => t.waitTask({ timeout: 1_800_000, interval: 50 })));
  const rawSeconds = (performance.now() - r0) / 1000;
  const pathSeconds = (tSearchable - t0) / 1000;

  console.log(`\nBulk import of ${count} suppliers until searchable`);
  console.table([
    {
      path: 'platform: import → outbox → BullMQ → indexer',
      seconds: pathSeconds.toFixed(1),
      'of which import': ((tImported - t0) / 1000).toFixed(1),
      'docs/s': Math.round(count / pathSeconds),
    },
    {
      path: 'raw Meilisearch addDocumentsInBatches (1000)',
      seconds: rawSeconds.toFixed(1),
      'of which import': '-',
      'docs/s': Math.round(count / rawSeconds),
    },
  ]);
  console.log(`ratio platform / raw: ${(pathSeconds / rawSeconds).toFixed(2)} (target ≤ 2)`);
  await meili.waitTask(meili.client.deleteIndex(rawUid));

  // 3. Search API against raw Meilisearch answering the same multi-search. The mix filters on
  // clearance, which only buyers and staff may: the API is asked by a signed-in DGA buyer.
  const api = startApp('api', {
    ...env,
    PORT: String(port),
    RATE_LIMIT_PER_MINUTE: '100000000',
    SIGN_IN_MAX_PER_CLIENT: '100000',
  });
  await waitFor(async () => (await request(`${apiUrl}/api/health`)).status === 200, 60_000, 'api start');
  const dataSource = ctx.get(DataSource);
  const [dga] = await dataSource.query(
    `INSERT INTO organisations (kind, name, name_key, buyer_category) VALUES ('buyer', 'DGA', 'dga', 'dga') RETURNING id`,
  );
  const password = 'bench-password-2024';
  const buyer = await benchSignIn(apiUrl, dataSource, {
    email: 'buyer@bench.example.fr',
    password,
    organisationId: dga.id,
  });
  const agent = await benchSignIn(apiUrl, dataSource, {
    email: 'agent@bench.example.fr',
    password,
    platformRole: 'agent',
  });
  const mix = queryMix(300);
  const parsed: SupplierSearchQuery[] = mix.map((m) => supplierSearchQuerySchema.parse(m));
  const today = new Date().toISOString().slice(0, 10);
  const rawBodies = parsed.map((q) =>
    JSON.stringify(buildSupplierSearch(q, readSearchQuery(q.q), liveUid, today).main),
  );
  const apiPaths = mix.map((m) => `${apiUrl}/api/v1/search/suppliers?${toQueryString(m)}`);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${env.MEILI_MASTER_KEY}` };
  const callRaw = async (i: number) =>
    (
      await request(`${env.MEILI_URL}/multi-search`, {
        method: 'POST',
        body: rawBodies[i % rawBodies.length],
        headers,
      })
    ).status === 200;
  const callApi = async (i: number) =>
    (await request(apiPaths[i % apiPaths.length], { headers: { Cookie: buyer.cookie } })).status === 200;
  await load(10, 300, callRaw);
  await load(10, 300, callApi);
  const rows: Array<LoadResult & { target: string }> = [];
  for (const c of [1, 10, 50]) {
    const n = c === 1 ? 600 : 2000;
    rows.push({ target: 'raw Meilisearch', ...(await load(c, n, callRaw)) });
    rows.push({ target: 'search API', ...(await load(c, n, callApi)) });
  }
  console.log(`\nSearch: ${mix.length} distinct queries (text + filters + facets), ${count} suppliers`);
  console.table(rows);
  for (const c of [1, 10, 50]) {
    const raw = rows.find((r) => r.concurrency === c && r.target === 'raw Meilisearch')!;
    const apiRow = rows.find((r) => r.concurrency === c && r.target === 'search API')!;
    const p95Target = Math.max(1.5 * raw.p95, raw.p95 + 5);
    console.log(
      `c=${c}: API p95 ${apiRow.p95} ms vs target ≤ ${p95Target.toFixed(1)} ms ${apiRow.p95 <= p95Target ? '✔' : '✘'}; throughput ${(apiRow.rps / raw.rps).toFixed(2)} × raw (target ≥ 0.7) ${apiRow.rps / raw.rps >= 0.7 ? '✔' : '✘'}`,
    );
  }

  // 3b. What authorization costs: the same queries without clearance criteria, anonymous and
  // signed in (one session lookup per request); then password sign-in itself (argon2id).
  const openPaths = mix
    .map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'clearanceMin')))
    .map((m) => `${apiUrl}/api/v1/search/suppliers?${toQueryString(m)}`);
  const asVisitor = async (i: number) => (await request(openPaths[i % openPaths.length])).status === 200;
  const asBuyer = async (i: number) =>
    (await request(openPaths[i % openPaths.length], { headers: { Cookie: buyer.cookie } })).status === 200;
  const authRows: Array<LoadResult & { caller: string }> = [];
  for (let round = 0; round < 2; round++) {
    authRows.push({ caller: 'anonymous', ...(await load(1, 600, asVisitor)) });
    authRows.push({ caller: 'signed-in buyer', ...(await load(1, 600, asBuyer)) });
  }
  console.log(
    '\nSearch API, same queries (no clearance criteria), anonymous against a signed-in buyer, c=1, two rounds',
  );
  console.table(authRows);
  const p50 = (caller: string) =>
    authRows.filter((r) => r.caller === caller).reduce((sum, r) => sum + r.p50, 0) / 2;
  console.log(
    `signed-in buyer p50 − anonymous p50: ${(p50('signed-in buyer') - p50('anonymous')).toFixed(1)} ms (target ≤ 2 ms)`,
  );
  const signIns: number[] = [];
  for (let i = 0; i < 40; i++)
    signIns.push((await signInAgain(apiUrl, 'buyer@bench.example.fr', password)).ms);
  console.log(
    `Password sign-in (argon2id, 64 MiB, t=2): p50 ${pct(signIns, 0.5)} ms, p95 ${pct(signIns, 0.95)} ms`,
  );

  // 4. Freshness under a steady stream of updates (10 per second for 30 s), made by a region agent.
  const ids = (await dataSource.query(
    `SELECT id FROM organisations WHERE kind = 'supplier' ORDER BY random() LIMIT 300`,
  )) as Array<{ id: string }>;
  const lags: number[] = [];
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i].id;
    const res = await request(`${apiUrl}/api/v1/suppliers/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ headcount: 1000 + i }),
      headers: { 'Content-Type': 'application/json', Cookie: agent.cookie, 'x-csrf-token': agent.csrfToken },
    });
    const committed = performance.now();
    const version = (JSON.parse(res.body) as { version: number }).version;
    pending.push(
      waitFor(
        async () =>
          (await meili.client.index(liveUid).getDocument(id, { fields: ['version'] })).version >= version,
        30_000,
        'freshness',
      ).then(
        () => void lags.push(performance.now() - committed),
        async () => {
          const doc = await meili.client
            .index(liveUid)
            .getDocument(id, { fields: ['version'] })
            .catch((e: Error) => e.message);
          console.log(
            `update ${i} of ${id} (status ${res.status}, version ${version}) not visible after 30 s; index has ${JSON.stringify(doc)}`,
          );
        },
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
  }
  await Promise.all(pending);
  console.log(
    `\nFreshness (${lags.length} of ${ids.length} updates visible within 30 s, at 10/s): p50 ${pct(lags, 0.5)} ms, p95 ${pct(lags, 0.95)} ms, max ${pct(lags, 1)} ms (target p95 ≤ 2000 ms)`,
  );

  await printBatchPhases(env.MEILI_URL as string, env.MEILI_MASTER_KEY as string, 40);

  console.log(`\nPeak memory (VmHWM): api ${peakRssMb(api.pid!)} MB, worker ${peakRssMb(worker.pid!)} MB`);
  await stopApp(api);
  await stopApp(worker);
  await ctx.close();
}

/**
 * Where Meilisearch spent the time of its last `count` batches (the freshness stream): the
 * slowest phases of its progress traces, summed, to see what an update costs at this size.
 */
async function printBatchPhases(url: string, key: string, count: number): Promise<void> {
  const res = await request(`${url}/batches?limit=${count}`, { headers: { Authorization: `Bearer ${key}` } });
  const batches = (
    JSON.parse(res.body) as {
      results: Array<{ duration: string; stats: { progressTrace?: Record<string, string> } }>;
    }
  ).results;
  const seconds = (d: string) =>
    Number(/([\d.]+)s/.exec(d)?.[1] ?? (/([\d.]+)ms/.exec(d) ? Number(/([\d.]+)ms/.exec(d)?.[1]) / 1000 : 0));
  const phases = new Map<string, number>();
  for (const b of batches)
    for (const [phase, d] of Object.entries(b.stats.progressTrace ?? {}))
      phases.set(phase, (phases.get(phase) ?? 0) + seconds(d));
  const top = [...phases.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`\nMeilisearch: the ${batches.length} last batches, slowest phases (seconds summed)`);
  console.table(top.map(([phase, s]) => ({ phase, seconds: s.toFixed(2) })));
}
