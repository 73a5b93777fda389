import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MeiliService, pipelineIdle, QueueService, recreateDatabase } from '@bitd/server';
import { DataSource } from 'typeorm';

/**
 * What the eval commands share: a platform in this process on a fresh database and namespace of its
 * own (Redis keys, Meilisearch indexes), and a wait until everything imported is indexed and matched.
 */
export async function isolatedApp(module: unknown): Promise<INestApplicationContext> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd';
  const databaseUrl = base.replace(
    /\/([^/?]+)(\?.*)?$/,
    (_m, db: string, q?: string) => `/${db}_eval${q ?? ''}`,
  );
  process.env.DATABASE_URL = databaseUrl;
  process.env.NAMESPACE = `eval${process.pid}`;
  await recreateDatabase(databaseUrl);
  return NestFactory.createApplicationContext(module as never, { logger: ['error', 'warn'] });
}

/** The namespace's queues go with it; the database stays for inspection until the next run. */
export async function closeIsolated(app: INestApplicationContext): Promise<void> {
  await app
    .get(QueueService)
    .obliterateAll()
    .catch(() => undefined);
  await app.close();
}

export async function settledApp(app: INestApplicationContext): Promise<void> {
  return settled(app.get(DataSource), app.get(QueueService), app.get(MeiliService));
}

export function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Waits until everything imported is indexed and matched (see pipelineIdle). */
async function settled(
  ds: DataSource,
  queues: QueueService,
  meili: MeiliService,
  timeoutMs = 600_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < end) {
    const idle = await pipelineIdle(ds, queues, meili);
    // Quiet twice in a row: a job may be between the relay and the queue.
    quiet = idle ? quiet + 1 : 0;
    if (quiet >= 2) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('indexing and matching did not settle within 10 minutes');
}
