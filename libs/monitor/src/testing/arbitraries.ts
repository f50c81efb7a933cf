import fc from 'fast-check';
import { DiskReadCommand } from './commands/disk-read-command';
import { DiskWriteCommand } from './commands/disk-write-command';
import { FreeCommand } from './commands/free-command';
import { LoadCommand } from './commands/load-command';
import { MigrateCommand } from './commands/migrate-command';
import { NetSendCommand } from './commands/net-send-command';
import { PolicyCommand } from './commands/policy-command';
import { RemapCommand } from './commands/remap-command';
import { ReplicateCommand } from './commands/replicate-command';
import { StoreCommand } from './commands/store-command';
import type { IsolationModel } from './isolation-model';
import { PROPERTY_BLOCKS, PROPERTY_NODES, PROPERTY_PAGES, PROPERTY_VMS, type PropertySystem } from './property-system';

type MonitorCommand = fc.Command<IsolationModel, PropertySystem>;

/** Commands over a few pages and blocks, so that sharing, moves and writes collide often. */
export function monitorCommands(): fc.Arbitrary<MonitorCommand>[] {
  // VM 0 is the one with two VCPUs on two nodes (one page mapped from two nodes, a replica each): chosen half the time.
  const vm = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: PROPERTY_VMS - 1 }));
  const vcpu = fc.integer({ min: 0, max: 1 });
  // Most commands pick one of two pages, so a store, a replication, a migration and loads from both of
  // VM 0's nodes meet on one page often enough to reach collapses (a store to a private replicated page).
  const ppn = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 1 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 7 }) });
  const block = fc.integer({ min: 0, max: PROPERTY_BLOCKS - 1 });
  const node = fc.integer({ min: 0, max: PROPERTY_NODES - 1 });
  const word = fc.integer({ min: 0, max: 2 });
  return [
    fc.tuple(vm, vcpu, ppn, word, fc.integer({ min: 1, max: 999 })).map(([a, b, c, d, e]) => new StoreCommand(a, b, c, d, e)),
    fc.tuple(vm, vcpu, ppn, fc.boolean()).map(([a, b, c, d]) => new LoadCommand(a, b, c, d)),
    fc.tuple(vm, block, fc.integer({ min: 0, max: PROPERTY_PAGES - 2 }), fc.integer({ min: 1, max: 2 })).map(([a, b, c, d]) => new DiskReadCommand(a, b, Math.min(c, 7), d)),
    fc.tuple(vm, ppn, block).map(([a, b, c]) => new DiskWriteCommand(a, b, c)),
    fc.tuple(vm, ppn, vm, ppn).map(([a, b, c, d]) => new NetSendCommand(a, b, c, d)),
    fc.tuple(vm, ppn, ppn).map(([a, b, c]) => new RemapCommand(a, b, c)),
    fc.tuple(vm, ppn, node).map(([a, b, c]) => new MigrateCommand(a, b, c)),
    fc.tuple(vm, ppn, node).map(([a, b, c]) => new ReplicateCommand(a, b, c)),
    fc.tuple(vm, ppn, fc.boolean()).map(([a, b, c]) => new FreeCommand(a, b, c)),
    fc.tuple(fc.constantFrom('timer' as const, 'hot-page' as const), node, vm, ppn).map(([a, b, c, d]) => new PolicyCommand(a, b, c, d)),
  ];
}

/** fast-check parameters: `FC_SEED` (and `FC_PATH`, via the Jest setup) replay a failure. */
export function propertyParameters(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env['FC_SEED'];
  return seed === undefined || seed === '' ? { numRuns } : { numRuns, seed: Number(seed) };
}

/**
 * Constraints of a commands-based property: `size: '+1'`, and, when the
 * current test replays a failure (FC_TEST, set up by tools/testing), the
 * commands' replay path it printed (FC_REPLAY_PATH).
 */
export function commandsConstraints(): fc.CommandsContraints {
  const replay = (globalThis as { __discoPropertyReplay?: { replayPath?: string } | null }).__discoPropertyReplay;
  return replay?.replayPath === undefined ? { size: '+1' } : { size: '+1', replayPath: replay.replayPath };
}
