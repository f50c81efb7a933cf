import { assert, AssertionError } from './assert';

/**
 * Deterministic pseudo-random numbers: xoshiro128** (Blackman & Vigna) seeded
 * through SplitMix32. A run has one root `Prng`; each consumer takes a named
 * stream (`root.stream('pmake/vm3')`), whose state depends only on the root
 * seed and the name, so adding a consumer never shifts another's numbers.
 */
export class Prng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The rejection limit of the last range `int` drew from (a TLB draws from one range over and over). */
  private limitRange = 0;
  private limit = 0;

  private constructor(
    readonly seed: number,
    readonly name: string,
  ) {
    let x = (mix32(seed >>> 0) ^ mix32(Math.floor(seed / 0x1_0000_0000)) ^ hashName(name)) >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) >>> 0;
      return mix32(x);
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  static fromSeed(seed: number): Prng {
    assert(Number.isSafeInteger(seed) && seed >= 0, `seed must be a non-negative safe integer, got ${seed}`);
    return new Prng(seed, '');
  }

  /** An independent stream named `name` (names nest with '/'). */
  stream(name: string): Prng {
    assert(name.length > 0, 'stream name must not be empty');
    return new Prng(this.seed, this.name === '' ? name : `${this.name}/${name}`);
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A float in [0, 1) with 32 random bits. */
  nextFloat(): number {
    return this.nextU32() / 0x1_0000_0000;
  }

  /** An integer in [min, maxExclusive), without modulo bias. */
  int(min: number, maxExclusive: number): number {
    const range = maxExclusive - min;
    if (!(range > 0 && range <= 0x1_0000_0000)) badRange(min, maxExclusive);
    if (range !== this.limitRange) {
      this.limitRange = range;
      this.limit = 0x1_0000_0000 - remainder(0x1_0000_0000, range);
    }
    const limit = this.limit;
    let value = this.nextU32();
    while (value >= limit) value = this.nextU32();
    return min + remainder(value, range);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.nextFloat() < p;
  }

  /** An element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    assert(items.length > 0, 'pick from an empty array');
    return items[this.int(0, items.length)] as T;
  }

  /** An exponentially distributed value with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.nextFloat());
  }
}

/** Cold: the message is built here so `int` stays small enough to inline. */
function badRange(min: number, maxExclusive: number): never {
  throw new AssertionError(`int range must be in (0, 2^32], got [${min}, ${maxExclusive})`);
}

/**
 * `value % range` for integers value in [0, 2^32] and range in [1, 2^32],
 * without a floating-point modulo (V8 calls out to fmod for doubles, and
 * values past 2^31 are doubles). Exact: the quotient's floor is right because
 * (q + 1) · range < 2^33, far inside a double's 53 bits, so rounding value /
 * range cannot reach the next integer.
 */
function remainder(value: number, range: number): number {
  return value - Math.floor(value / range) * range;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Murmur3 finalizer: a bijective 32-bit mix. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
