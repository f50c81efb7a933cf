import { assert, AssertionError, type Simulator, type Tick } from '@disco/sim-kernel';
import { CacheMissKind } from '@disco/trace-schema';
import { CacheArray } from './cache-array';
import {
  EV_EVICT,
  EV_FWD_GETM,
  EV_IFETCH,
  EV_INV,
  EV_LOAD,
  EV_LOAD_UNCACHED,
  EV_STORE,
  LINE_E,
  LINE_I,
  LINE_M,
  LINE_S,
  type CacheAction,
} from './cache-protocol';
import {
  C_INVALIDATIONS_RECEIVED,
  C_L1D_MISSES,
  C_L1I_MISSES,
  C_MISSES_LOCAL,
  C_MISSES_REMOTE,
  C_STALL_L2_HIT_TICKS,
  C_STALL_LOCAL_TICKS,
  C_STALL_REMOTE_TICKS,
  C_THREE_HOP_MISSES,
  C_UPGRADES,
  C_WRITEBACKS,
} from './cpu-counters';
import { DEV_GETM, DEV_GETS, DEV_PUTE, DEV_PUTM, DEV_PUTS, DEV_READ, DEV_UPGRADE } from './directory-protocol';
import type { CoherentCache, HomeDirectory } from './coherence-ports';
import { cycleTicksOfMhz } from '@disco/sim-kernel';
import type { HardwareConfig } from './hardware-config';
import type { ProtocolTable } from './protocol-table';
import { compileProtocol, type Dispatch, type ProtocolMethods } from './protocol-compiler';
import type { CacheEvent, CacheState } from './cache-protocol';

/** The table compiled to its dispatcher (one per distinct table, shared by every node's controller). */
function dispatchOf(table: ProtocolTable<CacheState, CacheEvent, CacheAction>): Dispatch<CacheController> {
  return compileProtocol(table, CacheController.prototype, (c, _slot, line) => `at node ${c.node}, line ${line}`);
}

/**
 * One node's cache hierarchy: split L1 I/D and a unified L2, write-back.
 * Inclusion: the L2 includes both L1s (as on the R10000), so coherence acts on
 * L2 lines and back-invalidates L1 lines inside them. Data values live in the
 * L2 copy; the L1s are tag arrays whose contents are a subset of the L2's, so
 * an L1 line's data is its L2 line's (see README). L1D permission mirrors the
 * L2 state (S and E = read, M = write).
 */
export class CacheController implements CoherentCache, ProtocolMethods<CacheState, CacheAction> {
  readonly l1i: CacheArray;
  readonly l1d: CacheArray;
  readonly l2: CacheArray;
  /** L2 data, `wordsPerLine` words per slot, when data values are tracked. */
  readonly data: Int32Array | null;
  readonly wordsPerLine: number;
  private readonly l1iPerL2: number;
  private readonly l1dPerL2: number;
  private readonly l2HitTicks: Tick;
  private nowTicks: Tick = 0;
  /**
   * The requesting CPU's local time, written by the CPU before each access. A
   * typed-array cell rather than a parameter: tick values exceed V8's small
   * integers, and passing them between functions would allocate per reference.
   */
  readonly clock = new Float64Array(1);
  private missEvent = 0;
  /** The table lists (I, LoadUncached): MESI. */
  private readonly decodesUncached: boolean;
  /** Stall of the last L2 miss, including queueing. */
  missLatencyTicks: Tick = 0;
  /** The table compiled to one function of the key `state * events + event`, and the table's row counts it adds to. */
  private readonly dispatch: Dispatch<CacheController>;
  private readonly rowUses: Float64Array;
  private readonly events: number;

  constructor(
    readonly node: number,
    config: HardwareConfig,
    table: ProtocolTable<CacheState, CacheEvent, CacheAction>,
    private readonly directory: HomeDirectory,
    private readonly counters: Float64Array,
    private readonly sim: Simulator,
  ) {
    this.l1i = new CacheArray('L1I', config.l1iSizeBytes, config.l1iWays, config.l1iLineBytes);
    this.l1d = new CacheArray('L1D', config.l1dSizeBytes, config.l1dWays, config.l1dLineBytes);
    this.l2 = new CacheArray('L2', config.l2SizeBytes, config.l2Ways, config.l2LineBytes);
    this.wordsPerLine = config.l2LineBytes / 4;
    this.data = config.trackData ? new Int32Array(this.l2.slots * this.wordsPerLine) : null;
    this.l1iPerL2 = config.l2LineBytes / config.l1iLineBytes;
    this.l1dPerL2 = config.l2LineBytes / config.l1dLineBytes;
    this.l2HitTicks = config.l2HitCycles * cycleTicksOfMhz(config.clockMhz);
    this.dispatch = dispatchOf(table);
    this.decodesUncached = table.has('I', 'LoadUncached');
    this.rowUses = table.rowUses;
    this.events = table.events.length;
  }

