import { existsSync, statSync, statfsSync } from 'node:fs';
import path from 'node:path';
import type { TraceEventBounds } from '@disco/scenario';
import { TRACE_PAGE_BYTES, TRACE_WAL_CHECKPOINT_PAGES } from '@disco/trace-store';

/**
 * Sizes of a trace on disk, measured on traces this code recorded (db and
 * -wal together, `du -b`, 16 KB pages: TRACE_PAGE_BYTES): an 18-event trace
 * (hw-private at durationUs 1) and a 330-event one (hw-private) are both
 * 1,048,576 bytes (schema, views, event_kind, a page per table); beyond that,
 * an event takes 69 bytes (synthetic-small), 79-80 (default, and
 * disco-cow-synthetic detailed) and 87 (hw-migratory detailed), as with 4 KB
 * pages (68-79), whose fixed part was 344,064 bytes.
 */
export const TRACE_FIXED_BYTES = 1_048_576;
/** Below every measured size, for what a trace needs at least. */
export const MIN_BYTES_PER_EVENT = 64;
/** Above every measured size, for what a trace may need. */
export const MAX_BYTES_PER_EVENT = 128;
/**
 * While it records, the trace's -wal grows to the checkpoint threshold
 * (TRACE_WAL_CHECKPOINT_PAGES) before it is written back into the .db; it is
 * removed when the recording ends.
 */
export const WAL_PEAK_BYTES = TRACE_WAL_CHECKPOINT_PAGES * TRACE_PAGE_BYTES;

export interface DiskSpaceCheck {
  readonly verdict: 'fits' | 'may-not-fit' | 'does-not-fit';
  /** Bytes the trace needs at least (what a run that reaches its end surely stores). */
  readonly atLeastBytes: number;
  /** Bytes it may need, its -wal's peak included. */
  readonly upToBytes: number;
  /** Bytes free for this process in the file system of `out`'s directory, plus those of the trace --force replaces. */
  readonly freeBytes: number;
}

/**
 * Compares the free space where `out` goes with the trace's size, estimated
 * from the scenario's event bounds: null when the directory cannot be
 * examined (the writer then says why it cannot create the file).
 */
export function checkDiskSpace(out: string, bounds: TraceEventBounds, force: boolean): DiskSpaceCheck | null {
  let freeBytes: number;
  try {
    const fs = statfsSync(path.dirname(path.resolve(out)));
    freeBytes = fs.bavail * fs.bsize;
  } catch {
    return null;
  }
  if (force) for (const file of [out, `${out}-wal`]) if (existsSync(file)) freeBytes += statSync(file).size;
  const atLeastBytes = TRACE_FIXED_BYTES + bounds.sure * MIN_BYTES_PER_EVENT;
  const upToBytes = TRACE_FIXED_BYTES + (bounds.upper ?? bounds.sure) * MAX_BYTES_PER_EVENT + WAL_PEAK_BYTES;
  const verdict = freeBytes < atLeastBytes ? 'does-not-fit' : freeBytes < upToBytes ? 'may-not-fit' : 'fits';
  return { verdict, atLeastBytes, upToBytes, freeBytes };
}
