import { ArraySink, nsToTicks, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { CpuMode, KSEG0_BASE } from './address-space';
import { C_MISSES_LOCAL, C_MISSES_REMOTE, C_STALL_LOCAL_TICKS, C_STALL_REMOTE_TICKS, C_THREE_HOP_MISSES, C_UPGRADES } from './cpu-counters';
import { LINE_E, LINE_M, LINE_S } from './cache-protocol';
import { hardwareConfig, type HardwareConfig } from './hardware-config';
import type { Cpu } from './cpu';
import { Machine } from './machine';
import { PageTableHandler } from './page-table-handler';
import { SMALL_COHERENCE_CONFIG } from './testing';

function machineOf(overrides: Partial<HardwareConfig> = {}, sink = new ArraySink()) {
  const sim = new Simulator({ seed: 7, sink, level: 'detailed' });
  const machine = new Machine(sim, hardwareConfig({ ...SMALL_COHERENCE_CONFIG, ...overrides }));
  for (const cpu of machine.cpus) cpu.mode = CpuMode.KERNEL;
  return { sim, machine, sink };
}

const pageOf = (machine: Machine, node: number) => machine.firstPageOf(node) * 4096;

describe('miss latency (§5.1)', () => {
  it('charges 300 ns local, 900 ns remote, 1200 ns for a three-hop intervention', () => {
    const { machine } = machineOf();
    const [cpu0, cpu1, cpu2] = machine.cpus as [Cpu, Cpu, Cpu];
    const t0 = cpu0.nowTicks;
    cpu0.load(KSEG0_BASE + pageOf(machine, 0));
    expect(cpu0.counters[C_STALL_LOCAL_TICKS]).toBe(nsToTicks(300));
    cpu0.load(KSEG0_BASE + pageOf(machine, 1));
    expect(cpu0.counters[C_STALL_REMOTE_TICKS]).toBe(nsToTicks(900));
    expect(cpu0.nowTicks - t0).toBeGreaterThanOrEqual(nsToTicks(1200));
    cpu1.store(KSEG0_BASE + pageOf(machine, 2), 5); // node 1 owns a line homed on node 2
    cpu0.load(KSEG0_BASE + pageOf(machine, 2)); // requester 0, home 2, owner 1
    expect(cpu0.counters[C_THREE_HOP_MISSES]).toBe(1);
    expect(cpu0.counters[C_STALL_REMOTE_TICKS]).toBe(nsToTicks(900) + nsToTicks(1200));
    expect(cpu0.counters[C_MISSES_REMOTE]).toBe(2);
    expect(cpu2.counters[C_MISSES_LOCAL]).toBe(0);
  });

  it('charges every miss 300 ns on the UMA machine (§5.5)', () => {
    const { machine } = machineOf({ uma: true });
    const cpu0 = machine.cpus[0]!;
    cpu0.load(KSEG0_BASE + pageOf(machine, 1));
    cpu0.load(KSEG0_BASE + pageOf(machine, 2));
    expect(cpu0.counters[C_STALL_REMOTE_TICKS]).toBe(2 * nsToTicks(300));
  });

  it('emits CacheMissed with home node and latency at the detailed level', () => {
    const { machine, sink } = machineOf();
    machine.cpus[0]!.load(KSEG0_BASE + pageOf(machine, 3));
    const miss = sink.events.find((e) => e.type === 'CacheMissed') as Extract<TraceEvent, { type: 'CacheMissed' }>;
    expect(miss.data.homeNode).toBe(3);
    expect(miss.data.latencyTicks).toBe(nsToTicks(900));
    expect(miss.data.hops).toBe(2);
  });
});

describe('clean-exclusive lines (MESI, the R10000 CleanExclusive state)', () => {
  const misses = (cpu: Cpu) => (cpu.counters[C_MISSES_LOCAL] as number) + (cpu.counters[C_MISSES_REMOTE] as number);
  const line = (machine: Machine, a: number) => a / machine.config.l2LineBytes;

  it('a load of a line no cache holds gets it exclusive, and the store after it needs no upgrade', () => {
    const { machine, sink } = machineOf();
    const cpu0 = machine.cpus[0]!;
    const a = pageOf(machine, 1);
    cpu0.load(KSEG0_BASE + a);
    expect(machine.caches[0]!.stateOf(line(machine, a))).toBe(LINE_E);
    const miss = sink.events.find((e) => e.type === 'CacheMissed') as Extract<TraceEvent, { type: 'CacheMissed' }>;
    expect(miss.data.exclusive).toBe(true);
    cpu0.store(KSEG0_BASE + a, 7);
    expect(machine.caches[0]!.stateOf(line(machine, a))).toBe(LINE_M);
    expect([misses(cpu0), cpu0.counters[C_UPGRADES]]).toEqual([1, 0]);
  });

  it('a second reader makes both copies shared; an instruction fetch never gets a line exclusive', () => {
    const { machine } = machineOf();
    const [cpu0, cpu1] = machine.cpus as [Cpu, Cpu];
    const a = pageOf(machine, 2);
    cpu0.load(KSEG0_BASE + a);
    cpu1.load(KSEG0_BASE + a);
    expect([machine.caches[0]!.stateOf(line(machine, a)), machine.caches[1]!.stateOf(line(machine, a))]).toEqual([LINE_S, LINE_S]);
    cpu0.store(KSEG0_BASE + a, 1);
    expect(cpu0.counters[C_UPGRADES]).toBe(1);
    const b = pageOf(machine, 3);
    cpu1.ifetch(KSEG0_BASE + b);
    expect(machine.caches[1]!.stateOf(line(machine, b))).toBe(LINE_S);
  });

  it('with cleanExclusive off (MSI) the same load and store take a miss and an upgrade', () => {
    const { machine } = machineOf({ cleanExclusive: false });
    const cpu0 = machine.cpus[0]!;
    const a = pageOf(machine, 1);
    cpu0.load(KSEG0_BASE + a);
    expect(machine.caches[0]!.stateOf(line(machine, a))).toBe(LINE_S);
    cpu0.store(KSEG0_BASE + a, 7);
    expect([misses(cpu0), cpu0.counters[C_UPGRADES]]).toEqual([2, 1]);
  });
});

describe('hot-page counters (§4.2.3)', () => {
  it('flags a page once when a node reaches the threshold, with the counters as provenance, and interrupts its home CPU', () => {
    const { sim, machine, sink } = machineOf({ hotPageThresholdMisses: 3 });
    const interrupts: number[] = [];
    const home = machine.cpus[2]!;
    home.handler = { ...home.handler, interrupt: (_cpu, _cause, data) => void interrupts.push(data) };
    const cpu0 = machine.cpus[0]!;
    const address = pageOf(machine, 2);
    for (let i = 0; i < 5; i++) {
      cpu0.load(KSEG0_BASE + address);
      cpu0.flushLine(address);
    }
    sim.run();
    const flagged = sink.events.filter((e) => e.type === 'HotPageFlagged') as Extract<TraceEvent, { type: 'HotPageFlagged' }>[];
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.data.nodeMisses).toEqual([3, 0, 0, 0]);
    expect(flagged[0]!.data.triggerNode).toBe(0);
    expect(machine.missCounters.read(machine.firstPageOf(2), 0)).toBe(5);
    expect(interrupts).toEqual([machine.firstPageOf(2)]);
  });
});

