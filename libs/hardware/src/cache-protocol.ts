import { ProtocolTable, type Transition } from './protocol-table';

/**
 * The cache controller's protocol for one L2 line (MSI). The protocol is
 * atomic: a transaction completes at the instant it is issued and its latency
 * is charged to the requester, so there are no transient states (see README).
 *
 * Permission each state grants:
 * - `I`: none.
 * - `S`: read (loads, instruction fetches); other caches may hold `S` too.
 * - `M`: read and write; no other cache holds the line; memory may be stale.
 */
export const CACHE_STATES = ['I', 'S', 'M'] as const;
export type CacheState = (typeof CACHE_STATES)[number];

/** Numeric state codes, shared by the L2 state array and L1D permissions. */
export const LINE_I = 0;
export const LINE_S = 1;
export const LINE_M = 2;

/**
 * Events: the first four come from the CPU side (its loads, fetches, stores,
 * and replacements or explicit flushes); the rest from the home directory.
 */
export const CACHE_EVENTS = ['Load', 'Ifetch', 'Store', 'Evict', 'Inv', 'FwdGetS', 'FwdGetM'] as const;
export type CacheEvent = (typeof CACHE_EVENTS)[number];
/** Events a CPU can cause; the property tests generate commands from these. */
export const CPU_CACHE_EVENTS: readonly CacheEvent[] = ['Load', 'Ifetch', 'Store', 'Evict'];

export const CACHE_ACTIONS = [
  /** GetS to the home directory; data arrives in the transfer buffer. */
  'requestShared',
  /** GetM to the home directory. */
  'requestExclusive',
  /** Upgrade (GetM while holding S): permission only, no data. */
  'requestUpgrade',
  /** Copy the transfer buffer into the line. */
  'fillLine',
  /** PutM: dirty data to the home memory. */
  'writeBack',
  /** PutS: tell the home this copy is gone, so its sharer set stays exact. */
  'sendReplacementHint',
  /** Copy the line's data into the transfer buffer for the home / requester. */
  'supplyData',
  /** Back-invalidate the L1 lines inside this L2 line (inclusion). */
  'invalidateL1',
  /** L1D lines inside this line: write → read. */
  'downgradeL1',
  /** L1D lines inside this line: read → write. */
  'upgradeL1',
  /** Free the L2 way. */
  'clearLine',
] as const;
export type CacheAction = (typeof CACHE_ACTIONS)[number];

type Row = Transition<CacheState, CacheEvent, CacheAction>;

export const CACHE_TRANSITIONS: readonly Row[] = [
  { state: 'I', event: 'Load', actions: ['requestShared', 'fillLine'], next: 'S' },
  { state: 'I', event: 'Ifetch', actions: ['requestShared', 'fillLine'], next: 'S' },
  { state: 'I', event: 'Store', actions: ['requestExclusive', 'fillLine'], next: 'M' },
  { state: 'S', event: 'Load', actions: [], next: 'S' },
  { state: 'S', event: 'Ifetch', actions: [], next: 'S' },
  { state: 'S', event: 'Store', actions: ['requestUpgrade', 'upgradeL1'], next: 'M' },
  { state: 'S', event: 'Evict', actions: ['sendReplacementHint', 'invalidateL1', 'clearLine'], next: 'I' },
  { state: 'S', event: 'Inv', actions: ['invalidateL1', 'clearLine'], next: 'I' },
  { state: 'M', event: 'Load', actions: [], next: 'M' },
  { state: 'M', event: 'Ifetch', actions: [], next: 'M' },
  { state: 'M', event: 'Store', actions: [], next: 'M' },
  { state: 'M', event: 'Evict', actions: ['writeBack', 'invalidateL1', 'clearLine'], next: 'I' },
  { state: 'M', event: 'FwdGetS', actions: ['supplyData', 'downgradeL1'], next: 'S' },
  { state: 'M', event: 'FwdGetM', actions: ['supplyData', 'invalidateL1', 'clearLine'], next: 'I' },
  // A DMA write of whole lines makes the dirty copy irrelevant: discard it.
  { state: 'M', event: 'Inv', actions: ['invalidateL1', 'clearLine'], next: 'I' },
];

export function cacheProtocolTable(): ProtocolTable<CacheState, CacheEvent, CacheAction> {
  return new ProtocolTable('cache', CACHE_STATES, CACHE_EVENTS, CACHE_ACTIONS, CACHE_TRANSITIONS);
}

/** Event ids for the hot path: each event's index in CACHE_EVENTS, so the numbers cannot drift from the table's order. */
export const EV_LOAD = CACHE_EVENTS.indexOf('Load');
export const EV_IFETCH = CACHE_EVENTS.indexOf('Ifetch');
export const EV_STORE = CACHE_EVENTS.indexOf('Store');
export const EV_EVICT = CACHE_EVENTS.indexOf('Evict');
export const EV_INV = CACHE_EVENTS.indexOf('Inv');
export const EV_FWD_GETS = CACHE_EVENTS.indexOf('FwdGetS');
export const EV_FWD_GETM = CACHE_EVENTS.indexOf('FwdGetM');
