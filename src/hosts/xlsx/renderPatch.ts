import ExcelJS from "exceljs";
import { BookError } from "../../core";
import { AppendedColumn, ColumnSpec, ColumnValidation, Fill, OutputSheet, WorkbookPatch } from "../../core";
import { CellValue, isCellError, isRichText } from "../../core";
import { columnLetter, quoteSheetName } from "../../core";

const FILL_ARGB: Record<Fill, string> = {
  red: "FFF8CBAD",
  yellow: "FFFFE699",
  green: "FFC6EFCE",
  blue: "FFBDD7EE",
  grey: "FFE7E6E6",
  header: "FFD9E1F2",
};

/** The core's value → what exceljs writes. Text that looks like a formula stays text: never a formula. */
function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === "") return null;
  if (isRichText(value)) return { richText: value.richText.map((r) => ({ text: r.text, font: r.bold ? { bold: true } : {} })) };
  if (isCellError(value)) return value.error;
  return value;
}

function validationFor(v: ColumnValidation, patch: WorkbookPatch, targetSheet: OutputSheet | undefined): ExcelJS.DataValidation {
  if (v.kind === "list") {
    return { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`], showErrorMessage: true, errorTitle: "输入有误", error: `请从下拉列表中选择：${v.values.join("、")}` };
  }
  if (v.kind === "listRange") {
    const source = patch.sheets.find((s) => s.name === v.sheet);
    const headerRow = (source?.titleRows?.length ?? 0) + 1;
    const col = columnLetter(v.column);
    const ref = `${quoteSheetName(v.sheet)}!$${col}$${headerRow + 1}:$${col}$${headerRow + v.rows}`;
    return { type: "list", allowBlank: true, formulae: [ref], showErrorMessage: true, errorTitle: "输入有误", error: `请从「${v.sheet}」已有的值中选择` };
  }
  void targetSheet;
  return {
    type: "textLength",
    operator: "lessThanOrEqual",
    allowBlank: true,
    formulae: [v.max],
    showErrorMessage: true,
    errorTitle: "字数超限",
    error: `不超过 ${v.max} 字`,
    showInputMessage: true,
    promptTitle: "字数上限",
    prompt: `请简明扼要，不超过 ${v.max} 字`,
  };
}

function applyColumnFormats(ws: ExcelJS.Worksheet, col: number, spec: ColumnSpec, firstRow: number, lastRow: number, patch: WorkbookPatch, sheet?: OutputSheet) {
  const column = ws.getColumn(col + 1);
  if (spec.width) column.width = spec.width;
  const letter = columnLetter(col);
  if (lastRow < firstRow) return;
  const ref = `${letter}${firstRow}:${letter}${lastRow}`;
  if (spec.numberFormat || spec.wrap) {
    for (let r = firstRow; r <= lastRow; r++) {
      const cell = ws.getCell(r, col + 1);
      if (spec.numberFormat) cell.numFmt = spec.numberFormat;
      if (spec.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    }
  }
  if (spec.validation) (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(ref, validationFor(spec.validation, patch, sheet));
  if (spec.conditionalFills?.length) {
    ws.addConditionalFormatting({
      ref,
      rules: spec.conditionalFills.map((f, i) => ({
        type: "cellIs",
        operator: "equal",
        priority: i + 1,
        formulae: [`"${f.equals}"`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FILL_ARGB[f.fill] } } },
      })),
    });
  }
}

function styleHeader(cell: ExcelJS.Cell) {
  cell.font = { bold: true };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL_ARGB.header } };
  cell.alignment = { vertical: "middle", wrapText: true };
}

function writeSheet(wb: ExcelJS.Workbook, sheet: OutputSheet, patch: WorkbookPatch) {
  const existing = wb.getWorksheet(sheet.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(sheet.name);
  const titles = sheet.titleRows ?? [];
  titles.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.getCell(i + 1, 1).font = { bold: true };
  });
  const headerRow = titles.length + 1;
  sheet.columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = c.header;
    styleHeader(cell);
  });
  sheet.rows.forEach((row, r) => {
    const values = row.map(toExcel);
    ws.getRow(headerRow + 1 + r).values = values as ExcelJS.CellValue[];
  });
  for (const link of sheet.links ?? []) {
    const cell = ws.getCell(headerRow + 1 + link.row, link.col + 1);
    cell.value = { text: String(cell.value ?? link.address), hyperlink: `#${quoteSheetName(link.sheet)}!${link.address}` };
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  const lastRow = headerRow + Math.max(sheet.rows.length, sheet.validatedRows ?? 0);
  sheet.columns.forEach((c, i) => applyColumnFormats(ws, i, c, headerRow + 1, lastRow, patch, sheet));
  for (const col of sheet.dataBarColumns ?? []) {
    if (!sheet.rows.length) continue;
    const letter = columnLetter(col);
    ws.addConditionalFormatting({
      ref: `${letter}${headerRow + 1}:${letter}${headerRow + sheet.rows.length}`,
      rules: [{ type: "dataBar", priority: 20, minLength: 0, maxLength: 100, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }], color: { argb: "FF5B9BD5" } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  for (const f of sheet.formulaCells ?? []) ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula, result: toExcel(f.result) } as ExcelJS.CellFormulaValue;
  (sheet.formulaFormats ?? []).forEach((f, i) =>
    ws.addConditionalFormatting({
      ref: f.ref,
      rules: [{ type: "expression", priority: 30 + i, formulae: [f.formula], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FILL_ARGB[f.fill] } } } }],
    }),
  );
  if (sheet.freezeHeader) ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  if (sheet.autoFilter && sheet.columns.length) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(sheet.rows.length, 1), column: sheet.columns.length } };
}

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16384;

