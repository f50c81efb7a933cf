import fc from 'fast-check';
import { concat, from, lastValueFrom, of, tap, throwError, toArray } from 'rxjs';
import { arbitraryEventRun } from '@disco/trace-schema/testing';
import { encodeBatch } from '@disco/trace-schema/codec';
import type { TraceEvent } from '@disco/trace-schema';
import { BatchChainer } from './batch-chainer';
import { Worker } from 'node:worker_threads';
import { BoundedBatchQueue } from './bounded-batch-queue';
import { BatchPacker, unpackBatch } from './packed-batch';
import { recordBatches } from './record-batches';
import { batchEvents } from './batch-events';
import { packBatches } from './pack-batches';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('BatchPacker and unpackBatch', () => {
  it('give back events equal to those packed, which encode to the same bytes', () => {
    fc.assert(
      fc.property(arbitraryEventRun(1, 40), (events) => {
        const packed = new BatchPacker().pack(3, events);
        const back = unpackBatch(packed);
        expect(back).toEqual(events);
        expect(hex(encodeBatch(3, back))).toBe(hex(encodeBatch(3, events)));
      }),
    );
  });

  it('reuses its scratch space: a smaller batch after a larger one carries nothing of it over', () => {
    const packer = new BatchPacker();
    fc.assert(
      fc.property(arbitraryEventRun(1, 30), arbitraryEventRun(1, 5), (big, small) => {
        packer.pack(0, big);
        const packed = packer.pack(1, small);
        expect(unpackBatch(packed)).toEqual(small);
      }),
    );
  });

  it('refuses a packed batch whose numbers do not add up to its events', () => {
    const event: TraceEvent = { seq: 0, tick: 1, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 2, busyTicks: 3, value: 4 } };
    const packed = new BatchPacker().pack(0, [event, event]);
    expect(() => unpackBatch({ ...packed, eventCount: 1 })).toThrow(/left over/);
    expect(() => unpackBatch({ ...packed, numbers: packed.numbers.map((v, i) => (i === 0 ? 9999 : v)) })).toThrow(/unknown kind id 9999/);
  });
});

describe('posting a packed batch to a worker', () => {
  // A transfer would detach the buffer on the simulation's thread, and one detach slows every typed-array access of
  // the simulator after it (V8's array-buffer-detaching protector): the numbers must be shared, not transferred.
  it('shares its numbers: nothing is detached on the sending side and the worker reads the same values', async () => {
    const event: TraceEvent = { seq: 0, tick: 1, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 2, busyTicks: 3, value: 4 } };
    const packed = new BatchPacker().pack(0, [event, { ...event, seq: 1, tick: 7 }]);
    expect(packed.numbers.buffer).toBeInstanceOf(SharedArrayBuffer);
    const worker = new Worker(
      "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage([...m.batch.numbers]));",
      { eval: true },
    );
    try {
      const received = new Promise<number[]>((resolve) => worker.once('message', resolve));
      new BoundedBatchQueue(worker, 2).push(packed);
      expect(packed.numbers.byteLength).toBeGreaterThan(0);
      expect(await received).toEqual([...packed.numbers]);
    } finally {
      await worker.terminate();
    }
  });
});

describe('BatchChainer', () => {
  it('gives the bytes and hashes that recordBatches gives on the same events', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryEventRun(1, 60), fc.integer({ min: 1, max: 16 }), async (events, size) => {
        const expected = await lastValueFrom(from(events).pipe(recordBatches(size), toArray()));
        const packer = new BatchPacker();
        const chainer = new BatchChainer();
        const actual = expected.map((_, i) => chainer.chain(packer.pack(i, events.slice(i * size, (i + 1) * size))));
        expect(actual.map((b) => [b.index, b.firstSeq, b.lastSeq, b.firstTick, b.lastTick, b.eventCount, hex(b.bytes), hex(b.prevHash), hex(b.hash)])).toEqual(
          expected.map((b) => [b.index, b.firstSeq, b.lastSeq, b.firstTick, b.lastTick, b.eventCount, hex(b.bytes), hex(b.prevHash), hex(b.hash)]),
        );
      }),
    );
  });

  it('refuses batches out of order', () => {
    const event: TraceEvent = { seq: 0, tick: 1, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 2, busyTicks: 3, value: 4 } };
    expect(() => new BatchChainer().chain(new BatchPacker().pack(1, [event]))).toThrow(/expected packed batch 0, got 1/);
  });
});

describe('packBatches', () => {
  it('packs each event as it comes into the batches batchEvents gives: by count, numbered from 0, the remainder last', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryEventRun(0, 60), fc.integer({ min: 1, max: 25 }), async (events, size) => {
        const batches = await lastValueFrom(from(events).pipe(packBatches(size), toArray()));
        const chunks = await lastValueFrom(from(events).pipe(batchEvents(size), toArray()));
        expect(batches.map((b) => b.index)).toEqual(chunks.map((_, i) => i));
        expect(batches.map((b) => unpackBatch(b))).toEqual(chunks);
      }),
    );
  });

  it('flushes nothing after an error, and ends with an event it cannot pack', async () => {
    const event: TraceEvent = { seq: 0, tick: 1, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 2, busyTicks: 3, value: 4 } };
    const failing = concat(of(event, { ...event, seq: 1 }, { ...event, seq: 2 }), throwError(() => new Error('the run failed')));
    const seen: number[] = [];
    await expect(lastValueFrom(failing.pipe(packBatches(2), tap((b) => seen.push(b.eventCount))))).rejects.toThrow('the run failed');
    expect(seen).toEqual([2]);
    const unknown = { ...event, type: 'NoSuchKind' } as unknown as TraceEvent;
    await expect(lastValueFrom(of(event, unknown).pipe(packBatches(4), toArray()))).rejects.toThrow(/unknown type NoSuchKind/);
  });
});
