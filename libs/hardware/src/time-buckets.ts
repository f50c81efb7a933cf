import { assertInRange, type Tick } from '@disco/sim-kernel';
import { TimeBucket } from '@disco/trace-schema';
import { C_CYCLES, C_EXCEPTION_TICKS, C_IDLE_TICKS, C_INSTRUCTIONS, C_STALL_L2_HIT_TICKS, C_STALL_LOCAL_TICKS, C_STALL_REMOTE_TICKS } from './cpu-counters';

export { TimeBucket };
export const TIME_BUCKET_COUNT = Object.keys(TimeBucket).length;

/** Per bucket: execution ticks, local, remote and L2-hit stall ticks, instructions. */
export const B_EXEC_TICKS = 0;
export const B_STALL_LOCAL_TICKS = 1;
export const B_STALL_REMOTE_TICKS = 2;
export const B_STALL_L2_HIT_TICKS = 3;
export const B_INSTRUCTIONS = 4;
const WIDTH = 5;

/**
 * Attributes a CPU's time to accounting buckets without touching the hot
 * path: the CPU's counters run as always, and each change of bucket closes
 * the interval since the last one, charging the counters' deltas to the
 * bucket that was current. Idle time always goes to `TIME_IDLE`.
 */
export class TimeBuckets {
  /** Accumulated per bucket since the last `drain`, `WIDTH` values each. */
  readonly totals = new Float64Array(TIME_BUCKET_COUNT * WIDTH);
  private readonly mark = new Float64Array(7);
  /** Ticks (execution and stalls) per bucket since the CPU started; never drained. */
  private readonly sinceStart = new Float64Array(TIME_BUCKET_COUNT);
  private current: number = TimeBucket.TIME_KERNEL;

  constructor(
    private readonly counters: Float64Array,
    private readonly cycleTicks: Tick,
  ) {
    this.snapshot();
  }

  get bucket(): number {
    return this.current;
  }

  /** Charges time so far to the current bucket, then makes `bucket` current. */
  switchTo(bucket: number): void {
    assertInRange(bucket, 0, TIME_BUCKET_COUNT, 'time bucket');
    if (bucket === this.current) return;
    this.close();
    this.current = bucket;
  }

  /** Charges the counters' progress since the last close to the current bucket. */
  close(): void {
    const c = this.counters;
    const m = this.mark;
    const t = this.totals;
    const o = this.current * WIDTH;
    t[o + B_EXEC_TICKS]! += ((c[C_CYCLES]! - m[0]!) * this.cycleTicks) + (c[C_EXCEPTION_TICKS]! - m[1]!);
    t[o + B_STALL_LOCAL_TICKS]! += c[C_STALL_LOCAL_TICKS]! - m[2]!;
    t[o + B_STALL_REMOTE_TICKS]! += c[C_STALL_REMOTE_TICKS]! - m[3]!;
    t[o + B_STALL_L2_HIT_TICKS]! += c[C_STALL_L2_HIT_TICKS]! - m[4]!;
    t[o + B_INSTRUCTIONS]! += c[C_INSTRUCTIONS]! - m[6]!;
    t[TimeBucket.TIME_IDLE * WIDTH + B_EXEC_TICKS]! += c[C_IDLE_TICKS]! - m[5]!;
    this.sinceStart[this.current]! +=
      (c[C_CYCLES]! - m[0]!) * this.cycleTicks + (c[C_EXCEPTION_TICKS]! - m[1]!) + (c[C_STALL_LOCAL_TICKS]! - m[2]!) + (c[C_STALL_REMOTE_TICKS]! - m[3]!) + (c[C_STALL_L2_HIT_TICKS]! - m[4]!);
    this.sinceStart[TimeBucket.TIME_IDLE]! += c[C_IDLE_TICKS]! - m[5]!;
    this.snapshot();
  }

  /** Value `field` (B_*) of `bucket` accumulated since the last drain. */
  get(bucket: number, field: number): number {
    return this.totals[bucket * WIDTH + field]!;
  }

  /**
   * Ticks charged to `bucket` since the CPU started, up to now (the open
   * interval is closed first). Never drained: a caller measures what one
   * stretch of work cost in each bucket as the difference of two readings
   * (the guest's per-service split under Disco, Table 2).
   */
  ticksSinceStart(bucket: number): number {
    this.close();
    return this.sinceStart[bucket]!;
  }

  /** `ticksSinceStart` of every bucket into `into[offset…]` (one close, no allocation). */
  copySinceStart(into: Float64Array, offset: number): void {
    this.close();
    into.set(this.sinceStart, offset);
  }

  /** Forgets the accumulated totals (after a sample has reported them). */
  drain(): void {
    this.totals.fill(0);
  }

  private snapshot(): void {
    const c = this.counters;
    const m = this.mark;
    m[0] = c[C_CYCLES]!;
    m[1] = c[C_EXCEPTION_TICKS]!;
    m[2] = c[C_STALL_LOCAL_TICKS]!;
    m[3] = c[C_STALL_REMOTE_TICKS]!;
    m[4] = c[C_STALL_L2_HIT_TICKS]!;
    m[5] = c[C_IDLE_TICKS]!;
    m[6] = c[C_INSTRUCTIONS]!;
  }
}
