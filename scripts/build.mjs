// Compiles the server side (api, worker, cli, libs) with SWC and the web app with Vite, into dist/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv[2]; // 'server' | 'web' | undefined (both)

if (only !== 'web') {
  rmSync(join(root, 'dist/server'), { recursive: true, force: true });
  execFileSync(
    bin('swc'),
    [
      'apps/api/src',
      'apps/worker/src',
      'apps/cli/src',
      'libs/domain/src',
      'libs/server/src',
      'test/bench',
      '-d',
      'dist/server',
      '--config-file',
      '.swcrc',
      '--ignore',
      '**/*.spec.ts,**/*.integration-spec.ts,**/*.spec.tsx',
      '--copy-files',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}
if (only !== 'server') {
  execFileSync(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}
