import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TimeBucket, type TraceEvent } from '@disco/trace-schema';
import { TraceReader, TraceWriter } from '@disco/trace-store';
import { renderHighlights } from './render-highlights';
import { runHighlights } from './run-highlights';

const envelope = (seq: number) => ({ seq, tick: seq * 10, cpu: 0, node: 0, vm: -1 });
const sample = (seq: number, bucket: number, execTicks: number): TraceEvent => ({
  ...envelope(seq),
  type: 'ExecutionSample',
  data: { bucket, intervalTicks: 100, execTicks, stallLocalTicks: 0, stallRemoteTicks: 0, stallL2HitTicks: 0, instructions: 1 },
});

describe('runHighlights', () => {
  it('sums time by bucket with shares, and leaves out what the trace lacks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'highlights-'));
    try {
      const file = path.join(dir, 't.db');
      const events = [sample(0, TimeBucket.TIME_USER, 300), sample(1, TimeBucket.TIME_KERNEL, 100), sample(2, TimeBucket.TIME_USER, 600)];
      const writer = TraceWriter.create(file, { scenarioName: 's', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 't', batchSize: 9, startedAt: '' });
      writer.append({ index: 0, firstSeq: 0, lastSeq: 2, firstTick: 0, lastTick: 20, eventCount: 3, bytes: new Uint8Array(1), prevHash: new Uint8Array(32), hash: new Uint8Array(32) }, events);
      writer.close();
      const reader = TraceReader.open(file);
      const h = runHighlights(reader);
      reader.close();
      expect(h.timeByBucket).toEqual([
        { bucket: 'user', ticks: 900, share: 0.9 },
        { bucket: 'kernel', ticks: 100, share: 0.1 },
      ]);
      expect(h.misses).toBeNull();
      expect(h.kernelServices).toEqual([]);
      expect(renderHighlights(h)).toEqual(['  CPU time        user 90.0%, kernel 10.0%']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
