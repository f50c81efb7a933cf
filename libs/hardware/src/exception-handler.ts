import type { Tick } from '@disco/sim-kernel';
import type { Cpu } from './cpu';
import type { CpuPort } from './cpu-port';

/** Interrupt causes a CPU can receive. */
export const InterruptCause = {
  TIMER: 0,
  IPI: 1,
  DISK: 2,
  NIC: 3,
  /** A per-page miss counter crossed the threshold (data: machine page number). */
  HOT_PAGE: 4,
} as const;
export type InterruptCause = (typeof InterruptCause)[keyof typeof InterruptCause];

/** Which TLB exception (values of `Tlb.lookup` below zero). */
export type TlbExceptionKind = -1 | -2 | -3;

/**
 * The kernel running at exception level on a CPU: the guest OS natively, or
 * the monitor under Disco. Handlers run synchronously inside the CPU's slice
 * and charge their time with `cpu.chargeExceptionTicks`.
 */
/**
 * The code an exception handler runs, fetched through the caches when the
 * handler charges its time (the monitor's own code: libs/monitor
 * monitor-memory.ts). `ticks` of instruction time in accounting bucket `bucket`.
 */
export interface HandlerCode {
  fetch(cpu: Cpu, bucket: number, ticks: Tick): void;
}

export interface ExceptionHandler {
  /**
   * A TLB refill, invalid or modified exception at `va`. Install a mapping
   * and return true to retry the reference, or false to abandon it (a fault
   * delivered elsewhere).
   */
  tlbMiss(cpu: CpuPort, kind: TlbExceptionKind, va: number, write: boolean): boolean;
  /** A reference the current mode may not make (MIPS address error); the reference is abandoned. */
  addressError(cpu: CpuPort, va: number, write: boolean): void;
  /** A privileged instruction, system call or other trap (`OP_TRAP`). */
  trap(cpu: CpuPort, code: number, argument: number): void;
  /** An interrupt, delivered between slices at the interrupt's tick. */
  interrupt(cpu: CpuPort, cause: InterruptCause, data: number): void;
}

/** A handler that treats every exception as a bug: for tests of the bare pipeline. */
export const FAILING_HANDLER: ExceptionHandler = {
  tlbMiss: (cpu, kind, va) => {
    throw new Error(`cpu ${cpu.id}: unhandled TLB exception ${kind} at 0x${va.toString(16)}`);
  },
  addressError: (cpu, va) => {
    throw new Error(`cpu ${cpu.id}: unhandled address error at 0x${va.toString(16)}`);
  },
  trap: (cpu, code) => {
    throw new Error(`cpu ${cpu.id}: unhandled trap ${code}`);
  },
  interrupt: () => undefined,
};
