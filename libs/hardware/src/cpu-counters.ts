/**
 * Per-CPU counters: one Float64Array per CPU, indexed by these constants, so
 * the hot path increments an array element and a sample is a copy and a diff.
 * The order matches the `CounterSample` payload fields.
 */
export const C_INSTRUCTIONS = 0;
export const C_CYCLES = 1;
export const C_STALL_LOCAL_TICKS = 2;
export const C_STALL_REMOTE_TICKS = 3;
export const C_STALL_L2_HIT_TICKS = 4;
export const C_EXCEPTION_TICKS = 5;
export const C_IDLE_TICKS = 6;
export const C_TLB_MISSES = 7;
export const C_L1I_MISSES = 8;
export const C_L1D_MISSES = 9;
export const C_MISSES_LOCAL = 10;
export const C_MISSES_REMOTE = 11;
export const C_THREE_HOP_MISSES = 12;
export const C_UPGRADES = 13;
export const C_INVALIDATIONS_RECEIVED = 14;
/** Not sampled: memory references issued (loads, stores, fetches). */
export const C_REFERENCES = 15;
export const C_WRITEBACKS = 16;
export const COUNTER_COUNT = 17;

export const COUNTER_NAMES = [
  'instructions',
  'cycles',
  'stallLocalTicks',
  'stallRemoteTicks',
  'stallL2HitTicks',
  'exceptionTicks',
  'idleTicks',
  'tlbMisses',
  'l1iMisses',
  'l1dMisses',
  'missesLocal',
  'missesRemote',
  'threeHopMisses',
  'upgrades',
  'invalidationsReceived',
  'references',
  'writebacks',
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];

export function newCounters(): Float64Array {
  return new Float64Array(COUNTER_COUNT);
}

/** Counters as a named record (reports and tests; allocates). */
export function countersRecord(counters: Float64Array): Record<CounterName, number> {
  const record = {} as Record<CounterName, number>;
  COUNTER_NAMES.forEach((name, i) => {
    record[name] = counters[i] as number;
  });
  return record;
}
