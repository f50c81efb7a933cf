#!/usr/bin/env node
// Regression guard, as gem5 keeps reference statistics: records every shipped
// scenario (traces/scenarios) with the built disco-record, reads its key
// figures back from the trace, and compares them with the checked-in table
// traces/regression.json. Any difference is printed per scenario and field
// and exits 1.
//
// Usage: npm run regress [-- --update] [--jobs N] [--only a,b] [--small] [--json]
//   --update   rewrite the table from this run (commit it with the change that moved it)
//   --small    only the scenarios flagged small in the table (what npm test checks)
//   --only     a comma-separated list of scenario names
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tableFile = path.join(root, 'traces', 'regression.json');
const scenariosDir = path.join(root, 'traces', 'scenarios');
const recordBin = path.join(root, 'apps', 'record', 'dist', 'main.cjs');
/** A scenario recorded in under about a second counts as small: npm test checks those. */
const SMALL_WALL_SECONDS = 1.5;

function parseArgs(argv) {
  const args = { update: false, small: false, json: false, jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update') args.update = true;
    else if (a === '--small') args.small = true;
    else if (a === '--json') args.json = true;
    else if (a === '--jobs') args.jobs = Number(argv[++i]);
    else if (a === '--only') args.only = String(argv[++i]).split(',');
    else {
      process.stderr.write(`regress: unknown argument '${a}'\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(args.jobs) || args.jobs < 1) {
    process.stderr.write('regress: --jobs must be a positive integer\n');
    process.exit(2);
  }
  return args;
}

function readTable() {
  try {
    return JSON.parse(readFileSync(tableFile, 'utf8'));
  } catch {
    return { scenarios: {} };
  }
}

function recordOne(scenario, out) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [recordBin, scenario, '--out', out, '--force', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${scenario}: disco-record exited ${code}: ${stderr.trim().split('\n').pop()}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

const sum = (db, sql) => db.prepare(sql).pluck().get() ?? 0;
const hasTable = (db, name) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
const count = (db, table) => (hasTable(db, table) ? sum(db, `SELECT count(*) FROM ${table}`) : 0);

/** The key figures of one recorded trace. */
function figuresOf(file, wallSeconds) {
  const db = new Database(file, { readonly: true });
  try {
    const run = db.prepare('SELECT final_hash, event_count, sim_ticks FROM run').get();
    const local = sum(db, 'SELECT sum(misses_local) FROM counter_sample');
    const remote = sum(db, 'SELECT sum(misses_remote) FROM counter_sample');
    const lastFootprint = db
      .prepare('SELECT sum(total_pages) FROM footprint_sample WHERE tick = (SELECT max(tick) FROM footprint_sample)')
      .pluck()
      .get();
    return {
      finalHash: run.final_hash,
      events: run.event_count,
      simTicks: run.sim_ticks,
      cacheMisses: local + remote,
      localMissShare: local + remote > 0 ? Number((local / (local + remote)).toFixed(6)) : null,
      tlbMisses: sum(db, 'SELECT sum(tlb_misses) FROM counter_sample'),
      migrations: count(db, 'page_migrated'),
      replications: count(db, 'page_replicated'),
      machineFootprintPages: lastFootprint ?? null,
      small: wallSeconds < SMALL_WALL_SECONDS,  // replaced by the table's own flag when it has one (stable across updates)
    };
  } finally {
    db.close();
  }
}

async function pool(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(runners);
  return results;
}

function diff(expected, actual) {
  const lines = [];
  for (const key of Object.keys({ ...expected, ...actual })) {
    if (key === 'small') continue;
    if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key])) lines.push(`    ${key.padEnd(22)} ${JSON.stringify(expected[key])} → ${JSON.stringify(actual[key])}`);
  }
  return lines;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const table = readTable();
  let names = readdirSync(scenariosDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  if (args.only) {
    const unknown = args.only.filter((n) => !names.includes(n));
    if (unknown.length > 0) {
      process.stderr.write(`regress: unknown scenario ${unknown.join(', ')}\n`);
      process.exit(2);
    }
    names = args.only;
  }
  if (args.small) names = names.filter((n) => table.scenarios[n]?.small);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'disco-regress-'));
  const started = Date.now();
  let done = 0;
  try {
    const figures = await pool(names, args.jobs, async (name) => {
      const t0 = Date.now();
      const result = await recordOne(name, path.join(dir, `${name}.db`));
      const f = figuresOf(result.file, (Date.now() - t0) / 1000);
      rmSync(result.file, { force: true });
      done++;
      if (process.stderr.isTTY && !args.json) process.stderr.write(`\rregress: ${done}/${names.length} recorded`);
      return [name, f];
    });
    if (process.stderr.isTTY && !args.json) process.stderr.write('\n');
    const actual = Object.fromEntries(figures);
    if (args.update) {
      // A scenario keeps the small flag it was first given, so that load on the machine does not churn the table.
      for (const [name, f] of Object.entries(actual)) if (table.scenarios[name]?.small !== undefined) f.small = table.scenarios[name].small;
      const merged = { ...table.scenarios, ...actual };
      for (const name of Object.keys(merged)) if (!names.includes(name) && !readdirSync(scenariosDir).includes(`${name}.json`)) delete merged[name];
      const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
      writeFileSync(tableFile, `${JSON.stringify({ comment: 'Key figures of every shipped scenario at its own seed and level. Regenerate with npm run regress -- --update; compare with npm run regress.', scenarios: sorted }, null, 2)}\n`);
      process.stdout.write(`regress: wrote ${names.length} scenarios to ${path.relative(root, tableFile)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      return;
    }
    const changed = [];
    for (const name of names) {
      const expected = table.scenarios[name];
      if (expected === undefined) {
        changed.push({ name, lines: ['    (not in the table: run npm run regress -- --update)'] });
        continue;
      }
      const lines = diff(expected, actual[name]);
      if (lines.length > 0) changed.push({ name, lines });
    }
    if (args.json) process.stdout.write(`${JSON.stringify({ checked: names.length, changed: changed.map((c) => c.name), actual }, null, 2)}\n`);
    else if (changed.length === 0) process.stdout.write(`regress: ${names.length} scenarios, no difference (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    else {
      process.stdout.write(`regress: ${changed.length} of ${names.length} scenarios differ from ${path.relative(root, tableFile)}:\n`);
      for (const c of changed) process.stdout.write(`  ${c.name}\n${c.lines.join('\n')}\n`);
    }
    if (changed.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`regress: ${error.message}\n`);
  process.exitCode = 1;
});
