import { TestApi, startTestApi } from './testing/test-api';

/** An api started with these variables on top of the test environment (restored afterwards). */
async function apiWith(env: Record<string, string>): Promise<TestApi> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await startTestApi();
  } finally {
    process.env = saved;
  }
}

const preflight = (api: TestApi, origin: string) =>
  fetch(`${api.url}/api/v1/suppliers`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });

const get = (api: TestApi, path: string, headers: Record<string, string> = {}) =>
  fetch(api.url + path, { headers }).then((r) => r.status);

describe('the HTTP edge: CORS and rate limits per client', () => {
  const LIMIT = 4;
  let closed: TestApi;
  let open: TestApi;
  beforeAll(async () => {
    closed = await apiWith({ CORS_ORIGINS: '', TRUST_PROXY: 'false', RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    open = await apiWith({
      CORS_ORIGINS: 'https://partner.example.fr,http://localhost:5173',
      TRUST_PROXY: 'true',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
    });
  });
  afterAll(async () => {
    await closed?.close();
    await open?.close();
  });

  it('allows no other origin by default', async () => {
    const res = await preflight(closed, 'https://partner.example.fr');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows the listed origins, with credentials, and no other', async () => {
    const listed = await preflight(open, 'https://partner.example.fr');
    expect(listed.status).toBe(204);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://partner.example.fr');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(listed.headers.get('access-control-allow-methods')).toContain('POST');

    const unlisted = await preflight(open, 'https://evil.example');
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
    const lookalike = await preflight(open, 'https://partner.example.fr.evil.example');
    expect(lookalike.headers.get('access-control-allow-origin')).toBeNull();

    const simple = await fetch(`${open.url}/api/v1/reference/cpv?q=sonar`, {
      headers: { Origin: 'http://localhost:5173', 'X-Forwarded-For': '192.0.2.1' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('gives each client one budget across routes; behind a trusted proxy a client is its forwarded address', async () => {
    const routes = [
      '/api/v1/suppliers',
      '/api/v1/reference/cpv?q=sonar',
      '/api/v1/opportunities',
      '/api/health',
    ];
    const client = { 'X-Forwarded-For': '203.0.113.7' };
    // One request on each of LIMIT different routes spends the whole budget…
    for (const route of routes) expect(await get(open, route, client)).toBe(200);
    // …so the next one is refused, on a route this client has not called yet too.
    expect(await get(open, '/api/v1/buyers', client)).toBe(429);
    expect(await get(open, '/api/v1/suppliers', client)).toBe(429);
    // Another client behind the same proxy has a budget of its own.
    expect(await get(open, '/api/v1/suppliers', { 'X-Forwarded-For': '198.51.100.9' })).toBe(200);
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a client cannot make itself new budgets', async () => {
    for (let i = 0; i < LIMIT; i++)
      expect(await get(closed, '/api/v1/suppliers', { 'X-Forwarded-For': `203.0.113.${i}` })).toBe(200);
    expect(await get(closed, '/api/v1/reference/cpv?q=sonar', { 'X-Forwarded-For': '198.51.100.9' })).toBe(
      429,
    );
  });
});
