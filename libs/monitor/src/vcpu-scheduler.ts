import { AssertionError, Priority, type Simulator, type Tick } from '@disco/sim-kernel';
import { CpuMode, InterruptCause, KSEG0_BASE, OP_IDLE, PAGE_BYTES, type Cpu, type Machine, type OpBuffer, type OpSource } from '@disco/hardware';
import { TimeBucket, VcpuScheduleReason } from '@disco/trace-schema';
import { IPI_POST, type TlbOwners } from './memory-manager';
import type { MonitorConfig } from './monitor-config';
import { enterMonitor, inGuestKernel, leaveMonitor, type GuestKernels, type InterruptPoster, type RunningVcpus } from './monitor-ports';
import { V_INTERRUPTS, V_RUN_TICKS } from './vcpu';
import type { Vcpu } from './vm';

/** What the scheduler knows of each physical CPU. */
interface CpuState {
  current: Vcpu | null;
  /** Whose translations the hardware TLB holds (flushed on a switch to another VCPU, §4.2.2). */
  tlbOwner: Vcpu | null;
  readonly queue: Vcpu[];
  quantumStartTicks: Tick;
  nextReason: number;
}

/**
 * VCPU scheduling (§4.1, §4.2.1): the operation source of every physical
 * CPU. Each CPU time-shares the VCPUs pinned to it, one quantum at a time,
 * flushing the hardware TLB when it switches to another VCPU (ASIDs are not
 * virtualized, §4.2.2); a VCPU in reduced-power mode is descheduled until
 * an interrupt is posted to it; an interrupt posted from another CPU than
 * the VCPU's is sent there as an IPI.
 */
export class VcpuScheduler implements OpSource, TlbOwners, RunningVcpus, InterruptPoster {
  private readonly cpuStates: CpuState[];

  constructor(
    private readonly sim: Simulator,
    private readonly machine: Machine,
    private readonly config: MonitorConfig,
    private readonly kernels: GuestKernels,
  ) {
    this.cpuStates = machine.cpus.map(() => ({
      current: null,
      tlbOwner: null,
      queue: [],
      quantumStartTicks: 0,
      nextReason: VcpuScheduleReason.VCPU_SCHEDULE_START,
    }));
  }

  /** Queues a new VCPU on its home CPU. */
  add(v: Vcpu): void {
    this.cpuStates[v.homeCpu]!.queue.push(v);
  }

  /** VCPUs queued on each physical CPU (placement). */
  queueLengths(): number[] {
    return this.cpuStates.map((s) => s.queue.length);
  }

  tlbOwner(cpu: number): Vcpu | null {
    return this.cpuStates[cpu]!.tlbOwner;
  }

  running(cpu: number): Vcpu | null {
    return this.cpuStates[cpu]!.current;
  }

  assertRunning(v: Vcpu): void {
    if (this.cpuStates[v.homeCpu]!.current !== v) throw new AssertionError(`vm ${v.vm.id} vcpu ${v.id} used while not running on cpu ${v.homeCpu}`);
  }

  chargeIfRunning(v: Vcpu): void {
    if (this.cpuStates[v.homeCpu]!.current === v) this.chargeRun(v, v.cpu);
  }

  /** The VCPU's interval timer (§4.2.4): a TIMER interrupt every `timerIntervalUs`. */
  startTimer(v: Vcpu): void {
    const interval = Math.round(v.vm.spec.timerIntervalUs * 1e6);
    if (interval <= 0) return;
    const tick = (): void => {
      this.postInterrupt(v, InterruptCause.TIMER, 0, -1);
      this.sim.after(interval, Priority.INTERRUPT, tick);
    };
    this.sim.after(interval, Priority.INTERRUPT, tick);
  }

  fill(buffer: OpBuffer, cpuId: number): void {
    const cs = this.cpuStates[cpuId]!;
    const cpu = this.machine.cpus[cpuId]!;
    for (let attempt = 0; attempt <= cs.queue.length + 1; attempt++) {
      const v = this.pickVcpu(cs, cpu);
      if (v === null) return;
      this.deliverPending(v);
      if (!v.idleRequested) {
        this.guestFill(v, buffer);
        if (buffer.length > 0) return;
      }
      this.idleVcpu(cs, v);
    }
  }

  /** The VCPU to run now: the current one unless its quantum is up and another is runnable. */
  private pickVcpu(cs: CpuState, cpu: Cpu): Vcpu | null {
    const current = cs.current;
    if (current !== null) {
      if (cs.queue.length < 2 || cpu.nowTicks - cs.quantumStartTicks < this.config.quantumTicks) return current;
      const next = this.nextRunnable(cs, current);
      if (next === null || next === current) {
        cs.quantumStartTicks = cpu.nowTicks;
        return current;
      }
      this.switchTo(cs, cpu, next, VcpuScheduleReason.VCPU_SCHEDULE_QUANTUM);
      return next;
    }
    const next = this.nextRunnable(cs, null);
    if (next === null) return null;
    this.switchTo(cs, cpu, next, cs.nextReason);
    return next;
  }

