import 'reflect-metadata';
import { recreateDatabase } from '../../libs/server/src/database/prepare-database';

/** A fresh test database for every run: dropped, created, migrated. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url || !/\/bitd_(test|e2e)(_[a-z0-9]+)?$/.test(url)) {
    throw new Error(
      `Refusing to reset ${url}: integration tests run on a database named bitd_test or bitd_e2e (npm test sets it)`,
    );
  }
  await recreateDatabase(url);
}
