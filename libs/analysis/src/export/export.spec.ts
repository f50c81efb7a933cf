import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import type { TraceEvent } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { recordTrace, scratchDir, writeTrace } from '../testing/trace-fixtures';
import { exportCsv } from './export-csv';
import { exportParquet } from './export-parquet';
import { exportPerfetto, TID_MACHINE, type PerfettoEvent } from './export-perfetto';

let dir: string;
let cleanup: () => void;
let detailed: string;
let devices: string;

beforeAll(() => {
  ({ dir, cleanup } = scratchDir());
  detailed = recordTrace(dir, { name: 'x', model: 'hardware', hardware: { cpus: 4, durationUs: 400, sampleIntervalUs: 100, pattern: 'migratory', sharedKb: 64 } }, 'detailed', ['--level', 'detailed']);
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
    expect(JSON.parse(events[0]!['args'] as string)).toMatchObject({ scenario_name: 'x' });
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
});
