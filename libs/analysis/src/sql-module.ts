/**
 * The conventions of the analysis `.sql` files: a header of `-- key: value`
 * lines (before the first statement line), and a trailing `-- comment` on the
 * line of every output column (`expr AS name, -- what it means`).
 */

/** Header entries by key, in file order (a key such as `chart` may repeat). */
export function parseSqlHeader(text: string): Map<string, string[]> {
  const header = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('--')) break;
    const match = /^--\s*([a-z][a-z-]*):\s*(.*)$/.exec(trimmed);
    if (match) header.set(match[1]!, [...(header.get(match[1]!) ?? []), match[2]!.trim()]);
  }
  return header;
}

/** The documentation comment of each column named on a line (`AS name, -- doc` or `name, -- doc`). Later lines win. */
export function parseColumnDocs(text: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('--')) continue;
    const match = /(?:\bAS\s+)?"?([A-Za-z_]\w*)"?\s*,?\s*--\s*(.+)$/i.exec(line);
    if (match) docs.set(match[1]!, match[2]!.trim());
  }
  return docs;
}

/** A chart declared by `-- chart: stacked|bar x=col y=a,b title="…" axis="unit"`. */
export interface ChartDeclaration {
  readonly mark: 'stacked' | 'bar';
  /** Column on the x axis; absent for a one-row section (one bar per trace). */
  readonly x: string | null;
  /** Columns stacked on the y axis. */
  readonly y: readonly string[];
  readonly title: string;
  /** Title of the value axis (its unit), if any. */
  readonly axis: string | null;
  /**
   * A one-row section (x absent): the text column whose value names each
   * trace's bar (say the policy a run used) instead of the trace's name.
   */
  readonly label?: string;
}

export function parseChart(text: string): ChartDeclaration {
  const mark = /^(stacked|bar)\b/.exec(text)?.[1];
  if (mark !== 'stacked' && mark !== 'bar') throw new Error(`chart must start with 'stacked' or 'bar': ${text}`);
  const x = /\bx=([A-Za-z_]\w*)/.exec(text)?.[1] ?? null;
  const y = /\by=([\w,]+)/.exec(text)?.[1]?.split(',') ?? [];
  if (y.length === 0) throw new Error(`chart needs y=columns: ${text}`);
  const title = /\btitle="([^"]*)"/.exec(text)?.[1] ?? y.join(', ');
  const axis = /\baxis="([^"]*)"/.exec(text)?.[1] ?? null;
  const label = /\blabel=([A-Za-z_]\w*)/.exec(text)?.[1];
  return { mark, x, y, title, axis, ...(label ? { label } : {}) };
}

/** Splits a header value such as `cpu, node` into names. */
export function headerList(header: Map<string, string[]>, key: string): string[] {
  return (header.get(key) ?? []).flatMap((v) => v.split(/[\s,]+/)).filter((v) => v !== '');
}
