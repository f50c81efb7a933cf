module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'cli-kit',
  rootDir: __dirname,
};
