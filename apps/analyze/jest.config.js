module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'analyze',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/jest-build-setup.js',
};
