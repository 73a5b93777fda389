import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type {
  ApiErrorBody,
  SearchResponse,
  SupplierSearchHit,
  SupplierSearchResponse,
  SupplierView,
} from '@bitd/domain';
import { HIGHLIGHT_START, luhnValid } from '@bitd/domain';
import { MeiliService, SUPPLIER_INDEX_SETTINGS, SearchIndexerService, settingsMatch } from '@bitd/server';
import fc from 'fast-check';
import { validSupplier } from '../../apps/api/src/testing/fixtures';
import { TestApi, startTestApi } from '../../apps/api/src/testing/test-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitUntil } from '../support/processes';

/** Distinct Luhn-valid SIRETs for test companies. */
function siret(n: number): string {
  const complete = (body: string) => body + [...'0123456789'].find((d) => luhnValid(body + d));
  return complete(`${complete(String(40000000 + n))}0001`);
}

describe('search: outbox → BullMQ → Meilisearch, and the search API', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  const search = (query: string) =>
    api.json<SearchResponse<SupplierSearchHit> & ApiErrorBody>('GET', `/api/v1/search/suppliers?${query}`);
  const supplierSearch = (query: string) =>
    api.json<SupplierSearchResponse & ApiErrorBody>('GET', `/api/v1/search/suppliers?${query}`);
  const names = async (query: string) => (await search(query)).body.hits.map((h) => h.name).sort();
  const create = async (overrides: Record<string, unknown>) =>
    (await api.json<SupplierView>('POST', '/api/v1/suppliers', validSupplier(overrides))).body;
  const settled = () =>
    waitUntil(
      async () =>
        (await api.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL'))[0].n ===
        0,
      'outbox relay',
    );
  /** Waits until a search returns exactly `expected` (the index is eventually consistent). */
  const eventually = (query: string, expected: string[]) =>
    waitUntil(
      async () => JSON.stringify(await names(query)) === JSON.stringify([...expected].sort()),
      `search ${query} → ${expected}`,
      15000,
    );

  beforeAll(async () => {
    api = await startTestApi();
    await api.reset();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const meili = api.app.get(MeiliService);
    await meili.ensureIndex('suppliers');
    await meili.waitTask(meili.client.index(meili.indexUid('suppliers')).deleteAllDocuments());

    await create({
      siret: siret(1),
      name: 'Iroise Acoustique',
      description: 'Antennes et traitement sonar, acoustique sous-marine.',
      capabilities: [{ code: '35512400', trl: 7 }],
      address: { city: 'Brest', postalCode: '29200', lat: 48.39, lon: -4.49 },
      certifications: [{ scheme: 'EN9100', validUntil: '2099-01-01' }],
      clearance: 'SECRET',
    });
    await create({
      siret: siret(2),
      name: 'Vilaine Cyber',
      description: 'Nous assurons la lutte informatique défensive et la supervision SOC.',
      capabilities: [{ code: '72212730', trl: 8 }],
      address: { city: 'Rennes', postalCode: '35000', lat: 48.11, lon: -1.68 },
      certifications: [
        { scheme: 'PASSI', validUntil: '2099-01-01' },
        { scheme: 'EN9100', validUntil: '2020-01-01' },
      ],
      clearance: 'DR',
    });
    await create({
      siret: siret(3),
      name: 'Blavet Composites',
      description: 'Hull repair and composite parts for warships.',
      capabilities: [{ code: '35521000', trl: 9 }],
      address: { city: 'Lorient', postalCode: '56100', lat: 47.75, lon: -3.37 },
      certifications: [{ scheme: 'ISO9001', validUntil: '2099-01-01' }],
      clearance: 'NONE',
    });
    await settled();
    await eventually('', ['Blavet Composites', 'Iroise Acoustique', 'Vilaine Cyber']);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('makes an update searchable once the worker has run, and a deleted profile disappears', async () => {
    const created = await create({
      siret: siret(4),
      name: 'Penmarch Optronique',
      capabilities: [{ code: '38600000', trl: 6 }],
    });
    await eventually('q=Penmarch', ['Penmarch Optronique']);
    await api.json('PATCH', `/api/v1/suppliers/${created.id}`, { name: 'Kerhuon Optronique' });
    await eventually('q=Kerhuon', ['Kerhuon Optronique']);
    expect(await names('q=Penmarch')).toEqual([]);
    await api.json('DELETE', `/api/v1/suppliers/${created.id}`);
    await eventually('q=Kerhuon', []);
  });

  it('finds through the defence thesaurus and despite typos', async () => {
    expect(await names('q=LID')).toEqual(['Vilaine Cyber']);
    expect(await names('q=acoustiqe')).toEqual(['Iroise Acoustique']);
    expect(await names('q=warship%20hull')).toEqual(['Blavet Composites']);
  });

  it('reads a capability however it is worded, and says why each supplier matched', async () => {
    for (const q of ['drones sous-marins', 'UUV', 'uuv', 'underwater drone', 'drone sous-marni']) {
      const res = await supplierSearch(`q=${encodeURIComponent(q)}`);
      expect([q, res.body.hits.map((h) => h.name)]).toEqual([q, ['Iroise Acoustique']]);
      expect(res.body.reading.concepts.map((c) => c.label.fr)).toEqual(['drone sous-marin']);
      expect(res.body.hits[0].why).toEqual([
        {
          concept: { fr: 'drone sous-marin', en: expect.any(String) },
          how: 'declared',
          via: expect.any(String),
        },
      ]);
      expect(res.body.reading.exact).toBe(true);
    }
    const sonar = await supplierSearch('q=sonar');
    // Its own words, as its description says them.
    expect(sonar.body.hits[0].why[0]).toMatchObject({ how: 'described', via: 'acoustique sous marine' });
    expect(sonar.body.hits[0].highlights.description).toContain(`${HIGHLIGHT_START}sonar`);
  });

  it('ranks a capability above a company name that only contains the word, unless the query is the name', async () => {
    const rance = await create({
      siret: siret(5),
      name: 'Rance Cyber Traiteur',
      description: 'Restauration collective et plateaux-repas pour les entreprises.',
      capabilities: [{ code: '55520000', trl: 9 }],
    });
    await eventually('q=Rance', ['Rance Cyber Traiteur']);
    const cyber = await supplierSearch(`q=${encodeURIComponent('cybersécurité')}`);
    expect(cyber.body.hits[0].name).toBe('Vilaine Cyber');
    expect(cyber.body.hits.map((h) => h.name)).not.toContain('Rance Cyber Traiteur');
    const byName = await supplierSearch(`q=${encodeURIComponent('Rance Cyber')}`);
    expect(byName.body.hits[0].name).toBe('Rance Cyber Traiteur');
    await api.json('DELETE', `/api/v1/suppliers/${rance.id}`);
    await eventually('q=Rance', []);
  });

  it('answers odd input clearly: a SIRET with spaces, long, empty of words, emoji, mixed scripts', async () => {
    const s1 = siret(1);
    const spaced = `${s1.slice(0, 3)} ${s1.slice(3, 6)} ${s1.slice(6, 9)} ${s1.slice(9)}`;
    const bySiret = await supplierSearch(`q=${encodeURIComponent(spaced)}`);
    expect(bySiret.body.hits.map((h) => h.name)).toEqual(['Iroise Acoustique']);
    expect(bySiret.body.reading.siret).toBe(s1);
    const long = await supplierSearch(`q=${encodeURIComponent('sonar '.repeat(199) + 'sonar')}`);
    expect(long.status).toBe(200);
    expect(long.body.reading.cut).toEqual({ words: 168, characters: expect.any(Number) });
    for (const q of ['x'.repeat(1000), '!!! ??? ...', 'le la les de du', '🚁🌊', 'сонар 声纳 sonar']) {
      const res = await supplierSearch(`q=${encodeURIComponent(q)}`);
      expect([q.slice(0, 20), res.status]).toEqual([q.slice(0, 20), 200]);
    }
    const tooLong = await supplierSearch(`q=${'a'.repeat(2001)}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.map((e) => e.field)).toEqual(['q']);
  });

  it('rebuilds documents an earlier version wrote without concept codes, when the worker starts', async () => {
    const meili = api.app.get(MeiliService);
    const index = meili.client.index(meili.indexUid('suppliers'));
    const { results } = await index.getDocuments<Record<string, unknown>>({ limit: 100 });
    const old = results.map(
      ({ codesDeclared: _a, codesDescribed: _b, codesBroad: _c, codesNear: _d, ...rest }) => rest,
    );
    await meili.waitTask(index.deleteAllDocuments());
    await meili.waitTask(index.addDocuments(old, { primaryKey: 'id' }));
    expect(await names('q=UUV')).toEqual([]);
    expect(await api.app.get(SearchIndexerService).refreshOutdated()).toContain('suppliers');
    expect(await names('q=UUV')).toEqual(['Iroise Acoustique']);
    expect(await api.app.get(SearchIndexerService).refreshOutdated()).toEqual([]);
  });

  it('filters: CPV ancestors, OR within a facet, AND across facets, valid certifications, clearance, radius', async () => {
    expect(await names('cpv=35500000')).toEqual(['Blavet Composites', 'Iroise Acoustique']);
    expect(await names('department=29&department=35')).toEqual(['Iroise Acoustique', 'Vilaine Cyber']);
    expect(await names('department=29&department=35&clearanceMin=SECRET')).toEqual(['Iroise Acoustique']);
    expect(await names('certification=EN9100')).toEqual(['Iroise Acoustique']); // Vilaine's EN 9100 expired
    expect(await names('site=brest-naval-base&radiusKm=60')).toEqual(['Iroise Acoustique']);
    expect(await names('lat=48.11&lon=-1.68&radiusKm=150')).toEqual(['Blavet Composites', 'Vilaine Cyber']);
    const byDistance = await search('site=lorient-naval-group&sort=distance');
    expect(byDistance.body.hits.map((h) => h.name)).toEqual([
      'Blavet Composites',
      'Iroise Acoustique',
      'Vilaine Cyber',
    ]);
    expect(byDistance.body.hits[0].distanceKm).toBeLessThan(10);
  });

  it('counts a selected facet as if it were not selected (OR within it), others with it', async () => {
    const res = await search('department=29');
    expect(res.body.total).toBe(1);
    expect(res.body.facets.department).toEqual({ '29': 1, '35': 1, '56': 1 });
    expect(res.body.facets.clearance).toEqual({ SECRET: 1 });
  });

  it('highlights matched words with markers, never HTML', async () => {
    const res = await search('q=sonar');
    expect(res.body.hits[0].highlights.description).toContain(`${HIGHLIGHT_START}sonar`);
    expect(res.body.hits[0].capabilities).toEqual([
      { code: '35512400', fr: expect.stringMatching(/sous-marins/), en: 'Unmanned underwater vehicles' },
    ]);
  });

  it('answers 400 with the reason for bad parameters', async () => {
    const cases: Array<[string, string]> = [
      ['radiusKm=2000&site=brest-naval-base', 'radiusKm'],
      ['radiusKm=10', 'radiusKm'],
      ['pageSize=500', 'pageSize'],
      ['sort=colour', 'sort'],
      ['colour=blue', 'colour'],
      ['department=Finist%C3%A8re', 'department'],
      ['certification=ISO9999', 'certification'],
      ['lat=91&lon=0', 'lat'],
      ['site=atlantis', 'site'],
    ];
    for (const [query, field] of cases) {
      const res = await search(query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
    }
  });

  it('never lets text become filter syntax: any value is a 400 or a correct result, never a 500', async () => {
    const nasty = fc.oneof(
      fc.constantFrom(
        '"',
        '\\',
        '")',
        '29" OR department != "',
        'NOT',
        '(',
        ')',
        'OR 1=1',
        '\n',
        '🛳️',
        '29\nOR',
        'x'.repeat(5000),
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('q', 'department', 'cpv', 'certification', 'domain', 'site', 'commune'),
        nasty,
        async (param, value) => {
          const res = await search(`${param}=${encodeURIComponent(value)}`);
          expect([400, 200]).toContain(res.status);
          if (res.status === 200 && param !== 'q') expect(res.body.total).toBe(0); // no valid code matched: nothing outside the filter
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reindex swaps in a fresh index while search keeps answering', async () => {
    const during: number[] = [];
    const reindex = api.json<{ documents: number }>('POST', '/api/v1/admin/search/reindex');
    for (let i = 0; i < 5; i++) during.push((await search('')).status);
    const res = await reindex;
    expect(res.status).toBe(200);
    expect(res.body.documents).toBe(3);
    expect(during.every((s) => s === 200)).toBe(true);
    expect(await names('')).toEqual(['Blavet Composites', 'Iroise Acoustique', 'Vilaine Cyber']);
    const agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
    expect((await agent.json('POST', '/api/v1/admin/search/reindex')).status).toBe(403);
  });

  it('check-index finds injected drift (missing, stale, extra) and repairs it', async () => {
    const meili = api.app.get(MeiliService);
    const index = meili.client.index(meili.indexUid('suppliers'));
    const [blavet] = (await search('q=Blavet')).body.hits;
    const [iroise] = (await search('q=Iroise')).body.hits;
    await meili.waitTask(index.deleteDocument(blavet.id));
    await meili.waitTask(index.updateDocuments([{ id: iroise.id, version: 999, name: 'Stale name' }]));
    await meili.waitTask(
      index.addDocuments([{ id: '00000000-0000-4000-8000-00000000dead', name: 'Ghost', version: 1 }]),
    );

    const indexer = api.app.get(SearchIndexerService);
    const drift = await indexer.checkSuppliers(false);
    expect(drift).toMatchObject({
      missing: [blavet.id],
      stale: [iroise.id],
      extra: ['00000000-0000-4000-8000-00000000dead'],
      repaired: false,
    });

    const repaired = await api.json<{ repaired: boolean }>(
      'POST',
      '/api/v1/admin/search/check-index',
      undefined,
    );
    expect(repaired.body.repaired).toBe(true);
    const after = await indexer.checkSuppliers(false);
    expect([after.missing, after.stale, after.extra]).toEqual([[], [], []]);
    expect(await names('')).toEqual(['Blavet Composites', 'Iroise Acoustique', 'Vilaine Cyber']);
  });

  it('verification sends back a profile that changed after the indexer read it', async () => {
    const indexer = api.app.get(SearchIndexerService);
    const created = await create({ siret: siret(5), name: 'Odet Robotique' });
    const stale = await indexer.syncSuppliers([created.id], { wait: false });
    await api.json('PATCH', `/api/v1/suppliers/${created.id}`, { headcount: 7 });
    expect(await indexer.verify(stale, [created.id])).toEqual([created.id]);
    const fresh = await indexer.syncSuppliers([created.id], { wait: false });
    expect(await indexer.verify(fresh, [created.id])).toEqual([]);
    await api.json('DELETE', `/api/v1/suppliers/${created.id}`);
    await eventually('q=Odet', []);
  });

  it('refreshes the valid-certification facet when a certification expires', async () => {
    const indexer = api.app.get(SearchIndexerService);
    const today = new Date().toISOString().slice(0, 10);
    const created = await create({
      siret: siret(6),
      name: 'Aulne Essais',
      certifications: [{ scheme: 'ISO17025', validUntil: today }],
    });
    await eventually('q=Aulne', ['Aulne Essais']);
    expect((await search('q=Aulne')).body.hits[0].certificationsValid).toEqual(['ISO17025']);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await indexer.refreshExpiredCertifications(tomorrow)).toBe(1);
    expect((await search('q=Aulne')).body.hits[0].certificationsValid).toEqual([]);
    await api.json('DELETE', `/api/v1/suppliers/${created.id}`);
    await eventually('q=Aulne', []);
  });

  it('applies index settings by code, idempotently (what is there matches what the code says)', async () => {
    const meili = api.app.get(MeiliService);
    const current = await meili.client.index(meili.indexUid('suppliers')).getSettings();
    expect(settingsMatch(current as Record<string, unknown>, SUPPLIER_INDEX_SETTINGS)).toBe(true);
  });

  it('answers an empty page, not an error, from an index no profile has reached yet', async () => {
    const meili = api.app.get(MeiliService);
    const uid = meili.indexUid('opportunities');
    await meili.waitTask(meili.client.deleteIndex(uid)).catch(() => undefined);
    meili.forget(uid);
    await meili.ensureIndex('opportunities');
    const res = await api.json<SearchResponse<unknown>>('GET', '/api/v1/search/opportunities?q=sonar');
    expect(res.status).toBe(200);
    expect(res.body.hits).toEqual([]);
  });

  it('shows queue state to administrators', async () => {
    const res = await api.json<Array<{ name: string; failed: number }>>(
      'GET',
      '/api/v1/admin/queues',
      undefined,
    );
    expect(res.status).toBe(200);
    expect(res.body.map((q) => q.name)).toEqual(['search-index', 'matching', 'mail', 'notifications']);
    expect((await (await api.client()).json('GET', '/api/v1/admin/queues')).status).toBe(401);
  });
});
