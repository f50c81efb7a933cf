// Shared Jest settings: @swc/jest transpiles TypeScript (no type check: each
// project's `typecheck` target, run by `npm test`, does that), and the tsconfig paths map to library sources.
// tools/testing/swc-jest-transformer.js wraps @swc/jest so that built-ins are not read through the
// slow global object of Jest's vm context (simulation code ran 3-5x slower under Jest without it).
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = path.join(__dirname, target);
}

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [path.join(__dirname, 'tools/testing/swc-jest-transformer.js'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleNameMapper,
  setupFilesAfterEnv: [path.join(__dirname, 'tools/testing/fast-check-setup.js')],
};
