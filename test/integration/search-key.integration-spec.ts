import type { ApiErrorBody, SearchResponse, SupplierSearchHit } from '@bitd/domain';
import { MeiliService, loadConfig } from '@bitd/server';
import type { Meilisearch } from 'meilisearch';
import { meiliError } from '../../libs/server/src/search/meili-http-client';
import { searchKeySpec } from '../../libs/server/src/search/search-key';
import { TestApi, startTestApi } from '../../apps/api/src/testing/test-api';

/** The HTTP status Meilisearch answered to a call, or 200. */
const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (e: unknown) => meiliError(e)?.status,
  );

describe("the api's Meilisearch key: search only", () => {
  let api: TestApi;
  let meili: MeiliService;
  let search: Meilisearch;
  const config = loadConfig();
  const spec = searchKeySpec(config.NAMESPACE, [
    `${config.NAMESPACE}_opportunities`,
    `${config.NAMESPACE}_suppliers`,
  ]);

  beforeAll(async () => {
    api = await startTestApi();
    meili = api.app.get(MeiliService);
    await meili.ensureIndex('suppliers');
    await meili.ensureIndex('opportunities');
    search = await meili.searchClient();
  });
  afterAll(() => api.close());

  it('is not the master key, and searches with it work', async () => {
    expect(config.MEILI_MASTER_KEY).not.toBe('');
    expect(search.config.apiKey).toBeTruthy();
    expect(search.config.apiKey).not.toBe(config.MEILI_MASTER_KEY);
    expect(await statusOf(search.index(meili.indexUid('suppliers')).search('sonar'))).toBe(200);
    expect(
      await statusOf(search.multiSearch({ queries: [{ indexUid: meili.indexUid('opportunities'), q: '' }] })),
    ).toBe(200);
  });

  it('cannot write documents, change settings, delete an index, read tasks or keys (403)', async () => {
    const suppliers = search.index(meili.indexUid('suppliers'));
    expect(await statusOf(suppliers.addDocuments([{ id: 'intruder' }]))).toBe(403);
    expect(await statusOf(suppliers.deleteAllDocuments())).toBe(403);
    expect(await statusOf(suppliers.updateSettings({ rankingRules: ['words'] }))).toBe(403);
    expect(await statusOf(suppliers.getDocuments())).toBe(403);
    expect(await statusOf(search.deleteIndex(meili.indexUid('suppliers')))).toBe(403);
    expect(await statusOf(search.tasks.getTasks())).toBe(403);
    expect(await statusOf(search.getKeys())).toBe(403);
    expect(await statusOf(search.index('another_namespace_suppliers').search(''))).toBe(403);
  });

  it('answers the search API without the master-key client', async () => {
    const master = jest.spyOn(meili.client, 'multiSearch');
    const index = jest.spyOn(meili.client, 'index');
    try {
      const suppliers = await api.json<SearchResponse<SupplierSearchHit> & ApiErrorBody>(
        'GET',
        '/api/v1/search/suppliers?q=sonar&department=29',
      );
      expect(suppliers.status).toBe(200);
      expect((await api.json('GET', '/api/v1/search/opportunities?q=sonar')).status).toBe(200);
      expect(master).not.toHaveBeenCalled();
      expect(index).not.toHaveBeenCalled();
    } finally {
      master.mockRestore();
      index.mockRestore();
    }
  });

  it('is one key per namespace, reused at each start, and remade when its grant was widened', async () => {
    const again = await new MeiliService(config).searchClient();
    expect(again.config.apiKey).toBe(search.config.apiKey);
    const named = (await meili.client.getKeys({ limit: 1000 })).results.filter((k) => k.name === spec.name);
    expect(named.map((k) => k.uid)).toEqual([spec.uid]);

    await meili.client.deleteKey(spec.uid);
    await meili.client.createKey({ ...spec, actions: ['*'] });
    const remade = await new MeiliService(config).searchClient();
    expect((await meili.client.getKey(spec.uid)).actions).toEqual(['search']);
    expect(await statusOf(remade.index(meili.indexUid('suppliers')).addDocuments([{ id: 'x' }]))).toBe(403);
  });

  it('takes MEILI_SEARCH_KEY as given, and refuses the master key there', async () => {
    const given = await new MeiliService(
      loadConfig({ ...process.env, MEILI_SEARCH_KEY: search.config.apiKey }),
    ).searchClient();
    expect(given.config.apiKey).toBe(search.config.apiKey);
    expect(() => loadConfig({ ...process.env, MEILI_SEARCH_KEY: config.MEILI_MASTER_KEY })).toThrow(
      /MEILI_SEARCH_KEY: is the master key/,
    );
  });
});
