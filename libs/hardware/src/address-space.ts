/**
 * The MIPS 32-bit virtual address map (R10000 in 32-bit mode, as IRIX 5.3
 * uses it) and the three privilege modes (§4.3). Virtual addresses are
 * unsigned 32-bit numbers; machine addresses are up to 40 bits (§4.2.2) and
 * therefore plain numbers, never used with bitwise operators.
 */
export const CpuMode = {
  /** Disco itself, or the OS on the bare machine: every segment, privileged instructions. */
  KERNEL: 0,
  /** A guest kernel under Disco (§4.1): user and supervisor segments, no privileged instructions. */
  SUPERVISOR: 1,
  /** Applications: the user segment only. */
  USER: 2,
} as const;
export type CpuMode = (typeof CpuMode)[keyof typeof CpuMode];

/** KUSEG: mapped through the TLB, all modes. */
export const KUSEG_BASE = 0x0000_0000;
/** KSEG0: unmapped, cached; machine address = va − KSEG0_BASE. Kernel mode only. */
export const KSEG0_BASE = 0x8000_0000;
/** KSEG1: unmapped like KSEG0. ASSUMPTION: modelled cached too (uncached device space is not modelled). */
export const KSEG1_BASE = 0xa000_0000;
/** KSSEG: mapped supervisor segment, where Disco's relinked IRIX kernel lives (§4.3). */
export const KSSEG_BASE = 0xc000_0000;
/** KSEG3: mapped, kernel mode only. */
export const KSEG3_BASE = 0xe000_0000;
/** Size of the unmapped window (KSEG0 and KSEG1 each map the first 512 MB). */
export const UNMAPPED_WINDOW_BYTES = 0x2000_0000;

/** True for KSEG0/KSEG1, which bypass the TLB. */
export function isUnmapped(va: number): boolean {
  return va >= KSEG0_BASE && va < KSSEG_BASE;
}

/** Machine address of an unmapped virtual address. */
export function unmappedToMachine(va: number): number {
  return (va - KSEG0_BASE) % UNMAPPED_WINDOW_BYTES;
}

/** Whether `mode` may reference `va` (MIPS segment protection). */
export function modeMayAccess(mode: CpuMode, va: number): boolean {
  if (va < KSEG0_BASE) return true;
  if (mode === CpuMode.KERNEL) return true;
  return mode === CpuMode.SUPERVISOR && va >= KSSEG_BASE && va < KSEG3_BASE;
}
