import { assert, AssertionError, assertInRange, Priority, type Simulator, type Tick } from '@disco/sim-kernel';
import {
  CpuMode,
  InterruptCause,
  isUnmapped,
  KSEG0_BASE,
  KSEG3_BASE,
  KSSEG_BASE,
  PAGE_BYTES,
  PrivilegedOp,
  TLB_DIRTY,
  TLB_MODIFIED,
  TLB_REFILL,
  TLB_VALID,
  unmappedToMachine,
  type Cpu,
  type ExceptionHandler,
  type GuestKernel,
  type KernelDiskRequest,
  type KernelNetRequest,
  type KernelTlbEntry,
  type Machine,
  type OpBuffer,
  type OpSource,
  type TlbExceptionKind,
} from '@disco/hardware';
import { MonitorCall, ShootdownReason, TimeBucket, TlbMissKind, VcpuScheduleReason } from '@disco/trace-schema';
import { VirtualDisks } from './cow-disk';
import { Footprint } from './footprint';
import { IPI_POST, IPI_SHOOTDOWN, MemoryManager, type MonitorFaults, type TlbOwners } from './memory-manager';
import { DEFAULT_MONITOR_CONFIG, validateMonitorConfig, type MonitorConfig } from './monitor-config';
import { NumaPolicy } from './numa-policy';
import { PageKind } from './page-kind';
import { SPECIAL_PAGE_VA, SPECIAL_VPN2, Vm } from './vm';
import { ALL_MODIFICATIONS, DEFAULT_TIMER_INTERVAL_US, validateVmSpec, type ResolvedVmSpec, type VmSpec } from './vm-spec';
import {
  V_COW_FAULTS,
  V_INTERRUPTS,
  V_KERNEL_TLB_FAULTS,
  V_L2TLB_HITS,
  V_MONITOR_CALLS,
  V_PRIVILEGED,
  V_RUN_TICKS,
  V_SPECIAL_PAGE,
  V_TLB_REFLECTED,
  V_TLB_WRITES,
  V_TRAPS,
  V_VTLB_HITS,
  Vcpu,
  VCPU_COUNTER_COUNT,
} from './vcpu';
import { VirtualNetwork } from './virtual-network';

/** In L2TLB flags only (never in the hardware TLB): the guest's entry allows writes. */
export const GUEST_WRITABLE = 4;
const OP_IDLE_KIND = 5;
/** First VPN2 of KSEG0: guest entries at or above it can never match a reference (the segment is unmapped). */
const KUSEG_VPN2_LIMIT = KSEG0_BASE / (2 * PAGE_BYTES);
/** Privileged accesses the special page turns into loads and stores (§4.3 item 3). */
const SPECIAL_PAGE_OPS: readonly number[] = [PrivilegedOp.READ_STATUS, PrivilegedOp.WRITE_STATUS, PrivilegedOp.SET_INTERRUPT_MASK, PrivilegedOp.READ_CAUSE, PrivilegedOp.READ_EPC];
/** Op codes in PrivilegedInstructionEmulated beyond PrivilegedOp. */
export const OP_SET_ASID = 100;
export const OP_TLB_PROBE = 101;
export const OP_SEND_IPI = 102;
const GUEST_BUCKETS: readonly number[] = [TimeBucket.TIME_USER, TimeBucket.TIME_KERNEL, TimeBucket.TIME_KERNEL_SYNC, TimeBucket.TIME_IDLE];

export interface DiscoOptions {
  /** Deliberate bugs, for canary tests only. */
  readonly faults?: MonitorFaults;
}

/** What Disco knows of each physical CPU. */
interface CpuState {
  current: Vcpu | null;
  /** Whose translations the hardware TLB holds (flushed on a switch to another VCPU, §4.2.2). */
  tlbOwner: Vcpu | null;
  readonly queue: Vcpu[];
  quantumStartTicks: Tick;
  nextReason: number;
  /** Guest-physical pages behind each hardware TLB entry's halves (-1 invalid, -2 special page): for invariant checks. */
  readonly shadowPpn0: Int32Array;
  readonly shadowPpn1: Int32Array;
  readonly shadowVm: Int32Array;
}

/**
 * The Disco virtual machine monitor (§4): it installs itself as the
 * exception handler and operation source of every physical CPU, multiplexes
 * VCPUs onto them, emulates privileged operations, virtualizes memory
 * through the pmap, L2TLB and memmap, moves pages for NUMA locality, and
 * virtualizes disks and the network with copy-on-write sharing.
 */
export class Disco implements ExceptionHandler, OpSource, TlbOwners {
  readonly vms: Vm[] = [];
  readonly memory: MemoryManager;
  readonly numa: NumaPolicy;
  readonly disks: VirtualDisks;
  readonly net: VirtualNetwork;
  readonly footprint: Footprint;
  readonly config: MonitorConfig;
  private readonly kernels: GuestKernel[] = [];
  private readonly cpuStates: CpuState[];
  private readonly scratch = { vpn2: 0, asid: 0, global: false, pfn0: 0, flags0: 0, pfn1: 0, flags1: 0 };
  private halfMpn = 0;
  private halfFlags = 0;
  private started = false;
  private readonly previousCounters = new Map<Vcpu, Float64Array>();
  private lastSampleTicks: Tick = 0;
  /** Monitor code pages (72 KB replicated per node, §4.2). */
  readonly codePages: number[] = [];

