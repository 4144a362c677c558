/**
 * The core entry points the task pane calls, in one place: the pane holds no domain rules of its own.
 */
import * as engine from "../src/core";
import type { ImportResult } from "../src/core";
import { OUTPUT_SHEETS, SHEET } from "../src/core";
import { WorkbookPatch } from "../src/core";
import { WorkbookData } from "../src/core";
import { Analysis, OfficialDocument } from "../src/core";

export type { Analysis };
export { OUTPUT_SHEETS, SHEET };

export function analyze(book: WorkbookData, today: string, asOf?: string): Analysis {
  return engine.analyzeWorkbook(book, { today, asOf: asOf || undefined });
}

export const validationPatch = (a: Analysis): WorkbookPatch => engine.validationPatch(a);

/** 汇总 with its chart, 报送情况, 任务状态 and 指标跟踪: the patch `duban rollup -o` writes. */
export const rollupPatch = (a: Analysis): WorkbookPatch => engine.rollupPatch(a);

/** The bulletin's drafting loads when 通报 is used (a chunk of its own), not with the pane. */
export async function bulletinText(a: Analysis): Promise<string> {
  const files = await import(/* webpackChunkName: "bulletin" */ "./bulletinFiles");
  return files.bulletinText(a);
}

/** The docx library loads only when a .docx is asked for (a chunk of its own). */
export async function writeDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const files = await import(/* webpackChunkName: "docx" */ "./docxFiles");
  return files.writeDocx(doc);
}

/** New workbooks as .xlsx bytes (填报表): exceljs and the xlsx renderer load only then (a chunk of their own). */
export async function newWorkbooks() {
  const files = await import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");
  return files.newWorkbooks();
}

/** The generated workbooks as one .zip (jszip, in the same on-demand chunk as exceljs). */
export async function zipWorkbooks(books: { fileName: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const files = await import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");
  return files.zipWorkbooks(books.map((b) => ({ unit: "", tasks: 0, ...b })));
}

/** Returned files are read by duban's own reader (a small chunk of its own); exceljs is not loaded for them. */
export async function readReturned(bytes: Uint8Array, name: string): Promise<WorkbookData> {
  const returned = await import(/* webpackChunkName: "returned" */ "./returnedFiles");
  return returned.readXlsx(bytes, name);
}

/** The importers load when 导入 is used (a chunk of its own): they are the largest part of the core. */
export async function importText(text: string): Promise<ImportResult> {
  const files = await import(/* webpackChunkName: "import" */ "./importFiles");
  return files.importText(text);
}

/** The 导入 preview's view, in the importers' chunk (it names the kinds of text they read). */
export async function importPreview(result: ImportResult, year?: number): Promise<HTMLElement[]> {
  const files = await import(/* webpackChunkName: "import" */ "./importFiles");
  return files.renderImportPreview(result, year);
}
