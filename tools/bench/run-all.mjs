#!/usr/bin/env node
// Runs every bundled benchmark (tools/bench/dist/*.bench.cjs) in its own process,
// one after another, so they do not disturb each other. `npm run bench` builds first.
// Usage: node tools/bench/run-all.mjs [name-filter] [-- args for each bench]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
const filter = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : '';
const args = process.argv.slice(process.argv.indexOf('--') > 0 ? process.argv.indexOf('--') + 1 : process.argv.length);
let failed = 0;
for (const file of readdirSync(dist).filter((f) => f.endsWith('.bench.cjs') && f.includes(filter)).sort()) {
  console.log(`\n== ${file.replace(/\.bench\.cjs$/, '')} ==`);
  const r = spawnSync(process.execPath, [path.join(dist, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
