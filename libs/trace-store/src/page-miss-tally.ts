import { CACHE_MISSED_SLOTS, PACKED_ENVELOPE_SLOTS, ROW_IS_PACKED, type EventOf } from '@disco/trace-schema';

const PAGE_BYTES = 4096;
/** Keys pack the page and its home node: page * 256 + node (nodes < 256). */
const NODE_SLOTS = 256;
/** A packed CacheMissed's numbers are its fields in order (CACHE_MISSED_SLOTS applies). */
const MISSES_FROM_NUMBERS = ROW_IS_PACKED.has('CacheMissed');

/**
 * Per-page L2 miss totals, kept while a detailed trace is recorded so that the
 * hottest-page ranking reads a few thousand summary rows instead of scanning
 * every `CacheMissed` row (the `page_miss` table, written when the run ends).
 */
export class PageMissTally {
  private readonly index = new Map<number, number>();
  private keys = new Float64Array(1024);
  private sums = new Float64Array(1024 * 3);
  private size = 0;

  add(event: EventOf<'CacheMissed'>): void {
    this.addMiss(event.data.machineAddress, event.data.homeNode, event.node, event.data.latencyTicks);
  }

  /** Whether `addPacked` reads the miss from the numbers (otherwise it needs the event). */
  static readonly readsNumbers = MISSES_FROM_NUMBERS;

  /** `add` of the CacheMissed packed at `o` of `numbers` (PackedBatch.numbers), read from them; `event` is the same event unpacked (needed only when not `readsNumbers`). */
  addPacked(numbers: Float64Array, o: number, event: EventOf<'CacheMissed'> | undefined): void {
    if (!MISSES_FROM_NUMBERS) {
      if (event === undefined) throw new RangeError('a packed CacheMissed needs its event: its numbers are not its row');
      return this.add(event);
    }
    const p = o + PACKED_ENVELOPE_SLOTS;
    this.addMiss(numbers[p + CACHE_MISSED_SLOTS.machineAddress]!, numbers[p + CACHE_MISSED_SLOTS.homeNode]!, numbers[o + 4]!, numbers[p + CACHE_MISSED_SLOTS.latencyTicks]!);
  }

  /** `add` of a miss given by its values: the CacheMissed's machine address, home node, envelope node and latency. */
  addMiss(machineAddress: number, homeNode: number, node: number, latencyTicks: number): void {
    const key = Math.floor(machineAddress / PAGE_BYTES) * NODE_SLOTS + homeNode;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.size++;
      if (i === this.keys.length) this.grow();
      this.keys[i] = key;
      this.index.set(key, i);
    }
    const o = i * 3;
    this.sums[o]! += 1;
    if (node === homeNode) this.sums[o + 1]! += 1;
    this.sums[o + 2]! += latencyTicks;
  }

  /** Rows `[machine_page, home_node, misses, misses_local, latency_ticks]`. */
  *rows(): IterableIterator<[number, number, number, number, number]> {
    for (let i = 0; i < this.size; i++) {
      const key = this.keys[i]!;
      const o = i * 3;
      yield [Math.floor(key / NODE_SLOTS), key % NODE_SLOTS, this.sums[o]!, this.sums[o + 1]!, this.sums[o + 2]!];
    }
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const sums = new Float64Array(this.sums.length * 2);
    sums.set(this.sums);
    this.sums = sums;
  }
}
