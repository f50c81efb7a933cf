import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TraceEvent } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { installAnalysisViews } from './analysis-views';
import { REPORTS } from './report-catalog';
import { placementModelOf } from './placement/placement-model';
import { reportIsAbsent, runReport, type ReportResult, type SectionResult } from './run-report';
import { recordTrace, scratchDir, writeTrace } from './testing/trace-fixtures';

let dir: string;
let cleanup: () => void;
const traces: Record<string, string> = {};

beforeAll(() => {
  ({ dir, cleanup } = scratchDir());
  // Long enough for migratory pages to cross the hot-page threshold (the first at ≈1.4 ms).
  const hw = (pattern: string, extra: Record<string, unknown> = {}) => ({
    name: `t-${pattern}`,
    model: 'hardware',
    machine: { cpus: 8 },
    hardware: { durationUs: 2500, sampleIntervalUs: 250, pattern, ...extra },
  });
  traces['private'] = recordTrace(dir, hw('private'), 'private');
  traces['migratory'] = recordTrace(dir, hw('migratory', { sharedKb: 64, burstReferences: 32 }), 'migratory');
  traces['migratoryDetailed'] = recordTrace(dir, hw('migratory', { sharedKb: 64, burstReferences: 32 }), 'migratory-detailed', ['--level', 'detailed']);
  // Disco with migration and replication on (the monitor's page decisions); 40 ms simulated, ≈2 s to record.
  traces['numa'] = recordTrace(dir, path.join(__dirname, '../../../traces/scenarios/disco-numa-synthetic.json'), 'numa');
  traces['synthetic'] = recordTrace(dir, { name: 'syn', model: 'synthetic', synthetic: { workers: 2, meanWorkNs: 1000, messageProbability: 0.3, messageLatencyNs: 900, durationMs: 0.2 } }, 'synthetic');
});
afterAll(() => cleanup());

function withReader<T>(file: string, action: (reader: TraceReader) => T): T {
  const reader = TraceReader.open(file);
  try {
    return action(reader);
  } finally {
    reader.close();
  }
}

/** The placement cost model the policy and decisions reports price with (disco-analyze derives it from the scenario). */
const PLACEMENT = {
  policy: 'disco',
  model: placementModelOf({
    nodes: 8, pageBytes: 4096, clockMhz: 400, cyclesPerInstruction: 1, l2LineBytes: 128, localMissTicks: 300_000, remoteMissTicks: 900_000, ipiLatencyTicks: 900_000,
    trapEntryExitTicks: 100_000, pageMoveBookkeepingTicks: 1_000_000, shootdownPerVcpuTicks: 100_000, migration: true, replication: true,
    hotPageThresholdMisses: 128, missCounterResetTicks: 100_000_000, migrateSharePercent: 80, replicateMinMisses: 32, replicateMinReaders: 2,
    moveLimit: 4, minMoveIntervalTicks: 1_000_000_000, moveThawTicks: 0,
  }),
};

function run(file: string, report: string, top = 10): ReportResult {
  return withReader(file, (reader) => runReport(reader, report, { top, placement: PLACEMENT }));
}

function section(result: ReportResult, name: string): SectionResult {
  const s = result.sections.find((x) => x.name === name);
  if (!s) throw new Error(`no section ${name}`);
  return s;
}

/** Rows as objects. */
function objects(s: SectionResult): Record<string, unknown>[] {
  return s.rows.map((row) => Object.fromEntries(s.columns.map((c, i) => [c.name, row[i]])));
}

function sql<T = Record<string, unknown>>(file: string, query: string): T[] {
  return withReader(file, (reader) => {
    const r = reader.query(query);
    return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]]))) as T[];
  });
}

