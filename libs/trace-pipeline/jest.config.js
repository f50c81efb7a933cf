module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'trace-pipeline',
  rootDir: __dirname,
};
