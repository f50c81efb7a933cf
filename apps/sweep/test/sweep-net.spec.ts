import path from 'node:path';
import { tempDir } from '@disco/cli-kit/testing';
import { runSweepRows, sqlValue as one, type SweepRow as Row } from './sweep-cli';

describe('disco-analyze sweep: the virtual network columns (remap versus copy by payload size)', () => {
  const t = tempDir('disco-sweep-net-');
  afterAll(() => t.cleanup());
  const out = path.join(t.dir, 'out');
  let rows: Row[] = [];

  beforeAll(() => {
    rows = runSweepRows(t.dir, {
      name: 'net',
      scenario: 'net-remap-synthetic',
      set: { '/disco-synthetic/vms/0/guest/netPages': 0, '/disco-synthetic/durationUs': 4000 },
      axes: [
        { pointer: '/disco-synthetic/vms/0/guest/netTailBytes', name: 'payload', values: [512, 2048] },
        { pointer: '/monitor/netRemapMinBytes', name: 'min', values: [4, 4096] },
      ],
      seeds: [1],
    }, out);
  }, 120_000);

  const row = (payload: number, min: number) => rows.find((r) => r['payload'] === payload && r['min'] === min)!;
  const trace = (r: Row) => path.join(out, `${r['run']}.db`);

  it('gives packets and the mean send cost of each run from its PacketRemapped events', () => {
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(r['packets']).toBe(one(trace(r), 'SELECT count(*) FROM packet_remapped'));
      expect(r['send_us_per_packet']).toBeCloseTo(one(trace(r), 'SELECT avg(cost_ticks) / 1e6 FROM packet_remapped'), 9);
    }
  });

  it('flips a sub-page payload only below the threshold; each flip costs a COW break when the sender rewrites its page, a copy none', () => {
    for (const payload of [512, 2048]) {
      const flip = row(payload, 4);
      const copy = row(payload, 4096);
      expect(one(trace(flip), 'SELECT sum(pages_remapped) FROM packet_remapped')).toBe(flip['packets']);
      expect(one(trace(copy), 'SELECT sum(bytes_copied) FROM packet_remapped')).toBe((copy['packets'] as number) * payload);
      // The sender stores to its one send page before every message: every send after the first breaks the sharing of the last.
      const breaks = one(trace(flip), 'SELECT count(*) FROM cow_broken');
      expect(breaks).toBeGreaterThanOrEqual((flip['packets'] as number) - 1);
      expect(breaks).toBeLessThanOrEqual(flip['packets'] as number);
      expect(copy['cow_break_us_per_packet']).toBe(0);
    }
    // A flip moves one page whatever the payload: the same run; a copy's cost grows with the bytes copied.
    expect(row(512, 4)['send_us_per_packet']).toBe(row(2048, 4)['send_us_per_packet']);
    expect(row(2048, 4096)['send_us_per_packet'] as number).toBeGreaterThan(row(512, 4096)['send_us_per_packet'] as number);
  });
});
