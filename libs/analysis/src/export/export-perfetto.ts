import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { isIntegerInRange, MODEL_LIMITS } from '@disco/trace-schema';
import { TraceFileError, type TraceReader } from '@disco/trace-store';
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
 * Under Disco, a "cpu N monitor" thread per CPU holds the monitor's actions
 * as slices (migrations, replications, collapses, COW breaks, shootdowns,
 * monitor calls, emulated privileged instructions and TLB writes at the
 * detailed level), each starting at its event's tick and lasting its cost or
 * latency, and decisions without a duration (declined migrations, COW
 * sharing) as instants; process 4 "VCPUs" has a thread per physical CPU with
 * one slice per VCPU residency, from one VcpuScheduled to the next on that
 * CPU (or the end of the run).
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
/** The monitor's actions on CPU n are on thread TID_MONITOR + n. */
export const TID_MONITOR = 300_000;
/** VCPU residencies: process PID_VCPUS, thread = physical CPU. */
export const PID_VCPUS = 4;
/** The most CPUs a run's machine has (one per node): a trace naming more is damaged or crafted, and its CPU numbers would otherwise size the thread metadata. */
const MAX_CPUS = MODEL_LIMITS.nodes;

const us = (ticks: number) => ticks / 1e6;
const cacheMissKinds = ['unspecified', 'read', 'write', 'upgrade', 'ifetch'];
const tlbMissKinds = ['unspecified', 'refill', 'invalid', 'modified'];

type Row = Record<string, unknown>;
type Emit = (event: PerfettoEvent) => void;

const monitorCalls = ['call', 'zero page', 'remap page', 'page freed', 'disk', 'net send'];
const shootdownReasons = ['', 'migrate', 'replicate', 'collapse', 'COW', 'remap', 'free'];

/** A monitor action of `ticks` on its CPU's monitor thread, starting at the event's tick. */
function monitorSlice(name: string, ticksColumn: string, args: (r: Row) => Record<string, unknown>) {
  return (r: Row, emit: Emit) =>
    emit({ name, ph: 'X', cat: 'monitor', ts: us(r['tick'] as number), dur: us(r[ticksColumn] as number), pid: PID_MACHINE, tid: TID_MONITOR + Math.max(0, r['cpu'] as number), args: { vm: r['vm'], ...args(r) } });
}

function monitorInstant(name: (r: Row) => string, args: (r: Row) => Record<string, unknown>) {
  return (r: Row, emit: Emit) =>
    emit({ name: name(r), ph: 'i', s: 't', cat: 'monitor', ts: us(r['tick'] as number), pid: PID_MACHINE, tid: TID_MONITOR + Math.max(0, r['cpu'] as number), args: { vm: r['vm'], ...args(r) } });
}

