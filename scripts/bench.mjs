// `npm run bench -- <name> [args]`: builds the server side and runs a benchmark against the
// real services, in its own database (bitd_bench) and namespace.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureMeili, ensurePostgres, ensureRedis, root } from './lib/services.mjs';

const env = {
  ...process.env,
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd_bench',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  NAMESPACE: 'bitdbench',
  LOG_LEVEL: 'warn',
};
await ensurePostgres(env.DATABASE_URL);
await ensureRedis(env.REDIS_URL);
const meili = await ensureMeili({
  url: process.env.BENCH_MEILI_URL ?? 'http://127.0.0.1:7729',
  dataDir: '.data/meilisearch-bench',
  fresh: true,
});
env.MEILI_URL = meili.url;
env.MEILI_MASTER_KEY = meili.masterKey;
execFileSync('node', [join(root, 'scripts/build.mjs'), 'server'], { cwd: root, stdio: 'inherit' });
try {
  execFileSync(
    'node',
    ['--expose-gc', join(root, 'dist/server/test/bench/main.js'), ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit', env },
  );
} finally {
  await meili.stop();
}
