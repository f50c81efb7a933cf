import { assert, assertInRange } from '@disco/sim-kernel';

/** Receives the hot-page interrupt: page `mpn`'s counter for `node` reached the threshold. */
export type HotPageCallback = (mpn: number, node: number) => void;

/** Receives one sampled miss: page `mpn`, requesting node, and whether it was for writing (GetM, Upgrade). */
export type MissSampleCallback = (mpn: number, node: number, write: boolean) => void;

/**
 * FLASH's per-page cache-miss counters (§4.2.3): one counter per machine page
 * per node, kept by the home directory, counting L2 misses (upgrades
 * included). When a counter reaches the threshold the page is flagged once
 * per interval and the callback raises the interrupt; `reset` clears all
 * counters (the periodic reset). Counters saturate at their width.
 */
export class MissCounters {
  private readonly counts: Uint32Array;
  private readonly flagged: Uint8Array;
  private readonly maxCount: number;
  private pagesFlagged = 0;
  /** Misses recorded since the last reset (saturation aside, the sum of all counters). */
  recordedSinceReset = 0;
  onHotPage: HotPageCallback | null = null;
  /** Whether the monitor programmed the hot-page interrupt (off: counters count, no page is flagged). */
  hotPageInterrupts = true;
  /**
   * Miss sampling, as a monitor programs AMD's IBS for Carrefour: one miss in
   * `sampleEveryMisses` goes to `onSample` (0: off). Counted over all misses
   * of the machine, deterministic (no random skip).
   */
  sampleEveryMisses = 0;
  onSample: MissSampleCallback | null = null;
  private missesUntilSample = 0;
  /** Where `prefetch` puts what it read (nothing depends on it). */
  prefetched = 0;

  constructor(
    readonly totalPages: number,
    readonly nodes: number,
    counterBits: number,
    public threshold: number,
  ) {
    this.counts = new Uint32Array(totalPages * nodes);
    this.flagged = new Uint8Array(totalPages);
    this.maxCount = 2 ** counterBits - 1;
    assert(threshold >= 1, 'hot-page threshold must be at least 1');
  }

  record(mpn: number, node: number): void {
    const i = mpn * this.nodes + node;
    const count = this.counts[i] as number;
    if (count < this.maxCount) this.counts[i] = count + 1;
    this.recordedSinceReset++;
    if (count + 1 === this.threshold && this.flagged[mpn] === 0 && this.hotPageInterrupts) {
      this.flagged[mpn] = 1;
      this.pagesFlagged++;
      if (this.onHotPage !== null) this.onHotPage(mpn, node);
    }
  }

  /** Counts a miss toward the sampling period and hands every `sampleEveryMisses`-th to `onSample` (the caller checks sampling is on). */
  sample(mpn: number, node: number, write: boolean): void {
    if (this.missesUntilSample > 1) {
      this.missesUntilSample--;
      return;
    }
    this.missesUntilSample = this.sampleEveryMisses;
    if (this.onSample !== null) this.onSample(mpn, node, write);
  }

  /** Reads (mpn, node)'s counter ahead of `record`, so its host cache miss overlaps with other work (no effect on results). */
  prefetch(mpn: number, node: number): void {
    this.prefetched = this.counts[mpn * this.nodes + node] as number;
  }

  read(mpn: number, node: number): number {
    assertInRange(mpn, 0, this.totalPages, 'machine page');
    assertInRange(node, 0, this.nodes, 'node');
    return this.counts[mpn * this.nodes + node] as number;
  }

  /** The page's counters for every node (the monitor's read of the hardware). */
  readPage(mpn: number): number[] {
    assertInRange(mpn, 0, this.totalPages, 'machine page');
    return Array.from(this.counts.subarray(mpn * this.nodes, (mpn + 1) * this.nodes));
  }

  isFlagged(mpn: number): boolean {
    return this.flagged[mpn] === 1;
  }

  /** Clears the counters of one page (the monitor does this after moving it). */
  resetPage(mpn: number): void {
    assertInRange(mpn, 0, this.totalPages, 'machine page');
    this.counts.fill(0, mpn * this.nodes, (mpn + 1) * this.nodes);
    this.flagged[mpn] = 0;
  }

  /** Clears every counter; returns how many pages were flagged in the interval. */
  reset(): number {
    const flagged = this.pagesFlagged;
    this.counts.fill(0);
    this.flagged.fill(0);
    this.pagesFlagged = 0;
    this.recordedSinceReset = 0;
    return flagged;
  }

  /** Sum of all counters (tests; O(pages × nodes)). */
  total(): number {
    let sum = 0;
    for (let i = 0; i < this.counts.length; i++) sum += this.counts[i] as number;
    return sum;
  }
}
