import type {
  ApiErrorBody,
  OpportunityMatchesView,
  OpportunitySearchHit,
  OpportunitySummaryView,
  OpportunityView,
  Page,
  SearchResponse,
  SupplierOpportunitiesView,
  SupplierSearchHit,
  SupplierSummaryView,
  SupplierView,
} from '@bitd/domain';
import { MeiliService } from '@bitd/server';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import {
  type TestApi,
  type TestClient,
  browserClient,
  startTestApi,
} from '../../apps/api/src/testing/test-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitUntil } from '../support/processes';

/**
 * The same field and row rules on every read path: a profile read alone or in a list, search
 * hits and their filters and facets, exports, matches in both directions, opportunity lists and
 * search. Callers: anonymous, the company's own member, another company, the issuing buyer,
 * another buyer, a region agent.
 */
const S = '/api/v1';
const SONAR = '38113000';
const PUBLIC_CONTACT = { name: 'Ronan Bihan', email: 'commercial@iroise.example.fr', visibleToBuyers: true };
const PRIVATE_CONTACT = {
  name: 'Maïwenn Caradec',
  email: 'direction@iroise.example.fr',
  phone: '+33 2 98 00 00 00',
};
const need = {
  kind: 'subcontracting',
  title: 'Antennes sonar de coque',
  description: 'Antennes acoustiques pour sonar de coque.',
  issuer: 'ignored for a buyer',
  requiredCapabilities: [{ code: SONAR }],
  deadline: '2098-06-30',
};

