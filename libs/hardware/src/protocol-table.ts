import { AssertionError } from '@disco/sim-kernel';

/** One row of a controller's table: in `state`, on `event`, run `actions` in order, then enter `next`. */
export interface Transition<S extends string, E extends string, A extends string> {
  readonly state: S;
  readonly event: E;
  readonly actions: readonly A[];
  readonly next: S;
}

/** A (state, event) pair the table does not list: a protocol bug, never an expected outcome. */
export class ProtocolError extends AssertionError {
  constructor(controller: string, state: string, event: string, detail: string) {
    super(`${controller}: no transition for (${state}, ${event}) ${detail}`);
  }
}

/**
 * A transition table compiled to typed arrays, so the miss path looks up a row
 * by `state * events + event` without strings. States, events and actions are
 * numbered by their position in the arrays given here. `rowUses` counts how
 * often each row ran; tests use it to show every row is reachable.
 */
export class ProtocolTable<S extends string, E extends string, A extends string> {
  readonly stateIds: Readonly<Record<S, number>>;
  readonly eventIds: Readonly<Record<E, number>>;
  readonly actionIds: Readonly<Record<A, number>>;
  /** Row index of each (state, event), or -1. */
  private readonly rowOf: Int16Array;
  readonly nextState: Uint8Array;
  readonly actionStart: Uint16Array;
  readonly actionCount: Uint8Array;
  readonly actionList: Uint8Array;
  readonly rowUses: Float64Array;

  constructor(
    readonly controller: string,
    readonly states: readonly S[],
    readonly events: readonly E[],
    readonly actions: readonly A[],
    readonly transitions: readonly Transition<S, E, A>[],
  ) {
    this.stateIds = indexOf(states);
    this.eventIds = indexOf(events);
    this.actionIds = indexOf(actions);
    this.rowOf = new Int16Array(states.length * events.length).fill(-1);
    this.nextState = new Uint8Array(transitions.length);
    this.actionStart = new Uint16Array(transitions.length);
    this.actionCount = new Uint8Array(transitions.length);
    this.actionList = new Uint8Array(transitions.reduce((n, t) => n + t.actions.length, 0));
    this.rowUses = new Float64Array(transitions.length);
    this.compile();
  }

  private compile(): void {
    let at = 0;
    this.transitions.forEach((t, row) => {
      const key = this.stateIds[t.state] * this.events.length + this.eventIds[t.event];
      if (this.rowOf[key] !== -1) throw new AssertionError(`${this.controller}: (${t.state}, ${t.event}) listed twice`);
      this.rowOf[key] = row;
      this.nextState[row] = this.stateIds[t.next];
      this.actionStart[row] = at;
      this.actionCount[row] = t.actions.length;
      for (const a of t.actions) this.actionList[at++] = this.actionIds[a];
    });
  }

  /** The row for (state, event); throws `ProtocolError` when unlisted. */
  row(state: number, event: number, node = -1, line = -1): number {
    const row = this.rowOf[state * this.events.length + event] as number;
    if (row < 0) this.unlisted(state, event, `at node ${node}, line ${line}`);
    this.rowUses[row]++;
    return row;
  }

  /** Throws the `ProtocolError` of an unlisted (state, event); `detail` says where. */
  unlisted(state: number, event: number, detail: string): never {
    throw new ProtocolError(this.controller, this.states[state] ?? `#${state}`, this.events[event] ?? `#${event}`, detail);
  }

  /** Whether (state, event) is listed. */
  has(state: S, event: E): boolean {
    return this.rowOf[this.stateIds[state] * this.events.length + this.eventIds[event]] !== -1;
  }

  /** Rows that have never run, by name: for coverage checks in tests. */
  unusedRows(): string[] {
    return this.transitions.filter((_, row) => this.rowUses[row] === 0).map((t) => `(${t.state}, ${t.event})`);
  }
}

function indexOf<K extends string>(names: readonly K[]): Record<K, number> {
  const ids = {} as Record<K, number>;
  names.forEach((name, i) => {
    ids[name] = i;
  });
  return ids;
}
