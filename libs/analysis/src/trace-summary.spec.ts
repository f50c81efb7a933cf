import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TraceReader, TraceWriter } from '@disco/trace-store';
import type { TraceEvent } from '@disco/trace-schema';
import { summarizeTrace } from './trace-summary';

describe('summarizeTrace', () => {
  it('counts events by kind from the typed tables and spans the batches', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'analysis-'));
    try {
      const file = path.join(dir, 't.db');
      const writer = TraceWriter.create(file, {
        scenarioName: 's', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 't', batchSize: 10, startedAt: 'x',
      });
      const events: TraceEvent[] = [5, 9, 14].map((tick, seq) => ({
        seq, tick, cpu: 0, node: 0, vm: -1, type: 'SyntheticWorkDone', data: { worker: 0, workUnits: seq, busyTicks: 1, value: 0 },
      }));
      writer.append(
        { index: 0, firstSeq: 0, lastSeq: 2, firstTick: 5, lastTick: 14, eventCount: 3, bytes: new Uint8Array(1), prevHash: new Uint8Array(32), hash: new Uint8Array(32) },
        events,
      );
      writer.close();
      const reader = TraceReader.open(file);
      const summary = summarizeTrace(reader);
      reader.close();
      expect(summary.eventsInTables).toBe(3);
      expect(summary.eventsByKind[0]).toEqual({ kind: 'SyntheticWorkDone', table: 'synthetic_work_done', count: 3 });
      expect([summary.firstTick, summary.lastTick]).toEqual([5, 14]);
      expect(summary.run.status).toBe('running');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
