// Benchmark of the monitor, side by side in one process: wall-clock rate of
// emulated TLB misses (hardware misses in a VM, absorbed by the L2TLB or
// reflected to the guest) and of page migrations, and the simulator's
// slowdown under the monitor against the bare machine on the same
// synthetic reference stream.
import { NULL_SINK, Simulator } from '@disco/sim-kernel';
import { C_REFERENCES, CpuMode, hardwareConfig, Machine, PAGE_BYTES, PageTableHandler, type OpBuffer, type OpSource } from '@disco/hardware';
import { Disco, monitorConfig, V_L2TLB_HITS, V_TLB_REFLECTED, V_VTLB_HITS } from '@disco/monitor';
import { ReferenceStream, SyntheticGuest, type SyntheticGuestConfig } from '@disco/monitor';

const SIM_US = 20_000;
const GUEST: Partial<SyntheticGuestConfig> = { pattern: 'private', privateKb: 1024, codeKb: 16, sharedKb: 16, writeFraction: 0.2, instructionsPerReference: 2, kernelTextPages: 0 };

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The synthetic guest's user stream on a bare CPU with a premapped page table. */
function bare(): { refs: number; wall: number } {
  const sim = new Simulator({ seed: 1, sink: NULL_SINK });
  const machine = new Machine(sim, hardwareConfig({ nodes: 1, memoryPerNodeBytes: 64 * 1024 * 1024 }));
  const guest = new SyntheticGuest(GUEST, sim.prng.stream('g'));
  const layout = guest.layout(0, 1);
  const end = layout.sharedBase + layout.sharedBytes;
  const handler = new PageTableHandler(end / PAGE_BYTES + 2);
  for (let vpn = layout.codeBase / PAGE_BYTES; vpn < end / PAGE_BYTES; vpn++) handler.map(vpn, vpn);
  const stream = new ReferenceStream(layout, { ...guest.config, worker: 0, workers: 1 }, sim.prng.stream('g').stream('vcpu0'));
  const cpu = machine.cpus[0]!;
  cpu.handler = handler;
  cpu.mode = CpuMode.USER;
  const source: OpSource = { fill: (b: OpBuffer) => stream.fill(b) };
  cpu.run(source);
  const start = process.hrtime.bigint();
  sim.run(SIM_US * 1_000_000);
  return { refs: cpu.counters[C_REFERENCES]!, wall: seconds(start) };
}

/** The same stream as the synthetic guest's user code in a one-VCPU VM. */
function virtual(l2TlbEntries: number): { refs: number; wall: number; misses: number } {
  const sim = new Simulator({ seed: 1, sink: NULL_SINK });
  const machine = new Machine(sim, hardwareConfig({ nodes: 1, memoryPerNodeBytes: 64 * 1024 * 1024 }));
  const disco = new Disco(sim, machine, monitorConfig({ l2TlbEntries, sampleIntervalTicks: 0 }));
  const guest = new SyntheticGuest(GUEST, sim.prng.stream('g'));
  const vm = disco.createVm({ vcpus: 1, memoryMb: 16, timerIntervalUs: 0 }, guest);
  guest.attach(vm);
  disco.start();
  const start = process.hrtime.bigint();
  sim.run(SIM_US * 1_000_000);
  const c = vm.vcpus[0]!.counters;
  return { refs: machine.cpus[0]!.counters[C_REFERENCES]!, wall: seconds(start), misses: c[V_L2TLB_HITS]! + c[V_VTLB_HITS]! + c[V_TLB_REFLECTED]! };
}

/** Migrations back and forth between two nodes of one page of a running VM. */
function migrations(count: number): { perSecond: number } {
  const sim = new Simulator({ seed: 1, sink: NULL_SINK });
  const machine = new Machine(sim, hardwareConfig({ nodes: 2, memoryPerNodeBytes: 16 * 1024 * 1024 }));
  const disco = new Disco(sim, machine, monitorConfig({ sampleIntervalTicks: 0 }));
  const guest = new SyntheticGuest({ ...GUEST, maxReferences: 20_000 }, sim.prng.stream('g'));
  const vm = disco.createVm({ vcpus: 1, memoryMb: 16, timerIntervalUs: 0 }, guest);
  guest.attach(vm);
  disco.start();
  sim.run(2_000_000_000);
  const ppn = vm.pmap.findIndex((m) => m >= 0);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    const mpn = vm.pmap[ppn]!;
    disco.numa.forceMigrate(machine.cpus[i % 2]!, mpn, 1 - disco.memory.nodeOf(mpn));
  }
  return { perSecond: count / seconds(start) };
}

bare();
virtual(1024);
const b = bare();
const v = virtual(1024);
const small = virtual(64);
const m = migrations(2000);
const bareRate = b.refs / b.wall;
const vmRate = v.refs / v.wall;
console.log(`monitor benchmark (one core, no tracing, ${SIM_US / 1000} ms simulated, 1 MB private working set)`);
console.log(`bare machine        ${(bareRate / 1e6).toFixed(2)} M refs/s`);
console.log(`under Disco         ${(vmRate / 1e6).toFixed(2)} M refs/s  slowdown (wall time per reference) ${(bareRate / vmRate).toFixed(2)}x`);
console.log(`emulated TLB misses ${(v.misses / v.wall / 1e6).toFixed(3)} M/s with a 1024-entry L2TLB (${v.misses} misses), ${(small.misses / small.wall / 1e6).toFixed(3)} M/s with 64 entries (${small.misses})`);
console.log(`page migrations     ${(m.perSecond / 1e3).toFixed(1)} k/s (shootdown + 1024-word copy through the caches + pmap repoint)`);
