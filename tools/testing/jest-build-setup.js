// Jest globalSetup for end-to-end tests: bundle the CLIs so the tests run the
// same files that `npx disco-*` runs.
//
// Five projects' Jest runs start with this, two at a time under `npm test`: a
// lock makes them take turns, and the build is skipped when the bundles are
// newer than every file the last full build read (tools/build.mjs lists them in
// tools/testing/dist/build-inputs.json), so one `npm test` bundles once.
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, rmdirSync, statSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const stamp = path.join(__dirname, 'dist', 'build-inputs.json');
const lock = path.join(os.tmpdir(), `disco-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`);
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 180_000;

function fresh() {
  let listed;
  let built;
  try {
    listed = JSON.parse(readFileSync(stamp, 'utf8'));
    built = statSync(stamp).mtimeMs;
    for (const out of listed.outputs) statSync(out);
    for (const input of listed.inputs) if (statSync(input).mtimeMs >= built) return false;
  } catch {
    return false;
  }
  return true;
}

function acquire() {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmdirSync(lock);
      } catch {
        // Released meanwhile.
      }
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
}

module.exports = async () => {
  acquire();
  try {
    if (!fresh()) execFileSync(process.execPath, [path.join(root, 'tools', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
};
