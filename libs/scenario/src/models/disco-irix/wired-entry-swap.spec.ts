import { PrivilegedOp } from '@disco/hardware';
import { ArraySink, Simulator } from '@disco/sim-kernel';
import type { TraceEvent } from '@disco/trace-schema';
import { createModelRun } from '../../run-driver';
import { scenarioOf, UNIPROCESSOR_MACHINE } from '../../testing/run-scenario';

/** IRIX's PRDA page pair, the one the swapped wired entry maps (kernel-core.ts). */
const PRDA_VPN2 = 0x0020_0000 / 8192;

function detailedDiscoRun(wiredEntrySwap: boolean): readonly TraceEvent[] {
  const scenario = scenarioOf('disco-irix', { workload: 'pmake', scale: 0.02, wiredEntrySwap, sampleIntervalUs: 1000 }, UNIPROCESSOR_MACHINE);
  const sink = new ArraySink();
  const sim = new Simulator({ seed: 1, sink, level: 'detailed' });
  const run = createModelRun(sim, scenario);
  run.start();
  sim.run(run.durationTicks);
  run.finish?.();
  return sink.events;
}

describe("IRIX's wired-entry swap on every kernel entry and exit, under Disco (§5.2)", () => {
  it('rewrites the PRDA entry at each entry (kernel side, writable) and exit (user side, read-only), four emulated instructions each', () => {
    const events = detailedDiscoRun(true);
    const swaps = events.filter((e) => e.type === 'TlbWriteEmulated' && e.data.index === 0 && e.data.vpn2 === PRDA_VPN2);
    const kernelSide = swaps.filter((e) => e.type === 'TlbWriteEmulated' && e.data.writable0).length;
    const userSide = swaps.length - kernelSide;
    // Every kernel entry returns through the exit path except an exit system call's.
    const exits = events.filter((e) => e.type === 'ProcessExited').length;
    // pmake at one file (pmake.ts): sh, make and ld, and per file cc, cpp, cc1 and as.
    expect(exits).toBe(3 + 4);
    expect(kernelSide - userSide).toBe(exits);
    const emulated = (op: number): number => events.filter((e) => e.type === 'PrivilegedInstructionEmulated' && e.data.op === op && !e.data.specialPage).length;
    // EntryHi and both EntryLo registers are written before each TLBWI; nothing else writes EntryLo, and only the swap writes EntryHi.
    expect(emulated(PrivilegedOp.WRITE_ENTRYLO)).toBe(2 * swaps.length);
    expect(emulated(PrivilegedOp.WRITE_ENTRYHI)).toBe(swaps.length);
  });

  it('is gone with wiredEntrySwap off', () => {
    const events = detailedDiscoRun(false);
    expect(events.filter((e) => e.type === 'TlbWriteEmulated' && e.data.vpn2 === PRDA_VPN2)).toHaveLength(0);
    expect(events.filter((e) => e.type === 'PrivilegedInstructionEmulated' && e.data.op === PrivilegedOp.WRITE_ENTRYLO)).toHaveLength(0);
  });
});
