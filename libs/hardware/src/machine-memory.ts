import { AssertionError } from '@disco/sim-kernel';
import { PAGE_BYTES, PAGE_SHIFT } from './hardware-config';

const WORDS_PER_PAGE = PAGE_BYTES / 4;

/**
 * The data held in machine memory, as 32-bit words, allocated per page on
 * first write (an untouched page reads as zeros). Only used when the config
 * tracks data values; timing never depends on it.
 */
export class MachineMemory {
  private readonly pages = new Map<number, Int32Array>();

  constructor(readonly totalPages: number) {}

  readWord(mpn: number, offsetBytes: number): number {
    const page = this.pages.get(mpn);
    return page === undefined ? 0 : (page[offsetBytes >>> 2] as number);
  }

  writeWord(mpn: number, offsetBytes: number, value: number): void {
    this.page(mpn)[offsetBytes >>> 2] = value;
  }

  /** Copies the line of `lineBytes` at (mpn, offset) into `out`. */
  readLine(mpn: number, offsetBytes: number, out: Int32Array): void {
    const page = this.pages.get(mpn);
    if (page === undefined) out.fill(0);
    else out.set(page.subarray(offsetBytes >>> 2, (offsetBytes >>> 2) + out.length));
  }

  writeLine(mpn: number, offsetBytes: number, data: Int32Array): void {
    this.page(mpn).set(data, offsetBytes >>> 2);
  }

  private page(mpn: number): Int32Array {
    if (!(mpn >= 0 && mpn < this.totalPages)) throw new AssertionError(`machine page ${mpn} outside memory of ${this.totalPages} pages`);
    let page = this.pages.get(mpn);
    if (page === undefined) {
      page = new Int32Array(WORDS_PER_PAGE);
      this.pages.set(mpn, page);
    }
    return page;
  }
}

/** Machine page number and offset of a machine address (40-bit safe: no bitwise ops on the address). */
export function machinePageOf(machineAddress: number): number {
  return Math.floor(machineAddress / PAGE_BYTES);
}

export function machineAddressOf(mpn: number, offsetBytes: number): number {
  return mpn * PAGE_BYTES + offsetBytes;
}

export { PAGE_SHIFT };
