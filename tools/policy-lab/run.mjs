#!/usr/bin/env node
// `npm run policy-lab`: issue 15's table in one command. Engineering and
// raytrace under every placement policy of the monitor (the sweeps
// traces/sweeps/placement-policies-engineering.json and -raytrace.json, and
// both again with every thread pinned to one VCPU, the experimental control,
// recorded at --level detailed: the offline baseline needs every miss), then
// `disco-analyze compare … --report policy` over the 28 traces (7 per set): the summary
// table on stdout as CSV (and in DIR/policy.csv) and one HTML page (table and charts, a
// panel per workload).
//
//   npm run policy-lab -- [--out DIR] [--scale X] [--jobs N] [--no-build]
//
// --scale multiplies each scenario's /guest/scale (as disco-record --scale
// does; default 0.08: the 12 recordings took 4.8 to 8.4 min with --jobs 2
// on a shared 2-core machine, the comparison 2.6 to 6.4 min more). The sweeps resume:
// run it again and complete traces are replayed and kept. DIR (default tmp/policy-lab) then holds engineering/,
// engineering-pinned/, raytrace/, raytrace-pinned/, policy.html and policy.csv.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The control (`pinned`): the same sweep with every thread bound to one VCPU (/guest/pinThreads), so that
// the moves' timing does not move the jobs, under its own scenario name so that reports keep the sets apart.
const pinned = (scenario) => ['--set', '/guest/pinThreads=true', '--set', `/name=${scenario}-pinned`];
const WORKLOADS = [
  { name: 'engineering', sweep: 'placement-policies-engineering', scenario: 'engineering-disco-numa', set: [] },
  { name: 'engineering-pinned', sweep: 'placement-policies-engineering', scenario: 'engineering-disco-numa', set: pinned('engineering-disco-numa') },
  { name: 'raytrace', sweep: 'placement-policies-raytrace', scenario: 'raytrace-disco-numa', set: [] },
  { name: 'raytrace-pinned', sweep: 'placement-policies-raytrace', scenario: 'raytrace-disco-numa', set: pinned('raytrace-disco-numa') },
];

function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const flags = { out: path.join(root, 'tmp', 'policy-lab'), scale: 0.08, jobs: 2, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--out') flags.out = path.resolve(value());
    else if (a === '--scale') flags.scale = value();
    else if (a === '--jobs') flags.jobs = value();
    else if (a === '--no-build') flags.build = false;
    else fail(`unknown argument '${a}' (usage: npm run policy-lab -- [--out DIR] [--scale X] [--jobs N] [--no-build])`);
  }
  const scale = Number(flags.scale);
  const jobs = Number(flags.jobs);
  if (!(scale > 0) || !Number.isFinite(scale)) fail(`--scale must be a positive number, got '${flags.scale}'`);
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs must be a positive integer, got '${flags.jobs}'`);
  return { ...flags, scale, jobs };
}

function run(main, args, capture = false) {
  const r = spawnSync(process.execPath, [path.join(root, 'apps', main, 'dist', 'main.cjs'), ...args], {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return r.stdout;
}

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

const flags = parseArgs(process.argv.slice(2));
if (flags.build) {
  const built = spawnSync(process.execPath, [path.join(root, 'tools', 'build.mjs'), '--quiet', 'record', 'replay', 'sweep', 'analyze'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(flags.out, { recursive: true });
const traces = [];
for (const w of WORKLOADS) {
  const scenario = JSON.parse(readFileSync(path.join(root, 'traces', 'scenarios', `${w.scenario}.json`), 'utf8'));
  const scale = scenario.guest.scale * flags.scale;
  const dir = path.join(flags.out, w.name);
  const started = Date.now();
  process.stderr.write(`${w.name}: ${w.sweep}, 6 runs at /guest/scale=${scale} (${flags.scale} x ${scenario.guest.scale}), --level detailed, --jobs ${flags.jobs} into ${dir}\n`);
  run('sweep', ['run', w.sweep, '--out', dir, '--jobs', String(flags.jobs), '--set', '/level=detailed', '--set', `/guest/scale=${scale}`, ...w.set, '--quiet']);
  process.stderr.write(`${w.name}: done in ${seconds(started)}\n`);
  // The runs in the sweep's order (its policies, then seeds), engineering's first.
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  traces.push(...manifest.runs.map((r) => path.join(dir, r.trace)));
  // Last, the offline baseline's own decisions (of the run under `none`) carried out by the monitor: the scheduled policy.
  const none = manifest.runs.find((r) => r.axisValues?.policy === 'none');
  if (none === undefined) fail(`${w.sweep}: no run under the none policy to take the baseline's decisions from`);
  const scheduled = path.join(dir, 'scheduled.db');
  if (!existsSync(scheduled)) {
    const scenarioFile = path.join(dir, 'scheduled.json');
    const begun = Date.now();
    run('analyze', [path.join(dir, none.trace), 'schedule', '--out', scenarioFile, '--force'], true);
    run('record', [scenarioFile, '--out', scheduled, '--force', '--quiet'], true);
    process.stderr.write(`${w.name}: the baseline's decisions of ${none.trace} recorded as ${scheduled} in ${seconds(begun)}\n`);
  }
  traces.push(scheduled);
}
const started = Date.now();
const html = path.join(flags.out, 'policy.html');
// One pass over the traces: the page is written and the table printed as CSV.
const csv = run('analyze', ['compare', ...traces, '--report', 'policy', '--section', 'summary', '--html', html, '--csv'], true);
writeFileSync(path.join(flags.out, 'policy.csv'), csv.endsWith('\n') ? csv : `${csv}\n`);
process.stderr.write(`compare --report policy: ${traces.length} traces in ${seconds(started)}; wrote ${html} and ${path.join(flags.out, 'policy.csv')}\n`);
process.stdout.write(csv.endsWith('\n') ? csv : `${csv}\n`);
