import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type {
  ApiErrorBody,
  BuyerView,
  ConsortiaView,
  ImportReport,
  OpportunityMatchesView,
  OpportunitySearchHit,
  OpportunitySummaryView,
  OpportunityView,
  Page,
  ProgrammeView,
  SearchResponse,
  SupplierOpportunitiesView,
  SupplierView,
} from '@bitd/domain';
import { OpportunitiesService } from '@bitd/server';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import { ADMIN_HEADERS, TestApi, startTestApi } from '../../apps/api/src/testing/test-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitUntil } from '../support/processes';

const BREST = { city: 'Brest', postalCode: '29200', lat: 48.39, lon: -4.49 };
const SONAR = '38113000';
const forever = [{ scheme: 'EN9100', validUntil: '2099-12-31' }];

/** A subcontracting need that states every kind of hard requirement. */
const sonarNeed = {
  kind: 'subcontracting',
  title: 'Antennes sonar — programme SNLE 3G',
  description: 'Nous recherchons un partenaire en acoustique sous-marine pour des antennes sonar.',
  issuer: 'Naval Group',
  programme: 'SNLE 3G',
  requiredCapabilities: [{ code: SONAR }],
  requiredCertifications: ['EN9100'],
  minClearance: 'SECRET',
  trlMin: 6,
  location: { label: 'Base navale de Brest', lat: 48.3805, lon: -4.4942, maxDistanceKm: 60 },
  deadline: '2098-06-30',
  status: 'published',
};

