import { OP_COMPUTE, OP_IFETCH, OP_LOAD, OP_STORE, type OpBuffer } from '@disco/hardware';
import { assert, type Prng } from '@disco/sim-kernel';

/** A data region a compute phase references. */
export interface DataRegion {
  readonly base: number;
  readonly bytes: number;
  /** Relative share of the phase's data references. */
  readonly weight: number;
  /**
   * 'random': visits uniform over the region, or over its first `hotBytes` with
   *   `hotFraction`; each visit references `runWords` consecutive words;
   * 'sequential': a moving cursor;
   * 'clustered': uniform within `clusterBytes` around a locus that jumps (like 'random')
   * on average every `clusterReferences` references: coherent traversals such as
   * neighbouring rays walking the same grid cells;
   * 'streams': `streams` interleaved sequential cursors, one chosen uniformly per
   * reference; stream s runs over `streamBytes` bytes from `s * streamStride +
   * streamOffset` and wraps: a scatter into buckets, such as radix sort's
   * permutation writing each key at its digit's next rank.
   */
  readonly pattern: 'random' | 'sequential' | 'clustered' | 'streams';
  readonly hotBytes?: number;
  readonly hotFraction?: number;
  readonly clusterBytes?: number;
  readonly clusterReferences?: number;
  /** 'random' only: consecutive words referenced per visit (default `RUN_WORDS`). */
  readonly runWords?: number;
  /** 'streams' only: the number of streams, the bytes between their starts, the offset of each within its stride, and the bytes each covers. */
  readonly streams?: number;
  readonly streamStride?: number;
  readonly streamOffset?: number;
  readonly streamBytes?: number;
  readonly writeFraction: number;
}

/**
 * Words a random visit references one after the other: the fields of a record,
 * a short array walk. ASSUMPTION: 4, half of a 64-byte line, the order of the
 * line utilisation measured for programs of the period; without it every
 * random reference would touch a new line, a program with no spatial locality.
 */
export const RUN_WORDS = 4;

/** How user code of a phase behaves: its text, its data and the density of references. */
export interface ComputeProfile {
  readonly codeBase: number;
  readonly codeBytes: number;
  /** Bytes of the hot loop the fetches stay in between jumps. */
  readonly loopBytes: number;
  /** Probability, per fetched line, of jumping elsewhere in the text. */
  readonly jumpProbability: number;
  /** Instructions per data reference (loads and stores are instructions too). */
  readonly instructionsPerReference: number;
  readonly regions: readonly DataRegion[];
}

const LINE_INSTRUCTIONS = 16;

const SEQUENTIAL = 0;
const STREAMS = 1;
const CLUSTERED = 2;
const RANDOM = 3;
const PATTERN_CODES: Record<DataRegion['pattern'], number> = { sequential: SEQUENTIAL, streams: STREAMS, clustered: CLUSTERED, random: RANDOM };

/**
 * A region as `reference` reads it: every field present, numbers only, one
 * class. The profiles' regions are object literals of many shapes (each
 * pattern sets other optional fields), and `reference` runs for every data
 * reference of every workload: reading them directly made its property loads
 * megamorphic. The values are the region's own (`1 / clusterReferences` and
 * `clusterBytes / 8` are the same doubles the expressions gave).
 */
class RegionPlan {
  readonly pattern: number;
  readonly base: number;
  readonly bytes: number;
  readonly writeFraction: number;
  /** Whether the region has a hot part: only then does a random offset draw `hotFraction`. */
  readonly hasHot: boolean;
  readonly hotBytes: number;
  readonly hotFraction: number;
  readonly clusterBytes: number;
  readonly clusterWords: number;
  /** 'clustered': the chance that a reference moves the locus (1 / clusterReferences); 0 for other patterns. */
  readonly jumpProbability: number;
  readonly runWords: number;
  readonly streamStride: number;
  readonly streamOffset: number;
  readonly streamBytes: number;

  constructor(r: DataRegion) {
    this.pattern = PATTERN_CODES[r.pattern];
    this.base = r.base;
    this.bytes = r.bytes;
    this.writeFraction = r.writeFraction;
    this.hasHot = r.hotBytes !== undefined;
    this.hotBytes = r.hotBytes ?? 0;
    this.hotFraction = r.hotFraction ?? 0;
    this.clusterBytes = r.clusterBytes ?? 0;
    this.clusterWords = this.clusterBytes / 8;
    this.jumpProbability = r.pattern === 'clustered' ? 1 / r.clusterReferences! : 0;
    this.runWords = r.runWords ?? RUN_WORDS;
    this.streamStride = r.streamStride ?? 0;
    this.streamOffset = r.streamOffset ?? 0;
    this.streamBytes = r.streamBytes ?? 0;
  }
}

/**
 * Generates a phase's user operations into an `OpBuffer`: per 16
 * instructions, one instruction-line fetch, the data references due and the
 * remaining instructions as one compute. No allocation per reference.
 */
export class ReferenceStream {
  private loopStart = 0;
  private codeOffset = 0;
  private referenceCredit = 0;
  private readonly cursors: Float64Array;
  /** Per region: the locus of a 'clustered' pattern (-1 before the first jump). */
  private readonly loci: Float64Array;
  /** Per region: references left in the current random visit. */
  private readonly runLeft: Float64Array;
  private readonly cumulative: Float64Array;
  /** Per 'streams' region: each stream's cursor (empty for other patterns). */
  private readonly streamCursors: Float64Array[];
  /** The profile's regions, normalised (see RegionPlan), and its code fields, read on every line. */
  private readonly regions: readonly RegionPlan[];
  private readonly codeBase: number;
  private readonly codeBytes: number;
  private readonly loopBytes: number;
  private readonly lineJumpProbability: number;
  private readonly instructionsPerReference: number;

