import type { InterruptCause, TlbExceptionKind } from './exception-handler';
import type { OpBuffer } from './op-buffer';
import { PAGE_BYTES } from './hardware-config';

/**
 * The contract between an operating system model and what it runs on.
 *
 * The same OS model (libs/guest) runs on the bare machine and inside a Disco
 * virtual machine (libs/monitor). It is written against `KernelCpu` only; the
 * platform behind it decides what each operation costs and does:
 *
 * | operation                 | native (bare hardware)               | under Disco                                          |
 * |---------------------------|--------------------------------------|------------------------------------------------------|
 * | compute/load/store/ifetch | the CPU, kernel mode                 | the CPU, supervisor mode; kernel in mapped KSSEG     |
 * | tlbWrite*                 | direct, a few cycles                 | trap + emulation: pmap lookup, virtual TLB, L2TLB    |
 * | privileged(op)            | direct, a few cycles                 | trap + emulation, or a special-page load/store       |
 * | zeroPage, remap, hints    | kernel loops (stores), no-op hints   | monitor calls                                        |
 * | disk/network requests     | programmed I/O + DMA                 | one monitor call; COW disk, remapping virtual NIC    |
 * | idle                      | reduced-power mode                   | deschedules the VCPU                                 |
 *
 * Physical addresses are what the OS believes: machine addresses natively,
 * guest-physical (contiguous from 0) under Disco. Every call happens inside
 * the CPU's slice and advances that CPU's clock by its cost.
 */
export interface KernelCpu {
  /** CPU index natively; VCPU index within its VM under Disco. */
  readonly id: number;
  /** The node whose memory is local to this (V)CPU right now. */
  readonly node: number;
  /** This CPU's clock (picoseconds). */
  readonly nowTicks: number;
  /** What the OS knows of the machine it runs on. */
  readonly platform: KernelPlatformInfo;

  /** Executes `instructions` non-memory instructions. */
  compute(instructions: number): void;
  /** Memory references at virtual addresses (the kernel's are mapped or KSEG0). */
  load(va: number): number;
  store(va: number, value: number): void;
  ifetch(va: number): void;

  /** The running address space: the ASID in EntryHi. */
  setAsid(asid: number): void;
  /** TLBWR / TLBWI with a physical-address entry. */
  tlbWriteRandom(entry: KernelTlbEntry): void;
  tlbWriteIndexed(index: number, entry: KernelTlbEntry): void;
  /** TLBP: the index holding `vpn2` for `asid`, or -1. */
  tlbProbe(vpn2: number, asid: number): number;
  /** Any other privileged instruction (CP0 register access, ERET, cache op). */
  privileged(op: PrivilegedOp): void;
  /** Selects the accounting bucket for the time that follows (a `TimeBucket`). */
  account(bucket: number): void;

  /** Reduced-power mode until the next interrupt. */
  idle(): void;
  /**
   * Interrupts another (V)CPU of this OS (an IPI with `vector`): how the OS
   * wakes an idle CPU when it makes a thread runnable. Natively a machine IPI;
   * under Disco the monitor posts the interrupt to the VCPU (§2.1 IPIs).
   * Added for libs/guest (additive to the contract).
   */
  sendIpi(toCpu: number, vector: number): void;
  /**
   * Called from `GuestKernel.tlbMiss` for a user reference before returning
   * false: the reference and the rest of the user operations of the current
   * fill move to the end of `into` (the thread keeps them while it sleeps in
   * the fault) and the CPU fills again next. Added for IRIX's sleeping locks
   * (additive to the contract).
   */
  yieldOps(into: OpBuffer): void;
  /** Zero-fills a physical page (a demand-zero fault's main cost). */
  zeroPage(physicalPage: number): void;
  /** Copies a physical page (bcopy); under Disco with the NFS change, a remap. */
  copyPage(fromPhysicalPage: number, toPhysicalPage: number, remap: boolean): void;
  /** The page is on the free list for good (a hint; free natively). */
  pageFreed(physicalPage: number): void;
  /**
   * Hands the platform a fixed map of `pages` virtual pages from `startVpn` to
   * consecutive physical pages from `firstPhysicalPage`, for a guest with no
   * VM subsystem of its own (SPLASHOS, DISCO.md §2.8: "there is no VM
   * subsystem, so Disco handles all page faults"). Returns true when the
   * platform refills TLB misses in the range itself from now on (under Disco:
   * one monitor call, then Disco's refill handler translates the range like
   * the relocated kernel's direct map); false when the guest must refill them
   * from a page table of its own (natively nobody else can). Added for
   * SPLASHOS (additive to the contract).
   */
  mapFixed(startVpn: number, pages: number, firstPhysicalPage: number, writable: boolean): boolean;
  /** Starts a disk transfer to or from physical pages; completion is a DISK interrupt with `request.tag`. */
  diskRequest(request: KernelDiskRequest): void;
  /** Sends a message of `bytes` from physical pages to another node's NIC; delivery is a NIC interrupt there. */
  netSend(request: KernelNetRequest): void;
}

