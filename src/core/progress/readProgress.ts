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

  const rows: ProgressRow[] = [];
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const texts = row.map((c) => cellText(c));
    if (texts.every((t) => t === "")) continue;
    if (texts.filter(Boolean).every((t) => headerTexts.has(foldText(t)))) continue;
    const valueCell = cell(row, "value");
    const dateCell = cell(row, "date");
    const unitText = cellText(cell(row, "unit"));
    rows.push({
      taskId: normalizeTaskId(cell(row, "taskId")),
      unit: unitText ? registry.resolve(unitText) : "",
      period: cellText(cell(row, "period")),
      text: cellText(cell(row, "text")),
      status: foldText(cellText(cell(row, "status"))),
      value: cellText(valueCell),
      valueNumber: parseNumberCell(valueCell),
      problems: cellText(cell(row, "problems")),
      nextSteps: cellText(cell(row, "nextSteps")),
      dateText: cellText(dateCell),
      date: parseDateCell(dateCell, year),
      source: { sheet: sheet.name, row: r, col: cols.taskId as number },
      columns: cols,
    });
  }
  return { rows, headerRow: header.row, lastColumn };
}
