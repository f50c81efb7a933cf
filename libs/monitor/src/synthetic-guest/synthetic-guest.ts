import { assert, AssertionError, type Prng } from '@disco/sim-kernel';
import { InterruptCause, OP_TRAP, PAGE_BYTES, PrivilegedOp, type GuestKernel, type KernelCpu, type OpBuffer, type TlbExceptionKind } from '@disco/hardware';
import { PageKind } from '../page-kind';
import type { Vm } from '../vm';
import { ReferenceStream, type StreamLayout, type SyntheticPattern } from './reference-stream';

export const SYSCALL_DISK = 1;
export const SYSCALL_NET = 2;
const USER_ASID = 1;
const CODE_BASE = 0x0040_0000;

/** Shape of the synthetic guest: its reference stream and its I/O. */
export interface SyntheticGuestConfig {
  readonly pattern: SyntheticPattern;
  readonly codeKb: number;
  /** Private data per VCPU. */
  readonly privateKb: number;
  readonly sharedKb: number;
  readonly writeFraction: number;
  readonly instructionsPerReference: number;
  readonly phaseReferences: number;
  /** Kernel text pages, read at boot from disk 0 when the VM has one (shared copy-on-write between VMs). */
  readonly kernelTextPages: number;
  readonly kernelDataPages: number;
  /** User references between disk requests on disk 0; 0: none. */
  readonly diskEveryReferences: number;
  readonly diskPages: number;
  /** Distinct 4 KB blocks the requests draw from (after the kernel text). */
  readonly diskBlocks: number;
  readonly diskWriteFraction: number;
  /** After a read, the fraction of its pages the kernel writes into (copy-on-write faults). */
  readonly bufferWriteFraction: number;
  /** User references between network sends; 0: none. */
  readonly netEveryReferences: number;
  readonly netPages: number;
  /** Extra bytes after the full pages (a copied fragment). */
  readonly netTailBytes: number;
  /** Destination VM of sends; -1: the next VM. */
  readonly netTo: number;
  /** The VCPU idles until its disk request completes. */
  readonly blockOnIo: boolean;
  /** Stop (idle for good) after this many user references per VCPU; 0: never. */
  readonly maxReferences: number;
}

export const SYNTHETIC_GUEST_DEFAULTS: SyntheticGuestConfig = {
  pattern: 'private',
  codeKb: 16,
  privateKb: 64,
  sharedKb: 256,
  writeFraction: 0.2,
  instructionsPerReference: 3,
  phaseReferences: 20_000,
  kernelTextPages: 16,
  kernelDataPages: 16,
  diskEveryReferences: 0,
  diskPages: 2,
  diskBlocks: 64,
  diskWriteFraction: 0.1,
  bufferWriteFraction: 0.1,
  netEveryReferences: 0,
  netPages: 2,
  netTailBytes: 512,
  netTo: -1,
  blockOnIo: true,
  maxReferences: 0,
};

interface PendingDisk {
  readonly vcpu: number;
  readonly pages: readonly number[];
  readonly write: boolean;
  readonly boot: boolean;
}

/** Per-VCPU state of the synthetic guest. */
interface GuestVcpu {
  stream: ReferenceStream | null;
  booted: boolean;
  blocked: boolean;
  untilDisk: number;
  untilNet: number;
  asidSet: boolean;
}

/**
 * A small guest OS for the monitor's own tests, benchmark and `disco-*`
 * scenarios, written against `KernelCpu` like the real one: user code runs
 * a synthetic reference stream; a linear page table in kernel data, a UTLB
 * refill handler and a demand-zero fault path using privileged operations;
 * disk requests on a (shared, copy-on-write) disk into a ring of buffer
 * pages; network sends of full pages plus a tail to another VM. It keeps
 * its page table as a JavaScript array too (the model's state), and makes
 * the loads and stores a real one would.
 */
export class SyntheticGuest implements GuestKernel {
  readonly config: SyntheticGuestConfig;
  private vm: Vm | null = null;
  private pageTable = new Int32Array(0);
  private nextFreePage = 0;
  private bufferBase = 0;
  private bufferPages = 0;
  private bufferCursor = 0;
  private sendBase = 0;
  private receiveBase = 0;
  private readonly vcpus: GuestVcpu[] = [];
  private readonly pendingDisk = new Map<number, PendingDisk>();
  private nextTag = 1;
  private layoutBytes = 0;
  faults = 0;
  refills = 0;
  interrupts = 0;
  received = 0;

