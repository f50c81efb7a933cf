module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'analyze',
  rootDir: __dirname,
  // The two longest test projects: two workers, so that the run's tail (when the other Nx lane has finished) uses both cores.
  maxWorkers: 2,
  globalSetup: '../../tools/testing/jest-build-setup.js',
  // The reproduction harness (tools/reproduce, not a project of its own) keeps its unit tests beside it; they run here, with its end-to-end test.
  roots: ['<rootDir>', '<rootDir>/../../tools/reproduce/src'],
  testMatch: [...require('../../jest.preset.js').testMatch, '<rootDir>/../../tools/reproduce/src/**/*.spec.ts'],
};
