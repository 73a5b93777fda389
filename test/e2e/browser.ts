import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';

const root = join(__dirname, '../..');
export const SCREENSHOTS = join(root, 'test-output/screenshots');

/** Debian's Chromium with the flags this machine needs (TOOLCHAIN-NOTES.md). */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

export interface RunningPlatform {
  url: string;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Also run the background worker (outbox relay, search indexing, mail), e.g. for the search page. */
  worker?: boolean;
  /** Run the local « ProConnect (démo) » OpenID provider, as `npm start` does, and sign in with it. */
  oidc?: boolean;
  /** More variables for the api and the worker, read at start (a test SMTP server's URL…). */
  env?: () => Record<string, string>;
}

/** The label the demo provider goes by (scripts/lib/demo-oidc-provider.mjs). */
export const DEMO_OIDC_LABEL = 'ProConnect (démo)';

/**
 * The local OpenID provider in a child process, its redirections allowed to `publicUrl` only;
 * resolves with its issuer URL once it listens.
 */
async function startDemoOidcProvider(
  publicUrl: string,
  clientId: string,
  clientSecret: string,
): Promise<{ child: ChildProcess; issuer: string }> {
  const child = spawn('node', [join(root, 'scripts/lib/demo-oidc-provider.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_OIDC_PORT: '0',
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      PUBLIC_URL: publicUrl,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const found = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (found) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`the demo OpenID provider stopped at start (${code})`)));
  });
  return { child, issuer };
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`: a port is never left held. */
function stopChild(child: ChildProcess, graceMs = 10000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The built platform (npm test builds it) on its own port, with the demo data seeded; with
 * `{ worker: true }` the worker runs beside the API. `stop()` ends every process it started, and a
 * start that fails ends them too, so the next test file finds the port free.
 */
export async function startBuiltPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const port = process.env.E2E_PORT ?? '3107';
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Links in mails and the OpenID callback: the address the browser uses.
    PUBLIC_URL: url,
    ...options.env?.(),
    PORT: port,
    WEB_DIST_DIR: join(root, 'dist/web'),
    LOG_LEVEL: 'warn',
    // Every browser spec signs in from 127.0.0.1: the per-client limit (30 per 15 minutes) would
    // refuse the later files. The per-account lockout keeps its default (accounts spec tests it).
    SIGN_IN_MAX_PER_CLIENT: process.env.SIGN_IN_MAX_PER_CLIENT ?? '500',
  };
  execFileSync('node', [join(root, 'dist/server/apps/cli/src/main.js'), 'seed-demo'], {
    env,
    stdio: 'inherit',
  });
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => stopChild(c)));
  };
  if (options.oidc) {
    const clientId = 'bitd-bretagne-demo';
    const clientSecret = randomBytes(24).toString('base64url');
    const provider = await startDemoOidcProvider(url, clientId, clientSecret);
    children.push(provider.child);
    Object.assign(env, {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_LABEL: DEMO_OIDC_LABEL,
    });
  }
  const api = spawn('node', [join(root, 'dist/server/apps/api/src/main.js')], { env, stdio: 'inherit' });
  children.push(api);
  if (options.worker) {
    children.push(
      spawn('node', [join(root, 'dist/server/apps/worker/src/main.js')], { env, stdio: 'inherit' }),
    );
  }
  const end = Date.now() + 30000;
  try {
    for (;;) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      const exited = children.find((c) => c.exitCode !== null || c.signalCode !== null);
      if (exited)
        throw new Error(`a platform process ended during start (${exited.exitCode ?? exited.signalCode})`);
      if (Date.now() > end) throw new Error('the platform did not start for the browser test');
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

/**
 * Waits until the search API counts at least `min` suppliers, at least as many as the directory
 * lists, and the count has stopped moving (the worker indexes the demo set in batches).
 * Returns that count.
 */
export async function waitForSearchIndex(url: string, min: number, timeoutMs = 90000): Promise<number> {
  const count = async (path: string): Promise<number> => {
    try {
      const res = await fetch(`${url}${path}`);
      return res.ok ? ((await res.json()) as { total: number }).total : -1;
    } catch {
      return -1;
    }
  };
  const end = Date.now() + timeoutMs;
  let last = -1;
  let steady = 0;
  for (;;) {
    const [indexed, listed] = await Promise.all([
      count('/api/v1/search/suppliers?pageSize=1'),
      count('/api/v1/suppliers?pageSize=1'),
    ]);
    steady = indexed >= min && indexed >= listed && indexed === last ? steady + 1 : 0;
    if (steady >= 3) return indexed;
    if (Date.now() > end)
      throw new Error(
        `the search index counts ${indexed} suppliers (directory: ${listed}), expected at least ${min}`,
      );
    last = indexed;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** What a browser spec file works with: the platform, one French-speaking page, and screenshots. */
export interface BrowserSession {
  platform: RunningPlatform;
  page: Page;
  browser: Browser;
  /** A full-page screenshot under test-output/screenshots/<name>.png. */
  shot(name: string): Promise<Buffer>;
  /**
   * The page as it is, at 1280 px then at 375 px wide (`<name>-1280.png`, `<name>-375.png`); the
   * page is back at 1280 px after.
   */
  shots(name: string, page?: Page): Promise<void>;
  /** Another browser context (its own cookies: another user), French, 1280 px wide. */
  newPage(): Promise<Page>;
}

/** The demo accounts (README.md), all with DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'Bretagne-Demo-2024';
export const DEMO = {
  sme: 'pme@demo.example.fr',
  smePending: 'pme-en-attente@demo.example.fr',
  dgaBuyer: 'acheteur.dga@demo.example.fr',
  primeBuyer: 'acheteur.maitre-oeuvre@demo.example.fr',
  agent: 'agent@demo.example.fr',
  admin: 'admin@demo.example.fr',
} as const;

const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 375, height: 812 };

/**
 * Signs in through the sign-in page and waits to be sent on (home, or `retour`). Whoever was
 * signed in on this page before is forgotten first (its cookies dropped).
 */
export async function signIn(
  page: Page,
  url: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${url}/connexion`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL((u) => u.pathname !== '/connexion');
  await page.getByTestId('account-menu-button').first().waitFor();
}

