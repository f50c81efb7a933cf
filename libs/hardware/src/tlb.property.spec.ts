import fc from 'fast-check';
import { Prng } from '@disco/sim-kernel';
import { Tlb } from './tlb';
import {
  commandsConstraints,
  propertyParameters,
  TlbFlushCommand,
  TlbLookupCommand,
  TlbModel,
  TlbProbeCommand,
  TlbWriteIndexedCommand,
  TlbWriteRandomCommand,
  tlbAddressArbitrary,
  tlbEntryArbitrary,
} from './testing';

const ENTRIES = 8;
const WIRED = 2;

describe('TLB against the architectural model', () => {
  it('hits exactly when a matching entry for the ASID exists; writes, refills and flushes follow the spec', () => {
    const asid = fc.integer({ min: 0, max: 2 });
    const commands = [
      fc.tuple(tlbAddressArbitrary(), asid, fc.boolean()).map(([va, a, w]) => new TlbLookupCommand(va, a, w)),
      fc.tuple(fc.integer({ min: 0, max: 6 }), asid).map(([v, a]) => new TlbProbeCommand(v, a)),
      fc.tuple(fc.integer({ min: 0, max: ENTRIES - 1 }), tlbEntryArbitrary()).map(([i, e]) => new TlbWriteIndexedCommand(i, e)),
      tlbEntryArbitrary().map((e) => new TlbWriteRandomCommand(e)),
      fc.boolean().map((keep) => new TlbFlushCommand(keep)),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.commands(commands, commandsConstraints()), (seed, cmds) => {
        const real = new Tlb(ENTRIES, WIRED, Prng.fromSeed(seed).stream('tlb'));
        fc.modelRun(() => ({ model: new TlbModel(ENTRIES, WIRED), real }), cmds);
      }),
      propertyParameters(300),
    );
  });
});
