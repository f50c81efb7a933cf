// Jest globalSetup for end-to-end tests: bundle the CLIs so the tests run the
// same files that `npx disco-*` runs.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
};
