import { assert, Priority, type Simulator, type Tick } from '@disco/sim-kernel';
import {
  CpuMode,
  InterruptCause,
  type Cpu,
  type ExceptionHandler,
  type GuestKernel,
  type KernelDiskRequest,
  type KernelNetRequest,
  type KernelTlbEntry,
  type Machine,
  type PrivilegedOp,
  type TlbExceptionKind,
} from '@disco/hardware';
import { VirtualDisks } from './cow-disk';
import { Footprint, MonitorSampler } from './footprint';
import { MemoryManager, type MonitorFaults } from './memory-manager';
import { MonitorCallEntry, MonitorCalls } from './monitor-calls';
import { DEFAULT_MONITOR_CONFIG, validateMonitorConfig, type MonitorConfig } from './monitor-config';
import { MonitorMemory } from './monitor-memory';
import { enterMonitor, leaveMonitor, type MonitorContext } from './monitor-ports';
import { createPlacementPolicy } from './placement/create-placement-policy';
import { PageMover } from './placement/page-mover';
import { POLICY_KINDS } from './placement/placement-config';
import type { PlacementPolicy } from './placement/placement-policy';
import { TlbVirtualization } from './tlb-virtualization';
import { TrapEmulation } from './trap-emulation';
import { VcpuScheduler } from './vcpu-scheduler';
import { VirtualNetwork } from './virtual-network';
import { Vcpu, Vm, type FixedMapRange, type VcpuMonitor } from './vm';
import { ALL_MODIFICATIONS, DEFAULT_TIMER_INTERVAL_US, validateVmSpec, type ResolvedVmSpec, type VmSpec } from './vm-spec';

export interface DiscoOptions {
  /** Deliberate bugs, for canary tests only. */
  readonly faults?: MonitorFaults;
  /** The placement policy's timer is not scheduled: the caller runs `placement.onTimer` itself (property tests, which run the simulation until it drains). */
  readonly manualPlacementTimer?: boolean;
}

/** `data` of the TIMER interrupt Disco programs for its placement policy (the guests' timers are virtual, §4.2.4). */
export const PLACEMENT_TIMER = 0x504c;

/**
 * The Disco virtual machine monitor (§4), a facade over its mechanisms: it
 * installs itself as the exception handler of every physical CPU and the
 * scheduler as their operation source, and wires the parts, which talk
 * through the narrow interfaces of `monitor-ports.ts`:
 * - `vcpu-scheduler.ts`: VCPU scheduling, idle, quantum, posted interrupts and IPIs (§4.2.1);
 * - `trap-emulation.ts`: privileged instructions, the special page, reflected exceptions (§4.2.1, §4.3);
 * - `tlb-virtualization.ts`: virtual TLB, L2TLB, hardware inserts, kernel TLB faults, write faults (§4.2.2);
 * - `memory-manager.ts`: machine memory, pmap backing, memmap and shootdowns (§4.2.2, §4.2.3);
 * - `placement/`: the placement policy (first placement and page moves, §4.2.3) and the move mechanism it calls;
 * - `monitor-calls.ts`: the monitor calls of the modified IRIX (§4.2.4, §4.3);
 * - `cow-disk.ts`: copy-on-write disks and the global disk cache (§4.2.5);
 * - `virtual-network.ts`: the virtual subnet and page remapping (§4.2.6);
 * - `footprint.ts`: memory footprint and the periodic samples (§5.3).
 */
export class Disco implements ExceptionHandler, VcpuMonitor {
  readonly vms: Vm[] = [];
  readonly memory: MemoryManager;
  /** The page-move mechanism (migrate, replicate, collapse) every placement policy calls. */
  readonly numa: PageMover;
  readonly placement: PlacementPolicy;
  readonly disks: VirtualDisks;
  readonly net: VirtualNetwork;
  readonly footprint: Footprint;
  readonly config: MonitorConfig;
  readonly scheduler: VcpuScheduler;
  readonly traps: TrapEmulation;
  readonly tlb: TlbVirtualization;
  readonly calls: MonitorCalls;
  private readonly sampler: MonitorSampler;
  private readonly kernels: GuestKernel[] = [];
  private started = false;
  private readonly manualPlacementTimer: boolean;
  /** Disco's code (72 KB replicated per node, §4.2) and data pages, and its handlers' references to them. */
  readonly own: MonitorMemory;

