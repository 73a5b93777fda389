import type { ApiErrorBody, Page, SupplierSummaryView, SupplierView } from '@bitd/domain';
import { validSupplier, OTHER_SIRET } from './testing/fixtures';
import { TestApi, startTestApi } from './testing/test-api';

describe('Supplier profiles API (real PostgreSQL)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  beforeEach(() => api.reset());
  afterAll(() => api.close());

  const create = (body: Record<string, unknown>) =>
    api.json<SupplierView & ApiErrorBody>('POST', '/api/v1/suppliers', body);

  it('creates, reads, updates partially and lists a profile', async () => {
    const created = await create(validSupplier());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      siret: '83016613818604',
      siren: '830166138',
      nafLabel: expect.stringMatching(/navigation/i),
    });
    expect(created.body.capabilities[0]).toMatchObject({ code: '38113000', trl: 7 });
    expect(created.body.completeness.missing).toContain('references');
    expect(created.body.updatedBy).toBe('admin-token');

    const id = created.body.id;
    const patched = await api.json<SupplierView>('PATCH', `/api/v1/suppliers/${id}`, {
      headcount: 35,
      website: null,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.headcount).toBe(35);
    expect(patched.body.website).toBeNull();
    expect(patched.body.name).toBe('Iroise Acoustique');
    expect(patched.body.version).toBe(created.body.version + 1);

    const read = await api.json<SupplierView>('GET', `/api/v1/suppliers/${id}`);
    expect(read.body.headcount).toBe(35);

    await create(validSupplier({ siret: OTHER_SIRET, name: 'Aber Cyber' }));
    const list = await api.json<Page<SupplierSummaryView>>(
      'GET',
      '/api/v1/suppliers?sort=-name&pageSize=1&page=2',
    );
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((s) => s.name)).toEqual(['Aber Cyber']);
  });

  it('shows an expired certification as expired', async () => {
    const created = await create(
      validSupplier({
        certifications: [
          { scheme: 'ISO9001', validUntil: '2020-01-01' },
          { scheme: 'EN9100', validUntil: '2099-01-01' },
        ],
      }),
    );
    expect(created.body.certifications.map((c) => [c.scheme, c.expired])).toEqual([
      ['ISO9001', true],
      ['EN9100', false],
    ]);
  });

  it('answers 409 with the existing id when the SIRET is registered', async () => {
    const first = await create(validSupplier());
    const again = await create(validSupplier({ name: 'Other name' }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SUPPLIER_SIRET_TAKEN');
    expect(again.body.details).toMatchObject({ existingId: first.body.id });
  });

  it('soft-deletes; only an administrator restores', async () => {
    const { body } = await create(validSupplier());
    expect((await api.json('DELETE', `/api/v1/suppliers/${body.id}`)).status).toBe(204);
    const visitor = await api.client();
    expect((await visitor.json('GET', `/api/v1/suppliers/${body.id}`)).status).toBe(404);
    expect((await api.json<Page<SupplierSummaryView>>('GET', '/api/v1/suppliers')).body.total).toBe(0);
    // Administrators still read it, to restore it.
    expect((await api.json('GET', `/api/v1/suppliers/${body.id}`)).status).toBe(200);
    const agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
    expect((await agent.json('POST', `/api/v1/suppliers/${body.id}/restore`)).status).toBe(403);
    const restored = await api.json<SupplierView>('POST', `/api/v1/suppliers/${body.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.deletedAt).toBeNull();
    expect((await api.json('GET', `/api/v1/suppliers/${body.id}`)).status).toBe(200);
  });

  it('writes a typed event in the same transaction as each change', async () => {
    const { body } = await create(validSupplier());
    await api.json('PATCH', `/api/v1/suppliers/${body.id}`, { headcount: 1 });
    await api.json('DELETE', `/api/v1/suppliers/${body.id}`);
    const rows = await api.dataSource.query(
      `SELECT type FROM outbox WHERE payload->>'supplierId' = $1 ORDER BY id`,
      [body.id],
    );
    expect(rows.map((r: { type: string }) => r.type)).toEqual([
      'supplier.upserted',
      'supplier.upserted',
      'supplier.deleted',
    ]);
  });

  describe('bad input: 400 naming the field, nothing written', () => {
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['invalid SIRET checksum', { siret: '83016613818605' }, 'siret', /checksum|Luhn/i],
      ['SIREN checksum', { siret: '83016613918604' }, 'siret', /SIREN/],
      ['unknown NAF code', { nafCode: '99.99Z' }, 'nafCode', /official NAF/],
      [
        'postal code not of the commune',
        { address: { city: 'Brest', postalCode: '35000' } },
        'address.city',
        /not a commune of postal code 35000/,
      ],
      [
        'INSEE code of another commune',
        { address: { city: 'Brest', postalCode: '29200', inseeCode: '35238' } },
        'address.inseeCode',
        /does not belong/,
      ],
      ['TRL 0', { capabilities: [{ code: '38113000', trl: 0 }] }, 'capabilities[0].trl', /between 1 and 9/],
      ['TRL 10', { capabilities: [{ code: '38113000', trl: 10 }] }, 'capabilities[0].trl', /between 1 and 9/],
      ['negative headcount', { headcount: -1 }, 'headcount', /negative/],
      [
        'latitude out of range',
        { address: { city: 'Brest', postalCode: '29200', lat: 91, lon: -4 } },
        'address.lat',
        /-90 and 90/,
      ],
      [
        'unknown certification scheme',
        { certifications: [{ scheme: 'ISO9999' }] },
        'certifications[0].scheme',
        /one of/,
      ],
      ['unknown field', { colour: 'blue' }, 'colour', /not a known field/],
      ['wrong type', { headcount: 'twelve' }, 'headcount', /number/],
      ['string over its limit', { name: 'x'.repeat(201) }, 'name', /at most 200/],
      ['description over its limit', { description: 'x'.repeat(5001) }, 'description', /at most 5000/],
      [
        'CPV code that is not one',
        { capabilities: [{ code: '1234' }] },
        'capabilities[0].code',
        /8-digit CPV/,
      ],
      ['missing required field', { name: undefined }, 'name', /required/],
      [
        'lat without lon',
        { address: { city: 'Brest', postalCode: '29200', lat: 48 } },
        'address.lon',
        /both or neither/,
      ],
      ['not an http(s) website', { website: 'javascript:alert(1)' }, 'website', /http/],
    ];
    it.each(cases)('%s', async (_label, overrides, field, message) => {
      const res = await create(validSupplier(overrides));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([{ field, message: expect.stringMatching(message) }]),
      );
      expect((await api.json<Page<SupplierSummaryView>>('GET', '/api/v1/suppliers')).body.total).toBe(0);
    });

    it('malformed JSON body', async () => {
      const res = await api.json<ApiErrorBody>('POST', '/api/v1/suppliers', '{"siret": ');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('a bad PATCH leaves the profile as it was', async () => {
      const { body } = await create(validSupplier());
      const res = await api.json<ApiErrorBody>('PATCH', `/api/v1/suppliers/${body.id}`, {
        headcount: 3,
        siret: '12345678901234',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].field).toBe('siret');
      expect((await api.json<SupplierView>('GET', `/api/v1/suppliers/${body.id}`)).body.headcount).toBe(29);
    });

    it('unknown id and bad query parameters', async () => {
      expect((await api.json('GET', '/api/v1/suppliers/not-a-uuid')).status).toBe(404);
      expect((await api.json('GET', '/api/v1/suppliers/6f1c1a3e-0000-4000-8000-000000000000')).status).toBe(
        404,
      );
      const bad = await api.json<ApiErrorBody>('GET', '/api/v1/suppliers?pageSize=1000&sort=colour');
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['pageSize', 'sort']);
    });
  });

  it('stores HTML and script as text and returns it unchanged', async () => {
    const html = '<script>alert("x")</script><b>Sonar</b> & co';
    const res = await create(validSupplier({ description: html, name: '<img src=x onerror=alert(1)>' }));
    expect(res.status).toBe(201);
    expect(res.body.description).toBe(html);
    expect(res.body.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('reports health of database, Redis and Meilisearch', async () => {
    const res = await api.json<{ status: string; info: Record<string, { status: string }> }>(
      'GET',
      '/api/health',
    );
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.info).sort()).toEqual(['database', 'meilisearch', 'redis']);
  });

  it('serves the OpenAPI document', async () => {
    const res = await api.json<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/suppliers', '/api/v1/suppliers/{id}', '/api/v1/imports/suppliers']),
    );
  });
});
