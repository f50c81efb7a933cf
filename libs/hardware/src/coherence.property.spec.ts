import fc from 'fast-check';
import { coherenceCommands, commandsConstraints, FlatMemoryModel, newCoherenceSystem, propertyParameters, testAddresses, type CoherenceSystem } from './testing';
import type { MachineOptions } from './machine';
import { CACHE_ACTIONS, CACHE_EVENTS, CACHE_STATES, CACHE_TRANSITIONS, cacheProtocolTable, MSI_CACHE_TRANSITIONS } from './cache-protocol';
import { DIRECTORY_ACTIONS, DIRECTORY_EVENTS, DIRECTORY_STATES, DIRECTORY_TRANSITIONS } from './directory-protocol';
import { ProtocolTable, type Transition } from './protocol-table';

/** The rows with (state, event) lose action `drop`: a one-row mutation of a shipped table. */
function without<S extends string, E extends string, A extends string>(rows: readonly Transition<S, E, A>[], state: S, event: E, drop: A): Transition<S, E, A>[] {
  const mutated = rows.map((t) => (t.state === state && t.event === event ? { ...t, actions: t.actions.filter((a) => a !== drop) } : t));
  expect(mutated.filter((t, i) => t.actions.length !== rows[i]?.actions.length)).toHaveLength(1);
  return mutated;
}

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

  it('keeps the same properties under MSI (cleanExclusive off), reaching every MSI row', () => {
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    fc.assert(coherenceProperty({ cacheTable: cacheProtocolTable(false) }, used), propertyParameters(200));
    const missRows = MSI_CACHE_TRANSITIONS.filter((t) => t.actions.length > 0 || t.next !== t.state).map((t) => `(${t.state}, ${t.event})`);
    expect(missRows.filter((r) => !used.cache.has(r))).toEqual([]);
    // MSI never sends Read or PutE, and never leaves a cache in E.
    expect([...used.directory].filter((r) => r.endsWith(', Read)') || r.endsWith(', PutE)'))).toEqual([]);
    expect([...used.cache].filter((r) => r.startsWith('(E,'))).toEqual([]);
  });

  it('canary: a cache table row that evicts a clean exclusive line without telling the home (E, Evict) is caught', () => {
    const rows = without(CACHE_TRANSITIONS, 'E', 'Evict', 'sendExclusiveHint');
    const cacheTable = new ProtocolTable('cache', CACHE_STATES, CACHE_EVENTS, CACHE_ACTIONS, rows);
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    expect(() => fc.assert(coherenceProperty({ cacheTable }, used), propertyParameters(300))).toThrow(/Property failed/);
  });

  it('canary: a protocol that skips one invalidation is caught', () => {
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    // A sharer left valid beside a new writer: caught by single-writer/multiple-reader or directory agreement.
    expect(() => fc.assert(coherenceProperty({ faults: { skipOneInvalidation: true } }, used), propertyParameters(300))).toThrow(
      /^failed with AssertionError: line \d+: (\d+ writers|a writer and readers at once|directory U but cached|directory sharers vs caches: expected \d+, got \d+)$/m,
    );
  });

  // The controllers run code compiled from the tables when they are built: a changed row changes what runs.
  it('canary: a directory table row that forgets to invalidate sharers on (S, GetM) is caught', () => {
    const rows = without(DIRECTORY_TRANSITIONS, 'S', 'GetM', 'invalidateOtherSharers');
    const directoryTable = new ProtocolTable('directory', DIRECTORY_STATES, DIRECTORY_EVENTS, DIRECTORY_ACTIONS, rows);
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    expect(() => fc.assert(coherenceProperty({ directoryTable }, used), propertyParameters(300))).toThrow(/Property failed/);
  });

  it('canary: a cache table row that keeps the L1D writable on (M, FwdGetS) is caught', () => {
    const rows = without(CACHE_TRANSITIONS, 'M', 'FwdGetS', 'downgradeL1');
    const cacheTable = new ProtocolTable('cache', CACHE_STATES, CACHE_EVENTS, CACHE_ACTIONS, rows);
    const used = { cache: new Set<string>(), directory: new Set<string>() };
    expect(() => fc.assert(coherenceProperty({ cacheTable }, used), propertyParameters(300))).toThrow(/Property failed/);
  });
});
