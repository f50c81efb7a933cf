import { KSEG0_BASE, PAGE_BYTES, type Cpu, type HandlerCode } from '@disco/hardware';
import { assert, nsToTicks, type Tick } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import type { MemoryManager } from './memory-manager';
import { MONITOR_CYCLE_NS, type MonitorConfig } from './monitor-config';
import type { Vcpu, Vm } from './vm';

/** Bytes of a VCPU record kept ahead of its L2TLB (virtual CP0 registers, saved state). ASSUMPTION: 256, 64 words. */
export const VCPU_RECORD_BYTES = 256;

/** Code regions: the trap entry and exit every handler shares, then one per monitor time bucket. */
const FIRST_MONITOR_BUCKET = TimeBucket.TIME_MONITOR_TLB_WRITE;
const LAST_MONITOR_BUCKET = TimeBucket.TIME_MONITOR_OTHER;
const CODE_REGIONS = LAST_MONITOR_BUCKET - FIRST_MONITOR_BUCKET + 2;
const INSTRUCTION_BYTES = 4;

/**
 * Disco's own memory (§4.2): its 72 KB of code, replicated on every node
 * (`monitorCodeReplicated`; off, one copy on node 0), and
 * the data its handlers read and write — each VCPU's record and L2TLB on the
 * VCPU's node ("per-processor parts of global data live on that node"), each
 * VM's pmap (`pmapPlacement`: each page on the node that first uses it, or
 * spread over the VM's VCPUs' nodes), and the memmap of each node's machine
 * pages on that node.
 *
 * With `monitorMemoryReferences` on, a handler fetches its instructions from
 * the code replica on the CPU's node and loads and stores the entries it uses
 * (the L2TLB slot it probes or fills, the pmap entries it translates through,
 * the VCPU record a privileged instruction is emulated on) through the
 * caches, like the guest's own handlers and page tables: misses stall the
 * CPU and Disco's lines compete with the guest's. Off, a handler costs only
 * its instruction time (the earlier model, an ablation). The pages exist
 * either way (the machine footprint counts them).
 *
 * Code layout (INFERENCE: the paper gives only the size): the shared trap
 * entry and exit first, then a region per monitor time bucket; a handler of
 * N instructions runs straight-line N × 4 bytes, the entry and exit part
 * from the shared region and the rest from its bucket's.
 */
export class MonitorMemory implements HandlerCode {
  /** Machine pages of each node's code replica. */
  private readonly codePages: number[][] = [];
  private readonly regionBytes: number;
  private readonly entryInstructions: number;
  private readonly instructionTicks: Tick;
  private readonly lineBytes: number;
  /** Per VM, per VCPU: machine pages of the VCPU record and L2TLB. */
  private readonly vcpuPages: number[][][] = [];
  /** Per VM: machine pages of its pmap (-1: not yet used, under 'first-touch'), and how many are allocated. */
  private readonly pmapPages: number[][] = [];
  private readonly pmapAllocated: number[] = [];
  readonly references: boolean;
  /** `linesOf`'s answers, by bucket and instruction count. */
  private readonly fetchLines = new Map<number, Float64Array[]>();

  constructor(
    private readonly config: MonitorConfig,
    private readonly memory: MemoryManager,
    nodes: number,
    pagesPerNode: number,
    l1iLineBytes: number,
  ) {
    this.references = config.monitorMemoryReferences;
    this.lineBytes = l1iLineBytes;
    this.instructionTicks = nsToTicks(MONITOR_CYCLE_NS);
    this.entryInstructions = Math.round(config.trapEntryExitTicks / this.instructionTicks);
    const codePagesPerNode = Math.ceil(config.monitorCodeBytes / PAGE_BYTES);
    this.regionBytes = Math.floor(config.monitorCodeBytes / CODE_REGIONS / l1iLineBytes) * l1iLineBytes;
    assert(this.regionBytes > 0, 'monitor code too small for its handlers');
    for (let n = 0; n < nodes; n++) {
      if (!config.monitorCodeReplicated && n > 0) {
        this.codePages.push(this.codePages[0]!);
        continue;
      }
      const pages: number[] = [];
      for (let i = 0; i < codePagesPerNode; i++) pages.push(memory.allocateMonitorPage(n));
      this.codePages.push(pages);
    }
    const memmapPagesPerNode = Math.ceil((pagesPerNode * config.memmapEntryBytes) / PAGE_BYTES);
    for (let n = 0; n < nodes; n++) for (let i = 0; i < memmapPagesPerNode; i++) memory.allocateMonitorPage(n);
  }

  /** The code pages a CPU on `node` fetches from. */
  codePagesOf(node: number): readonly number[] {
    return this.codePages[node]!;
  }

