import { GuestService, type TraceEvent } from '@disco/trace-schema';
import { runIrix } from '../../testing/run-scenario';

const USER_DATA_BASE = 0x1000_0000;
const USER_DATA_END = 0x4000_0000;

/** Where the window opens in the event stream (events of one tick are ordered by the stream, not the tick). */
function bootedIndex(events: readonly TraceEvent[]): number {
  const booted = events.filter((e) => e.type === 'WorkloadPhaseChanged' && e.data.phase === 'booted');
  expect(booted).toHaveLength(1);
  return events.indexOf(booted[0]!);
}

/** Demand-zero faults on user data pages, before and after the window opens. */
function dataFaults(events: readonly TraceEvent[]): { before: number; after: number } {
  const booted = bootedIndex(events);
  let before = 0;
  let after = 0;
  for (const [i, e] of events.entries()) {
    if (e.type !== 'KernelServiceCompleted' || e.data.service !== GuestService.SERVICE_DEMAND_ZERO) continue;
    const va = e.data.virtualAddress;
    if (va < USER_DATA_BASE || va >= USER_DATA_END) continue;
    if (i < booted) before++;
    else after++;
  }
  return { before, after };
}

describe('the measured window opens once the workload has initialised its data (§5.1 warm-up)', () => {
  // Uniprocessor engineering at scale s: 2 pairs of jobs; a Verilog job has 6 MB × s/4 of data, a memory simulator 12 MB × s/4.
  it('engineering: every data page is first touched before the window, none inside it', () => {
    const scale = 0.05;
    const { events } = runIrix({ workload: 'engineering', scale, sampleIntervalUs: 1000 });
    const pageRound = (bytes: number): number => Math.max(1, Math.round(bytes / 4096));
    const dataPages = 2 * (pageRound(6 * 1024 * 1024 * (scale / 4)) + pageRound(12 * 1024 * 1024 * (scale / 4)));
    const faults = dataFaults(events);
    expect(faults.after).toBe(0);
    expect(faults.before).toBe(dataPages);
  });

  it('database: the buffer pool is cleared before the window', () => {
    const scale = 0.05;
    const { events } = runIrix({ workload: 'database', scale, sampleIntervalUs: 1000 });
    const poolPages = Math.ceil((4 * 1024 * 1024 * scale) / 4096);
    const faults = dataFaults(events);
    expect(faults.after).toBe(0);
    expect(faults.before).toBe(poolPages);
  });
});
