import type { TraceEvent } from '@disco/trace-schema';
import { runIrix } from '../../testing/run-scenario';

type Scheduled = Extract<TraceEvent, { type: 'ThreadScheduled' }>;

/** Of the dispatches of a thread that had run before, how many put it on another CPU than its last. */
function moves(events: readonly TraceEvent[]): { dispatches: number; moved: number } {
  const last = new Map<number, number>();
  let dispatches = 0;
  let moved = 0;
  for (const e of events) {
    if (e.type !== 'ThreadScheduled') continue;
    const s = e as Scheduled;
    const before = last.get(s.data.tid);
    if (before !== undefined) {
      dispatches++;
      if (before !== s.cpu) moved++;
    }
    last.set(s.data.tid, s.cpu);
  }
  return { dispatches, moved };
}

describe('IRIX cache-affinity scheduling in the kernel', () => {
  // Engineering's twelve CPU-bound jobs on eight CPUs: four wait at any time, for about half a quantum, so the
  // job at the queue's head still holds affinity (a quantum's run, less the half quantum another job has run on
  // its CPU since) when some other CPU's quantum ends first. IRIX leaves it to its own CPU; a FIFO run queue
  // hands it to whichever CPU asks. (With fewer CPUs a job waits longer than it built affinity, and the two
  // rules make the same choices.)
  const flat = { workload: 'engineering', scale: 0.2, cpus: 8, memoryPerNodeMb: 32 };
  const irix = moves(runIrix({ ...flat }).events);
  const fifo = moves(runIrix({ ...flat, cacheAffinity: false }).events);

  it('redispatches jobs on the CPU they last ran on more often than a FIFO run queue', () => {
    expect(irix.dispatches).toBeGreaterThan(40);
    expect(fifo.dispatches).toBeGreaterThan(40);
    expect(fifo.moved).toBeGreaterThan(0);
    expect(irix.moved / irix.dispatches).toBeLessThan(fifo.moved / fifo.dispatches);
  });
});
