import fc from 'fast-check';
import { toFieldErrors } from './errors';
import {
  SAVED_SEARCH_LEFT_OUT,
  readSavedSearchQuery,
  savedSearchCreateSchema,
  savedSearchUpdateSchema,
} from './saved-search.contract';

/** Parameter values the search page writes into its address. */
const validParam = fc.oneof(
  fc.string({ maxLength: 40 }).map((q) => ['q', q] as const),
  fc.constantFrom('22', '29', '35', '56').map((d) => ['department', d] as const),
  fc.constantFrom('naval', 'cyber', 'electronics').map((d) => ['domain', d] as const),
  fc.constantFrom('EN9100', 'ISO9001', 'AQAP2110').map((c) => ['certification', c] as const),
  fc.constantFrom('38113000', '35512400', '72000000').map((c) => ['cpv', c] as const),
  fc.integer({ min: 1, max: 9 }).map((t) => ['trlMin', String(t)] as const),
  fc.constantFrom('micro', 'sme', 'mid_cap').map((s) => ['sizeBand', s] as const),
  fc.constantFrom('page', 'sort', 'pageSize').map((p) => [p, p === 'sort' ? 'name' : '2'] as const),
);

/** Parameters given once (the search page never repeats them). */
const SCALARS = new Set(['q', 'trlMin', 'page', 'sort', 'pageSize']);

const queryOf = (params: ReadonlyArray<readonly [string, string]>) =>
  new URLSearchParams(
    params
      .filter(([k], i) => !SCALARS.has(k) || params.findIndex(([other]) => other === k) === i)
      .map(([k, v]): [string, string] => [k, v]),
  ).toString();

describe('readSavedSearchQuery', () => {
  it('keeps what the search asks, without page and sort, and reads its own output back unchanged', () => {
    fc.assert(
      fc.property(fc.array(validParam, { maxLength: 12 }), fc.boolean(), (params, mark) => {
        const read = readSavedSearchQuery((mark ? '?' : '') + queryOf(params));
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        const saved = new URLSearchParams(read.query);
        for (const left of SAVED_SEARCH_LEFT_OUT) expect(saved.has(left)).toBe(false);
        const again = readSavedSearchQuery(read.query);
        expect(again).toEqual({ ok: true, query: read.query, params: read.params });
      }),
    );
  });

  it('never throws on any text, and each error names a field under query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const read = readSavedSearchQuery(raw);
        if (!read.ok) {
          expect(read.errors.length).toBeGreaterThan(0);
          for (const e of read.errors) expect(e.field).toMatch(/^query(\.|$)/);
        }
      }),
    );
  });

  it('names the parameter at fault', () => {
    const read = readSavedSearchQuery('q=sonar&department=999&colour=blue');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.map((e) => e.field).sort()).toEqual(['query.colour', 'query.department']);
  });

  it('refuses more than 2,000 characters', () => {
    const read = readSavedSearchQuery(`q=${'a'.repeat(2000)}`);
    expect(!read.ok && read.errors).toEqual([
      { field: 'query', message: 'must be at most 2,000 characters' },
    ]);
  });

  it('drops empty values and keeps repeated ones in order', () => {
    expect(readSavedSearchQuery('q=&department=56&department=29&page=4')).toMatchObject({
      ok: true,
      query: 'department=56&department=29',
    });
  });
});

describe('saved search bodies', () => {
  const errorsOf = (
    schema: typeof savedSearchCreateSchema | typeof savedSearchUpdateSchema,
    body: unknown,
  ) => {
    const r = schema.safeParse(body);
    return r.success ? [] : toFieldErrors(r.error.issues).map((e) => e.field);
  };

  it('takes a name, a query and alerts on by default', () => {
    expect(
      savedSearchCreateSchema.parse({ name: ' Sonar Finistère ', query: '?q=sonar&department=29&page=2' }),
    ).toEqual({
      name: 'Sonar Finistère',
      query: 'q=sonar&department=29',
      alerts: true,
    });
  });

  it('names each faulty field', () => {
    expect(errorsOf(savedSearchCreateSchema, { name: '', query: 'trlMin=12' })).toEqual([
      'name',
      'query.trlMin',
    ]);
    expect(errorsOf(savedSearchCreateSchema, { name: 'x'.repeat(121), query: '', alerts: 'yes' })).toEqual([
      'name',
      'alerts',
    ]);
    expect(errorsOf(savedSearchCreateSchema, { name: 'x', query: 'q=a', owner: 'me' })).toEqual(['owner']);
    expect(errorsOf(savedSearchUpdateSchema, {})).toEqual(['(body)']);
    expect(errorsOf(savedSearchUpdateSchema, { alerts: false })).toEqual([]);
  });
});