describe('report catalog', () => {
  it('documents every output column of every section (run on traces that have the data)', () => {
    for (const report of REPORTS) {
      for (const file of [traces['migratoryDetailed']!, traces['migratory']!]) {
        for (const s of run(file, report.name).sections.filter((x) => x.status !== 'absent')) {
          const undocumented = s.columns.filter((c) => !c.doc).map((c) => c.name);
          expect({ section: `${report.name}/${s.name}`, undocumented }).toEqual({ section: `${report.name}/${s.name}`, undocumented: [] });
        }
      }
    }
  });

  it('declares charts, keys and requirements that name real columns and tables', () => {
    for (const report of REPORTS) {
      const result = run(traces['migratoryDetailed']!, report.name);
      for (const s of result.sections) {
        const names = s.columns.map((c) => c.name);
        if (s.status === 'absent') continue;
        for (const chart of s.charts) expect([chart.x ?? names[0], ...chart.y].filter((c) => !names.includes(c!))).toEqual([]);
        expect(s.keys.filter((k) => !names.includes(k))).toEqual([]);
      }
    }
  });
});

describe('locality', () => {
  it('local + remote equals the misses in counter_sample, in total and per CPU', () => {
    for (const file of [traces['private']!, traces['migratory']!]) {
      const result = run(file, 'locality');
      const [summary] = objects(section(result, 'summary'));
      const [expected] = sql(file, 'SELECT sum(misses_local) AS l, sum(misses_remote) AS r, count(DISTINCT cpu) AS cpus FROM counter_sample');
      expect(summary!['misses_local']).toBe(expected!['l']);
      expect(summary!['misses_remote']).toBe(expected!['r']);
      expect(summary!['misses']).toBe((expected!['l'] as number) + (expected!['r'] as number));
      expect(summary!['cpus']).toBe(expected!['cpus']);
      expect(summary!['local_pct']).toBeCloseTo((100 * (expected!['l'] as number)) / ((expected!['l'] as number) + (expected!['r'] as number)), 1);

      const perCpu = sql(file, 'SELECT cpu, sum(misses_local) AS misses_local, sum(misses_remote) AS misses_remote FROM counter_sample GROUP BY cpu ORDER BY cpu');
      expect(objects(section(result, 'by-cpu')).map((r) => ({ cpu: r['cpu'], misses_local: r['misses_local'], misses_remote: r['misses_remote'] }))).toEqual(perCpu);
    }
  });

  it('shows a higher local share for private data than for migratory data', () => {
    const share = (file: string) => objects(section(run(file, 'locality'), 'summary'))[0]!['local_pct'] as number;
    expect(share(traces['private']!)).toBeGreaterThan(90);
    expect(share(traces['private']!)).toBeGreaterThan(share(traces['migratory']!));
  });

  it('ranks the hottest pages from every miss at the detailed level, and says the data is absent at the default level', () => {
    const file = traces['migratoryDetailed']!;
    const missed = section(run(file, 'locality', 3), 'hot-pages-missed');
    expect(missed.status).toBe('ok');
    expect(missed.rows).toHaveLength(3);
    const expected = sql(file, 'SELECT machine_address / 4096 AS page, count(*) AS n, sum(node = home_node) AS local FROM cache_missed GROUP BY page ORDER BY n DESC, page LIMIT 3');
    expect(objects(missed).map((r) => [r['machine_page'], r['misses'], r['misses_local']])).toEqual(expected.map((e) => [e['page'], e['n'], e['local']]));
    const atDefault = section(run(traces['migratory']!, 'locality'), 'hot-pages-missed');
    expect(atDefault).toMatchObject({ status: 'absent', rows: [] });
    expect(atDefault.note).toMatch(/--level detailed/);
  });

  it('ranks pages by hot-page interrupts with the counters they carried', () => {
    const file = traces['migratory']!;
    const flagged = objects(section(run(file, 'locality', 100), 'hot-pages-flagged'));
    const expected = sql(file, 'SELECT machine_page, count(*) AS n FROM hot_page_flagged GROUP BY machine_page');
    expect(flagged.length).toBe(expected.length);
    expect(flagged.reduce((s, r) => s + (r['interrupts'] as number), 0)).toBe(expected.reduce((s, r) => s + (r['n'] as number), 0));
  });

  it('computes exact values on a hand-written trace', () => {
    const sample = (cpu: number, local: number, remote: number): Omit<TraceEvent, 'seq'> => ({
      tick: 1_000_000, cpu, node: cpu, vm: -1, type: 'CounterSample',
      data: {
        intervalTicks: 1_000_000, instructions: 10, cycles: 10, stallLocalTicks: local * 300_000, stallRemoteTicks: remote * 900_000, stallL2HitTicks: 0,
        exceptionTicks: 0, idleTicks: 0, tlbMisses: 0, l1iMisses: 0, l1dMisses: 0, missesLocal: local, missesRemote: remote, threeHopMisses: 0, upgrades: 0, invalidationsReceived: 0,
      },
    });
    const file = writeTrace(path.join(dir, 'exact.db'), [sample(0, 3, 1), sample(1, 0, 4)], { simTicks: 1_000_000 });
    const result = run(file, 'locality');
    expect(objects(section(result, 'summary'))[0]).toMatchObject({ cpus: 2, misses_local: 3, misses_remote: 5, misses: 8, local_pct: 37.5, stall_local_us: 0.9, stall_remote_us: 4.5 });
    expect(objects(section(result, 'by-cpu')).map((r) => r['local_pct'])).toEqual([75, 0]);
    expect(section(result, 'hot-pages-flagged').status).toBe('empty');
  });
});

