import { PAGE_BYTES, type HardwareConfig } from '@disco/hardware';

/** The page colours an IRIX-like kernel finds when it probes the machine's L2 at boot: the sets one page spans. */
export function pageColorsOf(hw: HardwareConfig): number {
  return Math.max(1, hw.l2SizeBytes / hw.l2Ways / PAGE_BYTES);
}