/** Signs out through the header's account menu (desktop width), opening it unless it is open. */
export async function signOut(page: Page): Promise<void> {
  const item = page.getByTestId('sign-out').first();
  if (!(await item.isVisible())) await page.getByTestId('account-menu-button').first().click();
  await item.click();
  await page.getByTestId('header-sign-in').first().waitFor();
}

/**
 * The API as the page's signed-in user (its cookies), with the CSRF token of its session on
 * every change, as the web app sends it.
 */
export function apiOf(page: Page, url: string) {
  const csrf = async (): Promise<string> => {
    const res = await page.request.get(`${url}/api/v1/auth/session`);
    return ((await res.json()) as { csrfToken: string }).csrfToken;
  };
  return {
    get: (path: string) => page.request.get(`${url}/api/v1${path}`),
    post: async (path: string, data?: unknown) =>
      page.request.post(`${url}/api/v1${path}`, {
        data: data ?? {},
        headers: { 'X-CSRF-Token': await csrf(), 'Accept-Language': 'fr' },
      }),
  };
}

/**
 * Starts the built platform and Chromium before the file's tests and stops both after them.
 * `ready` runs once the platform answers (e.g. waiting for the search index).
 */
export function browserSession(
  options: PlatformOptions = {},
  ready?: (platform: RunningPlatform) => Promise<unknown>,
): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const session = {
    shot: (name: string) =>
      session.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }),
    shots: async (name: string, page = session.page) => {
      // Layout and the DSFR's scripts follow the width (the header folds into its menu button).
      const settle = () => page.waitForTimeout(350);
      await settle();
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280.png`), fullPage: true });
      await page.setViewportSize(MOBILE);
      await settle();
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-375.png`), fullPage: true });
      await page.setViewportSize(DESKTOP);
      await settle();
    },
    newPage: async () => {
      if (!browser) throw new Error('the browser is not started');
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR' });
      contexts.push(context);
      return context.newPage();
    },
  } as BrowserSession;
  beforeAll(async () => {
    session.platform = await startBuiltPlatform(options);
    await ready?.(session.platform);
    browser = await launchChromium();
    session.browser = browser;
    session.page = await browser.newPage({ viewport: DESKTOP, locale: 'fr-FR' });
  }, 180000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await session.platform?.stop();
  });
  return session;
}
