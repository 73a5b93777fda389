import { pendingSchemaChanges } from './prepare-database';

describe('database schema', () => {
  it('entities and migrations agree (no SQL pending after all migrations)', async () => {
    // global-setup applied every migration to the test database
    expect(await pendingSchemaChanges(process.env.DATABASE_URL as string)).toEqual([]);
  });
});