describe('private fields and private rows on every read path', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let iroise: SupplierView;
  const as: Record<'anonymous' | 'owner' | 'otherSupplier' | 'buyer' | 'otherBuyer' | 'agent', TestClient> =
    {} as never;
  const opp: Record<'public' | 'registered' | 'draft', OpportunityView> = {} as never;

  beforeAll(async () => {
    api = await startTestApi();
    await api.reset();
    // Earlier spec files leave documents in the shared test indexes: start from empty ones.
    const meili = api.app.get(MeiliService);
    for (const kind of ['suppliers', 'opportunities'] as const) {
      await meili.ensureIndex(kind);
      await meili.waitTask(meili.client.index(meili.indexUid(kind)).deleteAllDocuments());
    }
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    iroise = (
      await api.json<SupplierView>(
        'POST',
        `${S}/suppliers`,
        validSupplier({
          siret: siret(11),
          clearance: 'SECRET',
          revenueEur: 5_000_000,
          contacts: [PUBLIC_CONTACT, PRIVATE_CONTACT],
          capabilities: [{ code: SONAR, trl: 7 }],
          certifications: [],
        }),
      )
    ).body;
    const other = (
      await api.json<SupplierView>(
        'POST',
        `${S}/suppliers`,
        validSupplier({ siret: siret(12), name: 'Aber Cyber' }),
      )
    ).body;
    const dga = await api.createOrganisation('buyer', 'DGA Techniques navales');
    const prime = await api.createOrganisation('buyer', 'Naval Group');
    as.anonymous = await browserClient(api.url);
    as.owner = await api.as({ email: 'pme@iroise.example.fr', organisationId: iroise.id });
    as.otherSupplier = await api.as({ email: 'pme@aber.example.fr', organisationId: other.id });
    as.buyer = await api.as({ email: 'acheteur@dga.example.fr', organisationId: dga.id });
    as.otherBuyer = await api.as({ email: 'acheteur@prime.example.fr', organisationId: prime.id });
    as.agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
    for (const [key, extra] of [
      ['public', { status: 'published' }],
      [
        'registered',
        { status: 'published', visibility: 'registered', title: 'Sonar (entreprises inscrites)' },
      ],
      ['draft', { title: 'Sonar (brouillon)' }],
    ] as const) {
      const res = await as.buyer.json<OpportunityView>('POST', `${S}/opportunities`, { ...need, ...extra });
      expect(res.status).toBe(201);
      expect(res.body.issuer.name).toBe('DGA Techniques navales');
      opp[key] = res.body;
    }
    // Indexed and matched by the worker.
    await waitUntil(
      async () => {
        const search = await api.json<SearchResponse<SupplierSearchHit>>('GET', `${S}/search/suppliers`);
        const matches = await api.json<OpportunityMatchesView>(
          'GET',
          `${S}/opportunities/${opp.public.id}/matches`,
        );
        const opportunities = await api.json<SearchResponse<OpportunitySearchHit>>(
          'GET',
          `${S}/search/opportunities`,
        );
        return (
          search.body.total === 2 &&
          opportunities.body.total === 2 &&
          matches.body.status === 'ready' &&
          matches.body.matches.length > 0
        );
      },
      'indexing and matching',
      60000,
    );
  }, 90000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const contactsIn = (body: unknown) =>
    [PUBLIC_CONTACT.email, PRIVATE_CONTACT.email, PRIVATE_CONTACT.phone].filter((c) =>
      JSON.stringify(body).includes(c),
    );

  it('a profile: each reader sees what its role may, and is told what is withheld', async () => {
    const read = async (c: TestClient) =>
      (await c.json<SupplierView>('GET', `${S}/suppliers/${iroise.id}`)).body;
    for (const who of ['anonymous', 'otherSupplier'] as const) {
      const v = await read(as[who]);
      expect(v).toMatchObject({
        clearance: null,
        revenueEur: null,
        defenceRevenueShare: null,
        contacts: [],
        canEdit: false,
      });
      expect(v.hiddenFields.sort()).toEqual(['clearance', 'contacts', 'defenceRevenueShare', 'revenueEur']);
      expect(v.capabilities[0]).toMatchObject({ code: SONAR, trl: 7 });
      expect(contactsIn(v)).toEqual([]);
    }
    for (const who of ['buyer', 'otherBuyer'] as const) {
      const v = await read(as[who]);
      expect(v).toMatchObject({ clearance: 'SECRET', revenueEur: null, canEdit: false });
      expect(v.contacts.map((c) => c.email)).toEqual([PUBLIC_CONTACT.email]);
      expect(v.hiddenFields.sort()).toEqual(['defenceRevenueShare', 'revenueEur']);
    }
    for (const who of ['owner', 'agent'] as const) {
      const v = await read(as[who]);
      expect(v).toMatchObject({
        clearance: 'SECRET',
        revenueEur: 5_000_000,
        canEdit: true,
        hiddenFields: [],
      });
      expect(v.contacts.map((c) => [c.email, c.visibleToBuyers])).toEqual([
        [PUBLIC_CONTACT.email, true],
        [PRIVATE_CONTACT.email, false],
      ]);
    }
  });

  it('the directory list shows clearance to buyers and staff only', async () => {
    const clearance = async (c: TestClient) =>
      (await c.json<Page<SupplierSummaryView>>('GET', `${S}/suppliers`)).body.items.map((s) => s.clearance);
    expect(await clearance(as.anonymous)).toEqual([null, null]);
    expect(await clearance(as.otherSupplier)).toEqual([null, null]);
    expect(await clearance(as.buyer)).toEqual(['DR', 'SECRET']);
  });

  it('search: no clearance in hits or facets for those who may not read it, and no filtering on it', async () => {
    const anon = await as.anonymous.json<SearchResponse<SupplierSearchHit>>(
      'GET',
      `${S}/search/suppliers?q=sonar`,
    );
    expect(anon.body.hits.map((h) => h.clearance)).toEqual(anon.body.hits.map(() => null));
    expect(anon.body.hits.map((h) => h.name)).toContain('Iroise Acoustique');
    expect(Object.keys(anon.body.facets)).not.toContain('clearance');
    expect(contactsIn(anon.body)).toEqual([]);
    for (const q of ['clearanceMin=SECRET', 'clearance=SECRET', 'clearance=NONE&clearance=DR']) {
      const refused = await as.otherSupplier.json<ApiErrorBody>('GET', `${S}/search/suppliers?${q}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0].message).toMatch(/buyers and region agents only/);
    }
    const buyer = await as.buyer.json<SearchResponse<SupplierSearchHit>>(
      'GET',
      `${S}/search/suppliers?clearanceMin=SECRET`,
    );
    expect(buyer.body.hits.map((h) => [h.name, h.clearance])).toEqual([['Iroise Acoustique', 'SECRET']]);
    expect(buyer.body.facets.clearance).toMatchObject({ SECRET: 1 });
  });

  it('exports are for region staff, who see everything', async () => {
    for (const who of ['anonymous', 'owner', 'buyer'] as const) {
      expect((await as[who].fetch(`${S}/exports/suppliers`)).status).toBe(who === 'anonymous' ? 401 : 403);
    }
    const csv = await (await as.agent.fetch(`${S}/exports/suppliers?format=csv`)).text();
    expect(contactsIn(csv).length).toBe(3);
  });

  it("matches of an opportunity: its issuer's buyers and staff; no private field of a supplier in them", async () => {
    const issuer = await as.buyer.json<OpportunityMatchesView>(
      'GET',
      `${S}/opportunities/${opp.public.id}/matches`,
    );
    expect(issuer.body.matches.map((m) => m.supplier.name)).toContain('Iroise Acoustique');
    expect(contactsIn(issuer.body)).toEqual([]);
    expect(JSON.stringify(issuer.body)).not.toContain('5000000');
    for (const who of ['owner', 'otherBuyer'] as const) {
      expect((await as[who].json('GET', `${S}/opportunities/${opp.public.id}/matches`)).status).toBe(404);
      expect((await as[who].json('GET', `${S}/opportunities/${opp.public.id}/consortia`)).status).toBe(404);
    }
    expect((await as.agent.json('GET', `${S}/opportunities/${opp.public.id}/matches`)).status).toBe(200);
  });

  it('matches of a supplier: its own members and staff, never a draft', async () => {
    const own = await as.owner.json<SupplierOpportunitiesView>('GET', `${S}/suppliers/${iroise.id}/matches`);
    expect(own.status).toBe(200);
    const titles = own.body.matches.map((m) => m.opportunity.title);
    expect(titles).toContain(opp.public.title);
    expect(titles).toContain(opp.registered.title);
    expect(titles).not.toContain(opp.draft.title);
    for (const who of ['otherSupplier', 'buyer'] as const) {
      expect((await as[who].json('GET', `${S}/suppliers/${iroise.id}/matches`)).status).toBe(404);
    }
  });

  it('opportunity lists, pages and search: drafts to their issuer, registered ones to signed-in organisations', async () => {
    const titles = async (c: TestClient) =>
      (await c.json<Page<OpportunitySummaryView>>('GET', `${S}/opportunities`)).body.items
        .map((o) => o.title)
        .sort();
    const found = async (c: TestClient) =>
      (
        await c.json<SearchResponse<OpportunitySearchHit>>('GET', `${S}/search/opportunities?q=sonar`)
      ).body.hits
        .map((h) => h.id)
        .sort();
    expect(await titles(as.anonymous)).toEqual([opp.public.title]);
    expect(await found(as.anonymous)).toEqual([opp.public.id]);
    expect(await titles(as.otherBuyer)).toEqual([opp.public.title, opp.registered.title].sort());
    expect(await found(as.owner)).toEqual([opp.public.id, opp.registered.id].sort());
    expect(await titles(as.buyer)).toEqual([opp.public.title, opp.registered.title, opp.draft.title].sort());
    expect((await as.otherBuyer.json('GET', `${S}/opportunities/${opp.draft.id}`)).status).toBe(404);
    expect((await as.anonymous.json('GET', `${S}/opportunities/${opp.registered.id}`)).status).toBe(404);
    const mine = await as.buyer.json<OpportunityView>('GET', `${S}/opportunities/${opp.draft.id}`);
    expect(mine.body.canManage).toBe(true);
    expect(
      (await as.owner.json<OpportunityView>('GET', `${S}/opportunities/${opp.public.id}`)).body.canManage,
    ).toBe(false);
  });

  it("a buyer cannot issue for another organisation, nor change another's opportunity", async () => {
    const edit = await as.otherBuyer.json('PATCH', `${S}/opportunities/${opp.public.id}`, {
      title: 'Repris',
    });
    expect(edit.status).toBe(404);
    expect((await api.json<OpportunityView>('GET', `${S}/opportunities/${opp.public.id}`)).body.title).toBe(
      need.title,
    );
  });
});
