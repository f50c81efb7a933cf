module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'replay',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/jest-build-setup.js',
};
