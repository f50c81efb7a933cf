import { closeSync, openSync, writeSync } from 'node:fs';
import type { TraceReader } from '@disco/trace-store';
import { exportTables, type ExportTable } from './export-tables';

/**
 * Chrome trace-event JSON (the format ui.perfetto.dev and chrome://tracing
 * open): https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
 *
 * Tracks: process 1 "machine" has a thread per CPU (L2 misses as slices at
 * the CPU-local time they stalled, hot pages, IPIs and other events as
 * instants), a "cpu N TLB" thread per CPU (TLB exceptions as slices) and a
 * "machine" thread for events of no CPU; counter tracks per CPU from
 * CounterSample; process 2 "disks" and process 3 "network" hold requests and
 * packets as async slices (they overlap). Timestamps are µs (ticks / 1e6).
 */
export interface PerfettoEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly pid: number;
  readonly tid?: number;
  readonly dur?: number;
  readonly s?: string;
  readonly cat?: string;
  readonly id?: string;
  readonly args?: Record<string, unknown>;
}

export const PID_MACHINE = 1;
export const PID_DISKS = 2;
export const PID_NETWORK = 3;
/** Thread of events that concern no CPU. */
export const TID_MACHINE = 100_000;
/** TLB exceptions of CPU n are on thread TID_TLB + n (they may overlap the miss slices). */
export const TID_TLB = 200_000;

const us = (ticks: number) => ticks / 1e6;
const cacheMissKinds = ['unspecified', 'read', 'write', 'upgrade', 'ifetch'];
const tlbMissKinds = ['unspecified', 'refill', 'invalid', 'modified'];

type Row = Record<string, unknown>;
type Emit = (event: PerfettoEvent) => void;

