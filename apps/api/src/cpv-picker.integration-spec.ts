import { pickCpv, type ApiErrorBody, type CpvPickerItem } from '@bitd/domain';
import { TestApi, startTestApi } from './testing/test-api';

/** The CPV picker through the real api, as an anonymous visitor: GET /api/v1/reference/cpv. */
describe('GET /api/v1/reference/cpv: the CPV picker reads words', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const pick = async <T = CpvPickerItem[]>(params: Record<string, string> | string) => {
    const query = typeof params === 'string' ? params : new URLSearchParams(params).toString();
    const res = await fetch(`${api.url}/api/v1/reference/cpv?${query}`);
    return { status: res.status, body: (await res.json()) as T };
  };

  it('answers « drone sous-marin » with 35512400 first, the concept and why, in French and English', async () => {
    const fr = await pick({ q: 'drone sous-marin' });
    expect(fr.status).toBe(200);
    // Exactly what the domain's picker answers, serialised: the concept, the words and why.
    expect(fr.body).toEqual(pickCpv('drone sous-marin', 'fr'));
    expect(fr.body[0]).toMatchObject({ code: '35512400', matchedBy: 'concept', concept: { id: 'uuv' } });
    expect(fr.body[0].via?.fr).toContain('drone sous-marin');
    const en = await pick({ q: 'underwater drones', lang: 'en' });
    expect(en.body[0]).toMatchObject({ code: '35512400', matchedBy: 'concept', words: 'underwater drones' });
  });

  it.each([['drone'], ['UUV'], ['cyber'], ['cybersécurité'], ['titane'], ['acoustique']])(
    'finds codes for « %s », a word in no CPV label',
    async (q) => {
      const res = await pick({ q });
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body[0].matchedBy).toBe('concept');
      expect(res.body[0].concept).not.toBeNull();
    },
  );

  it('still finds a typed code, with or without its check digit, and label words', async () => {
    for (const q of ['35512400', '35512400-3']) {
      const res = await pick({ q });
      expect(res.body[0]).toMatchObject({
        code: '35512400',
        matchedBy: 'code',
        concept: { id: 'uuv' },
        via: null,
      });
    }
    expect((await pick({ q: 'sonars', limit: '3' })).body[0].code).toBe('38113000');
    expect((await pick({ q: 'drone', limit: '1' })).body).toHaveLength(1);
  });

  it('refuses what it cannot read with a clear 400, never a 5xx', async () => {
    const cases: Array<[string, RegExp]> = [
      [new URLSearchParams({ q: 'a'.repeat(1001) }).toString(), /at most 1,000 characters/],
      [new URLSearchParams({ q: '🚁🛥️' }).toString(), /letter or a digit/],
      [new URLSearchParams({ q: '?!…--' }).toString(), /letter or a digit/],
      ['q=%20%20', /type a code or a word/],
      ['q=drone%00', /NUL/],
      ['lang=fr', /.+/],
      ['q=drone&lang=de', /.+/],
      ['q=drone&limit=500', /.+/],
      ['q=drone&q=sonar', /.+/],
    ];
    for (const [query, message] of cases) {
      const res = await pick<ApiErrorBody>(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.errors ?? res.body.message)).toMatch(message);
    }
  });

  it('answers malformed percent-encoding without a 5xx', async () => {
    expect((await fetch(`${api.url}/api/v1/reference/cpv?q=%E0%A4%A`)).status).toBeLessThan(500);
    expect((await fetch(`${api.url}/api/v1/reference/cpv?q=%FF%FE`)).status).toBeLessThan(500);
  });

  it('answers a 1,000-character query and words beside emoji', async () => {
    const long = 'drone sous-marin '.repeat(100).slice(0, 1000);
    const res = await pick({ q: long, limit: '50' });
    expect(res.status).toBe(200);
    expect(res.body[0].code).toBe('35512400');
    expect((await pick({ q: '🚁 drone sous-marin 🌊' })).body[0].code).toBe('35512400');
  });
});
