import { SheetData, CellValue } from "../sheet/cellValue";
import { expandMerges } from "../sheet/expandMerges";
import { closestHeader, findHeader } from "../sheet/findHeader";
import { PROGRESS_HEADER_OPTIONS, PROGRESS_HEADERS } from "../layout/headers";
import { typedWidth } from "../layout/ownership";
import { ProgressField, ProgressRow, ReportPeriod } from "../model";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { parseDateCell } from "../text/dates";
import { normalizeTaskId } from "../catalogue/taskId";
import { UnitRegistry } from "../units/registry";
import { DubanError } from "../issues";
import { foldFast, memoCell, textFast } from "../sheet/fastText";
import { matchPeriod } from "../settings/periods";

const REQUIRED: ProgressField[] = ["taskId", "unit", "text"];

/**
 * Progress rows of the 进展填报 sheet, as typed (rules judge them later); units resolved through the
 * registry and 报告期 matched to the configured periods.
 */
export function readProgress(
  sheet: SheetData,
  registry: UnitRegistry,
  settings: { year: number; periods: ReportPeriod[] },
  release = false,
): { rows: ProgressRow[]; headerRow: number; lastColumn: number; widthBelow: number } {
  const year = settings.year;
  const grid = expandMerges(sheet);
  const header = findHeader(grid, PROGRESS_HEADERS, REQUIRED, PROGRESS_HEADER_OPTIONS);
  if (!header) {
    const near = closestHeader(grid, PROGRESS_HEADERS, PROGRESS_HEADER_OPTIONS);
    const missing = REQUIRED.filter((f) => near.columns[f] === undefined).map((f) => PROGRESS_HEADERS[f][0]);
    throw new DubanError("BOOK_MISSING_COLUMN", { sheet: sheet.name, columns: missing.join("、") });
  }
  const cols = header.columns;
  // Column positions as plain numbers (-1 when absent): the loop below runs for every row of the sheet.
  const at = (field: ProgressField) => cols[field] ?? -1;
  const [cTask, cUnit, cPeriod, cText, cStatus, cValue, cProblems, cNext, cDate] = (
    ["taskId", "unit", "period", "text", "status", "value", "problems", "nextSteps", "date"] as ProgressField[]
  ).map(at);
  const cell = (row: CellValue[], c: number): CellValue => (c < 0 ? null : row[c] ?? null);
  const headerTexts = new Set(grid[header.row].map((c) => foldText(cellText(c))).filter(Boolean));
  // Whether a header name reads as a number's text: only then may a number in the 序号 column be a header name.
  const numericHeader = [...headerTexts].some((t) => String(Number(t)) === t);
  let lastColumn = 0;
  grid[header.row].forEach((c, i) => {
    if (cellText(c)) lastColumn = i;
  });

  // Task ids, dates and values repeat across rows: each distinct cell value is normalised once (the
  // registry remembers the units it resolved).
  const taskIdOf = memoCell(normalizeTaskId);
  const dateOf = memoCell((v) => parseDateCell(v, year));
  const numberOf = memoCell(parseNumberCell);
  // A book uses a handful of period spellings across all its rows: match each spelling once.
  const periods = new Map<string, ReportPeriod | null>();
  const periodOf = (text: string) => {
    let period = periods.get(text);
    if (period === undefined) periods.set(text, (period = matchPeriod(text, settings.periods)));
    return period;
  };
  const sheetName = sheet.name;
  const rowColumns = cols as ProgressRow["columns"];
  const rows: ProgressRow[] = [];
  // With `release`, each row's cells are let go once read (the rows keep their strings, not their arrays), so
  // the cells and the progress rows are not held whole together (at 10⁶ rows ~130 and ~145 MB); what the
  // released rows held is measured first: how wide the sheet is below its header (statusColumn's widthBelow).
  let widthBelow = 0;
  for (let r = header.row + 1; r < grid.length; r++) {
    const row = grid[r];
    if (release) {
      const typed = sheet.rows[r];
      if (typed) widthBelow = typedWidth(typed, widthBelow);
      sheet.rows[r] = undefined as unknown as CellValue[];
      grid[r] = undefined as unknown as CellValue[];
    }
    if (!row || skipRow(row, cTask, headerTexts, numericHeader)) continue;
    const valueCell = cell(row, cValue);
    const dateCell = cell(row, cDate);
    const unitText = textFast(cell(row, cUnit));
    const periodText = textFast(cell(row, cPeriod));
    rows.push({
      taskId: taskIdOf(cell(row, cTask)),
      unit: unitText ? registry.resolve(unitText) : "",
      period: periodText,
      text: textFast(cell(row, cText)),
      status: foldFast(textFast(cell(row, cStatus))),
      value: textFast(valueCell),
      valueNumber: valueCell === null ? null : numberOf(valueCell),
      problems: textFast(cell(row, cProblems)),
      nextSteps: textFast(cell(row, cNext)),
      dateText: textFast(dateCell),
      date: dateOf(dateCell),
      reportPeriod: periodOf(periodText),
      sheet: sheetName,
      sheetRow: r,
      columns: rowColumns,
    });
  }
  return { rows, headerRow: header.row, lastColumn, widthBelow };
}


/** A row with nothing typed, or only header names (the header repeated, as on each printed page). */
function skipRow(row: CellValue[], taskColumn: number, headerTexts: Set<string>, numericHeader: boolean): boolean {
  // Nearly every row has a task id that is no header name: that settles it without reading the rest. A number
  // (as 序号 mostly is) is a header name only where one reads as a number: no text made of it to look up.
  const cell = row[taskColumn];
  if (typeof cell === "number" && !numericHeader) return false;
  const id = textFast(cell);
  if (id !== "" && !headerTexts.has(foldFast(id))) return false;
  for (let c = 0; c < row.length; c++) {
    const t = textFast(row[c]);
    if (t !== "" && !headerTexts.has(foldFast(t))) return false;
  }
  return true;
}
