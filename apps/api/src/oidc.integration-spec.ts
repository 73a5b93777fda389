import type { SessionView, SignOutView } from '@bitd/domain';
import { AuditEntryEntity, UserEntity } from '@bitd/server';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  type TestApi,
  type TestClient,
  TEST_PASSWORD,
  browserClient,
  startTestApi,
} from './testing/test-api';

const root = join(__dirname, '../../..');
/** The platform's address as the provider knows it; requests go to the test api's real port. */
const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/v1/auth/oidc/callback`;
const CLIENT_ID = 'bitd-test';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
const DGA_BUYER = 'acheteur.dga@demo.example.fr';

interface DemoProvider {
  issuer: string;
  stop(): Promise<void>;
}

/** The local « ProConnect (démo) », as `npm start` runs it, in a child process. */
async function startDemoProvider(port = 0): Promise<DemoProvider> {
  const child: ChildProcess = spawn('node', [join(root, 'scripts/lib/demo-oidc-provider.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_OIDC_PORT: String(port),
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      PUBLIC_URL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the demo provider stopped (${code}): ${errors}`)));
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Sets variables for the api about to be created (the configuration is read at creation). */
async function apiWith(vars: Record<string, string | undefined>): Promise<TestApi> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  assign(vars);
  try {
    return await startTestApi();
  } finally {
    assign(before);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The person's browser on the provider's pages: its own cookies, redirects followed by hand. */
class ProviderBrowser {
  private readonly jar = new Map<string, string>();

  constructor(private readonly origin: string) {}

  /**
   * Follows redirects while they stay on the provider. Ends on a page of the provider (`page`), or
   * on the redirect that leaves it (`leaving`: the platform's callback or home page).
   */
  async go(url: string, init: RequestInit = {}): Promise<{ page?: string; url: string; leaving?: URL }> {
    let current = url;
    let request = init;
    for (;;) {
      const res = await this.send(current, request);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { page: await res.text(), url: current };
      const next = new URL(location, current);
      if (next.origin !== this.origin) return { url: current, leaving: next };
      current = next.href;
      request = {};
    }
  }

  /** Submits a form of the page at `url` (forms post back to the provider). */
  post(url: string, fields: Record<string, string>) {
    return this.go(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('Cookie', [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a))) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }
}

const location = (res: Response) => res.headers.get('location') ?? '';
const pathOf = (url: URL) => url.pathname + url.search;

describe('Sign-in through OpenID Connect, against the local « ProConnect (démo) »', () => {
  let provider: DemoProvider;
  let api: TestApi;

  beforeAll(async () => {
    provider = await startDemoProvider();
    api = await apiWith({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_LABEL: 'ProConnect (démo)',
      PUBLIC_URL,
    });
  }, 30000);
  beforeEach(() => api.reset());
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  /** Start on the platform, up to the provider's sign-in page. */
  async function startAt(client: TestClient, returnTo?: string) {
    const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
    const start = await client.fetch(`/api/v1/auth/oidc/start${query}`);
    expect(start.status).toBe(302);
    const authorize = new URL(location(start));
    const browser = new ProviderBrowser(new URL(provider.issuer).origin);
    const signInPage = await browser.go(authorize.href);
    return { authorize, browser, signInPage };
  }

  /** The whole way: start, the person's choice at the provider, back to the platform's callback. */
  async function signIn(client: TestClient, choice: Record<string, string>, returnTo?: string) {
    const { authorize, browser, signInPage } = await startAt(client, returnTo);
    const answer = await browser.post(`${signInPage.url}/login`, choice);
    expect(answer.leaving?.href.startsWith(`${CALLBACK}?`)).toBe(true);
    const callback = pathOf(answer.leaving as URL);
    const back = await client.fetch(callback);
    return { authorize, browser, callback, back };
  }

  const sessionOf = async (client: TestClient) => (await client.refresh()).user;

  it('offers the provider by its name and sends the browser there with PKCE, state and nonce', async () => {
    const client = await browserClient(api.url);
    const view = await client.refresh();
    expect(view.oidc).toEqual({ enabled: true, label: 'ProConnect (démo)' });

    const { authorize, signInPage } = await startAt(client, '/opportunites');
    expect(authorize.origin + authorize.pathname).toBe(`${provider.issuer}/auth`);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email given_name usual_name',
      code_challenge_method: 'S256',
    });
    expect(params.state.length).toBeGreaterThanOrEqual(32);
    expect(params.nonce.length).toBeGreaterThanOrEqual(32);
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    // The provider's own page: French, labelled as a demonstration, the DGA buyer to pick.
    expect(signInPage.page).toContain('ProConnect <span class="demo">(démo)</span>');
    expect(signInPage.page).toContain("Fournisseur d'identité de démonstration — comptes fictifs");
    expect(signInPage.page).toContain(`value="${DGA_BUYER}"`);
    expect(signInPage.page).toContain('Claire Fichou');
  });

  it('creates the account of a person new to the platform and signs them in, back on the page asked for', async () => {
    const client = await browserClient(api.url);
    const { back } = await signIn(
      client,
      { email: 'Jean.Le-Gall@demo.example.fr', password: 'Bretagne-Demo-2024' },
      '/opportunites?statut=ouvert',
    );
    expect(back.status).toBe(302);
    expect(location(back)).toBe('/opportunites?statut=ouvert');

    const me = await sessionOf(client);
    expect(me).toMatchObject({
      email: 'jean.le-gall@demo.example.fr',
      displayName: 'Jean Le Gall',
      emailVerified: true,
      signInMethod: 'oidc',
      role: 'supplier',
      membership: null,
    });
    const user = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ id: me?.id });
    expect(user).toMatchObject({ oidcIssuer: provider.issuer, passwordHash: null });
    expect(user.oidcSubject).toMatch(/^[0-9a-f]{64}$/);
    expect(
      await api.dataSource
        .getRepository(AuditEntryEntity)
        .existsBy({ action: 'user.signed_up', entityId: user.id }),
    ).toBe(true);
  });

  it('links the demo DGA buyer by e-mail: same account, organisation kept, role buyer, a new session', async () => {
    const dga = await api.createOrganisation('buyer', 'DGA Techniques navales');
    const client = await api.as({ email: DGA_BUYER, organisationId: dga.id, memberRole: 'admin' });
    const before = await sessionOf(client);
    expect(before?.signInMethod).toBe('password');

    const { back } = await signIn(client, { identity: DGA_BUYER });
    expect(location(back)).toBe('/');
    const me = await sessionOf(client);
    expect(me).toMatchObject({
      id: before?.id,
      role: 'buyer',
      signInMethod: 'oidc',
      membership: { organisationName: 'DGA Techniques navales', organisationKind: 'buyer', role: 'admin' },
    });
    // Rotated: the password session this browser had is over.
    const sessions: Array<{ method: string; revoked: boolean }> = await api.dataSource.query(
      'SELECT method, revoked_at IS NOT NULL AS revoked FROM sessions WHERE user_id = $1 ORDER BY created_at',
      [me?.id],
    );
    expect(sessions).toEqual([
      { method: 'password', revoked: true },
      { method: 'oidc', revoked: false },
    ]);
    const linked = await api.dataSource.getRepository(UserEntity).findOneByOrFail({ id: me?.id });
    expect(linked.oidcIssuer).toBe(provider.issuer);
    expect(
      await api.dataSource
        .getRepository(AuditEntryEntity)
        .countBy({ action: 'user.oidc_linked', entityId: linked.id }),
    ).toBe(1);

    // Next time the link itself finds the account, whatever its e-mail has become.
    await api.dataSource
      .getRepository(UserEntity)
      .update({ id: linked.id }, { email: 'claire.fichou@dga.example.fr' });
    const other = await browserClient(api.url);
    await signIn(other, { identity: DGA_BUYER });
    expect(await sessionOf(other)).toMatchObject({ id: linked.id, role: 'buyer' });
    expect(await api.dataSource.getRepository(UserEntity).countBy({ email: DGA_BUYER })).toBe(0);
  });

  it('refuses an answer whose state is not the one given to this browser, and the pending sign-in is spent', async () => {
    const client = await browserClient(api.url);
    const { browser, signInPage } = await startAt(client);
    const answer = await browser.post(`${signInPage.url}/login`, { identity: DGA_BUYER });
    const forged = new URL(answer.leaving as URL);
    forged.searchParams.set('state', 'x'.repeat(43));

    const refused = await client.fetch(pathOf(forged));
    expect(refused.status).toBe(302);
    expect(location(refused)).toBe('/connexion?erreur=oidc_state');
    const genuine = await client.fetch(pathOf(answer.leaving as URL));
    expect(location(genuine)).toBe('/connexion?erreur=oidc_state');
    expect(await sessionOf(client)).toBeNull();
  });

  it('refuses the callback used twice, and a code replayed into another browser’s sign-in', async () => {
    const client = await browserClient(api.url);
    const { callback, back } = await signIn(client, { identity: DGA_BUYER });
    expect(location(back)).toBe('/');
    const signedIn = await sessionOf(client);

    const again = await client.fetch(callback);
    expect(location(again)).toBe('/connexion?erreur=oidc_state');
    expect((await sessionOf(client))?.id).toBe(signedIn?.id);

    // Another browser starts its own sign-in and slips the spent code into its answer: its state
    // matches, but the provider refuses the code.
    const attacker = await browserClient(api.url);
    const { authorize } = await startAt(attacker);
    const replay = new URL(CALLBACK);
    replay.searchParams.set('code', new URL(callback, PUBLIC_URL).searchParams.get('code') as string);
    replay.searchParams.set('state', authorize.searchParams.get('state') as string);
    replay.searchParams.set('iss', provider.issuer);
    const refused = await attacker.fetch(pathOf(replay));
    expect(location(refused)).toBe('/connexion?erreur=oidc_failed');
    expect(await sessionOf(attacker)).toBeNull();
  });

  it('refuses a forged, unknown or missing sign-in cookie', async () => {
    const query = `?code=abc&state=${'s'.repeat(43)}&iss=${encodeURIComponent(provider.issuer)}`;
    for (const cookie of [
      'bitd_oidc=forged-value',
      `bitd_oidc=${randomBytes(32).toString('base64url')}`,
      '',
    ]) {
      const res = await fetch(`${api.url}/api/v1/auth/oidc/callback${query}`, {
        headers: cookie ? { Cookie: cookie } : {},
        redirect: 'manual',
      });
      expect(res.status).toBe(302);
      expect(location(res)).toBe('/connexion?erreur=oidc_state');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('bitd_session='))).toBe(false);
    }
  });

  it.each(['//evil.example', 'https://evil.example/', '/\\evil.example'])(
    'sends the browser to / after sign-in when returnTo is %s',
    async (returnTo) => {
      const client = await browserClient(api.url);
      const { back } = await signIn(client, { identity: DGA_BUYER }, returnTo);
      expect(location(back)).toBe('/');
    },
  );

  it('comes back with oidc_denied when the person cancels at the provider', async () => {
    const client = await browserClient(api.url);
    const { browser, signInPage } = await startAt(client);
    const answer = await browser.post(`${signInPage.url}/abort`, {});
    expect(answer.leaving?.searchParams.get('error')).toBe('access_denied');
    const back = await client.fetch(pathOf(answer.leaving as URL));
    expect(location(back)).toBe('/connexion?erreur=oidc_denied');
    expect(await sessionOf(client)).toBeNull();
  });

  it('shows the sign-in page again, in French, after a wrong password at the provider', async () => {
    const client = await browserClient(api.url);
    const { browser, signInPage } = await startAt(client);
    const wrong = await browser.post(`${signInPage.url}/login`, {
      email: DGA_BUYER,
      password: TEST_PASSWORD,
    });
    expect(wrong.leaving).toBeUndefined();
    expect(wrong.page).toContain('Adresse e-mail ou mot de passe incorrect');
  });

  it('signs out of the platform, then of the provider through the URL the sign-out answers', async () => {
    const client = await browserClient(api.url);
    const { browser } = await signIn(client, { identity: DGA_BUYER });
    await client.refresh();

    const out = await client.json<SignOutView>('POST', '/api/v1/auth/sign-out');
    expect(out.status).toBe(200);
    expect(out.body.user).toBeNull();
    const endSession = new URL(out.body.providerSignOutUrl as string);
    expect(endSession.origin + endSession.pathname).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();

    const confirm = await browser.go(endSession.href);
    expect(confirm.page).toContain('Se déconnecter de ProConnect (démo) ?');
    const action = /<form id="op\.logoutForm" method="post" action="([^"]+)"/.exec(confirm.page ?? '')?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.page ?? '')?.[1];
    const done = await browser.post(new URL(action as string, provider.issuer).href, {
      xsrf: xsrf as string,
      logout: 'yes',
    });
    expect(`${done.leaving?.origin}${done.leaving?.pathname}`).toBe(`${PUBLIC_URL}/`);

    // The provider's session is over: the next sign-in asks who the person is again.
    const next = await browser.go((await startAt(client)).authorize.href);
    expect(next.page).toContain('Choisissez une identité de démonstration');

    // A password session has nothing to end at the provider.
    const local = await api.as({ email: 'pme.locale@example.fr' });
    const localOut = await local.json<SignOutView>('POST', '/api/v1/auth/sign-out');
    expect(localOut.body.providerSignOutUrl).toBeNull();
  });
});