  /**
   * Whether a data reference to (mpn, offset) hits in the L1D with at least
   * permission `need` (LINE_S for a load, LINE_M for a store): a hit marks the
   * line most recently used (no stall, no counter); anything else changes
   * nothing, and the caller then runs `read` or `write` with the clock set,
   * which finds the same line (the one-branch check of the CPU's inline path).
   */
  dataHits(mpn: number, offsetBytes: number, need: number): boolean {
    const l1 = this.l1d;
    return l1.touchIfAtLeast(mpn * l1.linesPerPage + (offsetBytes >>> l1.lineShift), need);
  }

  /** Stall ticks of a data load of (mpn, offset) issued at `nowTicks`. */
  read(mpn: number, offsetBytes: number): Tick {
    const l1 = this.l1d;
    const line1 = mpn * l1.linesPerPage + (offsetBytes >>> l1.lineShift);
    const slot = l1.find(line1);
    if (slot >= 0) {
      l1.touch(slot);
      return 0;
    }
    this.counters[C_L1D_MISSES]++;
    return this.fromL2(mpn, offsetBytes, EV_LOAD, l1, line1, slot);
  }

  /** Stall ticks of a store; a store to a read-only L1D line goes to the L2 for permission. */
  write(mpn: number, offsetBytes: number): Tick {
    const l1 = this.l1d;
    const line1 = mpn * l1.linesPerPage + (offsetBytes >>> l1.lineShift);
    const slot = l1.find(line1);
    if (slot >= 0 && l1.state(slot) === LINE_M) {
      l1.touch(slot);
      return 0;
    }
    this.counters[C_L1D_MISSES]++;
    return this.fromL2(mpn, offsetBytes, EV_STORE, l1, line1, slot);
  }

  /** Stall ticks of an instruction fetch. */
  fetch(mpn: number, offsetBytes: number): Tick {
    const l1 = this.l1i;
    const line1 = mpn * l1.linesPerPage + (offsetBytes >>> l1.lineShift);
    const slot = l1.find(line1);
    if (slot >= 0) {
      l1.touch(slot);
      return 0;
    }
    this.counters[C_L1I_MISSES]++;
    return this.fromL2(mpn, offsetBytes, EV_IFETCH, l1, line1, slot);
  }

  private fromL2(mpn: number, offsetBytes: number, event: number, l1: CacheArray, line1: number, l1Slot: number): Tick {
    const l2 = this.l2;
    const line2 = mpn * l2.linesPerPage + (offsetBytes >>> l2.lineShift);
    let slot = l2.find(line2);
    let stall: Tick;
    if (slot >= 0 && (event !== EV_STORE || l2.state(slot) === LINE_M)) {
      l2.touch(slot);
      stall = this.l2HitTicks;
      this.counters[C_STALL_L2_HIT_TICKS] += stall;
    } else if (slot >= 0 && l2.state(slot) === LINE_E) {
      // A store to a clean exclusive line: the L2 takes it (E → M) without asking the home.
      this.nowTicks = this.clock[0] as number;
      this.handle(slot, line2, EV_STORE);
      l2.touch(slot);
      stall = this.l2HitTicks;
      this.counters[C_STALL_L2_HIT_TICKS] += stall;
    } else {
      this.nowTicks = this.clock[0] as number;
      slot = this.miss(line2, slot, event);
      stall = this.missLatencyTicks;
    }
    const state2 = l2.state(slot);
    const state = l1 === this.l1i || state2 === LINE_E ? LINE_S : state2;
    l1.fill(l1Slot >= 0 ? l1Slot : l1.victim(line1), line1, state);
    return stall;
  }

  /** An L2 miss or upgrade: make room, then run the request through the table. Returns the L2 slot. */
  private miss(line2: number, slot: number, event: number): number {
    const l2 = this.l2;
    // The requested line's and the victim's directory entries are far apart in
    // host memory: start both loads before the eviction waits for the first.
    this.directory.prefetch(line2, this.node);
    if (slot < 0) {
      slot = l2.victim(line2);
      const victim = l2.tag(slot);
      if (victim >= 0) this.directory.prefetch(victim, -1);
      if (victim >= 0) this.handle(slot, victim, EV_EVICT);
      l2.claim(slot, line2);
    }
    // The decoder: under MESI a load of a line no cache holds is LoadUncached (the home will grant it exclusive).
    const decoded = event === EV_LOAD && this.decodesUncached && this.directory.uncached(line2) ? EV_LOAD_UNCACHED : event;
    this.missEvent = decoded;
    this.handle(slot, line2, decoded);
    l2.touch(slot);
    return slot;
  }

