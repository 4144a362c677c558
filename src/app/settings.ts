/**
 * 保存设置: the settings the user changed in a pane's form, written into the 设置 sheet in place (only those
 * value cells; src/core/settings/editSettings.ts). The workbook is read and analysed first, so the sheet's
 * layout and the settings in force are the ones the change applies to; nothing is written when nothing changed.
 */
import { CellValue, editSettingsPatch } from "../core";
import { analyseBook, AnalysisOutcome, AnalysisRequest } from "./analysis";
import { WorkbookPort } from "./ports";

export async function saveSettings<R>(port: WorkbookPort, changes: ReadonlyMap<string, CellValue>, request: AnalysisRequest<R>): Promise<AnalysisOutcome<R>> {
  const { analysis, book } = await analyseBook(port, request);
  const kept = request.keep(analysis, book);
  if (changes.size === 0) return { kept, summary: [] };
  const patch = editSettingsPatch(book, analysis.settings, new Map(changes));
  await port.apply(patch, request.run);
  request.onStep?.("write");
  return { kept, summary: patch.summary };
}
