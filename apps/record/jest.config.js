module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'record',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/jest-build-setup.js',
};