  constructor(
    readonly sim: Simulator,
    readonly machine: Machine,
    config: MonitorConfig = DEFAULT_MONITOR_CONFIG,
    options: DiscoOptions = {},
  ) {
    validateMonitorConfig(config);
    this.config = config;
    this.memory = new MemoryManager(machine, config, this, options.faults ?? {});
    this.cpuStates = machine.cpus.map(() => ({
      current: null,
      tlbOwner: null,
      queue: [],
      quantumStartTicks: 0,
      nextReason: VcpuScheduleReason.VCPU_SCHEDULE_START,
      shadowPpn0: new Int32Array(machine.config.tlbEntries).fill(-1),
      shadowPpn1: new Int32Array(machine.config.tlbEntries).fill(-1),
      shadowVm: new Int32Array(machine.config.tlbEntries).fill(-1),
    }));
    const codePagesPerNode = Math.ceil(config.monitorCodeBytes / PAGE_BYTES);
    for (let n = 0; n < machine.nodes; n++) for (let i = 0; i < codePagesPerNode; i++) this.codePages.push(this.memory.allocateMonitorPage(n));
    this.numa = new NumaPolicy(this);
    this.disks = new VirtualDisks(this);
    this.net = new VirtualNetwork(this);
    this.footprint = new Footprint(this);
  }

  // ---- Virtual machines ----

  /** Creates a VM running `kernel`; call before `start`. */
  createVm(spec: VmSpec, kernel: GuestKernel): Vm {
    assert(!this.started, 'VMs are created before the monitor starts');
    validateVmSpec(spec, this.machine.cpus.length, this.machine.disks.length);
    const resolved = this.resolveSpec(spec);
    this.disks.checkExclusive(this.vms.length, resolved.disks);
    const diskSectors = resolved.disks.map(() => this.machine.config.diskCylinders * this.machine.config.diskSectorsPerCylinder);
    const vm = new Vm(this.vms.length, resolved, diskSectors);
    const hw = this.machine.config;
    for (let i = 0; i < resolved.vcpus; i++) {
      const home = resolved.cpus[i]!;
      const cpu = this.machine.cpus[home]!;
      const v = new Vcpu(i, vm, home, cpu, this, hw.tlbEntries, hw.tlbWiredEntries, this.config.l2TlbEntries, this.sim.prng.stream(`monitor/vtlb/${vm.id}/${i}`));
      v.specialPage = this.memory.allocateMonitorPage(home);
      vm.vcpus.push(v);
      this.cpuStates[home]!.queue.push(v);
    }
    this.vms.push(vm);
    this.kernels.push(kernel);
    this.emitVmCreated(vm);
    return vm;
  }

  private resolveSpec(spec: VmSpec): ResolvedVmSpec {
    const cpus = spec.cpus ?? this.leastLoadedCpus(spec.vcpus);
    return {
      name: spec.name ?? `vm${this.vms.length}`,
      vcpus: spec.vcpus,
      memoryMb: spec.memoryMb,
      cpus,
      disks: spec.disks ?? [],
      timerIntervalUs: spec.timerIntervalUs ?? DEFAULT_TIMER_INTERVAL_US,
      modifications: { ...ALL_MODIFICATIONS, ...spec.modifications },
    };
  }

  /** Default placement: each VCPU on the CPU with the fewest VCPUs so far (lowest index on ties). */
  private leastLoadedCpus(vcpus: number): number[] {
    const load = this.cpuStates.map((s) => s.queue.length);
    const cpus: number[] = [];
    for (let i = 0; i < vcpus; i++) {
      let best = 0;
      for (let c = 1; c < load.length; c++) if (load[c]! < load[best]!) best = c;
      cpus.push(best);
      load[best]!++;
    }
    return cpus;
  }

  private emitVmCreated(vm: Vm): void {
    const m = vm.spec.modifications;
    this.sim.emit(
      'VmCreated',
      {
        vcpus: vm.spec.vcpus,
        physicalPages: vm.physicalPages,
        homeCpus: [...vm.spec.cpus],
        disks: vm.spec.disks.length,
        specialPage: m.specialPage,
        zeroPageCall: m.zeroPageCall,
        freedPageHint: m.freedPageHint,
        monitorCallDrivers: m.monitorCallDrivers,
        relocatedKernel: m.relocatedKernel,
        nfsRemap: m.nfsRemap,
        mbufFix: m.mbufFix,
      },
      -1,
      -1,
      vm.id,
    );
  }

  kernelOf(vm: Vm): GuestKernel {
    return this.kernels[vm.id]!;
  }

