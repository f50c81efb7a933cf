import {
  CpuMode,
  InterruptCause,
  KSEG0_BASE,
  netFragmentBytes,
  PAGE_BYTES,
  TLB_DIRTY,
  TLB_VALID,
  UNMAPPED_WINDOW_BYTES,
  type Cpu,
  type ExceptionHandler,
  type GuestKernel,
  type KernelCpu,
  type KernelDiskRequest,
  type KernelNetRequest,
  type KernelPlatformInfo,
  type KernelTlbEntry,
  type Machine,
  type OpBuffer,
  type OpSource,
  type PrivilegedOp,
  type TlbExceptionKind,
} from '@disco/hardware';
import { assert, AssertionError, Priority, type Tick } from '@disco/sim-kernel';

/** Costs of the bare machine's kernel-only operations, each with its source. */
export interface NativePlatformConfig {
  /** One CP0 move, cache op or ERET executed directly. ASSUMPTION: 2 cycles (an R10000 CP0 move plus a hazard slot). */
  readonly privilegedOpCycles: number;
  /** TLBWR/TLBWI/TLBP. ASSUMPTION: 3 cycles. */
  readonly tlbWriteCycles: number;
  /** Programmed I/O to start one disk request (SCSI command block through uncached device registers). ASSUMPTION: 800 cycles = 2 µs. */
  readonly diskPioCycles: number;
  /** Programmed I/O to start one network send. ASSUMPTION: 400 cycles = 1 µs. */
  readonly netPioCycles: number;
  /** Clock interrupt period. IRIX 5.3: HZ = 100, 10 ms (general knowledge). */
  readonly clockTickTicks: Tick;
}

export const DEFAULT_NATIVE_PLATFORM_CONFIG: NativePlatformConfig = {
  privilegedOpCycles: 2,
  tlbWriteCycles: 3,
  diskPioCycles: 800,
  netPioCycles: 400,
  clockTickTicks: 10_000_000_000,
};

/** Bytes zeroed or copied per loop iteration (a doubleword store, R10000 `sd`). */
const WORD_BYTES = 8;
/** Loop overhead per cache line of a zero or copy loop (address increment and branch). */
const LOOP_INSTRUCTIONS_PER_LINE = 2;
const LINE_BYTES = 32;

/**
 * The bare machine as an OS sees it: one `KernelCpu` per physical CPU, kernel
 * mode, physical = machine addresses, privileged operations executed directly
 * at a few cycles each. Installs itself as the exception handler and operation
 * source of every CPU and forwards to one `GuestKernel`.
 */
export class NativePlatform implements ExceptionHandler {
  readonly info: KernelPlatformInfo;
  readonly kernelCpus: readonly NativeKernelCpu[];
  private kernel: GuestKernel | null = null;
  /** Per disk: tags of completed requests whose interrupt has not been delivered yet (the disk is FIFO). */
  private readonly completedDiskTags: number[][];
  /** Per node: tags of delivered network messages whose interrupt is pending. */
  private readonly deliveredNetTags: number[][];
  /** Receive buffers: where a message to a node lands (set by the OS, see `setReceiveBuffer`). */
  private receiveBuffer: ((node: number, bytes: number) => readonly number[]) | null = null;

  constructor(
    readonly machine: Machine,
    readonly config: NativePlatformConfig = DEFAULT_NATIVE_PLATFORM_CONFIG,
  ) {
    assert(machine.totalPages * PAGE_BYTES <= UNMAPPED_WINDOW_BYTES, 'natively the kernel reaches all memory through KSEG0 (512 MB)');
    const c = machine.config;
    this.info = {
      virtualized: false,
      kernelBase: KSEG0_BASE,
      physicalPages: machine.totalPages,
      cpus: machine.cpus.length,
      nodes: machine.nodes,
      nodeOfPage: (page) => machine.homeOfPage(page),
      diskSectors: machine.disks.map(() => c.diskCylinders * c.diskSectorsPerCylinder),
      tlbEntries: c.tlbEntries,
      tlbWiredEntries: c.tlbWiredEntries,
    };
    this.kernelCpus = machine.cpus.map((cpu) => new NativeKernelCpu(cpu, this));
    this.completedDiskTags = machine.disks.map(() => []);
    this.deliveredNetTags = machine.cpus.map(() => []);
  }

  /** Boots `kernel` on every CPU: handlers, sources, clock interrupts. */
  start(kernel: GuestKernel): void {
    assert(this.kernel === null, 'native platform started twice');
    this.kernel = kernel;
    for (const cpu of this.machine.cpus) {
      cpu.handler = this;
      cpu.mode = CpuMode.KERNEL;
      const k = this.kernelCpus[cpu.id]!;
      const source: OpSource = { fill: (buffer: OpBuffer) => this.fill(cpu, k, buffer) };
      cpu.run(source);
      this.machine.startTimer(cpu.id, this.config.clockTickTicks);
    }
  }

