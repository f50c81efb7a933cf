import fc from 'fast-check';
import { from, lastValueFrom, toArray } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { arbitraryEventRun } from '@disco/trace-schema/testing';
import type { BatchRow } from '@disco/trace-store';
import type { TraceEvent } from '@disco/trace-schema';
import { batchEvents } from './batch-events';
import { chainHash, GENESIS_HASH, type ChainedBatch } from './hash-chain';
import { recordBatches } from './record-batches';
import { BatchVerifier } from './verify-batches';

const event = (seq: number): TraceEvent => ({
  seq,
  tick: seq * 10,
  cpu: 0,
  node: 0,
  vm: -1,
  type: 'SyntheticWorkDone',
  data: { worker: 0, workUnits: seq, busyTicks: 10, value: seq * 7 },
});

async function chained(events: TraceEvent[], size: number): Promise<ChainedBatch[]> {
  return lastValueFrom(from(events).pipe(recordBatches(size), toArray()));
}

function rows(batches: ChainedBatch[]): BatchRow[] {
  return batches.map((b) => ({ ...b, bytes: Buffer.from(b.bytes), prevHash: Buffer.from(b.prevHash), hash: Buffer.from(b.hash) }));
}

describe('batchEvents', () => {
  it('groups by count and flushes the remainder on completion', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
      const e = [0, 1, 2, 3, 4].map(event);
      const source = cold('a-b-c-d-e|', { a: e[0], b: e[1], c: e[2], d: e[3], e: e[4] });
      expectObservable(source.pipe(batchEvents(2))).toBe('--x---y--(z|)', { x: [e[0], e[1]], y: [e[2], e[3]], z: [e[4]] });
    });
  });

  it('refuses a batch size below 1', () => {
    expect(() => batchEvents(0)).toThrow(/batch size/);
  });
});

describe('recordBatches', () => {
  it('chains hashes: each covers the previous hash and the batch bytes', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryEventRun(0, 60), fc.integer({ min: 1, max: 16 }), async (events, size) => {
        const batches = await chained(events, size);
        expect(batches.reduce((n, b) => n + b.eventCount, 0)).toBe(events.length);
        let prev = GENESIS_HASH;
        batches.forEach((b, i) => {
          expect(b.index).toBe(i);
          expect(Buffer.from(b.prevHash).equals(Buffer.from(prev))).toBe(true);
          expect(Buffer.from(b.hash).equals(Buffer.from(chainHash(prev, b.bytes)))).toBe(true);
          prev = b.hash;
        });
      }),
    );
  });

  it('gives a different final hash when any single event changes', async () => {
    const events = Array.from({ length: 40 }, (_, i) => event(i));
    const base = (await chained(events, 8)).at(-1)!.hash;
    for (const i of [0, 17, 39]) {
      const changed = events.map((e) => (e.seq === i ? { ...e, tick: e.tick + 1 } : e));
      expect(Buffer.from((await chained(changed, 8)).at(-1)!.hash).equals(Buffer.from(base))).toBe(false);
    }
  });
});

describe('BatchVerifier', () => {
  const events = Array.from({ length: 50 }, (_, i) => event(i));

  async function verify(stored: BatchRow[], regenerated: ChainedBatch[], requireEnd = true, allowShortLast = false) {
    const verifier = new BatchVerifier(stored[Symbol.iterator](), allowShortLast);
    for (const b of regenerated) if (!verifier.check(b)) break;
    return { verifier, divergence: verifier.finish(requireEnd) };
  }

  it('accepts identical streams', async () => {
    const batches = await chained(events, 8);
    const { verifier, divergence } = await verify(rows(batches), batches);
    expect(divergence).toBeNull();
    expect(verifier.events).toBe(50);
  });

  it('names the first differing event of a changed stream', async () => {
    const batches = await chained(events, 8);
    const changed = await chained(events.map((e) => (e.seq === 21 ? { ...e, tick: 1 } : e)), 8);
    const { divergence } = await verify(rows(changed), batches);
    expect(divergence).toMatchObject({ seq: 21, batchIndex: 2, reason: 'events differ' });
    expect(divergence!.expected!.tick).toBe(210);
    expect(divergence!.actual!.tick).toBe(1);
  });

  it('finds a stored stream that ends early or goes on too long', async () => {
    const batches = await chained(events, 8);
    expect((await verify(rows(batches.slice(0, 4)), batches)).divergence).toMatchObject({ seq: 32 });
    expect((await verify(rows(batches), batches.slice(0, 5))).divergence).toMatchObject({ seq: 40 });
  });

  it('verifies an incomplete run up to its last batch, including a short one', async () => {
    const batches = await chained(events, 8);
    const shortTail = await chained(events.slice(0, 35), 8);
    expect((await verify(rows(shortTail), batches, false, true)).divergence).toBeNull();
    expect((await verify(rows(shortTail), batches, true, false)).divergence).not.toBeNull();
  });

  it('finds a tampered stored hash alone, at its own batch, whichever batch it is', async () => {
    const batches = await chained(events, 8);
    for (let k = 0; k < batches.length; k++) {
      const stored = rows(batches);
      // Only the hash column: bytes and prev_hash stay intact, so nothing but batch k's own hash check can see it.
      stored[k] = { ...stored[k]!, hash: Buffer.alloc(32, 0xab) };
      const { divergence } = await verify(stored, batches);
      expect({ k, divergence }).toEqual({ k, divergence: expect.objectContaining({ batchIndex: k, reason: `batch ${k}: the stored hash chain is broken` }) });
    }
  });
});
