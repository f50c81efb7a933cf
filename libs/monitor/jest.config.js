module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'monitor',
  rootDir: __dirname,
};
