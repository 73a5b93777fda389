// `npm start`: services, build, migrations, demo data, then api (web + /api on PORT) and worker.
// Without OIDC_ISSUER, the local « ProConnect (démo) » provider runs here too, for OpenID sign-in.
// Ctrl-C stops every child, the demo provider, and Meilisearch and MailDev when this script started them.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  ensureMailDev,
  ensureMeili,
  ensurePostgres,
  ensureRedis,
  loadDotEnv,
  root,
} from './lib/services.mjs';

loadDotEnv();
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  MEILI_URL: process.env.MEILI_URL ?? 'http://127.0.0.1:7700',
  SMTP_URL: process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
};
// The OpenID redirect and e-mail links are built from it: follow PORT when it is not set.
env.PUBLIC_URL ||= `http://localhost:${env.PORT ?? 3000}`;

await ensurePostgres(env.DATABASE_URL);
await ensureRedis(env.REDIS_URL);
const meili = await ensureMeili({
  url: env.MEILI_URL,
  masterKey: env.MEILI_MASTER_KEY,
  dataDir: '.data/meilisearch',
});
env.MEILI_MASTER_KEY = meili.masterKey;
const maildev = await ensureMailDev({
  smtpUrl: env.SMTP_URL,
  webPort: Number(env.MAILDEV_WEB_PORT ?? 1080),
  dataDir: '.data/maildev',
});

if (process.env.SKIP_BUILD !== 'true') {
  console.log('Building…');
  execFileSync('node', [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
}
const cli = (...args) =>
  execFileSync('node', [join(root, 'dist/server/apps/cli/src/main.js'), ...args], {
    stdio: 'inherit',
    cwd: root,
    env,
  });
cli('migrate');
if ((env.SEED_DEMO ?? 'true') === 'true') cli('seed-demo');

const children = [];
let stopping = false;
function launch(name, file) {
  const child = spawn('node', ['--enable-source-maps', join(root, file)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the rest`);
      void stop(1);
    }
  });
  children.push(child);
}

// ProConnect in production (OIDC_ISSUER set); otherwise the local demo provider, with a client
// secret made for this run.
let demoOidc = null;
if (!env.OIDC_ISSUER) {
  const { DEMO_OIDC_CLIENT_ID, DEMO_OIDC_LABEL, startDemoOidcProvider } =
    await import('./lib/demo-oidc-provider.mjs');
  const port = Number(env.DEMO_OIDC_PORT || 3900);
  env.OIDC_CLIENT_ID = DEMO_OIDC_CLIENT_ID;
  env.OIDC_CLIENT_SECRET = randomBytes(32).toString('base64url');
  env.OIDC_LABEL ||= DEMO_OIDC_LABEL;
  try {
    demoOidc = await startDemoOidcProvider({
      port,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      publicUrl: env.PUBLIC_URL,
    });
  } catch (e) {
    console.error(
      e.code === 'EADDRINUSE'
        ? `Port ${port} of the demo OpenID provider is taken: set DEMO_OIDC_PORT, or OIDC_ISSUER for a real provider`
        : e,
    );
    await meili.stop();
    process.exit(1);
  }
  env.OIDC_ISSUER = demoOidc.issuer;
  console.log(`${DEMO_OIDC_LABEL}: ${demoOidc.issuer} (demo identities, fictional)`);
}

launch('api', 'dist/server/apps/api/src/main.js');
launch('worker', 'dist/server/apps/worker/src/main.js');
console.log(
  `\nPlatform: http://localhost:${env.PORT ?? 3000}  (API docs: /api/docs)` +
    (maildev.inboxUrl ? `  — mail inbox (MailDev): ${maildev.inboxUrl}` : '') +
    '  — Ctrl-C to stop\n',
);

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', resolve);
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 10000).unref();
        }),
    ),
  );
  await demoOidc?.close();
  await Promise.all([meili.stop(), maildev.stop()]);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
