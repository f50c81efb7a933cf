import type { Tick } from '@disco/sim-kernel';
import type { CpuMode } from './address-space';
import type { Tlb } from './tlb';

/**
 * A CPU as an exception handler sees it (the `cpu` argument of every
 * `ExceptionHandler` method), so that exception-handler.ts does not import
 * cpu.ts. `Cpu` implements it; a handler that needs more of the CPU declares
 * its parameter as `Cpu` (methods are checked bivariantly).
 */
export interface CpuPort {
  readonly id: number;
  readonly tlb: Tlb;
  readonly counters: Float64Array;
  mode: CpuMode;
  asid: number;
  /** The CPU's own clock. */
  readonly nowTicks: Tick;
  /** Time spent by the handler on this CPU. */
  chargeExceptionTicks(ticks: Tick): void;
}
