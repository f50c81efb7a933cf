#!/usr/bin/env node
// Bundles each CLI (apps/*/src/main.ts → apps/*/dist/main.bundle.cjs) and each
// benchmark (tools/bench/*.bench.ts → tools/bench/dist/*.cjs) with esbuild.
// Each CLI's dist/main.cjs, and each pipeline worker's X.worker.cjs, is
// tools/cli-loader.cjs, which runs the bundle beside it (X.bundle.cjs) from the V8
// code cache (X.bundle.cjs.cache) that the build writes: a CLI's from a `main.cjs --help`
// run, a worker's from compiling it.
// Runs on `npm ci` (the root `prepare` script), so the bins work on a fresh clone.
// Usage: node tools/build.mjs [--quiet] [name-filter…]   (e.g. `node tools/build.mjs record replay`)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import vm from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const entries = [];
for (const app of readdirSync(path.join(root, 'apps'))) {
  const main = path.join(root, 'apps', app, 'src', 'main.ts');
  if (existsSync(main)) entries.push({ in: main, out: path.join(root, 'apps', app, 'dist', 'main.bundle.cjs'), loaded: 'cli' });
}
const benchDir = path.join(root, 'tools', 'bench');
if (existsSync(benchDir)) {
  for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts'))) {
    entries.push({ in: path.join(benchDir, file), out: path.join(benchDir, 'dist', file.replace(/\.ts$/, '.cjs')) });
  }
}

// Pipeline worker threads (libs/trace-pipeline/src/*.worker.ts) are bundled
// beside every bundle that may start them, and into libs/trace-pipeline/dist
// for tests that run the TypeScript sources (see workerScript in thread-protocol.ts).
const workerDir = path.join(root, 'libs', 'trace-pipeline', 'src');
const workers = readdirSync(workerDir).filter((f) => f.endsWith('.worker.ts'));
const consumers = entries.map((e) => ({ dir: path.dirname(e.out), in: e.in }));
consumers.push({ dir: path.join(root, 'libs', 'trace-pipeline', 'dist'), in: workerDir });
const seenDirs = new Set();
for (const consumer of consumers) {
  if (seenDirs.has(consumer.dir)) continue;
  seenDirs.add(consumer.dir);
  for (const file of workers) {
    entries.push({ in: path.join(workerDir, file), out: path.join(consumer.dir, file.replace(/\.ts$/, '.bundle.cjs')), for: consumer.in, loaded: 'worker' });
  }
}

const selected = filters.length === 0 ? entries : entries.filter((e) => filters.some((f) => (e.for ?? e.in).includes(f)));
const started = Date.now();
const results = await Promise.allSettled(
  selected.map((entry) =>
    build({
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'linked',
      // Native addon: loaded from node_modules at run time.
      external: ['better-sqlite3'],
      // Analysis reports and views are .sql files imported as text (libs/analysis/src/sql.d.ts).
      loader: { '.sql': 'text' },
      // vega-canvas' node build top-level-awaits the optional 'canvas' addon, which
      // CJS cannot express; its browser build finds no canvas in Node and vega then
      // estimates text widths, which is all SVG rendering needs.
      alias: { 'vega-canvas': path.join(root, 'node_modules', 'vega-canvas', 'build', 'vega-canvas.browser.js') },
      tsconfig: path.join(root, 'tsconfig.base.json'),
      logLevel: 'warning',
      metafile: filters.length === 0,
    }),
  ),
);
const failed = results.filter((r) => r.status === 'rejected').length;
if (failed > 0) {
  console.error(`build: ${failed} of ${selected.length} bundles failed`);
  process.exit(1);
}
// Each CLI and worker: the loader beside its bundle, then the bundle's code cache; a CLI's from a
// `--help` run (its top level and argument parsing), a worker's from compiling it in this process
// (whose V8 flags are node's defaults, as the workers' are).
const loader = path.join(root, 'tools', 'cli-loader.cjs');
const loaded = [];
for (const entry of selected.filter((e) => e.loaded !== undefined)) {
  const main = entry.out.replace(/\.bundle\.cjs$/, '.cjs');
  rmSync(`${main}.map`, { force: true });
  copyFileSync(loader, main);
  const cache = `${entry.out}.cache`;
  if (entry.loaded === 'cli') {
    execFileSync(process.execPath, [main, '--help'], { stdio: 'ignore', env: { ...process.env, DISCO_WRITE_CODE_CACHE: '1' } });
  } else {
    const script = new vm.Script(Module.wrap(readFileSync(entry.out, 'utf8')), { filename: entry.out });
    writeFileSync(`${cache}.tmp`, script.createCachedData());
    renameSync(`${cache}.tmp`, cache);
  }
  loaded.push(main, cache);
}
// A full build lists what it read and wrote, so that tools/testing/jest-build-setup.js can tell whether the
// bundles are older than their sources (and skip the build that each app's Jest run would otherwise repeat).
if (filters.length === 0) {
  const inputs = new Set([fileURLToPath(import.meta.url), loader, path.join(root, 'package-lock.json'), path.join(root, 'tsconfig.base.json')]);
  for (const r of results) for (const file of Object.keys(r.value.metafile.inputs)) inputs.add(path.resolve(root, file));
  const stampDir = path.join(root, 'tools', 'testing', 'dist');
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(path.join(stampDir, 'build-inputs.json'), JSON.stringify({ inputs: [...inputs].sort(), outputs: [...selected.map((e) => e.out), ...loaded] }));
}
if (!quiet) console.log(`built ${selected.length} bundles in ${Date.now() - started} ms`);
