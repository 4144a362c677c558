/**
 * 导入: a catalogue read from a notice or a table (the core's importers give an ImportResult) written into a
 * workbook. Into the open workbook (the pane) only 任务清单 is written, so progress already typed stays;
 * a new catalogue workbook (`duban import -o`, the samples) gets the whole layout: 任务清单, 进展填报 with
 * the progress the document states, 单位 and 设置.
 */
import { buildLayoutPatch, ImportResult, periodEndMonth, SHEET, withoutPastYearProgress, WorkbookPatch } from "../core";
import { RunOptions, WorkbookPort } from "./ports";

/**
 * The tasks with their part's coordinator ("（总牵头单位：区发改局）" in the heading), written as a 总牵头单位 column on
 * each task row of the part; a task that names its own keeps it.
 */
function withCoordinators(result: ImportResult): ImportResult["tasks"] {
  const bySection = new Map(result.sections.filter((s) => s.coordinator).map((s) => [s.name, s.coordinator as string]));
  if (!bySection.size) return result.tasks;
  return result.tasks.map((t) => (t.coordinator || !bySection.has(t.section) ? t : { ...t, coordinator: bySection.get(t.section) }));
}

/** Only the 任务清单 sheet of the default layout. */
function cataloguePatch(result: ImportResult, year: number): WorkbookPatch {
  const patch = buildLayoutPatch({ tasks: withCoordinators(result), units: result.units, year });
  const sheets = patch.sheets.filter((s) => s.name === SHEET.catalogue);
  return { sheets, columns: [], summary: [`写入工作表 ${SHEET.catalogue}（${result.tasks.length} 项任务）`] };
}

/** Writes the imported tasks as the open workbook's 任务清单; the other sheets are left as they are. */
export async function importIntoBook(port: WorkbookPort, result: ImportResult, year: number, run?: RunOptions): Promise<{ summary: string[] }> {
  const patch = cataloguePatch(result, year);
  await port.apply(patch, run);
  return { summary: patch.summary };
}

/** A period written in a document ("上半年") as one of the default quarterly periods ("二季度"). */
function toQuarter(period: string): string {
  const month = period ? periodEndMonth(period) : null;
  if (month === 3) return "一季度";
  if (month === 6) return "二季度";
  if (month === 9) return "三季度";
  if (month === 12) return "四季度";
  return period;
}

interface CatalogueOptions {
  year?: number;
  /** The workbook's 报告期; without them the default quarters. */
  periods?: { name: string; end: string; due: string }[];
  asOf?: string;
}

/** Writes the whole catalogue workbook of an import (into a new, empty workbook). */
export async function writeCatalogueBook(port: WorkbookPort, result: ImportResult, options: CatalogueOptions = {}, run?: RunOptions): Promise<{ summary: string[] }> {
  const { year, periods, asOf } = options;
  // A table whose title names only a past year ("2023年…完成情况" into a 2024 catalogue): its results are not this year's progress.
  const setAside = withoutPastYearProgress(result, year);
  const pastYearNote = setAside === result ? null : setAside.notes[setAside.notes.length - 1];
  result = setAside;
  // Periods the workbook does not configure are written as the quarter they end in (上半年 → 二季度).
  const named = new Set((periods ?? []).map((p) => p.name));
  const tasks = withCoordinators(result).map((t) =>
    t.progress && !named.has(t.progress.period) ? { ...t, progress: { ...t.progress, period: toQuarter(t.progress.period) } } : t,
  );
  const patch = buildLayoutPatch({ tasks, units: result.units, ...(result.unitAliases ? { unitAliases: result.unitAliases } : {}), ...(year ? { year } : {}), ...(periods ? { periods } : {}), ...(asOf ? { asOf } : {}) });
  await port.apply(patch, run);
  return { summary: pastYearNote ? [...patch.summary, pastYearNote.message] : patch.summary };
}