/** Per-kind translation of a typed table's rows into trace events. */
const TRANSLATORS: Record<string, (r: Row, emit: Emit) => void> = {
  cache_missed: (r, emit) => {
    const local = r['home_node'] === r['node'];
    emit({
      name: `L2 ${cacheMissKinds[r['kind'] as number] ?? 'miss'} ${local ? 'local' : 'remote'}`,
      ph: 'X',
      cat: 'cache',
      ts: us(r['local_ticks'] as number),
      dur: us(r['latency_ticks'] as number),
      pid: PID_MACHINE,
      tid: r['cpu'] as number,
      args: { address: `0x${(r['machine_address'] as number).toString(16)}`, home_node: r['home_node'], hops: r['hops'], from_cache: r['from_cache'], invalidations: r['invalidations'], queue_ticks: r['queue_ticks'] },
    });
  },
  tlb_missed: (r, emit) => {
    emit({
      name: `TLB ${tlbMissKinds[r['kind'] as number] ?? 'miss'}`,
      ph: 'X',
      cat: 'tlb',
      ts: us(r['local_ticks'] as number),
      dur: us(r['handler_ticks'] as number),
      pid: PID_MACHINE,
      tid: TID_TLB + (r['cpu'] as number),
      args: { virtual_address: `0x${(r['virtual_address'] as number).toString(16)}`, asid: r['asid'], write: r['write'] },
    });
  },
  hot_page_flagged: (r, emit) => {
    emit({
      name: `hot page ${r['machine_page']}`,
      ph: 'i',
      s: 't',
      cat: 'numa',
      ts: us(r['tick'] as number),
      pid: PID_MACHINE,
      tid: r['cpu'] as number,
      args: { machine_page: r['machine_page'], home_node: r['home_node'], trigger_node: r['trigger_node'], threshold: r['threshold'], node_misses: JSON.parse(r['node_misses'] as string) },
    });
  },
  miss_counters_reset: (r, emit) => {
    emit({ name: 'miss counters reset', ph: 'i', s: 'g', cat: 'numa', ts: us(r['tick'] as number), pid: PID_MACHINE, tid: TID_MACHINE, args: { pages_flagged: r['pages_flagged'] } });
  },
  ipi_sent: (r, emit) => {
    const id = `ipi-${r['seq']}`;
    const args = { from_cpu: r['from_cpu'], to_cpu: r['to_cpu'], vector: r['vector'] };
    const start = us(r['tick'] as number);
    emit({ name: `IPI → cpu ${r['to_cpu']}`, ph: 'b', cat: 'ipi', id, ts: start, pid: PID_MACHINE, tid: r['from_cpu'] as number, args });
    emit({ name: `IPI → cpu ${r['to_cpu']}`, ph: 'e', cat: 'ipi', id, ts: start + us(r['latency_ticks'] as number), pid: PID_MACHINE, tid: r['from_cpu'] as number });
    emit({ name: `IPI from cpu ${r['from_cpu']}`, ph: 'i', s: 't', cat: 'ipi', ts: start + us(r['latency_ticks'] as number), pid: PID_MACHINE, tid: r['to_cpu'] as number, args });
  },
  disk_request_completed: (r, emit) => {
    const id = `disk-${r['seq']}`;
    const service = (r['seek_ticks'] as number) + (r['rotation_ticks'] as number) + (r['transfer_ticks'] as number);
    const end = us(r['tick'] as number);
    const name = `${r['write'] ? 'write' : 'read'} ${r['sectors']} sectors`;
    const args = { sector: r['sector'], sectors: r['sectors'], queue_ticks: r['queue_ticks'], seek_ticks: r['seek_ticks'], rotation_ticks: r['rotation_ticks'], transfer_ticks: r['transfer_ticks'] };
    emit({ name, ph: 'b', cat: 'disk', id, ts: end - us(service), pid: PID_DISKS, tid: r['disk'] as number, args });
    emit({ name, ph: 'e', cat: 'disk', id, ts: end, pid: PID_DISKS, tid: r['disk'] as number });
  },
  nic_packet_transferred: (r, emit) => {
    const id = `nic-${r['seq']}`;
    const end = us(r['tick'] as number);
    const name = `${r['bytes']} B → node ${r['to_node']}`;
    emit({ name, ph: 'b', cat: 'nic', id, ts: end - us(r['latency_ticks'] as number), pid: PID_NETWORK, tid: r['from_node'] as number, args: { from_node: r['from_node'], to_node: r['to_node'], bytes: r['bytes'] } });
    emit({ name, ph: 'e', cat: 'nic', id, ts: end, pid: PID_NETWORK, tid: r['from_node'] as number });
  },
  counter_sample: (r, emit) => {
    const ts = us((r['tick'] as number) - (r['interval_ticks'] as number));
    const cpu = r['cpu'] as number;
    emit({ name: `cpu ${cpu} L2 misses`, ph: 'C', ts, pid: PID_MACHINE, args: { local: r['misses_local'], remote: r['misses_remote'] } });
    emit({
      name: `cpu ${cpu} stall µs`,
      ph: 'C',
      ts,
      pid: PID_MACHINE,
      args: { local: us(r['stall_local_ticks'] as number), remote: us(r['stall_remote_ticks'] as number), l2_hit: us(r['stall_l2_hit_ticks'] as number) },
    });
    emit({ name: `cpu ${cpu} TLB misses`, ph: 'C', ts, pid: PID_MACHINE, args: { tlb: r['tlb_misses'] } });
  },
};

/** Any other kind: an instant on its CPU's thread (or the machine thread), with its payload as args. */
function genericInstant(kind: string, r: Row, emit: Emit): void {
  const cpu = r['cpu'] as number;
  const args: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!['seq', 'tick', 'cpu', 'node', 'vm'].includes(k)) args[k] = v;
  emit({ name: kind, ph: 'i', s: cpu < 0 ? 'g' : 't', ts: us(r['tick'] as number), pid: PID_MACHINE, tid: cpu < 0 ? TID_MACHINE : cpu, args });
}