  /** Replaces the L2 line holding machine line `line2` (a cache-flush operation); false if absent. */
  evict(line2: number): boolean {
    const slot = this.l2.find(line2);
    if (slot < 0) return false;
    this.nowTicks = this.clock[0] as number;
    this.handle(slot, line2, EV_EVICT);
    return true;
  }

  /** A request from the home directory for a line this cache must hold. */
  external(line2: number, event: number): void {
    const slot = this.l2.find(line2);
    if (slot < 0) throw new AssertionError(`cache ${this.node}: directory sent event ${event} for line ${line2}, not present`);
    if (event === EV_INV || event === EV_FWD_GETM) this.counters[C_INVALIDATIONS_RECEIVED]++;
    this.handle(slot, line2, event);
  }

  /** Runs (state of `slot`, `event`) through the compiled table. */
  private handle(slot: number, line: number, event: number): void {
    this.dispatch(this, this.l2.state(slot) * this.events + event, slot, line, this.rowUses);
  }

  // ---- Protocol actions and state entries: called by the compiled table (protocol-compiler.ts) with (slot, line).

  requestShared(_slot: number, line: number): void {
    this.request(DEV_GETS, line);
  }

  requestRead(_slot: number, line: number): void {
    this.request(DEV_READ, line);
    if (this.directory.lastExclusive !== (this.missEvent === EV_LOAD_UNCACHED)) this.broken(line, 'the home and the decoder disagree on whether the copy is exclusive');
  }

  requestExclusive(_slot: number, line: number): void {
    this.request(DEV_GETM, line);
  }

  requestUpgrade(_slot: number, line: number): void {
    this.request(DEV_UPGRADE, line);
  }

  fillLine(slot: number): void {
    if (this.data !== null) this.data.set(this.directory.transfer, slot * this.wordsPerLine);
  }

  writeBack(slot: number, line: number): void {
    this.supplyData(slot);
    this.counters[C_WRITEBACKS]++;
    this.directory.clock[0] = this.nowTicks;
    this.directory.request(DEV_PUTM, line, this.node);
  }

  sendReplacementHint(_slot: number, line: number): void {
    this.directory.clock[0] = this.nowTicks;
    this.directory.request(DEV_PUTS, line, this.node);
  }

  sendExclusiveHint(_slot: number, line: number): void {
    this.directory.clock[0] = this.nowTicks;
    this.directory.request(DEV_PUTE, line, this.node);
  }

  supplyData(slot: number): void {
    if (this.data === null) return;
    const from = slot * this.wordsPerLine;
    this.directory.transfer.set(this.data.subarray(from, from + this.wordsPerLine));
  }

  invalidateL1(_slot: number, line: number): void {
    this.setSublines(this.l1d, this.l1dPerL2, line, LINE_I);
    this.setSublines(this.l1i, this.l1iPerL2, line, LINE_I);
  }

  downgradeL1(_slot: number, line: number): void {
    this.setSublines(this.l1d, this.l1dPerL2, line, LINE_S);
  }

  upgradeL1(_slot: number, line: number): void {
    this.setSublines(this.l1d, this.l1dPerL2, line, LINE_M);
  }

  clearLine(slot: number): void {
    this.l2.clear(slot);
  }

  /**
   * Entering a state asserts its invariant, including L1 inclusion (messages
   * built only on failure). A line sits in at most one slot of its set (a
   * miss fills only when `find` failed), so `slot` is the only place to check.
   */
  enterI(slot: number, line: number): void {
    if (this.l2.tag(slot) === line) this.broken(line, 'I but still in the L2');
    if (!this.sublinesAre(this.l1d, this.l1dPerL2, line, LINE_I)) this.broken(line, 'I but an L1D line remains');
    if (!this.sublinesAre(this.l1i, this.l1iPerL2, line, LINE_I)) this.broken(line, 'I but an L1I line remains');
  }

  enterS(slot: number, line: number): void {
    this.l2.setState(slot, LINE_S);
    if (this.l2.tag(slot) !== line) this.broken(line, 'slot holds another line');
    if (!this.sublinesAre(this.l1d, this.l1dPerL2, line, LINE_S)) this.broken(line, 'S but an L1D line is writable');
  }

