'use strict';
// Each CLI's dist/main.cjs and each pipeline worker's X.worker.cjs (copied
// there by tools/build.mjs): runs the esbuild bundle beside it, X.bundle.cjs,
// from V8's code cache X.bundle.cjs.cache, which the build writes. Without the
// cache a start-up parses 0.6-3 MB of JavaScript before the first line runs
// (about 90 ms of CPU for disco-analyze, 25 ms for the trace writer's thread),
// and the test suite and every sweep start hundreds of these processes.
// A cache that V8 refuses (another Node version, other V8 flags, a bundle
// rebuilt without it) costs exactly that parse and nothing else: the bundle
// then compiles from source, as `node X.bundle.cjs` would.
// With DISCO_WRITE_CODE_CACHE=1 (the build's own `main.cjs --help` run) the
// cache is written, atomically, when the process exits: it holds what that run
// compiled. A worker's cache is written by the build without running it.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const file = __filename.replace(/\.cjs$/, '.bundle.cjs');
const cacheFile = `${file}.cache`;
const writing = process.env.DISCO_WRITE_CODE_CACHE === '1';
delete process.env.DISCO_WRITE_CODE_CACHE;
let cachedData;
if (!writing) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compile from source.
  }
}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (writing) {
  process.once('exit', () => {
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  });
}
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));
