#!/usr/bin/env node
// `npm run untrusted-traces -- TRACE [--mode bytes|values|batches] [--files N] [--seed S]`:
// a campaign that hands the CLIs traces nobody should trust and reports every
// command that did not end as bad input should (exit 0, 1 or 2 with one line
// on stderr): an exit 70 (internal error), a crash (signal, exit 134 out of
// memory), a stack trace, or a run past 60 s. Each mode makes copies of TRACE:
//
//   bytes    1-3 bytes of random B-tree pages changed (page headers and cell
//            pointers one time in three), as a damaged disk leaves them; then
//            12 reading commands (summary, 5 reports, sql, two exports,
//            schedule, replay, replay --at). --files copies (default 40).
//   values   one integer column of the first row of every non-empty typed
//            table set to 2,000,000,000, then to -5, by SQL, as a hand edit
//            makes them; then 11 commands. Every column, so --files is unused.
//   batches  one stored batch's protobuf bytes damaged (changed bytes, or
//            random bytes), with the hash chain recomputed so that it holds;
//            then replay, replay --diff, summary, sql over events, export csv.
//   run      the run row edited as a hand or a tool could: a field of
//            scenario_json replaced (huge, negative, a string with control
//            characters, nested deep, null), removed or added under an odd
//            name, the text cut so it is no JSON, or scenario_name set to a
//            path, a shipped name or nothing; then summary (text and --json),
//            compare with the original, replay --diff, report locality and
//            policy, and replay. --files copies (default 40).
//
// Findings go to stdout as JSON lines, a summary to stderr; the exit code is
// 1 when there is a finding. Copies go to a temporary directory, removed at
// the end. The CLIs are the built ones (node tools/build.mjs). Use a small
// trace: every command runs once per copy (hw-migratory --level detailed,
// 3.9 MB: 40 copies in about 2 minutes here).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const flags = { mode: 'bytes', files: 40, seed: 1, trace: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--mode') flags.mode = value();
    else if (a === '--files') flags.files = Number(value());
    else if (a === '--seed') flags.seed = Number(value());
    else if (a.startsWith('-') || flags.trace !== null) fail(`unknown argument '${a}' (usage: npm run untrusted-traces -- TRACE [--mode bytes|values|batches|run] [--files N] [--seed S])`);
    else flags.trace = a;
  }
  if (flags.trace === null) fail('give a trace to damage, e.g. one of disco-record hw-migratory --level detailed');
  if (!['bytes', 'values', 'batches', 'run'].includes(flags.mode)) fail(`--mode must be bytes, values, batches or run, got '${flags.mode}'`);
  if (!Number.isInteger(flags.files) || flags.files < 1) fail('--files must be a positive integer');
  if (!Number.isInteger(flags.seed) || flags.seed < 1 || flags.seed >= 2 ** 32) fail('--seed must be an integer from 1 to 2^32 - 1');
  return flags;
}

const flags = parseArgs(process.argv.slice(2));
const src = path.resolve(flags.trace);
const dir = mkdtempSync(path.join(tmpdir(), 'untrusted-traces-'));
let x = flags.seed >>> 0;
/** xorshift32: the campaign is the same for the same seed. */
const rnd = (n) => {
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  x >>>= 0;
  return x % n;
};

const readingCommands = (f, out) => [
  ['analyze', [f, 'summary']],
  ['analyze', [f, 'report', 'locality']],
  ['analyze', [f, 'report', 'hot-pages']],
  ['analyze', [f, 'report', 'policy']],
  ['analyze', [f, 'report', 'decisions']],
  ['analyze', [f, 'report', 'overhead']],
  ['analyze', [f, 'sql', 'SELECT count(*), sum(tick) FROM events']],
  ['analyze', [f, 'export', 'csv', `${out}-csv`, '--force']],
  ['analyze', [f, 'export', 'perfetto', `${out}.json`, '--force']],
  ['analyze', [f, 'schedule', '--out', `${out}-schedule.json`, '--force']],
  ['replay', [f, '--quiet']],
  ['replay', [f, '--at', '50%', '--no-cache', '--quiet']],
];

