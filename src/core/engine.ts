import { WorkbookData } from "./sheet/cellValue";
import { WorkbookPatch } from "./output";
import { Finding } from "./findings";
import { ProgressRow, Settings, Task, UnitEntry } from "./model";
import { IsoDate } from "./text/dates";

/** A workbook that cannot be analysed at all (no catalogue sheet, a required column missing …). */
export class BookError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface AnalyzeOptions {
  /** Overrides the 截至日期 of the 设置 sheet. */
  asOf?: IsoDate;
}

export interface Analysis {
  settings: Settings;
  units: UnitEntry[];
  tasks: Task[];
  progress: ProgressRow[];
  findings: Finding[];
}

/** Reads, validates, judges and rolls up a workbook: the one entry point every host calls. (Being written.) */
export function analyzeWorkbook(_book: WorkbookData, _options: AnalyzeOptions = {}): Analysis {
  throw new BookError("NOT_IMPLEMENTED", "未实现");
}

/** What `validate` writes: 校验结果, 指标跟踪 and the status column beside the progress rows. (Being written.) */
export function validationPatch(_analysis: Analysis): WorkbookPatch {
  return { sheets: [], columns: [], summary: [] };
}

/** What `rollup` writes: the 汇总 sheet. (Being written.) */
export function rollupPatch(_analysis: Analysis): WorkbookPatch {
  return { sheets: [], columns: [], summary: [] };
}