describe('CPU, TLB refill and slices', () => {
  it('refills through the pluggable handler and counts one miss per pair', () => {
    const { sim, machine, sink } = machineOf();
    const handler = new PageTableHandler(16);
    handler.map(2, machine.firstPageOf(1));
    handler.map(3, machine.firstPageOf(1) + 1);
    const cpu = machine.cpus[0]!;
    cpu.handler = handler;
    cpu.mode = CpuMode.USER;
    cpu.store(2 * 4096 + 8, 42);
    expect(cpu.load(3 * 4096 + 8)).toBe(0);
    expect(cpu.load(2 * 4096 + 8)).toBe(42);
    expect(handler.refills).toBe(1);
    sim.run();
    expect(sink.events.filter((e) => e.type === 'TlbMissed')).toHaveLength(1);
  });

  it('reports an address error when user mode touches KSEG0', () => {
    const { machine } = machineOf();
    const cpu = machine.cpus[0]!;
    const errors: number[] = [];
    cpu.handler = { ...cpu.handler, addressError: (_c, va) => void errors.push(va) };
    cpu.mode = CpuMode.USER;
    cpu.load(KSEG0_BASE);
    expect(errors).toEqual([KSEG0_BASE]);
  });
});

describe('devices', () => {
  it('a disk read completes after seek + rotation + transfer and DMAs into memory, invalidating caches', () => {
    const { sim, machine, sink } = machineOf({ disks: 1 });
    const disk = machine.disks[0]!;
    const cpu = machine.cpus[1]!;
    const target = pageOf(machine, 1);
    cpu.store(KSEG0_BASE + target, 99);
    disk.submit({ write: true, sector: 10, sectors: 1, machineAddress: target });
    cpu.store(KSEG0_BASE + target, 7);
    let done = false;
    disk.submit({ write: false, sector: 10, sectors: 1, machineAddress: target, onComplete: () => (done = true) });
    sim.run();
    expect(done).toBe(true);
    expect(cpu.load(KSEG0_BASE + target)).toBe(99);
    const completions = sink.events.filter((e) => e.type === 'DiskRequestCompleted') as Extract<TraceEvent, { type: 'DiskRequestCompleted' }>[];
    expect(completions).toHaveLength(2);
    const c = completions[1]!.data;
    expect(completions[1]!.tick).toBe(completions[0]!.tick + c.seekTicks + c.rotationTicks + c.transferTicks);
    expect(c.transferTicks).toBe(Math.round((512 * 1e12) / 10_000_000));
  });

  it('a scatter-gather disk transfer moves each page to and from its own machine page', () => {
    const { sim, machine } = machineOf({ disks: 1, trackData: true, memoryPerNodeBytes: 16384 });
    const disk = machine.disks[0]!;
    const cpu = machine.cpus[0]!;
    const [a, b, c, d] = [pageOf(machine, 1), pageOf(machine, 3) + 8192, pageOf(machine, 2), pageOf(machine, 0) + 4096];
    cpu.store(KSEG0_BASE + a + 4, 11);
    cpu.store(KSEG0_BASE + b + 4, 22);
    disk.submit({ write: true, sector: 40, sectors: 16, machineAddress: a, pageAddresses: [a, b] });
    disk.submit({ write: false, sector: 40, sectors: 16, machineAddress: c, pageAddresses: [c, d] });
    sim.run();
    expect(cpu.load(KSEG0_BASE + c + 4)).toBe(11);
    expect(cpu.load(KSEG0_BASE + d + 4)).toBe(22);
    expect(() => disk.submit({ write: false, sector: 0, sectors: 16, machineAddress: c, pageAddresses: [c] })).toThrow(/scatter list/);
  });

  it('a NIC packet arrives by DMA and IPIs are delivered after their latency', () => {
    const { sim, machine, sink } = machineOf();
    const from = pageOf(machine, 0);
    const to = pageOf(machine, 3) + 256;
    machine.cpus[0]!.store(KSEG0_BASE + from, 1234);
    machine.nics[0]!.send(3, from, 128, to);
    machine.sendIpi(0, 2, 9);
    sim.run();
    expect(machine.cpus[3]!.load(KSEG0_BASE + to)).toBe(1234);
    const ipi = sink.events.find((e) => e.type === 'IpiSent') as Extract<TraceEvent, { type: 'IpiSent' }>;
    expect(ipi.data).toEqual({ fromCpu: 0, toCpu: 2, vector: 9, latencyTicks: nsToTicks(900) });
  });
});
