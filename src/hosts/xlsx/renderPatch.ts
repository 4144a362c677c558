import ExcelJS from "exceljs";
import { DubanError } from "../../core";
import { Fill, WorkbookPatch } from "../../core";
import { AppendedPlan, argb, boxRef, ColumnPlan, DATA_BAR_COLOR, FilterWidening, LINK_COLOR, PagePlan, PALETTE, renderPlan, SheetPlan, ValidationPlan, widenFilter } from "../../core";
import { CellValue, isCellError, isRichText } from "../../core";
import { columnLetter, parseRange, quoteSheetName } from "../../core";

/** The core's value → what exceljs writes. Text that looks like a formula stays text: never a formula. */
function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (isRichText(value)) return { richText: value.richText.map((r) => ({ text: r.text, font: r.bold ? { bold: true } : {} })) };
  if (isCellError(value)) return value.error;
  return value;
}

function validationFor(v: ValidationPlan): ExcelJS.DataValidation {
  const messages = { showErrorMessage: true, errorTitle: v.errorTitle, error: v.error, ...(v.prompt ? { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt } : {}) };
  if (v.type === "list") return { type: "list", allowBlank: true, formulae: [v.range ?? `"${(v.values ?? []).join(",")}"`], ...messages };
  return { type: "textLength", operator: "lessThanOrEqual", allowBlank: true, formulae: [v.max], ...messages };
}

const solid = (fill: Fill) => ({ fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(PALETTE[fill].fill) } }, font: { color: { argb: argb(PALETTE[fill].font) } } });

function applyColumnFormats(ws: ExcelJS.Worksheet, col: number, plan: ColumnPlan, firstRow: number, lastRow: number) {
  const { spec } = plan;
  const column = ws.getColumn(col + 1);
  if (plan.width) column.width = plan.width;
  const letter = columnLetter(col);
  if (lastRow < firstRow) return;
  const ref = `${letter}${firstRow}:${letter}${lastRow}`;
  if (spec.numberFormat || plan.wrap) {
    for (let r = firstRow; r <= lastRow; r++) {
      const cell = ws.getCell(r, col + 1);
      if (spec.numberFormat) cell.numFmt = spec.numberFormat;
      if (plan.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    }
  }
  if (plan.validation) (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(ref, validationFor(plan.validation));
  if (spec.conditionalFills?.length) {
    ws.addConditionalFormatting({
      ref,
      rules: spec.conditionalFills.map((f, i) => ({ type: "cellIs", operator: "equal", priority: i + 1, formulae: [`"${f.equals}"`], style: solid(f.fill) })),
    });
  }
}

function styleHeader(cell: ExcelJS.Cell) {
  cell.font = { bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(PALETTE.header.fill) } };
  cell.alignment = { vertical: "middle", wrapText: true };
}

/** A4 landscape, one page wide, the title and header rows on every page. */
function applyPage(ws: ExcelJS.Worksheet, page: PagePlan) {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: page.orientation,
    paperSize: page.paperCode,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight,
    showGridLines: true,
    margins: { ...page.margins },
    printTitlesRow: `${page.titleRows.first}:${page.titleRows.last}`,
  };
}