  /** Where an arriving network message is written (the receiving OS's mbuf pages). */
  setReceiveBuffer(choose: (node: number, bytes: number) => readonly number[]): void {
    this.receiveBuffer = choose;
  }

  private get os(): GuestKernel {
    assert(this.kernel !== null, 'native platform not started');
    return this.kernel;
  }

  private fill(cpu: Cpu, k: NativeKernelCpu, buffer: OpBuffer): void {
    cpu.mode = CpuMode.KERNEL;
    this.os.fill(buffer, k);
    cpu.mode = CpuMode.USER;
  }

  tlbMiss(cpu: Cpu, kind: TlbExceptionKind, va: number, write: boolean): boolean {
    const previous = cpu.mode;
    cpu.mode = CpuMode.KERNEL;
    const retry = this.os.tlbMiss(this.kernelCpus[cpu.id]!, kind, va, write);
    cpu.mode = previous;
    return retry;
  }

  addressError(cpu: Cpu, va: number, write: boolean): void {
    throw new AssertionError(`cpu ${cpu.id}: address error at 0x${va.toString(16)} (${write ? 'store' : 'load'}) in mode ${cpu.mode}`);
  }

  trap(cpu: Cpu, code: number, argument: number): void {
    const previous = cpu.mode;
    cpu.mode = CpuMode.KERNEL;
    this.os.trap(this.kernelCpus[cpu.id]!, code, argument);
    cpu.mode = previous;
  }

  interrupt(cpu: Cpu, cause: InterruptCause, data: number): void {
    // Leave reduced-power mode first so the handler's time is counted from now, not from when the CPU went idle.
    cpu.wake();
    const previous = cpu.mode;
    cpu.mode = CpuMode.KERNEL;
    this.os.interrupt(this.kernelCpus[cpu.id]!, cause, this.interruptData(cpu.id, cause, data));
    cpu.mode = previous;
  }

  /** The OS sees the request's tag, not the device number the hardware reports. */
  private interruptData(cpu: number, cause: InterruptCause, data: number): number {
    if (cause === InterruptCause.DISK) {
      const tag = this.completedDiskTags[data]!.shift();
      assert(tag !== undefined, `disk ${data} interrupt without a completed request`);
      return tag;
    }
    if (cause === InterruptCause.NIC) return this.takeDeliveredTag(cpu);
    return data;
  }

  /** Starts a disk transfer by scatter-gather DMA into the request's pages. */
  submitDisk(request: KernelDiskRequest): void {
    const disk = this.machine.disks[request.disk];
    assert(disk !== undefined, `no disk ${request.disk}`);
    assert(request.physicalPages.length * (PAGE_BYTES / 512) >= request.sectors, 'disk request larger than its pages');
    const pageAddresses = request.physicalPages.slice(0, Math.ceil((request.sectors * 512) / PAGE_BYTES)).map((p) => p * PAGE_BYTES);
    disk.submit({
      write: request.write,
      sector: request.sector,
      sectors: request.sectors,
      machineAddress: pageAddresses[0]!,
      pageAddresses,
      onComplete: () => this.completedDiskTags[request.disk]!.push(request.tag),
    });
  }

  /** Sends a message node to node; the receiver's pages come from `setReceiveBuffer`. */
  sendNet(fromNode: number, request: KernelNetRequest): void {
    assert(this.receiveBuffer !== null, 'network send before the OS set receive buffers');
    const bytes = Math.ceil(request.bytes / 4) * 4;
    const destination = this.receiveBuffer(request.to, bytes);
    assert(destination.length >= 1, 'no receive buffer');
    // ASSUMPTION: one DMA of the first page carries the message's cost on the wire; later pages follow it.
    const nic = this.machine.nics[fromNode]!;
    const offset = request.pageOffsetBytes;
    const pieces = Math.max(1, request.physicalPages.length);
    for (let i = 0; i < pieces; i++) {
      const size = Math.ceil(netFragmentBytes(request, i) / 4) * 4;
      const last = i === pieces - 1;
      const from = (request.physicalPages[i] ?? request.physicalPages[0]!) * PAGE_BYTES + offset;
      const to = (destination[i] ?? destination[0]!) * PAGE_BYTES + offset;
      nic.send(request.to, from, Math.max(4, size), to, last ? () => this.deliveredNetTags[request.to]!.push(request.tag) : undefined);
    }
  }

  /** The tag of the oldest delivered message to `node` (the OS's receive path reads it from the packet header). */
  takeDeliveredTag(node: number): number {
    const tag = this.deliveredNetTags[node]!.shift();
    assert(tag !== undefined, `node ${node}: NIC interrupt without a delivered message`);
    return tag;
  }

  /** Ticks of one cycle (for tests). */
  get cycleTicks(): Tick {
    return Math.round(1_000_000 / this.machine.config.clockMhz);
  }
}

/** One physical CPU seen through the `KernelCpu` contract. */
export class NativeKernelCpu implements KernelCpu {
  readonly id: number;
  readonly node: number;