describe('opportunities and explainable matching', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  const ids: Record<string, string> = {};

  const supplier = async (key: string, n: number, overrides: Record<string, unknown>) => {
    const res = await api.json<SupplierView>(
      'POST',
      '/api/v1/suppliers',
      validSupplier({
        siret: siret(n),
        name: key,
        address: BREST,
        clearance: 'SECRET',
        certifications: forever,
        ...overrides,
      }),
    );
    expect(res.status).toBe(201);
    ids[key] = res.body.id;
  };
  const matches = (id: string) =>
    api.json<OpportunityMatchesView>('GET', `/api/v1/opportunities/${id}/matches`);
  /** Waits for the worker to store matches of the current version that pass `check`. */
  const matchedWhen = async (id: string, check: (m: OpportunityMatchesView) => boolean) => {
    let last: OpportunityMatchesView | undefined;
    await waitUntil(
      async () => {
        last = (await matches(id)).body;
        return last.status === 'ready' && check(last);
      },
      `matches of ${id}`,
      30000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; last answer: ${JSON.stringify(last).slice(0, 1500)}`);
    });
    return last as OpportunityMatchesView;
  };
  const names = (m: OpportunityMatchesView) => m.matches.map((x) => x.supplier.name).sort();

  beforeAll(async () => {
    api = await startTestApi();
    await api.reset();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    await supplier('Iroise Sonar', 1, { capabilities: [{ code: SONAR, trl: 7 }] });
    // Only words, no code: found through the thesaurus.
    await supplier('Elorn Acoustics', 2, {
      description: 'Underwater acoustics: hydrophones and towed arrays.',
      capabilities: [],
    });
    await supplier('Aber Expired', 3, {
      capabilities: [{ code: SONAR, trl: 8 }],
      certifications: [{ scheme: 'EN9100', validUntil: '2098-01-31' }],
    });
    await supplier('Rance Far', 4, {
      capabilities: [{ code: SONAR, trl: 8 }],
      address: { city: 'Saint-Malo', postalCode: '35400', lat: 48.65, lon: -2.0 },
    });
    await supplier('Landerneau Uncleared', 5, { capabilities: [{ code: SONAR, trl: 8 }], clearance: 'DR' });
    await supplier('Odet Immature', 6, { capabilities: [{ code: SONAR, trl: 4 }] });
    await supplier('Vilaine Cyber', 7, {
      description: 'Lutte informatique défensive, supervision SOC et chiffrement.',
      capabilities: [{ code: '72212730', trl: 8 }],
      address: { city: 'Rennes', postalCode: '35000', lat: 48.11, lon: -1.68 },
    });
  }, 60000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  let sonar: OpportunityView;

  it('creates a published opportunity with its buyer and programme', async () => {
    const res = await api.json<OpportunityView>('POST', '/api/v1/opportunities', sonarNeed);
    expect(res.status).toBe(201);
    sonar = res.body;
    expect(sonar).toMatchObject({
      status: 'published',
      issuer: { name: 'Naval Group', category: 'prime' },
      programme: 'SNLE 3G',
      requiredCapabilities: [{ code: SONAR, weight: 1 }],
    });
    expect(sonar.requiredCapabilities[0].fr).toBeTruthy();
    const buyers = await api.json<BuyerView[]>('GET', '/api/v1/buyers');
    expect(buyers.body).toContainEqual(
      expect.objectContaining({ name: 'Naval Group', category: 'prime', opportunities: 1 }),
    );
    const programmes = await api.json<ProgrammeView[]>('GET', '/api/v1/programmes');
    expect(programmes.body).toContainEqual(expect.objectContaining({ name: 'SNLE 3G', opportunities: 1 }));
  });

  it('indexes published opportunities for search; drafts stay out of every answer', async () => {
    const draft = await api.json<OpportunityView>('POST', '/api/v1/opportunities', {
      ...sonarNeed,
      title: 'Antennes sonar — brouillon',
      status: 'draft',
    });
    expect(draft.status).toBe(201);
    const titles = async (query: string) =>
      (
        await api.json<SearchResponse<OpportunitySearchHit>>('GET', `/api/v1/search/opportunities?${query}`)
      ).body.hits.map((h) => h.title);
    await waitUntil(
      async () => (await titles('q=sonar')).includes(sonarNeed.title),
      'opportunity search',
      15000,
    );
    expect(await titles('q=sonar')).not.toContain('Antennes sonar — brouillon');
    expect(await titles('q=sonar&kind=dual_research')).toEqual([]);
    expect(await titles('cpv=38000000')).toContain(sonarNeed.title);
    const bad = await api.json<ApiErrorBody>('GET', '/api/v1/search/opportunities?kind=lots');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'kind']);
  });

  it('never lists a supplier that fails a stated requirement, and explains each match', async () => {
    const m = await matchedWhen(sonar.id, (x) => x.matches.length >= 2);
    // Expired before the deadline, too far, not cleared, TRL below the floor: all absent.
    expect(names(m)).toEqual(['Elorn Acoustics', 'Iroise Sonar']);
    expect(m.matches.every((x) => x.eligible && x.criteria.every((c) => !c.hard || c.status === 'met'))).toBe(
      true,
    );
    const iroise = m.matches.find((x) => x.supplier.name === 'Iroise Sonar');
    const texts = iroise?.criteria.map((c) => c.text.en) ?? [];
    expect(texts).toEqual(
      expect.arrayContaining([
        'EN 9100 valid until 2099-12-31',
        expect.stringMatching(/^Clearance .+ \(.+ required\)$/),
        expect.stringMatching(/^Declared capability 38113000 “Sonars”: same code as the need /),
        'TRL 7 inside at least 6',
        expect.stringMatching(/^\d+ km from Base navale de Brest \(limit 60 km\)$/),
      ]),
    );
    const elorn = m.matches.find((x) => x.supplier.name === 'Elorn Acoustics');
    expect(
      elorn?.criteria.some((c) => c.criterion === 'capability' && /underwater acoustics/i.test(c.text.en)),
    ).toBe(true);
    expect(m.needs.some((n) => n.main && n.codes.includes(SONAR))).toBe(true);
    // Declared code with the same meaning ranks above words alone.
    expect(m.matches[0].supplier.name).toBe('Iroise Sonar');
  });

  it('shows near misses beside the eligible matches, with the requirement that rules out the most', async () => {
    const m = await matchedWhen(sonar.id, (x) => x.matches.length >= 2);
    expect(m.eligibleCount).toBeGreaterThan(0);
    expect(m.nearMisses.length).toBeGreaterThan(0);
    expect(names(m)).not.toContain(m.nearMisses[0].supplier.name);
    expect(
      m.nearMisses.every((x) => !x.eligible && x.criteria.some((c) => c.hard && c.status === 'unmet')),
    ).toBe(true);
    expect(m.ruledOut[0].suppliers).toBeGreaterThan(0);
    expect(m.ruledOut.map((r) => r.key)).toEqual(expect.arrayContaining(['certification:EN9100']));
  });

  it("honours the buyer's need edits: a struck-out need is gone and the matches are recomputed", async () => {
    const before = await matchedWhen(sonar.id, (x) => x.matches.length >= 2);
    const read = before.needs.find((n) => n.codes.includes(SONAR));
    expect(read).toBeDefined();
    const put = await api.json<OpportunityView>('PUT', `/api/v1/opportunities/${sonar.id}/needs`, {
      removed: [read!.key],
      added: [{ kind: 'concept', id: 'ew' }],
    });
    expect(put.status).toBe(200);
    const after = await matchedWhen(
      sonar.id,
      (x) => x.status === 'ready' && x.removedNeeds.some((n) => n.key === read!.key),
    );
    expect(after.needs.map((n) => n.key)).not.toContain(read!.key);
    expect(after.needs.find((n) => n.key === 'concept:ew')).toMatchObject({ origin: 'added' });
    expect(after.needEdits.removed).toEqual([read!.key]);
    // Restored as it was, for the tests after this one.
    const restored = await api.json<OpportunityView>('PUT', `/api/v1/opportunities/${sonar.id}/needs`, {
      removed: [],
      added: [],
    });
    sonar = restored.body;
    await matchedWhen(
      sonar.id,
      (x) => x.status === 'ready' && x.removedNeeds.length === 0 && x.matches.length >= 2,
    );
    const bad = await api.json('PUT', `/api/v1/opportunities/${sonar.id}/needs`, {
      removed: [],
      added: [{ kind: 'concept', id: 'no-such-concept' }],
    });
    expect(bad.status).toBe(400);
  });

  it('re-matches after a profile changes (the worker, debounced) and serves the supplier side', async () => {
    const aber = await api.json<SupplierView>('GET', `/api/v1/suppliers/${ids['Aber Expired']}`);
    const patched = await api.json<SupplierView>(
      'PATCH',
      `/api/v1/suppliers/${ids['Aber Expired']}`,
      { certifications: forever },
      { 'If-Match': String(aber.body.version) },
    );
    expect(patched.status).toBe(200);
    const m = await matchedWhen(sonar.id, (x) => names(x).includes('Aber Expired'));
    expect(names(m)).toEqual(['Aber Expired', 'Elorn Acoustics', 'Iroise Sonar']);
    const mine = await api.json<SupplierOpportunitiesView>(
      'GET',
      `/api/v1/suppliers/${ids['Aber Expired']}/matches`,
    );
    expect(mine.body.matches.map((x) => x.opportunity.title)).toEqual([sonarNeed.title]);
    expect(mine.body.matches[0].criteria.some((c) => c.text.fr.startsWith('EN 9100 valide jusqu’au'))).toBe(
      true,
    );
  });

  it('drops a deleted supplier, and a re-match right after does not bring it back', async () => {
    const gone = await api.json('DELETE', `/api/v1/suppliers/${ids['Elorn Acoustics']}`);
    expect(gone.status).toBe(204);
    // Re-matched at once: the index may still hold the profile, the database says it is deleted.
    const res = await api.json<OpportunityView>(
      'PATCH',
      `/api/v1/opportunities/${sonar.id}`,
      { description: `${sonarNeed.description} Livraison à Brest.` },
      { 'If-Match': String(sonar.version) },
    );
    expect(res.status).toBe(200);
    sonar = res.body;
    const m = await matchedWhen(sonar.id, () => true);
    expect(names(m)).toEqual(['Aber Expired', 'Iroise Sonar']);
  });

  it('says when no supplier is eligible and shows the nearest with what each lacks', async () => {
    const res = await api.json<OpportunityView>(
      'PATCH',
      `/api/v1/opportunities/${sonar.id}`,
      { minClearance: 'TRES_SECRET' },
      { 'If-Match': String(sonar.version) },
    );
    expect(res.status).toBe(200);
    const m = await matchedWhen(sonar.id, (x) => x.eligibleCount === 0 && x.nearMisses.length > 0);
    expect(m.matches).toEqual([]);
    expect(m.summary.en).toMatch(/^No supplier meets every requirement/);
    for (const near of m.nearMisses) {
      expect(near.eligible).toBe(false);
      expect(
        near.criteria.filter((c) => c.hard && c.status === 'unmet').map((c) => c.text.en),
      ).toContainEqual(expect.stringMatching(/^Clearance .+, .+ required$/));
    }
  });

  it('suggests consortia of at most 3 that cover a dual research call', async () => {
    const res = await api.json<OpportunityView>('POST', '/api/v1/opportunities', {
      kind: 'dual_research',
      title: 'Projet de recherche duale : acoustique sous-marine et lutte informatique défensive',
      issuer: 'Agence de l’innovation de défense',
      requiredCapabilities: [{ code: SONAR }, { code: '72212730' }],
      trlMin: 4,
      trlMax: 7,
      deadline: '2099-01-31',
      status: 'published',
    });
    expect(res.status).toBe(201);
    expect(res.body.issuer.category).toBe('agency');
    await matchedWhen(res.body.id, (x) => x.matches.length >= 3);
    const c = await api.json<ConsortiaView>('GET', `/api/v1/opportunities/${res.body.id}/consortia`);
    expect(c.status).toBe(200);
    expect(c.body.consortia.length).toBeGreaterThan(0);
    const best = c.body.consortia[0];
    expect(best.members.length).toBeLessThanOrEqual(3);
    expect(best.coverage).toBeGreaterThan(0.9);
    expect(best.members[0].role).toBe('lead');
    expect(best.members.map((x) => x.supplier.name)).toContain('Vilaine Cyber');
    expect(best.members.every((x) => x.covers.length > 0)).toBe(true);
    expect(best.uncovered).toEqual([]);
  });

  it('refuses bad input with the field and a reason', async () => {
    const bad = async (body: Record<string, unknown>, field: string, pattern: RegExp) => {
      const res = await api.json<ApiErrorBody>('POST', '/api/v1/opportunities', { ...sonarNeed, ...body });
      expect([res.status, res.body.errors?.find((e) => e.field === field)?.message]).toEqual([
        400,
        expect.stringMatching(pattern),
      ]);
    };
    await bad({ requiredCapabilities: [{ code: 'ABC' }] }, 'requiredCapabilities[0].code', /CPV/);
    await bad({ trlMin: 7, trlMax: 5 }, 'trlMin', /at most trlMax/);
    await bad({ deadline: '2001-01-01' }, 'deadline', /in the past/);
    await bad({ location: undefined, maxDistanceKm: 50 }, 'maxDistanceKm', /needs a place/);
    await bad({ location: { maxDistanceKm: 50 } }, 'location.lat', /./);
    await bad({ requiredCertifications: ['ISO99999'] }, 'requiredCertifications[0]', /must be one of/);
    await bad(
      { title: 'Besoin', description: undefined, requiredCapabilities: [] },
      'requiredCapabilities',
      /nothing to match on/,
    );
    // A draft with an old deadline is fine; publishing it is not.
    const draft = await api.json<OpportunityView>('POST', '/api/v1/opportunities', {
      ...sonarNeed,
      status: 'draft',
      deadline: '2001-01-01',
    });
    expect(draft.status).toBe(201);
    const publish = await api.json<ApiErrorBody>('POST', `/api/v1/opportunities/${draft.body.id}/publish`);
    expect([publish.status, publish.body.errors?.[0]?.field]).toEqual([400, 'deadline']);
  });

  const importFile = async (text: string, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([text]), fileName);
    const res = await fetch(`${api.url}/api/v1/imports/opportunities`, {
      method: 'POST',
      body: form,
      headers: ADMIN_HEADERS,
    });
    return { status: res.status, body: (await res.json()) as ImportReport };
  };

  it('imports opportunities idempotently, with a report of rejected rows', async () => {
    const rows = [
      { ...sonarNeed, status: undefined, externalId: 'OPP-1' },
      { externalId: 'OPP-2', kind: 'platform_access', title: 'Accès', issuer: 'DGA' },
    ];
    const upload = () => importFile(rows.map((r) => JSON.stringify(r)).join('\n'), 'needs.jsonl');
    const first = await upload();
    expect(first.body).toMatchObject({ rows: 2, created: 1, rejected: 1 });
    expect(first.body.errors[0]).toMatchObject({
      line: 2,
      externalId: 'OPP-2',
      field: 'requiredCapabilities',
    });
    const again = await upload();
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('imports opportunities from CSV, each bad value a row error naming its field', async () => {
    const csv = [
      'externalId,kind,title,description,issuer,requiredCapabilities,requiredCertifications,trlMin,' +
        'location.label,location.lat,location.lon,location.maxDistanceKm,deadline',
      // The description spans two lines: a row's line number is the one where it ends.
      `OPP-CSV-1,subcontracting,Carters usinés,"Alliage; tolérance: 0,01 mm\nsérie ""40""",Safran,` +
        `${SONAR}:2;35512400,EN9100;ISO9001,5,Brest,48.39,-4.49,80,2098-01-31`,
      `OPP-CSV-2,dual_research,Acoustique sous-marine,,AID,${SONAR},,six,,,,,`,
      `OPP-CSV-3,platform_access,Essais en bassin,,DGA,${SONAR},,,Brest,nord,-4.49,,`,
    ].join('\n');
    const res = await importFile(csv, 'needs.csv');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'csv', rows: 3, created: 1, rejected: 2 });
    expect(res.body.errors).toEqual([
      expect.objectContaining({ line: 4, externalId: 'OPP-CSV-2', field: 'trlMin' }),
      expect.objectContaining({ line: 5, externalId: 'OPP-CSV-3', field: 'location.lat' }),
    ]);
    const list = await api.json<Page<OpportunitySummaryView>>('GET', '/api/v1/opportunities?pageSize=100');
    const id = list.body.items.find((o) => o.title === 'Carters usinés')?.id;
    const view = await api.json<OpportunityView>('GET', `/api/v1/opportunities/${id}`);
    expect(view.body).toMatchObject({
      externalId: 'OPP-CSV-1',
      status: 'published',
      description: 'Alliage; tolérance: 0,01 mm\nsérie "40"',
      issuer: { name: 'Safran' },
      requiredCapabilities: [
        { code: SONAR, weight: 2 },
        { code: '35512400', weight: 1 },
      ],
      requiredCertifications: ['EN9100', 'ISO9001'],
      trlMin: 5,
      location: { label: 'Brest', lat: 48.39, lon: -4.49, maxDistanceKm: 80 },
    });
    // Without a file name the format is sniffed: no JSON object on the first line, so CSV.
    expect((await importFile(csv, 'needs')).body).toMatchObject({ format: 'csv', unchanged: 1, rejected: 2 });
  });

  it('exports opportunities as CSV; re-importing the export changes nothing', async () => {
    const res = await fetch(`${api.url}/api/v1/exports/opportunities?format=csv`, { headers: ADMIN_HEADERS });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/filename="opportunities-[\d-]+\.csv"/);
    const csv = await res.text();
    expect(csv.split('\n')[0]).toMatch(/^externalId,kind,title,/);
    const { total } = (await api.json<Page<OpportunitySummaryView>>('GET', '/api/v1/opportunities')).body;
    const again = await importFile(csv, 'opportunities.csv');
    expect(again.body).toMatchObject({ format: 'csv', rows: total, created: 0, updated: 0, rejected: 0 });
    expect(again.body.unchanged).toBe(total);
    const bad = await api.json<ApiErrorBody>('GET', '/api/v1/exports/opportunities?format=xml');
    expect([bad.status, bad.body.message]).toEqual([
      400,
      expect.stringMatching(/format must be jsonl or csv/),
    ]);
  });

  it('closes opportunities past their deadline and drops their matches', async () => {
    const closed = await worker.get(OpportunitiesService).closeExpired('2100-01-01');
    expect(closed).toBeGreaterThanOrEqual(2);
    const view = await api.json<OpportunityView>('GET', `/api/v1/opportunities/${sonar.id}`);
    expect(view.body.status).toBe('closed');
    const m = await matchedWhen(sonar.id, (x) => x.matches.length === 0 && x.nearMisses.length === 0);
    expect(m.summary.en).toMatch(/once the opportunity is published/);
  });
});