  /**
   * Allocates a new VM's VCPU records and L2TLBs (each on its VCPU's node) and,
   * with `pmapPlacement` 'interleaved', its whole pmap spread over its VCPUs'
   * nodes; 'first-touch' allocates each pmap page at its first use (`pmapEntry`).
   */
  addVm(vm: Vm): void {
    const c = this.config;
    const perVcpu = Math.ceil((VCPU_RECORD_BYTES + c.l2TlbEntries * c.pmapEntryBytes) / PAGE_BYTES);
    this.vcpuPages[vm.id] = vm.vcpus.map((v) => Array.from({ length: perVcpu }, () => this.memory.allocateMonitorPage(v.homeCpu)));
    const pmap = Math.ceil((vm.physicalPages * c.pmapEntryBytes) / PAGE_BYTES);
    const interleaved = c.pmapPlacement === 'interleaved';
    this.pmapPages[vm.id] = Array.from({ length: pmap }, (_, i) => (interleaved ? this.memory.allocateMonitorPage(vm.vcpus[i % vm.vcpus.length]!.homeCpu) : -1));
    this.pmapAllocated[vm.id] = interleaved ? pmap : 0;
  }

  /** Pages of monitor data kept for one VM: its pmap's pages in use and its VCPUs' records and L2TLBs. */
  dataPagesOf(vmId: number): number {
    const vcpus = this.vcpuPages[vmId] ?? [];
    return (this.pmapAllocated[vmId] ?? 0) + vcpus.reduce((n, p) => n + p.length, 0);
  }

  /** A handler of `ticks` in `bucket` fetches its code from the replica on the CPU's node. */
  fetch(cpu: Cpu, bucket: number, ticks: Tick): void {
    const instructions = Math.round(ticks / this.instructionTicks);
    if (instructions <= 0) return;
    const key = bucket * 65536 + Math.min(instructions, 65535);
    const lines = this.fetchLines.get(key) ?? this.linesOf(key, bucket, instructions);
    const vas = lines[cpu.id]!;
    for (let i = 0; i < vas.length; i++) cpu.ifetch(vas[i]!);
  }

  /** Per node, the KSEG0 address of every instruction-cache line such a handler runs through (computed once per handler shape). */
  private linesOf(key: number, bucket: number, instructions: number): Float64Array[] {
    const entry = Math.min(instructions, this.entryInstructions);
    const rest = instructions - entry;
    const ranges: [number, number][] = [[0, entry * INSTRUCTION_BYTES]];
    if (rest > 0 && bucket >= FIRST_MONITOR_BUCKET && bucket <= LAST_MONITOR_BUCKET) {
      ranges.push([(bucket - FIRST_MONITOR_BUCKET + 1) * this.regionBytes, Math.min(rest * INSTRUCTION_BYTES, this.regionBytes)]);
    }
    const lines = this.codePages.map((pages) => {
      const vas: number[] = [];
      for (const [offset, bytes] of ranges) {
        for (let a = offset; a < offset + bytes; a += this.lineBytes) vas.push(kseg0Of(pages, a));
      }
      return Float64Array.from(vas);
    });
    this.fetchLines.set(key, lines);
    return lines;
  }

  /** The L2TLB slot of (vpn2, asid), which a probe reads (a hit or a miss) or a fill writes. */
  l2TlbSlot(v: Vcpu, vpn2: number, asid: number, write: boolean): void {
    if (!this.references) return;
    this.access(v.cpu, this.vcpuPages[v.vm.id]![v.id]!, VCPU_RECORD_BYTES + v.l2tlb.slot(vpn2, asid) * this.config.pmapEntryBytes, write);
  }

  /** The VCPU record, read and written by an emulated privileged instruction. */
  vcpuRecord(v: Vcpu): void {
    if (!this.references) return;
    const pages = this.vcpuPages[v.vm.id]![v.id]!;
    this.access(v.cpu, pages, 0, false);
    this.access(v.cpu, pages, 0, true);
  }

  /** The machine page holding `ppn`'s pmap entry, or -1 while none of its page's entries was used ('first-touch'). */
  pmapPageOf(vm: Vm, ppn: number): number {
    return this.pmapPages[vm.id]![Math.floor((ppn * this.config.pmapEntryBytes) / PAGE_BYTES)]!;
  }

  /** The pmap entry of guest-physical page `ppn`, read to translate it (its page allocated on `cpu`'s node at its first use under 'first-touch'). */
  pmapEntry(cpu: Cpu, vm: Vm, ppn: number): void {
    if (ppn < 0) return;
    const offset = ppn * this.config.pmapEntryBytes;
    const pages = this.pmapPages[vm.id]!;
    const page = Math.floor(offset / PAGE_BYTES);
    if (pages[page]! < 0) {
      pages[page] = this.memory.allocateMonitorPage(cpu.id);
      this.pmapAllocated[vm.id]!++;
    }
    if (this.references) this.access(cpu, pages, offset, false);
  }

  private access(cpu: Cpu, pages: readonly number[], offset: number, write: boolean): void {
    cpu.handlerAccess(kseg0Of(pages, offset), write);
  }
}

/** The unmapped (KSEG0) address of byte `offset` of an area laid over the machine pages `pages`. */
function kseg0Of(pages: readonly number[], offset: number): number {
  return KSEG0_BASE + pages[Math.floor(offset / PAGE_BYTES)]! * PAGE_BYTES + (offset % PAGE_BYTES);
}
