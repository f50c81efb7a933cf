module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'sweep',
  rootDir: __dirname,
  globalSetup: '../../tools/testing/jest-build-setup.js',
};
