import { assert, assertEqual } from '@disco/sim-kernel';
import { LINE_E, LINE_I, LINE_M, LINE_S } from '../cache-protocol';
import { C_MISSES_LOCAL, C_MISSES_REMOTE } from '../cpu-counters';
import { DIR_M, DIR_S, DIR_U } from '../directory-protocol';
import type { Machine } from '../machine';

/**
 * Checks, for every given machine line, the properties the protocol must
 * keep at every step: single writer or many readers (an exclusive-clean copy
 * counts as the single writer it may become); the directory's state, sharer
 * set and owner agree with the caches; L1 lines lie inside L2 lines with
 * matching permission (read for S and E, write for M); shared and
 * exclusive-clean copies hold memory's data; the per-page miss counters add
 * up to the misses the CPUs counted.
 */
export function checkCoherence(machine: Machine, lines: readonly number[]): void {
  for (const line of lines) checkLine(machine, line);
  for (const cache of machine.caches) checkInclusion(machine, cache.node);
  checkMissCounters(machine);
}

function checkLine(machine: Machine, line: number): void {
  const dir = machine.directory;
  let modified = 0;
  let sharedMask = 0;
  let owner = -1;
  for (const cache of machine.caches) {
    const state = cache.stateOf(line);
    if (state === LINE_M || state === LINE_E) {
      modified++;
      owner = cache.node;
    } else if (state === LINE_S) sharedMask |= 1 << cache.node;
  }
  assert(modified <= 1, `line ${line}: ${modified} writers`);
  assert(modified === 0 || sharedMask === 0, `line ${line}: a writer and readers at once`);
  const state = dir.stateOf(line);
  if (state === DIR_U) assert(modified === 0 && sharedMask === 0, `line ${line}: directory U but cached`);
  if (state === DIR_S) {
    assertEqual(dir.sharersOf(line), sharedMask, `line ${line}: directory sharers vs caches`);
    assertEqual(modified, 0, `line ${line}: directory S but a cache holds M`);
  }
  if (state === DIR_M) assertEqual(dir.ownerOf(line), owner, `line ${line}: directory owner vs caches`);
  if (state === DIR_S) checkSharedData(machine, line, LINE_S);
  if (state === DIR_M) checkSharedData(machine, line, LINE_E);
}

/** The copies in `cacheState` (S or E: clean) hold memory's data. */
function checkSharedData(machine: Machine, line: number, cacheState: number): void {
  const memory = machine.memory;
  if (memory === null) return;
  const lineBytes = machine.config.l2LineBytes;
  const mpn = Math.floor((line * lineBytes) / 4096);
  const offset = (line * lineBytes) % 4096;
  for (const cache of machine.caches) {
    if (cache.stateOf(line) !== cacheState) continue;
    for (let b = 0; b < lineBytes; b += 4) {
      assertEqual(cache.readWord(mpn, offset + b), memory.readWord(mpn, offset + b), `line ${line}: shared copy at node ${cache.node} differs from memory`);
    }
  }
}

function checkInclusion(machine: Machine, node: number): void {
  const cache = machine.caches[node];
  assert(cache !== undefined, `no cache ${node}`);
  for (const l1 of [cache.l1i, cache.l1d]) {
    const ratio = cache.l2.lineBytes / l1.lineBytes;
    for (let slot = 0; slot < l1.slots; slot++) {
      const line1 = l1.tag(slot);
      if (line1 < 0) continue;
      const state2 = cache.stateOf(Math.floor(line1 / ratio));
      assert(state2 !== LINE_I, `node ${node} ${l1.name} line ${line1}: not in L2 (inclusion)`);
      if (l1 === cache.l1d) assertEqual(l1.state(slot), state2 === LINE_E ? LINE_S : state2, `node ${node} L1D line ${line1}: permission vs L2 state`);
    }
  }
}

function checkMissCounters(machine: Machine): void {
  let misses = 0;
  for (const cpu of machine.cpus) misses += (cpu.counters[C_MISSES_LOCAL] as number) + (cpu.counters[C_MISSES_REMOTE] as number);
  assertEqual(machine.missCounters.total(), misses, 'per-page miss counters vs misses observed');
}
