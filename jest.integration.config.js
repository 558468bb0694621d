/**
 * `npm run test:integration`: the suites that start Azurite (Blob storage) or load the
 * bot with concurrent conversations. `npm test` leaves exactly these out (jest.config.js).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: ['/test/storage/blob-storage\\.test\\.ts$', '/test/(.*/)?azurite[^/]*\\.test\\.ts$', '/test/load/.*\\.test\\.ts$'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