  /** Takes over every physical CPU and starts the VMs' timers and the monitor's samples. */
  start(): void {
    assert(!this.started, 'Disco started twice');
    this.started = true;
    for (const cpu of this.machine.cpus) {
      cpu.handler = this;
      // Disco uses the whole hardware TLB as a cache of its own entries; the guest's wired entries live in the virtual TLB.
      cpu.tlb.setWired(0);
      cpu.tlb.flushAll();
      cpu.mode = CpuMode.KERNEL;
      cpu.run(this);
    }
    for (const vm of this.vms) for (const v of vm.vcpus) this.startTimer(v);
    if (this.config.sampleIntervalTicks > 0) {
      const tick = (): void => {
        this.sample();
        this.sim.after(this.config.sampleIntervalTicks, Priority.SAMPLE, tick);
      };
      this.sim.after(this.config.sampleIntervalTicks, Priority.SAMPLE, tick);
    }
  }

  private startTimer(v: Vcpu): void {
    const interval = Math.round(v.vm.spec.timerIntervalUs * 1e6);
    if (interval <= 0) return;
    const tick = (): void => {
      this.postInterrupt(v, InterruptCause.TIMER, 0, -1);
      this.sim.after(interval, Priority.INTERRUPT, tick);
    };
    this.sim.after(interval, Priority.INTERRUPT, tick);
  }

  tlbOwner(cpu: number): Vcpu | null {
    return this.cpuStates[cpu]!.tlbOwner;
  }

  /** The VCPU running on a physical CPU, or null. */
  running(cpu: number): Vcpu | null {
    return this.cpuStates[cpu]!.current;
  }

  /** Hardware TLB shadow of a CPU (invariant checks): guest-physical pages and VM behind each entry. */
  tlbShadow(cpu: number): { readonly ppn0: Int32Array; readonly ppn1: Int32Array; readonly vm: Int32Array } {
    const s = this.cpuStates[cpu]!;
    return { ppn0: s.shadowPpn0, ppn1: s.shadowPpn1, vm: s.shadowVm };
  }

  // ---- Entering and leaving the monitor ----

  /** Switches the CPU into Disco (kernel mode, `bucket`) and charges `ticks`; returns what `leave` restores. */
  enter(cpu: Cpu, bucket: number, ticks: Tick): number {
    const saved = cpu.time.bucket | (cpu.mode << 8);
    cpu.mode = CpuMode.KERNEL;
    cpu.time.switchTo(bucket);
    cpu.chargeExceptionTicks(ticks);
    return saved;
  }

  leave(cpu: Cpu, saved: number): void {
    cpu.time.switchTo(saved & 0xff);
    cpu.mode = (saved >>> 8) as CpuMode;
  }

  /** Runs guest kernel code (supervisor mode, kernel time) and returns to where the CPU was. */
  private inGuestKernel<T>(cpu: Cpu, body: () => T): T {
    const saved = cpu.time.bucket | (cpu.mode << 8);
    cpu.mode = CpuMode.SUPERVISOR;
    cpu.time.switchTo(TimeBucket.TIME_KERNEL);
    try {
      return body();
    } finally {
      this.leave(cpu, saved);
    }
  }

  private assertRunning(v: Vcpu): void {
    if (this.cpuStates[v.homeCpu]!.current !== v) throw new AssertionError(`vm ${v.vm.id} vcpu ${v.id} used while not running on cpu ${v.homeCpu}`);
  }

