import { UsageError } from './run-cli';

/**
 * Where `--at` points: an event (`12345`: the state after the event with that
 * seq), a simulated time (`20ms`, `1500us`, `7ns`, `123456ps`, `0.5s`: after
 * every event at or before it), a share of the events (`50%`), or `end`.
 */
export type Point = { kind: 'seq'; seq: number } | { kind: 'tick'; tick: number } | { kind: 'share'; percent: number } | { kind: 'end' };

const TICKS_PER: Record<string, number> = { ps: 1, ns: 1e3, us: 1e6, 'µs': 1e6, ms: 1e9, s: 1e12 };

export function parsePoint(text: string): Point {
  const t = text.trim();
  if (t === 'end') return { kind: 'end' };
  if (/^\d+$/.test(t)) return { kind: 'seq', seq: Number(t) };
  const share = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (share) {
    const percent = Number(share[1]);
    if (percent > 100) throw new UsageError(`--at ${text}: a share of the events is at most 100%`);
    return { kind: 'share', percent };
  }
  const time = /^(\d+(?:\.\d+)?)(ps|ns|us|µs|ms|s)$/.exec(t);
  if (time) return { kind: 'tick', tick: Math.round(Number(time[1]) * TICKS_PER[time[2]!]!) };
  throw new UsageError(`--at ${text}: give an event seq (12345), a simulated time (20ms, 1500us, 7ns, 123456ps, 0.5s), a share of the events (50%) or end`);
}