function writeSheet(wb: ExcelJS.Workbook, plan: SheetPlan) {
  const sheet = plan.sheet;
  const existing = wb.getWorksheet(sheet.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(sheet.name);
  plan.titles.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.getCell(i + 1, 1).font = { bold: true };
  });
  const headerRow = plan.headerRow + 1;
  sheet.columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.header;
    styleHeader(cell);
  });
  sheet.rows.forEach((row, r) => {
    const values = row.map(toExcel);
    const xrow = ws.getRow(headerRow + 1 + r);
    xrow.values = values as ExcelJS.CellValue[];
    const height = plan.rowHeights.get(r);
    if (height) xrow.height = height;
  });
  for (const link of sheet.links ?? []) {
    const cell = ws.getCell(headerRow + 1 + link.row, link.col + 1);
    cell.value = { text: String(cell.value ?? link.address), hyperlink: `#${quoteSheetName(link.sheet)}!${link.address}` };
    cell.font = { color: { argb: argb(LINK_COLOR) }, underline: true };
  }
  plan.columns.forEach((c, i) => applyColumnFormats(ws, i, c, headerRow + 1, plan.lastFormatted + 1));
  for (const col of sheet.dataBarColumns ?? []) {
    if (!sheet.rows.length) continue;
    const letter = columnLetter(col);
    ws.addConditionalFormatting({
      ref: `${letter}${headerRow + 1}:${letter}${plan.lastData + 1}`,
      rules: [{ type: "dataBar", priority: 20, minLength: 0, maxLength: 100, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }], color: { argb: argb(DATA_BAR_COLOR) } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  for (const f of sheet.formulaCells ?? []) ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula, result: toExcel(f.result) } as ExcelJS.CellFormulaValue;
  (sheet.formulaFormats ?? []).forEach((f, i) =>
    ws.addConditionalFormatting({ ref: f.ref, rules: [{ type: "expression", priority: 30 + i, formulae: [f.formula], style: solid(f.fill) }] }),
  );
  if (sheet.freezeHeader) ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  if (plan.filter) ws.autoFilter = { from: { row: plan.filter.top + 1, column: plan.filter.left + 1 }, to: { row: plan.filter.bottom + 1, column: plan.filter.right + 1 } };
  applyPage(ws, plan.page);
}

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16384;

function writeColumn(wb: ExcelJS.Workbook, appended: AppendedPlan) {
  const column = appended.column;
  const ws = wb.getWorksheet(column.sheet);
  if (!ws) return;
  if (column.col + 1 > MAX_COLUMNS) {
    // Typed cells reach the sheet's last column: there is nowhere to put ours without overwriting them.
    throw new DubanError("BOOK_NO_FREE_COLUMN", { sheet: column.sheet, header: column.spec.header });
  }
  const header = ws.getCell(column.headerRow + 1, column.col + 1);
  header.value = column.spec.header;
  styleHeader(header);
  let last = column.headerRow + 1;
  for (const [row, value] of column.values) {
    ws.getCell(row + 1, column.col + 1).value = toExcel(value);
    last = Math.max(last, row + 1);
  }
  applyColumnFormats(ws, column.col, appended.plan, column.headerRow + 2, last);
}

/**
 * A filter over the typed columns is widened to take in ours (the core's rule), so people can filter by
 * 校验状态 too. exceljs keeps only a filter's range, not its criteria: on this path they are lost with or
 * without the widening (the zip-level copy, Excel and WPS keep them).
 */
function extendFilter(wb: ExcelJS.Workbook, widening: FilterWidening) {
  const ws = wb.getWorksheet(widening.sheet);
  const filter = ws?.autoFilter;
  if (!ws || !filter) return;
  const ref = typeof filter === "string" ? parseRange(filter) : null;
  const widened = ref ? widenFilter(widening, ref) : null;
  if (widened) ws.autoFilter = boxRef(widened);
}

/** Renders a patch into an exceljs workbook: result sheets regenerated whole, columns appended, cells edited in place. */
export function renderPatch(wb: ExcelJS.Workbook, patch: WorkbookPatch): void {
  const plan = renderPlan(patch);
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  for (const column of plan.columns) writeColumn(wb, column);
  for (const widening of plan.filters) extendFilter(wb, widening);
  for (const edit of plan.cells) {
    const ws = wb.getWorksheet(edit.sheet);
    if (!ws) throw new DubanError("BOOK_SHEET_MISSING", { sheet: edit.sheet });
    ws.getCell(edit.row + 1, edit.col + 1).value = toExcel(edit.value);
  }
  // One block for every name: each replaces one of the same name, whatever its case. exceljs writes
  // defined names without their hidden flag: duban's marks show in the Name Manager, which is all that is lost.
  const names = wb.definedNames as unknown as { remove(location: string, name: string): void; add(location: string, name: string): void; model: { name: string; ranges: string[] }[] };
  for (const n of plan.names) {
    for (const old of names.model.filter((m) => m.name.toLowerCase() === n.name.toLowerCase())) for (const r of old.ranges) names.remove(r, old.name);
    names.add(n.refersTo, n.name);
  }
  // Formula cells are written with a placeholder result: the application computes them on opening.
  if (plan.recalc) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}
