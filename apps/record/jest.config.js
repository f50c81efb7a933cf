module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'record',
  rootDir: __dirname,
};