  constructor(
    readonly sim: Simulator,
    readonly machine: Machine,
    config: MonitorConfig = DEFAULT_MONITOR_CONFIG,
    options: DiscoOptions = {},
  ) {
    validateMonitorConfig(config);
    this.config = config;
    const kernels = { kernelOf: (vm: Vm): GuestKernel => this.kernelOf(vm) };
    this.scheduler = new VcpuScheduler(sim, machine, config, kernels);
    this.memory = new MemoryManager(machine, config, this.scheduler, options.faults ?? {});
    this.own = new MonitorMemory(config, this.memory, machine.nodes, this.memory.pagesPerNode, machine.config.l1iLineBytes);
    if (config.monitorMemoryReferences) for (const cpu of machine.cpus) cpu.handlerCode = this.own;
    const ctx: MonitorContext = { sim, machine, config, memory: this.memory, vms: this.vms, own: this.own };
    const gate = new MonitorCallEntry(ctx, this.scheduler);
    this.disks = new VirtualDisks(ctx, gate, this.scheduler);
    this.numa = new PageMover(ctx, this.disks);
    this.placement = createPlacementPolicy(ctx, this.numa, config.placement);
    this.numa.policy = POLICY_KINDS[config.placement.policy];
    this.memory.placement = this.placement;
    machine.missCounters.hotPageInterrupts = this.placement.usesHotPageInterrupt;
    this.manualPlacementTimer = options.manualPlacementTimer ?? false;
    this.net = new VirtualNetwork(ctx, gate, this.scheduler);
    this.footprint = new Footprint(ctx);
    this.traps = new TrapEmulation(sim, config, this.scheduler, kernels, this.scheduler, this.own);
    this.tlb = new TlbVirtualization(ctx, this.scheduler, this.traps, this.numa, this.placement);
    this.calls = new MonitorCalls(ctx, gate, this.tlb, this.net, this.disks, this.net);
    this.sampler = new MonitorSampler(ctx, this.scheduler, this.footprint);
  }

  // ---- Virtual machines ----

