import { Priority } from './event-queue';
import { Simulator } from './simulator';
import { ArraySink } from './trace-sink';

describe('Simulator', () => {
  it('advances time to each action and stamps events with tick and consecutive seq', () => {
    const sink = new ArraySink();
    const sim = new Simulator({ seed: 1, sink });
    sim.schedule(500, Priority.CPU, () => sim.emit('RunFinished', { reason: 'a', simTicks: sim.now }, 0, 0, -1));
    sim.schedule(100, Priority.CPU, () => sim.emit('RunFinished', { reason: 'b', simTicks: sim.now }, 1, 1, -1));
    sim.run();
    expect(sink.events.map((e) => [e.seq, e.tick, e.cpu])).toEqual([
      [0, 100, 1],
      [1, 500, 0],
    ]);
    expect(sim.now).toBe(500);
  });

  it('refuses to schedule in the past', () => {
    const sim = new Simulator({ seed: 1 });
    sim.schedule(100, Priority.CPU, () => {
      expect(() => sim.schedule(99, Priority.CPU, () => undefined)).toThrow(/past/);
    });
    expect(sim.run()).toBe(1);
  });

  it('runs only up to untilTick and resumes from there', () => {
    const sim = new Simulator({ seed: 1 });
    const seen: number[] = [];
    for (const t of [10, 20, 30]) sim.schedule(t, Priority.CPU, () => seen.push(t));
    expect(sim.run(20)).toBe(2);
    expect(seen).toEqual([10, 20]);
    expect(sim.run()).toBe(1);
    expect(seen).toEqual([10, 20, 30]);
  });

  it('orders same-tick actions by priority', () => {
    const sim = new Simulator({ seed: 1 });
    const seen: string[] = [];
    sim.schedule(5, Priority.SAMPLE, () => seen.push('sample'));
    sim.schedule(5, Priority.HARDWARE, () => seen.push('hardware'));
    sim.schedule(5, Priority.CPU, () => seen.push('cpu'));
    sim.run();
    expect(seen).toEqual(['hardware', 'cpu', 'sample']);
  });

  it('stop() ends run after the current action', () => {
    const sim = new Simulator({ seed: 1 });
    sim.schedule(1, Priority.CPU, () => sim.stop());
    sim.schedule(2, Priority.CPU, () => undefined);
    expect(sim.run()).toBe(1);
    expect(sim.finished).toBe(true);
  });

  it('advanceTo moves the clock only over empty time', () => {
    const sim = new Simulator({ seed: 1 });
    sim.schedule(100, Priority.CPU, () => undefined);
    expect(sim.pendingBefore(99)).toBe(false);
    expect(sim.pendingBefore(100)).toBe(true);
    sim.advanceTo(50);
    expect(sim.now).toBe(50);
    expect(() => sim.advanceTo(150)).toThrow(/skip a pending action/);
    expect(() => sim.advanceTo(10)).toThrow(/before now/);
  });

  it('exposes the current run limit to actions that run ahead', () => {
    const sim = new Simulator({ seed: 1 });
    let seen = -1;
    sim.schedule(5, Priority.CPU, () => (seen = sim.runLimitTicks));
    sim.run(1234);
    expect(seen).toBe(1234);
  });
});
