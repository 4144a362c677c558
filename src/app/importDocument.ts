/**
 * 导入 a document (`duban import`): what a host read from the file (ImportSource) imported by the core's
 * importers. A table is imported as rows; a Word file is a table (a 分解表) or prose with tables in it (a
 * notice, a report): read as rows first, and as text when a prose kind is asked for or the rows hold no
 * table.
 */
import { CellValue, detectKind, ImportKind, importRows, importText, ImportResult, splitLines } from "../core";
import { ImportSource } from "./ports";

export function importDocument(source: ImportSource, kind: ImportKind | "auto"): ImportResult {
  if ("text" in source) return importText(source.text, { kind });
  if (!source.prose) return importSheets(source.rows, source.sheets ?? [], kind);
  const text = rowsToText(source.rows);
  const chosen = kind === "auto" ? detectKind(splitLines(text)).kind : kind;
  if (chosen === "table") {
    const asTable = importRows(source.rows, { kind });
    if (asTable.tasks.length > 0 || kind === "table") return asTable;
  }
  return importText(text, { kind });
}

/**
 * A workbook: its first sheet, as before, unless that sheet gives no task (a cover, a 说明 sheet, a blank first sheet);
 * then the first later sheet that gives tasks — a table or a place-by-indicator matrix — named in the reason.
 */
function importSheets(first: CellValue[][], sheets: { name: string; rows: CellValue[][] }[], kind: ImportKind | "auto"): ImportResult {
  const result = importRows(first, { kind });
  if (result.tasks.length || sheets.length < 2) return result;
  for (const [k, sheet] of sheets.entries()) {
    if (k === 0) continue;
    const other = importRows(sheet.rows, { kind });
    if (other.tasks.length) return { ...other, kindReason: `第一个工作表未找到任务，读取第 ${k + 1} 个工作表「${sheet.name}」：${other.kindReason}` };
  }
  return result;
}

/** Rows as the text a copy out of Word gives: cells separated by tabs, multi-line cells quoted. */
function rowsToText(rows: CellValue[][]): string {
  const text = (c: CellValue) => (c === null ? "" : typeof c === "object" ? ("richText" in c ? c.richText.map((r) => r.text).join("") : "") : String(c));
  return rows
    .map((row) => {
      const cells = row.map(text);
      if (cells.length <= 1) return cells[0] ?? "";
      return cells.map((c) => (/[\n\t"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join("\t");
    })
    .join("\n");
}

/** The year of the document: the first "2024年" it mentions, else none. */
export function documentYear(result: ImportResult): number | undefined {
  const text = [...result.sections.map((s) => s.name), ...result.skipped.slice(0, 20).map((s) => s.text), ...result.tasks.slice(0, 20).map((t) => t.text)].join(" ");
  const m = /(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
}

