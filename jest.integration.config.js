// Integration specs: against the real PostgreSQL, Redis and Meilisearch, one worker (shared database).
module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.integration-spec.ts'],
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/integration/global-setup.ts',
  testTimeout: 60000,
};
