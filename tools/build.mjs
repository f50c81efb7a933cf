#!/usr/bin/env node
// Bundles each CLI (apps/*/src/main.ts → apps/*/dist/main.cjs) and each
// benchmark (tools/bench/*.bench.ts → tools/bench/dist/*.cjs) with esbuild.
// Runs on `npm ci` (the root `prepare` script), so the bins work on a fresh clone.
// Usage: node tools/build.mjs [--quiet] [name-filter…]   (e.g. `node tools/build.mjs record replay`)
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const entries = [];
for (const app of readdirSync(path.join(root, 'apps'))) {
  const main = path.join(root, 'apps', app, 'src', 'main.ts');
  if (existsSync(main)) entries.push({ in: main, out: path.join(root, 'apps', app, 'dist', 'main.cjs') });
}
const benchDir = path.join(root, 'tools', 'bench');
if (existsSync(benchDir)) {
  for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts'))) {
    entries.push({ in: path.join(benchDir, file), out: path.join(benchDir, 'dist', file.replace(/\.ts$/, '.cjs')) });
  }
}

const selected = filters.length === 0 ? entries : entries.filter((e) => filters.some((f) => e.in.includes(f)));
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
    }),
  ),
);
const failed = results.filter((r) => r.status === 'rejected').length;
if (failed > 0) {
  console.error(`build: ${failed} of ${selected.length} bundles failed`);
  process.exit(1);
}
if (!quiet) console.log(`built ${selected.length} bundles in ${Date.now() - started} ms`);
