import { assert, AssertionError, type Tick } from '@disco/sim-kernel';
import type { CoherentCache, HomeDirectory } from './coherence-ports';
import { EV_FWD_GETM, EV_FWD_GETS, EV_INV } from './cache-protocol';
import { DEV_GETM, DEV_PUTS, DEV_PUTS_LAST, DEV_UPGRADE, DIR_M, DIR_S, DIR_U, DIRECTORY_STATES, directoryProtocolTable, type DirectoryAction, type DirectoryEvent, type DirectoryState } from './directory-protocol';
import { compileProtocol, type Dispatch, type ProtocolMethods } from './protocol-compiler';
import type { ProtocolTable } from './protocol-table';
import { PAGE_BYTES, type HardwareConfig } from './hardware-config';
import type { MachineMemory } from './machine-memory';
import type { MissCounters } from './miss-counters';

/** The table compiled to its dispatcher (one per distinct table). */
function dispatchOf(table: DirectoryTable): Dispatch<DirectoryController> {
  return compileProtocol(table, DirectoryController.prototype, (_d, line, requester) => `at node ${requester}, line ${line}`);
}

type DirectoryTable = ProtocolTable<DirectoryState, DirectoryEvent, DirectoryAction>;

/**
 * An entry's meta byte: the state in its low two bits, owner + 1 above them
 * (0: no owner; at most 33, so the byte never exceeds 2 + 33 · 4).
 */
const STATE_MASK = 0x3;
const OWNER_SHIFT = 2;
const META_MASK = 0xff;
/** Up to this many nodes, the sharer set fits below the meta byte in one 32-bit word. */
const COMPACT_MAX_NODES = 24;

/** Deliberate protocol bugs, only for the canary test that proves the property tests catch them. */
export interface ProtocolFaults {
  /** On an invalidating request, leave the first other sharer's copy valid. */
  readonly skipOneInvalidation?: boolean;
}

/**
 * The home directory controllers of all nodes, in typed arrays indexed by
 * machine line (the home of a line is fixed by its address: consecutive pages
 * sit on one node, §1.1). Each entry holds state, owner and a 32-bit sharer
 * set. `request` runs one transaction through the protocol table and returns
 * the requester's stall; details of the last transaction stay in `last*`.
 */
export class DirectoryController implements HomeDirectory, ProtocolMethods<DirectoryState, DirectoryAction> {
  /**
   * Each machine line's entry: a sharer set (one bit per node) and a meta
   * byte (state, owner + 1). Up to 24 nodes one 32-bit word per line, the
   * sharers in bits 0-23 and the meta byte in bits 24-31, so the entries of a
   * run's memory take half the host memory (and host TLB reach) of two
   * words; above 24 nodes two words per line, `[2·line]` the sharers and
   * `[2·line + 1]` the meta byte. Zero is an uncached line either way.
   */
  private readonly entries: Int32Array;
  /** log2 of the words per entry: 0 (compact) or 1 (wide). */
  private readonly entryShift: number;
  /** Bits of the sharer set in its word: 0xffffff (compact) or all 32 (wide, -1). */
  private readonly sharerMask: number;
  /** Where the meta byte sits in its word: bit 24 (compact) or bit 0 (wide). */
  private readonly metaShift: number;
  private readonly lines: number;
  /** Line data in flight between memory, caches and DMA engines. */
  readonly transfer: Int32Array;
  readonly linesPerNode: number;
  readonly linesPerPage: number;
  /**
   * 1 for each machine page some transaction (a CPU's miss or upgrade, a DMA)
   * has concerned: the memory a run has put to use, as a monitor's machine
   * pages allocated on first use are (§5.3 footprints). Never cleared.
   */
  readonly pagesReferenced: Uint8Array;
  private readonly pageShift: number;
  private readonly busyUntilTicks: Float64Array;
  /** The requester's local time, written before each `request` (a cell, not a parameter: no allocation per call). */
  readonly clock = new Float64Array(1);
  caches: readonly CoherentCache[] = [];

  lastHops = 0;
  lastFromCache = false;
  lastInvalidations = 0;
  lastQueueTicks = 0;
  lastExclusive = false;
  private requester = 0;
  /** The event of the transaction in progress (decoded). */
  private event = 0;
  /** Transactions each home node's controller served since the counters were last read: the memory controllers' load counters (Carrefour reads them). */
  readonly controllerRequests: Float64Array;
  /** Where `prefetch` puts what it read (nothing depends on it). */
  prefetched = 0;
  private home = 0;
  /** The table compiled to one function of the key `state * events + event`, and the table's row counts it adds to. */
  private readonly dispatch: Dispatch<DirectoryController>;
  private readonly rowUses: Float64Array;
  private readonly events: number;

