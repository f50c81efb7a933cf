import { Simulator, AssertionError } from '@disco/sim-kernel';
import { hardwareConfig, Machine, PAGE_BYTES, type GuestKernel, type KernelCpu, type KernelTlbEntry, type OpBuffer, type TlbExceptionKind } from '@disco/hardware';
import { Disco } from './disco';
import { monitorConfig } from './monitor-config';
import { checkMonitorInvariants } from './testing';

const TLB_REFILL = -1;
const TLB_INVALID = -2;
const VA = 0x40_0000;

/**
 * A guest whose refill handler copies a PTE pair without looking at it, as
 * IRIX's UTLB handler does: for a page not yet faulted in, both halves are
 * invalid. MIPS keeps that entry, so the retry raises a TLB-invalid
 * exception, which takes the guest to its slow path (here: map the page).
 */
class LazyGuest implements GuestKernel {
  refills = 0;
  invalidFaults = 0;
  loaded = false;
  failure: Error | null = null;

  /** @param flushFirst invalidate a TLB slot first as IRIX's ASID-wrap flush does: a VPN2 in unmapped KSEG0. */
  constructor(private readonly flushFirst = false) {}

  fill(_buffer: OpBuffer, cpu: KernelCpu): void {
    if (!this.loaded) {
      this.loaded = true;
      try {
        if (this.flushFirst) cpu.tlbWriteIndexed(10, { vpn2: 0x8000_0000 / 8192 + 10, asid: 0, global: false, physicalPage0: -1, physicalPage1: -1, writable0: false, writable1: false });
        cpu.load(VA);
      } catch (e) {
        this.failure = e as Error;
      }
    }
    cpu.idle();
  }

  private entry(page: number): KernelTlbEntry {
    return { vpn2: VA >>> 13, asid: 0, global: false, physicalPage0: page, physicalPage1: -1, writable0: true, writable1: false };
  }

  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind): boolean {
    if (kind === TLB_REFILL) {
      this.refills++;
      if (this.refills > 8) throw new AssertionError('the refill handler ran 8 times for one reference: the all-invalid entry it wrote was dropped');
      cpu.tlbWriteRandom(this.entry(-1));
      return true;
    }
    if (kind !== TLB_INVALID) throw new AssertionError(`unexpected TLB exception ${kind}`);
    this.invalidFaults++;
    const i = cpu.tlbProbe(VA >>> 13, 0);
    if (i < 0) throw new AssertionError('TLBP does not find the all-invalid entry the refill wrote');
    cpu.tlbWriteIndexed(i, this.entry(VA / PAGE_BYTES));
    return true;
  }

  trap(_cpu: KernelCpu, code: number): void {
    throw new AssertionError(`lazy guest: unexpected trap ${code}`);
  }

  interrupt(): void {
    // Nothing to do: the test runs one reference and idles.
  }
}

function runLazyGuest(flushFirst: boolean): LazyGuest {
  const sim = new Simulator({ seed: 1 });
  const machine = new Machine(sim, hardwareConfig({ nodes: 1, memoryPerNodeBytes: 16 * 1024 * 1024, disks: 1 }));
  const disco = new Disco(sim, machine, monitorConfig({ sampleIntervalTicks: 0 }));
  const guest = new LazyGuest(flushFirst);
  disco.createVm({ vcpus: 1, memoryMb: 8, timerIntervalUs: 0 }, guest);
  disco.start();
  sim.run(1_000_000_000);
  if (guest.failure !== null) throw guest.failure;
  checkMonitorInvariants(disco);
  return guest;
}

describe('virtual TLB', () => {
  it('keeps an entry whose halves are both invalid: the retry raises TLB-invalid and reaches the guest slow path once', () => {
    const guest = runLazyGuest(false);
    expect(guest.loaded).toBe(true);
    expect(guest.refills).toBe(1);
    expect(guest.invalidFaults).toBe(1);
  });

  it('accepts an invalidating write whose VPN2 lies in the unmapped kernel segment (it can never match)', () => {
    const guest = runLazyGuest(true);
    expect(guest.refills).toBe(1);
    expect(guest.invalidFaults).toBe(1);
  });
});
