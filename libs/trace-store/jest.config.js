module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'trace-store',
  rootDir: __dirname,
};
