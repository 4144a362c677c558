/**
 * Renders a WorkbookPatch into the active ET workbook. Output sheets are regenerated whole (an existing
 * sheet of that name is cleared of values, formats, conditional formats and validations and reused, so
 * its position stays and no delete confirmation can pop up); appended columns are rewritten in place next
 * to what people typed. Values go in as one 2-D `Value2` per block. Screen updating, calculation, events
 * and alerts are switched off for the write and restored whatever happens (withQuietApp).
 */
import { AppendedColumn, ColumnSpec, ColumnValidation, OutputSheet, renderSheetRows, WorkbookPatch } from "../../core";
import { CellValue, isRichText } from "../../core";
import { cellAddress, columnLetter, quoteSheetName } from "../../core";
import { EtApplication, EtNames, EtRange, EtWorkbook, EtWorksheet, XL } from "./etTypes";
import { activeWorkbook, EtRoots, hasMember, prop } from "./etRoot";
import { FILL_COLORS, toValue2 } from "./cellValues";
import { cancelledError, WpsHostError } from "./wpsHostError";
import { usedExtent, worksheetsOf } from "./readWorkbook";
import type { RunOptions as WpsRunOptions } from "../../app/ports";
import { cellText } from "../../core";

/** What the status column's header comment says, so people know not to type there. */
export const COLUMN_NOTE = "督办助手生成：每次校验时重写此列，请勿在此填写。Written by duban and rewritten on every run.";

type QuietKey = "ScreenUpdating" | "Calculation" | "EnableEvents" | "DisplayAlerts";
const QUIET: [QuietKey, unknown][] = [
  ["ScreenUpdating", false],
  ["EnableEvents", false],
  ["DisplayAlerts", false],
  ["Calculation", XL.calculationManual],
];

/**
 * Runs `work` with the application quiet and puts every flag back afterwards, each on its own, so one
 * failing restore (or a flag a build lacks) cannot leave the others switched off.
 */
export async function withQuietApp<T>(app: EtApplication, work: () => Promise<T>): Promise<T> {
  const saved: [QuietKey, unknown][] = [];
  try {
    for (const [key, quiet] of QUIET) {
      if (!hasMember(app, key)) continue;
      const before = app[key];
      saved.push([key, before]);
      if (before !== quiet) (app as unknown as Record<string, unknown>)[key] = quiet;
    }
    return await work();
  } finally {
    for (const [key, before] of saved.reverse()) {
      try {
        if (app[key] !== before) (app as unknown as Record<string, unknown>)[key] = before;
      } catch {
        // Nothing more can be done for this flag; the others are still restored.
      }
    }
  }
}

function findSheet(wb: EtWorkbook, roots: EtRoots, name: string): EtWorksheet | undefined {
  void wb;
  return worksheetsOf(roots).find((ws) => prop<string>(ws, "Name") === name);
}

function writeValues(ws: EtWorksheet, top: number, left: number, rows: CellValue[][], width: number): void {
  if (rows.length === 0 || width === 0) return;
  const grid = rows.map((row) => Array.from({ length: width }, (_, c) => toValue2(row[c] ?? null)));
  const range = ws.Range(`${cellAddress(top, left)}:${cellAddress(top + rows.length - 1, left + width - 1)}`);
  // One cell takes a scalar; a block takes a 2-D array (the shape ET gives back).
  range.Value2 = rows.length === 1 && width === 1 ? grid[0][0] : grid;
}

function styleHeader(range: EtRange): void {
  prop<EtRange["Font"]>(range, "Font", "Bold").Bold = true;
  prop<EtRange["Interior"]>(range, "Interior", "Color").Color = FILL_COLORS.header.fill;
  range.WrapText = true;
}

function validationArgs(v: ColumnValidation, patch: WorkbookPatch): { type: number; operator: number; formula: string; message: string } {
  switch (v.kind) {
    case "list":
      return { type: XL.validateList, operator: XL.between, formula: v.values.join(","), message: `请从下拉列表中选择：${v.values.join("、")}` };
    case "listRange": {
      const col = columnLetter(v.column);
      const source = patch.sheets.find((s) => s.name === v.sheet);
      const first = (source?.titleRows?.length ?? 0) + 2;
      return { type: XL.validateList, operator: XL.between, formula: `=${quoteSheetName(v.sheet)}!$${col}$${first}:$${col}$${first + v.rows - 1}`, message: `请从「${v.sheet}」已有的值中选择` };
    }
    case "textLength":
      return { type: XL.validateTextLength, operator: XL.lessEqual, formula: String(v.max), message: `不超过 ${v.max} 字` };
  }
}

