/**
 * Simulated time. One tick is one picosecond (as in gem5), so every latency in
 * the model is an integer and the clock is a safe integer for about 2.5 hours
 * of simulated time, far beyond the paper's runs of seconds.
 */
export type Tick = number;

export const TICKS_PER_PS = 1;
export const TICKS_PER_NS = 1_000;
export const TICKS_PER_US = 1_000_000;
export const TICKS_PER_MS = 1_000_000_000;
export const TICKS_PER_S = 1_000_000_000_000;

export function nsToTicks(ns: number): Tick {
  return Math.round(ns * TICKS_PER_NS);
}

export function usToTicks(us: number): Tick {
  return Math.round(us * TICKS_PER_US);
}

export function msToTicks(ms: number): Tick {
  return Math.round(ms * TICKS_PER_MS);
}

export function ticksToSeconds(ticks: Tick): number {
  return ticks / TICKS_PER_S;
}

/** Cycle time of a clock in ticks; e.g. 200 MHz → 5000 ticks. */
export function cycleTicksOfMhz(clockMhz: number): Tick {
  const ticks = TICKS_PER_US / clockMhz;
  if (!Number.isInteger(ticks)) {
    throw new RangeError(`clock ${clockMhz} MHz has no whole-picosecond cycle time`);
  }
  return ticks;
}
