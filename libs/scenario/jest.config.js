module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'scenario',
  rootDir: __dirname,
  // The longest project of npm test (whole guest runs): two workers so that it uses both cores once the others are done.
  maxWorkers: 2,
};
