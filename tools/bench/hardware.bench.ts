// Benchmark of the hardware model.
// 1. The memory-system hot path against ../shared/perf-ref, side by side in this
//    run: the same stream shapes (8 CPUs, private 16 KB each for hit-heavy or one
//    64 MB region shared for miss-heavy, random, 25 % stores, 64-byte lines), the
//    project's simulator first, then the C model (cc -O2, when a compiler is
//    present) and the plain-JS model, each in its own process.
// 2. Simulated memory references per second through TLB, L1, L2 and directory
//    on one core at the default trace level, and the cost of tracing (a sink
//    that keeps counts) relative to no tracing, measured side by side.
// Usage: node tools/bench/dist/hardware.bench.cjs [--quick] [--hot-only] [--stream hit|miss] [--no-ref]
//   (--hot-only, --stream and --no-ref are for profiling the model with node --cpu-prof)
import { NULL_SINK, Simulator, type TraceSink } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import {
  C_L1D_MISSES,
  C_MISSES_LOCAL,
  C_MISSES_REMOTE,
  C_REFERENCES,
  C_TLB_MISSES,
  CpuMode,
  hardwareConfig,
  Machine,
  OP_COMPUTE,
  OP_LOAD,
  OP_STORE,
  PageTableHandler,
  type OpBuffer,
  type OpSource,
} from '@disco/hardware';
import { reportRows, row, type BenchRow } from './bench-rows';
import { openPerfRef, type RefStream } from './perf-ref';

const quick = process.argv.includes('--quick');
const rows: BenchRow[] = [];
const PAGE = 4096;

/** A fixed, allocation-free stream over `bytes` of data: a strided walk (hit-heavy when small). */
class WalkStream implements OpSource {
  private i = 0;
  constructor(
    private readonly base: number,
    private readonly bytes: number,
    private readonly strideBytes: number,
  ) {}
  fill(buffer: OpBuffer): void {
    while (buffer.length + 2 <= buffer.capacity) {
      const va = this.base + ((this.i * this.strideBytes) % this.bytes);
      buffer.push((this.i & 7) === 0 ? OP_STORE : OP_LOAD, va, this.i);
      buffer.push(OP_COMPUTE, 1);
      this.i++;
    }
  }
}

class CountingSink implements TraceSink {
  counts = new Map<string, number>();
  emit(event: TraceEvent): void {
    this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
  }
}

function run(name: string, bytes: number, strideBytes: number, sink: TraceSink, simulatedUs: number): { refs: number; seconds: number } {
  const sim = new Simulator({ seed: 1, sink });
  const machine = new Machine(sim, hardwareConfig({ nodes: 2, memoryPerNodeBytes: 64 * 1024 * 1024 }));
  const pages = Math.ceil(bytes / PAGE);
  const handler = new PageTableHandler(pages + 16);
  for (let p = 0; p < pages; p++) handler.map(p, p % 2 === 0 ? p : machine.firstPageOf(1) + p);
  const cpu = machine.cpus[0]!;
  cpu.handler = handler;
  cpu.mode = CpuMode.USER;
  machine.startSampling(10_000_000); // every 10 µs: CounterSample events on the traced run
  cpu.run(new WalkStream(0, bytes, strideBytes));
  const start = process.hrtime.bigint();
  sim.run(simulatedUs * 1_000_000);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  void name;
  return { refs: cpu.counters[C_REFERENCES] as number, seconds };
}

/** Median of `runs` measurements: one run of a fraction of a second is at the mercy of the JIT and the other core. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(label: string, bytes: number, strideBytes: number, simulatedUs: number, runs = 5): void {
  run(label, bytes, strideBytes, NULL_SINK, simulatedUs / 4); // warm-up (JIT)
  const untracedRates: number[] = [];
  const tracedRates: number[] = [];
  let events = 0;
  let refs = 0;
  for (let i = 0; i < runs; i++) {
    const untraced = run(label, bytes, strideBytes, NULL_SINK, simulatedUs);
    const sink = new CountingSink();
    const traced = run(label, bytes, strideBytes, sink, simulatedUs);
    untracedRates.push(untraced.refs / untraced.seconds);
    tracedRates.push(traced.refs / traced.seconds);
    events = [...sink.counts.values()].reduce((a, b) => a + b, 0);
    refs = untraced.refs;
  }
  const rate = median(untracedRates);
  const tracedRate = median(tracedRates);
  console.log(
    `${label.padEnd(12)} ${(rate / 1e6).toFixed(2).padStart(7)} M refs/s untraced, ${(tracedRate / 1e6).toFixed(2)} M refs/s traced, ` +
      `traced/untraced time per ref ${(rate / tracedRate).toFixed(3)}x, refs ${refs}, events ${events} (median of ${runs} runs each)`,
  );
  rows.push(row(`1-CPU walk ${label}, traced vs untraced`, tracedRate / 1e6, 'M refs/s', 'untraced, same run', rate / 1e6, 'ratio >= 0.83 (time <= 1.2x)'));
}

// ---- 1. the hot path against perf-ref -------------------------------------------------

const HOT_CPUS = 8;
const PRIVATE_BYTES = 16 * 1024;
const SHARED_BYTES = 64 * 1024 * 1024;
const PRIVATE_STRIDE = 1 << 20; // CPU c's private region starts at c MB, as in ref.c

/**
 * A CPU's pre-generated reference stream (no generation inside the timed
 * region, as in perf-ref), handed over a buffer at a time by copying the
 * typed arrays (what a bulk producer may do with OpBuffer's arrays).
 */
