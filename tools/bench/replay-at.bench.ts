/**
 * Benchmark of `disco-replay <trace> --at <point>`: projecting the monitor's
 * state in the middle of a detailed Disco trace of about N events (default
 * 10,000,000; recorded once into $TMPDIR/disco-bench, keyed by scenario and
 * model version). Measures, side by side on the same file:
 *   1. the projection in-process without snapshots (cold), at 10%, 50%, 90%;
 *   2. the CLI end to end at 50%: first with an empty sidecar cache (it
 *      writes snapshots as it goes), then warm (from the nearest snapshot),
 *      then warm at 55% (a point it never visited);
 *   3. the floor: one SQL pass over the projected kinds' rows up to 50%.
 * Medians of 3. Target: ≤ 1 s at 50% of 10 M events.
 * Usage: npm run bench replay-at [-- --events N]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { modelVersion } from '@disco/cli-kit';
import { EVENT_KINDS } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { PROJECTED_TYPES } from '../../apps/replay/src/monitor-state';
import { projectAt, SnapshotCache } from '../../apps/replay/src/state-at';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const argEvents = process.argv.indexOf('--events');
const targetEvents = argEvents > 0 ? Number(process.argv[argEvents + 1]) : 10_000_000;
/** Detailed disco-numa-synthetic on 8 CPUs: ≈17 events per simulated µs. */
const EVENTS_PER_US = 17;
const TARGET_SECONDS = 1;

function scenario(events: number): Record<string, unknown> {
  const base = JSON.parse(readFileSync(path.join(ROOT, 'traces/scenarios/disco-numa-synthetic.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  return { ...base, name: 'bench-replay-at', level: 'detailed', batchSize: 4096, 'disco-synthetic': { ...base['disco-synthetic'], durationUs: Math.round(events / EVENTS_PER_US) } };
}

function trace(events: number): string {
  const dir = path.join(tmpdir(), 'disco-bench');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(scenario(events));
  const key = createHash('sha256').update(json).update(modelVersion()).digest('hex').slice(0, 12);
  const file = path.join(dir, `replay-at-${events}-${key}.db`);
  if (existsSync(file)) {
    console.log(`reusing ${file}`);
    return file;
  }
  const scenarioFile = path.join(dir, `replay-at-${events}-${key}.json`);
  writeFileSync(scenarioFile, json);
  console.log(`recording ≈${events.toLocaleString('en-US')} events into ${file} …`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'apps/record/dist/main.cjs'), scenarioFile, '--out', `${file}.part`, '--quiet', '--force'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`disco-record failed: ${r.stderr}`);
  rmSync(file, { force: true });
  spawnSync('mv', [`${file}.part`, file]);
  console.log(`  recorded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function seconds(action: () => void): number {
  const started = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function cli(file: string, point: string, extra: string[] = []): number {
  return seconds(() => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'apps/replay/dist/main.cjs'), file, '--at', point, '--json', ...extra], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`disco-replay --at ${point} failed: ${r.stderr}`);
  });
}

const file = trace(targetEvents);
const reader = TraceReader.open(file);
const last = reader.run.eventCount - 1;
const tables = EVENT_KINDS.filter((k) => PROJECTED_TYPES.includes(k.type)).map((k) => k.table);
const projectedRows = tables.reduce((n, t) => n + ((reader.query(`SELECT count(*) FROM "${t}"`).rows[0]![0] as number) ?? 0), 0);
console.log(`trace: ${reader.run.eventCount.toLocaleString('en-US')} events, ${projectedRows.toLocaleString('en-US')} of the projected kinds`);

console.log('\n1. projection in-process, no snapshots (cold), median of 3');
for (const share of [0.1, 0.5, 0.9]) {
  const seq = Math.round(share * last);
  let applied = 0;
  const t = median(
    [0, 1, 2].map(() =>
      seconds(() => {
        const cache = new SnapshotCache(reader, 250_000, null);
        applied = projectAt(reader, seq, cache).eventsApplied;
      }),
    ),
  );
  console.log(`  at ${(share * 100).toFixed(0)}% (seq ${seq.toLocaleString('en-US')}): ${t.toFixed(3)} s, ${applied.toLocaleString('en-US')} events applied, ${((t / Math.max(1, applied)) * 1e6).toFixed(2)} µs per applied event`);
}

console.log('\n3. floor: one SQL pass over the projected kinds up to 50%');
const floor = median(
  [0, 1, 2].map(() =>
    seconds(() => {
      for (const t of tables) reader.query(`SELECT count(*), sum(tick) FROM "${t}" WHERE seq <= ?`, [Math.round(0.5 * last)]);
    }),
  ),
);
console.log(`  ${floor.toFixed(3)} s`);
reader.close();

console.log('\n2. the CLI end to end at 50%');
const sidecar = SnapshotCache.fileFor(file);
rmSync(sidecar, { force: true });
const first = cli(file, '50%');
const warm = median([0, 1, 2].map(() => cli(file, '50%')));
const elsewhere = cli(file, '55%');
const noCache = median([0, 1, 2].map(() => cli(file, '50%', ['--no-cache'])));
console.log(`  first (writes snapshots every 250,000 events): ${first.toFixed(3)} s`);
console.log(`  warm, from the nearest snapshot:                ${warm.toFixed(3)} s`);
console.log(`  warm at 55% (never visited):                    ${elsewhere.toFixed(3)} s`);
console.log(`  --no-cache (from the start every time):         ${noCache.toFixed(3)} s`);
console.log(`\ntarget ≤ ${TARGET_SECONDS} s at 50%: ${warm <= TARGET_SECONDS ? 'met' : 'not met'} warm, ${first <= TARGET_SECONDS ? 'met' : 'not met'} cold`);
