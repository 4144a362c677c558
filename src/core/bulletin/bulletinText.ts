import type { Analysis } from "../analysis";
import { OutputSheet, WorkbookPatch } from "../output";
import { SHEET } from "../layout/sheetNames";
import { bulletinDocument, BulletinOptions } from "./bulletinDocument";
import { documentLines } from "./document";
import { splitForCells } from "../sheet/cellTextLimit";

/**
 * The bulletin (通报) as plain text, one paragraph a line (the annex table a row a line, cells separated
 * by tabs): the same content as the .docx, for the 通报 sheet, the pane's text box and the terminal.
 */
export function bulletinLines(a: Analysis, options: BulletinOptions = {}): string[] {
  return documentLines(bulletinDocument(a, options));
}

export function bulletinText(a: Analysis, options: BulletinOptions = {}): string {
  return bulletinLines(a, options).join("\n");
}

/**
 * The bulletin as a sheet of one column, one paragraph a row; a paragraph longer than a cell holds (the list of
 * every task done, at a large district's year end) goes on in the rows below it, cut after a stop.
 */
export function bulletinPatch(a: Analysis, options: BulletinOptions = {}): WorkbookPatch {
  const lines = bulletinLines(a, options);
  const sheet: OutputSheet = { name: SHEET.bulletin, columns: [{ header: "通报", width: 110, wrap: true }], rows: lines.flatMap((l) => splitForCells(l).map((piece) => [piece])), portrait: true };
  return { sheets: [sheet], columns: [], summary: [`写入工作表「${SHEET.bulletin}」（${lines.length} 段）`] };
}
