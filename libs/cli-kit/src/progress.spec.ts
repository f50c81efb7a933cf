import { createActivity } from './progress';

/** A terminal that records what is drawn on it. */
function terminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = { isTTY: true, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

describe('createActivity', () => {
  it('shows progress and rates, never a percentage or an ETA of an end it cannot know', () => {
    const { stream, text } = terminal();
    let clock = 1_000;
    const activity = createActivity('run', { quiet: false, unit: 'µs simulated', stream, now: () => clock });
    clock += 2_000;
    activity.update(4_000, { events: 10_000 });
    // 4,000 µs in 2 s and 10,000 events in 2 s.
    expect(text()).toBe('\rrun ⠋ 4,000 µs simulated (2,000/s) | 10,000 events stored (5,000/s) | 2.0 s');
    expect(text()).not.toMatch(/%|ETA/);
    activity.stop();
    expect(text().endsWith(`\r${' '.repeat('run ⠋ 4,000 µs simulated (2,000/s) | 10,000 events stored (5,000/s) | 2.0 s'.length)}\r`)).toBe(true);
  });

  it('redraws at most once per interval', () => {
    const { stream, text } = terminal();
    let clock = 0;
    const activity = createActivity('run', { quiet: false, unit: 'x', stream, now: () => clock, intervalMs: 100 });
    clock = 100;
    activity.update(1);
    clock = 150;
    activity.update(2);
    clock = 200;
    activity.update(3);
    expect(text().split('\r').filter(Boolean).map((l) => l.trim().split(' ')[2])).toEqual(['1', '3']);
  });

  it('draws nothing when quiet or not on a terminal', () => {
    const { stream, text } = terminal();
    createActivity('run', { quiet: true, unit: 'x', stream, now: () => 5_000 }).update(1);
    const pipe = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    createActivity('run', { quiet: false, unit: 'x', stream: pipe, now: () => 5_000 }).update(1);
    expect(text()).toBe('');
  });
});
