module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'analyze',
  rootDir: __dirname,
  // The two longest test projects: two workers, so that the run's tail (when the other Nx lane has finished) uses both cores.
  maxWorkers: 2,
  globalSetup: '../../tools/testing/jest-build-setup.js',
};
