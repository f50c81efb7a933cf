module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'trace-schema',
  rootDir: __dirname,
};
