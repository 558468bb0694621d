/** npm run attack: test/attack/*.attack.ts against the built server (dist/), each bot its own process on loopback. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/attack'],
  testMatch: ['**/*.attack.ts'],
  testTimeout: 60_000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};
