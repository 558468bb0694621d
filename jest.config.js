/**
 * `npm test`: everything that needs no external process. The Azurite and load suites
 * start servers and take most of a minute on a small machine: they run in
 * `npm run test:integration` (jest.integration.config.js), which CI runs after this.
 */
const integration = require('./jest.integration.config.js');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/', '/test/e2e/', ...integration.testRegex],
  transform: integration.transform,
};
