module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'sim-kernel',
  rootDir: __dirname,
};
