// One Jest configuration for every project: ts-jest with the project's tsconfig.spec.json, unit
// tests under src/ and integration tests under test/, the real test infrastructure brought up by
// the global setup, and a JSON summary per project for .ci/run. ts-jest transpiles each file alone
// (isolatedModules, from tsconfig.base.json) and `npm test` type-checks every test at once
// (tsconfig.tests.json), which is faster than a type-checking ts-jest per project. The gateway's
// tsconfig.spec.json turns isolatedModules off: its @nestjs/swagger transformer reads the types.
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

module.exports = function projectConfig(name, projectDir, { swagger = false } = {}) {
  return {
    displayName: name,
    rootDir: projectDir,
    // Relative: the jest-config copy nested under jest-cli refuses an absolute preset path.
    preset: `./${path.relative(projectDir, path.join(root, 'jest.preset.js'))}`,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    transform: {
      '^.+\\.[tj]s$': [
        'ts-jest',
        {
          tsconfig: '<rootDir>/tsconfig.spec.json',
          ...(swagger ? { astTransformers: { before: [path.join(__dirname, 'swagger-transformer.cjs')] } } : {}),
        },
      ],
    },
    moduleFileExtensions: ['ts', 'js', 'json'],
    // As main.ts does: decorator metadata before any decorated class.
    setupFiles: ['reflect-metadata'],
    globalSetup: path.join(__dirname, 'global-setup.cjs'),
    testTimeout: 60_000,
    // Fault tests restart the broker; a kafkajs client caught mid-reconnect can keep a timer alive
    // after its app closed. Every test has asserted by then: do not let that hang CI.
    forceExit: true,
    reporters: ['default', [path.join(__dirname, 'summary-reporter.cjs'), { project: name }]],
    coverageDirectory: path.join(root, 'coverage', path.relative(root, projectDir)),
  };
};
