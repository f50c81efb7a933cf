// The one table of `npm run bench`: measure | value | reference | ratio (| goal / note).
// Shared by run-all.mjs and by a bench run on its own (bench-rows.ts).

const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

/** @param {readonly {measure: string, value: number, unit: string, reference: number|null, referenceName: string, ratio: number|null, note?: string}[]} rows */
export function formatTable(rows) {
  const cells = rows.map((r) => [
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.reference === null ? `— (${r.referenceName})` : `${fmt(r.reference)} ${r.unit} (${r.referenceName})`,
    r.ratio === null ? '—' : r.ratio.toFixed(3),
    r.note ?? '',
  ]);
  const head = ['measure', 'value', 'reference', 'ratio', 'goal / note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((s, i) => s.padEnd(widths[i])).join(' | ')} |\n`;
  return line(head) + `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n` + cells.map(line).join('');
}
