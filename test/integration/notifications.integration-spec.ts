import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type {
  ApiErrorBody,
  NotificationPage,
  NotificationPreferencesView,
  OpportunityView,
  SupplierView,
} from '@bitd/domain';
import {
  EventsModule,
  MailWorkerModule,
  MatchingWorkerModule,
  MeiliService,
  NotificationSources,
  NotificationsWorkerModule,
  NotifierService,
  PlatformModule,
  SearchWorkerModule,
  UserEntity,
  publishEvents,
} from '@bitd/server';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import { SmtpCapture, linkToken } from '../../apps/api/src/testing/mail-capture';
import { type TestApi, type TestClient, startTestApi } from '../../apps/api/src/testing/test-api';
import { waitUntil } from '../support/processes';

const SONAR = '38113000';
const BREST = { city: 'Brest', postalCode: '29200', lat: 48.39, lon: -4.49 };
const DAY = 86_400_000;

/** The calendar the worker reads: tests move it. */
let now = new Date();

/** The worker's modules as apps/worker loads them, with the notifications reading the test's clock. */
@Module({
  imports: [
    PlatformModule,
    EventsModule,
    SearchWorkerModule,
    MatchingWorkerModule,
    MailWorkerModule,
    NotificationsWorkerModule.withClock(() => now),
  ],
})
class TestWorkerModule {}

