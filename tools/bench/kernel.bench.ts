/**
 * sim-kernel benchmark: the event queue with 10^5 pending events (hold model:
 * each step pops the earliest action and schedules one at a random future
 * tick, so the queue stays at its size), against a plain sorted-insert array
 * as the naive baseline, side by side. Usage: npm run bench kernel
 */
import { EventQueue, Prng, Priority } from '@disco/sim-kernel';

const PENDING = 100_000;
const STEPS = 2_000_000;

function holdQueue(): number {
  const queue = new EventQueue();
  const prng = Prng.fromSeed(1).stream('bench');
  const noop = () => undefined;
  for (let i = 0; i < PENDING; i++) queue.push(prng.int(0, 1_000_000), Priority.CPU, noop);
  const started = process.hrtime.bigint();
  for (let i = 0; i < STEPS; i++) {
    queue.popAction();
    queue.push(queue.poppedTick + prng.int(1, 1_000_000), Priority.CPU, noop);
  }
  return STEPS / (Number(process.hrtime.bigint() - started) / 1e9);
}

function holdSortedArray(steps: number): number {
  const prng = Prng.fromSeed(1).stream('bench');
  const ticks: number[] = [];
  for (let i = 0; i < PENDING; i++) ticks.push(prng.int(0, 1_000_000));
  ticks.sort((a, b) => b - a); // earliest last, so pop() is O(1)
  const started = process.hrtime.bigint();
  for (let i = 0; i < steps; i++) {
    const now = ticks.pop()!;
    const tick = now + prng.int(1, 1_000_000);
    let lo = 0;
    let hi = ticks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ticks[mid]! > tick) lo = mid + 1;
      else hi = mid;
    }
    ticks.splice(lo, 0, tick);
  }
  return steps / (Number(process.hrtime.bigint() - started) / 1e9);
}

holdQueue(); // warm-up
const heap = holdQueue();
const sorted = holdSortedArray(200_000);
console.log(`event queue, ${PENDING.toLocaleString('en-US')} pending (hold model)`);
console.log(`  binary heap (EventQueue)   ${Math.round(heap).toLocaleString('en-US').padStart(12)} pop+push/s`);
console.log(`  sorted array (baseline)    ${Math.round(sorted).toLocaleString('en-US').padStart(12)} pop+push/s`);
console.log(`  heap / sorted array        ${(heap / sorted).toFixed(1)}x`);
