const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'analysis',
  rootDir: __dirname,
  // Tests record real traces with the disco-record bundle.
  globalSetup: '../../tools/testing/jest-build-setup.js',
  transform: {
    ...preset.transform,
    // Reports and views are .sql text, as esbuild's text loader gives them in the bundles.
    '^.+\\.sql$': '<rootDir>/jest-sql-transform.cjs',
    // hyparquet and hyparquet-writer ship only ES modules; Jest runs CommonJS.
    '^.+/node_modules/hyparquet(-writer)?/.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(hyparquet|hyparquet-writer)/)'],
  moduleFileExtensions: [...preset.moduleFileExtensions, 'sql'],
};
