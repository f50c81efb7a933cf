import { AssertionError } from '@disco/sim-kernel';
import type { ProtocolTable } from './protocol-table';

/**
 * What the compiled code of a controller calls: one method per action, named
 * like the action, and one `enter<State>` method per state (it writes the
 * state and asserts its invariant). Every method takes the two operands of a
 * transition (a cache: L2 slot and line; a directory: line and requester).
 */
export type ProtocolMethods<S extends string, A extends string> = Record<A, (x: number, y: number) => void> & Record<`enter${S}`, (x: number, y: number) => void>;

/**
 * A compiled table: runs the row of `key` = `state * events + event` on
 * `controller` (its actions, then its next state's entry), counting the use in
 * `uses` (the table's `rowUses`); an unlisted key throws the table's `ProtocolError`.
 */
export type Dispatch<C> = (controller: C, key: number, x: number, y: number, uses: Float64Array) => void;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Dispatchers by generated source: tables with the same rows (every machine
 * builds a fresh copy of the shipped tables) share one function, so a process
 * compiles and optimises the protocol once and the controllers' call site
 * sees one target. The source names the controller, its states and events,
 * so an unlisted key throws the same `ProtocolError` for every table of that
 * source; the row counts are an argument (`uses`, the table's own `rowUses`).
 */
const bySource = new Map<string, Dispatch<unknown>>();

/**
 * Specialised code for a protocol table, generated when the controller is
 * built from the table's rows, so the table stays the single source of the
 * protocol (a changed row changes the code that runs, and the property tests
 * exercise what the table says). The result is one function,
 * `<controller>_dispatch`, with one `case` per (state, event) key: a listed
 * row counts its use in `uses[row]`, calls the row's actions in order as
 * methods of the controller and then `enter<next>` (straight-line code with
 * no action loop and no dispatch on action ids); an unlisted key throws the
 * table's `ProtocolError`, with `detail` naming where. One function rather
 * than one per row: the controller's call site has a single target, which V8
 * calls directly instead of through the generic call of a function read from
 * an array.
 */
export function compileProtocol<C extends ProtocolMethods<S, A>, S extends string, E extends string, A extends string>(
  table: ProtocolTable<S, E, A>,
  prototype: C,
  detail: (controller: C, x: number, y: number) => string,
): Dispatch<C> {
  for (const name of [...table.actions, ...table.states.map((s) => `enter${s}`)]) {
    if (!IDENTIFIER.test(name)) throw new AssertionError(`${table.controller}: '${name}' is not a method name`);
    if (typeof (prototype as unknown as Record<string, unknown>)[name] !== 'function') {
      throw new AssertionError(`${table.controller}: no method ${name} for the compiled table`);
    }
  }
  const name = `${table.controller}_dispatch`;
  if (!IDENTIFIER.test(name)) throw new AssertionError(`${table.controller}: '${name}' is not a function name`);
  const events = table.events.length;
  const cases: string[] = [];
  for (let state = 0; state < table.states.length; state++) {
    for (let event = 0; event < events; event++) {
      const stateName = table.states[state] as S;
      const eventName = table.events[event] as E;
      if (!table.has(stateName, eventName)) continue;
      const row = table.transitions.findIndex((t) => t.state === stateName && t.event === eventName);
      const t = table.transitions[row];
      if (t === undefined) throw new AssertionError(`${table.controller}: no row for (${stateName}, ${eventName})`);
      const body = [`uses[${row}]++;`, ...t.actions.map((a) => `c.${a}(x, y);`), `c.enter${t.next}(x, y);`, 'return;'];
      cases.push(`    case ${state * events + event}: // (${stateName}, ${eventName}) -> ${t.next}\n      ${body.join('\n      ')}`);
    }
  }
  const header = `// ${table.controller}: states ${table.states.join(' ')}; events ${table.events.join(' ')}`;
  const source = `"use strict";\n${header}\nreturn function ${name}(c, key, x, y, uses) {\n  switch (key) {\n${cases.join('\n')}\n    default:\n      unlisted(key, x, y, c);\n  }\n};`;
  let dispatch = bySource.get(source);
  if (dispatch === undefined) {
    const unlisted = (key: number, x: number, y: number, c: C): never => table.unlisted(Math.floor(key / events), key % events, detail(c, x, y));
    // The source is built from the table's names, checked above to be identifiers.
    dispatch = (new Function('unlisted', source) as (u: typeof unlisted) => Dispatch<unknown>)(unlisted);
    bySource.set(source, dispatch);
  }
  return dispatch as Dispatch<C>;
}
