import { PasswordService, recreateDatabase } from '@bitd/server';
import IORedis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

const root = join(__dirname, '../../../..');

/** A built app (api or worker) as a child process, to measure it from outside. */
export function startApp(app: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  return spawn('node', [join(root, `dist/server/apps/${app}/src/main.js`)], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function stopApp(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Peak resident memory of a process (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not done after ${timeoutMs / 1000} s`);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP request with a keep-alive agent; resolves with the status, body and the cookies it sets. */
export function request(
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; cookies: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          // name=value of each cookie set (a cleared one has no value)
          cookies: (res.headers['set-cookie'] ?? [])
            .map((c) => c.split(';')[0])
            .filter((c) => !c.endsWith('=')),
        }),
      );
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

/** Runs `total` calls of `call(i)` with `concurrency` in flight; latency percentiles in ms. */
export async function load(
  concurrency: number,
  total: number,
  call: (i: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const ok = await call(i).catch(() => false);
        latencies.push(performance.now() - t);
        if (!ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] * 10) / 10;
  return {
    concurrency,
    requests: total,
    p50: pct(0.5),
    p95: pct(0.95),
    rps: Math.round(total / seconds),
    errors,
  };
}

/** A fresh benchmark database and no job or key left in the namespace from an earlier run. */
export async function resetBenchData(env: NodeJS.ProcessEnv): Promise<void> {
  await recreateDatabase(env.DATABASE_URL as string);
  const redis = new IORedis(env.REDIS_URL as string);
  const keys = await redis.keys(`${env.NAMESPACE}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}

export interface BenchSession {
  /** The Cookie header of the signed-in session. */
  cookie: string;
  csrfToken: string;
}

/**
 * Creates a user (with a membership or a platform role) straight in the database and signs it in
 * through the api's real route, as a browser would: the CSRF cookie first, then the password.
 */
export async function benchSignIn(
  apiUrl: string,
  dataSource: DataSource,
  user: { email: string; password: string; platformRole?: 'agent' | 'admin'; organisationId?: string },
): Promise<BenchSession & { ms: number }> {
  const passwordHash = await new PasswordService().hash(user.password);
  const [{ id }] = await dataSource.query(
    `INSERT INTO users (email, display_name, password_hash, email_verified_at, platform_role)
     VALUES ($1, $1, $2, now(), $3) ON CONFLICT DO NOTHING RETURNING id`,
    [user.email, passwordHash, user.platformRole ?? null],
  );
  if (user.organisationId) {
    await dataSource.query('INSERT INTO memberships (user_id, organisation_id) VALUES ($1, $2)', [
      id,
      user.organisationId,
    ]);
  }
  return signInAgain(apiUrl, user.email, user.password);
}

/** One password sign-in through the api; its duration is what a person waits. */
export async function signInAgain(
  apiUrl: string,
  email: string,
  password: string,
): Promise<BenchSession & { ms: number }> {
  const first = await request(`${apiUrl}/api/v1/auth/session`);
  const csrfCookie = first.cookies.join('; ');
  const { csrfToken } = JSON.parse(first.body) as { csrfToken: string };
  const started = performance.now();
  const res = await request(`${apiUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: { 'Content-Type': 'application/json', Cookie: csrfCookie, 'x-csrf-token': csrfToken },
  });
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`sign-in of ${email}: ${res.status} ${res.body}`);
  return {
    cookie: res.cookies.join('; '),
    csrfToken: (JSON.parse(res.body) as { csrfToken: string }).csrfToken,
    ms,
  };
}
