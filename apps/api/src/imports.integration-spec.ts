import type { ApiErrorBody, ImportReport, Page, SupplierSummaryView, SupplierView } from '@bitd/domain';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validSupplier, OTHER_SIRET } from './testing/fixtures';
import { ADMIN_HEADERS, TestApi, startTestApi } from './testing/test-api';

const DATASET = join(__dirname, '../../../../shared/datasets/matching-dev/suppliers.jsonl');

describe('Supplier import and export (real PostgreSQL)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  beforeEach(() => api.reset());
  afterAll(() => api.close());

  async function upload(
    content: string | Buffer,
    fileName: string,
  ): Promise<{ status: number; body: ImportReport & ApiErrorBody }> {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    const res = await fetch(`${api.url}/api/v1/imports/suppliers`, {
      method: 'POST',
      body: form,
      headers: ADMIN_HEADERS,
    });
    return { status: res.status, body: (await res.json()) as ImportReport & ApiErrorBody };
  }
  const jsonl = (...rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');
  const count = async () =>
    (await api.json<Page<SupplierSummaryView>>('GET', '/api/v1/suppliers')).body.total;

  it('imports the judged dataset 400 of 400, idempotently, and round-trips through export', async () => {
    expect(existsSync(DATASET)).toBe(true);
    const file = readFileSync(DATASET);
    const first = await upload(file, 'suppliers.jsonl');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rows: 400, created: 400, updated: 0, rejected: 0, errors: [] });

    const again = await upload(file, 'suppliers.jsonl');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 400, rejected: 0 });

    for (const format of ['jsonl', 'csv'] as const) {
      const exported = await (
        await fetch(`${api.url}/api/v1/exports/suppliers?format=${format}`, { headers: ADMIN_HEADERS })
      ).text();
      const reimport = await upload(exported, `export.${format}`);
      expect(reimport.body).toMatchObject({ rows: 400, created: 0, updated: 0, unchanged: 400, rejected: 0 });
    }
    // The export holds what was imported: same objects, key order aside; text is trimmed on the
    // way in, an absent list is an empty one, capability labels come from the CPV reference.
    const normalize = (s: Record<string, unknown>) => ({
      ...s,
      description: (s.description as string | undefined)?.trim(),
      capabilities: ((s.capabilities ?? []) as Array<{ code: string; trl?: number }>).map((c) => ({
        code: c.code,
        trl: c.trl,
      })),
      certifications: s.certifications ?? [],
      references: s.references ?? [],
      contacts: s.contacts ?? [],
    });
    const exported = (
      await (
        await fetch(`${api.url}/api/v1/exports/suppliers?format=jsonl`, { headers: ADMIN_HEADERS })
      ).text()
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const byId = new Map(exported.map((s) => [s.externalId, s]));
    for (const s of file
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))) {
      expect(normalize(byId.get(s.externalId))).toEqual(normalize(s));
    }
  });

  it('updates by externalId and reports each rejected row with line, field and message', async () => {
    await upload(jsonl({ externalId: 'A', ...validSupplier() }), 'a.jsonl');
    const report = await upload(
      jsonl(
        { externalId: 'A', ...validSupplier({ headcount: 40 }) },
        {
          externalId: 'B',
          ...validSupplier({ siret: OTHER_SIRET, capabilities: [{ code: '38113000', trl: 10 }] }),
        },
        { externalId: 'C', ...validSupplier({ siret: '12345678901234' }) },
        { externalId: 'A', ...validSupplier({ siret: OTHER_SIRET }) },
        { externalId: 'D', ...validSupplier({ siret: OTHER_SIRET, name: 'Dour', unknownField: 1 }) },
      ) + '\n{not json\n',
      'b.jsonl',
    );
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ rows: 6, created: 0, updated: 1, rejected: 5 });
    expect(report.body.errors).toEqual([
      {
        line: 2,
        externalId: 'B',
        field: 'capabilities[0].trl',
        message: expect.stringMatching(/between 1 and 9/),
      },
      { line: 3, externalId: 'C', field: 'siret', message: expect.stringMatching(/checksum|SIREN/) },
      { line: 4, externalId: 'A', field: 'externalId', message: 'duplicates the externalId of line 1' },
      { line: 5, externalId: 'D', field: 'unknownField', message: 'is not a known field' },
      { line: 6, externalId: null, field: '(line)', message: expect.stringMatching(/not valid JSON/) },
    ]);
    expect(await count()).toBe(1);
    const [only] = (await api.json<Page<SupplierSummaryView>>('GET', '/api/v1/suppliers')).body.items;
    expect((await api.json<SupplierView>('GET', `/api/v1/suppliers/${only.id}`)).body.headcount).toBe(40);
  });

  it('rejects a row whose SIRET belongs to another profile, keeping the others', async () => {
    await upload(jsonl({ externalId: 'A', ...validSupplier() }), 'a.jsonl');
    const report = await upload(
      jsonl(
        { externalId: 'Z', ...validSupplier() },
        { externalId: 'Y', ...validSupplier({ siret: OTHER_SIRET }) },
      ),
      'b.jsonl',
    );
    expect(report.body).toMatchObject({ created: 1, rejected: 1 });
    expect(report.body.errors[0]).toMatchObject({
      line: 1,
      field: 'siret',
      message: expect.stringMatching(/already registered.*externalId A/),
    });
  });

  it('imports CSV with lists flattened as INTERCHANGE.md says', async () => {
    const csv = [
      'externalId,siret,name,address.city,address.postalCode,capabilities,certifications',
      `C-1,${OTHER_SIRET},"Kan Photonics, SAS",Lannion,22300,38600000:6;31710000:5,ISO9001:2028-01-01`,
      'C-2,83016613818604,Mor Drones,Lorient,99999,,',
    ].join('\n');
    const report = await upload(csv, 'list.csv');
    expect(report.body).toMatchObject({ format: 'csv', rows: 2, created: 1, rejected: 1 });
    expect(report.body.errors[0]).toMatchObject({ line: 3, field: 'address.postalCode' });
    const [item] = (await api.json<Page<SupplierSummaryView>>('GET', '/api/v1/suppliers')).body.items;
    expect(item.name).toBe('Kan Photonics, SAS');
    expect(item.capabilities.map((c) => c.code)).toEqual(['38600000', '31710000']);
    expect(item.capabilities[0].en).toMatch(/optical/i);
  });

  it('refuses files that cannot be read, with a clear message', async () => {
    const empty = await upload('', 'empty.jsonl');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/empty/);

    const notData = await upload('Bonjour, voici ma liste de fournisseurs.\nMerci', 'notes.txt');
    expect(notData.status).toBe(400);
    expect(notData.body.message).toMatch(/neither JSON Lines nor a CSV/);

    const binary = await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image.png');
    expect(binary.status).toBe(400);
    expect(binary.body.message).toMatch(/binary/);

    const badColumns = await upload('siret,name,colour\n1,2,3', 'x.csv');
    expect(badColumns.body.message).toMatch(/Unknown CSV column\(s\): colour/);

    const noFile = await fetch(`${api.url}/api/v1/imports/suppliers`, {
      method: 'POST',
      headers: ADMIN_HEADERS,
      body: new FormData(),
    });
    expect(noFile.status).toBe(400);
    expect(await count()).toBe(0);
  });

  it('refuses an upload over the limit with 413 before reading it', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x7b);
    const res = await upload(big, 'big.jsonl');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('exports CSV with a header row and one line per profile', async () => {
    await upload(
      jsonl({ externalId: 'A', ...validSupplier({ description: 'Ligne 1\nLigne 2, "citée"' }) }),
      'a.jsonl',
    );
    const res = await fetch(`${api.url}/api/v1/exports/suppliers?format=csv`, { headers: ADMIN_HEADERS });
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="suppliers-.*\.csv"/);
    const text = await res.text();
    expect(text.split('\n')[0]).toMatch(/^externalId,siret,name,/);
    expect((await upload(text, 'x.csv')).body).toMatchObject({ unchanged: 1, rejected: 0 });
    expect((await api.json('GET', '/api/v1/exports/suppliers?format=xml')).status).toBe(400);
  });
});
