import { promises as fs } from "node:fs";
// exceljs is loaded only when the full reader is used: requiring it costs ~0.4 s, as much as streaming
// 20,000 rows, and runs that stream never need it.
import type ExcelJS from "exceljs";
import type { CellValue, SheetData, WorkbookData, TextRun } from "../../core/base";
import { DubanError } from "../../core/base";
import { serialFromIso } from "../../core/base";
import { checkWorkbookBytes } from "./checkBytes";
import { checkFileHead, SheetStats, StreamOptions, streamWorkbookWithStats } from "./streamWorkbook";
import { verifyArchive } from "./zipArchive";

/** exceljs cell value → the core's CellValue (dates become Excel serials, rich text keeps bold runs). */
function toCellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const cellBold = Boolean(cell.font?.bold);
      const runs: TextRun[] = (o.richText as { text: string; font?: { bold?: boolean } }[]).map((r) => ({ text: r.text ?? "", bold: r.font?.bold ?? cellBold }));
      return { richText: runs };
    }
    if ("error" in o) return { error: String(o.error) };
    if ("formula" in o || "sharedFormula" in o) {
      const result = o.result as unknown;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return dateToSerial(result);
      if (typeof result === "object" && result && "error" in (result as object)) return { error: String((result as { error: unknown }).error) };
      return result as CellValue;
    }
    if ("text" in o) return typeof o.text === "string" ? o.text : toPlainText(o.text);
  }
  return String(v);
}

function toPlainText(v: unknown): string {
  if (v && typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: { text: string }[] }).richText).map((r) => r.text).join("");
  }
  return v === undefined || v === null ? "" : String(v);
}

function dateToSerial(d: Date): number {
  const iso = d.toISOString();
  const day = serialFromIso(iso.slice(0, 10));
  const ms = d.getUTCHours() * 3600000 + d.getUTCMinutes() * 60000 + d.getUTCSeconds() * 1000;
  return day + ms / 86400000;
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  const boldCells = new Set<string>();
  let usedWidth = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = toCellValue(cell);
      // A formula is never an empty cell, whatever it shows.
      const raw = cell.value as unknown;
      if (raw && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) usedWidth = Math.max(usedWidth, colNumber);
      if (cell.font?.bold) boldCells.add(`${rowNumber - 1},${colNumber - 1}`);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  return { name: ws.name, rows, merges, boldCells, usedWidth };
}

/** Loads an .xlsx file; unreadable files become DubanErrors with FILE_* codes and a Chinese message. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new DubanError("FILE_NOT_FOUND", { file: path });
  }
  checkWorkbookBytes(bytes, path);
  await checkFileHead(path);
  await verifyArchive(path);
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new DubanError("FILE_DAMAGED", { file: path, kind: "unreadable", detail: (err as Error).message });
  }
  return wb;
}

export function workbookData(wb: ExcelJS.Workbook): WorkbookData {
  const definedNames = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({ name: n.name, refersTo: n.ranges.join(",") }));
  return { sheets: wb.worksheets.map(sheetFromWorksheet), definedNames };
}

/**
 * The workbook's cells for analysis. Streams (memory in proportion to the cells that hold values, not to
 * the file's row count); the full exceljs reader is used only for what the stream path leaves aside
 * (the 1904 date system).
 */
/**
 * How much an output copy may hold: writing -o loads the whole exceljs object model (several kB per row),
 * so beyond these the run stops with a clear message instead of exhausting memory.
 */
const COPY_LIMITS = { rowElements: 300000, emptyRowElements: 100000 };

/**
 * Reads for a run that writes a copy: the cells by streaming, then — within COPY_LIMITS — the exceljs
 * workbook the copy is made from. Throws FILE_TOO_LARGE beyond the limits.
 */
export async function readForCopy(path: string): Promise<{ data: WorkbookData; wb: ExcelJS.Workbook }> {
  const streamed = await streamWorkbookWithStats(path);
  guardFullLoad(streamed.stats);
  const wb = await loadWorkbook(path);
  return { data: streamed.date1904 ? workbookData(wb) : streamed.data, wb };
}

/** Throws FILE_TOO_LARGE where loading the exceljs object model would take memory out of proportion. */
function guardFullLoad(stats: SheetStats[]): void {
  for (const s of stats) {
    const empty = s.rowElements - s.valueRows;
    if (empty > COPY_LIMITS.emptyRowElements) {
      throw new DubanError("FILE_TOO_LARGE", { sheet: s.name, emptyRows: empty });
    }
  }
  const total = stats.reduce((a, s) => a + s.rowElements, 0);
  if (total > COPY_LIMITS.rowElements) {
    throw new DubanError("FILE_TOO_LARGE", { rows: total, limit: COPY_LIMITS.rowElements });
  }
}

export async function readWorkbookFile(path: string, options: StreamOptions = {}): Promise<WorkbookData> {
  const streamed = await streamWorkbookWithStats(path, options);
  if (!streamed.date1904) return streamed.data;
  guardFullLoad(streamed.stats);
  return workbookData(await loadWorkbook(path));
}
