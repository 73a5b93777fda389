// Browser tests: the built platform on its own port and database, driven in Debian's Chromium.
module.exports = {
  ...require('./jest.preset'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/integration/global-setup.ts',
  testTimeout: 120000,
};
