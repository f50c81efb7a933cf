import { ProtocolTable, type Transition } from './protocol-table';

/**
 * The home directory controller's protocol for one memory line (atomic, like
 * the caches': no transient states).
 *
 * Permission each state grants:
 * - `U` (uncached): memory holds the only copy; memory may be read and written.
 * - `S` (shared): memory is valid; the sharers hold read-only copies.
 * - `M` (modified): one owner holds the line read-write; memory is stale.
 */
export const DIRECTORY_STATES = ['U', 'S', 'M'] as const;
export type DirectoryState = (typeof DIRECTORY_STATES)[number];

export const DIR_U = 0;
export const DIR_S = 1;
export const DIR_M = 2;

/**
 * Requests arriving at the home. The controller's decoder (like a SLICC
 * in_port) tells `PutS` from `PutSLast` by the sharer set, so each row has one
 * next state. `Read` is a load's miss: like GetS, except that a line no cache
 * holds is granted exclusive (MESI; the owner then holds it clean, `E`, or
 * dirty, `M`: the directory's `M` is "exclusive" and does not know which);
 * `PutE` is the replacement hint of a clean exclusive copy. `Dma*` come from
 * a disk or NIC engine and cover whole lines.
 */
export const DIRECTORY_EVENTS = ['GetS', 'GetM', 'Upgrade', 'PutS', 'PutSLast', 'PutM', 'DmaRead', 'DmaWrite', 'Read', 'PutE'] as const;
export type DirectoryEvent = (typeof DIRECTORY_EVENTS)[number];

export const DIRECTORY_ACTIONS = [
  /** Memory → transfer buffer; the reply is on the critical path. */
  'sendMemoryData',
  /** Grant exclusivity to a sharer without data. */
  'ackUpgrade',
  /** Intervention: the owner supplies data and keeps a shared copy. */
  'forwardGetSToOwner',
  /** Intervention: the owner supplies data and invalidates its copy. */
  'forwardGetMToOwner',
  /** Invalidate every sharer except the requester (all of them for DMA). */
  'invalidateOtherSharers',
  /** Invalidate the owner without taking its data (a DMA write overwrites it). */
  'invalidateOwner',
  /** Transfer buffer → memory (writebacks, sharing writebacks, DMA writes). */
  'writeMemoryFromTransfer',
  'addRequesterAsSharer',
  'addOwnerAsSharer',
  'removeRequesterSharer',
  'clearSharers',
  'setRequesterAsOwner',
  'clearOwner',
  /** Count a miss in the per-page, per-node counters (FLASH's miss counting). */
  'countMiss',
  /** Tell the requester its copy is exclusive (no other cache holds the line). */
  'grantExclusive',
] as const;
export type DirectoryAction = (typeof DIRECTORY_ACTIONS)[number];

type Row = Transition<DirectoryState, DirectoryEvent, DirectoryAction>;

export const DIRECTORY_TRANSITIONS: readonly Row[] = [
  { state: 'U', event: 'GetS', actions: ['countMiss', 'sendMemoryData', 'addRequesterAsSharer'], next: 'S' },
  { state: 'U', event: 'GetM', actions: ['countMiss', 'sendMemoryData', 'setRequesterAsOwner'], next: 'M' },
  { state: 'U', event: 'Read', actions: ['countMiss', 'sendMemoryData', 'setRequesterAsOwner', 'grantExclusive'], next: 'M' },
  { state: 'U', event: 'DmaRead', actions: ['sendMemoryData'], next: 'U' },
  { state: 'U', event: 'DmaWrite', actions: ['writeMemoryFromTransfer'], next: 'U' },
  { state: 'S', event: 'GetS', actions: ['countMiss', 'sendMemoryData', 'addRequesterAsSharer'], next: 'S' },
  { state: 'S', event: 'Read', actions: ['countMiss', 'sendMemoryData', 'addRequesterAsSharer'], next: 'S' },
  {
    state: 'S',
    event: 'GetM',
    actions: ['countMiss', 'invalidateOtherSharers', 'sendMemoryData', 'clearSharers', 'setRequesterAsOwner'],
    next: 'M',
  },
  {
    state: 'S',
    event: 'Upgrade',
    actions: ['countMiss', 'invalidateOtherSharers', 'ackUpgrade', 'clearSharers', 'setRequesterAsOwner'],
    next: 'M',
  },
  { state: 'S', event: 'PutS', actions: ['removeRequesterSharer'], next: 'S' },
  { state: 'S', event: 'PutSLast', actions: ['removeRequesterSharer'], next: 'U' },
  { state: 'S', event: 'DmaRead', actions: ['sendMemoryData'], next: 'S' },
  { state: 'S', event: 'DmaWrite', actions: ['invalidateOtherSharers', 'clearSharers', 'writeMemoryFromTransfer'], next: 'U' },
  {
    state: 'M',
    event: 'GetS',
    actions: ['countMiss', 'forwardGetSToOwner', 'writeMemoryFromTransfer', 'addOwnerAsSharer', 'addRequesterAsSharer', 'clearOwner'],
    next: 'S',
  },
  {
    state: 'M',
    event: 'Read',
    actions: ['countMiss', 'forwardGetSToOwner', 'writeMemoryFromTransfer', 'addOwnerAsSharer', 'addRequesterAsSharer', 'clearOwner'],
    next: 'S',
  },
  { state: 'M', event: 'GetM', actions: ['countMiss', 'forwardGetMToOwner', 'setRequesterAsOwner'], next: 'M' },
  { state: 'M', event: 'PutM', actions: ['writeMemoryFromTransfer', 'clearOwner'], next: 'U' },
  { state: 'M', event: 'PutE', actions: ['clearOwner'], next: 'U' },
  { state: 'M', event: 'DmaRead', actions: ['forwardGetSToOwner', 'writeMemoryFromTransfer', 'addOwnerAsSharer', 'clearOwner'], next: 'S' },
  { state: 'M', event: 'DmaWrite', actions: ['invalidateOwner', 'clearOwner', 'writeMemoryFromTransfer'], next: 'U' },
];

export function directoryProtocolTable(): ProtocolTable<DirectoryState, DirectoryEvent, DirectoryAction> {
  return new ProtocolTable('directory', DIRECTORY_STATES, DIRECTORY_EVENTS, DIRECTORY_ACTIONS, DIRECTORY_TRANSITIONS);
}

/** Event ids for the hot path: each event's index in DIRECTORY_EVENTS, so the numbers cannot drift from the table's order. */
export const DEV_GETS = DIRECTORY_EVENTS.indexOf('GetS');
export const DEV_GETM = DIRECTORY_EVENTS.indexOf('GetM');
export const DEV_UPGRADE = DIRECTORY_EVENTS.indexOf('Upgrade');
export const DEV_PUTS = DIRECTORY_EVENTS.indexOf('PutS');
export const DEV_PUTS_LAST = DIRECTORY_EVENTS.indexOf('PutSLast');
export const DEV_PUTM = DIRECTORY_EVENTS.indexOf('PutM');
export const DEV_DMA_READ = DIRECTORY_EVENTS.indexOf('DmaRead');
export const DEV_DMA_WRITE = DIRECTORY_EVENTS.indexOf('DmaWrite');
export const DEV_READ = DIRECTORY_EVENTS.indexOf('Read');
export const DEV_PUTE = DIRECTORY_EVENTS.indexOf('PutE');
