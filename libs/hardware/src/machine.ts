import { assert, assertInRange, Priority, type Simulator, type Tick } from '@disco/sim-kernel';
import { CacheController } from './cache-controller';
import { cacheProtocolTable, type CacheAction, type CacheEvent, type CacheState } from './cache-protocol';
import { Cpu } from './cpu';
import { B_EXEC_TICKS, B_INSTRUCTIONS, B_STALL_L2_HIT_TICKS, B_STALL_LOCAL_TICKS, B_STALL_REMOTE_TICKS, TIME_BUCKET_COUNT } from './time-buckets';
import {
  C_CYCLES,
  C_EXCEPTION_TICKS,
  C_IDLE_TICKS,
  C_INSTRUCTIONS,
  C_INVALIDATIONS_RECEIVED,
  C_L1D_MISSES,
  C_L1I_MISSES,
  C_MISSES_LOCAL,
  C_MISSES_REMOTE,
  C_STALL_L2_HIT_TICKS,
  C_STALL_LOCAL_TICKS,
  C_STALL_REMOTE_TICKS,
  C_THREE_HOP_MISSES,
  C_TLB_MISSES,
  C_UPGRADES,
  COUNTER_COUNT,
  newCounters,
} from './cpu-counters';
import { DEV_DMA_READ, DEV_DMA_WRITE, type DirectoryAction, type DirectoryEvent, type DirectoryState } from './directory-protocol';
import type { ProtocolTable } from './protocol-table';
import { DirectoryController, type ProtocolFaults } from './directory-controller';
import type { DeviceBus } from './device-bus';
import { Disk } from './disk';
import { InterruptCause } from './exception-handler';
import { PAGE_BYTES, validateHardwareConfig, type HardwareConfig } from './hardware-config';
import { MachineMemory } from './machine-memory';
import { MissCounters } from './miss-counters';
import { Nic } from './nic';

export interface MachineOptions {
  /** Deliberate protocol bugs (canary tests only). */
  readonly faults?: ProtocolFaults;
  /** The protocol tables to compile, when not the shipped ones (tests that mutate a row). */
  readonly cacheTable?: ProtocolTable<CacheState, CacheEvent, CacheAction>;
  readonly directoryTable?: ProtocolTable<DirectoryState, DirectoryEvent, DirectoryAction>;
}

/**
 * The FLASH-like ccNUMA machine: one CPU, memory slice, directory controller
 * and NIC per node; disks spread over nodes. Consecutive machine pages sit on
 * one node (§1.1): node n holds pages [n·pagesPerNode, (n+1)·pagesPerNode).
 */
export class Machine implements DeviceBus {
  readonly cpus: readonly Cpu[];
  readonly caches: readonly CacheController[];
  readonly directory: DirectoryController;
  readonly missCounters: MissCounters;
  readonly memory: MachineMemory | null;
  readonly disks: readonly Disk[];
  readonly nics: readonly Nic[];
  readonly cacheTable: ProtocolTable<CacheState, CacheEvent, CacheAction>;
  readonly pagesPerNode: number;
  readonly totalPages: number;
  private readonly previousSample: Float64Array[];
  private lastSampleTicks: Tick = 0;
  private missIntervalStartTicks: Tick = 0;

  constructor(
    readonly sim: Simulator,
    readonly config: HardwareConfig,
    options: MachineOptions = {},
  ) {
    validateHardwareConfig(config);
    this.pagesPerNode = config.memoryPerNodeBytes / PAGE_BYTES;
    this.totalPages = this.pagesPerNode * config.nodes;
    this.memory = config.trackData ? new MachineMemory(this.totalPages) : null;
    this.missCounters = new MissCounters(this.totalPages, config.nodes, config.missCounterBits, config.hotPageThresholdMisses);
    this.missCounters.onHotPage = (mpn, node) => this.hotPage(mpn, node);
    this.cacheTable = options.cacheTable ?? cacheProtocolTable(config.cleanExclusive);
    this.directory = new DirectoryController(config, this.memory, this.missCounters, options.faults, options.directoryTable);
    const counters = Array.from({ length: config.nodes }, () => newCounters());
    this.caches = counters.map((c, n) => new CacheController(n, config, this.cacheTable, this.directory, c, sim));
    this.directory.caches = this.caches;
    this.cpus = this.caches.map((cache, n) => new Cpu(n, sim, config, cache, counters[n] as Float64Array));
    this.previousSample = counters.map(() => new Float64Array(COUNTER_COUNT));
    this.disks = Array.from({ length: config.disks }, (_, d) => new Disk(d, d % config.nodes, this));
    this.nics = Array.from({ length: config.nodes }, (_, n) => new Nic(n, this));
  }