/** The machine as the OS sees it. */
export interface KernelPlatformInfo {
  /** True under Disco. The OS model itself must not depend on it beyond the paper's modifications. */
  readonly virtualized: boolean;
  /** Where kernel text and data live: KSEG0 natively; the mapped supervisor segment under Disco (§4.3). */
  readonly kernelBase: number;
  /** Physical memory, in 4 KB pages, from physical page 0. */
  readonly physicalPages: number;
  /** CPUs (natively) or VCPUs (in a VM). */
  readonly cpus: number;
  /** NUMA nodes visible to the OS (1 in a VM: Disco hides NUMA). */
  readonly nodes: number;
  /** Home node of a physical page (for the OS's own placement policy). */
  nodeOfPage(physicalPage: number): number;
  /** Disks and their sizes in 512-byte sectors. */
  readonly diskSectors: readonly number[];
  /** Entries (page pairs) of each CPU's TLB, and how many of them, from index 0, are wired (never replaced at random). */
  readonly tlbEntries: number;
  readonly tlbWiredEntries: number;
}

/** A TLB entry as the OS writes it: an even/odd pair of physical pages. */
export interface KernelTlbEntry {
  readonly vpn2: number;
  readonly asid: number;
  readonly global: boolean;
  /** Physical page numbers of the even and odd page (-1: invalid half). */
  readonly physicalPage0: number;
  readonly physicalPage1: number;
  readonly writable0: boolean;
  readonly writable1: boolean;
}

/** Privileged instructions other than TLB writes (MIPS CP0). */
export const PrivilegedOp = {
  READ_STATUS: 0,
  WRITE_STATUS: 1,
  READ_CAUSE: 2,
  READ_EPC: 3,
  WRITE_EPC: 4,
  READ_BADVADDR: 5,
  READ_ENTRYHI: 6,
  WRITE_ENTRYHI: 7,
  WRITE_CONTEXT: 8,
  ERET: 9,
  CACHE_OP: 10,
  /** Interrupt enable/disable (a read-modify-write of Status). */
  SET_INTERRUPT_MASK: 11,
  /** EntryLo0 or EntryLo1 written before a TLBWI/TLBWR. */
  WRITE_ENTRYLO: 12,
} as const;
export type PrivilegedOp = (typeof PrivilegedOp)[keyof typeof PrivilegedOp];

export interface KernelDiskRequest {
  readonly disk: number;
  readonly write: boolean;
  readonly sector: number;
  readonly sectors: number;
  /** Physical pages to transfer to or from, in order (512-byte sectors, 8 per page). */
  readonly physicalPages: readonly number[];
  /** Returned in the completion interrupt's data. */
  readonly tag: number;
}

/**
 * One message as a scatter list of page fragments (§4.2.6): page i carries
 * the bytes from `pageOffsetBytes` to its end (the last page fewer), so a
 * fragment is a page-aligned full page only when the offset is 0. The
 * receiver's pages get each fragment at the same offset (the guest driver
 * and Disco preserve alignment).
 */
export interface KernelNetRequest {
  /** Destination: a node natively, a VM's virtual NIC under Disco. */
  readonly to: number;
  /** Payload bytes, over every fragment. */
  readonly bytes: number;
  readonly physicalPages: readonly number[];
  /** Where the data starts in every page: 0 for page-aligned buffers, an in-page header's size otherwise. */
  readonly pageOffsetBytes: number;
  readonly tag: number;
}

/** Payload bytes page `index` of a message carries (its fragment runs from `pageOffsetBytes`). */
export function netFragmentBytes(request: KernelNetRequest, index: number): number {
  const perPage = PAGE_BYTES - request.pageOffsetBytes;
  return Math.max(0, Math.min(perPage, request.bytes - index * perPage));
}

/** Pages a message of `bytes` needs when each carries its data from `pageOffsetBytes`. */
export function netPagesFor(bytes: number, pageOffsetBytes: number): number {
  return Math.ceil(bytes / (PAGE_BYTES - pageOffsetBytes));
}

/**
 * An operating system instance, as the platform calls it. Natively one
 * instance owns every CPU; under Disco each VM holds one, called on its VCPUs.
 */
export interface GuestKernel {
  /**
   * Appends the next operations of whatever runs on this CPU (user code of
   * the current thread, in user mode). Leaving the buffer empty idles the CPU.
   */
  fill(buffer: OpBuffer, cpu: KernelCpu): void;
  /** A TLB exception the platform did not absorb: the OS's refill or fault path. Return true to retry. */
  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number, write: boolean): boolean;
  /** A system call or other trap from user code (`OP_TRAP`). */
  trap(cpu: KernelCpu, code: number, argument: number): void;
  /** A device, timer or inter-processor interrupt. */
  interrupt(cpu: KernelCpu, cause: InterruptCause, data: number): void;
}