/** Per-kind translation of a typed table's rows into trace events. */
const TRANSLATORS: Record<string, (r: Row, emit: Emit) => void> = {
  page_migrated: monitorSlice('migrate page', 'latency_ticks', (r) => ({ old_machine_page: r['old_machine_page'], new_machine_page: r['new_machine_page'], from_node: r['from_node'], to_node: r['to_node'], mappers: r['mappers'], ipis: r['ipis'] })),
  page_replicated: monitorSlice('replicate page', 'latency_ticks', (r) => ({ machine_page: r['machine_page'], replica_machine_page: r['replica_machine_page'], to_node: r['to_node'], replicas: r['replicas'], ipis: r['ipis'] })),
  replica_collapsed: monitorSlice('collapse replicas', 'latency_ticks', (r) => ({ machine_page: r['machine_page'], survivor_machine_page: r['survivor_machine_page'], replicas_freed: r['replicas_freed'], vcpu: r['vcpu'] })),
  cow_broken: monitorSlice('break COW', 'latency_ticks', (r) => ({ vcpu: r['vcpu'], physical_page: r['physical_page'], old_machine_page: r['old_machine_page'], new_machine_page: r['new_machine_page'], sharers_left: r['sharers_left'] })),
  shootdown_sent: monitorSlice('shootdown', 'cost_ticks', (r) => ({ machine_page: r['machine_page'], reason: shootdownReasons[r['reason'] as number] ?? r['reason'], vcpus: r['vcpus'], ipis: r['ipis'] })),
  monitor_call_handled: (r, emit) =>
    monitorSlice(`monitor call: ${monitorCalls[r['call'] as number] ?? r['call']}`, 'cost_ticks', (x) => ({ vcpu: x['vcpu'], physical_page: x['physical_page'], pages: x['pages'] }))(r, emit),
  privileged_instruction_emulated: monitorSlice('emulate privileged instruction', 'cost_ticks', (r) => ({ vcpu: r['vcpu'], op: r['op'], special_page: r['special_page'] })),
  tlb_write_emulated: monitorSlice('emulate TLB write', 'cost_ticks', (r) => ({ vcpu: r['vcpu'], vpn2: r['vpn2'], asid: r['asid'], machine_page0: r['machine_page0'], machine_page1: r['machine_page1'] })),
  packet_remapped: monitorSlice('remap packet', 'cost_ticks', (r) => ({ from_vm: r['from_vm'], to_vm: r['to_vm'], bytes: r['bytes'], pages_remapped: r['pages_remapped'] })),
  migration_declined: monitorInstant(() => 'migration declined', (r) => ({ machine_page: r['machine_page'], reason: r['reason'], dominant_node: r['dominant_node'], node_misses: JSON.parse(r['node_misses'] as string) })),
  cow_block_shared: monitorInstant(() => 'COW share', (r) => ({ source: r['source'], physical_page: r['physical_page'], machine_page: r['machine_page'], sharers: r['sharers'] })),
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
  // Written beside the target and renamed over it once whole: a failure half-way leaves no partial file, and an existing one (--force) as it was.
  const partial = `${file}.partial-${process.pid}`;
  try {
    const written = writePerfetto(reader, partial, onRows);
    renameSync(partial, file);
    return written;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function writePerfetto(reader: TraceReader, file: string, onRows?: (rows: number) => void): number {
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

/**
 * VCPU residencies: a slice per physical CPU from one VcpuScheduled to the
 * next there (rows arrive in seq order), the last one closed at the run's end.
 */
function vcpuResidencies(endTicks: number): { translate: (r: Row, emit: Emit) => void; finish: (emit: Emit) => void } {
  const open = new Map<number, Row>();
  const close = (r: Row, end: number, emit: Emit) =>
    emit({
      name: `vm ${r['vm']} vcpu ${r['vcpu']}`,
      ph: 'X',
      cat: 'vcpu',
      ts: us(r['tick'] as number),
      dur: us(Math.max(0, end - (r['tick'] as number))),
      pid: PID_VCPUS,
      tid: r['cpu'] as number,
      args: { vm: r['vm'], vcpu: r['vcpu'], reason: vcpuReasons[r['reason'] as number] ?? r['reason'], runnable_waiting: r['runnable_waiting'], switch_ticks: r['switch_ticks'] },
    });
  return {
    translate: (r, emit) => {
      const previous = open.get(r['cpu'] as number);
      if (previous) close(previous, r['tick'] as number, emit);
      open.set(r['cpu'] as number, r);
    },
    finish: (emit) => {
      for (const r of [...open.values()].sort((a, b) => (a['cpu'] as number) - (b['cpu'] as number))) close(r, endTicks, emit);
    },
  };
}

const vcpuReasons = ['unspecified', 'start', 'quantum', 'idle', 'wake'];

function translateTable(reader: TraceReader, table: ExportTable, emit: Emit): number {
  const kind = reader.query('SELECT name FROM event_kind WHERE table_name = ?', [table.name]).rows[0]?.[0] as string;
  const residencies = table.name === 'vcpu_scheduled' ? vcpuResidencies(runEndTicks(reader)) : null;
  const translate = residencies?.translate ?? TRANSLATORS[table.name] ?? ((r: Row, e: Emit) => genericInstant(kind, r, e));
  const { columns, rows } = reader.iterate(table.sql);
  let n = 0;
  for (const values of rows) {
    const row: Row = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    try {
      translate(row, emit);
    } catch (error) {
      // A value of another type than its column's (NULL where an address belongs, text that is not JSON): only a damaged or edited file has one.
      if (error instanceof TypeError || error instanceof SyntaxError) throw damaged(reader, table.name, `row seq ${String(row['seq'])} cannot be exported: ${error.message}`);
      throw error;
    }
    n++;
  }
  residencies?.finish(emit);
  return n;
}

/** Bad input: what `table` of the trace holds cannot be exported (exit 2, one line). */
function damaged(reader: TraceReader, table: string, what: string): TraceFileError {
  return TraceFileError.damaged(reader.file, `table ${table} ${what}`);
}

function runEndTicks(reader: TraceReader): number {
  return reader.run.simTicks ?? ((reader.query('SELECT max(last_tick) FROM batch').rows[0]?.[0] as number | null) ?? 0);
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
    { name: 'process_name', ph: 'M', ts: 0, pid: PID_VCPUS, args: { name: 'VCPUs (by physical CPU)' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_MACHINE, args: { name: 'machine' } },
  ];
  // The machine's CPUs, and any CPU a low-volume table names (per-miss tables name no others),
  // each checked against the model's range before it sizes the metadata.
  const cpus = reader.query('SELECT max(cpus) FROM run_started').rows[0]?.[0] as unknown;
  if (cpus !== null && cpus !== undefined && !isIntegerInRange(cpus, 1, MAX_CPUS + 1)) {
    throw damaged(reader, 'run_started', `gives the machine ${String(cpus)} CPUs; a machine has 1 to ${MAX_CPUS}`);
  }
  let maxCpu = typeof cpus === 'number' ? cpus - 1 : -1;
  for (const table of exportTables(reader).filter((t) => t.name !== 'events' && t.rows < 100_000)) {
    const named = reader.query(`SELECT max(cpu) FROM "${table.name}"`).rows[0]?.[0] as unknown;
    if (named === null || named === undefined) continue;
    if (!isIntegerInRange(named, -Infinity, MAX_CPUS)) throw damaged(reader, table.name, `names CPU ${String(named)}; a machine has at most ${MAX_CPUS}`);
    maxCpu = Math.max(maxCpu, named as number);
  }
  for (let cpu = 0; cpu <= maxCpu; cpu++) {
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: cpu, args: { name: `cpu ${cpu}` } });
    events.push({ name: 'thread_sort_index', ph: 'M', ts: 0, pid: PID_MACHINE, tid: cpu, args: { sort_index: 2 * cpu } });
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_TLB + cpu, args: { name: `cpu ${cpu} TLB` } });
    events.push({ name: 'thread_sort_index', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_TLB + cpu, args: { sort_index: 2 * cpu + 1 } });
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_MONITOR + cpu, args: { name: `cpu ${cpu} monitor` } });
    events.push({ name: 'thread_sort_index', ph: 'M', ts: 0, pid: PID_MACHINE, tid: TID_MONITOR + cpu, args: { sort_index: 2 * (maxCpu + 1) + cpu } });
    events.push({ name: 'thread_name', ph: 'M', ts: 0, pid: PID_VCPUS, tid: cpu, args: { name: `cpu ${cpu}` } });
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