  get nodes(): number {
    return this.config.nodes;
  }

  homeOfPage(mpn: number): number {
    assertInRange(mpn, 0, this.totalPages, 'machine page');
    return Math.floor(mpn / this.pagesPerNode);
  }

  /** First machine page of a node's memory. */
  firstPageOf(node: number): number {
    assertInRange(node, 0, this.nodes, 'node');
    return node * this.pagesPerNode;
  }

  /** Starts the periodic miss-counter reset (call once). */
  startMissCounterReset(): void {
    const interval = this.config.missCounterResetTicks;
    const tick = (): void => {
      const flagged = this.missCounters.reset();
      this.sim.emit('MissCountersReset', { pagesFlagged: flagged, intervalTicks: this.sim.now - this.missIntervalStartTicks });
      this.missIntervalStartTicks = this.sim.now;
      this.sim.after(interval, Priority.HARDWARE, tick);
    };
    this.sim.after(interval, Priority.HARDWARE, tick);
  }

  /** Emits a `CounterSample` per CPU every `intervalTicks` (call once). */
  startSampling(intervalTicks: Tick): void {
    assert(intervalTicks > 0, 'sample interval must be positive');
    const tick = (): void => {
      this.sample();
      this.sim.after(intervalTicks, Priority.SAMPLE, tick);
    };
    this.sim.after(intervalTicks, Priority.SAMPLE, tick);
  }

  /** Emits one `CounterSample` per CPU with the deltas since the previous sample. */
  sample(): void {
    const interval = this.sim.now - this.lastSampleTicks;
    for (const cpu of this.cpus) {
      cpu.accountIdle();
      const now = cpu.counters;
      const prev = this.previousSample[cpu.id] as Float64Array;
      const d = (i: number): number => (now[i] as number) - (prev[i] as number);
      this.sim.emit(
        'CounterSample',
        {
          intervalTicks: interval,
          instructions: d(C_INSTRUCTIONS),
          cycles: d(C_CYCLES),
          stallLocalTicks: d(C_STALL_LOCAL_TICKS),
          stallRemoteTicks: d(C_STALL_REMOTE_TICKS),
          stallL2HitTicks: d(C_STALL_L2_HIT_TICKS),
          exceptionTicks: d(C_EXCEPTION_TICKS),
          idleTicks: d(C_IDLE_TICKS),
          tlbMisses: d(C_TLB_MISSES),
          l1iMisses: d(C_L1I_MISSES),
          l1dMisses: d(C_L1D_MISSES),
          missesLocal: d(C_MISSES_LOCAL),
          missesRemote: d(C_MISSES_REMOTE),
          threeHopMisses: d(C_THREE_HOP_MISSES),
          upgrades: d(C_UPGRADES),
          invalidationsReceived: d(C_INVALIDATIONS_RECEIVED),
        },
        cpu.id,
        cpu.id,
      );
      prev.set(now);
      this.emitExecutionSamples(cpu, interval);
    }
    this.lastSampleTicks = this.sim.now;
  }

  /** One `ExecutionSample` per bucket that has time in this interval. */
  private emitExecutionSamples(cpu: Cpu, intervalTicks: Tick): void {
    const time = cpu.time;
    time.close();
    for (let bucket = 0; bucket < TIME_BUCKET_COUNT; bucket++) {
      const execTicks = time.get(bucket, B_EXEC_TICKS);
      const stallLocalTicks = time.get(bucket, B_STALL_LOCAL_TICKS);
      const stallRemoteTicks = time.get(bucket, B_STALL_REMOTE_TICKS);
      const stallL2HitTicks = time.get(bucket, B_STALL_L2_HIT_TICKS);
      if (execTicks + stallLocalTicks + stallRemoteTicks + stallL2HitTicks === 0) continue;
      this.sim.emit(
        'ExecutionSample',
        { bucket, intervalTicks, execTicks, stallLocalTicks, stallRemoteTicks, stallL2HitTicks, instructions: time.get(bucket, B_INSTRUCTIONS) },
        cpu.id,
        cpu.id,
      );
    }
    time.drain();
  }

