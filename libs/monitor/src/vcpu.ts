import { type Prng } from '@disco/sim-kernel';
import type { Cpu, KernelCpu, KernelDiskRequest, KernelNetRequest, KernelPlatformInfo, KernelTlbEntry, PrivilegedOp } from '@disco/hardware';
import type { Disco } from './disco';
import { L2Tlb } from './l2-tlb';
import { VirtualTlb } from './virtual-tlb';
import type { Vm } from './vm';

/** Per-VCPU counters (VcpuCounterSample fields), indices into `Vcpu.counters`. */
export const V_PRIVILEGED = 0;
export const V_SPECIAL_PAGE = 1;
export const V_TLB_WRITES = 2;
export const V_L2TLB_HITS = 3;
export const V_VTLB_HITS = 4;
export const V_TLB_REFLECTED = 5;
export const V_KERNEL_TLB_FAULTS = 6;
export const V_MONITOR_CALLS = 7;
export const V_TRAPS = 8;
export const V_INTERRUPTS = 9;
export const V_COW_FAULTS = 10;
export const V_RUN_TICKS = 11;
export const VCPU_COUNTER_COUNT = 12;

/**
 * A virtual CPU (§4.2.1): the VCPU record (virtual CP0 state, virtual TLB,
 * saved state while descheduled) and the `KernelCpu` the guest OS runs on.
 * Every privileged operation goes to the monitor, which emulates it on this
 * record and charges its cost to the physical CPU the VCPU is pinned to.
 */
export class Vcpu implements KernelCpu {
  readonly vtlb: VirtualTlb;
  readonly l2tlb: L2Tlb;
  readonly counters = new Float64Array(VCPU_COUNTER_COUNT);
  /** Guest ASID (EntryHi): Disco does not virtualize ASIDs (§4.2.2). */
  asid = 0;
  /** Runnable (not in reduced-power mode, or woken by an interrupt). */
  runnable = true;
  idleRequested = false;
  /** Pending virtual interrupts: cause, data pairs. */
  readonly pending: number[] = [];
  timerPending = false;
  /** Machine page of the special page (§4.2.1). */
  specialPage = -1;
  scheduledAtTicks = 0;

  constructor(
    readonly id: number,
    readonly vm: Vm,
    /** The physical CPU this VCPU is pinned to. */
    readonly homeCpu: number,
    readonly cpu: Cpu,
    private readonly disco: Disco,
    tlbEntries: number,
    wired: number,
    l2TlbEntries: number,
    random: Prng,
  ) {
    this.vtlb = new VirtualTlb(tlbEntries, wired, random);
    this.l2tlb = new L2Tlb(l2TlbEntries);
  }

  /** Disco hides NUMA: a VM sees one node (§2.1 of DISCO.md; KernelPlatformInfo.nodes = 1). */
  get node(): number {
    return 0;
  }

  get nowTicks(): number {
    return this.cpu.nowTicks;
  }

  get platform(): KernelPlatformInfo {
    return this.vm.platform;
  }

  compute(instructions: number): void {
    this.cpu.compute(instructions);
  }

  load(va: number): number {
    return this.disco.guestLoad(this, va);
  }

  store(va: number, value: number): void {
    this.disco.guestStore(this, va, value);
  }

  ifetch(va: number): void {
    this.disco.guestIfetch(this, va);
  }

  setAsid(asid: number): void {
    this.disco.emulateSetAsid(this, asid);
  }

  tlbWriteRandom(entry: KernelTlbEntry): void {
    this.disco.emulateTlbWrite(this, -1, entry);
  }

  tlbWriteIndexed(index: number, entry: KernelTlbEntry): void {
    this.disco.emulateTlbWrite(this, index, entry);
  }

  tlbProbe(vpn2: number, asid: number): number {
    return this.disco.emulateTlbProbe(this, vpn2, asid);
  }

  privileged(op: PrivilegedOp): void {
    this.disco.emulatePrivileged(this, op);
  }

  account(bucket: number): void {
    this.disco.guestAccount(this, bucket);
  }

  idle(): void {
    this.idleRequested = true;
  }

  sendIpi(toCpu: number, vector: number): void {
    this.disco.guestSendIpi(this, toCpu, vector);
  }

  zeroPage(physicalPage: number): void {
    this.disco.zeroPageCall(this, physicalPage);
  }

  copyPage(fromPhysicalPage: number, toPhysicalPage: number, remap: boolean): void {
    this.disco.copyPageCall(this, fromPhysicalPage, toPhysicalPage, remap);
  }

  pageFreed(physicalPage: number): void {
    this.disco.pageFreedCall(this, physicalPage);
  }

  diskRequest(request: KernelDiskRequest): void {
    this.disco.diskRequestCall(this, request);
  }

  netSend(request: KernelNetRequest): void {
    this.disco.netSendCall(this, request);
  }
}
