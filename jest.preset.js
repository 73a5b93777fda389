// Shared by the unit and integration Jest configs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // ESM-only packages the server code imports, compiled to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|openid-client|oauth4webapi|jose)/)'],
  moduleNameMapper: {
    '^@bitd/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@bitd/server$': '<rootDir>/libs/server/src/index.ts',
    '^@bitd/server/(.*)$': '<rootDir>/libs/server/src/$1',
  },
  testEnvironment: 'node',
  rootDir: __dirname,
};
