import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { UsageError, type Point } from '@disco/cli-kit';
import { eventsInRange, lastSeqAtTick, TraceFileError, type TraceReader } from '@disco/trace-store';
export { parsePoint, type Point } from '@disco/cli-kit';
import { evolve, initialState, isMonitorState, MachineIndex, PROJECTED_TYPES, UnprojectableEvent, type MonitorState } from './monitor-state';

/** The seq whose state the point asks for (-1: before the first event). */
export function resolvePoint(reader: TraceReader, point: Point): number {
  const last = reader.run.eventCount - 1;
  switch (point.kind) {
    case 'end':
      return last;
    case 'seq':
      if (point.seq > last) throw new UsageError(`--at ${point.seq}: the trace has events 0 to ${last}`);
      return point.seq;
    case 'share':
      return Math.max(-1, Math.round((point.percent / 100) * last));
    case 'tick':
      return lastSeqAtTick(reader, point.tick);
  }
}

/**
 * Snapshots of the projection, every `every` events: in memory, and in a
 * sidecar SQLite file next to the trace (`<trace>.at-cache`) when it can be
 * written. The trace itself is never touched. A cache made for another trace
 * (a different hash chain head) is replaced.
 */
export class SnapshotCache {
  private readonly memory = new Map<number, string>();
  private db: Database.Database | null = null;

  constructor(
    reader: TraceReader,
    readonly every: number,
    file: string | null,
  ) {
    if (file !== null) this.db = openSidecar(file, identity(reader), every);
  }

  static fileFor(trace: string): string {
    return `${trace}.at-cache`;
  }

  get persistent(): boolean {
    return this.db !== null;
  }

  /** The latest snapshot at or before `seq`. */
  nearest(seq: number): { seq: number; state: MonitorState } | null {
    let best = -Infinity;
    for (const s of this.memory.keys()) if (s <= seq && s > best) best = s;
    const row = this.sidecarRow(seq);
    if (row && row.seq > best) {
      // The sidecar is a file beside the trace, so as untrusted as it: a snapshot that is not a state the
      // projection makes (edited, or from another version) is dropped with the rest of the file, and the seek starts over.
      const state = parsedState(row.state, row.seq);
      if (state !== null) return { seq: row.seq, state };
      this.discardSidecar();
    }
    return best === -Infinity ? null : { seq: best, state: JSON.parse(this.memory.get(best)!) as MonitorState };
  }

  private sidecarRow(seq: number): { seq: number; state: string } | undefined {
    try {
      return this.db?.prepare('SELECT seq, state FROM snapshot WHERE seq <= ? ORDER BY seq DESC LIMIT 1').get(seq) as { seq: number; state: string } | undefined;
    } catch {
      // A sidecar SQLite cannot read: no snapshots from it.
      this.discardSidecar();
      return undefined;
    }
  }

  private discardSidecar(): void {
    try {
      this.db?.exec('DELETE FROM snapshot');
    } catch {
      this.db?.close();
      this.db = null;
    }
  }

  save(seq: number, state: MonitorState): void {
    const json = JSON.stringify(state);
    this.memory.set(seq, json);
    this.db?.prepare('INSERT OR REPLACE INTO snapshot (seq, state) VALUES (?, ?)').run(seq, json);
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }
}

/** The snapshot's state if it is one the projection could have saved after event `seq`, else null. */
function parsedState(json: string, seq: number): MonitorState | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return null;
  }
  return isMonitorState(state) && state.seq <= seq ? state : null;
}

function identity(reader: TraceReader): string {
  const r = reader.run;
  return `${r.finalHash ?? 'unfinished'}:${r.eventCount}:${r.batchCount}`;
}

function openSidecar(file: string, id: string, every: number): Database.Database | null {
  try {
    let db = new Database(file);
    const ok = (() => {
      try {
        const meta = db.prepare('SELECT trace, every FROM meta').get() as { trace: string; every: number } | undefined;
        return meta !== undefined && meta.trace === id && meta.every === every;
      } catch {
        return false;
      }
    })();
    if (!ok) {
      db.close();
      if (existsSync(file)) rmSync(file);
      db = new Database(file);
      db.exec(`CREATE TABLE meta (trace TEXT NOT NULL, every INTEGER NOT NULL);
               CREATE TABLE snapshot (seq INTEGER PRIMARY KEY, state TEXT NOT NULL);`);
      db.prepare('INSERT INTO meta (trace, every) VALUES (?, ?)').run(id, every);
    }
    return db;
  } catch {
    // A read-only directory: snapshots stay in memory for this invocation.
    return null;
  }
}

export interface Projection {
  readonly state: MonitorState;
  readonly index: MachineIndex;
  /** The seq asked for. */
  readonly atSeq: number;
  /** Snapshot the projection started from (-1: the beginning). */
  readonly fromSnapshotSeq: number;
  readonly eventsApplied: number;
  readonly snapshotsWritten: number;
}

/** Projects the monitor's state after event `atSeq`, from the nearest snapshot, writing snapshots it passes. */
export function projectAt(reader: TraceReader, atSeq: number, cache: SnapshotCache): Projection {
  const start = cache.nearest(atSeq);
  const state = start ? start.state : initialState();
  const index = MachineIndex.of(state).bind(state);
  let applied = 0;
  let written = 0;
  let done = start ? start.seq : -1;
  let saved = done;
  for (const event of eventsInRange(reader, PROJECTED_TYPES, done, atSeq)) {
    // Crossing a multiple of `every`: the state holds every event up to the boundary, and none after it
    // (also when the last event applied sits exactly on the boundary).
    const boundary = Math.floor(event.seq / cache.every) * cache.every - 1;
    if (boundary > saved && boundary >= done && boundary >= 0) {
      cache.save(boundary, state);
      saved = boundary;
      written++;
    }
    try {
      evolve(state, event, index);
    } catch (error) {
      if (error instanceof UnprojectableEvent) throw TraceFileError.damaged(reader.file, error.message);
      throw error;
    }
    done = event.seq;
    applied++;
  }
  return { state, index, atSeq, fromSnapshotSeq: start?.seq ?? -1, eventsApplied: applied, snapshotsWritten: written };
}
