import { PAGE_BYTES } from '@disco/hardware';
import { ArraySink } from '@disco/sim-kernel';
import { MigrationDeclineReason, PlacementPolicyKind } from '@disco/trace-schema';
import { newPropertySystem, type PropertySystem } from '../testing';
import { DEFAULT_PLACEMENT_CONFIG, type ScheduledDecision } from './placement-config';
import { ScheduledPolicy } from './scheduled-policy';

const LINE_BYTES = 128;
const LINES = PAGE_BYTES / LINE_BYTES;

function system(schedule: ScheduledDecision[]): { p: PropertySystem; sink: ArraySink; policy: ScheduledPolicy } {
  const sink = new ArraySink();
  const p = newPropertySystem({}, { sink, monitor: { placement: { ...DEFAULT_PLACEMENT_CONFIG, policy: 'scheduled', schedule } } });
  return { p, sink, policy: p.disco.placement as ScheduledPolicy };
}

const nodeOfPage = (p: PropertySystem, vm: number, ppn: number) => p.disco.memory.nodeOf(p.vms[vm]!.pmap[ppn]!);

describe('the scheduled policy', () => {
  it("carries out a decision once the page's misses reach its count, not before, on the node it names", () => {
    // VM 0's VCPU 0 runs on CPU 0 (node 0), its VCPU 1 on CPU 1 (node 1): first touch puts ppn 2 on node 0.
    const after = LINES + 8;
    const { p, sink, policy } = system([{ vm: 0, ppn: 2, afterMisses: after, action: 'migrate', node: 2 }]);
    p.run(0, 0, (cpu) => cpu.store(2 * PAGE_BYTES, 7));
    expect(nodeOfPage(p, 0, 2)).toBe(0);
    let moved = false;
    // Each load of a line VCPU 1 has not read yet is one more miss of the page.
    for (let line = 0; line < LINES && !moved; line++) {
      p.run(0, 1, (cpu) => cpu.load(2 * PAGE_BYTES + line * LINE_BYTES));
      const misses = policy.missesOf(0, 2)!;
      moved = nodeOfPage(p, 0, 2) === 2;
      expect({ misses, moved }).toEqual({ misses, moved: misses >= after });
    }
    expect(moved).toBe(true);
    const migrated = sink.events.filter((e) => e.type === 'PageMigrated');
    expect(migrated.map((e) => e.type === 'PageMigrated' && [e.data.toNode, e.data.policy])).toEqual([[2, PlacementPolicyKind.POLICY_SCHEDULED]]);
    // The page's contents moved with it.
    p.run(0, 1, (cpu) => expect(cpu.load(2 * PAGE_BYTES)).toBe(7));
  });

  it('places a page whose first decision is a migration due at once on its node, without a move', () => {
    const { p, sink } = system([{ vm: 1, ppn: 5, afterMisses: 0, action: 'migrate', node: 2 }]);
    p.run(1, 0, (cpu) => cpu.store(5 * PAGE_BYTES, 3));
    expect(nodeOfPage(p, 1, 5)).toBe(2);
    expect(sink.events.filter((e) => e.type === 'PageMigrated')).toHaveLength(0);
  });

  it('replicates, then collapses onto the copy it names; a decision the state makes moot is declined with its reason', () => {
    const { p, sink } = system([
      { vm: 0, ppn: 3, afterMisses: 1, action: 'replicate', node: 1 },
      { vm: 0, ppn: 3, afterMisses: 1, action: 'replicate', node: 1 },
      // Due as soon as the replicas are made: it waits for them.
      { vm: 0, ppn: 3, afterMisses: 1, action: 'collapse', node: 1 },
    ]);
    p.run(0, 0, (cpu) => cpu.store(3 * PAGE_BYTES, 11));
    const replicated = sink.events.filter((e) => e.type === 'PageReplicated');
    expect(replicated.map((e) => e.type === 'PageReplicated' && e.data.toNode)).toEqual([1]);
    const declined = sink.events.flatMap((e) => (e.type === 'MigrationDeclined' ? [[e.data.reason, e.data.policy]] : []));
    expect(declined).toEqual([[MigrationDeclineReason.DECLINE_ALREADY_LOCAL, PlacementPolicyKind.POLICY_SCHEDULED]]);
    const collapsed = sink.events.find((e) => e.type === 'ReplicaCollapsed');
    expect(collapsed?.type === 'ReplicaCollapsed' && [collapsed.data.writerNode, collapsed.data.policy]).toEqual([1, PlacementPolicyKind.POLICY_SCHEDULED]);
    expect(nodeOfPage(p, 0, 3)).toBe(1);
    expect(p.disco.memory.memmap.hasReplicas(p.vms[0]!.pmap[3]!)).toBe(false);
    p.run(0, 0, (cpu) => expect(cpu.load(3 * PAGE_BYTES)).toBe(11));
  });
});
