import { assert, AssertionError, assertInRange, type Simulator } from '@disco/sim-kernel';
import { InterruptCause, PrivilegedOp, TLB_INVALID, TLB_REFILL, type Cpu, type TlbExceptionKind } from '@disco/hardware';
import { TimeBucket, TlbMissKind } from '@disco/trace-schema';
import { IPI_SHOOTDOWN } from './memory-manager';
import type { MonitorConfig } from './monitor-config';
import { enterMonitor, inGuestKernel, leaveMonitor, type GuestKernels, type InterruptPoster, type PrivilegedEntry, type RunningVcpus } from './monitor-ports';
import { V_PRIVILEGED, V_SPECIAL_PAGE, V_TLB_REFLECTED, V_TRAPS } from './vcpu';
import { SPECIAL_PAGE_VA, type Vcpu } from './vm';
import type { MonitorMemory } from './monitor-memory';

/** Privileged accesses the special page turns into loads and stores (§4.3 item 3). */
const SPECIAL_PAGE_OPS: readonly number[] = [PrivilegedOp.READ_STATUS, PrivilegedOp.WRITE_STATUS, PrivilegedOp.SET_INTERRUPT_MASK, PrivilegedOp.READ_CAUSE, PrivilegedOp.READ_EPC];
/** Op codes in PrivilegedInstructionEmulated beyond PrivilegedOp. */
export const OP_SET_ASID = 100;
export const OP_TLB_PROBE = 101;
export const OP_SEND_IPI = 102;
const GUEST_BUCKETS: readonly number[] = [TimeBucket.TIME_USER, TimeBucket.TIME_KERNEL, TimeBucket.TIME_KERNEL_SYNC, TimeBucket.TIME_IDLE];

/**
 * Trap-and-emulate (§4.2.1, §4.3): privileged instructions trap and are
 * emulated on the VCPU record; with the special page, the hot side-effect-free
 * ones become plain loads and stores; system calls, bus errors and TLB
 * exceptions Disco does not resolve itself are reflected to the guest's
 * trap vector; guest IPIs are emulated device accesses.
 */
export class TrapEmulation implements PrivilegedEntry {
  constructor(
    private readonly sim: Simulator,
    private readonly config: MonitorConfig,
    private readonly running: RunningVcpus,
    private readonly kernels: GuestKernels,
    private readonly interrupts: InterruptPoster,
    private readonly own: MonitorMemory,
  ) {}

  addressError(cpu: Cpu, va: number, write: boolean): void {
    const v = this.running.running(cpu.id);
    throw new AssertionError(`cpu ${cpu.id} (vm ${v?.vm.id ?? -1}): address error at 0x${va.toString(16)}${write ? ' (store)' : ''} in mode ${cpu.mode}`);
  }

