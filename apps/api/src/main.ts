import 'reflect-metadata';
import { loadConfig } from '@bitd/server';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
