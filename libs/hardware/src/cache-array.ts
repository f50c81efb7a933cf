import { assert } from '@disco/sim-kernel';
import { PAGE_BYTES } from './hardware-config';

/**
 * A set-associative tag store with LRU replacement, in typed arrays. Lines
 * are numbered by machine line index (`mpn * linesPerPage + offset >>> lineShift`),
 * which is below 2^31 for every memory size the config accepts. The slot of a
 * way is `set * ways + way`. `states` holds the owner's protocol state or
 * permission (0 = invalid).
 */
export class CacheArray {
  readonly sets: number;
  readonly lineShift: number;
  readonly linesPerPage: number;
  readonly tags: Int32Array;
  readonly states: Uint8Array;
  private readonly stamps: Float64Array;
  private readonly setMask: number;
  private clock = 0;

  constructor(
    readonly name: string,
    sizeBytes: number,
    readonly ways: number,
    readonly lineBytes: number,
  ) {
    this.sets = sizeBytes / (ways * lineBytes);
    assert(Number.isInteger(this.sets) && this.sets >= 1, `${name}: size must be a multiple of ways × line`);
    this.setMask = this.sets - 1;
    this.lineShift = Math.log2(lineBytes);
    this.linesPerPage = PAGE_BYTES / lineBytes;
    this.tags = new Int32Array(this.sets * ways).fill(-1);
    this.states = new Uint8Array(this.sets * ways);
    this.stamps = new Float64Array(this.sets * ways);
  }

  get slots(): number {
    return this.tags.length;
  }

  /** Line index of a machine page and byte offset. */
  lineOf(mpn: number, offsetBytes: number): number {
    return mpn * this.linesPerPage + (offsetBytes >>> this.lineShift);
  }

  /** Slot holding `line`, or -1. */
  find(line: number): number {
    const base = (line & this.setMask) * this.ways;
    for (let w = 0; w < this.ways; w++) if (this.tags[base + w] === line) return base + w;
    return -1;
  }

  /** Marks a slot most recently used. */
  touch(slot: number): void {
    this.stamps[slot] = ++this.clock;
  }

  /** The slot to fill with `line`: an empty way, else the least recently used. */
  victim(line: number): number {
    const base = (line & this.setMask) * this.ways;
    let best = base;
    for (let w = 0; w < this.ways; w++) {
      const slot = base + w;
      if (this.tags[slot] === -1) return slot;
      if ((this.stamps[slot] as number) < (this.stamps[best] as number)) best = slot;
    }
    return best;
  }

  fill(slot: number, line: number, state: number): void {
    this.tags[slot] = line;
    this.states[slot] = state;
    this.stamps[slot] = ++this.clock;
  }

  clear(slot: number): void {
    this.tags[slot] = -1;
    this.states[slot] = 0;
  }

  /** Every valid line, for checks and tests (not on the hot path). */
  validLines(): number[] {
    const lines: number[] = [];
    for (let s = 0; s < this.tags.length; s++) if ((this.tags[s] as number) >= 0) lines.push(this.tags[s] as number);
    return lines;
  }
}
