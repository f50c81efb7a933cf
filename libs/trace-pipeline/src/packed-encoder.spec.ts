import fc from 'fast-check';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { encodeBatch } from '@disco/trace-schema/codec';
import { arbitraryEventRun } from '@disco/trace-schema/testing';
import { BatchPacker } from './packed-batch';
import { encodePacked, packedEncodedKinds } from './packed-encoder';

describe('encodePacked: protobuf bytes straight from packed numbers', () => {
  it('encodes the bulk kinds of a detailed trace itself', () => {
    expect(packedEncodedKinds()).toEqual(expect.arrayContaining(['CacheMissed', 'TlbMissed', 'CounterSample', 'KernelServiceCompleted']));
  });

  it('writes exactly the bytes encodeBatch writes for the same events; without the events, null for a batch with a kind it leaves to protobufjs', () => {
    const encoded = new Set(packedEncodedKinds());
    fc.assert(
      fc.property(fc.nat(100_000), arbitraryEventRun(0, 30), fc.nat(1_000_000), (index, events, firstSeq) => {
        const run = events.map((e, i) => ({ ...e, seq: firstSeq + i }));
        const packed = new BatchPacker().pack(index, run);
        const bytes = encodePacked(index, packed.numbers, packed.eventCount, run);
        expect(bytes).not.toBeNull();
        expect(Buffer.from(bytes!).equals(Buffer.from(encodeBatch(index, run)))).toBe(true);
        const alone = encodePacked(index, packed.numbers, packed.eventCount);
        if (run.every((e) => encoded.has(e.type))) expect(Buffer.from(alone!).equals(Buffer.from(bytes!))).toBe(true);
        else expect(alone).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('writes a payload and an event longer than 127 bytes (a two-byte length) as encodeBatch does', () => {
    const encoded = new Set(packedEncodedKinds());
    const widest = EVENT_KINDS.filter((k) => encoded.has(k.type)).sort((a, b) => b.fields.length - a.fields.length)[0]!;
    const large: Record<string, string | number | boolean> = { uint64: 2 ** 52 + 1, uint32: 2 ** 32 - 1, sint32: -(2 ** 31), enum: 1, bool: true };
    const data = Object.fromEntries(widest.fields.map((f) => [f.name, large[f.protoType]]));
    const event = { seq: 2 ** 52, tick: 2 ** 52 + 3, cpu: -(2 ** 31), node: 2 ** 31 - 1, vm: -1, type: widest.type, data } as unknown as TraceEvent;
    const packed = new BatchPacker().pack(3, [event, event]);
    const bytes = encodePacked(3, packed.numbers, packed.eventCount)!;
    const reference = encodeBatch(3, [event, event]);
    expect(reference.length).toBeGreaterThan(2 * 130);
    expect(Buffer.from(bytes).equals(Buffer.from(reference))).toBe(true);
  });
});

