import { assert, type Simulator } from '@disco/sim-kernel';
import { TIME_BUCKET_COUNT, TimeBucket, type KernelCpu, type TimeBuckets } from '@disco/hardware';
import { GuestService, SERVICE_COUNT } from './services';

const MAX_DEPTH = 8;
const NB = TIME_BUCKET_COUNT;

/** Where a (V)CPU's time goes, by bucket: the physical CPU's `TimeBuckets` (natively its own, under Disco the one its VCPU runs on). */
export type TimeSource = (cpu: KernelCpu) => TimeBuckets;

/** Exclusive kernel time of a blocked service, carried until it resumes. */
export interface SuspendedService {
  readonly service: number;
  readonly ticks: number;
  readonly syncTicks: number;
  /** Exclusive ticks so far per time bucket (empty without a time source). */
  readonly buckets: Float64Array;
}

/**
 * Measures each kernel service invocation on its CPU: exclusive time (nested
 * services, e.g. a TLB fault during copyout, are charged to themselves) and
 * the part spent spinning on locks. Keeps totals per service for sampling and
 * emits one `KernelServiceCompleted` per invocation except UTLB refills,
 * which are too frequent and only sampled. No allocation per invocation.
 */
export class ServiceAccounting {
  readonly invocations = new Float64Array(SERVICE_COUNT);
  readonly totalTicks = new Float64Array(SERVICE_COUNT);
  readonly syncTicks = new Float64Array(SERVICE_COUNT);
  /** Since boot (tests and calibration). */
  readonly lifetimeInvocations = new Float64Array(SERVICE_COUNT);
  readonly lifetimeTicks = new Float64Array(SERVICE_COUNT);
  private readonly depth: Int32Array;
  private readonly service: Int32Array;
  private readonly start: Float64Array;
  private readonly nested: Float64Array;
  private readonly sync: Float64Array;
  private readonly carried: Float64Array;
  private readonly carriedSync: Float64Array;
  private readonly address: Float64Array;
  private readonly pid: Int32Array;
  /** Per service: ticks per bucket since the last drain (TIME_BUCKET_COUNT each). */
  readonly bucketTicks = new Float64Array(SERVICE_COUNT * NB);
  private timeOf: TimeSource | null = null;
  /** Per stack slot and bucket: reading at begin, nested services' share, carried from before a sleep. */
  private readonly startB: Float64Array;
  private readonly nestedB: Float64Array;
  private readonly carriedB: Float64Array;
  /** Exclusive bucket ticks of the invocation that just ended (scratch, no allocation). */
  private readonly own = new Float64Array(NB);
  private readonly now = new Float64Array(NB);

  constructor(
    private readonly sim: Simulator,
    cpus: number,
    private readonly vm: number,
  ) {
    const n = cpus * MAX_DEPTH;
    this.depth = new Int32Array(cpus);
    this.service = new Int32Array(n);
    this.start = new Float64Array(n);
    this.nested = new Float64Array(n);
    this.sync = new Float64Array(n);
    this.carried = new Float64Array(n);
    this.carriedSync = new Float64Array(n);
    this.address = new Float64Array(n);
    this.pid = new Int32Array(n);
    this.startB = new Float64Array(n * NB);
    this.nestedB = new Float64Array(n * NB);
    this.carriedB = new Float64Array(n * NB);
  }

  /**
   * Splits every invocation's time by accounting bucket (kernel, and under
   * Disco the monitor's emulation categories: Table 2) by reading the CPU's
   * bucket totals at begin and end.
   */
  /** Emits one `KernelServiceSampled` per service invoked since the last call, then starts a new interval. */
  emitSamples(intervalTicks: number): void {
    const b = this.bucketTicks;
    for (let service = 1; service < this.invocations.length; service++) {
      const invocations = this.invocations[service]!;
      if (invocations === 0) continue;
      const o = service * TIME_BUCKET_COUNT;
      this.sim.emit(
        'KernelServiceSampled',
        {
          service,
          invocations,
          totalTicks: this.totalTicks[service]!,
          syncTicks: this.syncTicks[service]!,
          intervalTicks,
          kernelTicks: b[o + TimeBucket.TIME_KERNEL]!,
          monitorTlbWriteTicks: b[o + TimeBucket.TIME_MONITOR_TLB_WRITE]!,
          monitorPrivilegedTicks: b[o + TimeBucket.TIME_MONITOR_PRIVILEGED]!,
          monitorCallFaultTicks: b[o + TimeBucket.TIME_MONITOR_CALL_FAULT]!,
          monitorKernelTlbTicks: b[o + TimeBucket.TIME_MONITOR_KERNEL_TLB]!,
          monitorTlbMissTicks: b[o + TimeBucket.TIME_MONITOR_TLB_MISS]!,
          monitorNumaTicks: b[o + TimeBucket.TIME_MONITOR_NUMA]!,
          monitorOtherTicks: b[o + TimeBucket.TIME_MONITOR_OTHER]!,
        },
        -1,
        -1,
        this.vm,
      );
    }
    this.drain();
  }

  measureBuckets(timeOf: TimeSource): void {
    this.timeOf = timeOf;
  }

  begin(cpu: KernelCpu, service: number, pid: number, virtualAddress = 0, resumed?: SuspendedService): void {
    const d = this.depth[cpu.id]!;
    assert(d < MAX_DEPTH, `cpu ${cpu.id}: kernel services nested deeper than ${MAX_DEPTH}`);
    const i = cpu.id * MAX_DEPTH + d;
    this.service[i] = service;
    this.start[i] = cpu.nowTicks;
    this.nested[i] = 0;
    this.sync[i] = 0;
    this.carried[i] = resumed?.ticks ?? 0;
    this.carriedSync[i] = resumed?.syncTicks ?? 0;
    this.address[i] = virtualAddress;
    this.pid[i] = pid;
    this.depth[cpu.id] = d + 1;
    if (this.timeOf !== null) {
      const o = i * NB;
      this.timeOf(cpu).copySinceStart(this.startB, o);
      for (let b = 0; b < NB; b++) {
        this.nestedB[o + b] = 0;
        this.carriedB[o + b] = resumed !== undefined && resumed.buckets.length === NB ? resumed.buckets[b]! : 0;
      }
    }
  }

