import { assert, AssertionError, type Tick } from '@disco/sim-kernel';
import type { CoherentCache, HomeDirectory } from './coherence-ports';
import { EV_FWD_GETM, EV_FWD_GETS, EV_INV } from './cache-protocol';
import { DEV_PUTS, DEV_PUTS_LAST, DIR_M, DIR_S, DIR_U, DIRECTORY_ACTIONS, DIRECTORY_STATES, directoryProtocolTable, type DirectoryAction } from './directory-protocol';
import { PAGE_BYTES, type HardwareConfig } from './hardware-config';
import type { MachineMemory } from './machine-memory';
import type { MissCounters } from './miss-counters';

/** Action ids by name, so the executor's `switch` reads like the table. */
const A = Object.fromEntries(DIRECTORY_ACTIONS.map((name, i) => [name, i])) as Record<DirectoryAction, number>;

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
export class DirectoryController implements HomeDirectory {
  readonly table = directoryProtocolTable();
  readonly state: Uint8Array;
  readonly owner: Int8Array;
  readonly sharers: Int32Array;
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
  private line = 0;
  private requester = 0;
  private home = 0;

  constructor(
    private readonly config: HardwareConfig,
    private readonly memory: MachineMemory | null,
    private readonly missCounters: MissCounters,
    private readonly faults: ProtocolFaults = {},
  ) {
    const totalLines = (config.nodes * config.memoryPerNodeBytes) / config.l2LineBytes;
    this.state = new Uint8Array(totalLines);
    this.owner = new Int8Array(totalLines).fill(-1);
    this.sharers = new Int32Array(totalLines);
    this.transfer = new Int32Array(config.l2LineBytes / 4);
    this.linesPerNode = config.memoryPerNodeBytes / config.l2LineBytes;
    this.linesPerPage = PAGE_BYTES / config.l2LineBytes;
    this.pageShift = Math.log2(this.linesPerPage);
    this.pagesReferenced = new Uint8Array(totalLines / this.linesPerPage);
    this.busyUntilTicks = new Float64Array(config.nodes);
  }

  get totalLines(): number {
    return this.state.length;
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
   * (meaningful for GetS, GetM, Upgrade).
   */
  request(event: number, line: number, requester: number): Tick {
    const nowTicks = this.clock[0] as number;
    if (!(line >= 0 && line < this.state.length)) throw new AssertionError(`line ${line} outside machine memory`);
    const bit = requester >= 0 ? 1 << requester : 0;
    const decoded = event === DEV_PUTS && this.sharers[line] === bit ? DEV_PUTS_LAST : event;
    this.line = line;
    this.requester = requester;
    this.home = this.homeOf(line);
    this.pagesReferenced[line >>> this.pageShift] = 1;
    this.lastHops = 0;
    this.lastFromCache = false;
    this.lastInvalidations = 0;
    this.lastQueueTicks = 0;
    const table = this.table;
    const row = table.row(this.state[line] as number, decoded, requester, line);
    const start = table.actionStart[row] as number;
    const end = start + (table.actionCount[row] as number);
    for (let k = start; k < end; k++) this.act(table.actionList[k] as number);
    this.enter(line, table.nextState[row] as number);
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

  private act(action: number): void {
    const line = this.line;
    const r = this.requester;
    const h = this.home;
    switch (action) {
      case A.sendMemoryData:
        if (this.memory !== null) this.memory.readLine(this.pageOf(line), this.offsetOf(line), this.transfer);
        this.path(2 * this.d(r, h));
        return;
      case A.ackUpgrade:
        this.path(2 * this.d(r, h));
        return;
      case A.forwardGetSToOwner:
        this.forward(EV_FWD_GETS);
        return;
      case A.forwardGetMToOwner:
        this.forward(EV_FWD_GETM);
        return;
      case A.invalidateOtherSharers:
        this.invalidateOthers();
        return;
      case A.invalidateOwner:
        this.cacheOf(this.owner[line] as number).external(line, EV_INV);
        return;
      case A.writeMemoryFromTransfer:
        if (this.memory !== null) this.memory.writeLine(this.pageOf(line), this.offsetOf(line), this.transfer);
        return;
      case A.addRequesterAsSharer:
        this.sharers[line] = (this.sharers[line] as number) | (1 << r);
        return;
      case A.addOwnerAsSharer:
        this.sharers[line] = (this.sharers[line] as number) | (1 << (this.owner[line] as number));
        return;
      case A.removeRequesterSharer:
        this.sharers[line] = (this.sharers[line] as number) & ~(1 << r);
        return;
      case A.clearSharers:
        this.sharers[line] = 0;
        return;
      case A.setRequesterAsOwner:
        this.owner[line] = r;
        return;
      case A.clearOwner:
        this.owner[line] = -1;
        return;
      case A.countMiss:
        this.missCounters.record(this.pageOf(line), r);
        return;
      default:
        throw new AssertionError(`directory: unknown action ${action}`);
    }
  }

  private forward(event: number): void {
    const o = this.owner[this.line] as number;
    this.cacheOf(o).external(this.line, event);
    this.lastFromCache = true;
    this.path(this.d(this.requester, this.home) + this.d(this.home, o) + this.d(o, this.requester));
  }

  private invalidateOthers(): void {
    const mask = this.sharers[this.line] as number;
    let skip = this.faults.skipOneInvalidation === true;
    for (let s = 0; s < this.config.nodes; s++) {
      if (((mask >>> s) & 1) === 0 || s === this.requester) continue;
      if (skip) {
        skip = false;
        continue;
      }
      this.cacheOf(s).external(this.line, EV_INV);
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

  /** Entering a state asserts its invariant (messages built only on failure: this is the miss path). */
  private enter(line: number, next: number): void {
    this.state[line] = next;
    const owner = this.owner[line] as number;
    const sharers = this.sharers[line] as number;
    const ok = next === DIR_U ? sharers === 0 && owner === -1 : next === DIR_S ? sharers !== 0 && owner === -1 : next === DIR_M && owner >= 0 && sharers === 0;
    if (!ok) throw new AssertionError(`directory line ${line} entering ${DIRECTORY_STATES[next]}: owner ${owner}, sharers 0b${(sharers >>> 0).toString(2)}`);
  }
}