  /** A system call or other trap: reflected to the guest kernel. */
  trap(cpu: Cpu, code: number, argument: number): void {
    const v = this.running.running(cpu.id);
    if (v === null) throw new AssertionError(`cpu ${cpu.id}: trap ${code} with no VCPU running`);
    v.counters[V_TRAPS]!++;
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_PRIVILEGED, this.config.trapEntryExitTicks + this.config.reflectExceptionTicks);
    try {
      inGuestKernel(cpu, () => this.kernels.kernelOf(v.vm).trap(v, code, argument));
    } finally {
      leaveMonitor(cpu, saved);
    }
  }

  /** An IPI or device interrupt to Disco itself: its handler's time (shootdowns count as NUMA time). */
  monitorInterrupt(cpu: Cpu, cause: InterruptCause, data: number): void {
    const bucket = cause === InterruptCause.IPI && data === IPI_SHOOTDOWN ? TimeBucket.TIME_MONITOR_NUMA : TimeBucket.TIME_MONITOR_OTHER;
    leaveMonitor(cpu, enterMonitor(cpu, bucket, this.config.ipiHandlerTicks));
  }

  reflectTlb(v: Vcpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    const cpu = v.cpu;
    v.counters[V_TLB_REFLECTED]!++;
    if (this.sim.detailed) {
      const protoKind = kind === TLB_REFILL ? TlbMissKind.TLB_MISS_REFILL : kind === TLB_INVALID ? TlbMissKind.TLB_MISS_INVALID : TlbMissKind.TLB_MISS_MODIFIED;
      this.sim.emit('L2TlbMissed', { vcpu: v.id, virtualAddress: va, asid: cpu.asid, kind: protoKind, write }, cpu.id, cpu.id, v.vm.id);
    }
    const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_TLB_MISS, this.config.reflectExceptionTicks);
    try {
      return inGuestKernel(cpu, () => this.kernels.kernelOf(v.vm).tlbMiss(v, kind, va, write));
    } finally {
      leaveMonitor(cpu, saved);
    }
  }

  emulateSetAsid(v: Vcpu, asid: number): void {
    this.running.assertRunning(v);
    assertInRange(asid, 0, 256, 'ASID');
    const saved = this.emulationEnter(v, OP_SET_ASID);
    v.asid = asid;
    v.cpu.asid = asid;
    leaveMonitor(v.cpu, saved);
  }

  /** Trap-and-emulate of one privileged instruction, or a special-page load/store (§4.2.1, §4.3). */
  emulatePrivileged(v: Vcpu, op: PrivilegedOp): void {
    this.running.assertRunning(v);
    if (v.vm.spec.modifications.specialPage && SPECIAL_PAGE_OPS.includes(op)) {
      this.specialPageAccess(v, op);
      return;
    }
    leaveMonitor(v.cpu, this.emulationEnter(v, op));
  }

  emulationEnter(v: Vcpu, op: number): number {
    const cost = this.config.trapEntryExitTicks + this.config.privilegedEmulationTicks;
    v.counters[V_PRIVILEGED]!++;
    const saved = enterMonitor(v.cpu, TimeBucket.TIME_MONITOR_PRIVILEGED, cost);
    this.own.vcpuRecord(v);
    if (this.sim.detailed) this.sim.emit('PrivilegedInstructionEmulated', { vcpu: v.id, op, specialPage: false, costTicks: cost }, v.homeCpu, v.homeCpu, v.vm.id);
    return saved;
  }

  private specialPageAccess(v: Vcpu, op: PrivilegedOp): void {
    const cpu = v.cpu;
    const va = SPECIAL_PAGE_VA + op * 8;
    const start = cpu.nowTicks;
    if (op === PrivilegedOp.WRITE_STATUS) cpu.store(va, 1);
    else {
      const value = cpu.load(va);
      if (op === PrivilegedOp.SET_INTERRUPT_MASK) cpu.store(va, value);
    }
    v.counters[V_SPECIAL_PAGE]!++;
    if (this.sim.detailed) this.sim.emit('PrivilegedInstructionEmulated', { vcpu: v.id, op, specialPage: true, costTicks: cpu.nowTicks - start }, cpu.id, cpu.id, v.vm.id);
  }

  /** A guest IPI to another VCPU of its VM: an emulated device access, then a posted interrupt (§4.2.1). */
  guestSendIpi(v: Vcpu, toVcpu: number, vector: number): void {
    const target = v.vm.vcpus[toVcpu];
    if (target === undefined) throw new AssertionError(`vm ${v.vm.id} has no VCPU ${toVcpu}`);
    leaveMonitor(v.cpu, this.emulationEnter(v, OP_SEND_IPI));
    this.interrupts.postInterrupt(target, InterruptCause.IPI, vector, v.homeCpu);
  }

  guestAccount(v: Vcpu, bucket: number): void {
    assert(GUEST_BUCKETS.includes(bucket), `a guest may account to user, kernel, kernel-sync or idle time, not bucket ${bucket}`);
    v.cpu.time.switchTo(bucket);
  }
}
