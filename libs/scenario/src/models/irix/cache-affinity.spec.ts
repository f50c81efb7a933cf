import type { TraceEvent } from '@disco/trace-schema';
import { runDiscoIrix, runIrix } from '../../testing/run-scenario';

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

  it('with pinThreads, dispatches every thread only on CPU (tid mod CPUs), where it waits rather than move', () => {
    const pinned = runIrix({ ...flat, pinThreads: true }).events.filter((e): e is Scheduled => e.type === 'ThreadScheduled');
    // The jobs share eight CPUs, so some wait for theirs: a job was preempted and dispatched again many times.
    expect(pinned.length).toBeGreaterThan(40);
    for (const s of pinned) expect(s.cpu).toBe(s.data.tid % flat.cpus);
    // The unpinned run, with the same jobs, does move some of them (so the check above is not vacuous).
    expect(irix.moved).toBeGreaterThan(0);
  });

  it('pins the threads of IRIX on Disco the same way (one VM, a VCPU per CPU)', () => {
    const pinned = runDiscoIrix({ ...flat, scale: 0.1, vcpusPerVm: 8, pinThreads: true }).events.filter((e): e is Scheduled => e.type === 'ThreadScheduled');
    expect(pinned.length).toBeGreaterThan(40);
    for (const s of pinned) expect(s.cpu).toBe(s.data.tid % flat.cpus);
  });

  it('redispatches jobs on the CPU they last ran on more often than a FIFO run queue', () => {
    expect(irix.dispatches).toBeGreaterThan(40);
    expect(fifo.dispatches).toBeGreaterThan(40);
    expect(fifo.moved).toBeGreaterThan(0);
    expect(irix.moved / irix.dispatches).toBeLessThan(fifo.moved / fifo.dispatches);
  });
});