  constructor(
    readonly profile: ComputeProfile,
    private readonly random: Prng,
  ) {
    assert(profile.codeBytes >= 64 && profile.instructionsPerReference >= 1, 'a phase needs code and a reference density');
    assert(profile.regions.length > 0, 'a phase needs data');
    this.cursors = new Float64Array(profile.regions.length);
    this.loci = new Float64Array(profile.regions.length).fill(-1);
    this.runLeft = new Float64Array(profile.regions.length);
    this.streamCursors = profile.regions.map((r) => new Float64Array(r.pattern === 'streams' ? (r.streams ?? 0) : 0));
    for (const r of profile.regions) {
      if (r.pattern === 'streams') {
        const streams = r.streams ?? 0;
        const stride = r.streamStride ?? 0;
        const offset = r.streamOffset ?? 0;
        const bytes = r.streamBytes ?? 0;
        assert(Number.isInteger(streams) && streams >= 1, 'a streams region needs streams ≥ 1');
        assert(bytes >= 8 && bytes % 8 === 0 && stride % 8 === 0 && offset % 8 === 0 && offset >= 0, 'a streams region needs word-aligned streams of at least one word');
        assert((streams - 1) * stride + offset + bytes <= r.bytes, 'a streams region needs its streams inside it');
      }
      if (r.pattern !== 'clustered') continue;
      assert((r.clusterBytes ?? 0) >= 8 && (r.clusterBytes ?? 0) <= r.bytes, 'a clustered region needs 8 ≤ clusterBytes ≤ bytes');
      assert((r.clusterReferences ?? 0) >= 1, 'a clustered region needs clusterReferences ≥ 1');
    }
    this.cumulative = new Float64Array(profile.regions.length);
    let total = 0;
    profile.regions.forEach((r, i) => {
      total += r.weight;
      this.cumulative[i] = total;
    });
    for (let i = 0; i < this.cumulative.length; i++) this.cumulative[i]! /= total;
    this.regions = profile.regions.map((r) => new RegionPlan(r));
    this.codeBase = profile.codeBase;
    this.codeBytes = profile.codeBytes;
    this.loopBytes = profile.loopBytes;
    this.lineJumpProbability = profile.jumpProbability;
    this.instructionsPerReference = profile.instructionsPerReference;
  }

  /** Appends operations for up to `instructions` instructions, leaving `reserve` slots free; returns instructions emitted. */
  emit(buffer: OpBuffer, instructions: number, reserve: number): number {
    let emitted = 0;
    while (emitted < instructions && buffer.length + 8 + reserve < buffer.capacity) {
      buffer.push(OP_IFETCH, this.codeBase + this.nextLine());
      const n = Math.min(LINE_INSTRUCTIONS, instructions - emitted);
      this.referenceCredit += n / this.instructionsPerReference;
      let refs = 0;
      while (this.referenceCredit >= 1 && refs < 6) {
        this.reference(buffer);
        this.referenceCredit -= 1;
        refs++;
      }
      if (n - refs > 0) buffer.push(OP_COMPUTE, n - refs);
      emitted += n;
    }
    return emitted;
  }

  private nextLine(): number {
    if (this.random.chance(this.lineJumpProbability)) {
      this.loopStart = this.random.int(0, Math.max(1, (this.codeBytes - this.loopBytes) / 64)) * 64;
      this.codeOffset = 0;
    }
    const offset = this.loopStart + this.codeOffset;
    this.codeOffset += 64;
    if (this.codeOffset >= this.loopBytes) this.codeOffset = 0;
    return offset % this.codeBytes;
  }

  private reference(buffer: OpBuffer): void {
    const x = this.random.nextFloat();
    const cumulative = this.cumulative;
    let i = 0;
    while (i < cumulative.length - 1 && x >= cumulative[i]!) i++;
    const r = this.regions[i]!;
    const pattern = r.pattern;
    let offset: number;
    if (pattern === SEQUENTIAL) {
      offset = this.cursors[i]!;
      this.cursors[i] = (offset + 8) % r.bytes;
    } else if (pattern === STREAMS) {
      const cursors = this.streamCursors[i]!;
      const stream = this.random.int(0, cursors.length);
      const cursor = cursors[stream]!;
      offset = stream * r.streamStride + r.streamOffset + cursor;
      cursors[stream] = cursor + 8 >= r.streamBytes ? 0 : cursor + 8;
    } else if (pattern === CLUSTERED) {
      if (this.loci[i]! < 0 || this.random.chance(r.jumpProbability)) {
        this.loci[i] = Math.min(this.randomOffset(r), r.bytes - r.clusterBytes);
      }
      offset = this.loci[i]! + this.random.int(0, r.clusterWords) * 8;
    } else if (this.runLeft[i]! > 0) {
      this.runLeft[i]!--;
      offset = this.cursors[i]! + 8;
      if (offset >= r.bytes) offset = 0;
      this.cursors[i] = offset;
    } else {
      offset = this.randomOffset(r);
      this.cursors[i] = offset;
      this.runLeft[i] = r.runWords - 1;
    }
    if (this.random.chance(r.writeFraction)) buffer.push(OP_STORE, r.base + offset, 0);
    else buffer.push(OP_LOAD, r.base + offset);
  }

  /** A word offset uniform over the region, or over its hot part with `hotFraction`. */
  private randomOffset(r: RegionPlan): number {
    const span = r.hasHot && this.random.chance(r.hotFraction) ? r.hotBytes : r.bytes;
    return this.random.int(0, span / 8) * 8;
  }
}