  enterM(slot: number, line: number): void {
    this.l2.setState(slot, LINE_M);
    if (this.l2.tag(slot) !== line) this.broken(line, 'slot holds another line');
  }

  enterE(slot: number, line: number): void {
    this.l2.setState(slot, LINE_E);
    if (this.l2.tag(slot) !== line) this.broken(line, 'slot holds another line');
    if (!this.sublinesAre(this.l1d, this.l1dPerL2, line, LINE_S)) this.broken(line, 'E but an L1D line is writable');
  }

  private request(directoryEvent: number, line: number): void {
    const dir = this.directory;
    dir.clock[0] = this.nowTicks;
    const latency = dir.request(directoryEvent, line, this.node);
    this.missLatencyTicks = latency;
    const home = dir.homeOf(line);
    const c = this.counters;
    if (home === this.node) {
      c[C_MISSES_LOCAL]++;
      c[C_STALL_LOCAL_TICKS] += latency;
    } else {
      c[C_MISSES_REMOTE]++;
      c[C_STALL_REMOTE_TICKS] += latency;
    }
    if (dir.lastHops >= 3) c[C_THREE_HOP_MISSES]++;
    if (directoryEvent === DEV_UPGRADE) c[C_UPGRADES]++;
    if (this.sim.detailed) this.emitMiss(directoryEvent, line, home, latency);
  }

  private emitMiss(directoryEvent: number, line: number, home: number, latencyTicks: Tick): void {
    const dir = this.directory;
    const kind =
      directoryEvent === DEV_UPGRADE
        ? CacheMissKind.CACHE_MISS_UPGRADE
        : directoryEvent === DEV_GETM
          ? CacheMissKind.CACHE_MISS_WRITE
          : this.missEvent === EV_IFETCH
            ? CacheMissKind.CACHE_MISS_IFETCH
            : CacheMissKind.CACHE_MISS_READ;
    const machineAddress = line * this.l2.lineBytes;
    this.sim.emit(
      'CacheMissed',
      {
        machineAddress,
        homeNode: home,
        kind,
        latencyTicks,
        hops: dir.lastHops,
        fromCache: dir.lastFromCache,
        invalidations: dir.lastInvalidations,
        queueTicks: dir.lastQueueTicks,
        localTicks: this.nowTicks,
        exclusive: dir.lastExclusive,
      },
      this.node,
      this.node,
    );
  }

  private setSublines(l1: CacheArray, perL2: number, line2: number, state: number): void {
    const first = line2 * perL2;
    for (let k = 0; k < perL2; k++) {
      const s = l1.find(first + k);
      if (s < 0) continue;
      if (state === LINE_I) l1.clear(s);
      else l1.setState(s, state);
    }
  }

  /** Every L1 line inside `line` is absent (I) or present with state `state`. */
  private sublinesAre(l1: CacheArray, perL2: number, line: number, state: number): boolean {
    for (let k = 0; k < perL2; k++) {
      const s = l1.find(line * perL2 + k);
      if (s >= 0 && (state === LINE_I || l1.state(s) !== state)) return false;
    }
    return true;
  }

  private broken(line: number, what: string): never {
    throw new AssertionError(`cache ${this.node} line ${line}: ${what}`);
  }

  /** L2 state of machine line `line2` (LINE_I when absent). */
  stateOf(line2: number): number {
    const slot = this.l2.find(line2);
    return slot < 0 ? LINE_I : this.l2.state(slot);
  }

  /** Data word at (mpn, offset); the line must be in the L2 (after an access). */
  readWord(mpn: number, offsetBytes: number): number {
    return (this.data as Int32Array)[this.wordIndex(mpn, offsetBytes)] as number;
  }

  writeWord(mpn: number, offsetBytes: number, value: number): void {
    (this.data as Int32Array)[this.wordIndex(mpn, offsetBytes)] = value;
  }

  private wordIndex(mpn: number, offsetBytes: number): number {
    assert(this.data !== null, 'data values are not tracked (config.trackData)');
    const l2 = this.l2;
    const slot = l2.find(mpn * l2.linesPerPage + (offsetBytes >>> l2.lineShift));
    if (slot < 0) throw new AssertionError(`cache ${this.node}: word of page ${mpn} offset ${offsetBytes} not in L2`);
    return slot * this.wordsPerLine + ((offsetBytes & (l2.lineBytes - 1)) >>> 2);
  }
}

