import type { BatchRow } from '@disco/trace-store';
import { decodeBatch, encodeBatch } from '@disco/trace-schema/codec';
import type { TraceEvent } from '@disco/trace-schema';
import { chainHash, GENESIS_HASH, type ChainedBatch } from './hash-chain';

/** The first place where a re-executed run and its trace disagree. */
export interface Divergence {
  /** The first event that differs (the expected one's seq where there is one). */
  readonly seq: number;
  readonly tick: number | null;
  readonly batchIndex: number;
  readonly reason: string;
  /** The event the re-execution produced there, if any. */
  readonly expected: TraceEvent | null;
  /** The event the trace holds there, if any. */
  readonly actual: TraceEvent | null;
}

/**
 * Checks regenerated batches, one at a time, against the stored ones: the
 * stored chain must be intact and each stored batch must equal the
 * regenerated batch byte for byte. On the first difference it decodes both
 * sides to name the first differing event.
 */
export class BatchVerifier {
  private expectedPrevHash: Uint8Array = GENESIS_HASH;
  private verifiedBatches = 0;
  private verifiedEvents = 0;
  private divergence: Divergence | null = null;

  /**
   * @param stored the trace's batches in order
   * @param allowShortLast the run did not complete: its last batch may hold
   *   only a prefix of the regenerated one (flushed when it was interrupted)
   * @param onMatched called with each stored batch that matched, and the
   *   regenerated batch (or prefix) its bytes equal
   */
  constructor(
    private readonly stored: Iterator<BatchRow>,
    private readonly allowShortLast = false,
    private readonly onMatched?: (row: BatchRow, batch: ChainedBatch) => void,
  ) {}

  /** The trace's batches not consumed yet (those past the re-execution's end, after `finish`). */
  remaining(): Iterator<BatchRow> {
    return this.stored;
  }

  /** Releases the trace's batch cursor. */
  close(): void {
    this.stored.return?.();
  }

  get batches(): number {
    return this.verifiedBatches;
  }

  get events(): number {
    return this.verifiedEvents;
  }

  get result(): Divergence | null {
    return this.divergence;
  }

  /**
   * Verifies the next regenerated batch. Returns false when verification is
   * over: a divergence was found, or the trace has no more batches.
   */
  check(batch: ChainedBatch): boolean {
    if (this.divergence !== null) return false;
    const next = this.stored.next();
    if (next.done) {
      this.unmatched = batch;
      return false;
    }
    const row = next.value;
    const short = this.allowShortLast && row.eventCount < batch.eventCount && row.index === batch.index;
    const compared = short ? prefixOf(batch, row.eventCount) : batch;
    this.divergence = this.compare(compared, row);
    if (this.divergence !== null) return false;
    this.onMatched?.(row, compared);
    this.expectedPrevHash = row.hash;
    this.verifiedBatches++;
    this.verifiedEvents += row.eventCount;
    if (short) {
      // An interrupted run's flushed remainder: nothing may follow it.
      const after = this.stored.next();
      if (!after.done) {
        this.divergence = {
          seq: row.lastSeq + 1,
          tick: null,
          batchIndex: row.index,
          reason: `batch ${row.index} is short (${row.eventCount} events) yet batch ${after.value.index} follows it`,
          expected: batch.events[row.eventCount] ?? null,
          actual: firstEvent(after.value),
        };
      }
      return false;
    }
    return true;
  }

  /** The first regenerated batch past the trace's last one, if any. */
  private unmatched: ChainedBatch | null = null;