  constructor(
    config: Partial<SyntheticGuestConfig>,
    private readonly random: Prng,
    private readonly mbufFix = true,
  ) {
    this.config = { ...SYNTHETIC_GUEST_DEFAULTS, ...config };
  }

  /** Physical memory layout, receive buffers and page kinds; call once the VM exists. */
  attach(vm: Vm): void {
    const c = this.config;
    this.vm = vm;
    const kernelPages = c.kernelTextPages + c.kernelDataPages;
    this.bufferBase = kernelPages;
    this.bufferPages = Math.max(c.diskPages * 4, c.kernelTextPages);
    this.sendBase = this.bufferBase + this.bufferPages;
    this.receiveBase = this.sendBase + (c.netPages + 1) * 2;
    this.nextFreePage = this.receiveBase + (c.netPages + 1) * 4;
    assert(this.nextFreePage < vm.physicalPages, 'synthetic guest: VM too small for its kernel and buffers');
    for (let p = 0; p < c.kernelTextPages; p++) vm.classifyPage(p, PageKind.KERNEL_TEXT);
    for (let p = c.kernelTextPages; p < kernelPages; p++) vm.classifyPage(p, PageKind.KERNEL_DATA);
    for (let p = this.bufferBase; p < this.sendBase; p++) vm.classifyPage(p, PageKind.BUFFER_CACHE);
    const receive: number[] = [];
    for (let p = this.receiveBase; p < this.nextFreePage; p++) receive.push(p);
    vm.postReceivePages(receive);
    const vcpus = vm.spec.vcpus;
    this.layoutBytes = this.layout(0, vcpus).sharedBase + this.roundKb(c.sharedKb) - CODE_BASE;
    this.pageTable = new Int32Array(this.layoutBytes / PAGE_BYTES).fill(-1);
    assert(this.pageTable.length * 4 <= c.kernelDataPages * PAGE_BYTES, 'synthetic guest: page table does not fit kernel data');
    for (let i = 0; i < vcpus; i++) this.vcpus.push({ stream: null, booted: i > 0 || c.kernelTextPages === 0, blocked: false, untilDisk: c.diskEveryReferences, untilNet: c.netEveryReferences, asidSet: false });
  }

  private roundKb(kb: number): number {
    return Math.ceil((kb * 1024) / PAGE_BYTES) * PAGE_BYTES;
  }

  layout(worker: number, workers: number): StreamLayout {
    const c = this.config;
    const codeBytes = this.roundKb(c.codeKb);
    const privateBytes = this.roundKb(c.privateKb);
    const privateStart = CODE_BASE + codeBytes;
    return {
      codeBase: CODE_BASE,
      codeBytes,
      privateBase: privateStart + worker * privateBytes,
      privateBytes,
      sharedBase: privateStart + workers * privateBytes,
      sharedBytes: this.roundKb(c.sharedKb),
    };
  }

  private state(cpu: KernelCpu): GuestVcpu {
    const s = this.vcpus[cpu.id];
    if (s === undefined) throw new AssertionError('synthetic guest: attach(vm) before running');
    return s;
  }

  fill(buffer: OpBuffer, cpu: KernelCpu): void {
    const s = this.state(cpu);
    if (!s.booted) return this.boot(cpu, s);
    if (s.blocked) return;
    if (!s.asidSet) {
      cpu.setAsid(USER_ASID);
      s.asidSet = true;
    }
    const c = this.config;
    if (s.stream === null) s.stream = new ReferenceStream(this.layout(cpu.id, this.vcpus.length), { ...c, worker: cpu.id, workers: this.vcpus.length }, this.random.stream(`vcpu${cpu.id}`));
    let budget = c.maxReferences > 0 ? c.maxReferences - s.stream.references : Number.MAX_SAFE_INTEGER;
    if (budget <= 0) return cpu.idle();
    if (c.diskEveryReferences > 0) budget = Math.min(budget, s.untilDisk);
    if (c.netEveryReferences > 0 && this.vcpus.length > 0) budget = Math.min(budget, s.untilNet);
    const before = s.stream.references;
    s.stream.fill(buffer, budget);
    const done = s.stream.references - before;
    if (c.diskEveryReferences > 0 && (s.untilDisk -= done) <= 0 && buffer.length < buffer.capacity) {
      buffer.push(OP_TRAP, SYSCALL_DISK, 0);
      s.untilDisk = c.diskEveryReferences;
    }
    if (c.netEveryReferences > 0 && (s.untilNet -= done) <= 0 && buffer.length < buffer.capacity) {
      buffer.push(OP_TRAP, SYSCALL_NET, 0);
      s.untilNet = c.netEveryReferences;
    }
  }

