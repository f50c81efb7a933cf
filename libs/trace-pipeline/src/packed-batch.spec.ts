import fc from 'fast-check';
import { from, lastValueFrom, tap, toArray } from 'rxjs';
import { arbitraryEventRun } from '@disco/trace-schema/testing';
import { encodeBatch } from '@disco/trace-schema/codec';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { BatchChainer } from './batch-chainer';
import { encodesFromNumbers } from './packed-encoder';
import { Worker } from 'node:worker_threads';
import { BoundedBatchQueue } from './bounded-batch-queue';
import { BatchPacker, unpackBatch } from './packed-batch';
import { recordBatches } from './record-batches';
import { batchEvents } from './batch-events';
import type { TraceSink } from '@disco/sim-kernel';
import { simulationBatches, type Stepper } from './simulation-events';

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

  it('chainSparse gives the bytes, hashes and envelope of chain, with the events of the kinds asked for and of those encodePacked needs, and no other', () => {
    const kindIds = new Map(EVENT_KINDS.map((k) => [k.type, k.id]));
    fc.assert(
      fc.property(arbitraryEventRun(1, 60), fc.integer({ min: 1, max: 16 }), fc.subarray(EVENT_KINDS.map((k) => k.id)), (events, size, asked) => {
        const needs = (id: number) => asked.includes(id);
        const full = new BatchChainer();
        const sparse = new BatchChainer();
        const packer = new BatchPacker();
        for (let i = 0; i * size < events.length; i++) {
          const chunk = events.slice(i * size, (i + 1) * size);
          const a = full.chain(packer.pack(i, chunk));
          const b = sparse.chainSparse(packer.pack(i, chunk), needs);
          expect([b.index, b.firstSeq, b.lastSeq, b.firstTick, b.lastTick, b.eventCount, hex(b.bytes), hex(b.prevHash), hex(b.hash)]).toEqual([
            a.index, a.firstSeq, a.lastSeq, a.firstTick, a.lastTick, a.eventCount, hex(a.bytes), hex(a.prevHash), hex(a.hash),
          ]);
          expect([...b.numbers]).toEqual([...(a.numbers as Float64Array)]);
          b.events.forEach((e, j) => {
            const id = kindIds.get(chunk[j]!.type)!;
            if (needs(id) || !encodesFromNumbers(id)) expect(e).toEqual(chunk[j]);
            else expect(e).toBeUndefined();
          });
        }
      }),
    );
  });

  it('refuses batches out of order', () => {
    const event: TraceEvent = { seq: 0, tick: 1, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 2, busyTicks: 3, value: 4 } };
    expect(() => new BatchChainer().chain(new BatchPacker().pack(1, [event]))).toThrow(/expected packed batch 0, got 1/);
  });
});

/** A run that emits `events` while it is built (the first `early`), then `perStep` a slice, then fails with `failure` if given. */
function scripted(events: readonly TraceEvent[], early: number, perStep: number, failure?: Error): (sink: TraceSink) => Stepper {
  return (sink) => {
    let next = 0;
    for (; next < Math.min(early, events.length); next++) sink.emit(events[next] as TraceEvent);
    return {
      step: () => {
        for (let k = 0; k < perStep && next < events.length; k++) sink.emit(events[next++] as TraceEvent);
        if (next < events.length) return false;
        if (failure !== undefined) throw failure;
        return true;
      },
    };
  };
}

describe('simulationBatches', () => {
  it('packs each event as the run emits it into the batches batchEvents gives: by count, numbered from 0, the remainder last', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryEventRun(0, 60), fc.integer({ min: 1, max: 25 }), fc.nat(10), fc.integer({ min: 1, max: 9 }), async (events, size, early, perStep) => {
        const batches = await lastValueFrom(simulationBatches(scripted(events, early, perStep), size).pipe(toArray()));
        const chunks = await lastValueFrom(from(events).pipe(batchEvents(size), toArray()));
        expect(batches.map((b) => b.index)).toEqual(chunks.map((_, i) => i));
        expect(batches.map((b) => unpackBatch(b))).toEqual(chunks);
      }),
    );
  });

  it('flushes nothing after an error, and ends with an event it cannot pack', async () => {
    const event: TraceEvent = { seq: 0, tick: 1, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 1, workUnits: 2, busyTicks: 3, value: 4 } };
    const three = [event, { ...event, seq: 1 }, { ...event, seq: 2 }];
    const seen: number[] = [];
    const failing = simulationBatches(scripted(three, 0, 1, new Error('the run failed')), 2).pipe(tap((b) => seen.push(b.eventCount)));
    await expect(lastValueFrom(failing)).rejects.toThrow('the run failed');
    expect(seen).toEqual([2]);
    const unknown = { ...event, seq: 1, type: 'NoSuchKind' } as unknown as TraceEvent;
    await expect(lastValueFrom(simulationBatches(scripted([event, unknown], 0, 1), 4).pipe(toArray()))).rejects.toThrow(/unknown type NoSuchKind/);
    await expect(lastValueFrom(simulationBatches(scripted([event, unknown], 2, 1), 4).pipe(toArray()))).rejects.toThrow(/unknown type NoSuchKind/);
  });

  it('refuses a batch size below 1', () => {
    expect(() => simulationBatches(scripted([], 0, 1), 0)).toThrow(/batch size/);
  });
});

