import { CACHE_STATES, CACHE_TRANSITIONS, CPU_CACHE_EVENTS, cacheProtocolTable } from './cache-protocol';
import { DIRECTORY_TRANSITIONS, directoryProtocolTable } from './directory-protocol';
import { ProtocolError } from './protocol-table';
import { DEV_PUTM } from './directory-protocol';
import { newCoherenceSystem } from './testing';

describe('protocol tables', () => {
  it('the fast path treats exactly the table hit rows as hits', () => {
    // The rule in CacheController.read/write/fetch: present, and a store needs M.
    const fastPathHit = (state: string, event: string) => state !== 'I' && (event !== 'Store' || state === 'M');
    for (const state of CACHE_STATES) {
      for (const event of CPU_CACHE_EVENTS.filter((e) => e !== 'Evict')) {
        const row = CACHE_TRANSITIONS.find((t) => t.state === state && t.event === event);
        const tableHit = row !== undefined && row.actions.length === 0 && row.next === state;
        expect([state, event, tableHit]).toEqual([state, event, fastPathHit(state, event)]);
      }
    }
  });

  it('an unlisted pair throws a ProtocolError naming it', () => {
    const table = cacheProtocolTable();
    expect(() => table.row(table.stateIds.I, table.eventIds.Inv)).toThrow(ProtocolError);
    expect(() => table.row(table.stateIds.I, table.eventIds.Inv)).toThrow('(I, Inv)');
    const dir = directoryProtocolTable();
    expect(() => dir.row(dir.stateIds.U, dir.eventIds.PutM)).toThrow('(U, PutM)');
  });

  it('every row leads to a declared state and lists each pair once', () => {
    expect(() => cacheProtocolTable()).not.toThrow();
    expect(new Set(DIRECTORY_TRANSITIONS.map((t) => `${t.state}/${t.event}`)).size).toBe(DIRECTORY_TRANSITIONS.length);
  });

  it('the compiled directory throws the ProtocolError of an unlisted pair, naming where', () => {
    const { machine } = newCoherenceSystem();
    // An uncached line: (U, PutM) is not in the table.
    expect(() => machine.directory.request(DEV_PUTM, 5, 2)).toThrow(ProtocolError);
    expect(() => machine.directory.request(DEV_PUTM, 5, 2)).toThrow('directory: no transition for (U, PutM) at node 2, line 5');
  });
});
