import { assert, assertInRange, CapacityError } from '@disco/sim-kernel';
import type { PagePlacement } from './kernel-config';

/** What a physical page holds (the memory footprint categories of §5.3). */
export const PageUse = {
  FREE: 0,
  KERNEL_TEXT: 1,
  KERNEL_DATA: 2,
  BUFFER_CACHE: 3,
  USER: 4,
  PAGE_TABLE: 5,
  MBUF: 6,
} as const;
export type PageUse = (typeof PageUse)[keyof typeof PageUse];
const USE_COUNT = 7;

/**
 * The OS's physical page frames: what each holds, its reference count (pages
 * shared copy-on-write after fork, text mapped by several processes), and
 * free lists per node and page colour. Placement is the OS's policy: round
 * robin over nodes (the IRIX baseline of §5.4) or the faulting CPU's node;
 * colouring hands consecutive allocations consecutive colours, falling back
 * to the next colour, then the next node, when a list is empty.
 */
export class PhysicalMemory {
  readonly use: Uint8Array;
  readonly refs: Int32Array;
  /** Free pages of node n and colour c at index n * colors + c, lowest page on top. */
  private readonly free: number[][];
  private nextNode = 0;
  private nextColor = 0;
  private readonly counts = new Int32Array(USE_COUNT);
  /** Told of every change of a page's use (a monitor's footprint hints; null natively). */
  onUseChanged: ((page: number, use: PageUse) => void) | null = null;
  /**
   * Called when an allocation finds no free page: frees one page if it can
   * (the buffer cache giving back its least recently used clean buffer, as
   * IRIX's page stealer takes file pages back under memory pressure) and says
   * whether it did. null: nothing to take back.
   */
  reclaim: (() => boolean) | null = null;

  constructor(
    readonly pages: number,
    readonly nodes: number,
    readonly nodeOfPage: (page: number) => number,
    /** Pages [0, reserved) hold kernel text and static data. */
    reservedPages: number,
    textPages: number,
    private readonly placement: PagePlacement,
    private readonly colors = 1,
  ) {
    if (reservedPages >= pages) throw new CapacityError(`the kernel's text and static data take ${reservedPages} pages, and its memory has ${pages}: give it more memory or a smaller kernel (/guest/kernelTextKb)`);
    assert(Number.isInteger(colors) && colors >= 1, `page colours must be a positive integer, got ${colors}`);
    this.use = new Uint8Array(pages);
    this.refs = new Int32Array(pages);
    this.free = Array.from({ length: nodes * colors }, () => []);
    for (let p = pages - 1; p >= reservedPages; p--) this.freeList(nodeOfPage(p), p).push(p);
    for (let p = 0; p < reservedPages; p++) {
      this.use[p] = p < textPages ? PageUse.KERNEL_TEXT : PageUse.KERNEL_DATA;
      this.refs[p] = 1;
    }
    this.counts[PageUse.FREE] = pages - reservedPages;
    this.counts[PageUse.KERNEL_TEXT] = textPages;
    this.counts[PageUse.KERNEL_DATA] = reservedPages - textPages;
  }

  /** Allocates a page for `use`; `node` is the faulting CPU's node. */
  allocate(use: PageUse, node: number): number {
    assert(use !== PageUse.FREE, 'allocate for no use');
    const first = this.placement === 'round-robin' ? this.nextNode++ % this.nodes : node % this.nodes;
    const color = this.nextColor++ % this.colors;
    for (let i = 0; i < this.nodes * this.colors; i++) {
      const n = (first + Math.floor(i / this.colors)) % this.nodes;
      const page = this.free[n * this.colors + ((color + i) % this.colors)]!.pop();
      if (page === undefined) continue;
      this.use[page] = use;
      this.refs[page] = 1;
      this.counts[PageUse.FREE]--;
      this.counts[use]++;
      this.onUseChanged?.(page, use);
      return page;
    }
    if (this.reclaim?.() === true) return this.allocate(use, node);
    throw new CapacityError(`out of physical memory: all ${this.pages} pages of the kernel's memory are in use and none can be reclaimed (the model does not page): give the machine or VM more memory, or the workload less`);
  }

  /** Drops one reference; returns true when the page went back to its free list. */
  release(page: number, nodeOfPage: number): boolean {
    assertInRange(page, 0, this.pages, 'physical page');
    assert(this.use[page] !== PageUse.FREE, `page ${page} released while free`);
    assert(this.refs[page]! > 0, `page ${page} has no references`);
    if (--this.refs[page]! > 0) return false;
    this.counts[this.use[page]!]--;
    this.counts[PageUse.FREE]++;
    this.use[page] = PageUse.FREE;
    this.freeList(nodeOfPage, page).push(page);
    this.onUseChanged?.(page, PageUse.FREE);
    return true;
  }

  private freeList(nodeOfPage: number, page: number): number[] {
    return this.free[(nodeOfPage % this.nodes) * this.colors + (page % this.colors)]!;
  }

  addRef(page: number): void {
    assert(this.refs[page]! > 0, `page ${page} shared while unreferenced`);
    this.refs[page]!++;
  }

  count(use: PageUse): number {
    return this.counts[use]!;
  }

  get freePages(): number {
    return this.counts[PageUse.FREE]!;
  }
}