  // ---- Scheduling (OpSource of every physical CPU) ----

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
      const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_OTHER, this.config.vcpuSwitchTicks);
      cpu.tlb.flushAll();
      cs.tlbOwner = v;
      this.leave(cpu, saved);
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
    this.kernelOf(v.vm).fill(buffer, v);
    // Reduced-power mode inside a VM means "deschedule me": cut the buffer there.
    for (let i = 0; i < buffer.length; i++) {
      if (buffer.kinds[i] === OP_IDLE_KIND) {
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
      const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_OTHER, this.config.reflectExceptionTicks);
      // Disco reads the VCPU's interrupt state from the special page before delivering (INFERENCE, §4.2.1).
      if (v.vm.spec.modifications.specialPage) cpu.load(KSEG0_BASE + v.specialPage * PAGE_BYTES);
      this.leave(cpu, saved);
      this.inGuestKernel(cpu, () => this.kernelOf(v.vm).interrupt(v, cause, data));
    }
  }

  // ---- ExceptionHandler of every physical CPU ----

  tlbMiss(cpu: Cpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    const v = this.cpuStates[cpu.id]!.current;
    if (v === null) throw new AssertionError(`cpu ${cpu.id}: TLB exception at 0x${va.toString(16)} with no VCPU running`);
    if (va >= KSSEG_BASE && va < KSEG3_BASE) return this.kernelSegmentMiss(v, kind, va);
    assert(va < KSEG0_BASE, `vm ${v.vm.id}: TLB exception in a kernel-only segment at 0x${va.toString(16)}`);
    if (kind === TLB_REFILL) return this.userRefill(v, va, write);
    if (kind === TLB_MODIFIED) return this.userModified(v, va, write);
    return this.reflectTlb(v, kind, va, write);
  }

  addressError(cpu: Cpu, va: number, write: boolean): void {
    const v = this.cpuStates[cpu.id]!.current;
    throw new AssertionError(`cpu ${cpu.id} (vm ${v?.vm.id ?? -1}): address error at 0x${va.toString(16)}${write ? ' (store)' : ''} in mode ${cpu.mode}`);
  }

  trap(cpu: Cpu, code: number, argument: number): void {
    const v = this.cpuStates[cpu.id]!.current;
    if (v === null) throw new AssertionError(`cpu ${cpu.id}: trap ${code} with no VCPU running`);
    v.counters[V_TRAPS]!++;
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_PRIVILEGED, this.config.trapEntryExitTicks + this.config.reflectExceptionTicks);
    try {
      this.inGuestKernel(cpu, () => this.kernelOf(v.vm).trap(v, code, argument));
    } finally {
      this.leave(cpu, saved);
    }
  }

  interrupt(cpu: Cpu, cause: InterruptCause, data: number): void {
    if (cause === InterruptCause.HOT_PAGE) {
      this.numa.onHotPage(cpu, data);
      return;
    }
    const bucket = cause === InterruptCause.IPI && data === IPI_SHOOTDOWN ? TimeBucket.TIME_MONITOR_NUMA : TimeBucket.TIME_MONITOR_OTHER;
    this.leave(cpu, this.enter(cpu, bucket, this.config.ipiHandlerTicks));
  }

  // ---- TLB virtualization (§4.2.2) ----

  private kernelSegmentMiss(v: Vcpu, kind: TlbExceptionKind, va: number): boolean {
    const cpu = v.cpu;
    if (kind === TLB_MODIFIED) {
      assert((va >>> 13) !== SPECIAL_VPN2, 'the special page is always writable');
      this.resolveWriteFault(v, this.kernelSegmentPage(v, va));
    }
    v.counters[V_KERNEL_TLB_FAULTS]!++;
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_KERNEL_TLB, this.config.trapEntryExitTicks + this.config.kernelTlbRefillTicks);
    this.refillKernelSegment(v, va);
    this.leave(cpu, saved);
    return true;
  }

  private kernelSegmentPage(v: Vcpu, va: number): number {
    const ppn = Math.floor((va - KSSEG_BASE) / PAGE_BYTES);
    if (ppn >= v.vm.physicalPages) throw new AssertionError(`vm ${v.vm.id}: kernel reference 0x${va.toString(16)} beyond its ${v.vm.physicalPages} physical pages`);
    return ppn;
  }

  /** The relocated kernel segment is a direct map of guest-physical memory: Disco refills it from the pmap (§4.3). */
  private refillKernelSegment(v: Vcpu, va: number): void {
    const vpn2 = va >>> 13;
    if (vpn2 === SPECIAL_VPN2) {
      this.hwInsert(v, vpn2, 0, true, -2, v.specialPage, TLB_VALID | TLB_DIRTY, -1, 0, 0);
      return;
    }
    const even = this.kernelSegmentPage(v, va) & ~1;
    this.translateHalf(v, even, true);
    const mpn0 = this.halfMpn;
    const flags0 = this.halfFlags;
    const odd = even + 1 < v.vm.physicalPages ? even + 1 : -1;
    this.translateHalf(v, odd, true);
    this.hwInsert(v, vpn2, 0, true, even, mpn0, flags0, odd, this.halfMpn, this.halfFlags);
  }

  private userRefill(v: Vcpu, va: number, write: boolean): boolean {
    const cpu = v.cpu;
    const vpn2 = va >>> 13;
    const asid = cpu.asid;
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_TLB_MISS, this.config.trapEntryExitTicks + this.config.l2TlbProbeTicks);
    const l2 = v.l2tlb;
    if (l2.lookup(vpn2, asid)) {
      const i = l2.hitIndex;
      this.hwInsert(v, vpn2, l2.asid[i]!, l2.global[i] === 1, l2.ppn0[i]!, l2.mpn0[i]!, l2.flags0[i]!, l2.ppn1[i]!, l2.mpn1[i]!, l2.flags1[i]!);
      v.counters[V_L2TLB_HITS]!++;
      this.leave(cpu, saved);
      return true;
    }
    const j = v.vtlb.probe(vpn2, asid);
    if (j >= 0) {
      this.installFromVtlb(v, j);
      v.counters[V_VTLB_HITS]!++;
      this.leave(cpu, saved);
      return true;
    }
    this.leave(cpu, saved);
    return this.reflectTlb(v, TLB_REFILL, va, write);
  }

  /** A store hit a read-only hardware entry: Disco's own downgrade (COW, replica) or the guest's protection. */
  private userModified(v: Vcpu, va: number, write: boolean): boolean {
    const cpu = v.cpu;
    const vpn2 = va >>> 13;
    const odd = (va >>> 12) & 1;
    const asid = cpu.asid;
    const l2 = v.l2tlb;
    let global: boolean;
    let ppn0: number;
    let ppn1: number;
    let w0: boolean;
    let w1: boolean;
    if (l2.lookup(vpn2, asid)) {
      const i = l2.hitIndex;
      global = l2.global[i] === 1;
      ppn0 = l2.ppn0[i]!;
      ppn1 = l2.ppn1[i]!;
      w0 = (l2.flags0[i]! & GUEST_WRITABLE) !== 0;
      w1 = (l2.flags1[i]! & GUEST_WRITABLE) !== 0;
    } else {
      const j = v.vtlb.probe(vpn2, asid);
      if (j < 0) {
        // The hardware entry outlived both caches of it: drop it and let the refill path decide.
        cpu.tlb.invalidateOverlapping(vpn2, asid, false);
        return true;
      }
      global = v.vtlb.global[j] === 1;
      ppn0 = v.vtlb.ppn0[j]!;
      ppn1 = v.vtlb.ppn1[j]!;
      w0 = v.vtlb.writable0[j] === 1;
      w1 = v.vtlb.writable1[j] === 1;
    }
    if (!(odd === 0 ? w0 : w1)) return this.reflectTlb(v, TLB_MODIFIED, va, write);
    this.resolveWriteFault(v, odd === 0 ? ppn0 : ppn1);
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, 0);
    this.install(v, vpn2, asid, global, ppn0, w0, ppn1, w1);
    this.leave(cpu, saved);
    return true;
  }

  /** Makes a guest-physical page writable for its VM: breaks COW sharing or collapses replicas (§4.2.3, §4.2.5). */
  resolveWriteFault(v: Vcpu, ppn: number): void {
    const vm = v.vm;
    const primary = vm.pmap[ppn]!;
    const memmap = this.memory.memmap;
    if (primary < 0 || memmap.writable(primary)) return;
    if (memmap.refCount(primary) === 1 && memmap.hasReplicas(primary)) this.numa.collapse(v, ppn, primary);
    else this.breakCow(v, ppn);
  }

  /** A guest store to a shared page: private copy, pmap repointed, that VM's mappings shot down (§4.2.5). */
  private breakCow(v: Vcpu, ppn: number): void {
    const cpu = v.cpu;
    const vm = v.vm;
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, this.config.trapEntryExitTicks);
    const start = cpu.nowTicks;
    const old = vm.pmap[ppn]!;
    const fresh = this.memory.allocateGuestPage(cpu.id);
    this.memory.copyMachinePage(cpu, this.memory.localCopy(old, cpu.id), fresh);
    this.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_COW);
    this.memory.attach(vm, ppn, fresh);
    v.counters[V_COW_FAULTS]!++;
    this.sim.emit(
      'CowBroken',
      { vcpu: v.id, physicalPage: ppn, oldMachinePage: old, newMachinePage: fresh, sharersLeft: this.memory.memmap.refCount(old), latencyTicks: cpu.nowTicks - start },
      cpu.id,
      cpu.id,
      vm.id,
    );
    this.leave(cpu, saved);
  }

  private reflectTlb(v: Vcpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    const cpu = v.cpu;
    v.counters[V_TLB_REFLECTED]!++;
    if (this.sim.detailed) {
      const protoKind = kind === -1 ? TlbMissKind.TLB_MISS_REFILL : kind === -2 ? TlbMissKind.TLB_MISS_INVALID : TlbMissKind.TLB_MISS_MODIFIED;
      this.sim.emit('L2TlbMissed', { vcpu: v.id, virtualAddress: va, asid: cpu.asid, kind: protoKind, write }, cpu.id, cpu.id, v.vm.id);
    }
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_TLB_MISS, this.config.reflectExceptionTicks);
    try {
      return this.inGuestKernel(cpu, () => this.kernelOf(v.vm).tlbMiss(v, kind, va, write));
    } finally {
      this.leave(cpu, saved);
    }
  }

  emulateTlbWrite(v: Vcpu, index: number, e: KernelTlbEntry): void {
    this.assertRunning(v);
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_TLB_WRITE, this.config.trapEntryExitTicks + this.config.tlbWriteEmulationTicks);
    const vt = v.vtlb;
    const i = index < 0 ? vt.randomIndex() : index;
    assertInRange(i, 0, vt.entries, 'TLB index');
    this.checkGuestEntry(v, e);
    const valid = e.physicalPage0 >= 0 || e.physicalPage1 >= 0;
    if (vt.isValid(i)) {
      const oldVpn2 = vt.vpn2[i]!;
      const oldAsid = vt.asid[i]!;
      const oldGlobal = vt.global[i] === 1;
      cpu.tlb.invalidateOverlapping(oldVpn2, oldAsid, oldGlobal);
      // An invalidating write is the guest dropping a translation: the L2TLB must forget it too (INFERENCE).
      if (!valid) v.l2tlb.invalidateVpn2(oldVpn2, oldAsid, oldGlobal);
    }
    vt.dropOverlapping(e.vpn2, e.asid, e.global, i);
    v.l2tlb.invalidateVpn2(e.vpn2, e.asid, e.global);
    cpu.tlb.invalidateOverlapping(e.vpn2, e.asid, e.global);
    vt.write(i, e);
    // An all-invalid entry goes to the hardware TLB too (when it can match a user reference), so the retry raises TLB-invalid.
    if (valid || e.vpn2 < KUSEG_VPN2_LIMIT) this.installFromVtlb(v, i);
    v.counters[V_TLB_WRITES]!++;
    this.leave(cpu, saved);
    if (this.sim.detailed) this.emitTlbWrite(v, i, e, cpu.nowTicks - start);
  }

  private checkGuestEntry(v: Vcpu, e: KernelTlbEntry): void {
    const pages = v.vm.physicalPages;
    assert(e.physicalPage0 < pages && e.physicalPage1 < pages, `vm ${v.vm.id}: TLB entry beyond physical memory (${e.physicalPage0}, ${e.physicalPage1})`);
    // An all-invalid entry in unmapped KSEG0 is how a guest empties a slot (it never matches); valid entries map the user segment only.
    if (e.physicalPage0 < 0 && e.physicalPage1 < 0 && e.vpn2 >= KUSEG_VPN2_LIMIT) return;
    if (!(e.vpn2 < KUSEG_VPN2_LIMIT)) throw new AssertionError(`vm ${v.vm.id}: guest TLB entries map the user segment only (the kernel segment is Disco's direct map), got 0x${(e.vpn2 * 2 * PAGE_BYTES).toString(16)}`);
  }

  private emitTlbWrite(v: Vcpu, i: number, e: KernelTlbEntry, costTicks: Tick): void {
    const cpu = v.cpu;
    const p0 = e.physicalPage0;
    const p1 = e.physicalPage1;
    this.sim.emit(
      'TlbWriteEmulated',
      {
        vcpu: v.id,
        vpn2: e.vpn2,
        asid: e.asid,
        index: i,
        physicalPage0: p0,
        physicalPage1: p1,
        machinePage0: p0 >= 0 ? v.vm.pmap[p0]! : -1,
        machinePage1: p1 >= 0 ? v.vm.pmap[p1]! : -1,
        writable0: e.writable0,
        writable1: e.writable1,
        costTicks,
      },
      cpu.id,
      cpu.id,
      v.vm.id,
    );
  }

  private installFromVtlb(v: Vcpu, i: number): void {
    const vt = v.vtlb;
    this.install(v, vt.vpn2[i]!, vt.asid[i]!, vt.global[i] === 1, vt.ppn0[i]!, vt.writable0[i] === 1, vt.ppn1[i]!, vt.writable1[i] === 1);
  }

  /** Translates a guest entry through the pmap, caches it in the L2TLB and inserts it in the hardware TLB. */
  private install(v: Vcpu, vpn2: number, asid: number, global: boolean, ppn0: number, w0: boolean, ppn1: number, w1: boolean): void {
    this.translateHalf(v, ppn0, w0);
    const mpn0 = this.halfMpn;
    const flags0 = this.halfFlags;
    this.translateHalf(v, ppn1, w1);
    // The L2TLB caches translations; an all-invalid entry is none (the virtual TLB keeps it for the refill path).
    if (ppn0 >= 0 || ppn1 >= 0) v.l2tlb.put(vpn2, asid, global, ppn0, mpn0, flags0, ppn1, this.halfMpn, this.halfFlags);
    this.hwInsert(v, vpn2, asid, global, ppn0, mpn0, flags0, ppn1, this.halfMpn, this.halfFlags);
  }

  /** Machine page and flags of one half (in halfMpn/halfFlags; no allocation): protection merged with the page's sharing state. */
  private translateHalf(v: Vcpu, ppn: number, guestWritable: boolean): void {
    if (ppn < 0) {
      this.halfMpn = 0;
      this.halfFlags = 0;
      return;
    }
    const cpu = v.cpu;
    const vm = v.vm;
    let primary = vm.pmap[ppn]!;
    if (primary < 0) {
      const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, 0);
      primary = this.memory.backing(vm, ppn, cpu);
      this.leave(cpu, saved);
    }
    const writable = guestWritable && this.memory.memmap.writable(primary);
    if (writable) vm.knownZero[ppn] = 0;
    this.halfMpn = this.memory.localCopy(primary, cpu.id);
    this.halfFlags = TLB_VALID | (writable ? TLB_DIRTY : 0) | (guestWritable ? GUEST_WRITABLE : 0);
  }

  private hwInsert(v: Vcpu, vpn2: number, asid: number, global: boolean, ppn0: number, mpn0: number, flags0: number, ppn1: number, mpn1: number, flags1: number): void {
    const cpu = v.cpu;
    cpu.tlb.invalidateOverlapping(vpn2, asid, global);
    const s = this.scratch;
    s.vpn2 = vpn2;
    s.asid = asid;
    s.global = global;
    s.pfn0 = mpn0;
    s.flags0 = flags0 & (TLB_VALID | TLB_DIRTY);
    s.pfn1 = mpn1;
    s.flags1 = flags1 & (TLB_VALID | TLB_DIRTY);
    const i = cpu.tlb.writeRandom(s);
    const cs = this.cpuStates[cpu.id]!;
    cs.shadowPpn0[i] = (flags0 & TLB_VALID) !== 0 ? ppn0 : -1;
    cs.shadowPpn1[i] = (flags1 & TLB_VALID) !== 0 ? ppn1 : -1;
    cs.shadowVm[i] = v.vm.id;
  }

  emulateTlbProbe(v: Vcpu, vpn2: number, asid: number): number {
    this.assertRunning(v);
    const saved = this.emulationEnter(v, OP_TLB_PROBE);
    const i = v.vtlb.probe(vpn2, asid);
    // The guest probes before changing a translation; one it believes absent must not survive in the L2TLB.
    if (i < 0) v.l2tlb.invalidateVpn2(vpn2, asid, false);
    this.leave(v.cpu, saved);
    return i;
  }

  emulateSetAsid(v: Vcpu, asid: number): void {
    this.assertRunning(v);
    assertInRange(asid, 0, 256, 'ASID');
    const saved = this.emulationEnter(v, OP_SET_ASID);
    v.asid = asid;
    v.cpu.asid = asid;
    this.leave(v.cpu, saved);
  }

  /** Trap-and-emulate of one privileged instruction, or a special-page load/store (§4.2.1, §4.3). */
  emulatePrivileged(v: Vcpu, op: PrivilegedOp): void {
    this.assertRunning(v);
    if (v.vm.spec.modifications.specialPage && SPECIAL_PAGE_OPS.includes(op)) {
      this.specialPageAccess(v, op);
      return;
    }
    this.leave(v.cpu, this.emulationEnter(v, op));
  }

  private emulationEnter(v: Vcpu, op: number): number {
    const cost = this.config.trapEntryExitTicks + this.config.privilegedEmulationTicks;
    v.counters[V_PRIVILEGED]!++;
    const saved = this.enter(v.cpu, TimeBucket.TIME_MONITOR_PRIVILEGED, cost);
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
    this.leave(v.cpu, this.emulationEnter(v, OP_SEND_IPI));
    this.postInterrupt(target, InterruptCause.IPI, vector, v.homeCpu);
  }

  guestAccount(v: Vcpu, bucket: number): void {
    assert(GUEST_BUCKETS.includes(bucket), `a guest may account to user, kernel, kernel-sync or idle time, not bucket ${bucket}`);
    v.cpu.time.switchTo(bucket);
  }

  // ---- Guest memory references ----

  guestLoad(v: Vcpu, va: number): number {
    if (isUnmapped(va)) return this.emulateKseg0(v, va, false, 0);
    return v.cpu.load(va);
  }

  guestStore(v: Vcpu, va: number, value: number): void {
    if (isUnmapped(va)) this.emulateKseg0(v, va, true, value);
    else v.cpu.store(va, value);
  }

  guestIfetch(v: Vcpu, va: number): void {
    if (isUnmapped(va)) this.emulateKseg0(v, va, false, 0);
    else v.cpu.ifetch(va);
  }

  /** Without the relocated kernel every KSEG0 reference from supervisor mode traps and is emulated (§4.3 item 1). */
  private emulateKseg0(v: Vcpu, va: number, write: boolean, value: number): number {
    const cpu = v.cpu;
    const offset = unmappedToMachine(va);
    const ppn = Math.floor(offset / PAGE_BYTES);
    assert(ppn < v.vm.physicalPages, `vm ${v.vm.id}: KSEG0 reference 0x${va.toString(16)} beyond physical memory`);
    if (write) this.resolveWriteFault(v, ppn);
    v.counters[V_KERNEL_TLB_FAULTS]!++;
    const saved = this.enter(cpu, TimeBucket.TIME_MONITOR_KERNEL_TLB, this.config.trapEntryExitTicks + this.config.privilegedEmulationTicks);
    const primary = this.memory.backing(v.vm, ppn, cpu);
    const machineVa = KSEG0_BASE + this.memory.localCopy(primary, cpu.id) * PAGE_BYTES + (offset % PAGE_BYTES);
    let result = 0;
    if (write) {
      v.vm.knownZero[ppn] = 0;
      cpu.store(machineVa, value);
    } else result = cpu.load(machineVa);
    this.leave(cpu, saved);
    return result;
  }

  // ---- Monitor calls (§4.2.4, §4.3) ----

  /** Enters the monitor for a call: one trap; without monitor-call drivers, device requests cost programmed-I/O traps too. */
  monitorCallEnter(v: Vcpu, deviceRequest: boolean): number {
    this.assertRunning(v);
    const cpu = v.cpu;
    if (deviceRequest && !v.vm.spec.modifications.monitorCallDrivers) {
      const trapTicks = this.config.programmedIoTrapsPerRequest * (this.config.trapEntryExitTicks + this.config.privilegedEmulationTicks);
      v.counters[V_PRIVILEGED]! += this.config.programmedIoTrapsPerRequest;
      this.leave(cpu, this.enter(cpu, TimeBucket.TIME_MONITOR_PRIVILEGED, trapTicks));
    }
    v.counters[V_MONITOR_CALLS]!++;
    return this.enter(cpu, TimeBucket.TIME_MONITOR_CALL_FAULT, this.config.trapEntryExitTicks + this.config.monitorCallTicks);
  }

  emitMonitorCall(v: Vcpu, call: MonitorCall, physicalPage: number, pages: number, startTicks: Tick): void {
    const cpu = v.cpu;
    this.sim.emit('MonitorCallHandled', { vcpu: v.id, call, physicalPage, pages, costTicks: cpu.nowTicks - startTicks }, cpu.id, cpu.id, v.vm.id);
  }

  zeroPageCall(v: Vcpu, ppn: number): void {
    const vm = v.vm;
    assertInRange(ppn, 0, vm.physicalPages, 'physical page');
    if (!vm.spec.modifications.zeroPageCall) {
      const base = vm.platform.kernelBase + ppn * PAGE_BYTES;
      for (let w = 0; w < PAGE_BYTES / 4; w++) this.guestStore(v, base + w * 4, 0);
      return;
    }
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.monitorCallEnter(v, false);
    const mpn = vm.pmap[ppn]!;
    if (mpn >= 0 && vm.knownZero[ppn] === 1) {
      // Disco zeroed it when it allocated it (§4.3 item 4: no second zeroing).
    } else if (mpn >= 0 && this.memory.memmap.writable(mpn)) {
      this.memory.zeroMachinePage(cpu, mpn);
    } else {
      this.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_COW);
      this.memory.backing(vm, ppn, cpu);
    }
    vm.knownZero[ppn] = 1;
    this.emitMonitorCall(v, MonitorCall.MONITOR_CALL_ZERO_PAGE, ppn, 1, start);
    this.leave(cpu, saved);
  }

  copyPageCall(v: Vcpu, from: number, to: number, remap: boolean): void {
    const vm = v.vm;
    assertInRange(from, 0, vm.physicalPages, 'physical page');
    assertInRange(to, 0, vm.physicalPages, 'physical page');
    if (!(remap && vm.spec.modifications.nfsRemap)) {
      const kb = vm.platform.kernelBase;
      for (let w = 0; w < PAGE_BYTES / 4; w++) this.guestStore(v, kb + to * PAGE_BYTES + w * 4, this.guestLoad(v, kb + from * PAGE_BYTES + w * 4));
      return;
    }
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.monitorCallEnter(v, false);
    this.net.remapWithin(v, from, to);
    this.emitMonitorCall(v, MonitorCall.MONITOR_CALL_REMAP_PAGE, to, 1, start);
    this.leave(cpu, saved);
  }

  pageFreedCall(v: Vcpu, ppn: number): void {
    const vm = v.vm;
    assertInRange(ppn, 0, vm.physicalPages, 'physical page');
    if (!vm.spec.modifications.freedPageHint) return;
    const cpu = v.cpu;
    const start = cpu.nowTicks;
    const saved = this.monitorCallEnter(v, false);
    this.memory.detach(vm, ppn, cpu, ShootdownReason.SHOOTDOWN_FREE);
    vm.pageKind[ppn] = PageKind.USER;
    this.emitMonitorCall(v, MonitorCall.MONITOR_CALL_PAGE_FREED, ppn, 1, start);
    this.leave(cpu, saved);
  }

  diskRequestCall(v: Vcpu, request: KernelDiskRequest): void {
    this.disks.request(v, request);
  }

  netSendCall(v: Vcpu, request: KernelNetRequest): void {
    this.net.send(v, request);
  }

  // ---- Samples ----

  /** VcpuCounterSample per VCPU (deltas) and FootprintSample per VM and for the machine. */
  sample(): void {
    // The end of a run may coincide with a periodic sample: one sample per instant.
    if (this.sim.now === this.lastSampleTicks && this.sim.now > 0) return;
    const interval = this.sim.now - this.lastSampleTicks;
    for (const vm of this.vms) {
      for (const v of vm.vcpus) this.sampleVcpu(v, interval);
    }
    this.footprint.sample();
    this.lastSampleTicks = this.sim.now;
  }

  private sampleVcpu(v: Vcpu, intervalTicks: Tick): void {
    const cs = this.cpuStates[v.homeCpu]!;
    if (cs.current === v) this.chargeRun(v, v.cpu);
    let prev = this.previousCounters.get(v);
    if (prev === undefined) {
      prev = new Float64Array(VCPU_COUNTER_COUNT);
      this.previousCounters.set(v, prev);
    }
    const c = v.counters;
    const d = (i: number): number => c[i]! - prev[i]!;
    this.sim.emit(
      'VcpuCounterSample',
      {
        vcpu: v.id,
        intervalTicks,
        privilegedEmulated: d(V_PRIVILEGED),
        specialPageAccesses: d(V_SPECIAL_PAGE),
        tlbWritesEmulated: d(V_TLB_WRITES),
        l2tlbHits: d(V_L2TLB_HITS),
        vtlbHits: d(V_VTLB_HITS),
        tlbMissesReflected: d(V_TLB_REFLECTED),
        kernelTlbFaults: d(V_KERNEL_TLB_FAULTS),
        monitorCalls: d(V_MONITOR_CALLS),
        trapsReflected: d(V_TRAPS),
        interruptsDelivered: d(V_INTERRUPTS),
        cowFaults: d(V_COW_FAULTS),
        runTicks: d(V_RUN_TICKS),
      },
      v.homeCpu,
      v.homeCpu,
      v.vm.id,
    );
    prev.set(c);
  }
}
