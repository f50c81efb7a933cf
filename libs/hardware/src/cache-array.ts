import { assert } from '@disco/sim-kernel';
import { PAGE_BYTES } from './hardware-config';

/** Int32 words per slot: tag, state, then the LRU stamp as one Float64 (the last two words). */
const SLOT_WORDS = 4;
const TAG = 0;
const STATE = 1;
/** Float64 index of a slot's stamp: slot * 2 + 1 (bytes 8-15 of the slot). */
const STAMP_OF_SLOT = 2;

/**
 * A set-associative tag store with LRU replacement, in one typed buffer.
 * Lines are numbered by machine line index (`mpn * linesPerPage + offset >>>
 * lineShift`), which is below 2^31 for every memory size the config accepts.
 * The slot of a way is `set * ways + way`. Each slot is 16 bytes, tag,
 * state (the owner's protocol state or permission, 0 = invalid) and LRU
 * stamp side by side, so a lookup and a replacement in a 2-way set read one
 * host cache line instead of one per array.
 */
export class CacheArray {
  readonly sets: number;
  readonly lineShift: number;
  readonly linesPerPage: number;
  /** Slot s: tag at `[4s]`, state at `[4s + 1]`. */
  private readonly words: Int32Array;
  /** The same buffer as Float64: the stamp of slot s at `[2s + 1]`. */
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
    const buffer = new ArrayBuffer(this.sets * ways * SLOT_WORDS * 4);
    this.words = new Int32Array(buffer);
    this.stamps = new Float64Array(buffer);
    for (let slot = 0; slot < this.sets * ways; slot++) this.words[slot * SLOT_WORDS + TAG] = -1;
  }

  get slots(): number {
    return this.sets * this.ways;
  }

  /** Line index of a machine page and byte offset. */
  lineOf(mpn: number, offsetBytes: number): number {
    return mpn * this.linesPerPage + (offsetBytes >>> this.lineShift);
  }

  /** Line held by `slot`, or -1. */
  tag(slot: number): number {
    return this.words[slot * SLOT_WORDS + TAG] as number;
  }

  /** Protocol state or permission of `slot` (0 = invalid). */
  state(slot: number): number {
    return this.words[slot * SLOT_WORDS + STATE] as number;
  }

  setState(slot: number, state: number): void {
    this.words[slot * SLOT_WORDS + STATE] = state;
  }

  /** Puts `line` in `slot` with state invalid, without touching LRU (a miss claims the slot before its transaction). */
  claim(slot: number, line: number): void {
    this.words[slot * SLOT_WORDS + TAG] = line;
    this.words[slot * SLOT_WORDS + STATE] = 0;
  }

  /** Slot holding `line`, or -1. */
  find(line: number): number {
    const base = (line & this.setMask) * this.ways;
    const words = this.words;
    // The first way outside the loop: most lookups end there or at the second.
    if (words[base * SLOT_WORDS] === line) return base;
    for (let w = 1, i = (base + 1) * SLOT_WORDS; w < this.ways; w++, i += SLOT_WORDS) if (words[i] === line) return base + w;
    return -1;
  }

  /**
   * Whether `line` is present with a state of at least `need`; if so, marks
   * its slot most recently used (what `find`, `state` and `touch` do, in one
   * pass over the set: the L1 hit check of every inline reference).
   */
  touchIfAtLeast(line: number, need: number): boolean {
    const base = (line & this.setMask) * this.ways;
    const words = this.words;
    for (let w = 0, i = base * SLOT_WORDS; w < this.ways; w++, i += SLOT_WORDS) {
      if (words[i + TAG] !== line) continue;
      if ((words[i + STATE] as number) < need) return false;
      // i is slot * SLOT_WORDS, so the slot's stamp is at i / 2 + 1 (slot * STAMP_OF_SLOT + 1).
      this.stamps[(i >>> 1) + 1] = ++this.clock;
      return true;
    }
    return false;
  }

  /** Marks a slot most recently used. */
  touch(slot: number): void {
    this.stamps[slot * STAMP_OF_SLOT + 1] = ++this.clock;
  }

  /** The slot to fill with `line`: an empty way, else the least recently used. */
  victim(line: number): number {
    const base = (line & this.setMask) * this.ways;
    const words = this.words;
    const stamps = this.stamps;
    let best = base;
    for (let w = 0; w < this.ways; w++) {
      const slot = base + w;
      if (words[slot * SLOT_WORDS + TAG] === -1) return slot;
      if ((stamps[slot * STAMP_OF_SLOT + 1] as number) < (stamps[best * STAMP_OF_SLOT + 1] as number)) best = slot;
    }
    return best;
  }

  fill(slot: number, line: number, state: number): void {
    this.words[slot * SLOT_WORDS + TAG] = line;
    this.words[slot * SLOT_WORDS + STATE] = state;
    this.stamps[slot * STAMP_OF_SLOT + 1] = ++this.clock;
  }

  clear(slot: number): void {
    this.words[slot * SLOT_WORDS + TAG] = -1;
    this.words[slot * SLOT_WORDS + STATE] = 0;
  }

  /** Every valid line, for checks and tests (not on the hot path). */
  validLines(): number[] {
    const lines: number[] = [];
    for (let s = 0; s < this.slots; s++) if (this.tag(s) >= 0) lines.push(this.tag(s));
    return lines;
  }
}
