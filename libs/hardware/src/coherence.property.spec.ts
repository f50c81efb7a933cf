import fc from 'fast-check';
import { coherenceCommands, commandsConstraints, FlatMemoryModel, newCoherenceSystem, propertyParameters, testAddresses, type CoherenceSystem } from './testing';
import type { MachineOptions } from './machine';

function coherenceProperty(options: MachineOptions, usedRows: { cache: Set<string>; directory: Set<string> }) {
  const probe = newCoherenceSystem(options).machine;
  const commands = coherenceCommands(probe.nodes, testAddresses(probe), probe.config.l2LineBytes);
  return fc.property(fc.commands(commands, commandsConstraints()), (cmds) => {
    const real: CoherenceSystem = newCoherenceSystem(options);
    try {
      fc.modelRun(() => ({ model: new FlatMemoryModel(), real }), cmds);
    } finally {
      collectRows(real, usedRows);
    }
  });
}

function collectRows(real: CoherenceSystem, used: { cache: Set<string>; directory: Set<string> }): void {
  const m = real.machine;
  m.cacheTable.transitions.forEach((t, i) => (m.cacheTable.rowUses[i] ? used.cache.add(`(${t.state}, ${t.event})`) : undefined));
  m.directory.table.transitions.forEach((t, i) => (m.directory.table.rowUses[i] ? used.directory.add(`(${t.state}, ${t.event})`) : undefined));
}

describe('coherence against a flat memory model', () => {
  it('keeps SWMR, data values, directory agreement, inclusion and miss counts, and reaches every table row', () => {
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    fc.assert(coherenceProperty({}, used), propertyParameters(300));
    const machine = newCoherenceSystem().machine;
    const all = (rows: readonly { state: string; event: string }[]) => rows.map((t) => `(${t.state}, ${t.event})`);
    // Hit rows (no actions, same state) run on the fast path, not through the table; cache-protocol.spec checks that rule.
    const missRows = machine.cacheTable.transitions.filter((t) => t.actions.length > 0 || t.next !== t.state);
    expect(all(missRows).filter((r) => !used.cache.has(r))).toEqual([]);
    expect(all(machine.directory.table.transitions).filter((r) => !used.directory.has(r))).toEqual([]);
  });

  it('canary: a protocol that skips one invalidation is caught', () => {
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    // A sharer left valid beside a new writer: caught by single-writer/multiple-reader or directory agreement.
    expect(() => fc.assert(coherenceProperty({ faults: { skipOneInvalidation: true } }, used), propertyParameters(300))).toThrow(
      /^failed with AssertionError: line \d+: (\d+ writers|a writer and readers at once|directory U but cached|directory sharers vs caches: expected \d+, got \d+)$/m,
    );
  });
});