class ReplayStream implements OpSource {
  private at = 0;
  constructor(
    private readonly kinds: Uint8Array,
    private readonly addresses: Float64Array,
  ) {}
  rewind(): void {
    this.at = 0;
  }
  fill(buffer: OpBuffer): void {
    const end = Math.min(this.addresses.length, this.at + buffer.capacity);
    buffer.kinds.set(this.kinds.subarray(this.at, end));
    buffer.args.set(this.addresses.subarray(this.at, end));
    buffer.values.fill(0);
    buffer.length = end - this.at;
    this.at = end;
  }
}

/** xorshift32 streams, one per CPU: uniform word addresses in the region, a store one time in four. */
function hotStreams(stream: RefStream, refsPerCpu: number): ReplayStream[] {
  return Array.from({ length: HOT_CPUS }, (_, cpu) => {
    const addresses = new Float64Array(refsPerCpu);
    const kinds = new Uint8Array(refsPerCpu);
    let x = (0x9e3779b9 ^ (cpu * 0x85ebca6b)) >>> 0 || 1;
    for (let i = 0; i < refsPerCpu; i++) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      addresses[i] = stream === 'hit' ? cpu * PRIVATE_STRIDE + (x & (PRIVATE_BYTES - 4)) : x & (SHARED_BYTES - 4);
      kinds[i] = x >>> 30 === 0 ? OP_STORE : OP_LOAD;
    }
    return new ReplayStream(kinds, addresses);
  });
}

interface HotResult {
  readonly refs: number;
  readonly seconds: number;
  /** Process CPU time of the run (user + system): less disturbed than wall time by the other core's load. */
  readonly cpuSeconds: number;
  readonly tlbMisses: number;
  readonly l1dMisses: number;
  readonly l2Misses: number;
  readonly remote: number;
}

/** One run of the project's machine over the streams, until every CPU has run out of references. */
function runHot(stream: RefStream, streams: readonly ReplayStream[]): HotResult {
  const sim = new Simulator({ seed: 1, sink: NULL_SINK });
  // The perf-ref shapes: 8 nodes, 64-byte lines in L1D and L2 (sizes and ways are the defaults, as in ref.c).
  const machine = new Machine(sim, hardwareConfig({ nodes: HOT_CPUS, l1dLineBytes: 64, l2LineBytes: 64 }));
  const handler = new PageTableHandler(SHARED_BYTES / PAGE);
  if (stream === 'hit') {
    // Each CPU's private pages in its own node's memory.
    for (let cpu = 0; cpu < HOT_CPUS; cpu++) {
      for (let p = 0; p < PRIVATE_BYTES / PAGE; p++) handler.map((cpu * PRIVATE_STRIDE) / PAGE + p, machine.firstPageOf(cpu) + p);
    }
  } else {
    // Shared pages interleaved over the nodes' memories, as ref.c homes them (page mod 8).
    for (let v = 0; v < SHARED_BYTES / PAGE; v++) handler.map(v, machine.firstPageOf(v % HOT_CPUS) + Math.floor(v / HOT_CPUS));
  }
  machine.cpus.forEach((cpu, c) => {
    cpu.handler = handler;
    cpu.mode = CpuMode.USER;
    const source = streams[c]!;
    source.rewind();
    cpu.run(source);
  });
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  sim.run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpuStart);
  const sum = (i: number): number => machine.cpus.reduce((n, cpu) => n + (cpu.counters[i] as number), 0);
  return {
    refs: sum(C_REFERENCES),
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    tlbMisses: sum(C_TLB_MISSES),
    l1dMisses: sum(C_L1D_MISSES),
    l2Misses: sum(C_MISSES_LOCAL) + sum(C_MISSES_REMOTE),
    remote: sum(C_MISSES_REMOTE),
  };
}

