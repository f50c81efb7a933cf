import { assert, assertInRange, type Prng } from '@disco/sim-kernel';
import { KSEG0_BASE, KSSEG_BASE, PAGE_BYTES, type Cpu, type KernelCpu, type KernelDiskRequest, type KernelNetRequest, type KernelPlatformInfo, type KernelTlbEntry, type OpBuffer, type PrivilegedOp } from '@disco/hardware';
import { L2Tlb, type L2TlbIndex } from './l2-tlb';
import { PageKind } from './page-kind';
import { VCPU_COUNTER_COUNT } from './vcpu';
import { VirtualTlb } from './virtual-tlb';
import type { ResolvedVmSpec } from './vm-spec';

/** A message delivered by the virtual subnet, as the receiving guest reads it. */
export interface NetDelivery {
  readonly fromVm: number;
  readonly bytes: number;
  /** The receiver's physical pages holding the message, in order. */
  readonly physicalPages: readonly number[];
  readonly tag: number;
}

/** One range of a guest's fixed map (`KernelCpu.mapFixed`): virtual pages onto consecutive guest-physical pages. */
export interface FixedMapRange {
  readonly startVpn: number;
  readonly pages: number;
  readonly firstPage: number;
  readonly writable: boolean;
}

/** The range of a fixed map that holds virtual page `vpn`, or undefined. */
export function fixedRangeOf(map: readonly FixedMapRange[], vpn: number): FixedMapRange | undefined {
  for (const r of map) if (vpn >= r.startVpn && vpn < r.startVpn + r.pages) return r;
  return undefined;
}

/**
 * A virtual machine: VCPUs, guest-physical memory from 0 backed through the
 * pmap (§4.2.2), virtual disks and a virtual NIC. The pmap's entries hold the
 * primary machine page (replicas are found through the memmap); the hardware
 * TLB entry is computed from it on demand, as cheap as a precomputed one here.
 */
export class Vm {
  readonly vcpus: Vcpu[] = [];
  readonly physicalPages: number;
  /** pmap: guest-physical page → primary machine page, -1 before first use. */
  readonly pmap: Int32Array;
  /** What the guest said each page holds (PageKind). */
  readonly pageKind: Uint8Array;
  /** Machine page is known to be zero (fresh from Disco): a zeroPage call costs no stores. */
  readonly knownZero: Uint8Array;
  /** Per virtual disk and page index: the VM's privately modified copy (a DISK_PRIVATE machine page). */
  readonly modifiedPages = new Map<number, number>();
  readonly platform: KernelPlatformInfo;
  /** Receive buffers the guest posted to its virtual NIC (physical pages, FIFO). */
  readonly receivePages: number[] = [];
  readonly deliveries: NetDelivery[] = [];
  netDropped = 0;
  /** The guest's fixed map, if it handed Disco one (SPLASHOS): Disco refills its user TLB misses from it. */
  readonly fixedMap: FixedMapRange[] = [];

  constructor(
    readonly id: number,
    readonly spec: ResolvedVmSpec,
    diskSectors: readonly number[],
    /** The virtual TLB each VCPU shows the guest: the hardware's geometry. */
    tlb: { readonly entries: number; readonly wired: number },
  ) {
    this.physicalPages = Math.round((spec.memoryMb * 1024 * 1024) / PAGE_BYTES);
    assert(this.physicalPages * PAGE_BYTES <= SPECIAL_PAGE_VA - KSSEG_BASE, `VM memory ${spec.memoryMb} MB does not fit the supervisor segment`);
    this.pmap = new Int32Array(this.physicalPages).fill(-1);
    this.pageKind = new Uint8Array(this.physicalPages);
    this.knownZero = new Uint8Array(this.physicalPages);
    const pages = this.physicalPages;
    const vcpus = spec.vcpus;
    this.platform = {
      virtualized: true,
      kernelBase: spec.modifications.relocatedKernel ? KSSEG_BASE : KSEG0_BASE,
      physicalPages: pages,
      cpus: vcpus,
      nodes: 1,
      nodeOfPage: () => 0,
      diskSectors,
      tlbEntries: tlb.entries,
      tlbWiredEntries: tlb.wired,
    };
  }

  /** The guest's hint of what a physical page holds (footprint accounting, §5.3). */
  classifyPage(ppn: number, kind: PageKind): void {
    assertInRange(ppn, 0, this.physicalPages, 'physical page');
    this.pageKind[ppn] = kind;
  }

  /** Physical pages the guest lends its virtual NIC for incoming messages (remap targets, §4.2.6). */
  postReceivePages(physicalPages: readonly number[]): void {
    for (const p of physicalPages) assertInRange(p, 0, this.physicalPages, 'receive page');
    this.receivePages.push(...physicalPages);
  }

  /** The oldest delivered message not yet taken (the guest's NIC interrupt handler calls this). */
  takeDelivery(): NetDelivery | undefined {
    return this.deliveries.shift();
  }
}

/** Each VCPU's special page (§4.2.1) sits at the top of the supervisor segment, away from the relocated kernel. */
export const SPECIAL_PAGE_VA = 0xdfff_e000;
export const SPECIAL_VPN2 = SPECIAL_PAGE_VA >>> 13;

/**
 * What a VCPU's `KernelCpu` operations go to: the monitor's mechanisms
 * (trap-and-emulate, TLB virtualization, monitor calls), wired by `Disco`.
 */
export interface VcpuMonitor {
  guestLoad(v: Vcpu, va: number): number;
  guestStore(v: Vcpu, va: number, value: number): void;
  guestIfetch(v: Vcpu, va: number): void;
  emulateSetAsid(v: Vcpu, asid: number): void;
  emulateTlbWrite(v: Vcpu, index: number, entry: KernelTlbEntry): void;
  emulateTlbProbe(v: Vcpu, vpn2: number, asid: number): number;
  emulatePrivileged(v: Vcpu, op: PrivilegedOp): void;
  guestAccount(v: Vcpu, bucket: number): void;
  guestSendIpi(v: Vcpu, toVcpu: number, vector: number): void;
  zeroPageCall(v: Vcpu, ppn: number): void;
  copyPageCall(v: Vcpu, from: number, to: number, remap: boolean): void;
  pageFreedCall(v: Vcpu, ppn: number): void;
  fixedMapCall(v: Vcpu, range: FixedMapRange): boolean;
  diskRequestCall(v: Vcpu, request: KernelDiskRequest): void;
  netSendCall(v: Vcpu, request: KernelNetRequest): void;
}

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
    private readonly disco: VcpuMonitor,
    tlbEntries: number,
    wired: number,
    l2TlbEntries: number,
    random: Prng,
    l2TlbIndex: L2TlbIndex = 'vpn',
  ) {
    this.vtlb = new VirtualTlb(tlbEntries, wired, random);
    this.l2tlb = new L2Tlb(l2TlbEntries, l2TlbIndex);
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

  yieldOps(into: OpBuffer): void {
    this.cpu.yieldOps(into);
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

  mapFixed(startVpn: number, pages: number, firstPhysicalPage: number, writable: boolean): boolean {
    return this.disco.fixedMapCall(this, { startVpn, pages, firstPage: firstPhysicalPage, writable });
  }

  diskRequest(request: KernelDiskRequest): void {
    this.disco.diskRequestCall(this, request);
  }

  netSend(request: KernelNetRequest): void {
    this.disco.netSendCall(this, request);
  }
}
