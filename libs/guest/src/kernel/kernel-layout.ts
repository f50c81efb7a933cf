import { assert } from '@disco/sim-kernel';

export const PAGE_BYTES = 4096;
export const CACHE_LINE_BYTES = 128;
/** Instructions fetched per L1I line (64-byte lines, 4-byte instructions). */
export const INSTRUCTIONS_PER_FETCH = 16;

/** A routine of kernel text: where its instructions sit. */
export interface Routine {
  readonly name: string;
  readonly offsetBytes: number;
  readonly bytes: number;
}

/**
 * Sizes of the kernel routines the services run (bytes of text). The hot
 * kernel text together is larger than the 32 KB L1I, as IRIX's is, so kernel
 * paths miss in the L1I and compete with user code in the L2. ASSUMPTION:
 * sizes of the order of IRIX 5.3's routines of the same names.
 */
const ROUTINE_BYTES: Readonly<Record<string, number>> = {
  utlb: 128,
  exceptionEntry: 1024,
  exceptionExit: 768,
  syscall: 1024,
  vfault: 4096,
  pageAlloc: 2048,
  pageFree: 1536,
  tlbDropIn: 512,
  bzero: 256,
  namei: 6144,
  dnlc: 2048,
  inode: 4096,
  vnOpen: 4096,
  falloc: 1024,
  rwuio: 4096,
  bmap: 2048,
  getblk: 3072,
  bcopy: 512,
  bwrite: 2048,
  exec: 16384,
  region: 6144,
  procdup: 8192,
  exit: 6144,
  wait: 2048,
  swtch: 3072,
  clock: 2048,
  diskIntr: 3072,
  spin: 128,
  idle: 512,
  nfs: 8192,
  net: 6144,
  barrier: 1024,
  sema: 512,
};

/** The kernel text map: routines laid out from the start of kernel text, each line aligned. */
export class KernelText {
  readonly routines: Readonly<Record<string, Routine>>;
  readonly usedBytes: number;

  constructor(readonly textPages: number) {
    let offset = 0;
    const routines: Record<string, Routine> = {};
    for (const [name, bytes] of Object.entries(ROUTINE_BYTES)) {
      routines[name] = { name, offsetBytes: offset, bytes };
      offset += Math.ceil(bytes / CACHE_LINE_BYTES) * CACHE_LINE_BYTES;
    }
    this.routines = routines;
    this.usedBytes = offset;
    assert(offset <= textPages * PAGE_BYTES, `kernel routines need ${offset} bytes of text, have ${textPages} pages`);
  }

  routine(name: string): Routine {
    const r = this.routines[name];
    assert(r !== undefined, `no kernel routine ${name}`);
    return r;
  }
}

/**
 * Static kernel data reserved at boot, after the text, in physical pages
 * from `firstPage`: a bump allocator of line-aligned areas.
 */
export class KernelData {
  private nextByte = 0;

  constructor(
    readonly firstPage: number,
    /** Kernel virtual address of physical page 0. */
    readonly kernelBase: number,
  ) {}

  /** Reserves `bytes` and returns the area's kernel virtual address. */
  reserve(bytes: number, alignBytes = CACHE_LINE_BYTES): number {
    assert(bytes > 0, 'empty kernel data area');
    this.nextByte = Math.ceil(this.nextByte / alignBytes) * alignBytes;
    const va = this.kernelBase + this.firstPage * PAGE_BYTES + this.nextByte;
    this.nextByte += bytes;
    return va;
  }

  get pages(): number {
    return Math.ceil(this.nextByte / PAGE_BYTES);
  }
}

/** Kernel virtual address of a byte in a physical page (KSEG0 natively, relocated kernel segment under Disco). */
export function kernelAddress(kernelBase: number, physicalPage: number, offsetBytes = 0): number {
  return kernelBase + physicalPage * PAGE_BYTES + offsetBytes;
}
