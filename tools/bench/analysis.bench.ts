/**
 * Analysis benchmark: `report locality` on large detailed traces.
 *
 * Records (once; cached in $TMPDIR/disco-bench, keyed by events, scenario and
 * model version) a detailed hw-migratory-like run of about N events (default
 * 10,000,000: almost all CacheMissed) and one of N/10, then measures, side by
 * side on the same files:
 *   1. report locality in-process (runReport), per section, median of 3;
 *   2. the CLI end to end (`disco-analyze <trace> report locality`), median of 3;
 *   3. the floor: one SQL pass summing three columns of cache_missed;
 *   4. the per-page ranking with SQLite's GROUP BY instead of group_sums.
 * Prints seconds, µs per event and the N / (N/10) scaling. Target: ≤ 2 s.
 * Usage: npm run bench analysis [-- --events N]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installAnalysisViews, runReport } from '@disco/analysis';
import { modelVersion } from '@disco/cli-kit';
import { SCHEMA_VERSION, TraceReader } from '@disco/trace-store';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const argEvents = process.argv.indexOf('--events');
const targetEvents = argEvents > 0 ? Number(process.argv[argEvents + 1]) : 10_000_000;
/** Detailed migratory run on 8 CPUs: ≈6.14 events per simulated µs. */
const EVENTS_PER_US = 6.14;
const TARGET_SECONDS = 2;

function scenario(events: number): Record<string, unknown> {
  return {
    name: 'bench-locality',
    description: 'Analysis benchmark: migratory sharing on 8 CPUs, every miss recorded',
    model: 'hardware',
    level: 'detailed',
    batchSize: 4096,
    machine: { cpus: 8 },
    hardware: { durationUs: Math.round(events / EVENTS_PER_US), sampleIntervalUs: 1000, pattern: 'migratory', sharedKb: 256, burstReferences: 32 },
  };
}

/** A trace of about `events` events, recorded once per scenario, model version and schema version. */
function trace(events: number): string {
  const dir = path.join(tmpdir(), 'disco-bench');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(scenario(events));
  const key = createHash('sha256').update(json).update(modelVersion()).update(String(SCHEMA_VERSION)).digest('hex').slice(0, 12);
  const file = path.join(dir, `analysis-${events}-${key}.db`);
  if (existsSync(file)) {
    console.log(`reusing ${file}`);
    return file;
  }
  const scenarioFile = path.join(dir, `analysis-${events}-${key}.json`);
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
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seconds(action: () => void): number {
  const started = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

interface Measured {
  readonly events: number;
  readonly report: number;
  readonly sections: Map<string, number>;
  readonly cli: number;
  readonly floor: number;
  readonly groupBy: number;
}

function measure(file: string): Measured {
  const reader = TraceReader.open(file);
  const events = reader.run.eventCount;
  const sectionTimes = new Map<string, number[]>();
  const report = median(
    [0, 1, 2].map(() => {
      const fresh = TraceReader.open(file);
      try {
        return seconds(() => {
          const result = runReport(fresh, 'locality');
          if (result.sections.some((s) => s.status !== 'ok')) throw new Error('benchmark trace lacks data for a locality section');
        });
      } finally {
        fresh.close();
      }
    }),
  );
  // Per section, on a reader that already has the views (their definition is part of the total above).
  installAnalysisViews(reader);
  for (const name of ['summary', 'by-cpu', 'hot-pages-flagged', 'hot-pages-missed']) {
    sectionTimes.set(name, [0, 1, 2].map(() => seconds(() => runReport(reader, 'locality', { sections: [name] }))));
  }
  const floor = median([0, 1, 2].map(() => seconds(() => reader.query('SELECT sum(latency_ticks), sum(node = home_node), sum(machine_address / 4096) FROM cache_missed'))));
  const groupBy = median(
    [0, 1].map(() =>
      seconds(() =>
        reader.query(
          'SELECT machine_address / 4096 AS p, home_node, count(*) AS n, sum(node = home_node), sum(latency_ticks) FROM cache_missed GROUP BY p, home_node ORDER BY n DESC LIMIT 10',
        ),
      ),
    ),
  );
  reader.close();
  const cli = median(
    [0, 1, 2].map(() =>
      seconds(() => {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'apps/analyze/dist/main.cjs'), file, 'report', 'locality'], { encoding: 'utf8', maxBuffer: 1 << 26 });
        if (r.status !== 0) throw new Error(`disco-analyze failed: ${r.stderr}`);
      }),
    ),
  );
  return { events, report, cli, floor, groupBy, sections: new Map([...sectionTimes].map(([k, v]) => [k, median(v)])) };
}

function main(): void {
  const small = measure(trace(Math.round(targetEvents / 10)));
  const large = measure(trace(targetEvents));
  const fmt = (s: number) => `${s.toFixed(3)} s`;
  const perEvent = (s: number, m: Measured) => `${((s / m.events) * 1e6).toFixed(3)} µs/event`;
  console.log(`\nanalysis benchmark: report locality, node ${process.version}`);
  for (const m of [small, large]) {
    console.log(`\n  trace of ${m.events.toLocaleString('en-US')} events`);
    console.log(`    report locality, in-process     ${fmt(m.report).padStart(10)}  ${perEvent(m.report, m)}`);
    for (const [name, s] of m.sections) console.log(`      section ${name.padEnd(22)} ${fmt(s).padStart(10)}`);
    console.log(`    disco-analyze … report locality ${fmt(m.cli).padStart(10)}  (process start, bundle load, text output included)`);
    console.log(`    a scan of every miss (no summary) ${fmt(m.floor).padStart(10)}`);
    console.log(`    ranking with GROUP BY instead   ${fmt(m.groupBy).padStart(10)}  (${(m.groupBy / (m.sections.get('hot-pages-missed') ?? 1)).toFixed(2)}× the hot-pages-missed section, which reads the recorder's page_miss sums)`);
  }
  const ratio = large.report / small.report;
  console.log(`\n  scaling: ${(large.events / small.events).toFixed(1)}× the events → ${ratio.toFixed(2)}× the report time`);
  console.log(`  report locality ≤ ${TARGET_SECONDS} s at ${large.events.toLocaleString('en-US')} events: in-process ${large.report <= TARGET_SECONDS ? 'yes' : 'no'}, CLI ${large.cli <= TARGET_SECONDS ? 'yes' : 'no'}`);
}

main();