describe('OpenID sign-in while the provider is away, or not configured', () => {
  const apis: TestApi[] = [];
  let provider: DemoProvider | undefined;
  afterAll(async () => {
    await Promise.all(apis.map((a) => a.close()));
    await provider?.stop();
  });

  it('starts the api without the provider, says oidc_unavailable, and works once it answers', async () => {
    const port = await freePort();
    const api = await apiWith({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      PUBLIC_URL,
    });
    apis.push(api);
    const client = await browserClient(api.url);
    const view: SessionView = await client.refresh();
    expect(view.oidc).toEqual({ enabled: true, label: 'ProConnect' });
    const start = await client.fetch('/api/v1/auth/oidc/start');
    expect(start.status).toBe(302);
    expect(location(start)).toBe('/connexion?erreur=oidc_unavailable');

    provider = await startDemoProvider(port);
    const later = await client.fetch('/api/v1/auth/oidc/start');
    expect(location(later).startsWith(`${provider.issuer}/auth?`)).toBe(true);
  });

  it('offers no OpenID sign-in when OIDC_ISSUER is not set', async () => {
    const api = await apiWith({
      OIDC_ISSUER: undefined,
      OIDC_CLIENT_ID: undefined,
      OIDC_CLIENT_SECRET: undefined,
    });
    apis.push(api);
    const client = await browserClient(api.url);
    expect((await client.refresh()).oidc.enabled).toBe(false);
    expect(location(await client.fetch('/api/v1/auth/oidc/start'))).toBe('/connexion?erreur=oidc_disabled');
  });
});
