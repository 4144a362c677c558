/**
 * Renders a WorkbookPatch into the active ET workbook. Output sheets are regenerated whole (an existing
 * sheet of that name is cleared of values, formats, conditional formats and validations and reused, so
 * its position stays and no delete confirmation can pop up); appended columns are rewritten in place next
 * to what people typed. Values go in as one 2-D `Value2` per block. Screen updating, calculation, events
 * and alerts are switched off for the write and restored whatever happens (withQuietApp).
 */
import { WorkbookPatch } from "../../core";
import { AppendedPlan, boxRef, CellBox, ColumnPlan, FilterWidening, NamePlan, PagePlan, points, renderPlan, SheetPlan, ValidationPlan, widenFilter } from "../../core";
import { CellValue, isRichText } from "../../core";
import { cellAddress, columnLetter, quoteSheetName } from "../../core";
import { EtApplication, EtAutoFilter, EtFilter, EtFilters, EtNames, EtPageSetup, EtRange, EtWorkbook, EtWorksheet, XL } from "./etTypes";
import { activeWorkbook, EtRoots, hasMember, prop } from "./etRoot";
import { FILL_COLORS, toValue2 } from "./cellValues";
import { cancelledError, sheetNotFound } from "./wpsHostError";
import { usedExtent, worksheetsOf } from "./readWorkbook";
import type { RunOptions } from "../../app/ports";
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
async function withQuietApp<T>(app: EtApplication, work: () => Promise<T>): Promise<T> {
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

function validationArgs(v: ValidationPlan): { type: number; operator: number; formula: string } {
  if (v.type === "list") return { type: XL.validateList, operator: XL.between, formula: v.range ? `=${v.range}` : (v.values ?? []).join(",") };
  return { type: XL.validateTextLength, operator: XL.lessEqual, formula: String(v.max ?? 0) };
}

function formatColumn(ws: EtWorksheet, plan: ColumnPlan, col: number, firstRow: number, lastRow: number): void {
  const { spec } = plan;
  const letter = columnLetter(col);
  if (plan.width) ws.Range(`${letter}:${letter}`).ColumnWidth = plan.width;
  if (lastRow < firstRow) return;
  const range = ws.Range(`${letter}${firstRow + 1}:${letter}${lastRow + 1}`);
  if (spec.numberFormat) range.NumberFormat = spec.numberFormat;
  if (plan.wrap) range.WrapText = true;
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
  const v = plan.validation;
  if (v) {
    const { type, operator, formula } = validationArgs(v);
    const validation = prop<EtRange["Validation"]>(range, "Validation", "Add");
    validation.Delete();
    validation.Add(type, XL.validAlertStop, operator, formula);
    validation.IgnoreBlank = true;
    if (type === XL.validateList) validation.InCellDropdown = true;
    validation.ShowError = true;
    validation.ErrorTitle = v.errorTitle;
    validation.ErrorMessage = v.error;
    if (v.prompt) {
      validation.ShowInput = true;
      validation.InputTitle = v.promptTitle ?? "";
      validation.InputMessage = v.prompt;
    }
  }
}

/** A4 landscape, one page wide and as many tall as needed, the title and header rows on every page. */
function setPageSetup(ws: EtWorksheet, page: PagePlan): void {
  const setup = prop<EtPageSetup>(ws, "PageSetup", "Orientation");
  setup.Orientation = page.orientation === "portrait" ? XL.portrait : XL.landscape;
  setup.PaperSize = XL.paperA4;
  // Zoom off first: the fit-to-pages settings apply only then.
  setup.Zoom = false;
  setup.FitToPagesWide = page.fitToWidth;
  setup.FitToPagesTall = page.fitToHeight === 0 ? false : page.fitToHeight;
  setup.PrintTitleRows = page.titleRowsRef;
  setup.PrintGridlines = page.gridLines;
  // Inches in the plan, points here.
  setup.LeftMargin = points(page.margins.left);
  setup.RightMargin = points(page.margins.right);
  setup.TopMargin = points(page.margins.top);
  setup.BottomMargin = points(page.margins.bottom);
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

function writeSheet(wb: EtWorkbook, roots: EtRoots, plan: SheetPlan): void {
  const out = plan.sheet;
  const existing = findSheet(wb, roots, out.name);
  const ws = existing ?? addSheet(wb, out.name);
  if (existing) clearSheet(ws);

  const { grid, titles, headerRow, firstData, lastData, lastFormatted } = plan;
  const nCols = Math.max(1, out.columns.length, ...grid.map((r) => r.length));

  // Number formats before values, so dates and ratios are shown as such from the start.
  out.columns.forEach((spec, c) => {
    if (spec.numberFormat && out.rows.length > 0) ws.Range(`${cellAddress(firstData, c)}:${cellAddress(lastData, c)}`).NumberFormat = spec.numberFormat;
  });
  writeValues(ws, 0, 0, grid, nCols);
  titles.forEach((_, i) => (prop<EtRange["Font"]>(ws.Range(cellAddress(i, 0)), "Font", "Bold").Bold = true));
  styleHeader(ws.Range(`${cellAddress(headerRow, 0)}:${cellAddress(headerRow, Math.max(out.columns.length, 1) - 1)}`));
  plan.columns.forEach((column, c) => formatColumn(ws, column, c, firstData, lastFormatted));
  writeRuns(ws, out.rows, firstData);
  // ET measures wrapped text itself: rows of wrapped columns are fitted to it.
  if (out.rows.length > 0 && plan.columns.some((c) => c.wrap)) prop<EtRange>(ws.Range(`${cellAddress(firstData, 0)}:${cellAddress(lastData, nCols - 1)}`), "Rows", "AutoFit").AutoFit();
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
  // The filter over the table, as the file hosts and Excel write it; one a reused sheet kept is replaced.
  if (plan.filter && hasMember(ws, "AutoFilterMode")) setFilter(ws, plan.filter, []);
  setPageSetup(ws, plan.page);
}

function writeColumn(wb: EtWorkbook, roots: EtRoots, appended: AppendedPlan): void {
  const col = appended.column;
  const ws = findSheet(wb, roots, col.sheet);
  if (!ws) throw sheetNotFound(col.sheet, "write");
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
  formatColumn(ws, appended.plan, col.col, col.headerRow + 1, lastRow);
}

/**
 * Operators whose criteria read back as they were given: none (one criterion), and / or, top / bottom
 * items and percent, a list of values, a dynamic (date) filter. Colour and icon filters (8–10, 12–14)
 * read back as objects, or not at all, so a filter holding one is left as it is.
 */
const REUSABLE_OPERATORS = new Set([0, XL.autoFilterAnd, XL.autoFilterOr, 3, 4, 5, 6, 7, 11]);

interface SavedFilter {
  field: number;
  criteria1: unknown;
  operator: number;
  criteria2: unknown;
}

/** Each filtered column of a filter, or null when one cannot be given back as it was. */
function savedFilters(filter: EtAutoFilter): SavedFilter[] | null {
  const filters = prop<EtFilters>(filter, "Filters", "Count");
  const count = prop<number>(filters, "Count");
  const saved: SavedFilter[] = [];
  for (let i = 1; i <= count; i++) {
    const f = filters.Item(i);
    if (!prop<boolean>(f, "On")) continue;
    const operator = Number(prop<number>(f, "Operator") ?? 0);
    if (!REUSABLE_OPERATORS.has(operator)) return null;
    const criteria1 = prop<unknown>(f, "Criteria1");
    let criteria2: unknown;
    if (operator === XL.autoFilterAnd || operator === XL.autoFilterOr) criteria2 = prop<unknown>(f, "Criteria2");
    else if (operator === 7) criteria2 = criteria2Of(f);
    if (typeof criteria1 === "object" && criteria1 !== null && !Array.isArray(criteria1)) return null;
    saved.push({ field: i, criteria1, operator, criteria2 });
  }
  return saved;
}

/** A value list's date groups, when it has any (reading Criteria2 of a filter without them fails). */
function criteria2Of(f: EtFilter): unknown {
  try {
    return prop<unknown>(f, "Criteria2");
  } catch {
    return undefined;
  }
}

function boxOf(range: EtRange): CellBox {
  const top = prop<number>(range, "Row") - 1;
  const left = prop<number>(range, "Column") - 1;
  const rows = prop<number>(prop<EtRange>(range, "Rows", "Count"), "Count");
  const cols = prop<number>(prop<EtRange>(range, "Columns", "Count"), "Count");
  return { top, left, bottom: top + rows - 1, right: left + cols - 1 };
}

/**
 * A filter people set over the typed table is widened over our columns (the core's rule), each filtered
 * column keeping its criteria: ET filters a new range only once the old filter is off, so the filter is
 * turned off and set again over the widened range, column by column. A build without AutoFilterMode, a
 * filter ET will not describe, or a criterion that cannot be given back: the filter stays as it was.
 */
function widenSheetFilter(wb: EtWorkbook, roots: EtRoots, widening: FilterWidening): void {
  const ws = findSheet(wb, roots, widening.sheet);
  if (!ws || !hasMember(ws, "AutoFilterMode") || !prop<boolean>(ws, "AutoFilterMode")) return;
  let box: CellBox;
  let widened: CellBox | null;
  let saved: SavedFilter[] | null;
  try {
    const filter = prop<EtAutoFilter | null>(ws, "AutoFilter", "Range");
    if (!filter) return;
    box = boxOf(prop<EtRange>(filter, "Range", "Row"));
    widened = widenFilter(widening, box);
    saved = widened ? savedFilters(filter) : null;
  } catch {
    return;
  }
  if (!widened || !saved) return;
  try {
    setFilter(ws, widened, saved);
  } catch {
    // ET refused the widened filter: the one people set is put back as it was.
    setFilter(ws, box, saved);
  }
}

function setFilter(ws: EtWorksheet, box: CellBox, saved: SavedFilter[]): void {
  if (prop<boolean>(ws, "AutoFilterMode")) ws.AutoFilterMode = false;
  const target = ws.Range(boxRef(box));
  if (!saved.length) target.AutoFilter();
  for (const f of saved) {
    if (f.operator === 0) target.AutoFilter(f.field, f.criteria1);
    else if (f.criteria2 === undefined) target.AutoFilter(f.field, f.criteria1, f.operator);
    else target.AutoFilter(f.field, f.criteria1, f.operator, f.criteria2);
  }
}

/** Cells rewritten in place: the value only, so the cell's format and every name pointing at it stay. */
function writeCell(wb: EtWorkbook, roots: EtRoots, edit: { sheet: string; row: number; col: number; value: CellValue }): void {
  const ws = findSheet(wb, roots, edit.sheet);
  if (!ws) throw sheetNotFound(edit.sheet, "write");
  ws.Range(cellAddress(edit.row, edit.col)).Value2 = toValue2(edit.value);
}

export async function applyPatch(roots: EtRoots, patch: WorkbookPatch, options: RunOptions, tick: () => Promise<void>): Promise<void> {
  const plan = renderPlan(patch);
  if (plan.sheets.length === 0 && plan.columns.length === 0 && plan.cells.length === 0 && plan.names.length === 0) return;
  const wb = activeWorkbook(roots);
  const steps = plan.sheets.length + plan.columns.length + (plan.cells.length ? 1 : 0);
  await withQuietApp(roots.app, async () => {
    let done = 0;
    const step = async () => {
      done++;
      options.onProgress?.(done, steps, "写入工作表");
      await tick();
      if (options.signal?.aborted && done < steps) throw cancelledError("write");
    };
    for (const sheet of plan.sheets) {
      writeSheet(wb, roots, sheet);
      await step();
    }
    for (const col of plan.columns) {
      writeColumn(wb, roots, col);
      await step();
    }
    for (const widening of plan.filters) widenSheetFilter(wb, roots, widening);
    if (plan.cells.length) {
      for (const edit of plan.cells) writeCell(wb, roots, edit);
      await step();
    }
    writeNames(wb, plan.names);
  });
}

/** The plan's names (duban's hidden marks, the names its formulas use), each replacing one of the same name. */
function writeNames(wb: EtWorkbook, plan: NamePlan[]): void {
  if (!plan.length) return;
  const names = prop<EtNames>(wb, "Names", "Count");
  for (const n of plan) {
    const count = prop<number>(names, "Count");
    for (let i = count; i >= 1; i--) {
      const item = names.Item(i);
      if (prop<string>(item, "Name").toLowerCase() === n.name.toLowerCase()) item.Delete();
    }
    names.Add(n.name, `=${n.refersTo}`, !n.hidden);
  }
}
