/**
 * Editing the 设置 sheet in place: only the value cells of the settings that changed are written, so the
 * sheet's other cells, its format and every name into it (the fill-in form's lists) stay as they are. Pure:
 * the task panes' 保存设置 (src/app/settings.ts) builds its patch here.
 */
import { findSheets } from "../layout/findSheets";
import { SETTING_HEADERS } from "../layout/headers";
import { SHEET } from "../layout/sheetNames";
import { settingsPatch } from "../layout/buildLayout";
import { placeLevel, SETTING_KEYS } from "./readSettings";
import { findHeader } from "../sheet/findHeader";
import type { CellValue, WorkbookData } from "../sheet/cellValue";
import { cellText, foldText } from "../text/normalize";
import { parseDateCell } from "../text/dates";
import type { Settings } from "../model";
import type { CellEdit, WorkbookPatch } from "../output";

/** The stored 截至日期 as YYYY-MM-DD, "" when the cell is empty; `unreadable` holds text that is not a date. */
interface StoredAsOf {
  asOf: string;
  unreadable: string | null;
}

function settingsSheet(book: WorkbookData) {
  return findSheets(book.sheets).settings;
}

function columns(rows: CellValue[][]): { first: number; key: number; value: number } {
  const header = findHeader(rows, SETTING_HEADERS, ["key", "value"]);
  return { first: header ? header.row + 1 : 0, key: header?.columns.key ?? 0, value: header?.columns.value ?? 1 };
}

function findRow(rows: CellValue[][], key: string): number {
  const c = columns(rows);
  for (let r = c.first; r < rows.length; r++) if (foldText(cellText(rows[r]?.[c.key] ?? null)) === key) return r;
  return -1;
}

/** The text of a setting's value cell as stored ("" when the sheet, the row or the value is missing). */
export function storedText(book: WorkbookData, key: string): string {
  const sheet = settingsSheet(book);
  const r = sheet ? findRow(sheet.rows, key) : -1;
  return sheet && r >= 0 ? cellText(sheet.rows[r][columns(sheet.rows).value] ?? null).trim() : "";
}

export function storedAsOf(book: WorkbookData): StoredAsOf {
  const sheet = settingsSheet(book);
  if (!sheet) return { asOf: "", unreadable: null };
  const r = findRow(sheet.rows, SETTING_KEYS.asOf);
  if (r < 0) return { asOf: "", unreadable: null };
  const value = sheet.rows[r][columns(sheet.rows).value] ?? null;
  if (!cellText(value)) return { asOf: "", unreadable: null };
  const iso = parseDateCell(value);
  return iso ? { asOf: iso, unreadable: null } : { asOf: "", unreadable: cellText(value) };
}

/**
 * The 设置 sheet with only `changes` (setting key → new cell) written into it, cell by cell in place; a key
 * the sheet lacks is added in a row after its last. With no 设置 sheet at all, the
 * standard sheet is written from `settings` with the changes applied and the as-of date left empty unless set.
 */
export function editSettingsPatch(book: WorkbookData, settings: Settings, changes: Map<string, CellValue>): WorkbookPatch {
  const sheet = settingsSheet(book);
  if (!sheet) {
    const year = changes.get(SETTING_KEYS.year);
    const share = (key: string, fallback: number) => {
      const v = changes.get(key);
      return typeof v === "string" ? Number(v.replace("%", "")) / 100 : fallback;
    };
    const days = changes.get(SETTING_KEYS.dueSoonDays);
    const asOf = changes.get(SETTING_KEYS.asOf);
    const level = changes.has(SETTING_KEYS.level) ? placeLevel(cellText(changes.get(SETTING_KEYS.level) ?? null)) : (settings.level ?? null);
    return settingsPatch({
      ...settings,
      level: level ?? undefined,
      year: typeof year === "number" ? year : settings.year,
      asOf: typeof asOf === "string" ? asOf : "",
      thresholds: {
        yellow: share(SETTING_KEYS.yellow, settings.thresholds.yellow),
        red: share(SETTING_KEYS.red, settings.thresholds.red),
        dueSoonDays: typeof days === "number" ? days : settings.thresholds.dueSoonDays,
      },
    });
  }
  // Only the changed value cells are written, in place: the sheet itself, its formatting, its other
  // cells and every name pointing into it (the fill-in form's lists) stay as they are.
  const rows = sheet.rows.map((r) => [...r]);
  const c = columns(rows);
  const cells: CellEdit[] = [];
  for (const [key, value] of changes) {
    let r = findRow(rows, key);
    if (r < 0) {
      // A key the sheet lacks: a row of its own after the last one.
      rows.push([]);
      r = rows.length - 1;
      rows[r][c.key] = key;
      cells.push({ sheet: sheet.name, row: r, col: c.key, value: key });
    }
    rows[r][c.value] = value;
    cells.push({ sheet: sheet.name, row: r, col: c.value, value });
  }
  return {
    sheets: [],
    columns: [],
    cells,
    summary: [`已更新「${sheet.name || SHEET.settings}」工作表中的 ${[...changes.keys()].join("、")}`],
  };
}
