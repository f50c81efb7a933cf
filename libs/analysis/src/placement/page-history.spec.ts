import path from 'node:path';
import { EVENT_KINDS, type TraceEvent } from '@disco/trace-schema';
import { TraceReader } from '@disco/trace-store';
import { scratchDir, writeTrace } from '../testing/trace-fixtures';
import { missRows } from './page-history';

describe('the misses page history reads', () => {
  it('are, from the table\'s whole rows, what integerRowsBySeq computes in SQL', () => {
    const { dir, cleanup } = scratchDir();
    try {
      const addresses = [0, 4095, 4096, 64 * 4096 + 128, 2 ** 32 + 4100, 2 ** 40 - 64, 2 ** 52 + 4097];
      const events = Array.from({ length: 3000 }, (_, i) => ({
        tick: i * 10,
        cpu: i % 8,
        node: i % 4,
        vm: 0,
        type: 'CacheMissed',
        data: { machineAddress: addresses[i % addresses.length]! + 64 * (i % 5), homeNode: (i * 3) % 4, kind: i % 4, latencyTicks: 300_000 + i, hops: i % 3, fromCache: i % 7 === 0, invalidations: i % 2, queueTicks: i % 11, localTicks: i, exclusive: i % 3 === 0 },
      })) as Omit<TraceEvent, 'seq'>[];
      const reader = TraceReader.open(writeTrace(path.join(dir, 'misses.db'), events, { batchSize: 500 }));
      try {
        const kind = EVENT_KINDS.find((k) => k.type === 'CacheMissed')!;
        const fromRows = [...missRows(reader.kindRowsFromFile(kind))];
        const fromSql = [...reader.integerRowsBySeq('cache_missed', ['seq', 'tick', 'node', 'machine_address / 4096', 'home_node', 'kind', 'latency_ticks', 'cpu', 'machine_address % 4096', 'exclusive'])];
        expect(fromRows.length).toBe(3000);
        expect(fromRows).toEqual(fromSql);
      } finally {
        reader.close();
      }
    } finally {
      cleanup();
    }
  });
});
