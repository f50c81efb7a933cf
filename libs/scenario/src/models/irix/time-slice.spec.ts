import type { TraceEvent } from '@disco/trace-schema';
import { runDiscoIrix, runIrix } from '../../testing/run-scenario';

/** The measured window's length in ms and the dispatches in it that ended a run because its time slice was up. */
function slices(events: readonly TraceEvent[]): { windowMs: number; preempted: number } {
  let booted = -1;
  let finished = -1;
  let preempted = 0;
  for (const e of events) {
    if (e.type === 'WorkloadPhaseChanged') {
      if (e.data.phase === 'booted') booted = e.tick;
      if (e.data.phase === 'finished') finished = e.tick;
    }
    if (booted >= 0 && finished < 0 && e.type === 'ThreadScheduled' && e.data.reason === 'preempted') preempted++;
  }
  return { windowMs: (finished - booted) / 1e9, preempted };
}

describe("IRIX's time slice (/guest/sliceTicks, systune slice_size)", () => {
  // Uniprocessor engineering (a window of about 190 ms): four CPU-bound jobs share one CPU and seldom block, so
  // nearly every run ends with its slice. IRIX counts the slice in clock ticks from the dispatch, the tick that
  // falls inside the first 10 ms counting as one: a run of slice_size ticks lasts a little under slice_size x 10 ms.
  const flat = { workload: 'engineering', scale: 3 };

  it.each([
    ['native IRIX', runIrix],
    ['IRIX on Disco', runDiscoIrix],
  ] as const)('%s: a thread runs slice_size clock ticks before a runnable one takes the CPU', (_name, run) => {
    for (const sliceTicks of [1, 3]) {
      const { windowMs, preempted } = slices(run({ ...flat, sliceTicks }).events);
      const sliceMs = sliceTicks * 10;
      // Runs of one slice each fill the window, give or take the jobs' few blocking calls and the last partial runs.
      expect(preempted).toBeGreaterThanOrEqual(Math.floor(windowMs / sliceMs) - 3);
      expect(preempted).toBeLessThanOrEqual(Math.ceil(windowMs / sliceMs) + 1);
    }
  });
});
