import { encodeBatch } from '@disco/trace-schema/codec';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import type { StoredBatch } from '@disco/trace-store';
import { chainHash, GENESIS_HASH, type ChainedBatch } from './hash-chain';
import { unpackBatch, unpackSome, type PackedBatch } from './packed-batch';
import { encodePacked, encodesFromNumbers } from './packed-encoder';

/** A chained batch whose events are unpacked only for some kinds (`BatchChainer.chainSparse`); `numbers` holds them all. */
export interface SparseChainedBatch extends StoredBatch {
  /** One slot per event: the event where its kind was kept or `encodePacked` needs it, else undefined. */
  readonly events: readonly (TraceEvent | undefined)[];
  readonly numbers: Float64Array;
}

/** A mask by kind id: 1 where `keep` accepts the kind. */
function kindMask(keep: (kindId: number) => boolean): Uint8Array {
  const mask = new Uint8Array(Math.max(...EVENT_KINDS.map((k) => k.id)) + 1);
  for (const kind of EVENT_KINDS) mask[kind.id] = keep(kind.id) ? 1 : 0;
  return mask;
}

const ALL_KINDS = kindMask(() => true);

/**
 * What `recordBatches` does, for packed batches in a worker thread: unpacks
 * each, encodes it as a protobuf `Batch` and extends the hash chain, so the
 * bytes and hashes are those the same events give on the simulation's thread.
 * Batches must come in order, numbered from 0.
 */
export class BatchChainer {
  private prevHash: Uint8Array;
  private nextIndex = 0;
  /** The masks of `chainSparse`, by the predicate they were built from. */
  private readonly keeps = new Map<(kindId: number) => boolean, Uint8Array>();

  constructor(genesis: Uint8Array = GENESIS_HASH) {
    this.prevHash = genesis;
  }

  chain(packed: PackedBatch): ChainedBatch {
    // Every kind kept: every slot holds its event.
    return this.chainKeeping(packed, ALL_KINDS) as ChainedBatch;
  }

  /**
   * `chain`, with only the events that the caller needs unpacked: those of
   * the kinds `needs` accepts (by kind id) and those `encodePacked` cannot
   * encode from the numbers. The bytes, hashes and envelope fields are the
   * same as `chain` gives. The recorder's writer thread reads nearly every
   * kind from the numbers, and unpacking a detailed batch took about a tenth
   * of its time (disco-numa-synthetic detailed, 661,700 events).
   */
  chainSparse(packed: PackedBatch, needs: (kindId: number) => boolean): SparseChainedBatch {
    let keep = this.keeps.get(needs);
    if (keep === undefined) {
      keep = kindMask((id) => needs(id) || !encodesFromNumbers(id));
      this.keeps.set(needs, keep);
    }
    return this.chainKeeping(packed, keep);
  }

  /** Unpacks the events of the kinds `keep` marks, encodes the batch and extends the chain; the envelope comes from the numbers. */
  private chainKeeping(packed: PackedBatch, keep: Uint8Array): SparseChainedBatch {
    this.expect(packed);
    const { events, lastOffset } = unpackSome(packed, keep);
    const numbers = packed.numbers;
    // Straight from the packed numbers (protobufjs for the events of kinds with strings or repeated fields, which
    // are always unpacked): the same bytes, packed-encoder.ts; only a malformed batch falls back to protobufjs whole.
    const bytes = encodePacked(packed.index, numbers, packed.eventCount, events) ?? encodeBatch(packed.index, unpackBatch(packed));
    const prevHash = this.prevHash;
    const hash = chainHash(prevHash, bytes);
    this.prevHash = hash;
    this.nextIndex++;
    return {
      index: packed.index,
      firstSeq: numbers[1] as number,
      lastSeq: numbers[lastOffset + 1] as number,
      firstTick: numbers[2] as number,
      lastTick: numbers[lastOffset + 2] as number,
      eventCount: events.length,
      bytes,
      prevHash,
      hash,
      events,
      numbers,
    };
  }

  private expect(packed: PackedBatch): void {
    if (packed.index !== this.nextIndex) throw new RangeError(`expected packed batch ${this.nextIndex}, got ${packed.index}`);
    if (packed.eventCount < 1) throw new RangeError(`packed batch ${packed.index} holds no event`);
  }
}