let copies = 0;
let findings = 0;
/** Runs the commands on `f`, reporting each that did not end as bad input should. */
function check(f, what, commands) {
  copies++;
  for (const [app, args] of commands) {
    const r = spawnSync(process.execPath, [path.join(root, 'apps', app, 'dist', 'main.cjs'), ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 30 });
    const status = r.status ?? `signal ${r.signal}`;
    const stack = /\bat .+:\d+:\d+/.test(r.stderr);
    if (status === 70 || stack || r.signal !== null || (typeof status === 'number' && status > 2)) {
      findings++;
      const err = r.stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 400);
      process.stdout.write(`${JSON.stringify({ copy: copies, damage: what, command: `${app} ${args.slice(1).join(' ')}`, status, stderr: err })}\n`);
    }
  }
}

function bytesMode() {
  const db = new Database(src, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true });
  const pages = db.prepare('SELECT name, pageno FROM dbstat').all();
  db.close();
  const pristine = readFileSync(src);
  for (let i = 0; i < flags.files; i++) {
    const bytes = Buffer.from(pristine);
    const what = [];
    for (let k = 1 + rnd(3); k > 0; k--) {
      const p = pages[rnd(pages.length)];
      const offset = rnd(3) === 0 ? rnd(16) : rnd(pageSize);
      const byte = rnd(256);
      bytes[(p.pageno - 1) * pageSize + offset] = byte;
      what.push(`${p.name} page ${p.pageno} byte ${offset} = ${byte}`);
    }
    const f = path.join(dir, `bytes-${i}.db`);
    writeFileSync(f, bytes);
    check(f, what.join(', '), readingCommands(f, path.join(dir, `bytes-${i}`)));
    rmSync(f, { force: true });
  }
}