  constructor(
    private readonly config: HardwareConfig,
    private readonly memory: MachineMemory | null,
    private readonly missCounters: MissCounters,
    private readonly faults: ProtocolFaults = {},
    /** The protocol; a test may pass a mutated table to show the property tests catch it. */
    readonly table: DirectoryTable = directoryProtocolTable(),
  ) {
    this.dispatch = dispatchOf(table);
    this.rowUses = table.rowUses;
    this.events = table.events.length;
    const totalLines = (config.nodes * config.memoryPerNodeBytes) / config.l2LineBytes;
    const compact = config.nodes <= COMPACT_MAX_NODES;
    this.entryShift = compact ? 0 : 1;
    this.sharerMask = compact ? (1 << COMPACT_MAX_NODES) - 1 : -1;
    this.metaShift = compact ? COMPACT_MAX_NODES : 0;
    this.lines = totalLines;
    // Entry indices are small integers (line << entryShift below 2^31); memory is at most 4 GB of lines of 4+ bytes.
    assert(totalLines <= 2 ** (30 - this.entryShift), `directory: ${totalLines} lines do not fit in 32-bit entry indices`);
    this.entries = new Int32Array(totalLines << this.entryShift);
    this.transfer = new Int32Array(config.l2LineBytes / 4);
    this.linesPerNode = config.memoryPerNodeBytes / config.l2LineBytes;
    this.linesPerPage = PAGE_BYTES / config.l2LineBytes;
    this.pageShift = Math.log2(this.linesPerPage);
    this.pagesReferenced = new Uint8Array(totalLines / this.linesPerPage);
    this.busyUntilTicks = new Float64Array(config.nodes);
    this.controllerRequests = new Float64Array(config.nodes);
  }

  get totalLines(): number {
    return this.lines;
  }

  /** The meta byte of `line`'s entry. */
  private metaOf(line: number): number {
    const shift = this.entryShift;
    return ((this.entries[(line << shift) + shift] as number) >>> this.metaShift) & META_MASK;
  }

  private setMeta(line: number, meta: number): void {
    const shift = this.entryShift;
    const i = (line << shift) + shift;
    this.entries[i] = ((this.entries[i] as number) & ~(META_MASK << this.metaShift)) | (meta << this.metaShift);
  }

  /** Directory state of `line` (DIR_U, DIR_S, DIR_M). */
  stateOf(line: number): number {
    return this.metaOf(line) & STATE_MASK;
  }

  uncached(line: number): boolean {
    return (this.metaOf(line) & STATE_MASK) === DIR_U;
  }

  /** Owning node of `line`, or -1. */
  ownerOf(line: number): number {
    return (this.metaOf(line) >>> OWNER_SHIFT) - 1;
  }

  prefetch(line: number, requester: number): void {
    // Stored, so the load is not optimised away; nothing reads it.
    this.prefetched = this.entries[line << this.entryShift] as number;
    if (requester >= 0) this.missCounters.prefetch(this.pageOf(line), requester);
  }

  /** Sharer set of `line`, one bit per node. */
  sharersOf(line: number): number {
    return (this.entries[line << this.entryShift] as number) & this.sharerMask;
  }

  private setSharers(line: number, sharers: number): void {
    const i = line << this.entryShift;
    this.entries[i] = ((this.entries[i] as number) & ~this.sharerMask) | sharers;
  }

  private setOwner(line: number, owner: number): void {
    this.setMeta(line, (this.metaOf(line) & STATE_MASK) | ((owner + 1) << OWNER_SHIFT));
  }

  private setState(line: number, state: number): void {
    this.setMeta(line, (this.metaOf(line) & ~STATE_MASK) | state);
  }

  homeOf(line: number): number {
    return (line / this.linesPerNode) | 0;
  }

  pageOf(line: number): number {
    return line >>> this.pageShift;
  }

  /**
   * One transaction from `requester` (a node, or -1 for a DMA engine) for
   * `line`, issued at CPU-local time `nowTicks`. Returns the stall ticks
   * (meaningful for GetS, Read, GetM, Upgrade).
   */
  request(event: number, line: number, requester: number): Tick {
    const nowTicks = this.clock[0] as number;
    if (!(line >= 0 && line < this.lines)) outsideMemory(line);
    const bit = requester >= 0 ? 1 << requester : 0;
    const decoded = event === DEV_PUTS && this.sharersOf(line) === bit ? DEV_PUTS_LAST : event;
    this.requester = requester;
    this.event = decoded;
    this.home = this.homeOf(line);
    this.controllerRequests[this.home]++;
    this.pagesReferenced[line >>> this.pageShift] = 1;
    this.lastHops = 0;
    this.lastFromCache = false;
    this.lastInvalidations = 0;
    this.lastQueueTicks = 0;
    this.lastExclusive = false;
    this.dispatch(this, this.stateOf(line) * this.events + decoded, line, requester, this.rowUses);
    return requester >= 0 ? this.latency(requester, nowTicks) : 0;
  }

  private latency(requester: number, nowTicks: Tick): Tick {
    const c = this.config;
    if (c.contention) this.queue(requester, nowTicks);
    const hops = this.lastHops;
    const base = c.uma ? c.umaMissTicks : hops === 0 ? c.localMissTicks : c.remoteMissTicks + (hops - 2) * c.hopTicks;
    return base + this.lastQueueTicks;
  }

