import { PAGE_BYTES, InterruptCause, type GuestKernel, type KernelCpu, type OpBuffer, type TlbExceptionKind } from '@disco/hardware';
import { AssertionError } from '@disco/sim-kernel';

export type GuestAction = (cpu: KernelCpu) => void;

/**
 * A guest for model-based tests: it runs queued actions on a VCPU (in its
 * kernel, supervisor mode) and otherwise idles. User virtual page n maps
 * physical page n, writable (an identity page table), so a test reaches any
 * guest-physical page through the TLB path.
 */
export class ScriptedGuest implements GuestKernel {
  private readonly queues: GuestAction[][] = [];
  readonly completedTags: number[] = [];
  failure: Error | null = null;
  /** Set once the guest handed Disco its fixed map: a user refill reaching it means Disco did not answer it. */
  refillsForbidden = false;

  constructor(private readonly physicalPages: number) {}

  enqueue(vcpu: number, action: GuestAction): void {
    while (this.queues.length <= vcpu) this.queues.push([]);
    this.queues[vcpu]!.push(action);
  }

  fill(_buffer: OpBuffer, cpu: KernelCpu): void {
    const queue = this.queues[cpu.id];
    while (queue !== undefined && queue.length > 0) {
      const action = queue.shift()!;
      try {
        action(cpu);
      } catch (e) {
        // Assertion failures inside the monitor must surface in the test, not vanish in the simulator.
        this.failure ??= e as Error;
      }
    }
    cpu.idle();
  }

  tlbMiss(cpu: KernelCpu, kind: TlbExceptionKind, va: number): boolean {
    if (kind === -3) throw new AssertionError(`scripted guest: its identity mappings are writable, got a modified exception at 0x${va.toString(16)}`);
    if (this.refillsForbidden) throw new AssertionError(`scripted guest: a TLB exception (${kind}) at 0x${va.toString(16)} reached the guest after it handed Disco its fixed map`);
    const even = Math.floor(va / PAGE_BYTES) & ~1;
    if (even >= this.physicalPages) throw new AssertionError(`scripted guest: 0x${va.toString(16)} beyond physical memory`);
    const entry = {
      vpn2: even >>> 1,
      asid: 0,
      global: false,
      physicalPage0: even,
      physicalPage1: even + 1 < this.physicalPages ? even + 1 : -1,
      writable0: true,
      writable1: true,
    };
    if (kind === -2) {
      const i = cpu.tlbProbe(entry.vpn2, 0);
      if (i >= 0) cpu.tlbWriteIndexed(i, entry);
      else cpu.tlbWriteRandom(entry);
    } else cpu.tlbWriteRandom(entry);
    return true;
  }

  trap(_cpu: KernelCpu, code: number): void {
    throw new AssertionError(`scripted guest: unexpected trap ${code}`);
  }

  interrupt(_cpu: KernelCpu, cause: InterruptCause, data: number): void {
    if (cause === InterruptCause.DISK || cause === InterruptCause.NIC) this.completedTags.push(data);
  }
}
