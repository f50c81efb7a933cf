import fc from 'fast-check';
import { decodeBatch, encodeBatch, encodeBatchReference, encodeEvent } from './codec';
import { EVENT_KINDS } from './generated/event-types';
import { disco } from './generated/events';
import { arbitraryEventRun } from './testing';

describe('batch codec', () => {
  it('round-trips every kind of event', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(10_000), arbitraryEventRun(0, 40), (index, firstSeq, events) => {
        const shifted = events.map((e, i) => ({ ...e, seq: firstSeq + i }));
        const decoded = decodeBatch(encodeBatch(index, shifted));
        expect(decoded.index).toBe(index);
        expect(decoded.firstSeq).toBe(firstSeq);
        expect(decoded.events).toEqual(shifted);
      }),
    );
  });

  it('writes exactly the bytes of the generated Batch.encode', () => {
    fc.assert(
      fc.property(fc.nat(100_000), arbitraryEventRun(0, 30), fc.nat(1_000_000), (index, events, firstSeq) => {
        const shifted = events.map((e, i) => ({ ...e, seq: firstSeq + i }));
        expect(Buffer.from(encodeBatch(index, shifted)).equals(Buffer.from(encodeBatchReference(index, shifted)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes what the generated Event.decode reads, field by field', () => {
    fc.assert(
      fc.property(arbitraryEventRun(5, 1), ([event]) => {
        const message = disco.trace.v1.Event.decode(encodeEvent(event!));
        expect(message.seq).toBe(event!.seq);
        expect(message.tick).toBe(event!.tick);
        expect(message.cpu).toBe(event!.cpu);
        expect(message.payload).toBe(EVENT_KINDS.find((k) => k.type === event!.type)!.property);
      }),
    );
  });

  it('changes the bytes when any event changes', () => {
    const events = [
      { seq: 0, tick: 10, cpu: 0, node: 0, vm: -1, type: 'RunFinished', data: { reason: 'x', simTicks: 5 } },
    ] as const;
    const a = encodeBatch(0, events);
    const b = encodeBatch(0, [{ ...events[0], data: { reason: 'x', simTicks: 6 } }]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('rejects bytes that are not a batch', () => {
    expect(() => decodeBatch(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff]))).toThrow();
  });
});
