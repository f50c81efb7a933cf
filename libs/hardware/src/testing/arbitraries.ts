import fc from 'fast-check';
import { CPU_CACHE_EVENTS, type CacheEvent } from '../cache-protocol';
import { DmaWriteCommand } from './commands/dma-write-command';
import { EvictCommand } from './commands/evict-command';
import { IfetchCommand } from './commands/ifetch-command';
import { LoadCommand } from './commands/load-command';
import { StoreCommand } from './commands/store-command';
import type { CoherenceSystem } from './coherence-system';
import type { FlatMemoryModel } from './flat-memory-model';

type CoherenceCommand = fc.Command<FlatMemoryModel, CoherenceSystem>;

/**
 * Commands generated from the CPU-side events of the cache protocol table
 * (so a new CPU event needs a command here, or this throws), plus device DMA.
 */
export function coherenceCommands(cpus: number, addresses: readonly number[], lineBytes: number): fc.Arbitrary<CoherenceCommand>[] {
  const lines = [...new Set(addresses.map((a) => Math.floor(a / lineBytes)))];
  const cpu = fc.integer({ min: 0, max: cpus - 1 });
  const address = fc.constantFrom(...addresses);
  const value = fc.integer({ min: 1, max: 1_000_000 });
  const byEvent: Record<CacheEvent, fc.Arbitrary<CoherenceCommand> | undefined> = {
    Load: fc.tuple(cpu, address).map(([c, a]) => new LoadCommand(c, a, lines)),
    Store: fc.tuple(cpu, address, value).map(([c, a, v]) => new StoreCommand(c, a, v, lines)),
    Ifetch: fc.tuple(cpu, address).map(([c, a]) => new IfetchCommand(c, a, lines)),
    Evict: fc.tuple(cpu, address).map(([c, a]) => new EvictCommand(c, a, lines)),
    Inv: undefined,
    FwdGetS: undefined,
    FwdGetM: undefined,
    LoadUncached: undefined,
  };
  const commands = CPU_CACHE_EVENTS.map((event) => {
    const arbitrary = byEvent[event];
    if (arbitrary === undefined) throw new Error(`no command for CPU event ${event}`);
    return arbitrary;
  });
  commands.push(fc.tuple(address, value, fc.boolean()).map(([a, v, whole]) => new DmaWriteCommand(a, v, whole, lines)));
  return commands;
}

/** fast-check parameters: the seed from `FC_SEED` when set (CI replays a failure with it). */
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
