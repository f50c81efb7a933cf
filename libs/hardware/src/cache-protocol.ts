import { ProtocolTable, type Transition } from './protocol-table';

/**
 * The cache controller's protocol for one L2 line: MESI, the R10000's four
 * secondary-cache states (Invalid, Shared, CleanExclusive, DirtyExclusive;
 * MIPS R10000 Microprocessor User's Manual, "Cache coherency"), or MSI without
 * the clean-exclusive state (`cleanExclusive: false`, the earlier model). The
 * protocol is atomic: a transaction completes at the instant it is issued and
 * its latency is charged to the requester, so there are no transient states
 * (see README).
 *
 * Permission each state grants:
 * - `I`: none.
 * - `S`: read (loads, instruction fetches); other caches may hold `S` too.
 * - `M`: read and write; no other cache holds the line; memory may be stale.
 * - `E`: read; no other cache holds the line and memory is current, so a
 *   store makes it `M` without asking the home (the L1D holds it read-only
 *   until then).
 */
export const CACHE_STATES = ['I', 'S', 'M', 'E'] as const;
export type CacheState = (typeof CACHE_STATES)[number];

/** Numeric state codes, shared by the L2 state array and L1D permissions. */
export const LINE_I = 0;
export const LINE_S = 1;
export const LINE_M = 2;
export const LINE_E = 3;

/**
 * Events: the first four come from the CPU side (its loads, fetches, stores,
 * and replacements or explicit flushes); `LoadUncached` is a load that misses
 * on a line no cache holds (the controller's decoder tells it from `Load`
 * by the home's entry, as the directory's tells `PutSLast` from `PutS`: the
 * protocol is atomic, so the reply is known when the request is issued); the
 * rest come from the home directory.
 */
export const CACHE_EVENTS = ['Load', 'Ifetch', 'Store', 'Evict', 'Inv', 'FwdGetS', 'FwdGetM', 'LoadUncached'] as const;
export type CacheEvent = (typeof CACHE_EVENTS)[number];
/** Events a CPU can cause; the property tests generate commands from these. */
export const CPU_CACHE_EVENTS: readonly CacheEvent[] = ['Load', 'Ifetch', 'Store', 'Evict'];

export const CACHE_ACTIONS = [
  /** GetS to the home directory; data arrives in the transfer buffer. */
  'requestShared',
  /** Read to the home directory (a load's miss): a shared copy, or an exclusive one when no cache holds the line. */
  'requestRead',
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
  /** PutE: tell the home the clean exclusive copy is gone (no data: memory is current). */
  'sendExclusiveHint',
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

/** MSI: a load miss asks for a shared copy (the earlier model, `cleanExclusive: false`). */
export const MSI_CACHE_TRANSITIONS: readonly Row[] = [
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

/**
 * MESI (the default): a load miss sends Read; on a line no cache holds the
 * home grants it exclusive and the copy is `E`, so the store that usually
 * follows a load of private data needs no upgrade. Instruction fetches ask
 * for shared copies (GetS), as the R10000 does.
 */
export const CACHE_TRANSITIONS: readonly Row[] = [
  ...MSI_CACHE_TRANSITIONS.map((t): Row => (t.state === 'I' && t.event === 'Load' ? { ...t, actions: ['requestRead', 'fillLine'] } : t)),
  { state: 'I', event: 'LoadUncached', actions: ['requestRead', 'fillLine'], next: 'E' },
  { state: 'E', event: 'Load', actions: [], next: 'E' },
  { state: 'E', event: 'Ifetch', actions: [], next: 'E' },
  { state: 'E', event: 'Store', actions: ['upgradeL1'], next: 'M' },
  { state: 'E', event: 'Evict', actions: ['sendExclusiveHint', 'invalidateL1', 'clearLine'], next: 'I' },
  // The owner answers an intervention from its clean copy (memory holds the same data).
  { state: 'E', event: 'FwdGetS', actions: ['supplyData'], next: 'S' },
  { state: 'E', event: 'FwdGetM', actions: ['supplyData', 'invalidateL1', 'clearLine'], next: 'I' },
  { state: 'E', event: 'Inv', actions: ['invalidateL1', 'clearLine'], next: 'I' },
];

/** The shipped table: MESI, or MSI when `cleanExclusive` is false. */
export function cacheProtocolTable(cleanExclusive = true): ProtocolTable<CacheState, CacheEvent, CacheAction> {
  return new ProtocolTable('cache', CACHE_STATES, CACHE_EVENTS, CACHE_ACTIONS, cleanExclusive ? CACHE_TRANSITIONS : MSI_CACHE_TRANSITIONS);
}

/** Event ids for the hot path: each event's index in CACHE_EVENTS, so the numbers cannot drift from the table's order. */
export const EV_LOAD = CACHE_EVENTS.indexOf('Load');
export const EV_IFETCH = CACHE_EVENTS.indexOf('Ifetch');
export const EV_STORE = CACHE_EVENTS.indexOf('Store');
export const EV_EVICT = CACHE_EVENTS.indexOf('Evict');
export const EV_INV = CACHE_EVENTS.indexOf('Inv');
export const EV_FWD_GETS = CACHE_EVENTS.indexOf('FwdGetS');
export const EV_FWD_GETM = CACHE_EVENTS.indexOf('FwdGetM');
export const EV_LOAD_UNCACHED = CACHE_EVENTS.indexOf('LoadUncached');