  /** FIFO occupancy of the home controller; arrival after the request crosses the network. */
  private queue(requester: number, nowTicks: Tick): void {
    const home = this.home;
    const arrival = nowTicks + (requester === home ? 0 : this.config.hopTicks);
    const start = Math.max(arrival, this.busyUntilTicks[home] as number);
    this.lastQueueTicks = start - arrival;
    this.busyUntilTicks[home] = start + this.config.directoryOccupancyTicks;
  }

  /** Network traversals between two nodes: 0 on the same node, else 1. */
  private d(a: number, b: number): number {
    return a === b ? 0 : 1;
  }

  private path(hops: number): void {
    if (this.requester >= 0 && hops > this.lastHops) this.lastHops = hops;
  }

  // ---- Protocol actions and state entries: called by the compiled table (protocol-compiler.ts) with (line, requester).

  sendMemoryData(line: number, r: number): void {
    if (this.memory !== null) this.memory.readLine(this.pageOf(line), this.offsetOf(line), this.transfer);
    this.path(2 * this.d(r, this.home));
  }

  ackUpgrade(_line: number, r: number): void {
    this.path(2 * this.d(r, this.home));
  }

  forwardGetSToOwner(line: number): void {
    this.forward(EV_FWD_GETS, line);
  }

  forwardGetMToOwner(line: number): void {
    this.forward(EV_FWD_GETM, line);
  }

  invalidateOtherSharers(line: number): void {
    this.invalidateOthers(line);
  }

  invalidateOwner(line: number): void {
    this.cacheOf(this.ownerOf(line)).external(line, EV_INV);
  }

  writeMemoryFromTransfer(line: number): void {
    if (this.memory !== null) this.memory.writeLine(this.pageOf(line), this.offsetOf(line), this.transfer);
  }

  addRequesterAsSharer(line: number, r: number): void {
    this.setSharers(line, this.sharersOf(line) | (1 << r));
  }

  addOwnerAsSharer(line: number): void {
    this.setSharers(line, this.sharersOf(line) | (1 << this.ownerOf(line)));
  }

  removeRequesterSharer(line: number, r: number): void {
    this.setSharers(line, this.sharersOf(line) & ~(1 << r));
  }

  clearSharers(line: number): void {
    this.setSharers(line, 0);
  }

  setRequesterAsOwner(line: number, r: number): void {
    this.setOwner(line, r);
  }

  clearOwner(line: number): void {
    this.setOwner(line, -1);
  }

  countMiss(line: number, r: number): void {
    const counters = this.missCounters;
    counters.record(this.pageOf(line), r);
    if (counters.sampleEveryMisses !== 0) counters.sample(this.pageOf(line), r, this.event === DEV_GETM || this.event === DEV_UPGRADE);
  }

  grantExclusive(): void {
    this.lastExclusive = true;
  }

  /** Entering a state asserts its invariant (messages built only on failure: this is the miss path). */
  enterU(line: number): void {
    this.setState(line, DIR_U);
    if (!(this.sharersOf(line) === 0 && this.ownerOf(line) === -1)) this.broken(line, DIR_U);
  }

  enterS(line: number): void {
    this.setState(line, DIR_S);
    if (!(this.sharersOf(line) !== 0 && this.ownerOf(line) === -1)) this.broken(line, DIR_S);
  }

  enterM(line: number): void {
    this.setState(line, DIR_M);
    if (!(this.ownerOf(line) >= 0 && this.sharersOf(line) === 0)) this.broken(line, DIR_M);
  }

  private broken(line: number, next: number): never {
    const owner = this.ownerOf(line);
    const sharers = this.sharersOf(line);
    throw new AssertionError(`directory line ${line} entering ${DIRECTORY_STATES[next]}: owner ${owner}, sharers 0b${(sharers >>> 0).toString(2)}`);
  }

  private forward(event: number, line: number): void {
    const o = this.ownerOf(line);
    this.cacheOf(o).external(line, event);
    this.lastFromCache = true;
    this.path(this.d(this.requester, this.home) + this.d(this.home, o) + this.d(o, this.requester));
  }

  private invalidateOthers(line: number): void {
    const mask = this.sharersOf(line);
    let skip = this.faults.skipOneInvalidation === true;
    for (let s = 0; s < this.config.nodes; s++) {
      if (((mask >>> s) & 1) === 0 || s === this.requester) continue;
      if (skip) {
        skip = false;
        continue;
      }
      this.cacheOf(s).external(line, EV_INV);
      this.lastInvalidations++;
      this.path(this.d(this.requester, this.home) + this.d(this.home, s) + this.d(s, this.requester));
    }
  }

  private cacheOf(node: number): CoherentCache {
    const cache = this.caches[node];
    assert(cache !== undefined, `directory: no cache at node ${node}`);
    return cache;
  }

  private offsetOf(line: number): number {
    return (line & (this.linesPerPage - 1)) * this.config.l2LineBytes;
  }
}

/** Cold: the message is built here so `request` stays small enough to inline. */
function outsideMemory(line: number): never {
  throw new AssertionError(`line ${line} outside machine memory`);
}
