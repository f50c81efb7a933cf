import { assert, assertInRange } from '@disco/sim-kernel';

/**
 * Free machine pages per node, as stacks. Allocation is NUMA-aware: the
 * requested node first, then the others in order of distance in node index
 * (ASSUMPTION: the paper's interconnect topology is not given, so every
 * remote node is equally far; index order keeps it deterministic).
 */
export class MachineAllocator {
  private readonly stacks: Int32Array[];
  private readonly tops: Int32Array;
  private readonly isFree: Uint8Array;

  constructor(
    readonly nodes: number,
    readonly pagesPerNode: number,
  ) {
    this.stacks = [];
    this.tops = new Int32Array(nodes);
    this.isFree = new Uint8Array(nodes * pagesPerNode);
    for (let n = 0; n < nodes; n++) {
      const stack = new Int32Array(pagesPerNode);
      // Lowest page on top, so allocation order is ascending and easy to read in traces.
      for (let i = 0; i < pagesPerNode; i++) stack[i] = n * pagesPerNode + (pagesPerNode - 1 - i);
      this.stacks.push(stack);
      this.tops[n] = pagesPerNode;
    }
    this.isFree.fill(1);
  }

  freePages(node: number): number {
    return this.tops[node]!;
  }

  get totalFree(): number {
    let sum = 0;
    for (let n = 0; n < this.nodes; n++) sum += this.tops[n]!;
    return sum;
  }

  /** A page on `node` exactly, or -1 if the node is full. */
  allocateOn(node: number): number {
    assertInRange(node, 0, this.nodes, 'node');
    const top = this.tops[node]!;
    if (top === 0) return -1;
    const mpn = this.stacks[node]![top - 1]!;
    this.tops[node] = top - 1;
    assert(this.isFree[mpn] === 1, `allocator handed out page ${mpn} twice`);
    this.isFree[mpn] = 0;
    return mpn;
  }

  /** A page on `node` if it has one, else the next node with one; throws when memory is exhausted. */
  allocateNear(node: number): number {
    for (let k = 0; k < this.nodes; k++) {
      const mpn = this.allocateOn((node + k) % this.nodes);
      if (mpn >= 0) return mpn;
    }
    throw new RangeError('machine memory exhausted (the monitor does not page guests out)');
  }

  free(mpn: number): void {
    assertInRange(mpn, 0, this.isFree.length, 'machine page');
    assert(this.isFree[mpn] === 0, `double free of machine page ${mpn}`);
    const node = Math.floor(mpn / this.pagesPerNode);
    this.isFree[mpn] = 1;
    this.stacks[node]![this.tops[node]!] = mpn;
    this.tops[node] = this.tops[node]! + 1;
  }

  isAllocated(mpn: number): boolean {
    return this.isFree[mpn] === 0;
  }
}
