import type { TraceReader } from '@disco/trace-store';
import type { ChartDeclaration } from './sql-module';
import type { PlacementModel } from './placement/placement-model';

/** What a computed section may need beyond the trace, supplied by the caller (disco-analyze). */
export interface ReportContext {
  /** Rows of ranked lists (hottest pages). */
  readonly top: number;
  /**
   * The run's placement cost model and policy name, derived from the scenario
   * it stores (analysis does not read scenario JSON: libs/scenario does).
   */
  readonly placement?: { readonly model: PlacementModel; readonly policy: string };
  /** `report decisions --page P`: a machine page. */
  readonly page?: number;
  /** `--at`: the last event seq to consider (inclusive; -1 before the first). */
  readonly atSeq?: number;
  /** Only say whether the section has data (report --list): no computation. */
  readonly probe?: boolean;
}

/** The rows of a section computed in TypeScript instead of SQL. */
export interface ComputedRows {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** What a computed section declares in place of a `.sql` header and column comments. */
export interface ComputedSectionSpec {
  readonly name: string;
  readonly title: string;
  readonly requires: readonly string[];
  /** Tables of which at least one must hold rows. */
  readonly requiresAny?: readonly string[];
  readonly absent: string;
  readonly empty?: string;
  readonly note?: string;
  /** Whether compare sets it side by side; 'values': without normalizing to the first trace. */
  readonly compare: boolean | 'values';
  readonly keys?: readonly string[];
  readonly charts?: readonly ChartDeclaration[];
  readonly columns: Readonly<Record<string, string>>;
  readonly compute: (reader: TraceReader, context: ReportContext) => ComputedRows;
}

