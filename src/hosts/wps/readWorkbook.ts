/**
 * Reads the active ET workbook into the core's WorkbookData: per sheet one `Value2` of the block from A1
 * to the end of the used range, then bold and merges found by bisection: a range's `Font.Bold` and
 * `MergeCells` are true or false when uniform and mixed (null) otherwise, so a column with no bold
 * costs one call, and only mixed cells are read `Characters(start, len)` by `Characters`.
 */
import { CellValue, SheetData, WorkbookData } from "../../core";
import { cellAddress, columnLetter } from "../../core";
import { EtNames, EtRange, EtSheets, EtWorkbook, EtWorksheet } from "./etTypes";
import { activeWorkbook, EtRoots, prop } from "./etRoot";
import { fromValue2, value2Grid } from "./cellValues";
import { cancelledError } from "./wpsHostError";
import type { RunOptions } from "../../app/ports";

/** true / false when the whole range agrees, null when mixed (or when a build answers something else). */
export function tristate(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 0) return false;
  if (value === -1 || value === 1) return true;
  return null;
}

function boldOf(target: { Font: unknown } | EtRange): boolean | null {
  const font = prop<object>(target, "Font", "Bold");
  return tristate(prop(font, "Bold"));
}

/** Bold flags of each character of a cell whose font is mixed, by bisection over `Characters`. */
function charBolds(cell: EtRange, length: number): boolean[] {
  const out = new Array<boolean>(length).fill(false);
  const visit = (start: number, len: number) => {
    const b = boldOf(cell.Characters(start + 1, len));
    if (b !== null || len === 1) {
      for (let i = start; i < start + len; i++) out[i] = b === true;
      return;
    }
    const half = Math.floor(len / 2);
    visit(start, half);
    visit(start + half, len - half);
  };
  if (length > 0) visit(0, length);
  return out;
}

/** A text with per-character bold flags as runs; a plain string when all characters agree. */
function runsOf(text: string, bolds: boolean[]): CellValue {
  if (bolds.every((b) => b) || bolds.every((b) => !b)) return text;
  const runs: { text: string; bold: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.bold === bolds[i]) last.text += text[i];
    else runs.push({ text: text[i], bold: bolds[i] });
  }
  return { richText: runs };
}

function scanBold(ws: EtWorksheet, sheet: SheetData, rowCount: number, colCount: number): void {
  for (let c = 0; c < colCount; c++) {
    if (!sheet.rows.some((row) => row[c] !== null && row[c] !== undefined)) continue;
    const letter = columnLetter(c);
    const visit = (top: number, bottom: number) => {
      const bold = boldOf(ws.Range(`${letter}${top + 1}:${letter}${bottom + 1}`));
      if (bold === false) return;
      if (bold === true) {
        for (let r = top; r <= bottom; r++) if (sheet.rows[r][c] !== null) sheet.boldCells!.add(`${r},${c}`);
        return;
      }
      if (top === bottom) {
        const value = sheet.rows[top][c];
        if (typeof value !== "string") return;
        const bolds = charBolds(ws.Range(cellAddress(top, c)), value.length);
        sheet.rows[top][c] = runsOf(value, bolds);
        if (bolds.length > 0 && bolds.every((b) => b)) sheet.boldCells!.add(`${top},${c}`);
        return;
      }
      const mid = Math.floor((top + bottom) / 2);
      visit(top, mid);
      visit(mid + 1, bottom);
    };
    visit(0, rowCount - 1);
  }
}

/** "$A$3:$C$5" or "任务清单!A3:C5" → "A3:C5". */
function plainAddress(address: string): string {
  return address.replace(/^.*!/, "").replace(/\$/g, "");
}

