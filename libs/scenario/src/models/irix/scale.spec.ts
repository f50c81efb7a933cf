import type { TraceEvent } from '@disco/trace-schema';
import { runIrix } from '../../testing/run-scenario';

/** User instructions of the measured part of a run (after 'booted'). */
function userWork(events: readonly TraceEvent[]): number {
  const booted = events.find((e) => e.type === 'WorkloadPhaseChanged' && e.data.phase === 'booted')!.tick;
  let n = 0;
  for (const e of events) if (e.type === 'CounterSample' && e.tick > booted) n += e.data.instructions;
  return n;
}

describe('--scale below one file or query per unit still shrinks the work', () => {
  // Before, both scales gave two files (queries) of full size: the same run.
  // Engineering at 0.1 used to fault: its hot region was larger than the data it lies in.
  it.each(['pmake', 'database', 'engineering'] as const)('%s: scale 0.1 does less than scale 0.2', (workload) => {
    const [small, larger] = [0.1, 0.2].map((scale) => userWork(runIrix({ workload, scale, sampleIntervalUs: 1000 }).events));
    expect(small).toBeLessThan(larger!);
  });
});
