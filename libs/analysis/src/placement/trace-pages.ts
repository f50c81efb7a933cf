import type { TraceReader } from '@disco/trace-store';
import { readPageHistories, type LogicalPage, type PageHistories } from './page-history';
import type { PlacementModel } from './placement-model';
import { policyRegret, type PolicyRegret } from './policy-regret';

const histories = new WeakMap<TraceReader, PageHistories>();

/** How far a placement report got: misses read from the trace, then pages priced (each a running count). */
export type PlacementProgress = (phase: 'misses read' | 'pages priced', done: number) => void;
const watchers = new WeakMap<TraceReader, PlacementProgress>();

/**
 * Calls `progress` as the reports on `reader` that price its pages (policy,
 * decisions, schedule) read its misses and price its pages: on a trace of
 * millions of misses that takes seconds to minutes, so a CLI can show it.
 */
export function watchPlacement(reader: TraceReader, progress: PlacementProgress): void {
  watchers.set(reader, progress);
}
const regrets = new WeakMap<TraceReader, { model: PlacementModel; regret: PolicyRegret }>();

/** The trace's logical pages, read once per reader (the sections of a report share them). */
export function pageHistoriesOf(reader: TraceReader): PageHistories {
  let h = histories.get(reader);
  if (!h) {
    h = readPageHistories(reader, watchers.get(reader));
    histories.set(reader, h);
  }
  return h;
}

/** The trace's regret in `model`, computed once per reader. */
export function policyRegretOf(reader: TraceReader, model: PlacementModel): PolicyRegret {
  const cached = regrets.get(reader);
  if (cached && cached.model === model) return cached.regret;
  const regret = policyRegret(model, pageHistoriesOf(reader), watchers.get(reader));
  regrets.set(reader, { model, regret });
  return regret;
}

const holders = new WeakMap<PageHistories, Map<number, { page: LogicalPage; fromSeq: number }[]>>();

/** The logical page that machine page `mpn` held at event `seq` (the latest one before it, if it held none then). */
export function pageHeldAt(h: PageHistories, mpn: number, seq: number): LogicalPage | undefined {
  let index = holders.get(h);
  if (!index) {
    index = new Map();
    for (const page of h.pages) {
      for (const m of page.machinePages) {
        const list = index.get(m.mpn) ?? [];
        list.push({ page, fromSeq: m.fromSeq });
        index.set(m.mpn, list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => a.fromSeq - b.fromSeq);
    holders.set(h, index);
  }
  let found: LogicalPage | undefined;
  for (const held of index.get(mpn) ?? []) if (held.fromSeq <= seq) found = held.page;
  return found;
}
