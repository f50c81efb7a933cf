const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'analysis',
  rootDir: __dirname,
  transform: { ...preset.transform, '^.+\\.sql$': '<rootDir>/jest-sql-transform.cjs' },
  moduleFileExtensions: [...preset.moduleFileExtensions, 'sql'],
};
