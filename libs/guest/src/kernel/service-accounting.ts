import { assert, type Simulator } from '@disco/sim-kernel';
import type { KernelCpu } from '@disco/hardware';
import { GuestService, SERVICE_COUNT } from './services';

const MAX_DEPTH = 8;

/** Exclusive kernel time of a blocked service, carried until it resumes. */
export interface SuspendedService {
  readonly service: number;
  readonly ticks: number;
  readonly syncTicks: number;
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
    if (service !== GuestService.SERVICE_UTLB_MISS) {
      this.sim.emit(
        'KernelServiceCompleted',
        { service, durationTicks: ticks, syncTicks: sync, pid: this.pid[i]!, virtualAddress: this.address[i]!, bytes, diskReads },
        cpu.id,
        cpu.node,
        this.vm,
      );
    }
    return ticks;
  }

  /** The innermost service blocks: its time so far is carried by the sleeping thread. */
  suspend(cpu: KernelCpu): SuspendedService {
    const i = this.pop(cpu);
    return { service: this.service[i]!, ticks: this.exclusive(cpu, i) + this.carried[i]!, syncTicks: this.sync[i]! + this.carriedSync[i]! };
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
