import fc from 'fast-check';
import { KSEG0_BASE } from './address-space';
import { DIR_M, DIR_S, DIR_U } from './directory-protocol';
import { coherenceCommands, commandsConstraints, FlatMemoryModel, newCoherenceSystem, propertyParameters, testAddresses } from './testing';

// The directory packs two entries into a 32-bit word up to 8 nodes, one up to 24
// and uses two words above; the coherence property tests run 4 nodes, so these
// check every layout at its widest and narrowest, where the top sharer bit meets
// the state and owner, and where two lines share a word.

/** The sharer set of nodes `nodes`, as a signed 32-bit value (node 31 is the sign bit). */
const maskOf = (nodes: readonly number[]): number => nodes.reduce((m, n) => m + 2 ** n, 0) | 0;

describe.each([24, 25, 32])('directory entries at %i nodes', (nodes) => {
  it('keep every sharer, the owner and the state apart', () => {
    const { machine } = newCoherenceSystem({}, { nodes });
    const dir = machine.directory;
    const address = machine.firstPageOf(1) * 4096;
    const line = address / machine.config.l2LineBytes;
    const all = Array.from({ length: nodes }, (_, n) => n);
    const last = nodes - 1;
    // The next line (sharing the word in the narrowest layout) owned by the last node throughout.
    machine.cpus[last]!.store(KSEG0_BASE + address + machine.config.l2LineBytes, 3);
    for (const cpu of machine.cpus) cpu.load(KSEG0_BASE + address);
    expect([dir.stateOf(line), dir.ownerOf(line), dir.sharersOf(line)]).toEqual([DIR_S, -1, maskOf(all)]);
    machine.cpus[last]!.store(KSEG0_BASE + address, 7);
    expect([dir.stateOf(line), dir.ownerOf(line), dir.sharersOf(line)]).toEqual([DIR_M, last, 0]);
    machine.cpus[0]!.load(KSEG0_BASE + address);
    expect([dir.stateOf(line), dir.ownerOf(line), dir.sharersOf(line)]).toEqual([DIR_S, -1, maskOf([0, last])]);
    machine.cpus[0]!.flushLine(address);
    machine.cpus[last]!.flushLine(address);
    expect([dir.stateOf(line), dir.ownerOf(line), dir.sharersOf(line)]).toEqual([DIR_U, -1, 0]);
    expect([dir.stateOf(line + 1), dir.ownerOf(line + 1), dir.sharersOf(line + 1)]).toEqual([DIR_M, last, 0]);
    expect([dir.stateOf(line - 1), dir.ownerOf(line - 1), dir.sharersOf(line - 1)]).toEqual([DIR_U, -1, 0]);
  });

  it('agree with the caches under random loads, stores, evictions and DMA', () => {
    const probe = newCoherenceSystem({}, { nodes }).machine;
    const commands = coherenceCommands(nodes, testAddresses(probe), probe.config.l2LineBytes);
    fc.assert(
      fc.property(fc.commands(commands, commandsConstraints()), (cmds) => {
        fc.modelRun(() => ({ model: new FlatMemoryModel(), real: newCoherenceSystem({}, { nodes }) }), cmds);
      }),
      propertyParameters(40),
    );
  });
});
