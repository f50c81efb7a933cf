import type { Simulator, Tick } from '@disco/sim-kernel';
import { CpuMode, type Cpu, type GuestKernel, type InterruptCause, type KernelDiskRequest, type KernelNetRequest, type Machine, type TlbExceptionKind } from '@disco/hardware';
import { TimeBucket, type MonitorCall } from '@disco/trace-schema';
import type { MemoryManager } from './memory-manager';
import type { MonitorConfig } from './monitor-config';
import type { MonitorMemory } from './monitor-memory';
import type { Vcpu, Vm } from './vm';

/**
 * The narrow interfaces through which Disco's mechanisms talk to each other
 * (as `MemoryManager` does through `TlbOwners`): each part names the few
 * operations it needs of another, never the `Disco` facade that wires them.
 */

/** What every part may read: the simulator, the machine, the monitor's configuration and memory, the VMs. */
export interface MonitorContext {
  readonly sim: Simulator;
  readonly machine: Machine;
  readonly config: MonitorConfig;
  readonly memory: MemoryManager;
  readonly vms: readonly Vm[];
  /** Disco's own code and data pages, and its handlers' references to them. */
  readonly own: MonitorMemory;
}

/** The guest kernel each VM runs. */
export interface GuestKernels {
  kernelOf(vm: Vm): GuestKernel;
}

/** Posting virtual interrupts to VCPUs (the scheduler, §4.2.1). */
export interface InterruptPoster {
  postInterrupt(v: Vcpu, cause: InterruptCause, data: number, fromCpu: number): void;
}

/** Which VCPU runs where (the scheduler). */
export interface RunningVcpus {
  /** The VCPU running on a physical CPU, or null. */
  running(cpu: number): Vcpu | null;
  /** Throws unless `v` is running on its home CPU. */
  assertRunning(v: Vcpu): void;
  /** Charges `v`'s run time so far, when it is running (samples). */
  chargeIfRunning(v: Vcpu): void;
}

/** Entering the monitor for a monitor call and recording it (§4.2.4). */
export interface MonitorCallGate {
  monitorCallEnter(v: Vcpu, deviceRequest: boolean): number;
  emitMonitorCall(v: Vcpu, call: MonitorCall, physicalPage: number, pages: number, startTicks: Tick): void;
}

/** Trap-and-emulate services the TLB virtualization uses: an emulated privileged entry and a reflected TLB exception. */
export interface PrivilegedEntry {
  /** Counts and charges one emulated privileged instruction `op`; returns what `leaveMonitor` restores. */
  emulationEnter(v: Vcpu, op: number): number;
  /** Hands a TLB exception to the guest kernel's handler (its trap vector). */
  reflectTlb(v: Vcpu, kind: TlbExceptionKind, va: number, write: boolean): boolean;
}

/** A guest store to a replicated page (the NUMA policy, §4.2.3). */
export interface ReplicaCollapser {
  collapse(v: Vcpu, ppn: number, primary: number): void;
}

/** The placement policy's hinting faults (AutoNUMA): asked on every refill of a user translation. */
export interface HintingFaults {
  /** Whether (vm, ppn)'s next translation is a hinting fault. */
  armed(vm: Vm, ppn: number): boolean;
  onHintingFault(v: Vcpu, ppn: number): void;
}

/** The global disk cache follows a machine page that moved (COW disks, §4.2.5). */
export interface DiskCacheRepointer {
  repointCache(oldMpn: number, newMpn: number): void;
}

/** Guest references as the VCPU makes them (KSEG0 ones emulated). */
export interface GuestMemory {
  guestLoad(v: Vcpu, va: number): number;
  guestStore(v: Vcpu, va: number, value: number): void;
}

/** Remapping a page within a VM (the virtual network's `remap`, §4.2.6). */
export interface PageRemapper {
  remapWithin(v: Vcpu, from: number, to: number): void;
}

/** Switches the CPU into Disco (kernel mode, `bucket`) and charges `ticks`; returns what `leaveMonitor` restores. */
export function enterMonitor(cpu: Cpu, bucket: number, ticks: Tick): number {
  const saved = cpu.time.bucket | (cpu.mode << 8);
  cpu.mode = CpuMode.KERNEL;
  cpu.time.switchTo(bucket);
  cpu.chargeExceptionTicks(ticks);
  const code = cpu.handlerCode;
  if (code !== null && ticks > 0) code.fetch(cpu, bucket, ticks);
  return saved;
}

export function leaveMonitor(cpu: Cpu, saved: number): void {
  cpu.time.switchTo(saved & 0xff);
  cpu.mode = (saved >>> 8) as CpuMode;
}

/** Runs guest kernel code (supervisor mode, kernel time) and returns to where the CPU was. */
export function inGuestKernel<T>(cpu: Cpu, body: () => T): T {
  const saved = cpu.time.bucket | (cpu.mode << 8);
  cpu.mode = CpuMode.SUPERVISOR;
  cpu.time.switchTo(TimeBucket.TIME_KERNEL);
  try {
    return body();
  } finally {
    leaveMonitor(cpu, saved);
  }
}

/** The virtual disks' monitor-call driver (§4.2.4, §4.2.5). */
export interface DiskRequests {
  request(v: Vcpu, request: KernelDiskRequest): void;
}

/** The virtual NIC's monitor-call driver (§4.2.6). */
export interface NetSends {
  send(v: Vcpu, request: KernelNetRequest): void;
}
