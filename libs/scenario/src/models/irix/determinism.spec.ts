import { createHash } from 'node:crypto';
import { WORKLOADS } from '@disco/guest';
import { runIrix } from '../../testing/run-scenario';

function digest(workload: (typeof WORKLOADS)[number], seed: number): { hash: string; count: number } {
  const { events } = runIrix({ workload, scale: 0.25, cpus: workload === 'radix' ? 2 : 1 }, seed);
  const h = createHash('sha256');
  for (const e of events) h.update(JSON.stringify(e));
  return { hash: h.digest('hex'), count: events.length };
}

describe.each(WORKLOADS)('%s', (workload) => {
  it('gives the same event stream for the same seed, and a different one for another seed', () => {
    const a = digest(workload, 5);
    const b = digest(workload, 5);
    expect(b).toEqual(a);
    expect(a.count).toBeGreaterThan(10);
    expect(digest(workload, 6).hash).not.toBe(a.hash);
  });
});
