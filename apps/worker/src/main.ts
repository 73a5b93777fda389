import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { setPriority } from 'node:os';
import { loadConfig } from '@bitd/server';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  // Below the api: a fan-out or a bulk index must not slow the people using the site.
  setPriority(loadConfig().WORKER_NICENESS);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('worker ready');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
