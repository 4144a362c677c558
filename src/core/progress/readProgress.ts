import { SheetData, CellValue } from "../sheet/cellValue";
import { expandMerges } from "../sheet/expandMerges";
import { closestHeader, findHeader } from "../sheet/findHeader";
import { PROGRESS_HEADERS } from "../layout/headers";
import { ProgressField, ProgressRow } from "../model";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { parseDateCell } from "../text/dates";
import { normalizeTaskId } from "../catalogue/taskId";
import { UnitRegistry } from "../units/registry";
import { BookError } from "../bookError";
import { foldFast, memoCell, textFast } from "../sheet/fastText";

const REQUIRED: ProgressField[] = ["taskId", "unit", "text"];

/** Progress rows of the 进展填报 sheet, as typed (rules judge them later). */
export function readProgress(sheet: SheetData, registry: UnitRegistry, year: number): { rows: ProgressRow[]; headerRow: number; lastColumn: number } {
  const grid = expandMerges(sheet);
  const header = findHeader(grid, PROGRESS_HEADERS, REQUIRED);
  if (!header) {
    const near = closestHeader(grid, PROGRESS_HEADERS);
    const missing = REQUIRED.filter((f) => near.columns[f] === undefined).map((f) => PROGRESS_HEADERS[f][0]);
    throw new BookError("BOOK_MISSING_COLUMN", `工作表「${sheet.name}」缺少必需的列：${missing.join("、")}。`);
  }
  const cols = header.columns;
  const cell = (row: CellValue[], field: ProgressField): CellValue => (cols[field] === undefined ? null : row[cols[field] as number] ?? null);
  const headerTexts = new Set(grid[header.row].map((c) => foldText(cellText(c))).filter(Boolean));
  let lastColumn = 0;
  grid[header.row].forEach((c, i) => {
    if (cellText(c)) lastColumn = i;
  });

  // Task ids, units and dates repeat across rows: each distinct cell value is normalised once.
  const taskIdOf = memoCell(normalizeTaskId);
  const dateOf = memoCell((v) => parseDateCell(v, year));
  const units = new Map<string, string>();
  const resolve = (text: string) => {
    let unit = units.get(text);
    if (unit === undefined) units.set(text, (unit = registry.resolve(text)));
    return unit;
  };
  const rows: ProgressRow[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    let blank = true;
    let allHeaders = true;
    for (const c of row) {
      const t = textFast(c);
      if (t === "") continue;
      blank = false;
      if (!headerTexts.has(foldFast(t))) {
        allHeaders = false;
        break;
      }
    }
    if (blank || allHeaders) continue;
    const valueCell = cell(row, "value");
    const dateCell = cell(row, "date");
    const unitText = textFast(cell(row, "unit"));
    rows.push({
      taskId: taskIdOf(cell(row, "taskId")),
      unit: unitText ? resolve(unitText) : "",
      period: textFast(cell(row, "period")),
      text: textFast(cell(row, "text")),
      status: foldFast(textFast(cell(row, "status"))),
      value: textFast(valueCell),
      valueNumber: valueCell === null ? null : parseNumberCell(valueCell),
      problems: textFast(cell(row, "problems")),
      nextSteps: textFast(cell(row, "nextSteps")),
      dateText: textFast(dateCell),
      date: dateOf(dateCell),
      source: { sheet: sheet.name, row: r, col: cols.taskId as number },
      columns: cols,
    });
  }
  return { rows, headerRow: header.row, lastColumn };
}
