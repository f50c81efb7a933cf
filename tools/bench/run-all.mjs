#!/usr/bin/env node
// Runs every bundled benchmark (tools/bench/dist/*.bench.cjs) in its own process,
// one after another, so they do not disturb each other, then prints the rows they
// reported as one table: measure | value | reference | ratio (each ratio measured
// side by side in the same bench run). `npm run bench` builds first.
// Usage: node tools/bench/run-all.mjs [name-filter] [--json] [-- args for each bench]
//   --json  write the rows as a JSON array to stdout instead of the table.
// The benches' own progress lines go to stderr, so stdout carries only the data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './bench-table.mjs';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
const dashDash = process.argv.indexOf('--');
const own = process.argv.slice(2, dashDash > 0 ? dashDash : process.argv.length);
const args = dashDash > 0 ? process.argv.slice(dashDash + 1) : [];
const json = own.includes('--json');
const unknown = own.filter((a) => a.startsWith('-') && a !== '--json');
if (unknown.length > 0) {
  console.error(`run-all: unknown option ${unknown[0]} (expected [name-filter] [--json] [-- bench args])`);
  process.exit(2);
}
const filter = own.find((a) => !a.startsWith('-')) ?? '';
const benches = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.bench.cjs') && f.includes(filter)).sort() : [];
if (benches.length === 0) {
  console.error(`run-all: no bench matches "${filter}" in ${dist} (run node tools/build.mjs first)`);
  process.exit(2);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'disco-bench-'));
const rowsFile = path.join(tmp, 'rows.jsonl');
let failed = 0;
for (const file of benches) {
  console.error(`\n== ${file.replace(/\.bench\.cjs$/, '')} ==`);
  const r = spawnSync(process.execPath, [path.join(dist, file), ...args], {
    stdio: ['ignore', process.stderr, 'inherit'],
    env: { ...process.env, DISCO_BENCH_ROWS: rowsFile },
  });
  if (r.status !== 0) {
    failed++;
    console.error(`run-all: ${file} failed (${r.status === null ? `signal ${r.signal}` : `exit ${r.status}`})`);
  }
}
const rows = existsSync(rowsFile)
  ? readFileSync(rowsFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l))
  : [];
rmSync(tmp, { recursive: true, force: true });
if (json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
else process.stdout.write('\n' + formatTable(rows));
process.exit(failed === 0 ? 0 : 1);
