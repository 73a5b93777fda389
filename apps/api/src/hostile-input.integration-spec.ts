import type { ApiErrorBody, ImportReport, OpportunityView, SupplierView } from '@bitd/domain';
import { parse } from 'csv-parse/sync';
import { OTHER_SIRET, validSupplier } from './testing/fixtures';
import { ADMIN_HEADERS, TestApi, startTestApi } from './testing/test-api';

/** 36 characters of hex digits and hyphens that are not a UUID: PostgreSQL refuses them as one. */
const NOT_A_UUID = '0123456789abcdef0123456789abcdef-123';
const NUL = '\u0000';

const opportunity = {
  kind: 'subcontracting',
  title: 'Antennes sonar',
  description: 'Acoustique sous-marine pour antennes sonar.',
  issuer: 'Naval Group',
  requiredCapabilities: [{ code: '38113000' }],
};

describe('hostile input: malformed ids answer 404 and NUL characters 400, never 500', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  beforeEach(() => api.reset());
  afterAll(() => api.close());

  it.each([
    ['GET', `/api/v1/suppliers/${NOT_A_UUID}`],
    ['PATCH', `/api/v1/suppliers/${NOT_A_UUID}`],
    ['DELETE', `/api/v1/suppliers/${NOT_A_UUID}`],
    ['GET', `/api/v1/suppliers/${NOT_A_UUID}/matches`],
    ['GET', `/api/v1/suppliers/${'-'.repeat(36)}`],
    ['GET', `/api/v1/opportunities/${NOT_A_UUID}`],
    ['PATCH', `/api/v1/opportunities/${NOT_A_UUID}`],
    ['POST', `/api/v1/opportunities/${NOT_A_UUID}/publish`],
    ['GET', `/api/v1/opportunities/${NOT_A_UUID}/matches`],
    ['GET', `/api/v1/opportunities/${NOT_A_UUID}/consortia`],
  ])('%s %s answers 404', async (method, path) => {
    const res = await api.json<ApiErrorBody>(
      method,
      path,
      method === 'PATCH' ? { description: 'x' } : undefined,
    );
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  const nulRefused = (res: { status: number; body: ApiErrorBody }, field: string) => {
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({ field, message: 'must not contain a NUL character' });
  };

  it('refuses a NUL in a supplier created or updated, naming the field', async () => {
    nulRefused(
      await api.json<ApiErrorBody>('POST', '/api/v1/suppliers', validSupplier({ name: `Iroise${NUL}` })),
      'name',
    );
    nulRefused(
      await api.json<ApiErrorBody>(
        'POST',
        '/api/v1/suppliers',
        validSupplier({ contacts: [{ name: `A${NUL}`, email: 'a@iroise.example.fr' }] }),
      ),
      'contacts[0].name',
    );
    const created = await api.json<SupplierView>('POST', '/api/v1/suppliers', validSupplier());
    expect(created.status).toBe(201);
    const path = `/api/v1/suppliers/${created.body.id}`;
    nulRefused(await api.json<ApiErrorBody>('PATCH', path, { description: `a${NUL}b` }), 'description');
    nulRefused(
      await api.json<ApiErrorBody>('PATCH', path, { website: `https://iroise.example.fr/${NUL}` }),
      'website',
    );
    expect((await api.json<SupplierView>('GET', path)).body.description).toBe(validSupplier().description);
  });

  it('refuses a NUL in an opportunity created or updated, naming the field', async () => {
    nulRefused(
      await api.json<ApiErrorBody>('POST', '/api/v1/opportunities', {
        ...opportunity,
        issuer: `Naval${NUL}`,
      }),
      'issuer',
    );
    const created = await api.json<OpportunityView>('POST', '/api/v1/opportunities', opportunity);
    expect(created.status).toBe(201);
    nulRefused(
      await api.json<ApiErrorBody>(
        'PATCH',
        `/api/v1/opportunities/${created.body.id}`,
        { location: { label: `Brest${NUL}`, lat: 48.38, lon: -4.49 } },
        { 'If-Match': String(created.body.version) },
      ),
      'location.label',
    );
  });

  const upload = async (kind: 'suppliers' | 'opportunities', content: string, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    const res = await fetch(`${api.url}/api/v1/imports/${kind}`, {
      method: 'POST',
      body: form,
      headers: ADMIN_HEADERS,
    });
    return { status: res.status, body: (await res.json()) as ImportReport & ApiErrorBody };
  };
  const nulRowError = (field: string, externalId: string) => [
    expect.objectContaining({ externalId, field, message: 'must not contain a NUL character' }),
  ];

  it('rejects an import row holding a NUL with a row error naming the field, and imports the others', async () => {
    const jsonl = [
      validSupplier({ externalId: 'S-1' }),
      validSupplier({ externalId: 'S-2', siret: OTHER_SIRET, description: `x${NUL}y` }),
    ];
    const fromJsonl = await upload('suppliers', jsonl.map((r) => JSON.stringify(r)).join('\n'), 's.jsonl');
    expect(fromJsonl.body).toMatchObject({ created: 1, rejected: 1 });
    expect(fromJsonl.body.errors).toEqual(nulRowError('description', 'S-2'));

    // A raw NUL byte early in a file marks it as binary (refused whole); further on, it reaches a row.
    const long = 'a'.repeat(4500);
    const csv = [
      'externalId,siret,name,description,address.city,address.postalCode',
      `S-1,83016613818604,Iroise Acoustique,${long},Brest,29200`,
      `S-3,${OTHER_SIRET},Aber Cyber,${long},Brest,29200`,
      `S-2,83016613818604,Blavet${NUL} Composites,,Lorient,56100`,
    ].join('\n');
    const fromCsv = await upload('suppliers', csv, 's.csv');
    expect(fromCsv.body).toMatchObject({ updated: 1, created: 1, rejected: 1 });
    expect(fromCsv.body.errors).toEqual(nulRowError('name', 'S-2'));
    const early = await upload('suppliers', csv.split('\n').reverse().join('\n'), 's.csv');
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('MALFORMED_FILE');

    const opportunities = await upload(
      'opportunities',
      JSON.stringify({ ...opportunity, externalId: 'O-1', programme: `SNLE${NUL}` }),
      'o.jsonl',
    );
    expect(opportunities.body.errors).toEqual(nulRowError('programme', 'O-1'));
  });

  it.each([
    '/api/v1/search/suppliers?q=sonar%00',
    '/api/v1/search/opportunities?q=sonar%00',
    '/api/v1/search/opportunities?programme=SNLE%00',
    '/api/v1/suppliers?q=Iroise%00',
  ])('refuses a NUL in a query string: %s', async (path) => {
    const res = await api.json<ApiErrorBody>('GET', path);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: 'must not contain a NUL character' });
  });

  it('exports CSV cells that a spreadsheet would run as formulas behind an apostrophe, and re-imports them unchanged', async () => {
    const created = await api.json<SupplierView>(
      'POST',
      '/api/v1/suppliers',
      validSupplier({
        externalId: 'S-1',
        name: '=HYPERLINK("http://evil.example","Iroise")',
        description: '@SUM(1+1)*cmd|" /C calc"!A0',
        contacts: [{ name: '-Soizic', email: 'contact@iroise.example.fr', phone: '+33 2 98 00 00 00' }],
      }),
    );
    expect(created.status).toBe(201);
    const csv = await (
      await fetch(`${api.url}/api/v1/exports/suppliers?format=csv`, { headers: ADMIN_HEADERS })
    ).text();
    const [record] = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(record).toMatchObject({
      name: `'=HYPERLINK("http://evil.example","Iroise")`,
      description: `'@SUM(1+1)*cmd|" /C calc"!A0`,
      contacts: "'-Soizic:contact@iroise.example.fr:+33 2 98 00 00 00",
      'address.lon': '-4.49',
    });
    const again = await upload('suppliers', csv, 'export.csv');
    expect(again.body).toMatchObject({ rows: 1, unchanged: 1, rejected: 0 });
    const read = await api.json<SupplierView>('GET', `/api/v1/suppliers/${created.body.id}`);
    expect(read.body.name).toBe('=HYPERLINK("http://evil.example","Iroise")');
    expect(read.body.contacts[0]).toMatchObject({ name: '-Soizic', phone: '+33 2 98 00 00 00' });
  });
});