function formatColumn(ws: EtWorksheet, patch: WorkbookPatch, spec: ColumnSpec, col: number, firstRow: number, lastRow: number): void {
  const letter = columnLetter(col);
  if (spec.width) ws.Range(`${letter}:${letter}`).ColumnWidth = spec.width;
  if (lastRow < firstRow) return;
  const range = ws.Range(`${letter}${firstRow + 1}:${letter}${lastRow + 1}`);
  if (spec.numberFormat) range.NumberFormat = spec.numberFormat;
  if (spec.wrap) range.WrapText = true;
  const fills = spec.conditionalFills ?? [];
  if (fills.length > 0) {
    const conditions = prop<EtRange["FormatConditions"]>(range, "FormatConditions", "Add");
    conditions.Delete();
    for (const f of fills) {
      const fc = conditions.Add(XL.cellValue, XL.equal, `="${f.equals.replace(/"/g, '""')}"`);
      fc.Interior.Color = FILL_COLORS[f.fill].fill;
      fc.Font.Color = FILL_COLORS[f.fill].font;
    }
  }
  if (spec.validation) {
    const { type, operator, formula, message } = validationArgs(spec.validation, patch);
    const validation = prop<EtRange["Validation"]>(range, "Validation", "Add");
    validation.Delete();
    validation.Add(type, XL.validAlertStop, operator, formula);
    validation.IgnoreBlank = true;
    if (type === XL.validateList) validation.InCellDropdown = true;
    validation.ShowError = true;
    validation.ErrorTitle = "输入有误";
    validation.ErrorMessage = message;
  }
}

/** Bold runs (lead units): the text is written whole, then the bold runs are set by character. */
function writeRuns(ws: EtWorksheet, rows: CellValue[][], firstRow: number): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!isRichText(value) || !value.richText.some((run) => run.bold)) return;
      const cell = ws.Range(cellAddress(firstRow + r, c));
      let start = 1;
      for (const run of value.richText) {
        if (run.bold && run.text.length > 0) cell.Characters(start, run.text.length).Font.Bold = true;
        start += run.text.length;
      }
    }),
  );
}

function clearSheet(ws: EtWorksheet): void {
  const cells = prop<EtRange>(ws, "Cells", "Clear");
  prop<EtRange["FormatConditions"]>(cells, "FormatConditions", "Add").Delete();
  prop<EtRange["Validation"]>(cells, "Validation", "Add").Delete();
  cells.Clear();
}

function addSheet(wb: EtWorkbook, name: string): EtWorksheet {
  const sheets = prop<EtWorkbook["Worksheets"]>(wb, "Worksheets", "Count");
  const last = sheets.Item(prop<number>(sheets, "Count"));
  // null for the omitted Before, as in WPS's own Sheets.Add example; undefined may not reach COM as "missing".
  const ws = sheets.Add(null, last);
  ws.Name = name;
  return ws;
}

