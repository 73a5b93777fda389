// `npm run cli -- <command>`: brings up what the command needs (PostgreSQL, Redis, Meilisearch),
// builds the server once if it was never built, then runs apps/cli. `eval-matching` and `eval-search`
// each get a Meilisearch of their own (fresh data, own port) so that an evaluation never touches the
// platform, nor the other evaluation.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureMeili, ensurePostgres, ensureRedis, loadDotEnv, root } from './lib/services.mjs';

loadDotEnv();
const args = process.argv.slice(2);
const evaluation = { 'eval-matching': 'matching', 'eval-search': 'search' }[args[0]];
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  MEILI_URL: evaluation
    ? (process.env.EVAL_MEILI_URL ?? `http://127.0.0.1:${evaluation === 'search' ? 7759 : 7749}`)
    : (process.env.MEILI_URL ?? 'http://127.0.0.1:7700'),
};
await ensurePostgres(env.DATABASE_URL);
await ensureRedis(env.REDIS_URL);
const meili = await ensureMeili({
  url: env.MEILI_URL,
  masterKey: evaluation ? undefined : env.MEILI_MASTER_KEY,
  dataDir: evaluation ? `.data/meilisearch-eval-${evaluation}` : '.data/meilisearch',
  fresh: evaluation,
});
env.MEILI_MASTER_KEY = meili.masterKey;

const main = join(root, 'dist/server/apps/cli/src/main.js');
if (!existsSync(main))
  execFileSync('node', [join(root, 'scripts/build.mjs'), 'server'], { stdio: 'inherit', cwd: root });
const child = spawn('node', ['--enable-source-maps', main, ...args], {
  cwd: process.cwd(),
  env,
  stdio: 'inherit',
});
const code = await new Promise((resolve) =>
  child.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))),
);
await meili.stop();
process.exit(code);
