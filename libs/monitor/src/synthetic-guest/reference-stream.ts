import type { Prng } from '@disco/sim-kernel';
import { OP_COMPUTE, OP_IFETCH, OP_LOAD, OP_STORE, PAGE_BYTES, type OpBuffer } from '@disco/hardware';

export const SYNTHETIC_PATTERNS = ['private', 'read-shared', 'migratory', 'mixed'] as const;
export type SyntheticPattern = (typeof SYNTHETIC_PATTERNS)[number];

/** Virtual layout of one synthetic program (byte addresses in the user segment). */
export interface StreamLayout {
  readonly codeBase: number;
  readonly codeBytes: number;
  readonly privateBase: number;
  readonly privateBytes: number;
  readonly sharedBase: number;
  readonly sharedBytes: number;
}

export interface StreamShape {
  readonly pattern: SyntheticPattern;
  readonly writeFraction: number;
  readonly instructionsPerReference: number;
  /** Migratory: references before a worker moves on to the next chunk of the shared region. */
  readonly phaseReferences: number;
  /** This worker's index and the number of workers (chunks of the migratory region). */
  readonly worker: number;
  readonly workers: number;
}

/**
 * A synthetic user reference stream, the same on the bare machine and in a
 * VM (the benchmark compares the two): instruction fetch, computation, one
 * data reference chosen by the pattern.
 * - private: the worker's own region.
 * - read-shared: loads from the shared region (stores go to private data).
 * - migratory: the shared region in one chunk per worker; each worker reads
 *   and writes one chunk for a phase, then moves to the next, so pages are
 *   used by mostly one node at a time, a different one each phase.
 * - mixed: read-shared and migratory, alternating references.
 * No allocation per reference.
 */
export class ReferenceStream {
  private pc = 0;
  private referencesDone = 0;
  private flip = false;

  constructor(
    private readonly layout: StreamLayout,
    private readonly shape: StreamShape,
    private readonly random: Prng,
  ) {}

  get references(): number {
    return this.referencesDone;
  }

  /** Appends up to `count` references (3 ops each) while the buffer has room. */
  fill(buffer: OpBuffer, count = Number.MAX_SAFE_INTEGER): void {
    const step = 4 * (this.shape.instructionsPerReference + 1);
    for (let k = 0; k < count && buffer.length + 3 <= buffer.capacity; k++) {
      buffer.push(OP_IFETCH, this.layout.codeBase + this.pc);
      this.pc = (this.pc + step) % this.layout.codeBytes;
      if (this.shape.instructionsPerReference > 0) buffer.push(OP_COMPUTE, this.shape.instructionsPerReference);
      this.reference(buffer);
      this.referencesDone++;
    }
  }

  private reference(buffer: OpBuffer): void {
    const l = this.layout;
    switch (this.shape.pattern) {
      case 'private':
        return this.access(buffer, l.privateBase, l.privateBytes, this.shape.writeFraction);
      case 'read-shared':
        return this.readShared(buffer);
      case 'migratory':
        return this.migratory(buffer);
      case 'mixed':
        this.flip = !this.flip;
        return this.flip ? this.readShared(buffer) : this.migratory(buffer);
    }
  }

  private readShared(buffer: OpBuffer): void {
    const l = this.layout;
    if (this.random.chance(this.shape.writeFraction)) return this.access(buffer, l.privateBase, l.privateBytes, 1);
    this.access(buffer, l.sharedBase, this.readSharedBytes(), 0);
  }

  /** With `mixed`, the first half of the shared region is read-shared and the second migratory. */
  private readSharedBytes(): number {
    const bytes = this.layout.sharedBytes;
    return this.shape.pattern === 'mixed' ? Math.max(PAGE_BYTES, Math.floor(bytes / 2 / PAGE_BYTES) * PAGE_BYTES) : bytes;
  }

  private migratory(buffer: OpBuffer): void {
    const l = this.layout;
    const s = this.shape;
    const base = s.pattern === 'mixed' ? l.sharedBase + this.readSharedBytes() : l.sharedBase;
    const regionBytes = s.pattern === 'mixed' ? l.sharedBytes - this.readSharedBytes() : l.sharedBytes;
    const chunkBytes = Math.max(PAGE_BYTES, Math.floor(regionBytes / s.workers / PAGE_BYTES) * PAGE_BYTES);
    const phase = Math.floor(this.referencesDone / s.phaseReferences);
    const chunk = (s.worker + phase) % s.workers;
    this.access(buffer, base + chunk * chunkBytes, chunkBytes, s.writeFraction);
  }

  private access(buffer: OpBuffer, base: number, bytes: number, writeFraction: number): void {
    const va = base + this.random.int(0, bytes >>> 2) * 4;
    if (writeFraction > 0 && this.random.chance(writeFraction)) buffer.push(OP_STORE, va, this.referencesDone);
    else buffer.push(OP_LOAD, va, 0);
  }
}