function writeSheet(wb: EtWorkbook, roots: EtRoots, patch: WorkbookPatch, out: OutputSheet): void {
  const existing = findSheet(wb, roots, out.name);
  const ws = existing ?? addSheet(wb, out.name);
  if (existing) clearSheet(ws);

  const grid = renderSheetRows(out);
  const nCols = Math.max(1, out.columns.length, ...grid.map((r) => r.length));
  const titles = out.titleRows ?? [];
  const headerRow = titles.length;
  const firstData = headerRow + 1;
  const lastData = headerRow + out.rows.length;
  const lastFormatted = headerRow + Math.max(out.rows.length, out.validatedRows ?? 0);

  // Number formats before values, so dates and ratios are shown as such from the start.
  out.columns.forEach((spec, c) => {
    if (spec.numberFormat && out.rows.length > 0) ws.Range(`${cellAddress(firstData, c)}:${cellAddress(lastData, c)}`).NumberFormat = spec.numberFormat;
  });
  writeValues(ws, 0, 0, grid, nCols);
  titles.forEach((_, i) => (prop<EtRange["Font"]>(ws.Range(cellAddress(i, 0)), "Font", "Bold").Bold = true));
  styleHeader(ws.Range(`${cellAddress(headerRow, 0)}:${cellAddress(headerRow, Math.max(out.columns.length, 1) - 1)}`));
  out.columns.forEach((spec, c) => formatColumn(ws, patch, spec, c, firstData, lastFormatted));
  writeRuns(ws, out.rows, firstData);
  if (out.rows.length > 0) {
    for (const c of out.dataBarColumns ?? []) {
      const bar = prop<EtRange["FormatConditions"]>(ws.Range(`${cellAddress(firstData, c)}:${cellAddress(lastData, c)}`), "FormatConditions", "Add").AddDatabar();
      bar.MinPoint.Modify(XL.conditionValueNumber, "0");
      bar.MaxPoint.Modify(XL.conditionValueNumber, "1");
    }
  }
  for (const link of out.links ?? []) {
    const cell = ws.Range(cellAddress(firstData + link.row, link.col));
    const text = cellText(out.rows[link.row]?.[link.col] ?? null) || link.address;
    prop<EtWorksheet["Hyperlinks"]>(ws, "Hyperlinks", "Add").Add(cell, "", `${quoteSheetName(link.sheet)}!${link.address}`, `转到 ${link.sheet}!${link.address}`, text);
  }
}

function writeColumn(wb: EtWorkbook, roots: EtRoots, patch: WorkbookPatch, col: AppendedColumn): void {
  const ws = findSheet(wb, roots, col.sheet);
  if (!ws) throw new WpsHostError("HOST_WPS_NOT_FOUND", `写入工作簿失败：找不到工作表「${col.sheet}」。Sheet not found.`, "write");
  const usedLast = usedExtent(ws).rows - 1;
  const header = ws.Range(cellAddress(col.headerRow, col.col));
  header.Value2 = toValue2(col.spec.header);
  styleHeader(header);
  header.ClearComments();
  header.AddComment(COLUMN_NOTE);
  // Down to the last used row, so a status left by an earlier run on a since-deleted row is cleared.
  const lastRow = Math.max(col.headerRow, usedLast, ...col.values.keys());
  const values: CellValue[][] = [];
  for (let r = col.headerRow + 1; r <= lastRow; r++) values.push([col.values.get(r) ?? null]);
  if (col.spec.numberFormat && values.length > 0) ws.Range(`${cellAddress(col.headerRow + 1, col.col)}:${cellAddress(lastRow, col.col)}`).NumberFormat = col.spec.numberFormat;
  writeValues(ws, col.headerRow + 1, col.col, values, 1);
  formatColumn(ws, patch, col.spec, col.col, col.headerRow + 1, lastRow);
}

export async function applyPatch(roots: EtRoots, patch: WorkbookPatch, options: WpsRunOptions, tick: () => Promise<void>): Promise<void> {
  if (patch.sheets.length === 0 && patch.columns.length === 0 && !patch.names?.length) return;
  const wb = activeWorkbook(roots);
  const steps = patch.sheets.length + patch.columns.length;
  await withQuietApp(roots.app, async () => {
    let done = 0;
    const step = async () => {
      done++;
      options.onProgress?.(done, steps, "写入工作表");
      await tick();
      if (options.signal?.aborted && done < steps) throw cancelledError("write");
    };
    for (const out of patch.sheets) {
      writeSheet(wb, roots, patch, out);
      await step();
    }
    for (const col of patch.columns) {
      writeColumn(wb, roots, patch, col);
      await step();
    }
    writeMarks(wb, patch);
  });
}

/** duban's marks (layout/ownership.ts): hidden workbook-level names, each replacing one of the same name. */
function writeMarks(wb: EtWorkbook, patch: WorkbookPatch): void {
  if (!patch.names?.length) return;
  const names = prop<EtNames>(wb, "Names", "Count");
  for (const n of patch.names) {
    const count = prop<number>(names, "Count");
    for (let i = count; i >= 1; i--) {
      const item = names.Item(i);
      if (prop<string>(item, "Name").toLowerCase() === n.name.toLowerCase()) item.Delete();
    }
    names.Add(n.name, `=${n.refersTo}`, false);
  }
}
