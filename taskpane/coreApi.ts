/**
 * The core entry points the task pane calls, in one place: the pane holds no domain rules of its own.
 */
import * as engine from "../src/core/engine";
import * as layout from "../src/core/layout/buildLayout";
import * as importer from "../src/core/import";
import * as bulletin from "../src/core/bulletin/bulletinText";
import { OUTPUT_SHEETS, SHEET } from "../src/core/layout/sheetNames";
import { WorkbookPatch } from "../src/core/output";
import { WorkbookData } from "../src/core/sheet/cellValue";
import { Analysis } from "../src/core/engine";
import { Settings } from "../src/core/model";

export type { Analysis };
export { OUTPUT_SHEETS, SHEET };

export function analyze(book: WorkbookData, today: string, asOf?: string): Analysis {
  return engine.analyzeWorkbook(book, { today, asOf: asOf || undefined });
}

export const validationPatch = (a: Analysis): WorkbookPatch => engine.validationPatch(a);

/** 汇总 with its chart, plus the 指标跟踪 sheet the validation patch also carries. */
export function rollupAndMetricsPatch(a: Analysis): WorkbookPatch {
  const rollup = engine.rollupPatch(a);
  const metricSheets = engine.metricsPatch(a).sheets;
  return {
    sheets: [...rollup.sheets, ...metricSheets],
    columns: rollup.columns,
    names: [...(rollup.names ?? []), ...(engine.metricsPatch(a).names ?? [])],
    summary: [...rollup.summary, ...metricSheets.map((s) => `写入工作表「${s.name}」（${s.rows.length} 行）`)],
  };
}

export const bulletinText = (a: Analysis): string => bulletin.bulletinText(a);
export const bulletinPatch = (a: Analysis): WorkbookPatch => engine.bulletinPatch(a);

/** The docx library loads only when a .docx is asked for (a chunk of its own). */
export async function bulletinDocx(a: Analysis) {
  const files = await import(/* webpackChunkName: "docx" */ "./docxFiles");
  return files.bulletinDocx(a);
}

export async function noticeDocxFiles(a: Analysis) {
  const files = await import(/* webpackChunkName: "docx" */ "./docxFiles");
  return files.noticeDocxFiles(a);
}

/** exceljs and the xlsx renderer load only when 填报表 is used (a chunk of their own). */
export async function unitWorkbooks(a: Analysis) {
  const files = await import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");
  return files.unitWorkbooks(a);
}

/** The generated workbooks as one .zip (jszip, in the same on-demand chunk as exceljs). */
export async function zipWorkbooks(books: { fileName: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const files = await import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");
  return files.zipWorkbooks(books.map((b) => ({ unit: "", tasks: 0, ...b })));
}

/** Returned files are read by duban's own reader (a small chunk of its own); exceljs is not loaded for them. */
export async function mergeReturned(open: WorkbookData, files: { name: string; bytes: Uint8Array }[], today: string) {
  const returned = await import(/* webpackChunkName: "returned" */ "./returnedFiles");
  return returned.mergeReturned(open, files, today);
}

export const importText = (text: string) => importer.importText(text);
export const importKindName = importer.kindName;

/** Only the 任务清单 sheet of the default layout: importing must not wipe progress already typed. */
export function importPatch(result: importer.ImportResult, year: number): WorkbookPatch {
  const patch = layout.buildLayoutPatch({ tasks: result.tasks, units: result.units, year });
  const sheets = patch.sheets.filter((s) => s.name === SHEET.catalogue);
  return { sheets, columns: [], summary: [`写入工作表 ${SHEET.catalogue}（${result.tasks.length} 项任务）`] };
}

export interface SettingsForm {
  year: number;
  asOf: string;
  period: string;
  yellow: number;
  red: number;
  dueSoonDays: number;
}

/** The 设置 sheet for edited settings, so the workbook carries its own rules. */
export function settingsPatch(settings: Settings, form: SettingsForm): WorkbookPatch {
  const merged: Settings = {
    ...settings,
    year: form.year,
    asOf: form.asOf,
    thresholds: { yellow: form.yellow, red: form.red, dueSoonDays: form.dueSoonDays },
  };
  return engine.settingsPatch(merged);
}
