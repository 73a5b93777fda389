// `npm test`: lint, type checks, unit, integration (real PostgreSQL, Redis, Meilisearch) and
// browser tests, in their own database, namespace and Meilisearch, reset each run. Ends with
// one "N passed, N failed" line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureMeili, ensurePostgres, ensureRedis, root } from './lib/services.mjs';

const only = process.argv[2]; // optional: lint | unit | integration | e2e
const jestArgs = process.argv.slice(3); // optional: a test path pattern, -t name…
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

function step(name, cmd, args, env = process.env) {
  console.log(`\n\x1b[1m▶ ${name}\x1b[0m`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status === 0) results.passed++;
  else {
    results.failed++;
    failures.push(name);
  }
}

function jest(name, config, env) {
  console.log(`\n\x1b[1m▶ ${name}\x1b[0m`);
  const report = join(out, `jest-${name}.json`);
  rmSync(report, { force: true });
  const r = spawnSync(
    bin('jest'),
    ['-c', config, '--json', `--outputFile=${report}`, '--forceExit', ...jestArgs],
    { cwd: root, stdio: 'inherit', env },
  );
  if (!existsSync(report)) {
    results.failed++;
    failures.push(`${name} (did not run: exit ${r.status})`);
    return;
  }
  const j = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += j.numPassedTests;
  results.failed += j.numFailedTests;
  results.skipped += j.numPendingTests + j.numTodoTests;
  if (j.numFailedTests > 0 || j.numRuntimeErrorTestSuites > 0 || r.status !== 0) {
    failures.push(
      `${name}: ${j.numFailedTests} failed test(s), ${j.numRuntimeErrorTestSuites} suite(s) that could not run`,
    );
    if (j.numFailedTests === 0) results.failed += Math.max(1, j.numRuntimeErrorTestSuites);
  }
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  console.log('Installing Debian Chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env }).status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
  }
}

/** Removes the queues and keys of the test namespaces, so no job of an earlier run comes back. */
async function flushNamespaces(redisUrl, namespaces) {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    for (const ns of namespaces) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${ns}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}

let meili = { stop: async () => {} };
try {
  if (!only || only === 'lint') {
    // The module-boundaries rule reads Nx's project graph: compute it first (no daemon, no cloud).
    execFileSync(bin('nx'), ['show', 'projects'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    step('lint', bin('eslint'), ['.', '--max-warnings=0']);
    step('format (prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
    step('typecheck (server, libs, tests)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    step('typecheck (web)', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']);
  }
  if (!only || only === 'unit') jest('unit', 'jest.unit.config.js', process.env);

  if (!only || only === 'integration' || only === 'e2e') {
    // Every name can be moved (TEST_DATABASE_URL = …/bitd_test_<suffix>, TEST_MEILI_URL,
    // TEST_NAMESPACE, E2E_PORT) so that two checkouts on one machine can test side by side.
    const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd_test';
    const namespace = process.env.TEST_NAMESPACE ?? 'bitdtest';
    const redis = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    await ensurePostgres(base);
    await ensureRedis(redis);
    // Own Meilisearch on its own port and data, wiped each run: never the dev or prod index.
    meili = await ensureMeili({
      url: process.env.TEST_MEILI_URL ?? 'http://127.0.0.1:7719',
      dataDir: `.data/meilisearch-test-${new URL(process.env.TEST_MEILI_URL ?? 'http://127.0.0.1:7719').port}`,
      fresh: true,
    });
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: base,
      REDIS_URL: redis,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      NAMESPACE: namespace,
      LOG_LEVEL: 'warn',
      ADMIN_TOKEN: 'test-admin-token-0123456789',
      RATE_LIMIT_PER_MINUTE: '100000',
      SIGN_IN_MAX_PER_CLIENT: '100000',
      // Nothing listens there: no test mail reaches a developer's MailDev. Specs that read mail
      // start their own SMTP server (apps/api/src/testing/mail-capture.ts).
      SMTP_URL: 'smtp://127.0.0.1:9',
    };
    await flushNamespaces(redis, [namespace, 'bitdfault']);
    if (!only || only === 'integration') {
      // SKIP_BUILD=true keeps dist/server as it is (a benchmark may be running from it).
      if (process.env.SKIP_BUILD !== 'true') {
        execFileSync('node', [join(root, 'scripts/build.mjs'), 'server'], { cwd: root, stdio: 'inherit' });
      }
      jest('integration', 'jest.integration.config.js', env);
    }
    if (!only || only === 'e2e') {
      execFileSync('node', [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
      ensureChromium();
      jest('e2e', 'jest.e2e.config.js', {
        ...env,
        DATABASE_URL: base.replace(/\/bitd_test(\w*)$/, '/bitd_e2e$1'),
        E2E_PORT: process.env.E2E_PORT ?? '3107',
      });
    }
  }
} catch (e) {
  results.failed++;
  failures.push(`set-up: ${e instanceof Error ? e.message : e}`);
  console.error(e);
} finally {
  await meili.stop();
}

if (failures.length) console.log(`\nFailures:\n- ${failures.join('\n- ')}`);
console.log(
  `\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
);
process.exit(results.failed ? 1 : 0);
