import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TraceEvent } from '@disco/trace-schema';
import { TraceWriter } from '@disco/trace-store';

const ROOT = path.resolve(__dirname, '../../../..');

/** A fresh folder, removed by `cleanup`. */
export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'disco-analysis-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Records a scenario (a name from traces/scenarios or an object written to a file) with the real disco-record bundle. */
export function recordTrace(dir: string, scenario: string | Record<string, unknown>, name: string, args: readonly string[] = []): string {
  let source = scenario as string;
  if (typeof scenario !== 'string') {
    source = path.join(dir, `${name}.json`);
    writeFileSync(source, JSON.stringify(scenario));
  }
  const out = path.join(dir, `${name}.db`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'apps/record/dist/main.cjs'), source, '--out', out, '--quiet', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`disco-record ${source} failed: ${r.stderr}`);
  return out;
}

/** Writes `events` (seq and tick filled in order if absent) as a complete trace with TraceWriter, in batches of `batchSize`. */
export function writeTrace(file: string, events: readonly Omit<TraceEvent, 'seq'>[], options: { simTicks?: number; batchSize?: number } = {}): string {
  const batchSize = options.batchSize ?? 100;
  const writer = TraceWriter.create(file, {
    scenarioName: 'fixture', scenarioJson: '{}', seed: 1, level: 'default', modelVersion: 'test', batchSize, startedAt: '2026-01-01T00:00:00Z',
  });
  const all = events.map((e, seq) => ({ ...e, seq }) as TraceEvent);
  for (let i = 0; i * batchSize < all.length; i++) {
    const batch = all.slice(i * batchSize, (i + 1) * batchSize);
    writer.append(
      {
        index: i, firstSeq: batch[0]!.seq, lastSeq: batch.at(-1)!.seq, firstTick: batch[0]!.tick, lastTick: batch.at(-1)!.tick,
        eventCount: batch.length, bytes: new Uint8Array(1), prevHash: new Uint8Array(32), hash: new Uint8Array(32).fill(i),
      },
      batch,
    );
  }
  writer.finish({ status: 'complete', simTicks: options.simTicks ?? all.at(-1)?.tick ?? 0, finishedAt: '2026-01-01T00:00:01Z', wallSeconds: 1 });
  writer.close();
  return file;
}
