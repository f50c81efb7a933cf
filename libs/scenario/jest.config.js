module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'scenario',
  rootDir: __dirname,
};
