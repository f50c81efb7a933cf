import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import type { TraceEvent } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { recordTrace, scratchDir, writeTrace } from '../testing/trace-fixtures';
import { exportCsv } from './export-csv';
import { exportParquet } from './export-parquet';
import { exportPerfetto, PID_VCPUS, TID_MACHINE, TID_MONITOR, type PerfettoEvent } from './export-perfetto';

let dir: string;
let cleanup: () => void;
let detailed: string;
let devices: string;

beforeAll(() => {
  ({ dir, cleanup } = scratchDir());
  detailed = recordTrace(dir, { name: 'x', model: 'hardware', machine: { cpus: 4 }, hardware: { durationUs: 400, sampleIntervalUs: 100, pattern: 'migratory', sharedKb: 64 } }, 'detailed', ['--level', 'detailed']);
  // Devices the bare-machine scenarios do not drive yet: written by hand.
  const e = (tick: number, cpu: number, type: string, data: Record<string, unknown>) => ({ tick, cpu, node: cpu, vm: -1, type, data }) as unknown as Omit<TraceEvent, 'seq'>;
  devices = writeTrace(path.join(dir, 'devices.db'), [
    e(0, -1, 'RunStarted', { scenarioName: 'fixture', seed: 1, cpus: 2, nodes: 2, vms: 0, level: 'default' }),
    e(1_000_000, 0, 'IpiSent', { fromCpu: 0, toCpu: 1, vector: 3, latencyTicks: 900_000 }),
    e(5_000_000, -1, 'DiskRequestCompleted', { disk: 2, write: false, sector: 100, sectors: 8, machineAddress: 4096, queueTicks: 0, seekTicks: 1_000_000, rotationTicks: 1_000_000, transferTicks: 500_000 }),
    e(6_000_000, -1, 'DiskRequestCompleted', { disk: 2, write: true, sector: 900, sectors: 8, machineAddress: 8192, queueTicks: 2_000_000, seekTicks: 1_000_000, rotationTicks: 1_000_000, transferTicks: 500_000 }),
    e(7_000_000, -1, 'NicPacketTransferred', { fromNode: 0, toNode: 1, bytes: 1500, sourceAddress: 0, destinationAddress: 4096, latencyTicks: 3_000_000 }),
    e(7_500_000, -1, 'NicPacketTransferred', { fromNode: 0, toNode: 1, bytes: 1500, sourceAddress: 0, destinationAddress: 8192, latencyTicks: 3_000_000 }),
    e(8_000_000, -1, 'MissCountersReset', { pagesFlagged: 0, intervalTicks: 8_000_000 }),
    e(9_000_000, -1, 'RunFinished', { reason: 'duration', simTicks: 9_000_000 }),
  ]);
});
afterAll(() => cleanup());

function open<T>(file: string, action: (r: TraceReader) => T): T {
  const reader = TraceReader.open(file);
  try {
    return action(reader);
  } finally {
    reader.close();
  }
}

/** Row counts of the non-empty typed tables, from SQL. */
function tableCounts(file: string): Record<string, number> {
  return open(file, (r) => Object.fromEntries(r.eventCounts().filter((k) => k.count > 0).map((k) => [k.table, k.count])));
}

