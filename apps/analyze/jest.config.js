module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'analyze',
  rootDir: __dirname,
};
