import { watchPlacement } from '@disco/analysis';
import { createActivity, type Progress } from '@disco/cli-kit';
import type { TraceReader } from '@disco/trace-store';

/**
 * Shows on stderr, when it is a terminal and the output is not --json, how
 * far a report that prices every page of `reader` got: the misses read, then
 * the pages priced (`report policy` on a detailed trace of millions of misses
 * takes seconds to minutes). Returns what ends the display.
 */
export function showPlacementProgress(reader: TraceReader, label: string, quiet: boolean): () => void {
  let phase: string | null = null;
  let activity: Progress | null = null;
  watchPlacement(reader, (now, done) => {
    if (now !== phase) {
      activity?.stop();
      phase = now;
      activity = createActivity(label, { quiet, unit: now });
    }
    activity!.update(done);
  });
  return () => activity?.stop();
}
