/**
 * What analysing a workbook yields, in a module of its own: the patch and document builders take an Analysis
 * without importing the engine that makes one (which imports them), so the core has no import cycle.
 */
import { Finding } from "./findings";
import { ProgressRow, Settings, Task, UnitEntry } from "./model";
import { IsoDate } from "./text/dates";
import { UnitRegistry } from "./units/registry";
import { MetricRow } from "./validate/trackMetrics";
import { TaskState } from "./rollup/taskStates";
import { Rollup } from "./rollup/rollUp";
import { BookOwnership } from "./layout/ownership";

export interface AnalyzeOptions {
  /** Overrides the 截至日期 of the 设置 sheet. */
  asOf?: IsoDate;
  /** Today's date, supplied by the host (the core has no clock); the as-of date when nothing else sets it. */
  today: IsoDate;
  /**
   * The host reads the cells no more once they are analysed (the CLI): the progress sheet's rows are let go
   * each as it is read (and its SheetData's `rows` then set to an empty list), instead of being held through
   * every rule, or whole beside the progress rows made from them. At 10⁶ rows they are ~120 MB of arrays.
   * Default false: the book is left as it was given.
   */
  releaseCells?: boolean;
}

/** Where the progress rows sit, so results can be written beside them. */
export interface ProgressLayout {
  sheet: string;
  headerRow: number;
  /** First column free for duban's own columns (reused when an earlier run already wrote them). */
  resultCol: number;
}

export interface Analysis {
  settings: Settings;
  units: UnitEntry[];
  registry: UnitRegistry;
  tasks: Task[];
  progress: ProgressRow[];
  progressLayout: ProgressLayout | null;
  findings: Finding[];
  metrics: MetricRow[];
  states: Map<string, TaskState>;
  rollup: Rollup;
  /** The workbook's sheet names and duban's marks in it: where what duban writes may go. */
  book: BookOwnership;
}
