import { AssertionError } from '@disco/sim-kernel';
import type { ProtocolTable } from './protocol-table';

/**
 * What the compiled code of a controller calls: one method per action, named
 * like the action, and one `enter<State>` method per state (it writes the
 * state and asserts its invariant). Every method takes the two operands of a
 * transition (a cache: L2 slot and line; a directory: line and requester).
 */
export type ProtocolMethods<S extends string, A extends string> = Record<A, (x: number, y: number) => void> & Record<`enter${S}`, (x: number, y: number) => void>;

/** One compiled row: runs the row's actions on `controller`, then enters its next state. */
export type RowFunction<C> = (controller: C, x: number, y: number) => void;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Specialised code for a protocol table, generated when the controller is
 * built from the table's rows, so the table stays the single source of the
 * protocol (a changed row changes the code that runs, and the property tests
 * exercise what the table says). Each listed (state, event) becomes one
 * function, `<controller>_<state>_<event>`, that counts the row's use in
 * `table.rowUses`, calls the row's actions in order as methods of the
 * controller and then `enter<next>`: straight-line code with no action loop
 * and no dispatch on action ids, which V8 inlines. The result is indexed by
 * `state * events + event`; an unlisted pair's function throws the table's
 * `ProtocolError`, with `detail` naming where.
 */
export function compileProtocol<C extends ProtocolMethods<S, A>, S extends string, E extends string, A extends string>(
  table: ProtocolTable<S, E, A>,
  prototype: C,
  detail: (controller: C, x: number, y: number) => string,
): RowFunction<C>[] {
  for (const name of [...table.actions, ...table.states.map((s) => `enter${s}`)]) {
    if (!IDENTIFIER.test(name)) throw new AssertionError(`${table.controller}: '${name}' is not a method name`);
    if (typeof (prototype as unknown as Record<string, unknown>)[name] !== 'function') {
      throw new AssertionError(`${table.controller}: no method ${name} for the compiled table`);
    }
  }
  const events = table.events.length;
  const rows: RowFunction<C>[] = [];
  for (let state = 0; state < table.states.length; state++) {
    for (let event = 0; event < events; event++) {
      const stateName = table.states[state] as S;
      const eventName = table.events[event] as E;
      rows[state * events + event] = table.has(stateName, eventName) ? compileRow(table, stateName, eventName) : unlisted(table, state, event, detail);
    }
  }
  return rows;
}

function compileRow<C, S extends string, E extends string, A extends string>(table: ProtocolTable<S, E, A>, state: S, event: E): RowFunction<C> {
  const row = table.transitions.findIndex((t) => t.state === state && t.event === event);
  const t = table.transitions[row];
  if (t === undefined) throw new AssertionError(`${table.controller}: no row for (${state}, ${event})`);
  const name = `${table.controller}_${state}_${event}`;
  if (!IDENTIFIER.test(name)) throw new AssertionError(`${table.controller}: '${name}' is not a function name`);
  const body = [`uses[${row}]++;`, ...t.actions.map((a) => `c.${a}(x, y);`), `c.enter${t.next}(x, y);`];
  const source = `"use strict";\nreturn function ${name}(c, x, y) {\n  ${body.join('\n  ')}\n};`;
  // The source is built from the table's names, checked above to be identifiers.
  return new Function('uses', source)(table.rowUses) as RowFunction<C>;
}

function unlisted<C, S extends string, E extends string, A extends string>(
  table: ProtocolTable<S, E, A>,
  state: number,
  event: number,
  detail: (controller: C, x: number, y: number) => string,
): RowFunction<C> {
  return (controller, x, y) => table.unlisted(state, event, detail(controller, x, y));
}
