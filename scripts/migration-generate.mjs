// Writes a migration with the SQL that brings a database at the latest migration to the entities.
// usage: npm run migration:generate -- <Name>
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
execFileSync('node', [join(root, 'scripts/build.mjs'), 'server'], { stdio: 'inherit' });
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { Client } = require('pg');
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require(
  join(root, 'dist/server/libs/server/src/database/data-source.options.js'),
);

const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bitd';
const scratch = `bitd_migration_gen_${process.pid}`;
const admin = new Client({ connectionString: base.replace(/\/[^/]+$/, '/postgres') });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
try {
  const ds = new DataSource(dataSourceOptions(base.replace(/\/[^/]+$/, `/${scratch}`)));
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const ts = Date.now();
    const cls = `${name}${ts}`;
    const q = (list) =>
      list.map((x) => `    await queryRunner.query(${JSON.stringify(x.query)});`).join('\n');
    const file = join(root, 'libs/server/src/database/migrations', `${ts}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${q(sql.upQueries)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${q([...sql.downQueries].reverse())}\n  }\n}\n`,
    );
    const indexFile = join(root, 'libs/server/src/database/migrations/index.ts');
    const index = readFileSync(indexFile, 'utf8');
    const lines = index.split('\n').filter((l) => l.startsWith('import '));
    const names = [...index.matchAll(/import \{ (\w+) \}/g)].map((m) => m[1]);
    lines.push(`import { ${cls} } from './${ts}-${name}';`);
    names.push(cls);
    writeFileSync(
      indexFile,
      `${lines.join('\n')}\n\n/** In order of application. */\nexport const MIGRATIONS = [${names.join(', ')}];\n`,
    );
    console.log(`Wrote ${file}`);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
  await admin.end();
}