  /** Sends an IPI; the target's handler sees it after `ipiLatencyTicks`. */
  sendIpi(fromCpu: number, toCpu: number, vector: number): void {
    assertInRange(toCpu, 0, this.cpus.length, 'IPI target');
    const latency = this.config.ipiLatencyTicks;
    this.sim.emit('IpiSent', { fromCpu, toCpu, vector, latencyTicks: latency }, fromCpu, fromCpu);
    this.postInterrupt(toCpu, InterruptCause.IPI, vector, latency);
  }

  /** Delivers an interrupt to `cpu` after `delayTicks`. */
  postInterrupt(cpu: number, cause: InterruptCause, data: number, delayTicks: Tick): void {
    const target = this.cpus[cpu];
    assert(target !== undefined, `no CPU ${cpu}`);
    this.sim.after(delayTicks, Priority.INTERRUPT, () => target.deliverInterrupt(cause, data));
  }

  /** A periodic timer interrupt on `cpu` every `intervalTicks`. */
  startTimer(cpu: number, intervalTicks: Tick): void {
    assert(intervalTicks > 0, 'timer interval must be positive');
    const target = this.cpus[cpu];
    assert(target !== undefined, `no CPU ${cpu}`);
    const tick = (): void => {
      target.deliverInterrupt(InterruptCause.TIMER, 0);
      this.sim.after(intervalTicks, Priority.INTERRUPT, tick);
    };
    this.sim.after(intervalTicks, Priority.INTERRUPT, tick);
  }

  /**
   * DMA from a device into machine memory: every line touched is invalidated
   * in all caches; partial lines merge with the current data first.
   */
  dmaWrite(machineAddress: number, bytes: number, words: Int32Array | null): void {
    this.forEachLine(machineAddress, bytes, (line, firstByte, lastByte) => {
      const dir = this.directory;
      const whole = firstByte === 0 && lastByte === this.config.l2LineBytes;
      dir.clock[0] = this.sim.now;
      if (!whole) dir.request(DEV_DMA_READ, line, -1);
      if (words === null) {
        if (whole) dir.transfer.fill(0);
      } else {
        const base = (line * this.config.l2LineBytes - machineAddress) / 4;
        for (let b = firstByte; b < lastByte; b += 4) dir.transfer[b >>> 2] = words[base + (b >>> 2)] ?? 0;
      }
      dir.request(DEV_DMA_WRITE, line, -1);
    });
  }

  /** DMA from machine memory to a device: the latest data, dirty copies written back. */
  dmaRead(machineAddress: number, bytes: number, out: Int32Array | null): void {
    this.forEachLine(machineAddress, bytes, (line, firstByte, lastByte) => {
      const dir = this.directory;
      dir.clock[0] = this.sim.now;
      dir.request(DEV_DMA_READ, line, -1);
      if (out === null) return;
      const base = (line * this.config.l2LineBytes - machineAddress) / 4;
      for (let b = firstByte; b < lastByte; b += 4) out[base + (b >>> 2)] = dir.transfer[b >>> 2] as number;
    });
  }

  private forEachLine(machineAddress: number, bytes: number, visit: (line: number, firstByte: number, lastByte: number) => void): void {
    const lineBytes = this.config.l2LineBytes;
    assert(machineAddress % 4 === 0 && bytes % 4 === 0, 'DMA must be word aligned');
    assert(machineAddress >= 0 && machineAddress + bytes <= this.totalPages * PAGE_BYTES, 'DMA outside machine memory');
    const end = machineAddress + bytes;
    for (let line = Math.floor(machineAddress / lineBytes); line * lineBytes < end; line++) {
      const start = line * lineBytes;
      visit(line, Math.max(machineAddress, start) - start, Math.min(end, start + lineBytes) - start);
    }
  }

  private hotPage(mpn: number, triggerNode: number): void {
    const home = this.homeOfPage(mpn);
    this.sim.emit(
      'HotPageFlagged',
      {
        machinePage: mpn,
        homeNode: home,
        triggerNode,
        threshold: this.missCounters.threshold,
        nodeMisses: this.missCounters.readPage(mpn),
        intervalStartTicks: this.missIntervalStartTicks,
      },
      triggerNode,
      home,
    );
    // ASSUMPTION: the interrupt goes to the CPU of the page's home node, where the directory lives.
    this.postInterrupt(home, InterruptCause.HOT_PAGE, mpn, this.config.interruptLatencyTicks);
  }
}
