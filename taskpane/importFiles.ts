/**
 * 导入 in a chunk of its own: the readers of pasted notices, lists and tables are most of the core's code by
 * size and are needed only when text is pasted into the 导入 tab, not to show the pane.
 */
import * as importer from "../src/core";
import * as layout from "../src/core";
import { SHEET } from "../src/core";
import { WorkbookPatch } from "../src/core";

export { renderImportPreview } from "./views/importView";

export const importText = (text: string) => importer.importText(text);

/** Only the 任务清单 sheet of the default layout: importing must not wipe progress already typed. */
export function importPatch(result: importer.ImportResult, year: number): WorkbookPatch {
  const patch = layout.buildLayoutPatch({ tasks: result.tasks, units: result.units, year });
  const sheets = patch.sheets.filter((s) => s.name === SHEET.catalogue);
  return { sheets, columns: [], summary: [`写入工作表 ${SHEET.catalogue}（${result.tasks.length} 项任务）`] };
}