  /** Creates a VM running `kernel`; call before `start`. */
  createVm(spec: VmSpec, kernel: GuestKernel): Vm {
    assert(!this.started, 'VMs are created before the monitor starts');
    validateVmSpec(spec, this.machine.cpus.length, this.machine.disks.length);
    const resolved = this.resolveSpec(spec);
    this.disks.checkExclusive(this.vms.length, resolved.disks);
    const diskSectors = resolved.disks.map(() => this.machine.config.diskCylinders * this.machine.config.diskSectorsPerCylinder);
    const hw = this.machine.config;
    const vm = new Vm(this.vms.length, resolved, diskSectors, { entries: hw.tlbEntries, wired: hw.tlbWiredEntries });
    for (let i = 0; i < resolved.vcpus; i++) {
      const home = resolved.cpus[i]!;
      const cpu = this.machine.cpus[home]!;
      const v = new Vcpu(i, vm, home, cpu, this, hw.tlbEntries, hw.tlbWiredEntries, this.config.l2TlbEntries, this.sim.prng.stream(`monitor/vtlb/${vm.id}/${i}`), this.config.l2TlbIndex);
      v.specialPage = this.memory.allocateMonitorPage(home);
      vm.vcpus.push(v);
      this.scheduler.add(v);
    }
    this.own.addVm(vm);
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
    const load = this.scheduler.queueLengths();
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
      cpu.run(this.scheduler);
    }
    for (const vm of this.vms) for (const v of vm.vcpus) this.scheduler.startTimer(v);
    this.startPlacementTimers();
    if (this.config.sampleIntervalTicks > 0) {
      const tick = (): void => {
        this.sample();
        this.sim.after(this.config.sampleIntervalTicks, Priority.SAMPLE, tick);
      };
      this.sim.after(this.config.sampleIntervalTicks, Priority.SAMPLE, tick);
    }
  }

  /** The placement policy's periodic TIMER interrupt on each CPU it names. */
  private startPlacementTimers(): void {
    const period = this.placement.timerPeriodTicks;
    if (period === 0 || this.manualPlacementTimer) return;
    for (const id of this.placement.timerCpus()) {
      const cpu = this.machine.cpus[id]!;
      const tick = (): void => {
        cpu.deliverInterrupt(InterruptCause.TIMER, PLACEMENT_TIMER);
        this.sim.after(period, Priority.INTERRUPT, tick);
      };
      this.sim.after(this.placement.timerDelayTicks, Priority.INTERRUPT, tick);
    }
  }

  tlbOwner(cpu: number): Vcpu | null {
    return this.scheduler.tlbOwner(cpu);
  }

  /** The VCPU running on a physical CPU, or null. */
  running(cpu: number): Vcpu | null {
    return this.scheduler.running(cpu);
  }

  /** Hardware TLB shadow of a CPU (invariant checks): guest-physical pages and VM behind each entry. */
  tlbShadow(cpu: number): { readonly ppn0: Int32Array; readonly ppn1: Int32Array; readonly vm: Int32Array } {
    return this.tlb.tlbShadow(cpu);
  }

  /** Switches the CPU into Disco (kernel mode, `bucket`) and charges `ticks`; returns what `leave` restores. */
  enter(cpu: Cpu, bucket: number, ticks: Tick): number {
    return enterMonitor(cpu, bucket, ticks);
  }

  leave(cpu: Cpu, saved: number): void {
    leaveMonitor(cpu, saved);
  }

  postInterrupt(v: Vcpu, cause: InterruptCause, data: number, fromCpu: number): void {
    this.scheduler.postInterrupt(v, cause, data, fromCpu);
  }

  /** VcpuCounterSample per VCPU (deltas) and FootprintSample per VM and for the machine. */
  sample(): void {
    this.sampler.sample();
  }

  // ---- ExceptionHandler of every physical CPU ----

  tlbMiss(cpu: Cpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    return this.tlb.tlbMiss(cpu, kind, va, write);
  }

  addressError(cpu: Cpu, va: number, write: boolean): void {
    this.traps.addressError(cpu, va, write);
  }

  trap(cpu: Cpu, code: number, argument: number): void {
    this.traps.trap(cpu, code, argument);
  }

  interrupt(cpu: Cpu, cause: InterruptCause, data: number): void {
    if (cause === InterruptCause.HOT_PAGE) this.placement.onHotPage(cpu, data);
    else if (cause === InterruptCause.TIMER && data === PLACEMENT_TIMER) this.placement.onTimer(cpu);
    else this.traps.monitorInterrupt(cpu, cause, data);
  }

  // ---- VcpuMonitor: where each VCPU's KernelCpu operations go ----

  guestLoad(v: Vcpu, va: number): number {
    return this.tlb.guestLoad(v, va);
  }

  guestStore(v: Vcpu, va: number, value: number): void {
    this.tlb.guestStore(v, va, value);
  }

  guestIfetch(v: Vcpu, va: number): void {
    this.tlb.guestIfetch(v, va);
  }

  emulateSetAsid(v: Vcpu, asid: number): void {
    this.traps.emulateSetAsid(v, asid);
  }

  emulateTlbWrite(v: Vcpu, index: number, entry: KernelTlbEntry): void {
    this.tlb.emulateTlbWrite(v, index, entry);
  }

  emulateTlbProbe(v: Vcpu, vpn2: number, asid: number): number {
    return this.tlb.emulateTlbProbe(v, vpn2, asid);
  }

  emulatePrivileged(v: Vcpu, op: PrivilegedOp): void {
    this.traps.emulatePrivileged(v, op);
  }

  guestAccount(v: Vcpu, bucket: number): void {
    this.traps.guestAccount(v, bucket);
  }

  guestSendIpi(v: Vcpu, toVcpu: number, vector: number): void {
    this.traps.guestSendIpi(v, toVcpu, vector);
  }

  zeroPageCall(v: Vcpu, ppn: number): void {
    this.calls.zeroPageCall(v, ppn);
  }

  copyPageCall(v: Vcpu, from: number, to: number, remap: boolean): void {
    this.calls.copyPageCall(v, from, to, remap);
  }

  pageFreedCall(v: Vcpu, ppn: number): void {
    this.calls.pageFreedCall(v, ppn);
  }

  fixedMapCall(v: Vcpu, range: FixedMapRange): boolean {
    return this.calls.fixedMapCall(v, range);
  }

  diskRequestCall(v: Vcpu, request: KernelDiskRequest): void {
    this.calls.diskRequestCall(v, request);
  }

  netSendCall(v: Vcpu, request: KernelNetRequest): void {
    this.calls.netSendCall(v, request);
  }
}