function scanMerges(ws: EtWorksheet, rowCount: number, colCount: number): string[] {
  const areas = new Set<string>();
  const last = columnLetter(colCount - 1);
  const cellAreas = (top: number, bottom: number, left: number, right: number) => {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = ws.Range(cellAddress(r, c));
        if (tristate(prop(cell, "MergeCells")) === false) continue;
        const area = plainAddress(prop<EtRange>(cell, "MergeArea", "Address").Address(false, false));
        if (area.includes(":")) areas.add(area);
      }
    }
  };
  const visitRows = (top: number, bottom: number) => {
    const merged = tristate(prop(ws.Range(`A${top + 1}:${last}${bottom + 1}`), "MergeCells"));
    if (merged === false) return;
    if (top === bottom || merged === true) {
      // One row, or a block entirely merged: its areas are read cell by cell (few in practice).
      for (let r = top; r <= bottom; r++) visitCols(r, 0, colCount - 1);
      return;
    }
    const mid = Math.floor((top + bottom) / 2);
    visitRows(top, mid);
    visitRows(mid + 1, bottom);
  };
  const visitCols = (row: number, left: number, right: number) => {
    const merged = tristate(prop(ws.Range(`${columnLetter(left)}${row + 1}:${columnLetter(right)}${row + 1}`), "MergeCells"));
    if (merged === false) return;
    if (left === right || merged === true) return cellAreas(row, row, left, right);
    const mid = Math.floor((left + right) / 2);
    visitCols(row, left, mid);
    visitCols(row, mid + 1, right);
  };
  visitRows(0, rowCount - 1);
  return [...areas];
}

/** Rows and columns from A1 to the end of the used range, so sheet coordinates stay the core's. */
export function usedExtent(ws: EtWorksheet): { rows: number; cols: number } {
  const used = prop<EtRange>(ws, "UsedRange", "Row");
  const rows = used.Row + prop<EtRange>(used, "Rows", "Count").Count - 1;
  const cols = used.Column + prop<EtRange>(used, "Columns", "Count").Count - 1;
  return { rows, cols };
}

function readSheet(ws: EtWorksheet): SheetData {
  const sheet: SheetData = { name: prop<string>(ws, "Name"), rows: [], merges: [], boldCells: new Set<string>() };
  const { rows, cols } = usedExtent(ws);
  const grid = value2Grid(ws.Range(`A1:${cellAddress(rows - 1, cols - 1)}`).Value2, rows, cols);
  sheet.rows = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fromValue2(grid[r]?.[c])));
  // Rows past the last value are dropped so the core sees the same shape as from exceljs.
  while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1].every((v) => v === null)) sheet.rows.pop();
  if (sheet.rows.length === 0) return sheet;
  scanBold(ws, sheet, sheet.rows.length, cols);
  sheet.merges = scanMerges(ws, sheet.rows.length, cols);
  return sheet;
}

export function worksheetsOf(roots: EtRoots): EtWorksheet[] {
  const sheets = prop<EtSheets>(activeWorkbook(roots), "Worksheets", "Count");
  const count = prop<number>(sheets, "Count");
  return Array.from({ length: count }, (_, i) => sheets.Item(i + 1));
}

export async function readWorkbook(roots: EtRoots, options: RunOptions, tick: () => Promise<void>): Promise<WorkbookData> {
  const worksheets = worksheetsOf(roots);
  const data: SheetData[] = [];
  for (let i = 0; i < worksheets.length; i++) {
    options.onProgress?.(i, worksheets.length, "读取工作表");
    data.push(readSheet(worksheets[i]));
    // ET is synchronous: yielding between sheets lets the pane repaint its bar and see 取消.
    await tick();
    if (options.signal?.aborted) throw cancelledError("read");
  }
  options.onProgress?.(worksheets.length, worksheets.length, "读取完成");
  return { sheets: data, definedNames: workbookNames(activeWorkbook(roots)) };
}

/** Workbook-level names with their formulas (a sheet-level name reads "Sheet1!name" and is left out). */
function workbookNames(wb: EtWorkbook): { name: string; refersTo: string }[] {
  const names = prop<EtNames>(wb, "Names", "Count");
  const count = prop<number>(names, "Count");
  const out: { name: string; refersTo: string }[] = [];
  for (let i = 1; i <= count; i++) {
    const item = names.Item(i);
    const name = prop<string>(item, "Name");
    if (!name.includes("!")) out.push({ name, refersTo: String(prop<string>(item, "RefersTo") ?? "").replace(/^=/, "") });
  }
  return out;
}