describe('hot-pages', () => {
  it('lists every hot-page interrupt with its provenance, in seq order', () => {
    const file = traces['migratory']!;
    const events = objects(section(run(file, 'hot-pages'), 'events'));
    const flags = sql(file, 'SELECT seq, machine_page, trigger_node, node_misses, threshold FROM hot_page_flagged ORDER BY seq');
    expect(flags.length).toBeGreaterThan(0);
    expect(events.map((e) => [e['seq'], e['event'], e['machine_page'], e['node'], e['node_misses'], e['threshold']])).toEqual(
      flags.map((f) => [f['seq'], 'hot-page-flagged', f['machine_page'], f['trigger_node'], f['node_misses'], f['threshold']]),
    );
    for (const e of events) {
      const counters = JSON.parse(e['node_misses'] as string) as number[];
      expect(e['counted']).toBe(counters.reduce((a, b) => a + b, 0));
      expect(e['nodes_missing']).toBe(counters.filter((c) => c > 0).length);
      expect(counters[e['node'] as number]).toBeGreaterThanOrEqual(e['threshold'] as number);
    }
  });

  it('gives the rate per simulated second and the split by home node', () => {
    const file = traces['migratory']!;
    const result = run(file, 'hot-pages');
    const [{ n, seconds }] = sql<{ n: number; seconds: number }>(file, 'SELECT (SELECT count(*) FROM hot_page_flagged) AS n, sim_ticks / 1e12 AS seconds FROM run');
    const [rate] = objects(section(result, 'rate'));
    expect(rate).toMatchObject({ event: 'hot-page-flagged', events: n });
    expect(rate!['per_second']).toBeCloseTo(n / seconds, 0);
    const byNode = objects(section(result, 'by-node'));
    expect(byNode.reduce((s, r) => s + (r['interrupts'] as number), 0)).toBe(n);
    for (const r of byNode) expect((r['by_home_node'] as number) + (r['by_other_nodes'] as number)).toBe(r['interrupts']);
  });

  it("bands every remote miss by its counter cell (page, node, reset interval) against the threshold, and the model's interrupts come from the top band", () => {
    const file = traces['migratoryDetailed']!;
    const rows = objects(section(run(file, 'hot-pages'), 'coverage'));
    const [settings] = sql<{ threshold: number; reset_us: number }>(
      file,
      "SELECT json_extract(scenario_json, '$.machine.hotPageThresholdMisses') AS threshold, json_extract(scenario_json, '$.machine.missCounterResetUs') AS reset_us FROM run",
    );
    const { threshold, reset_us: resetUs } = settings!;
    // The cells, counted here from every miss (the run has no phase events: its window is the whole run).
    const cells = new Map<string, { misses: number; remote: number }>();
    for (const m of sql<{ page: number; node: number; home: number; tick: number }>(file, 'SELECT machine_address / 4096 AS page, node, home_node AS home, tick FROM cache_missed')) {
      const key = `${m.page}/${m.node}/${Math.floor(m.tick / (resetUs * 1e6))}`;
      const c = cells.get(key) ?? { misses: 0, remote: 0 };
      c.misses++;
      if (m.node !== m.home) c.remote++;
      cells.set(key, c);
    }
    const bandOf = (misses: number) => (misses >= threshold ? 4 : misses * 2 >= threshold ? 3 : misses * 4 >= threshold ? 2 : 1);
    const expected = [1, 2, 3, 4].map((band) => {
      const inBand = [...cells.values()].filter((c) => c.remote > 0 && bandOf(c.misses) === band);
      return { band, cells: inBand.length, remote: inBand.reduce((n, c) => n + c.remote, 0) };
    }).filter((b) => b.cells > 0);
    expect(rows.map((r) => [Number(String(r['band'])[0]), r['cells'], r['remote_misses'], r['threshold']])).toEqual(expected.map((b) => [b.band, b.cells, b.remote, threshold]));
    const remote = expected.reduce((n, b) => n + b.remote, 0);
    expect(rows.reduce((n, r) => n + (r['remote_pct'] as number), 0)).toBeCloseTo(100, 0);
    // Migratory bursts make pages hot from other nodes: some cells reach the threshold, and each interrupt raised by
    // another node's misses is one of them (no monitor here, so no move clears a counter).
    const flagged = sql<{ page: number; node: number; tick: number }>(file, 'SELECT machine_page AS page, trigger_node AS node, tick FROM hot_page_flagged WHERE trigger_node <> home_node');
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) expect(bandOf(cells.get(`${f.page}/${f.node}/${Math.floor(f.tick / (resetUs * 1e6))}`)?.misses ?? 0)).toBe(4);
    expect(remote).toBe(sql<{ n: number }>(file, 'SELECT count(*) AS n FROM cache_missed WHERE node <> home_node')[0]!.n);
    expect(section(run(traces['migratory']!, 'hot-pages'), 'coverage')).toMatchObject({ status: 'absent', rows: [] });
    // The settings come from the trace's scenario, which a trace may carry damaged: no rows, and the note says why, not an SQL error.
    const damaged = path.join(dir, 'coverage-damaged.db');
    copyFileSync(file, damaged);
    const db = new Database(damaged);
    db.prepare("UPDATE run SET scenario_json = '{not json'").run();
    db.close();
    const none = section(run(damaged, 'hot-pages'), 'coverage');
    expect(none).toMatchObject({ status: 'empty', rows: [] });
    expect(none.note).toMatch(/no positive hot-page threshold/);
  });

  it('counts the rate over the measured window only: its events divided by its length', () => {
    const at = (tick: number, type: string, data: Record<string, unknown>): Omit<TraceEvent, 'seq'> => ({ tick, cpu: 0, node: 0, vm: -1, type, data }) as unknown as Omit<TraceEvent, 'seq'>;
    const sample = at(1_000_000, 'CounterSample', {
      intervalTicks: 1_000_000, instructions: 10, cycles: 10, stallLocalTicks: 0, stallRemoteTicks: 0, stallL2HitTicks: 0, exceptionTicks: 0, idleTicks: 0,
      tlbMisses: 0, l1iMisses: 0, l1dMisses: 0, missesLocal: 1, missesRemote: 0, threeHopMisses: 0, upgrades: 0, invalidationsReceived: 0,
    });
    const migrated = (tick: number, page: number, latencyTicks: number) =>
      at(tick, 'PageMigrated', {
        oldMachinePage: page, newMachinePage: page + 100, fromNode: 0, toNode: 1, nodeMisses: [0, 9], dominantSharePercent: 100, migrateThresholdPercent: 80,
        moves: 1, moveLimit: 4, mappers: 1, tlbEntriesInvalidated: 0, l2tlbEntriesInvalidated: 0, ipis: 0, copyTicks: 0, latencyTicks,
      });
    const phase = (tick: number, p: string) => at(tick, 'WorkloadPhaseChanged', { workload: 'w', phase: p, processes: 1 });
    // Window from 2 µs to 6 µs of a 10 µs run; one migration before it, two inside, one after.
    const file = writeTrace(
      path.join(dir, 'window-rate.db'),
      [sample, migrated(1_500_000, 1, 9_000_000), phase(2_000_000, 'booted'), migrated(3_000_000, 2, 1_000_000), migrated(5_000_000, 3, 3_000_000), phase(6_000_000, 'finished'), migrated(8_000_000, 4, 9_000_000)],
      { simTicks: 10_000_000 },
    );
    const rate = new Map(objects(section(run(file, 'hot-pages'), 'rate')).map((r) => [r['event'], r]));
    // 2 events in 4 µs: 500,000 per second; their mean latency (1 µs + 3 µs) / 2.
    expect(rate.get('migrated')).toMatchObject({ events: 2, pages: 2, per_second: 500_000, mean_latency_us: 2, window_ms: 0.004 });
  });

  it("joins the monitor's migrations, replications, collapses and declines, with Table 3's rate and mean latency", () => {
    const file = traces['numa']!;
    const result = run(file, 'hot-pages');
    const rate = new Map(objects(section(result, 'rate')).map((r) => [r['event'], r]));
    const [seconds] = sql<{ s: number }>(file, 'SELECT sim_ticks / 1e12 AS s FROM run');
    for (const [event, table] of [['migrated', 'page_migrated'], ['replicated', 'page_replicated'], ['replica-collapsed', 'replica_collapsed'], ['migration-declined', 'migration_declined']]) {
      const [expected] = sql<{ n: number; latency: number | null }>(file, `SELECT count(*) AS n, avg(${table === 'migration_declined' ? 'NULL' : 'latency_ticks'}) / 1e6 AS latency FROM ${table}`);
      expect(rate.get(event)).toMatchObject({ events: expected!.n });
      expect(rate.get(event)!['per_second']).toBeCloseTo(expected!.n / seconds!.s, 0);
      if (expected!.latency !== null) expect(rate.get(event)!['mean_latency_us']).toBeCloseTo(expected!.latency, 2);
    }
    expect(rate.get('migrated')!['events']).toBeGreaterThan(0);
    const events = objects(section(result, 'events'));
    const seqs = events.map((e) => e['seq'] as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const migration = events.find((e) => e['event'] === 'migrated')!;
    const [row] = sql(file, `SELECT old_machine_page, from_node, to_node, node_misses FROM page_migrated WHERE seq = ${migration['seq']}`);
    expect([migration['machine_page'], migration['home_node'], migration['node'], migration['node_misses']]).toEqual([row!['old_machine_page'], row!['from_node'], row!['to_node'], row!['node_misses']]);
  });

  it('reports zero interrupts as a measurement when the machine ran, with the empty sections said in words', () => {
    const hotPageRows = sql<{ n: number }>(traces['private']!, 'SELECT count(*) AS n FROM hot_page_flagged')[0]!.n;
    const result = run(traces['private']!, 'hot-pages');
    expect(objects(section(result, 'rate'))[0]).toMatchObject({ events: hotPageRows });
    if (hotPageRows === 0) {
      expect(section(result, 'events')).toMatchObject({ status: 'empty' });
      expect(section(result, 'events').note).toMatch(/threshold/);
    }
  });
});

describe('absent data', () => {
  it('says which events are missing instead of printing zeros', () => {
    for (const report of REPORTS) {
      const result = run(traces['synthetic']!, report.name);
      expect(reportIsAbsent(result)).toBe(true);
      for (const s of result.sections) {
        expect(s.rows).toEqual([]);
        // Each names the event kind it lacks, e.g. 'no CounterSample events'.
        expect(s.note).toMatch(/\bno [A-Z][A-Za-z]+\b/);
      }
    }
  });

  it('defines the analysis views on the connection only: the file is untouched and the views are queryable', () => {
    withReader(traces['migratory']!, (reader) => {
      expect(installAnalysisViews(reader)).toEqual(expect.arrayContaining(['run_clock', 'cpu_counters', 'page_event']));
      expect(reader.query('SELECT count(*) FROM page_event').rows[0]![0]).toBe(reader.query('SELECT count(*) FROM hot_page_flagged').rows[0]![0]);
      expect(reader.hasTable('page_event')).toBe(false);
    });
  });
});
