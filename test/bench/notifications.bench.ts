/**
 * Notification fan-out benchmark: N generated suppliers (default 100,000), each with one member,
 * all followed by a region agent. A buyer publishes an opportunity that matches a few thousand of
 * them (the code declared by about `target` suppliers, default 5,000). Measured, in one run:
 * - time from the publish request until every notification (supplier members + the agent) exists;
 * - the e-mail rate the SMTP server sees (bounded by MAIL_RATE) during the first 30 s;
 * - the API's p50/p95 on a mixed read load (search, opportunity list, inbox) before and during the
 *   fan-out, same requests, same concurrency.
 * usage: npm run bench -- notifications [suppliers] [target]
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ImportsModule,
  MAIL_RATE,
  MeiliService,
  OpportunitiesModule,
  PlatformModule,
  QueueService,
  SYSTEM_ACTOR,
  SearchModule,
  SupplierImportService,
  pipelineIdle,
} from '@bitd/server';
import { DataSource } from 'typeorm';
import { SmtpCapture } from '../../apps/api/src/testing/mail-capture';
import { generateDemoSuppliers } from '../../libs/server/src/demo/demo-suppliers.generator';
import { benchSignIn, load, request, resetBenchData, startApp, stopApp, waitFor } from './bench-support';

@Module({ imports: [PlatformModule, ImportsModule, OpportunitiesModule, SearchModule] })
class BenchModule {}

const MAIL_WINDOW_MS = 30_000;

export async function benchNotifications(count: number, target: number): Promise<void> {
  const port = 3198;
  const apiUrl = `http://127.0.0.1:${port}`;
  const smtp = await new SmtpCapture().start();
  const env = { ...process.env, SMTP_URL: smtp.url };
  await resetBenchData(env);
  const ctx = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  const ds = ctx.get(DataSource);
  const meili = ctx.get(MeiliService);
  const queues = ctx.get(QueueService);
  await meili.waitTask(meili.client.deleteIndex(meili.indexUid('suppliers'))).catch(() => undefined);
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

  // Set-up (not timed): suppliers indexed, one member each, all followed by one agent.
  const worker = startApp('worker', env);
  const rows = generateDemoSuppliers(count, 11, new Date().toISOString().slice(0, 10));
  const file = Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n'));
  const imported = await ctx.get(SupplierImportService).importFile(file, 'bench.jsonl', SYSTEM_ACTOR);
  if (imported.created !== count) throw new Error(`imported ${imported.created} of ${count}`);
  await settled();
  await ds.query(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organisations WHERE kind = 'supplier'),
          u AS (INSERT INTO users (email, display_name, email_verified_at)
                SELECT 'membre' || n || '@bench.example.fr', 'Membre ' || n, now() FROM s RETURNING id, email)
     INSERT INTO memberships (user_id, organisation_id, role)
     SELECT u.id, s.id, 'admin' FROM u JOIN s ON u.email = 'membre' || s.n || '@bench.example.fr'`,
  );
  const api = startApp('api', {
    ...env,
    PORT: String(port),
    RATE_LIMIT_PER_MINUTE: '100000000',
    SIGN_IN_MAX_PER_CLIENT: '100000',
  });
  await waitFor(async () => (await request(`${apiUrl}/api/health`)).status === 200, 60_000, 'api start');
  const [dga] = await ds.query(
    `INSERT INTO organisations (kind, name, name_key, buyer_category) VALUES ('buyer', 'DGA', 'dga', 'dga') RETURNING id`,
  );
  const password = 'bench-password-2024';
  const buyer = await benchSignIn(apiUrl, ds, {
    email: 'buyer@bench.example.fr',
    password,
    organisationId: dga.id,
  });
  const agent = await benchSignIn(apiUrl, ds, {
    email: 'agent@bench.example.fr',
    password,
    platformRole: 'agent',
  });
  const [{ id: agentId }] = await ds.query(`SELECT id FROM users WHERE email = 'agent@bench.example.fr'`);
  await ds.query(
    `INSERT INTO supplier_follows (user_id, supplier_id) SELECT $1, id FROM organisations WHERE kind = 'supplier'`,
    [agentId],
  );

  // The declared code closest to `target` suppliers, as a buyer would name it.
  const [chosen] = await ds.query(
    `SELECT c->>'code' AS code, count(DISTINCT o.id)::int AS declared
       FROM organisations o, jsonb_array_elements(o.capabilities) c
      WHERE o.kind = 'supplier' GROUP BY 1 ORDER BY abs(count(DISTINCT o.id) - $1) LIMIT 1`,
    [target],
  );
  const json = (
    session: { cookie: string; csrfToken: string },
    method: string,
    path: string,
    body?: unknown,
  ) =>
    request(`${apiUrl}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        'Content-Type': 'application/json',
        Cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
    });
  const draft = await json(buyer, 'POST', '/api/v1/opportunities', {
    kind: 'subcontracting',
    // Plain words the concept reader finds nothing in: the declared code is the only need.
    title: 'Lot 7',
    description: 'Lot fictif.',
    issuer: 'DGA',
    requiredCapabilities: [{ code: chosen.code }],
    deadline: '2098-06-30',
  });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${draft.body}`);
  const opportunityId = (JSON.parse(draft.body) as { id: string }).id;
  await settled();

  // Read load: the same mix before and during the fan-out.
  const paths = [
    (s: typeof buyer) => [s, '/api/v1/search/suppliers?q=usinage%20naval'] as const,
    (s: typeof buyer) => [s, '/api/v1/opportunities?status=published'] as const,
    (s: typeof buyer) => [s, '/api/v1/notifications'] as const,
  ];
  const call = async (i: number) => {
    const [s, path] = paths[i % paths.length](i % 2 ? buyer : agent);
    return (await request(`${apiUrl}${path}`, { headers: { Cookie: s.cookie } })).status === 200;
  };
  await load(10, 300, call);
  const before = await load(10, 900, call);

  const notified = async () =>
    (
      await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE dedupe_key LIKE ANY($1)`, [
        [`opportunity_match:${opportunityId}:%`, `portfolio_match:${opportunityId}:%`],
      ])
    )[0].n as number;
  const mailsAt: Array<[number, number]> = [];
  const t0 = performance.now();
  const published = await json(buyer, 'POST', `/api/v1/opportunities/${opportunityId}/publish`);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.body}`);
  let stopLoad = false;
  const during: Array<Awaited<ReturnType<typeof load>>> = [];
  const loadDuring = (async () => {
    while (!stopLoad) during.push(await load(10, 150, call));
  })();
  let last = -1;
  let stableSince = performance.now();
  let doneAt = 0;
  while (!doneAt) {
    await new Promise((r) => setTimeout(r, 200));
    mailsAt.push([performance.now() - t0, smtp.messages.length]);
    const n = await notified();
    const busy = await queues.queue('notifications').getJobCounts('waiting', 'active', 'delayed');
    if (n !== last) {
      last = n;
      stableSince = performance.now();
    } else if (n > 0 && busy.waiting + busy.active === 0 && performance.now() - stableSince > 2000) {
      doneAt = stableSince;
    }
    if (performance.now() - t0 > 600_000) throw new Error(`fan-out not done after 600 s (${n})`);
  }
  const fanOutSeconds = (doneAt - t0) / 1000;
  // The read load is measured while the fan-out runs, and only then.
  stopLoad = true;
  await loadDuring;
  // Mails: counted over MAIL_WINDOW_MS from the first one.
  while (
    !mailsAt.some(([, n]) => n > 0) ||
    performance.now() - t0 < (mailsAt.find(([, n]) => n > 0)?.[0] ?? 0) + MAIL_WINDOW_MS
  ) {
    await new Promise((r) => setTimeout(r, 250));
    mailsAt.push([performance.now() - t0, smtp.messages.length]);
    if (performance.now() - t0 > 900_000) throw new Error('no mail after 900 s');
  }
  const duringAll = during.reduce(
    (acc, r) => ({
      ...acc,
      p50s: [...acc.p50s, r.p50],
      p95s: [...acc.p95s, r.p95],
      errors: acc.errors + r.errors,
    }),
    { p50s: [] as number[], p95s: [] as number[], errors: 0 },
  );
  const firstMail = mailsAt.find(([, n]) => n > 0)?.[0] ?? NaN;
  const mailsInWindow = smtp.messages.length - 1;
  const byKind = await ds.query(
    `SELECT kind, count(*)::int AS notifications FROM notifications WHERE dedupe_key LIKE ANY($1) GROUP BY kind`,
    [[`opportunity_match:${opportunityId}:%`, `portfolio_match:${opportunityId}:%`]],
  );

  console.log(
    `\nNotification fan-out: ${count} followed suppliers, code ${chosen.code} declared by ${chosen.declared}`,
  );
  console.table(byKind);
  console.log(
    `all ${last} notifications created ${fanOutSeconds.toFixed(1)} s after the publish request (target ≤ 30 s)`,
  );
  console.log(
    `e-mail: first after ${(firstMail / 1000).toFixed(1)} s, then ${mailsInWindow} in the next ${MAIL_WINDOW_MS / 1000} s ` +
      `= ${(mailsInWindow / (MAIL_WINDOW_MS / 1000)).toFixed(1)}/s (limit ${MAIL_RATE.max} per ${MAIL_RATE.duration} ms)`,
  );
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;
  console.table([
    {
      load: 'API reads before publishing',
      p50: before.p50,
      p95: before.p95,
      rps: before.rps,
      errors: before.errors,
    },
    {
      load: `API reads during the fan-out (${during.length} rounds, median)`,
      p50: median(duringAll.p50s),
      p95: median(duringAll.p95s),
      rps: '-',
      errors: duringAll.errors,
    },
    {
      load: 'API reads during the fan-out (worst round)',
      p50: Math.max(...duringAll.p50s),
      p95: Math.max(...duringAll.p95s),
      rps: '-',
      errors: duringAll.errors,
    },
  ]);

  await stopApp(api);
  await stopApp(worker);
  await smtp.stop();
  await ctx.close();
}
