// Jest setup for every project: fast-check prints the seed and path of any
// failing property; setting FC_SEED (and FC_PATH) replays that exact case.
const fc = require('fast-check');

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const path = process.env.FC_PATH;
  fc.configureGlobal({ seed: Number(seed), ...(path ? { path } : {}) });
}
