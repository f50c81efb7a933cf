import { TICKS_PER_MS, TICKS_PER_NS, TICKS_PER_S, TICKS_PER_US } from '@disco/sim-kernel';

/** Simulated time in the largest unit that keeps it readable: "12.5 ms". */
export function formatTicks(ticks: number): string {
  if (ticks >= TICKS_PER_S) return `${(ticks / TICKS_PER_S).toFixed(3)} s`;
  if (ticks >= TICKS_PER_MS) return `${(ticks / TICKS_PER_MS).toFixed(3)} ms`;
  if (ticks >= TICKS_PER_US) return `${(ticks / TICKS_PER_US).toFixed(3)} µs`;
  return `${(ticks / TICKS_PER_NS).toFixed(1)} ns`;
}

/** 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Bytes in MB (10^6) with one decimal, rounded up for a need and down for free space, so "needs 2.1, has 2.0" never reads "2.0 and 2.0". */
export function formatMb(bytes: number, round: 'up' | 'down'): string {
  const tenths = bytes / 1e5;
  return `${((round === 'up' ? Math.ceil(tenths) : Math.floor(tenths)) / 10).toFixed(1)} MB`;
}
