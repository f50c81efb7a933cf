/**
 * The reference model for coherence tests: flat, sequentially consistent
 * memory of words. Every load must return the last value stored to its address.
 */
export class FlatMemoryModel {
  private readonly words = new Map<number, number>();
  /** L2 misses the real system reported so far (for the miss-counter property). */
  missesObserved = 0;

  read(address: number): number {
    return this.words.get(address) ?? 0;
  }

  write(address: number, value: number): void {
    this.words.set(address, value);
  }
}
