// Benchmark of the hardware model: simulated memory references per second
// through TLB, L1, L2 and directory on one core at the default trace level,
// and the cost of tracing (a sink that keeps counts) relative to no tracing,
// measured side by side in this process.
import { NULL_SINK, Simulator, type TraceSink } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { C_REFERENCES, CpuMode, hardwareConfig, Machine, OP_COMPUTE, OP_LOAD, OP_STORE, PageTableHandler, type OpBuffer, type OpSource } from '@disco/hardware';

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
}

console.log('hardware benchmark (one core, default trace level)');
// Hit-heavy: 16 KB working set, word stride: L1 hits after the first pass.
measure('hit-heavy', 16 * 1024, 4, 20_000);
// Miss-heavy: 8 MB working set walked at L2-line stride: every reference misses the L2, half remote.
measure('miss-heavy', 8 * 1024 * 1024, 128, 150_000);
console.log('targets: hit-heavy >= 20 M refs/s, miss-heavy >= 2 M refs/s, traced/untraced <= 1.2x');