  /**
   * Ends verification. With `requireEnd` (the run completed), the trace must
   * end exactly where the re-execution does: a missing tail or a batch left
   * over is a divergence. Without it (an incomplete run), verification stops
   * at the trace's last committed batch.
   */
  finish(requireEnd: boolean): Divergence | null {
    if (this.divergence !== null || !requireEnd) return this.divergence;
    if (this.unmatched !== null) {
      const batch = this.unmatched;
      this.divergence = {
        seq: batch.firstSeq,
        tick: batch.firstTick,
        batchIndex: batch.index,
        reason: `the trace ends after batch ${batch.index - 1}, but the run goes on`,
        expected: batch.events[0] ?? null,
        actual: null,
      };
      return this.divergence;
    }
    const extra = this.stored.next();
    if (!extra.done) {
      const actual = firstEvent(extra.value);
      this.divergence = {
        seq: extra.value.firstSeq,
        tick: extra.value.firstTick,
        batchIndex: extra.value.index,
        reason: `the trace holds batch ${extra.value.index} after the re-executed run ended`,
        expected: null,
        actual,
      };
    }
    return this.divergence;
  }

  private compare(batch: ChainedBatch, row: BatchRow): Divergence | null {
    // The usual case, without hashing the stored bytes again: they equal the
    // regenerated ones and follow the same previous hash, so SHA-256 of them
    // is the regenerated batch's hash, which the stored one must then equal.
    if (
      row.index === batch.index &&
      bytesEqual(row.prevHash, this.expectedPrevHash) &&
      bytesEqual(row.prevHash, batch.prevHash) &&
      bytesEqual(row.bytes, batch.bytes) &&
      bytesEqual(row.hash, batch.hash)
    ) {
      return null;
    }
    if (!bytesEqual(row.prevHash, this.expectedPrevHash) || !bytesEqual(row.hash, chainHash(row.prevHash, row.bytes))) {
      const difference = this.firstDifference(batch, row);
      return difference ?? { ...atBatch(batch, row), reason: `batch ${row.index}: the stored hash chain is broken` };
    }
    if (row.index !== batch.index) {
      return { ...atBatch(batch, row), reason: `expected batch ${batch.index} (seq ${batch.firstSeq}..${batch.lastSeq}), the trace has batch ${row.index} there` };
    }
    if (bytesEqual(row.bytes, batch.bytes)) return null;
    return this.firstDifference(batch, row) ?? { ...atBatch(batch, row), reason: `batch ${row.index}: bytes differ, events decode equal` };
  }

  private firstDifference(batch: ChainedBatch, row: BatchRow): Divergence | null {
    let stored: readonly TraceEvent[];
    try {
      stored = decodeBatch(row.bytes).events;
    } catch (error) {
      return { ...atBatch(batch, row), reason: `stored batch ${row.index} does not decode: ${(error as Error).message}` };
    }
    const count = Math.max(stored.length, batch.events.length);
    for (let i = 0; i < count; i++) {
      const expected = batch.events[i] ?? null;
      const actual = stored[i] ?? null;
      if (expected !== null && actual !== null && JSON.stringify(expected) === JSON.stringify(actual)) continue;
      return {
        seq: (expected ?? actual)!.seq,
        tick: (expected ?? actual)!.tick,
        batchIndex: batch.index,
        reason: expected === null ? 'the trace has an extra event' : actual === null ? 'the trace lacks this event' : 'events differ',
        expected,
        actual,
      };
    }
    return null;
  }
}

function prefixOf(batch: ChainedBatch, eventCount: number): ChainedBatch {
  const events = batch.events.slice(0, eventCount);
  const bytes = encodeBatch(batch.index, events);
  const last = events[events.length - 1] as TraceEvent;
  return { ...batch, numbers: undefined, events, bytes, eventCount, lastSeq: last.seq, lastTick: last.tick, hash: chainHash(batch.prevHash, bytes) };
}

function atBatch(batch: ChainedBatch, row: BatchRow): Omit<Divergence, 'reason'> {
  return {
    seq: batch.firstSeq,
    tick: batch.firstTick,
    batchIndex: batch.index,
    expected: batch.events[0] ?? null,
    actual: firstEvent(row),
  };
}

function firstEvent(row: BatchRow): TraceEvent | null {
  try {
    return decodeBatch(row.bytes).events[0] ?? null;
  } catch {
    return null;
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