/** Writes the trace as Chrome trace-event JSON to `file`; returns the number of trace events written. */
export function exportPerfetto(reader: TraceReader, file: string, onRows?: (rows: number) => void): number {
  const fd = openSync(file, 'w');
  let written = 0;
  let chunk = '';
  const emit: Emit = (event) => {
    chunk += `${written === 0 ? '' : ',\n'}${JSON.stringify(event)}`;
    written++;
    if (chunk.length >= 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  };
  try {
    writeSync(fd, `{"displayTimeUnit":"ns","otherData":${JSON.stringify(otherData(reader))},"traceEvents":[\n`);
    for (const event of metadata(reader)) emit(event);
    let rows = 0;
    for (const table of exportTables(reader).filter((t) => t.name !== 'events')) {
      rows += translateTable(reader, table, emit);
      onRows?.(rows);
    }
    writeSync(fd, `${chunk}\n]}\n`);
  } finally {
    closeSync(fd);
  }
  return written;
}

function translateTable(reader: TraceReader, table: ExportTable, emit: Emit): number {
  const kind = reader.query('SELECT name FROM event_kind WHERE table_name = ?', [table.name]).rows[0]?.[0] as string;
  const translate = TRANSLATORS[table.name] ?? ((r: Row, e: Emit) => genericInstant(kind, r, e));
  const { columns, rows } = reader.iterate(table.sql);
  let n = 0;
  for (const values of rows) {
    const row: Row = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    translate(row, emit);
    n++;
  }
  return n;
}

function otherData(reader: TraceReader): Record<string, unknown> {
  const r = reader.run;
  return { scenario: r.scenarioName, seed: r.seed, level: r.level, status: r.status, model_version: r.modelVersion, final_hash: r.finalHash };
}

/** Names for the processes and threads, so the UI labels the tracks. */
function metadata(reader: TraceReader): PerfettoEvent[] {
  const r = reader.run;
  const events: PerfettoEvent[] = [
    { name: 'process_name', ph: 'M', ts: 0, pid: PID_MACHINE, args: { name: `machine: ${r.scenarioName} (seed ${r.seed})` } },
    { name: 'process_name', ph: 'M', ts: 0, pid: PID_DISKS, args: { name: 'disks' } },
    { name: 'process_name', ph: 'M', ts: 0, pid: PID_NETWORK, args: { name: 'network' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_MACHINE, args: { name: 'machine' } },
  ];
  // The machine's CPUs, and any CPU a low-volume table names (per-miss tables name no others).
  let maxCpu = ((reader.query('SELECT max(cpus) - 1 FROM run_started').rows[0]?.[0] as number | null) ?? -1);
  for (const table of exportTables(reader).filter((t) => t.name !== 'events' && t.rows < 100_000)) {
    maxCpu = Math.max(maxCpu, (reader.query(`SELECT max(cpu) FROM "${table.name}"`).rows[0]?.[0] as number | null) ?? -1);
  }
  for (let cpu = 0; cpu <= maxCpu; cpu++) {
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: cpu, args: { name: `cpu ${cpu}` } });
    events.push({ name: 'thread_sort_index', ph: 'M', ts: 0, pid: PID_MACHINE, tid: cpu, args: { sort_index: 2 * cpu } });
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_TLB + cpu, args: { name: `cpu ${cpu} TLB` } });
    events.push({ name: 'thread_sort_index', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_TLB + cpu, args: { sort_index: 2 * cpu + 1 } });
  }
  for (const [table, column, pid, label] of [
    ['disk_request_completed', 'disk', PID_DISKS, 'disk'],
    ['nic_packet_transferred', 'from_node', PID_NETWORK, 'nic of node'],
  ] as const) {
    if (!reader.hasRows(table)) continue;
    for (const [id] of reader.query(`SELECT DISTINCT ${column} FROM ${table} ORDER BY 1`).rows as [number][]) {
      events.push({ name: 'thread_name', ph: 'M', ts: 0, pid, tid: id, args: { name: `${label} ${id}` } });
    }
  }
  return events;
}