function writeColumn(wb: ExcelJS.Workbook, column: AppendedColumn, patch: WorkbookPatch) {
  const ws = wb.getWorksheet(column.sheet);
  if (!ws) return;
  if (column.col + 1 > MAX_COLUMNS) {
    // Typed cells reach the sheet's last column: there is nowhere to put ours without overwriting them.
    throw new BookError(
      "BOOK_NO_FREE_COLUMN",
      `工作表「${column.sheet}」已用到最后一列（XFD），没有空列可追加「${column.spec.header}」，原有单元格不会被覆盖。请删除右侧多余的列后再试，或不带 -o 运行。No free column left for duban's result columns.`,
    );
  }
  const header = ws.getCell(column.headerRow + 1, column.col + 1);
  header.value = column.spec.header;
  styleHeader(header);
  let last = column.headerRow + 1;
  for (const [row, value] of column.values) {
    ws.getCell(row + 1, column.col + 1).value = toExcel(value);
    last = Math.max(last, row + 1);
  }
  applyColumnFormats(ws, column.col, column.spec, column.headerRow + 2, last, patch);
}

/** Renders a patch into an exceljs workbook: result sheets regenerated whole, columns appended. */
export function renderPatch(wb: ExcelJS.Workbook, patch: WorkbookPatch): void {
  for (const sheet of patch.sheets) writeSheet(wb, sheet, patch);
  for (const column of patch.columns) writeColumn(wb, column, patch);
  // duban's marks. exceljs writes defined names without their hidden flag: here they show in the Name
  // Manager, which is all that is lost.
  for (const n of patch.names ?? []) {
    const names = wb.definedNames as unknown as { remove(location: string, name: string): void; add(location: string, name: string): void; model: { name: string; ranges: string[] }[] };
    for (const old of names.model.filter((m) => m.name.toLowerCase() === n.name.toLowerCase())) for (const r of old.ranges) names.remove(r, old.name);
    names.add(n.refersTo, n.name);
  }
  if (patch.definedNames?.length) {
    const names = new Set(patch.definedNames.map((n) => n.name));
    wb.definedNames.model = [...wb.definedNames.model.filter((n) => !names.has(n.name)), ...patch.definedNames.map((n) => ({ name: n.name, ranges: [n.ref] }))];
  }
  // Formula cells are written with a placeholder result: the application computes them on opening.
  if (patch.sheets.some((s) => s.formulaCells?.length)) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}