/** A whole file as the ArrayBuffer hyparquet reads. */
async function asyncBufferFromFile(file: string): Promise<ArrayBuffer> {
  const bytes = readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** A small RFC 4180 parser, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('export csv', () => {
  it('writes events.csv and one file per non-empty table, with every row', () => {
    const out = path.join(dir, 'csv');
    mkdirSync(out);
    const files = open(detailed, (r) => exportCsv(r, out));
    const counts = tableCounts(detailed);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(readdirSync(out).sort()).toEqual(['events.csv', ...Object.keys(counts).map((t) => `${t}.csv`)].sort());
    for (const f of files) {
      const rows = parseCsv(readFileSync(f.file, 'utf8'));
      expect(rows.length - 1).toBe(f.table === 'events' ? total : counts[f.table]);
      expect(f.rows).toBe(rows.length - 1);
    }
    const events = parseCsv(readFileSync(path.join(out, 'events.csv'), 'utf8'));
    expect(events[0]).toEqual(['seq', 'tick', 'kind', 'cpu', 'node', 'vm', 'args']);
    expect(JSON.parse(events[1]![6]!)).toMatchObject({ scenario_name: 'x' });
    const sample = open(detailed, (r) => r.query('SELECT * FROM counter_sample ORDER BY seq LIMIT 1'));
    const csv = parseCsv(readFileSync(path.join(out, 'counter_sample.csv'), 'utf8'));
    expect(csv[0]).toEqual(sample.columns);
    expect(csv[1]).toEqual(sample.rows[0]!.map(String));
  });
});

describe('export parquet', () => {
  it('writes files that a Parquet reader (hyparquet) reads back with the same rows and types', async () => {
    const out = path.join(dir, 'parquet');
    mkdirSync(out);
    const files = open(detailed, (r) => exportParquet(r, out));
    const counts = tableCounts(detailed);
    expect(files.map((f) => f.table).sort()).toEqual(['events', ...Object.keys(counts)].sort());
    for (const f of files) {
      const file = await asyncBufferFromFile(f.file);
      const meta = await parquetMetadataAsync(file);
      expect(Number(meta.num_rows)).toBe(f.rows);
    }
    const file = await asyncBufferFromFile(path.join(out, 'cache_missed.parquet'));
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const expected = open(detailed, (r) => r.query('SELECT seq, machine_address, latency_ticks FROM cache_missed ORDER BY seq'));
    expect(rows.map((row) => [Number(row['seq']), Number(row['machine_address']), Number(row['latency_ticks'])])).toEqual(expected.rows);
    const events = (await parquetReadObjects({ file: await asyncBufferFromFile(path.join(out, 'events.parquet')), rowEnd: 1 })) as Record<string, unknown>[];
    expect(events[0]).toMatchObject({ kind: 'RunStarted' });
    // A JSON column decodes to the document itself, not to a string holding it.
    expect(events[0]!['args']).toMatchObject({ scenario_name: 'x' });
  });
});

describe('export perfetto', () => {
  function exported(file: string, name: string): { json: { traceEvents: PerfettoEvent[]; otherData: Record<string, unknown> }; events: PerfettoEvent[] } {
    const out = path.join(dir, `${name}.json`);
    const written = open(file, (r) => exportPerfetto(r, out));
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.traceEvents).toHaveLength(written);
    return { json, events: json.traceEvents };
  }

  /** Checks what the trace-event format requires of every event. */
  function expectWellFormed(events: readonly PerfettoEvent[]): void {
    const named = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => `${e.pid}/${e.tid}`));
    for (const e of events) {
      expect(typeof e.name).toBe('string');
      expect(['M', 'X', 'i', 'b', 'e', 'C']).toContain(e.ph);
      expect(Number.isFinite(e.ts) && e.ts >= 0).toBe(true);
      if (e.ph === 'X') expect(e.dur).toBeGreaterThanOrEqual(0);
      if (e.ph === 'X' || e.ph === 'i' || e.ph === 'b') expect(named.has(`${e.pid}/${e.tid}`)).toBe(true);
    }
    // Async slices: every begin has its end, later.
    const begins = new Map(events.filter((e) => e.ph === 'b').map((e) => [`${e.cat}/${e.id}`, e.ts]));
    const ends = events.filter((e) => e.ph === 'e');
    expect(ends.length).toBe(begins.size);
    for (const e of ends) expect(e.ts).toBeGreaterThanOrEqual(begins.get(`${e.cat}/${e.id}`)!);
  }

  it('turns misses into slices on per-CPU tracks and counter samples into counter tracks', () => {
    const { json, events } = exported(detailed, 'detailed');
    expectWellFormed(events);
    const counts = tableCounts(detailed);
    expect(events.filter((e) => e.ph === 'X' && e.cat === 'cache')).toHaveLength(counts['cache_missed']!);
    expect(events.filter((e) => e.ph === 'X' && e.cat === 'tlb')).toHaveLength(counts['tlb_missed'] ?? 0);
    expect(events.filter((e) => e.ph === 'C')).toHaveLength(3 * counts['counter_sample']!);
    expect(json.otherData).toMatchObject({ scenario: 'x', level: 'detailed' });
    // Slices on one CPU's miss track never overlap (so they nest trivially).
    for (let cpu = 0; cpu < 4; cpu++) {
      const slices = events.filter((e) => e.ph === 'X' && e.cat === 'cache' && e.tid === cpu).sort((a, b) => a.ts - b.ts);
      for (let i = 1; i < slices.length; i++) expect(slices[i]!.ts).toBeGreaterThanOrEqual(slices[i - 1]!.ts + slices[i - 1]!.dur! - 1e-6);
    }
  });

  it('shows IPIs, disk requests and NIC packets as async slices, and global events on the machine track', () => {
    const { events } = exported(devices, 'devices');
    expectWellFormed(events);
    const ipi = events.filter((e) => e.cat === 'ipi');
    expect(ipi.map((e) => e.ph).sort()).toEqual(['b', 'e', 'i']);
    expect(ipi.find((e) => e.ph === 'e')!.ts - ipi.find((e) => e.ph === 'b')!.ts).toBeCloseTo(0.9);
    const disk = events.filter((e) => e.cat === 'disk' && e.ph === 'b');
    expect(disk.map((e) => [e.tid, e.ts])).toEqual([[2, 2.5], [2, 3.5]]);
    const nic = events.filter((e) => e.cat === 'nic' && e.ph === 'b');
    expect(nic.map((e) => e.ts)).toEqual([4, 4.5]);
    expect(events.find((e) => e.name === 'miss counters reset')).toMatchObject({ ph: 'i', s: 'g', tid: TID_MACHINE });
    expect(events.find((e) => e.name === 'RunFinished')).toMatchObject({ ph: 'i', tid: TID_MACHINE, args: { reason: 'duration' } });
  });

  it('shows the monitor\'s actions as slices on per-CPU monitor tracks, and VCPU residencies as slices per physical CPU', () => {
    const e = (tick: number, cpu: number, vm: number, type: string, data: Record<string, unknown>) => ({ tick, cpu, node: cpu, vm, type, data }) as unknown as Omit<TraceEvent, 'seq'>;
    const sched = (tick: number, cpu: number, vm: number, vcpu: number, reason: number) =>
      e(tick, cpu, vm, 'VcpuScheduled', { vcpu, previousVm: -1, previousVcpu: -1, reason, runnableWaiting: 0, quantumTicks: 0, switchTicks: 1000 });
    const file = writeTrace(path.join(dir, 'monitor.db'), [
      e(0, -1, -1, 'RunStarted', { scenarioName: 'fixture', seed: 1, cpus: 2, nodes: 2, vms: 2, level: 'default' }),
      e(0, -1, 0, 'VmCreated', { vcpus: 1, physicalPages: 16, homeCpus: [0], disks: 0 }),
      e(0, -1, 1, 'VmCreated', { vcpus: 1, physicalPages: 16, homeCpus: [1], disks: 0 }),
      sched(0, 0, 0, 0, 1),
      sched(0, 1, 1, 0, 1),
      e(2_000_000, 0, 0, 'PageMigrated', { oldMachinePage: 5, newMachinePage: 9, fromNode: 1, toNode: 0, nodeMisses: [3, 1], latencyTicks: 700_000 }),
      e(3_000_000, 1, 1, 'CowBroken', { vcpu: 0, physicalPage: 2, oldMachinePage: 7, newMachinePage: 11, sharersLeft: 1, latencyTicks: 400_000 }),
      e(3_100_000, 1, 1, 'ShootdownSent', { machinePage: 7, reason: 4, vcpus: 1, ipis: 0, costTicks: 50_000 }),
      sched(4_000_000, 0, 1, 0, 2),
      e(9_000_000, -1, -1, 'RunFinished', { reason: 'duration', simTicks: 9_000_000 }),
    ]);
    const { events } = exported(file, 'monitor');
    expectWellFormed(events);
    const monitor = events.filter((x) => x.cat === 'monitor');
    expect(monitor).toHaveLength(3);
    expect(new Set(monitor.map((x) => `${x.name}@${x.tid}@${x.ts}@${x.dur}`))).toEqual(
      new Set([`migrate page@${TID_MONITOR}@2@0.7`, `break COW@${TID_MONITOR + 1}@3@0.4`, `shootdown@${TID_MONITOR + 1}@3.1@0.05`]),
    );
    // VCPU residencies: cpu 0 ran vm 0 until vm 1's VCPU came at 4 µs, then to the end (9 µs); cpu 1 ran vm 1 throughout.
    const vcpus = events.filter((x) => x.cat === 'vcpu' && x.pid === PID_VCPUS).map((x) => [x.tid, x.name, x.ts, x.dur]);
    expect(new Set(vcpus.map((v) => v.join('@')))).toEqual(new Set([[0, 'vm 0 vcpu 0', 0, 4], [0, 'vm 1 vcpu 0', 4, 5], [1, 'vm 1 vcpu 0', 0, 9]].map((v) => v.join('@'))));
  });
});
