/**
 * Import benchmark: N generated supplier rows through the real import path (parse, validate,
 * reference checks, chunked writes, outbox) into a fresh PostgreSQL database.
 * usage: npm run bench -- import [rows]   (default 10000)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  ImportsModule,
  PlatformModule,
  SYSTEM_ACTOR,
  SupplierImportService,
  recreateDatabase,
} from '@bitd/server';
import { Module } from '@nestjs/common';
import { generateDemoSuppliers } from '../../libs/server/src/demo/demo-suppliers.generator';

@Module({ imports: [PlatformModule, ImportsModule] })
class BenchModule {}

export async function benchImport(rows: number): Promise<void> {
  const url = process.env.DATABASE_URL as string;
  await recreateDatabase(url);
  const file = Buffer.from(
    generateDemoSuppliers(rows, 7)
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  const importer = app.get(SupplierImportService);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const first = await importer.importFile(file, 'bench.jsonl', SYSTEM_ACTOR);
  const t1 = performance.now();
  const again = await importer.importFile(file, 'bench.jsonl', SYSTEM_ACTOR);
  const t2 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await app.close();
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(`\nImport of ${rows} supplier rows (${(file.length / 1024 / 1024).toFixed(1)} MB JSON Lines)`);
  console.table([
    {
      run: 'first import (all created)',
      rows: first.rows,
      created: first.created,
      rejected: first.rejected,
      seconds: ((t1 - t0) / 1000).toFixed(2),
      'rows/s': Math.round(rows / ((t1 - t0) / 1000)),
    },
    {
      run: 're-import (all unchanged)',
      rows: again.rows,
      created: again.created,
      rejected: again.rejected,
      seconds: ((t2 - t1) / 1000).toFixed(2),
      'rows/s': Math.round(rows / ((t2 - t1) / 1000)),
    },
  ]);
  console.log(
    `RSS before: ${mb(rssBefore)} MB, peak during imports: ${mb(peak)} MB (process maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
  );
  if (first.created !== rows || first.rejected !== 0 || again.unchanged !== rows)
    throw new Error('import benchmark did not import every row');
}