function valuesMode() {
  const db = new Database(src, { readonly: true });
  const targets = [];
  for (const table of db.prepare('SELECT table_name FROM event_kind').pluck().all()) {
    if (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() === 0) continue;
    for (const c of db.prepare('SELECT name, type FROM pragma_table_info(?)').all(table)) if (c.type === 'INTEGER' && c.name !== 'seq') targets.push([table, c.name]);
  }
  db.close();
  let i = 0;
  for (const [table, column] of targets) {
    for (const value of [2_000_000_000, -5]) {
      const f = path.join(dir, `values-${i}.db`);
      copyFileSync(src, f);
      const w = new Database(f);
      w.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE seq = (SELECT min(seq) FROM "${table}")`).run(value);
      w.pragma('journal_mode = DELETE');
      w.close();
      check(f, `${table}.${column} = ${value}`, readingCommands(f, path.join(dir, `values-${i}`)).filter(([, args]) => args[1] !== 'sql'));
      rmSync(f, { force: true });
      i++;
    }
  }
}

function batchesMode() {
  for (let i = 0; i < flags.files; i++) {
    const f = path.join(dir, `batches-${i}.db`);
    copyFileSync(src, f);
    const db = new Database(f);
    const batches = db.prepare('SELECT idx, bytes, prev_hash FROM batch ORDER BY idx').all();
    const target = rnd(batches.length);
    const random = rnd(3) === 0;
    let prev = null;
    for (const b of batches) {
      let bytes = b.bytes;
      if (b.idx === target) {
        bytes = random ? Buffer.from(Array.from({ length: 1 + rnd(4000) }, () => rnd(256))) : Buffer.from(bytes);
        if (!random) for (let k = 1 + rnd(4); k > 0; k--) bytes[rnd(bytes.length)] = rnd(256);
      }
      const prevHash = prev ?? b.prev_hash;
      const hash = createHash('sha256').update(prevHash).update(bytes).digest();
      db.prepare('UPDATE batch SET bytes = ?, prev_hash = ?, hash = ? WHERE idx = ?').run(bytes, prevHash, hash, b.idx);
      prev = hash;
    }
    db.prepare('UPDATE run SET final_hash = ?').run(prev.toString('hex'));
    db.pragma('journal_mode = DELETE');
    db.close();
    const out = path.join(dir, `batches-${i}`);
    check(f, `batch ${target}: ${random ? 'random bytes' : 'bytes changed'}, chain re-hashed`, [
      ['replay', [f, '--quiet']],
      ['replay', [f, '--diff', src, '--quiet']],
      ['analyze', [f, 'summary']],
      ['analyze', [f, 'sql', 'SELECT count(*) FROM events']],
      ['analyze', [f, 'export', 'csv', `${out}-csv`, '--force']],
    ]);
    rmSync(f, { force: true });
  }
}

/** Values a hand-edited scenario field could hold. */
function oddValue() {
  const deep = (n) => (n === 0 ? 1 : { d: deep(n - 1) });
  const values = [2 ** 53 + 2, -1e308, -5, 0, 1e-320, '\u001b[31m<b>x</b>\u0000', 'x'.repeat(100_000), null, [], [[[]]], {}, deep(200), true, '../../../etc/passwd'];
  return values[rnd(values.length)];
}

/** The paths of every value in `v` (objects and arrays), as arrays of keys. */
function paths(v, at = [], out = []) {
  if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) {
    out.push([...at, k]);
    paths(v[k], [...at, k], out);
  }
  return out;
}

function runMode() {
  const db = new Database(src, { readonly: true });
  const { scenarioJson } = db.prepare('SELECT scenario_json AS scenarioJson FROM run').get();
  db.close();
  const names = ['../../../etc/passwd', '', 'default', 'uni-pmake-disco', 'x'.repeat(5000), '\u001b]0;title\u0007', 'hw-migratory'];
  for (let i = 0; i < flags.files; i++) {
    const f = path.join(dir, `run-${i}.db`);
    copyFileSync(src, f);
    const scenario = JSON.parse(scenarioJson);
    const all = paths(scenario);
    const target = all[rnd(all.length)];
    const parentOf = (keys) => keys.slice(0, -1).reduce((o, k) => o[k], scenario);
    let text;
    let what;
    let name = null;
    switch (rnd(5)) {
      case 0: {
        const value = oddValue();
        parentOf(target)[target.at(-1)] = value;
        text = JSON.stringify(scenario);
        what = `scenario ${target.join('/')} = ${JSON.stringify(value)?.slice(0, 40)}`;
        break;
      }
      case 1:
        delete parentOf(target)[target.at(-1)];
        text = JSON.stringify(scenario);
        what = `scenario ${target.join('/')} removed`;
        break;
      case 2: {
        const key = ['\u001b[2J', '__proto__', '~1/~0', 'a'.repeat(300), ''][rnd(5)];
        const parent = parentOf(target);
        (parent !== null && typeof parent === 'object' ? parent : scenario)[key] = oddValue();
        text = JSON.stringify(scenario);
        what = `scenario key ${JSON.stringify(key).slice(0, 40)} added`;
        break;
      }
      case 3: {
        const cut = rnd(scenarioJson.length);
        text = scenarioJson.slice(0, cut);
        what = `scenario_json cut at ${cut}`;
        break;
      }
      default:
        text = scenarioJson;
        name = names[rnd(names.length)];
        what = `scenario_name = ${JSON.stringify(name).slice(0, 40)}`;
    }
    const w = new Database(f);
    w.prepare('UPDATE run SET scenario_json = ?').run(text);
    if (name !== null) w.prepare('UPDATE run SET scenario_name = ?').run(name);
    w.pragma('journal_mode = DELETE');
    w.close();
    check(f, what, [
      ['analyze', [f, 'summary']],
      ['analyze', [f, 'summary', '--json']],
      ['analyze', ['compare', src, f, '--report', 'locality', '--section', 'summary']],
      ['analyze', ['compare', src, f, '--report', 'locality', '--section', 'summary', '--json']],
      ['replay', [src, '--diff', f, '--quiet']],
      ['analyze', [f, 'report', 'locality']],
      ['analyze', [f, 'report', 'policy']],
      ['replay', [f, '--quiet']],
    ]);
    rmSync(f, { force: true });
  }
}

const started = Date.now();
try {
  if (flags.mode === 'bytes') bytesMode();
  else if (flags.mode === 'values') valuesMode();
  else if (flags.mode === 'run') runMode();
  else batchesMode();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stderr.write(`untrusted-traces ${flags.mode}: ${copies} copies of ${flags.trace} (seed ${flags.seed}), ${findings} findings, ${Math.round((Date.now() - started) / 1000)} s\n`);
process.exitCode = findings > 0 ? 1 : 0;
