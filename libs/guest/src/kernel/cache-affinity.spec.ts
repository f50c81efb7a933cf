import fc from 'fast-check';
import { msToTicks, usToTicks } from '@disco/sim-kernel';
import { AffinityBook, type AffinityHolder } from './cache-affinity';
import { IRIX_CACHE_AFFINITY } from './kernel-config';

const ZERO = 300;
const FULL = 10_000;
const RULE = { zeroTicks: ZERO, fullTicks: FULL };

function holder(): AffinityHolder {
  return { lastCpu: -1, affinityTicks: 0, affinityMark: 0, affinityCarry: 0 };
}

/**
 * The rule as SGI states it, kept the naive way: each thread's affinity for
 * one CPU as a number that its own runs there raise (up to the full amount,
 * from what it kept) and every other thread's run there lowers.
 */
class Reference {
  readonly cpu: number[];
  readonly value: number[];
  constructor(threads: number) {
    this.cpu = new Array<number>(threads).fill(-1);
    this.value = new Array<number>(threads).fill(0);
  }
  ran(thread: number, cpu: number, run: number): void {
    for (let t = 0; t < this.cpu.length; t++) if (t !== thread && this.cpu[t] === cpu) this.value[t]! -= run;
    const kept = this.cpu[thread] === cpu ? Math.max(0, this.value[thread]!) : 0;
    this.cpu[thread] = cpu;
    this.value[thread] = Math.min(FULL, kept + run);
  }
}

type Step = { readonly thread: number; readonly cpu: number; readonly run: number; readonly gap: number; readonly probe: number };

const step = fc.record({ thread: fc.integer({ min: 0, max: 4 }), cpu: fc.integer({ min: 0, max: 2 }), run: fc.integer({ min: 0, max: 15_000 }), gap: fc.integer({ min: 0, max: 5_000 }), probe: fc.integer({ min: 0, max: 15_000 }) });

describe('AffinityBook (IRIX cache-affinity scheduling)', () => {
  it("agrees with SGI's rule kept naively, for any interleaving of runs on several CPUs, also in the middle of a run", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps: Step[]) => {
        const threads = Array.from({ length: 5 }, holder);
        const book = new AffinityBook(3, RULE);
        const ref = new Reference(5);
        let now = 0;
        for (const s of steps) {
          // One run at a time per step: open, look at everyone else mid-run, close.
          book.open(s.cpu, threads[s.thread]!, now);
          const mid = now + Math.min(s.probe, s.run);
          const partial = new Reference(5);
          partial.cpu.splice(0, 5, ...ref.cpu);
          partial.value.splice(0, 5, ...ref.value);
          partial.ran(s.thread, s.cpu, mid - now);
          for (let t = 0; t < 5; t++) {
            if (t === s.thread || partial.cpu[t]! < 0) continue;
            expect(book.left(threads[t]!, mid)).toBe(partial.value[t]);
            expect(book.holds(threads[t]!, mid)).toBe(partial.value[t]! > ZERO);
          }
          now += s.run;
          book.close(s.cpu, threads[s.thread]!, now);
          ref.ran(s.thread, s.cpu, s.run);
          now += s.gap;
          for (let t = 0; t < 5; t++) if (ref.cpu[t]! >= 0) expect(book.left(threads[t]!, now)).toBe(ref.value[t]);
        }
      }),
    );
  });

  it('gives no affinity for a run at or below the zero threshold and never more than the full amount', () => {
    const book = new AffinityBook(2, RULE);
    const short = holder();
    book.open(0, short, 0);
    book.close(0, short, ZERO);
    expect(book.holds(short, ZERO)).toBe(false);
    expect(book.mayRun(1, short, ZERO)).toBe(true);
    const long = holder();
    book.open(1, long, 0);
    book.close(1, long, 5 * FULL);
    expect(book.left(long, 5 * FULL)).toBe(FULL);
    expect(book.mayRun(0, long, 5 * FULL)).toBe(false);
    expect(book.mayRun(1, long, 5 * FULL)).toBe(true);
  });

  it('keeps affinity while its CPU idles and loses it to another thread running there', () => {
    const book = new AffinityBook(2, RULE);
    const a = holder();
    const b = holder();
    book.open(0, a, 0);
    book.close(0, a, 4_000);
    expect(book.left(a, 1_000_000)).toBe(4_000); // the CPU idled for a second
    book.open(0, b, 1_000_000);
    expect(book.holds(a, 1_003_600)).toBe(true); // 400 left, above 300
    expect(book.holds(a, 1_003_800)).toBe(false); // 200 left: any CPU may take it
    book.close(0, b, 1_003_800);
    expect(book.mayRun(1, a, 1_003_800)).toBe(true);
  });

  it('without affinity scheduling (null), any CPU may take any thread', () => {
    const book = new AffinityBook(2, null);
    const a = holder();
    book.open(0, a, 0);
    book.close(0, a, 50_000);
    expect(book.holds(a, 50_000)).toBe(false);
    expect(book.mayRun(1, a, 50_000)).toBe(true);
  });

  it("uses SGI's published thresholds by default: 300 µs and 10 ms", () => {
    expect(IRIX_CACHE_AFFINITY).toEqual({ zeroTicks: usToTicks(300), fullTicks: msToTicks(10) });
  });
});
