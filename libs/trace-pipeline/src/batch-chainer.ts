import { encodeBatch } from '@disco/trace-schema/codec';
import type { TraceEvent } from '@disco/trace-schema';
import { chainHash, GENESIS_HASH, type ChainedBatch } from './hash-chain';
import { unpackBatch, type PackedBatch } from './packed-batch';
import { encodePacked } from './packed-encoder';

/**
 * What `recordBatches` does, for packed batches in a worker thread: unpacks
 * each, encodes it as a protobuf `Batch` and extends the hash chain, so the
 * bytes and hashes are those the same events give on the simulation's thread.
 * Batches must come in order, numbered from 0.
 */
export class BatchChainer {
  private prevHash: Uint8Array;
  private nextIndex = 0;

  constructor(genesis: Uint8Array = GENESIS_HASH) {
    this.prevHash = genesis;
  }

  chain(packed: PackedBatch): ChainedBatch {
    if (packed.index !== this.nextIndex) throw new RangeError(`expected packed batch ${this.nextIndex}, got ${packed.index}`);
    if (packed.eventCount < 1) throw new RangeError(`packed batch ${packed.index} holds no event`);
    const events = unpackBatch(packed);
    // Straight from the packed numbers (protobufjs for the events of kinds with strings or repeated fields): the same bytes, packed-encoder.ts.
    const bytes = encodePacked(packed.index, packed.numbers, packed.eventCount, events) ?? encodeBatch(packed.index, events);
    const first = events[0] as TraceEvent;
    const last = events[events.length - 1] as TraceEvent;
    const prevHash = this.prevHash;
    const hash = chainHash(prevHash, bytes);
    this.prevHash = hash;
    this.nextIndex++;
    return {
      index: packed.index,
      firstSeq: first.seq,
      lastSeq: last.seq,
      firstTick: first.tick,
      lastTick: last.tick,
      eventCount: events.length,
      bytes,
      prevHash,
      hash,
      events,
      numbers: packed.numbers,
    };
  }
}
