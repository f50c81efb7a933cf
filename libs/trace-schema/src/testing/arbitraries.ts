import fc from 'fast-check';
import { EVENT_KINDS, type FieldDescriptor } from '../generated/event-types';
import type { TraceEvent } from '../trace-event';

const U32 = 0xffff_ffff;

function fieldArbitrary(field: FieldDescriptor): fc.Arbitrary<unknown> {
  const scalar: fc.Arbitrary<unknown> = ((): fc.Arbitrary<unknown> => {
    switch (field.protoType) {
      case 'string':
        return fc.string({ maxLength: 12 });
      case 'bool':
        return fc.boolean();
      case 'double':
      case 'float':
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (field.protoType === 'float' ? Math.fround(x) : x));
      case 'int32':
      case 'sint32':
      case 'sfixed32':
        return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
      case 'enum':
        return fc.nat(3);
      case 'uint32':
      case 'fixed32':
        return fc.nat(U32);
      default:
        return fc.nat(Number.MAX_SAFE_INTEGER);
    }
  })();
  return field.repeated ? fc.array(scalar as fc.Arbitrary<number>, { maxLength: 4 }) : scalar;
}

/** Any event of any kind, with arbitrary field values. */
export function arbitraryEvent(seq = 0): fc.Arbitrary<TraceEvent> {
  return fc.oneof(
    ...EVENT_KINDS.map((kind) =>
      fc.record({
        tick: fc.nat(Number.MAX_SAFE_INTEGER),
        cpu: fc.integer({ min: -1, max: 63 }),
        node: fc.integer({ min: -1, max: 63 }),
        vm: fc.integer({ min: -1, max: 63 }),
        data: fc.record(Object.fromEntries(kind.fields.map((f) => [f.name, fieldArbitrary(f)]))),
      }).map((e) => ({ seq, ...e, type: kind.type }) as unknown as TraceEvent),
    ),
  );
}

/** A run's worth of events with consecutive seqs from `firstSeq`. */
export function arbitraryEventRun(firstSeq = 0, maxLength = 50): fc.Arbitrary<TraceEvent[]> {
  return fc.array(arbitraryEvent(), { minLength: 1, maxLength }).map((events) => events.map((e, i) => ({ ...e, seq: firstSeq + i })));
}