  /** VCPU 0 reads the kernel text from disk 0 (shared between VMs booting from the same disk). */
  private boot(cpu: KernelCpu, s: GuestVcpu): void {
    s.booted = true;
    if (this.vm === null || this.vm.spec.disks.length === 0) return;
    const pages = Array.from({ length: this.config.kernelTextPages }, (_, p) => p);
    this.diskRequest(cpu, 0, false, pages, true);
  }

  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    if (kind === -3) throw new AssertionError(`synthetic guest: store to a read-only page at 0x${va.toString(16)}`);
    const vpn = Math.floor((va - CODE_BASE) / PAGE_BYTES);
    if (vpn < 0 || vpn >= this.pageTable.length) throw new AssertionError(`synthetic guest: segmentation fault at 0x${va.toString(16)}${write ? ' (store)' : ''}`);
    cpu.privileged(PrivilegedOp.READ_BADVADDR);
    const even = vpn & ~1;
    cpu.load(this.pteAddress(cpu, even));
    if (this.pageTable[vpn]! < 0) this.pageFault(cpu, vpn);
    const entry = this.entryFor(even);
    if (kind === -2) {
      const index = cpu.tlbProbe(entry.vpn2, USER_ASID);
      if (index >= 0) cpu.tlbWriteIndexed(index, entry);
      else cpu.tlbWriteRandom(entry);
    } else cpu.tlbWriteRandom(entry);
    this.refills++;
    cpu.privileged(PrivilegedOp.ERET);
    return true;
  }

  private pteAddress(cpu: KernelCpu, vpn: number): number {
    return cpu.platform.kernelBase + (this.config.kernelTextPages * PAGE_BYTES) + vpn * 4;
  }

  private entryFor(even: number) {
    const codePages = this.roundKb(this.config.codeKb) / PAGE_BYTES;
    const p0 = this.pageTable[even]!;
    const p1 = even + 1 < this.pageTable.length ? this.pageTable[even + 1]! : -1;
    return {
      vpn2: (CODE_BASE / PAGE_BYTES + even) >>> 1,
      asid: USER_ASID,
      global: false,
      physicalPage0: p0,
      physicalPage1: p1,
      writable0: even >= codePages,
      writable1: even + 1 >= codePages,
    };
  }

  /** Demand-zero fault: allocate a physical page, zero it, enter it in the page table. */
  private pageFault(cpu: KernelCpu, vpn: number): void {
    const vm = this.vm!;
    cpu.privileged(PrivilegedOp.READ_CAUSE);
    cpu.privileged(PrivilegedOp.READ_EPC);
    cpu.privileged(PrivilegedOp.SET_INTERRUPT_MASK);
    const ppn = this.nextFreePage++;
    if (ppn >= vm.physicalPages) throw new AssertionError('synthetic guest: out of physical memory');
    vm.classifyPage(ppn, PageKind.USER);
    cpu.zeroPage(ppn);
    cpu.compute(200);
    cpu.store(this.pteAddress(cpu, vpn), ppn);
    this.pageTable[vpn] = ppn;
    cpu.privileged(PrivilegedOp.SET_INTERRUPT_MASK);
    this.faults++;
  }

  trap(cpu: KernelCpu, code: number): void {
    cpu.privileged(PrivilegedOp.READ_CAUSE);
    cpu.privileged(PrivilegedOp.READ_EPC);
    cpu.privileged(PrivilegedOp.SET_INTERRUPT_MASK);
    this.kernelWork(cpu, 300);
    if (code === SYSCALL_DISK) this.diskSyscall(cpu);
    else if (code === SYSCALL_NET) this.netSyscall(cpu);
    else throw new AssertionError(`synthetic guest: unknown system call ${code}`);
    cpu.privileged(PrivilegedOp.WRITE_EPC);
    cpu.privileged(PrivilegedOp.ERET);
  }

  /** Kernel text fetches and kernel data references, as a system call's body. */
  private kernelWork(cpu: KernelCpu, instructions: number): void {
    const c = this.config;
    const kb = cpu.platform.kernelBase;
    if (c.kernelTextPages > 0) cpu.ifetch(kb + this.random.int(0, c.kernelTextPages) * PAGE_BYTES);
    cpu.compute(instructions);
    if (c.kernelDataPages > 0) cpu.store(kb + (c.kernelTextPages + c.kernelDataPages - 1) * PAGE_BYTES + 64, instructions);
  }

  private diskSyscall(cpu: KernelCpu): void {
    const c = this.config;
    if (this.vm!.spec.disks.length === 0) return;
    const write = this.random.chance(c.diskWriteFraction);
    const pages: number[] = [];
    for (let i = 0; i < c.diskPages; i++) {
      pages.push(this.bufferBase + this.bufferCursor);
      this.bufferCursor = (this.bufferCursor + 1) % this.bufferPages;
    }
    const block = c.kernelTextPages + this.random.int(0, Math.max(1, c.diskBlocks - c.diskPages + 1));
    if (write) for (const p of pages) cpu.store(cpu.platform.kernelBase + p * PAGE_BYTES + 16, block);
    this.diskRequest(cpu, block, write, pages, false);
  }

  private diskRequest(cpu: KernelCpu, block: number, write: boolean, pages: number[], boot: boolean): void {
    const tag = this.nextTag++;
    this.pendingDisk.set(tag, { vcpu: cpu.id, pages, write, boot });
    if (this.config.blockOnIo || boot) this.vcpus[cpu.id]!.blocked = true;
    cpu.diskRequest({ disk: 0, write, sector: block * 8, sectors: pages.length * 8, physicalPages: pages, tag });
  }

  private netSyscall(cpu: KernelCpu): void {
    const c = this.config;
    const vm = this.vm!;
    const to = c.netTo >= 0 ? c.netTo : vm.id + 1;
    if (to === vm.id) return;
    const pages: number[] = [];
    const count = c.netPages + (c.netTailBytes > 0 ? 1 : 0);
    for (let i = 0; i < count; i++) pages.push(this.sendBase + (i % ((c.netPages + 1) * 2)));
    for (const p of pages) cpu.store(cpu.platform.kernelBase + p * PAGE_BYTES, this.nextTag);
    cpu.netSend({ to, bytes: c.netPages * PAGE_BYTES + c.netTailBytes, physicalPages: pages, pageOffsetBytes: 0, tag: this.nextTag++ });
  }

  interrupt(cpu: KernelCpu, cause: InterruptCause, data: number): void {
    this.interrupts++;
    cpu.privileged(PrivilegedOp.READ_CAUSE);
    cpu.privileged(PrivilegedOp.SET_INTERRUPT_MASK);
    if (cause === InterruptCause.DISK) this.diskDone(cpu, data);
    else if (cause === InterruptCause.NIC) this.netReceived(cpu);
    else cpu.compute(100);
    cpu.privileged(PrivilegedOp.ERET);
  }

  private diskDone(cpu: KernelCpu, tag: number): void {
    const pending = this.pendingDisk.get(tag);
    if (pending === undefined) return;
    this.pendingDisk.delete(tag);
    const kb = cpu.platform.kernelBase;
    for (const p of pending.pages) {
      cpu.load(kb + p * PAGE_BYTES);
      if (!pending.write && !pending.boot && this.random.chance(this.config.bufferWriteFraction)) cpu.store(kb + p * PAGE_BYTES + 8, tag);
    }
    const owner = this.vcpus[pending.vcpu]!;
    owner.blocked = false;
    if (pending.vcpu !== cpu.id) cpu.sendIpi(pending.vcpu, 0);
  }

  /** Reads the message; without the mbuf fix, the freed page's first word is overwritten (a COW fault, §4.3 item 7). */
  private netReceived(cpu: KernelCpu): void {
    const vm = this.vm!;
    const kb = cpu.platform.kernelBase;
    for (let d = vm.takeDelivery(); d !== undefined; d = vm.takeDelivery()) {
      this.received++;
      for (const p of d.physicalPages) {
        cpu.load(kb + p * PAGE_BYTES);
        if (!this.mbufFix) cpu.store(kb + p * PAGE_BYTES, 0);
      }
      vm.postReceivePages(d.physicalPages);
    }
  }
}
