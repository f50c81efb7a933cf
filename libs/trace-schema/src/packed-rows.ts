import { EVENT_KINDS, type EventKindDescriptor } from './generated/event-types';
import { PACKED_KINDS, type PackedKind } from './generated/event-packing';
import { ROW_VALUES, type RowValuesWriter, type SqlValue } from './generated/row-values';

/** Slots of the envelope in a packed event (PackedBatch.numbers): kind id, seq, tick, cpu, node, vm. */
export const PACKED_ENVELOPE_SLOTS = 6;

/** A kind's packer and unpacker (PACKED_KINDS by descriptor). */
export function packedKindOf(kind: EventKindDescriptor): PackedKind<unknown> {
  return (PACKED_KINDS as unknown as Record<string, PackedKind<unknown>>)[kind.type] as PackedKind<unknown>;
}

/**
 * The kinds whose typed row is what their packed numbers say, in order:
 * from the packed event's seq on (slots 1 to 5 are seq, tick, cpu, node and
 * vm, the typed row's first five columns), one number per column. They have
 * no string or repeated field, and ROW_VALUES writes back exactly the numbers
 * a probe unpacks from (a bool is 1 or 0 in both). Found when the module
 * loads, so a generator change that breaks the identity only sends a kind
 * back through its event object. The recorder writes, and replay checks,
 * those rows straight from a batch's packed numbers.
 */
export const ROW_IS_PACKED: ReadonlySet<string> = new Set(
  EVENT_KINDS.filter((kind) => {
    const packed = packedKindOf(kind);
    if (packed.extras !== 0 || packed.numbers !== kind.fields.length) return false;
    const write = ROW_VALUES[kind.type] as RowValuesWriter<unknown>;
    const probes = [kind.fields.map((f, i) => (f.protoType === 'bool' ? 1 : 2 ** 40 + 3 * i + 2)), kind.fields.map(() => 0)];
    return probes.every((probe) => {
      const numbers = Float64Array.from(probe);
      const out = new Array<SqlValue>(probe.length).fill(null);
      write(packedKindOf(kind).unpack(numbers, 0, [], 0), out, 0);
      return out.every((v, i) => v === probe[i]);
    });
  }).map((kind) => kind.type),
);

/** Where a packed CacheMissed holds what a page-miss tally adds up, after the envelope (valid when its row is packed). */
export const CACHE_MISSED_SLOTS = (() => {
  const fields = (EVENT_KINDS.find((k) => k.type === 'CacheMissed') as EventKindDescriptor).fields;
  const slot = (name: string): number => {
    const i = fields.findIndex((f) => f.name === name);
    if (i < 0) throw new Error(`CacheMissed has no field ${name}`);
    return i;
  };
  return { machineAddress: slot('machineAddress'), homeNode: slot('homeNode'), latencyTicks: slot('latencyTicks') };
})();