describe('notifications: events and calendar → inbox and mail, once', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: SmtpCapture;
  let sources: NotificationSources;
  let notifier: NotifierService;
  const users: Record<string, UserEntity> = {};
  const clients: Record<string, TestClient> = {};
  const orgs: Record<string, string> = {};

  const inbox = async (who: string) =>
    (await clients[who].json<NotificationPage>('GET', '/api/v1/notifications')).body;
  const rows = (userId: string, kind?: string) =>
    api.dataSource.query<Array<{ kind: string; title: { fr: string }; body: { fr: string }; link: string }>>(
      `SELECT kind, title, body, link FROM notifications WHERE user_id = $1 AND ($2::text IS NULL OR kind = $2)
        ORDER BY created_at`,
      [userId, kind ?? null],
    );
  const settled = () =>
    waitUntil(
      async () =>
        (await api.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL'))[0].n ===
        0,
      'outbox relay',
    );
  const person = async (key: string, spec: { organisationId?: string; platformRole?: 'agent' }) => {
    const email = `${key.toLowerCase()}@notif.example.fr`;
    clients[key] = await api.as({ email, displayName: key, ...spec });
    users[key] = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ email });
  };
  const supplier = async (key: string, n: number, overrides: Record<string, unknown>) => {
    const res = await api.json<SupplierView>(
      'POST',
      '/api/v1/suppliers',
      validSupplier({ siret: siret(n, 61000000), name: key, address: BREST, ...overrides }),
    );
    expect(res.status).toBe(201);
    orgs[key] = res.body.id;
  };
  const indexed = (count: number) =>
    waitUntil(
      async () =>
        (await api.json<{ total: number }>('GET', '/api/v1/search/suppliers?pageSize=1')).body.total ===
        count,
      `${count} suppliers indexed`,
      20000,
    );

  beforeAll(async () => {
    smtp = await new SmtpCapture().start();
    process.env.SMTP_URL = smtp.url;
    api = await startTestApi();
    await api.reset();
    const meili = api.app.get(MeiliService);
    await meili.ensureIndex('suppliers');
    await meili.waitTask(meili.client.index(meili.indexUid('suppliers')).deleteAllDocuments());
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await worker.init();
    sources = worker.get(NotificationSources);
    notifier = worker.get(NotifierService);

    await supplier('Iroise Sonar', 1, {
      description: 'Antennes acoustiques et traitement sonar pour la lutte sous la mer.',
      capabilities: [{ code: SONAR, trl: 7 }],
      certifications: [{ scheme: 'EN9100', validUntil: '2099-12-31' }],
    });
    await supplier('Vilaine Cyber', 2, {
      description: 'Lutte informatique défensive et supervision SOC.',
      capabilities: [{ code: '72212730', trl: 8 }],
      certifications: [{ scheme: 'ISO9001', validUntil: '2031-06-30' }],
    });
    const buyer = await api.createOrganisation('buyer', 'Naval Group');
    orgs['Naval Group'] = buyer.id;
    await person('sonarMember', { organisationId: orgs['Iroise Sonar'] });
    await person('cyberMember', { organisationId: orgs['Vilaine Cyber'] });
    await person('buyer', { organisationId: buyer.id });
    await person('agent', { platformRole: 'agent' });
    await api.dataSource.query(
      'INSERT INTO supplier_follows (user_id, supplier_id) VALUES ($1, $2), ($1, $3)',
      [users.agent.id, orgs['Iroise Sonar'], orgs['Vilaine Cyber']],
    );
    await indexed(2);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.stop();
  });

  let opportunityId: string;

  it('tells the members of a supplier a new opportunity fits, and the agent following it, with why', async () => {
    const res = await api.json<OpportunityView>('POST', '/api/v1/opportunities', {
      kind: 'subcontracting',
      title: 'Antennes sonar pour frégates',
      description: 'Fourniture d’antennes sonar et traitement acoustique.',
      issuer: 'Naval Group',
      requiredCapabilities: [{ code: SONAR }],
      deadline: '2098-06-30',
      status: 'published',
    });
    expect(res.status).toBe(201);
    opportunityId = res.body.id;
    await settled();
    await waitUntil(
      async () => (await rows(users.agent.id, 'portfolio_match')).length > 0,
      'portfolio notice',
    );

    const [match] = await rows(users.sonarMember.id, 'opportunity_match');
    expect(match.title.fr).toContain('Antennes sonar pour frégates');
    expect(match.body.fr).toMatch(/Pourquoi : Capacité déclarée 38113000/);
    expect(match.link).toBe(`/opportunites/${opportunityId}`);
    const [portfolio] = await rows(users.agent.id, 'portfolio_match');
    expect(portfolio.title.fr).toContain('Iroise Sonar');
    expect(portfolio.body.fr).toContain('entreprise que vous suivez');
    expect(portfolio.body.fr).toMatch(/Pourquoi : .*Sonars/);
    // The company that does not fit, and the agent for it, hear nothing.
    expect(await rows(users.cyberMember.id)).toEqual([]);
    expect((await rows(users.agent.id)).map((r) => r.title.fr).join()).not.toContain('Vilaine');

    // Immediate by default for the member: one mail with the link and an unsubscribe link.
    const mail = await smtp.waitFor('sonarmember@notif.example.fr');
    expect(mail.text).toContain(`/opportunites/${opportunityId}`);
    expect(linkToken(mail, '/desabonnement')).toMatch(/^[\w-]{40,}$/);
    // Portfolio news comes in the daily summary by default: no mail yet.
    expect(smtp.to('agent@notif.example.fr')).toEqual([]);

    // The same event handled again tells nobody twice.
    expect(await sources.opportunityPublished(opportunityId)).toBe(0);
  });

  it('lists the inbox with the unread count, and marks one or all read', async () => {
    const page = await inbox('sonarMember');
    expect(page.unread).toBe(1);
    expect(page.items[0]).toMatchObject({ kind: 'opportunity_match', readAt: null });
    const read = await clients.sonarMember.json('POST', `/api/v1/notifications/${page.items[0].id}/read`);
    expect(read.status).toBe(200);
    expect((await inbox('sonarMember')).unread).toBe(0);
    // Someone else's notification is one that does not exist.
    const other = await clients.cyberMember.json<ApiErrorBody>(
      'POST',
      `/api/v1/notifications/${page.items[0].id}/read`,
    );
    expect(other.status).toBe(404);
    const all = await clients.agent.json<{ updated: number }>('POST', '/api/v1/notifications/read-all');
    expect(all.body.updated).toBeGreaterThan(0);
    expect((await inbox('agent')).unread).toBe(0);
    const bad = await clients.agent.json<ApiErrorBody>('GET', '/api/v1/notifications?pageSize=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].field).toBe('pageSize');
  });

  it('tells who watches an opportunity that it changed (what changed) and that it closed', async () => {
    await api.dataSource.query('INSERT INTO opportunity_watches (user_id, opportunity_id) VALUES ($1, $2)', [
      users.cyberMember.id,
      opportunityId,
    ]);
    expect(
      (await api.json('PATCH', `/api/v1/opportunities/${opportunityId}`, { deadline: '2098-09-30' })).status,
    ).toBe(200);
    expect((await api.json('POST', `/api/v1/opportunities/${opportunityId}/close`)).status).toBe(200);
    await settled();
    await waitUntil(async () => (await rows(users.cyberMember.id)).length === 2, 'watch notices', 15000);
    // The two events are handled side by side: either notice may come first.
    const notices = await rows(users.cyberMember.id, 'watched_opportunity');
    const changed = notices.find((n) => n.title.fr.startsWith('Opportunité modifiée'));
    const closed = notices.find((n) => n.title.fr.startsWith('Opportunité close'));
    expect(changed?.body.fr).toContain('Modifié : date limite (nouvelle date limite : 30 septembre 2098)');
    expect(closed?.title.fr).toContain('Antennes sonar pour frégates');
    const mails = await Promise.all([1, 2].map((n) => smtp.waitFor('cybermember@notif.example.fr', n)));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      expect.stringContaining('Opportunité close'),
      expect.stringContaining('Opportunité modifiée'),
    ]);
  });

  it('tells a watcher nothing of an opportunity it may no longer read', async () => {
    const invited = await api.json<OpportunityView>('POST', '/api/v1/opportunities', {
      kind: 'subcontracting',
      title: 'Lot restreint',
      description: 'Lot sur invitation.',
      issuer: 'Naval Group',
      requiredCapabilities: [{ code: '38113000' }],
      deadline: '2098-06-30',
      status: 'published',
      visibility: 'invited',
    });
    expect(invited.status).toBe(201);
    await api.dataSource.query('INSERT INTO opportunity_watches (user_id, opportunity_id) VALUES ($1, $2)', [
      users.cyberMember.id,
      invited.body.id,
    ]);
    expect(
      (await api.json('PATCH', `/api/v1/opportunities/${invited.body.id}`, { deadline: '2098-10-31' }))
        .status,
    ).toBe(200);
    await settled();
    const [event] = await api.dataSource.query(
      `SELECT id::text, created_at FROM outbox WHERE type = 'opportunity.updated' AND payload->>'opportunityId' = $1`,
      [invited.body.id],
    );
    const made = await sources.opportunitiesChanged([
      {
        id: event.id,
        type: 'opportunity.updated',
        payload: { opportunityId: invited.body.id },
        occurredAt: event.created_at.toISOString(),
      },
    ]);
    expect(made).toBe(0);
    const about = (await rows(users.cyberMember.id, 'watched_opportunity')).filter((n) =>
      n.link.endsWith(invited.body.id),
    );
    expect(about).toEqual([]);
  });

  it('tells the parties of an introduction, except who acted', async () => {
    const payload = {
      introductionId: '11111111-2222-4333-8444-555555555555',
      supplierId: orgs['Iroise Sonar'],
      buyerId: orgs['Naval Group'],
      agentUserId: users.agent.id,
      opportunityId,
      actorUserId: users.buyer.id,
      status: 'accepted_by_buyer',
      side: 'buyer' as const,
      withSupplier: true,
    };
    await api.dataSource.transaction((m) => publishEvents(m, [{ type: 'introduction.accepted', payload }]));
    await settled();
    await waitUntil(
      async () => (await rows(users.agent.id, 'introduction')).length === 1,
      'introduction notice',
    );
    await waitUntil(
      async () => (await rows(users.sonarMember.id, 'introduction')).length === 1,
      'introduction notice',
    );
    const [told] = await rows(users.sonarMember.id, 'introduction');
    expect(told.title.fr).toBe('Mise en relation acceptée par Naval Group');
    expect(told.link).toBe(`/mises-en-relation/${payload.introductionId}`);
    expect(await rows(users.buyer.id, 'introduction')).toEqual([]);
    expect(await rows(users.cyberMember.id, 'introduction')).toEqual([]);
    // Delivered twice (a relay resend): nobody is told twice.
    const [event] = await api.dataSource.query(
      `SELECT id::text, type, payload, created_at FROM outbox WHERE type = 'introduction.accepted'`,
    );
    await sources.introductions([
      { id: event.id, type: 'introduction.accepted', payload, occurredAt: event.created_at.toISOString() },
    ]);
    expect(await rows(users.sonarMember.id, 'introduction')).toHaveLength(1);
  });

  it('keeps a buyer’s request from the supplier until an agent brings it, and tells each person of a proposal once', async () => {
    const request = {
      introductionId: '21111111-2222-4333-8444-555555555555',
      supplierId: orgs['Iroise Sonar'],
      buyerId: orgs['Naval Group'],
      agentUserId: null,
      opportunityId,
      actorUserId: users.buyer.id,
      status: 'proposed',
      withSupplier: false,
    };
    const ids = async (eventType: string) =>
      (
        await api.dataSource.query(
          `SELECT id::text, created_at FROM outbox WHERE type = $1 AND payload->>'introductionId' = $2 ORDER BY id`,
          [eventType, request.introductionId],
        )
      ).map((r: { id: string; created_at: Date }) => ({ id: r.id, occurredAt: r.created_at.toISOString() }));
    await api.dataSource.transaction((m) =>
      publishEvents(m, [{ type: 'introduction.proposed', payload: request }]),
    );
    const [asked] = await ids('introduction.proposed');
    await sources.introductions([{ ...asked, type: 'introduction.proposed', payload: request }]);
    const about = async (userId: string) =>
      (await rows(userId, 'introduction')).filter((n) => n.link.endsWith(request.introductionId));
    expect(await about(users.agent.id)).toEqual([]); // no agent yet: the queue shows it
    expect(await about(users.sonarMember.id)).toEqual([]);
    // An agent takes it: the same proposal now reaches the supplier, and nobody hears it twice.
    const taken = {
      ...request,
      agentUserId: users.agent.id,
      actorUserId: users.agent.id,
      withSupplier: true,
    };
    await api.dataSource.transaction((m) =>
      publishEvents(m, [{ type: 'introduction.proposed', payload: taken }]),
    );
    const [, brought] = await ids('introduction.proposed');
    await sources.introductions([{ ...brought, type: 'introduction.proposed', payload: taken }]);
    expect(await about(users.sonarMember.id)).toHaveLength(1);
    expect(await about(users.agent.id)).toEqual([]);
  });

  it('sends immediate notices at once, groups daily ones in one summary, and nothing for off', async () => {
    const set = await clients.cyberMember.json<NotificationPreferencesView>(
      'PUT',
      '/api/v1/notifications/preferences',
      { preferences: { introduction: 'daily', saved_search: 'daily', certification_expiry: 'off' } },
    );
    expect(set.status).toBe(200);
    expect(set.body.preferences).toMatchObject({
      introduction: 'daily',
      certification_expiry: 'off',
      watched_opportunity: 'immediate',
    });
    const wrong = await clients.cyberMember.json<ApiErrorBody>('PUT', '/api/v1/notifications/preferences', {
      preferences: { introduction: 'weekly' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0].field).toBe('preferences.introduction');

    const before = smtp.to('cybermember@notif.example.fr').length;
    const draft = (kind: string, key: string, title: string) => ({
      userId: users.cyberMember.id,
      kind: kind as 'introduction',
      dedupeKey: key,
      content: { title: { fr: title, en: title }, body: { fr: title, en: title }, link: '/notifications' },
    });
    expect(
      await notifier.create([
        draft('introduction', 'digest-1', 'Première nouvelle du jour'),
        draft('saved_search', 'digest-2', 'Deuxième nouvelle du jour'),
        draft('introduction', 'digest-3', 'Troisième nouvelle du jour'),
        draft('certification_expiry', 'digest-4', 'Nouvelle désactivée'),
        draft('watched_opportunity', 'digest-5', 'Nouvelle immédiate'),
      ]),
    ).toBe(4);
    await notifier.queueImmediateMails();
    const immediate = await smtp.waitFor('cybermember@notif.example.fr', before + 1);
    expect(immediate.subject).toContain('Nouvelle immédiate');

    expect(await notifier.queueDigests()).toBeGreaterThanOrEqual(1);
    const digest = await smtp.waitFor('cybermember@notif.example.fr', before + 2);
    expect(digest.subject).toBe('Votre résumé quotidien : 3 notifications — BITD Bretagne');
    const sections = digest.text.split('\n\n');
    const section = (title: string) => sections.find((p) => p.startsWith(`${title} :`))?.split('\n') ?? [];
    expect(
      section('Mises en relation')
        .map((l) => l.replace(/ — .*/, ''))
        .sort(),
    ).toEqual(['Mises en relation :', '• Première nouvelle du jour', '• Troisième nouvelle du jour']);
    expect(section('Recherches enregistrées')).toEqual([
      'Recherches enregistrées :',
      '• Deuxième nouvelle du jour — http://localhost:3000/notifications',
    ]);
    expect(digest.text).not.toContain('Nouvelle désactivée');
    expect(digest.text).not.toContain('Nouvelle immédiate');
    // One unsubscribe link per kind in the summary.
    expect(digest.text.match(/\/desabonnement\?token=/g)).toHaveLength(2);
    // Run again: nothing left to summarise, no second mail.
    expect(await notifier.queueDigests()).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.to('cybermember@notif.example.fr')).toHaveLength(before + 2);
  });

  it('notices a certification nearing expiry at 60 days, 30 days and once expired, each once', async () => {
    const validUntil = '2031-06-30';
    const at = (days: number) => new Date(Date.parse(`${validUntil}T08:00:00Z`) + days * DAY);
    await clients.cyberMember.json('PUT', '/api/v1/notifications/preferences', {
      preferences: { certification_expiry: 'immediate' },
    });
    const titles = async () =>
      (await rows(users.cyberMember.id, 'certification_expiry')).map((r) => r.title.fr);
    const runTwice = async () => {
      await sources.certificationExpiry();
      await sources.certificationExpiry();
    };
    now = at(-61);
    await runTwice();
    expect(await titles()).toEqual([]);
    now = at(-60);
    await runTwice();
    expect(await titles()).toEqual(['ISO 9001 expire dans moins de 60 jours']);
    now = at(-45);
    await runTwice();
    expect(await titles()).toHaveLength(1);
    now = at(-30);
    await runTwice();
    now = at(0);
    await runTwice();
    now = at(1);
    await runTwice();
    expect(await titles()).toEqual([
      'ISO 9001 expire dans moins de 60 jours',
      'ISO 9001 expire dans moins de 30 jours',
      'ISO 9001 a expiré',
    ]);
    const [expired] = (await rows(users.cyberMember.id, 'certification_expiry')).slice(-1);
    expect(expired.link).toBe(`/fournisseurs/${orgs['Vilaine Cyber']}/modifier`);
    now = new Date();
  });

  it('announces suppliers new to a saved search, once, after its first check', async () => {
    await api.dataSource.query(
      `INSERT INTO saved_searches (user_id, name, query, alerts) VALUES ($1, 'Sonar en Bretagne', 'q=sonar', true)`,
      [users.agent.id],
    );
    await clients.agent.json('PUT', '/api/v1/notifications/preferences', {
      preferences: { saved_search: 'immediate' },
    });
    expect(await sources.savedSearches()).toBe(0); // first check: what is there is no news
    await supplier('Penfeld Acoustique', 3, {
      description: 'Sonars remorqués et traitement sonar.',
      capabilities: [{ code: SONAR, trl: 6 }],
    });
    await indexed(3);
    expect(await sources.savedSearches()).toBe(1);
    expect(await sources.savedSearches()).toBe(0);
    const [notice] = await rows(users.agent.id, 'saved_search');
    expect(notice.title.fr).toBe('1 nouvelle(s) entreprise(s) pour votre recherche « Sonar en Bretagne »');
    expect(notice.body.fr).toContain('Penfeld Acoustique');
    expect(notice.link).toBe('/recherche?q=sonar');
  });

  it('unsubscribes with a mail link once; a reused or forged link changes nothing', async () => {
    const mail = await smtp.waitFor('sonarmember@notif.example.fr');
    const token = linkToken(mail, '/desabonnement');
    const anonymous = await api.client();
    const forged = await anonymous.json<ApiErrorBody>('POST', '/api/v1/notifications/unsubscribe', {
      token: `${token.slice(0, -4)}AAAA`,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('INVALID_TOKEN');
    const prefs = async () =>
      (
        await clients.sonarMember.json<NotificationPreferencesView>(
          'GET',
          '/api/v1/notifications/preferences',
        )
      ).body.preferences.opportunity_match;
    expect(await prefs()).toBe('immediate');
    const ok = await anonymous.json('POST', '/api/v1/notifications/unsubscribe', { token });
    expect(ok).toMatchObject({ status: 200, body: { kind: 'opportunity_match', delivery: 'off' } });
    expect(await prefs()).toBe('off');
    await clients.sonarMember.json('PUT', '/api/v1/notifications/preferences', {
      preferences: { opportunity_match: 'daily' },
    });
    const reused = await anonymous.json<ApiErrorBody>('POST', '/api/v1/notifications/unsubscribe', { token });
    expect(reused.status).toBe(400);
    expect(reused.body.details).toEqual({ reason: 'used' });
    expect(await prefs()).toBe('daily');
  });

  it('keeps mails while the mail server is down and delivers each once when it is back', async () => {
    await smtp.stop();
    const before = smtp.to('buyer@notif.example.fr').length;
    await notifier.create([
      {
        userId: users.buyer.id,
        kind: 'watched_opportunity',
        dedupeKey: 'smtp-down-1',
        content: {
          title: { fr: 'Pendant la panne', en: 'During the outage' },
          body: { fr: 'Corps', en: 'Body' },
          link: '/opportunites',
        },
      },
    ]);
    expect(await notifier.queueImmediateMails()).toBeGreaterThanOrEqual(1);
    expect(await notifier.queueImmediateMails()).toBe(0);
    await new Promise((r) => setTimeout(r, 1500)); // a few refused attempts
    await smtp.start();
    const mail = await smtp.waitFor('buyer@notif.example.fr', before + 1, 45_000);
    expect(mail.subject).toContain('Pendant la panne');
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.to('buyer@notif.example.fr')).toHaveLength(before + 1);
  }, 60_000);
});
