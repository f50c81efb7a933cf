module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'hardware',
  rootDir: __dirname,
};