function hotPath(): void {
  const perfRef = openPerfRef();
  const shapes: { stream: RefStream; label: string; project: number; c: number; js: number }[] = [
    { stream: 'hit', label: 'hit-heavy', project: quick ? 4_000_000 : 16_000_000, c: quick ? 10_000_000 : 50_000_000, js: quick ? 2_000_000 : 10_000_000 },
    { stream: 'miss', label: 'miss-heavy', project: quick ? 400_000 : 2_000_000, c: quick ? 2_000_000 : 10_000_000, js: quick ? 1_000_000 : 3_000_000 },
  ];
  console.log(`hot path: ${HOT_CPUS} CPUs, 64-byte lines, random, 25 % stores; reference ${perfRef === null ? 'not found' : perfRef.dir}`);
  if (perfRef !== null && perfRef.cBinary === null) console.log(`  C reference not measured: ${perfRef.cMissing}`);
  const onlyStream = process.argv.includes('--stream') ? process.argv[process.argv.indexOf('--stream') + 1] : undefined;
  for (const shape of shapes) {
    if (onlyStream !== undefined && shape.stream !== onlyStream) continue;
    const streams = hotStreams(shape.stream, shape.project / HOT_CPUS);
    runHot(shape.stream, hotStreams(shape.stream, shape.project / HOT_CPUS / 8)); // warm-up (JIT)
    // Three rounds of (project, C, JS) back to back, medians of each: the other
    // core's load changes from second to second, so the runs of a ratio alternate.
    const results: HotResult[] = [];
    const cRates: number[] = [];
    const jsRates: number[] = [];
    const withRef = !process.argv.includes('--no-ref') && perfRef !== null;
    for (let round = 0; round < 3; round++) {
      results.push(runHot(shape.stream, streams));
      if (!withRef) continue;
      const cRate = perfRef.run('c', shape.stream, shape.c);
      const jsRate = perfRef.run('js', shape.stream, shape.js);
      if (cRate !== null) cRates.push(cRate);
      if (jsRate !== null) jsRates.push(jsRate);
    }
    const rates = results.map((r) => r.refs / r.seconds / 1e6);
    const rate = median(rates);
    const cpuRates = results.map((r) => r.refs / r.cpuSeconds / 1e6);
    const r = results[0]!;
    const list = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(', ');
    console.log(
      `  project ${shape.label.padEnd(10)} ${rate.toFixed(2).padStart(7)} M refs/s (median of 3: ${list(rates)}; per CPU second ${list(cpuRates)}), ` +
        `refs ${r.refs}, TLB misses ${r.tlbMisses}, L1D misses ${r.l1dMisses}, L2 misses ${r.l2Misses} (${r.remote} remote)`,
    );
    if (process.argv.includes('--no-ref')) continue;
    const c = cRates.length > 0 ? median(cRates) : null;
    const js = jsRates.length > 0 ? median(jsRates) : null;
    console.log(`  perf-ref ${shape.label}: C ${c === null ? 'not measured' : `${c} M refs/s (${list(cRates)})`}, JS ${js === null ? 'not measured' : `${js} M refs/s (${list(jsRates)})`}`);
    const cNote = perfRef === null ? 'perf-ref not found' : perfRef.cBinary === null ? perfRef.cMissing : undefined;
    rows.push(row(`hot path ${shape.label}, vs C`, rate, 'M refs/s', 'perf-ref C -O2', c, cNote ?? 'goal >= 0.25'));
    rows.push(row(`hot path ${shape.label}, vs plain JS`, rate, 'M refs/s', 'perf-ref JS', js, shape.stream === 'hit' ? 'goal >= 1' : undefined));
  }
  perfRef?.dispose();
}

const only = process.argv.includes('--hot-only');
hotPath();
if (!only) {
  console.log('hardware benchmark (one core, default trace level)');
  // Hit-heavy: 16 KB working set, word stride: L1 hits after the first pass.
  measure('hit-heavy', 16 * 1024, 4, quick ? 5_000 : 20_000);
  // Miss-heavy: 8 MB working set walked at L2-line stride: every reference misses the L2, half remote.
  measure('miss-heavy', 8 * 1024 * 1024, 128, quick ? 30_000 : 150_000);
}
reportRows(rows);
