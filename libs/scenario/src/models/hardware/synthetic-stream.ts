import type { Prng } from '@disco/sim-kernel';
import { OP_COMPUTE, OP_IFETCH, OP_LOAD, OP_STORE, type OpBuffer, type OpSource } from '@disco/hardware';
import type { HardwarePattern } from './hardware-section';

/** Virtual layout of one CPU's synthetic program (byte addresses, word aligned). */
export interface StreamLayout {
  readonly cpu: number;
  readonly cpus: number;
  readonly codeBase: number;
  readonly codeBytes: number;
  readonly privateBase: number;
  readonly privateBytes: number;
  readonly sharedBase: number;
  readonly sharedBytes: number;
}

export interface StreamShape {
  readonly pattern: HardwarePattern;
  readonly writeFraction: number;
  readonly instructionsPerReference: number;
  readonly burstReferences: number;
}

/** Bytes of one migratory object: two 128-byte lines. ASSUMPTION: a small lock-protected record. */
const OBJECT_BYTES = 256;

/**
 * An endless synthetic reference stream: each step fetches the next
 * instructions, computes, and makes one data reference chosen by the pattern.
 * - private: random words of the CPU's own region.
 * - read-shared: loads of random shared words; stores go to private data.
 * - migratory: read-modify-write bursts on one shared object, then another.
 * - producer-consumer: store a burst into the CPU's slice of the shared
 *   region, then load the previous CPU's slice.
 */
export class SyntheticStream implements OpSource {
  private pc = 0;
  private burstLeft = 0;
  private cursor = 0;
  private consumeCursor = 0;
  private objectBase = 0;
  private producing = false;
  private storeNext = false;

  constructor(
    private readonly layout: StreamLayout,
    private readonly shape: StreamShape,
    private readonly random: Prng,
  ) {}

  fill(buffer: OpBuffer): void {
    const step = 4 * (this.shape.instructionsPerReference + 1);
    while (buffer.length + 3 <= buffer.capacity) {
      buffer.push(OP_IFETCH, this.layout.codeBase + this.pc);
      this.pc = (this.pc + step) % this.layout.codeBytes;
      if (this.shape.instructionsPerReference > 0) buffer.push(OP_COMPUTE, this.shape.instructionsPerReference);
      this.reference(buffer);
    }
  }

  private reference(buffer: OpBuffer): void {
    switch (this.shape.pattern) {
      case 'private':
        return this.randomAccess(buffer, this.layout.privateBase, this.layout.privateBytes, this.shape.writeFraction);
      case 'read-shared':
        if (this.random.chance(this.shape.writeFraction)) return this.push(buffer, OP_STORE, this.layout.privateBase, this.randomWord(this.layout.privateBytes));
        return this.push(buffer, OP_LOAD, this.layout.sharedBase, this.randomWord(this.layout.sharedBytes));
      case 'migratory':
        return this.migratory(buffer);
      case 'producer-consumer':
        return this.producerConsumer(buffer);
    }
  }

  private randomAccess(buffer: OpBuffer, base: number, bytes: number, writeFraction: number): void {
    const kind = this.random.chance(writeFraction) ? OP_STORE : OP_LOAD;
    this.push(buffer, kind, base, this.randomWord(bytes));
  }

  private migratory(buffer: OpBuffer): void {
    const objects = Math.max(1, Math.floor(this.layout.sharedBytes / OBJECT_BYTES));
    if (this.burstLeft === 0) {
      this.objectBase = this.random.int(0, objects) * OBJECT_BYTES;
      this.burstLeft = this.shape.burstReferences;
      this.cursor = 0;
    }
    this.burstLeft--;
    const offset = this.objectBase + (this.cursor % OBJECT_BYTES);
    if (this.storeNext) this.cursor += 4;
    this.push(buffer, this.storeNext ? OP_STORE : OP_LOAD, this.layout.sharedBase, offset);
    this.storeNext = !this.storeNext;
  }

  private producerConsumer(buffer: OpBuffer): void {
    const slice = Math.max(4, Math.floor(this.layout.sharedBytes / this.layout.cpus / 4) * 4);
    if (this.burstLeft === 0) {
      this.producing = !this.producing;
      this.burstLeft = this.shape.burstReferences;
    }
    this.burstLeft--;
    if (this.producing) {
      this.cursor = (this.cursor + 4) % slice;
      return this.push(buffer, OP_STORE, this.layout.sharedBase, this.layout.cpu * slice + this.cursor);
    }
    // The consumer follows the producer's cursor, one burst behind.
    const producer = (this.layout.cpu + this.layout.cpus - 1) % this.layout.cpus;
    this.consumeCursor = (this.consumeCursor + 4) % slice;
    this.push(buffer, OP_LOAD, this.layout.sharedBase, producer * slice + this.consumeCursor);
  }

  private randomWord(bytes: number): number {
    return this.random.int(0, bytes >>> 2) * 4;
  }

  private push(buffer: OpBuffer, kind: number, base: number, offset: number): void {
    buffer.push(kind, base + offset, kind === OP_STORE ? this.pc : 0);
  }
}
