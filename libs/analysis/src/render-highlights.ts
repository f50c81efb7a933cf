import type { RunHighlights } from './run-highlights';

const TICKS_PER_US = 1_000_000;
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The highlights as indented text lines for a CLI summary. */
export function renderHighlights(h: RunHighlights): string[] {
  const lines: string[] = [];
  if (h.timeByBucket.length > 0) {
    lines.push('  CPU time        ' + h.timeByBucket.filter((b) => b.share >= 0.0005).map((b) => `${b.bucket} ${percent(b.share)}`).join(', '));
  }
  if (h.misses !== null) {
    const m = h.misses;
    lines.push(
      `  cache misses    ${count(m.local + m.remote)} (${percent(m.localShare)} local), TLB misses ${count(m.tlb)}, instructions ${count(m.instructions)}`,
    );
  }
  if (h.kernelServices.length > 0) {
    lines.push('  kernel services (most time first)');
    for (const s of h.kernelServices) {
      lines.push(`    ${s.service.padEnd(20)} ${count(s.count).padStart(9)} × ${(s.meanTicks / TICKS_PER_US).toFixed(2).padStart(8)} µs`);
    }
  }
  if (h.decisions.length > 0) lines.push('  decisions       ' + h.decisions.map((d) => `${d.kind} ${count(d.count)}`).join(', '));
  return lines;
}
