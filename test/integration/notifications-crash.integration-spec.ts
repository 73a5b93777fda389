import type { ImportReport, OpportunityView } from '@bitd/domain';
import { MeiliService } from '@bitd/server';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import { SmtpCapture } from '../../apps/api/src/testing/mail-capture';
import { ADMIN_HEADERS, type TestApi, startTestApi } from '../../apps/api/src/testing/test-api';
import { WorkerProcess, waitUntil } from '../support/processes';

/** Companies the opportunity fits, one member each. */
const FITTING = 400;
const TITLE = 'Antennes sonar — lot de série';

/**
 * The worker killed (SIGKILL) during the fan-out of a published opportunity, then restarted:
 * every member of a fitting company ends with exactly one notification and one mail. The mail
 * server is down meanwhile, so what is measured is what was queued, not a send the kill cut.
 */
describe('notifications: exactly once across a killed worker', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let worker: WorkerProcess;

  const count = async (sql: string): Promise<number> => (await api.dataSource.query(sql))[0].n;

  beforeAll(async () => {
    smtp = await new SmtpCapture().start();
    await smtp.stop(); // down until the end: mails wait in the queue
    api = await startTestApi();
    await api.reset();
    const meili = api.app.get(MeiliService);
    await meili.ensureIndex('suppliers');
    await meili.waitTask(meili.client.index(meili.indexUid('suppliers')).deleteAllDocuments());
    worker = new WorkerProcess({ SMTP_URL: smtp.url });
    worker.start();

    const rows = Array.from({ length: FITTING }, (_, i) =>
      JSON.stringify({
        externalId: `CRASH-${i}`,
        ...validSupplier({
          siret: siret(i, 62000000),
          name: `Sonar ${i}`,
          capabilities: [{ code: '38113000' }],
        }),
      }),
    );
    const form = new FormData();
    form.append('file', new Blob([rows.join('\n')]), 'suppliers.jsonl');
    const res = await fetch(`${api.url}/api/v1/imports/suppliers`, {
      method: 'POST',
      body: form,
      headers: ADMIN_HEADERS,
    });
    expect(((await res.json()) as ImportReport).created).toBe(FITTING);
    await api.dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, email_verified_at)
       SELECT 'member-' || siret || '@crash.example.fr', name, 'unused', now() FROM organisations WHERE kind = 'supplier'`,
    );
    await api.dataSource.query(
      `INSERT INTO memberships (user_id, organisation_id)
       SELECT u.id, o.id FROM organisations o JOIN users u ON u.email = 'member-' || o.siret || '@crash.example.fr'`,
    );
    await waitUntil(
      async () =>
        (await api.json<{ total: number }>('GET', '/api/v1/search/suppliers?pageSize=1')).body.total ===
        FITTING,
      'suppliers indexed',
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
    await smtp?.stop();
  });

  it('kills the worker mid-fan-out; after a restart each member has one notification and one mail', async () => {
    const res = await api.json<OpportunityView>('POST', '/api/v1/opportunities', {
      kind: 'subcontracting',
      title: TITLE,
      description: 'Antennes sonar de coque pour une série de bâtiments.',
      issuer: 'Naval Group',
      requiredCapabilities: [{ code: '38113000' }],
      deadline: '2098-06-30',
      status: 'published',
    });
    expect(res.status).toBe(201);
    // Killed as soon as the first notifications exist: their mails are being queued, or not yet.
    await waitUntil(
      async () => (await count('SELECT count(*)::int AS n FROM notifications')) > 0,
      'fan-out',
      60_000,
    );
    await worker.kill();
    const atKill = await api.dataSource.query(
      `SELECT count(*)::int AS made, count(mail_queued_at)::int AS queued FROM notifications`,
    );
    process.stdout.write(`worker killed with ${JSON.stringify(atKill[0])} of ${FITTING}\n`);

    worker = new WorkerProcess({ SMTP_URL: smtp.url });
    worker.start();
    await waitUntil(
      async () =>
        (await count('SELECT count(*)::int AS n FROM notifications WHERE mail_queued_at IS NOT NULL')) ===
        FITTING,
      'every mail queued',
      60_000,
    );
    await smtp.start(); // the mail server comes back: the queue drains at MAIL_RATE
    const ours = () => smtp.messages.filter((m) => m.subject.includes(TITLE));
    await waitUntil(async () => ours().length >= FITTING, 'every mail sent', 150_000);
    await new Promise((r) => setTimeout(r, 2000)); // time for a double to show

    const perUser: Array<{ email: string; n: number }> = await api.dataSource.query(
      `SELECT u.email, count(n.id)::int AS n FROM users u
         JOIN memberships m ON m.user_id = u.id
         LEFT JOIN notifications n ON n.user_id = u.id AND n.kind = 'opportunity_match'
        GROUP BY u.email`,
    );
    expect(perUser).toHaveLength(FITTING);
    expect(perUser.filter((u) => u.n !== 1)).toEqual([]);
    const mails = new Map<string, number>();
    for (const m of ours()) for (const to of m.to) mails.set(to, (mails.get(to) ?? 0) + 1);
    expect(perUser.filter((u) => mails.get(u.email) !== 1)).toEqual([]);
    expect(ours()).toHaveLength(FITTING);
  }, 300_000);
});
