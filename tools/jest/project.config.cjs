// One Jest configuration for every project: ts-jest with the project's tsconfig.spec.json, unit
// tests under src/ and integration tests under test/, the real test infrastructure brought up by
// the global setup, and a JSON summary per project for .ci/run.
const path = require('node:path');
const { swaggerPluginOptions } = require('../build/swagger-plugin');

const root = path.resolve(__dirname, '..', '..');

module.exports = function projectConfig(name, projectDir) {
  return {
    displayName: name,
    rootDir: projectDir,
    preset: path.join(root, 'jest.preset.js'),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    transform: {
      '^.+\\.[tj]s$': [
        'ts-jest',
        {
          tsconfig: '<rootDir>/tsconfig.spec.json',
          astTransformers: { before: [{ path: '@nestjs/swagger/plugin', options: swaggerPluginOptions }] },
        },
      ],
    },
    moduleFileExtensions: ['ts', 'js', 'json'],
    globalSetup: path.join(__dirname, 'global-setup.cjs'),
    testTimeout: 60_000,
    reporters: ['default', [path.join(__dirname, 'summary-reporter.cjs'), { project: name }]],
    coverageDirectory: path.join(root, 'coverage', path.relative(root, projectDir)),
  };
};
