module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'guest',
  rootDir: __dirname,
};
