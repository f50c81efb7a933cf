/** Word offsets of a page that the model tracks (first, middle, last). */
export const TRACKED_WORDS = [0, 517, 1023] as const;

/** The base contents of a disk block's tracked words (seeded into the disk before the run). */
export function baseWord(block: number, word: number): number {
  return 1_000_000 + block * 1000 + word;
}

/**
 * What each VM must observe: the tracked words of every guest-physical page,
 * and each VM's own modifications of the shared non-persistent disk. Simpler
 * than the system: no sharing, no machine pages, no caches, just values.
 */
export class IsolationModel {
  private readonly pages: Int32Array;
  private readonly privateBlocks: Map<number, Int32Array>[];

  constructor(
    readonly vms: number,
    readonly pagesPerVm: number,
  ) {
    this.pages = new Int32Array(vms * pagesPerVm * TRACKED_WORDS.length);
    this.privateBlocks = Array.from({ length: vms }, () => new Map<number, Int32Array>());
  }

  private index(vm: number, ppn: number, w: number): number {
    return (vm * this.pagesPerVm + ppn) * TRACKED_WORDS.length + w;
  }

  word(vm: number, ppn: number, w: number): number {
    return this.pages[this.index(vm, ppn, w)]!;
  }

  setWord(vm: number, ppn: number, w: number, value: number): void {
    this.pages[this.index(vm, ppn, w)] = value;
  }

  zero(vm: number, ppn: number): void {
    for (let w = 0; w < TRACKED_WORDS.length; w++) this.setWord(vm, ppn, w, 0);
  }

  copyPage(fromVm: number, fromPpn: number, toVm: number, toPpn: number): void {
    for (let w = 0; w < TRACKED_WORDS.length; w++) this.setWord(toVm, toPpn, w, this.word(fromVm, fromPpn, w));
  }

  /** A disk block as `vm` sees it: its own writes, else the base contents. */
  readBlock(vm: number, block: number, ppn: number): void {
    const own = this.privateBlocks[vm]!.get(block);
    for (let w = 0; w < TRACKED_WORDS.length; w++) this.setWord(vm, ppn, w, own === undefined ? baseWord(block, TRACKED_WORDS[w]!) : own[w]!);
  }

  writeBlock(vm: number, ppn: number, block: number): void {
    const data = new Int32Array(TRACKED_WORDS.length);
    for (let w = 0; w < TRACKED_WORDS.length; w++) data[w] = this.word(vm, ppn, w);
    this.privateBlocks[vm]!.set(block, data);
  }
}
