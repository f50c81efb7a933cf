import type { Tick } from '@disco/sim-kernel';

/**
 * The two sides of the coherence protocol as each sees the other, so that
 * neither controller imports the other (machine.ts wires them together).
 */

/** The home directories, as a cache controller uses them. */
export interface HomeDirectory {
  /** The requester's local time, written before each `request`. */
  readonly clock: Float64Array;
  /** Line data in flight between memory, caches and DMA engines. */
  readonly transfer: Int32Array;
  /** One transaction (DEV_* event) for `line` from node `requester`; returns the requester's stall. */
  request(event: number, line: number, requester: number): Tick;
  homeOf(line: number): number;
  /**
   * Whether no cache holds `line` (directory state U): what the home's reply to
   * a load's Read will say, known at issue because transactions are atomic.
   */
  uncached(line: number): boolean;
  /**
   * Reads `line`'s entry (and, for a requester node ≥ 0, its miss counter)
   * ahead of a transaction that will need it, so that the host's cache misses
   * on them overlap with other work (a software prefetch: no effect on any
   * result).
   */
  prefetch(line: number, requester: number): void;
  /** Details of the last transaction. */
  readonly lastHops: number;
  readonly lastFromCache: boolean;
  readonly lastInvalidations: number;
  readonly lastQueueTicks: number;
  /** The last Read was granted exclusive (no other cache held the line). */
  readonly lastExclusive: boolean;
}

/** A node's cache, as the home directory uses it. */
export interface CoherentCache {
  /** A request from the home (EV_INV, EV_FWD_GETS, EV_FWD_GETM) for a line the cache holds. */
  external(line2: number, event: number): void;
}