  private nextRunnable(cs: CpuState, after: Vcpu | null): Vcpu | null {
    const q = cs.queue;
    const start = after === null ? 0 : q.indexOf(after) + 1;
    for (let k = 0; k < q.length; k++) {
      const v = q[(start + k) % q.length]!;
      if (v.runnable) return v;
    }
    return null;
  }

  private switchTo(cs: CpuState, cpu: Cpu, v: Vcpu, reason: number): void {
    const previous = cs.current ?? cs.tlbOwner;
    if (cs.current !== null) this.chargeRun(cs.current, cpu);
    let switchTicks = 0;
    if (cs.tlbOwner !== v) {
      const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_OTHER, this.config.vcpuSwitchTicks);
      cpu.tlb.flushAll();
      cs.tlbOwner = v;
      leaveMonitor(cpu, saved);
      switchTicks = this.config.vcpuSwitchTicks;
    }
    cpu.asid = v.asid;
    cs.current = v;
    cs.quantumStartTicks = cpu.nowTicks;
    v.scheduledAtTicks = cpu.nowTicks;
    let waiting = 0;
    for (const o of cs.queue) if (o !== v && o.runnable) waiting++;
    this.sim.emit(
      'VcpuScheduled',
      {
        vcpu: v.id,
        previousVm: previous === null ? -1 : previous.vm.id,
        previousVcpu: previous === null ? -1 : previous.id,
        reason,
        runnableWaiting: waiting,
        quantumTicks: this.config.quantumTicks,
        switchTicks,
      },
      cpu.id,
      cpu.id,
      v.vm.id,
    );
  }

  private chargeRun(v: Vcpu, cpu: Cpu): void {
    v.counters[V_RUN_TICKS]! += Math.max(0, cpu.nowTicks - v.scheduledAtTicks);
    v.scheduledAtTicks = cpu.nowTicks;
  }

  /** The VCPU entered reduced-power mode: deschedule it until an interrupt is posted (§4.2.1). */
  private idleVcpu(cs: CpuState, v: Vcpu): void {
    v.idleRequested = false;
    if (v.pending.length > 0) return;
    v.runnable = false;
    this.chargeRun(v, this.machine.cpus[v.homeCpu]!);
    cs.current = null;
    cs.nextReason = VcpuScheduleReason.VCPU_SCHEDULE_WAKE;
  }

  private guestFill(v: Vcpu, buffer: OpBuffer): void {
    const cpu = v.cpu;
    cpu.mode = CpuMode.SUPERVISOR;
    cpu.time.switchTo(TimeBucket.TIME_KERNEL);
    this.kernels.kernelOf(v.vm).fill(buffer, v);
    // Reduced-power mode inside a VM means "deschedule me": cut the buffer there.
    for (let i = 0; i < buffer.length; i++) {
      if (buffer.kinds[i] === OP_IDLE) {
        buffer.length = i;
        v.idleRequested = true;
        break;
      }
    }
    cpu.mode = CpuMode.USER;
    cpu.time.switchTo(TimeBucket.TIME_USER);
  }

  /**
   * Posts a virtual interrupt to a VCPU (§4.2.1): it becomes runnable; if it
   * is pinned to another CPU than the one posting, Disco sends an IPI there.
   * `fromCpu` -1: posted by a device or timer with no CPU of its own.
   */
  postInterrupt(v: Vcpu, cause: InterruptCause, data: number, fromCpu: number): void {
    if (cause === InterruptCause.TIMER) {
      if (v.timerPending) return;
      v.timerPending = true;
    }
    v.pending.push(cause, data);
    v.runnable = true;
    if (fromCpu >= 0 && fromCpu !== v.homeCpu) this.machine.sendIpi(fromCpu, v.homeCpu, IPI_POST);
    else this.machine.cpus[v.homeCpu]!.wake();
  }

  private deliverPending(v: Vcpu): void {
    const cpu = v.cpu;
    while (v.pending.length > 0) {
      const cause = v.pending.shift() as InterruptCause;
      const data = v.pending.shift()!;
      if (cause === InterruptCause.TIMER) v.timerPending = false;
      v.counters[V_INTERRUPTS]!++;
      const saved = enterMonitor(cpu, TimeBucket.TIME_MONITOR_OTHER, this.config.reflectExceptionTicks);
      // Disco reads the VCPU's interrupt state from the special page before delivering (INFERENCE, §4.2.1).
      if (v.vm.spec.modifications.specialPage) cpu.load(KSEG0_BASE + v.specialPage * PAGE_BYTES);
      leaveMonitor(cpu, saved);
      inGuestKernel(cpu, () => this.kernels.kernelOf(v.vm).interrupt(v, cause, data));
    }
  }
}
