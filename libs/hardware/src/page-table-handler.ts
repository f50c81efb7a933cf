import { assert, AssertionError, nsToTicks, type Tick } from '@disco/sim-kernel';
import type { CpuPort } from './cpu-port';
import type { ExceptionHandler, InterruptCause, TlbExceptionKind } from './exception-handler';
import { TLB_DIRTY, TLB_VALID } from './tlb';

/**
 * A minimal bare-machine kernel for synthetic reference streams: one linear
 * page table (virtual page → machine page, shared by all CPUs, global
 * mappings) refilled like IRIX's fast UTLB handler. Stands in for the guest OS
 * until libs/guest exists; the monitor will plug in its own handler.
 */
export class PageTableHandler implements ExceptionHandler {
  private readonly table: Int32Array;
  refills = 0;
  interrupts = 0;

  constructor(
    virtualPages: number,
    /** Cost of one refill. Source: Table 2, UTLB_MISS on IRIX 0.035 µs. */
    private readonly refillTicks: Tick = nsToTicks(35),
  ) {
    this.table = new Int32Array(virtualPages).fill(-1);
  }

  map(vpn: number, mpn: number): void {
    assert(vpn >= 0 && vpn < this.table.length, `virtual page ${vpn} outside the page table`);
    assert(mpn >= 0, `bad machine page ${mpn}`);
    this.table[vpn] = mpn;
  }

  machinePageOf(vpn: number): number {
    return this.table[vpn] ?? -1;
  }

  tlbMiss(cpu: CpuPort, kind: TlbExceptionKind, va: number): boolean {
    if (kind !== -1) notRefill(kind, va);
    const even = (va >>> 12) & ~1;
    const pfn0 = this.machinePageOf(even);
    const pfn1 = this.machinePageOf(even + 1);
    if (pfn0 < 0 && pfn1 < 0) pageFault(va);
    const flags = TLB_VALID | TLB_DIRTY;
    cpu.tlb.writeRandomFields(va >>> 13, 0, true, Math.max(pfn0, 0), pfn0 >= 0 ? flags : 0, Math.max(pfn1, 0), pfn1 >= 0 ? flags : 0);
    cpu.chargeExceptionTicks(this.refillTicks);
    this.refills++;
    return true;
  }

  addressError(cpu: CpuPort, va: number): void {
    throw new AssertionError(`cpu ${cpu.id}: address error at 0x${va.toString(16)}`);
  }

  trap(cpu: CpuPort, code: number): void {
    throw new AssertionError(`cpu ${cpu.id}: unexpected trap ${code}`);
  }

  interrupt(_cpu: CpuPort, _cause: InterruptCause): void {
    this.interrupts++;
  }
}

// Cold: messages are built here so `tlbMiss` stays small enough to inline.

function notRefill(kind: number, va: number): never {
  throw new AssertionError(`page-table handler: only refills expected, got ${kind} at 0x${va.toString(16)}`);
}

function pageFault(va: number): never {
  throw new AssertionError(`page fault at 0x${va.toString(16)}: no mapping in the synthetic page table`);
}
