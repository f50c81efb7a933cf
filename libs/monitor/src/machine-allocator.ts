import { assert, assertInRange, CapacityError } from '@disco/sim-kernel';

/**
 * Free machine pages per node and page colour, as stacks. Allocation is
 * NUMA-aware: the requested node first, then the others in order of distance
 * in node index (ASSUMPTION: the paper's interconnect topology is not given,
 * so every remote node is equally far; index order keeps it deterministic).
 *
 * Colour-aware: machine page m has L2 colour m mod `colors` (the sets of the
 * physically indexed L2 one page spans). A request may name a colour: the
 * monitor asks for the colour of the guest-physical page it backs, so the
 * guest's own page colouring still spreads its pages over the L2 (ASSUMPTION:
 * the paper does not say how Disco picks machine pages; a monitor that
 * ignored colours would give a guest cache conflicts its own allocator had
 * avoided, a placement artefact rather than a cost of virtualization). The
 * colour is a preference: the next colours are tried when it is used up.
 * Without one, each node hands out its colours in turn, as IRIX's allocator
 * does.
 */
export class MachineAllocator {
  /** Per node and colour (index node * colors + colour): free pages, lowest on top. */
  private readonly stacks: Int32Array[];
  private readonly tops: Int32Array;
  /** Free pages per node. */
  private readonly freePerNode: Int32Array;
  /** Per node: the colour a request without one starts from. */
  private readonly nextColor: Int32Array;
  private readonly isFree: Uint8Array;

  constructor(
    readonly nodes: number,
    readonly pagesPerNode: number,
    readonly colors = 1,
  ) {
    assert(Number.isInteger(colors) && colors >= 1, `page colours must be a positive integer, got ${colors}`);
    assert(pagesPerNode % colors === 0, `${pagesPerNode} pages per node are not a whole number of ${colors} colours`);
    const perColor = pagesPerNode / colors;
    this.stacks = [];
    this.tops = new Int32Array(nodes * colors);
    this.freePerNode = new Int32Array(nodes).fill(pagesPerNode);
    this.nextColor = new Int32Array(nodes);
    this.isFree = new Uint8Array(nodes * pagesPerNode).fill(1);
    for (let n = 0; n < nodes; n++) {
      for (let c = 0; c < colors; c++) {
        const stack = new Int32Array(perColor);
        // Lowest page on top, so allocation order is ascending and easy to read in traces.
        for (let i = 0; i < perColor; i++) stack[i] = n * pagesPerNode + (perColor - 1 - i) * colors + c;
        this.stacks.push(stack);
        this.tops[n * colors + c] = perColor;
      }
    }
  }

  /** The L2 colour of machine page `mpn`. */
  colorOf(mpn: number): number {
    return mpn % this.colors;
  }

  freePages(node: number): number {
    return this.freePerNode[node]!;
  }

  get totalFree(): number {
    let sum = 0;
    for (let n = 0; n < this.nodes; n++) sum += this.freePerNode[n]!;
    return sum;
  }

  /** A page on `node` exactly, of `color` if it has one free (else the next colour that has), or -1 if the node is full. color < 0: the node's next colour in turn. */
  allocateOn(node: number, color = -1): number {
    assertInRange(node, 0, this.nodes, 'node');
    if (this.freePerNode[node] === 0) return -1;
    const colors = this.colors;
    let first = color;
    if (first < 0) {
      first = this.nextColor[node]!;
      this.nextColor[node] = (first + 1) % colors;
    } else first %= colors;
    for (let k = 0; k < colors; k++) {
      const i = node * colors + ((first + k) % colors);
      const top = this.tops[i]!;
      if (top === 0) continue;
      const mpn = this.stacks[i]![top - 1]!;
      this.tops[i] = top - 1;
      this.freePerNode[node] = this.freePerNode[node]! - 1;
      assert(this.isFree[mpn] === 1, `allocator handed out page ${mpn} twice`);
      this.isFree[mpn] = 0;
      return mpn;
    }
    throw new Error(`node ${node} counts free pages but no colour has one`);
  }

  /** A page on `node` if it has one, else the next node with one (of `color` where it can); throws when memory is exhausted. */
  allocateNear(node: number, color = -1): number {
    for (let k = 0; k < this.nodes; k++) {
      const mpn = this.allocateOn((node + k) % this.nodes, color);
      if (mpn >= 0) return mpn;
    }
    throw new CapacityError(`machine memory exhausted: all ${this.nodes * this.pagesPerNode} pages are in use (the monitor does not page guests out): give the machine more memory or the VMs less`);
  }

  free(mpn: number): void {
    assertInRange(mpn, 0, this.isFree.length, 'machine page');
    assert(this.isFree[mpn] === 0, `double free of machine page ${mpn}`);
    const node = Math.floor(mpn / this.pagesPerNode);
    const i = node * this.colors + this.colorOf(mpn);
    this.isFree[mpn] = 1;
    this.stacks[i]![this.tops[i]!] = mpn;
    this.tops[i] = this.tops[i]! + 1;
    this.freePerNode[node] = this.freePerNode[node]! + 1;
  }

  isAllocated(mpn: number): boolean {
    return this.isFree[mpn] === 0;
  }
}