  constructor(
    readonly cpu: Cpu,
    private readonly native: NativePlatform,
  ) {
    this.id = cpu.id;
    this.node = cpu.id;
  }

  get nowTicks(): number {
    return this.cpu.nowTicks;
  }

  get platform(): KernelPlatformInfo {
    return this.native.info;
  }

  compute(instructions: number): void {
    if (instructions > 0) this.cpu.compute(instructions);
  }

  load(va: number): number {
    return this.cpu.load(va);
  }

  store(va: number, value: number): void {
    this.cpu.store(va, value);
  }

  ifetch(va: number): void {
    this.cpu.ifetch(va);
  }

  setAsid(asid: number): void {
    this.cpu.asid = asid;
    this.cpu.compute(this.native.config.privilegedOpCycles);
  }

  tlbWriteRandom(entry: KernelTlbEntry): void {
    this.cpu.tlb.writeRandom(toHardwareEntry(entry));
    this.cpu.compute(this.native.config.tlbWriteCycles);
  }

  tlbWriteIndexed(index: number, entry: KernelTlbEntry): void {
    this.cpu.tlb.writeIndexed(index, toHardwareEntry(entry));
    this.cpu.compute(this.native.config.tlbWriteCycles);
  }

  tlbProbe(vpn2: number, asid: number): number {
    this.cpu.compute(this.native.config.tlbWriteCycles);
    return this.cpu.tlb.probe(vpn2, asid);
  }

  privileged(_op: PrivilegedOp): void {
    this.cpu.compute(this.native.config.privilegedOpCycles);
  }

  account(bucket: number): void {
    this.cpu.time.switchTo(bucket);
  }

  /** The CPU idles when the OS hands it no operations; nothing else to do natively. */
  idle(): void {
    this.cpu.compute(this.native.config.privilegedOpCycles);
  }

  sendIpi(toCpu: number, vector: number): void {
    this.cpu.compute(this.native.config.privilegedOpCycles);
    this.native.machine.sendIpi(this.id, toCpu, vector);
  }

  yieldOps(into: OpBuffer): void {
    this.cpu.yieldOps(into);
  }

  /** The kernel's bzero loop through KSEG0: a doubleword store per 8 bytes. */
  zeroPage(physicalPage: number): void {
    const base = KSEG0_BASE + physicalPage * PAGE_BYTES;
    for (let line = 0; line < PAGE_BYTES; line += LINE_BYTES) {
      for (let w = 0; w < LINE_BYTES; w += WORD_BYTES) this.cpu.store(base + line + w, 0);
      this.cpu.compute(LOOP_INSTRUCTIONS_PER_LINE);
    }
  }

  /** bcopy through KSEG0; natively a remap is a copy too. */
  copyPage(fromPhysicalPage: number, toPhysicalPage: number, _remap: boolean): void {
    const from = KSEG0_BASE + fromPhysicalPage * PAGE_BYTES;
    const to = KSEG0_BASE + toPhysicalPage * PAGE_BYTES;
    for (let line = 0; line < PAGE_BYTES; line += LINE_BYTES) {
      for (let w = 0; w < LINE_BYTES; w += WORD_BYTES) {
        this.cpu.load(from + line + w);
        this.cpu.store(to + line + w, 0);
      }
      this.cpu.compute(LOOP_INSTRUCTIONS_PER_LINE);
    }
  }

  /** Only a hint for a monitor; the bare machine has nobody to tell. */
  pageFreed(_physicalPage: number): void {
    return;
  }

  /** The bare machine has no one to refill a guest's TLB: the OS keeps its own page table. */
  mapFixed(_startVpn: number, _pages: number, _firstPhysicalPage: number, _writable: boolean): boolean {
    return false;
  }

  diskRequest(request: KernelDiskRequest): void {
    this.cpu.compute(this.native.config.diskPioCycles);
    const native = this.native;
    // The command reaches the controller once the PIO sequence is done: at this CPU's local time.
    const delay = Math.max(0, this.cpu.nowTicks - native.machine.sim.now);
    native.machine.sim.after(delay, Priority.HARDWARE, () => native.submitDisk(request));
  }

  netSend(request: KernelNetRequest): void {
    this.cpu.compute(this.native.config.netPioCycles);
    const native = this.native;
    const delay = Math.max(0, this.cpu.nowTicks - native.machine.sim.now);
    native.machine.sim.after(delay, Priority.HARDWARE, () => native.sendNet(this.node, request));
  }
}

function toHardwareEntry(entry: KernelTlbEntry) {
  const flags = (page: number, writable: boolean): number => (page < 0 ? 0 : TLB_VALID | (writable ? TLB_DIRTY : 0));
  return {
    vpn2: entry.vpn2,
    asid: entry.asid,
    global: entry.global,
    pfn0: Math.max(entry.physicalPage0, 0),
    flags0: flags(entry.physicalPage0, entry.writable0),
    pfn1: Math.max(entry.physicalPage1, 0),
    flags1: flags(entry.physicalPage1, entry.writable1),
  };
}
