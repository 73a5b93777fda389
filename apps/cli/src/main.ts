import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  OpportunityExportService,
  OpportunityImportService,
  QueueService,
  SearchIndexerService,
  SupplierExportService,
  SupplierImportService,
  SuppliersService,
  cliActor,
  loadConfig,
  migrate,
  pendingSchemaChanges,
  seedDemoIfEmpty,
  seedDemoAccountsIfNone,
  seedDemoIntroductionsIfNone,
  today,
  PasswordService,
} from '@bitd/server';
import { createWriteStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { CliModule } from './cli.module';
import { evalMatching } from './eval-matching';
import { evalSearch } from './eval-search';

const USAGE = `usage: npm run cli -- <command>
  migrate                          create the database if missing and apply migrations
  schema-check                     fail when entities and migrations disagree
  seed-demo                        load fictional demo suppliers and opportunities into an empty database
  import suppliers FILE            import a JSON Lines or CSV file (INTERCHANGE.md)
  import opportunities FILE        import a JSON Lines or CSV file of opportunities (INTERCHANGE.md)
  export opportunities FILE        export opportunities to FILE (.jsonl or .csv)
  eval-matching --set DIR --out FILE
                                   load a judged set into a fresh database and namespace, index and
                                   match it, write the rankings (top 50 per opportunity)
  eval-search --set DIR --out FILE load a judged search set's suppliers into a fresh database and
                                   namespace, run its queries through the search API, write the top 20
  export suppliers FILE            export to FILE (.jsonl or .csv)
  restore-supplier ID              restore a soft-deleted supplier profile
  reindex                          rebuild the suppliers index and swap it in atomically
  check-index [--no-repair]        compare PostgreSQL with the index, print the drift, repair it
  queues                           waiting / active / failed jobs per queue`;

async function withApp<T>(fn: (get: <S>(cls: new (...args: never[]) => S) => S) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await fn((cls) => app.get(cls));
  } finally {
    await app.close();
  }
}

async function run(args: string[]): Promise<number> {
  const [command, kind, file] = args;
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const applied = await migrate(config.DATABASE_URL);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
      return 0;
    }
    case 'schema-check': {
      await migrate(config.DATABASE_URL);
      const pending = await pendingSchemaChanges(config.DATABASE_URL);
      if (pending.length) {
        console.error(
          `Entities and migrations disagree; run npm run migration:generate -- <Name>. Missing:\n${pending.join(';\n')}`,
        );
        return 1;
      }
      console.log('Entities and migrations agree');
      return 0;
    }
    case 'seed-demo':
      return withApp(async (get) => {
        const loaded = await seedDemoIfEmpty(
          get(DataSource),
          get(SupplierImportService),
          get(OpportunityImportService),
        );
        console.log(
          loaded.suppliers || loaded.opportunities
            ? `Loaded ${loaded.suppliers} fictional demo suppliers and ${loaded.opportunities} fictional demo opportunities`
            : 'Database not empty: demo data not loaded',
        );
        const accounts = await seedDemoAccountsIfNone(get(DataSource), new PasswordService());
        if (accounts) console.log(`Created ${accounts} demo accounts (README.md lists them)`);
        const introductions = await seedDemoIntroductionsIfNone(get(DataSource), today());
        if (introductions) console.log(`Loaded ${introductions} fictional demo introductions`);
        return 0;
      });
    case 'eval-matching':
      return evalMatching(args.slice(1));
    case 'eval-search':
      return evalSearch(args.slice(1));
    case 'import':
      if ((kind !== 'suppliers' && kind !== 'opportunities') || !file) break;
      return withApp(async (get) => {
        const importer = kind === 'suppliers' ? get(SupplierImportService) : get(OpportunityImportService);
        const report = await importer.importFile(readFileSync(file), file, cliActor());
        const { errors, ...counts } = report;
        console.log(JSON.stringify(counts));
        for (const e of errors.slice(0, 50))
          console.log(`line ${e.line}${e.externalId ? ` (${e.externalId})` : ''}: ${e.field}: ${e.message}`);
        if (errors.length > 50) console.log(`… and ${errors.length - 50} more`);
        return report.rejected > 0 ? 1 : 0;
      });
    case 'export':
      if ((kind !== 'suppliers' && kind !== 'opportunities') || !file) break;
      return withApp(async (get) => {
        const exporter = kind === 'suppliers' ? get(SupplierExportService) : get(OpportunityExportService);
        await pipeline(exporter.stream(file.endsWith('.csv') ? 'csv' : 'jsonl'), createWriteStream(file));
        console.log(`Exported to ${file}`);
        return 0;
      });
    case 'restore-supplier':
      if (!kind) break;
      return withApp(async (get) => {
        const view = await get(SuppliersService).restore(kind, cliActor());
        console.log(`Restored ${view.name} (${view.id})`);
        return 0;
      });
    case 'reindex':
      return withApp(async (get) => {
        console.log(JSON.stringify(await get(SearchIndexerService).reindex('suppliers')));
        return 0;
      });
    case 'check-index':
      return withApp(async (get) => {
        const drift = await get(SearchIndexerService).checkSuppliers(kind !== '--no-repair');
        console.log(
          `${drift.index}: ${drift.inDatabase} in PostgreSQL, ${drift.inIndex} in the index; ` +
            `missing ${drift.missing.length}, stale ${drift.stale.length}, extra ${drift.extra.length}` +
            (drift.repaired ? ' — repaired' : ''),
        );
        for (const [what, ids] of [
          ['missing', drift.missing],
          ['stale', drift.stale],
          ['extra', drift.extra],
        ] as const) {
          if (ids.length)
            console.log(`  ${what}: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ' …' : ''}`);
        }
        return 0;
      });
    case 'queues':
      return withApp(async (get) => {
        console.table(await get(QueueService).states());
        return 0;
      });
  }
  console.error(USAGE);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