  /** Ends the innermost service; returns its exclusive ticks. */
  end(cpu: KernelCpu, bytes = 0, diskReads = 0): number {
    const i = this.pop(cpu);
    const service = this.service[i]!;
    const ticks = this.exclusive(cpu, i) + this.carried[i]!;
    const sync = this.sync[i]! + this.carriedSync[i]!;
    this.invocations[service]!++;
    this.totalTicks[service]! += ticks;
    this.syncTicks[service]! += sync;
    this.lifetimeInvocations[service]!++;
    this.lifetimeTicks[service]! += ticks;
    const own = this.own;
    if (this.timeOf !== null) {
      this.exclusiveBuckets(cpu, i, own);
      for (let b = 0; b < NB; b++) this.bucketTicks[service * NB + b]! += own[b]!;
    }
    if (service !== GuestService.SERVICE_UTLB_MISS) {
      this.sim.emit(
        'KernelServiceCompleted',
        {
          service,
          durationTicks: ticks,
          syncTicks: sync,
          pid: this.pid[i]!,
          virtualAddress: this.address[i]!,
          bytes,
          diskReads,
          kernelTicks: own[TimeBucket.TIME_KERNEL]!,
          monitorTlbWriteTicks: own[TimeBucket.TIME_MONITOR_TLB_WRITE]!,
          monitorPrivilegedTicks: own[TimeBucket.TIME_MONITOR_PRIVILEGED]!,
          monitorCallFaultTicks: own[TimeBucket.TIME_MONITOR_CALL_FAULT]!,
          monitorKernelTlbTicks: own[TimeBucket.TIME_MONITOR_KERNEL_TLB]!,
          monitorTlbMissTicks: own[TimeBucket.TIME_MONITOR_TLB_MISS]!,
          monitorNumaTicks: own[TimeBucket.TIME_MONITOR_NUMA]!,
          monitorOtherTicks: own[TimeBucket.TIME_MONITOR_OTHER]!,
        },
        cpu.id,
        cpu.node,
        this.vm,
      );
    }
    return ticks;
  }

  /** Ticks per bucket of slot `i` (ending now), nested services excluded; adds its inclusive ticks to the parent's nested share. */
  private exclusiveBuckets(cpu: KernelCpu, i: number, out: Float64Array): void {
    const now = this.now;
    this.timeOf!(cpu).copySinceStart(now, 0);
    const o = i * NB;
    const d = this.depth[cpu.id]!;
    const parent = d > 0 ? (cpu.id * MAX_DEPTH + d - 1) * NB : -1;
    for (let b = 0; b < NB; b++) {
      const inclusive = now[b]! - this.startB[o + b]!;
      out[b] = Math.max(0, inclusive - this.nestedB[o + b]!) + this.carriedB[o + b]!;
      if (parent >= 0) this.nestedB[parent + b]! += inclusive;
    }
  }

  /** The innermost service blocks: its time so far is carried by the sleeping thread. */
  suspend(cpu: KernelCpu): SuspendedService {
    const i = this.pop(cpu);
    const buckets = new Float64Array(this.timeOf === null ? 0 : NB);
    if (this.timeOf !== null) this.exclusiveBuckets(cpu, i, buckets);
    return { service: this.service[i]!, ticks: this.exclusive(cpu, i) + this.carried[i]!, syncTicks: this.sync[i]! + this.carriedSync[i]!, buckets };
  }

  /** The innermost service turned out to be `service` (a fault's kind is known once handled). */
  retag(cpu: KernelCpu, service: number): void {
    const d = this.depth[cpu.id]!;
    assert(d > 0, `cpu ${cpu.id}: no service to retag`);
    this.service[cpu.id * MAX_DEPTH + d - 1] = service;
  }

  /** Spin time inside the innermost service. */
  addSync(cpu: KernelCpu, ticks: number): void {
    const d = this.depth[cpu.id]!;
    if (d > 0) this.sync[cpu.id * MAX_DEPTH + d - 1]! += ticks;
  }

  inService(cpu: KernelCpu): boolean {
    return this.depth[cpu.id]! > 0;
  }

  /** Forgets the totals since boot (measurement starts after warm-up). */
  resetLifetime(): void {
    this.lifetimeInvocations.fill(0);
    this.lifetimeTicks.fill(0);
  }

  /** Starts a new sampling interval. */
  drain(): void {
    this.bucketTicks.fill(0);
    this.invocations.fill(0);
    this.totalTicks.fill(0);
    this.syncTicks.fill(0);
  }

  private pop(cpu: KernelCpu): number {
    const d = this.depth[cpu.id]! - 1;
    assert(d >= 0, `cpu ${cpu.id}: kernel service ended that never began`);
    this.depth[cpu.id] = d;
    return cpu.id * MAX_DEPTH + d;
  }

  private exclusive(cpu: KernelCpu, i: number): number {
    const ticks = cpu.nowTicks - this.start[i]! - this.nested[i]!;
    assert(ticks >= 0, `negative service time ${ticks}`);
    const d = this.depth[cpu.id]!;
    if (d > 0) this.nested[cpu.id * MAX_DEPTH + d - 1]! += cpu.nowTicks - this.start[i]!;
    return ticks;
  }
}
