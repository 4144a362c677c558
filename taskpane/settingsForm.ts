/**
 * The 设置 tab's form against the 设置 sheet: what the sheet stores (shown as real values, the as-of date
 * included), which fields the user changed, and a patch that rewrites only those value cells. Every
 * other cell of the sheet — rows duban does not know, notes, a value it cannot parse — is left alone (never
 * rewritten), so saving never drops something the user did not touch, nor its format, nor a name into it.
 */
import { findSheets } from "../src/core";
import { SETTING_HEADERS } from "../src/core";
import { SHEET } from "../src/core";
import { settingsPatch } from "../src/core";
import { SETTING_EXPECTED, SETTING_KEYS, settingValue } from "../src/core";
import { findHeader } from "../src/core";
import { CellValue, WorkbookData } from "../src/core";
import { cellText, foldText } from "../src/core";
import { parseDateCell } from "../src/core";
import { Settings } from "../src/core";
import { CellEdit, WorkbookPatch } from "../src/core";

/** The form's fields, as the inputs hold them (strings). */
export interface SettingsFields {
  year: string;
  asOf: string;
  yellow: string;
  red: string;
  dueSoonDays: string;
}

export const FIELD_KEYS: Record<keyof SettingsFields, string> = {
  year: SETTING_KEYS.year,
  asOf: SETTING_KEYS.asOf,
  yellow: SETTING_KEYS.yellow,
  red: SETTING_KEYS.red,
  dueSoonDays: SETTING_KEYS.dueSoonDays,
};

export const FIELD_NAMES = Object.keys(FIELD_KEYS) as (keyof SettingsFields)[];

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

const pct = (share: number) => String(Math.round(share * 1000) / 10);

/** The values the form shows for a workbook: its settings (defaults where the sheet is silent), the stored date. */
export function formValues(settings: Settings, book: WorkbookData): SettingsFields {
  return {
    year: String(settings.year),
    asOf: storedAsOf(book).asOf,
    yellow: pct(settings.thresholds.yellow),
    red: pct(settings.thresholds.red),
    dueSoonDays: String(settings.thresholds.dueSoonDays),
  };
}

/** Fields whose input differs from what was last shown from the workbook. */
export function changedFields(shown: SettingsFields, current: SettingsFields): (keyof SettingsFields)[] {
  return FIELD_NAMES.filter((f) => current[f].trim() !== shown[f].trim());
}

/**
 * A changed field checked by the same schema the 设置 sheet is read with (core settingValue) and turned into
 * the cell written; `error` says what the value should be (the pane raises TASKPANE_BAD_SETTING with it).
 */
export function cellFor(field: keyof SettingsFields, text: string): { value: CellValue } | { error: string } {
  const t = text.trim();
  if (field === "asOf" && t === "") return { value: "" };
  // The form's date input gives YYYY-MM-DD; anything else typed there is not a date the form accepts.
  if (field === "asOf" && !/^\d{4}-\d{2}-\d{2}$/.test(t)) return { error: SETTING_EXPECTED.asOf };
  if (field !== "asOf" && (t === "" || !Number.isFinite(Number(t)))) return { error: SETTING_EXPECTED[field] };
  // The form's thresholds are percentages: "80" is 80 %, written as "80%".
  const cell = field === "yellow" || field === "red" ? `${t}%` : field === "asOf" ? t : Number(t);
  const checked = settingValue(field, cell);
  if (!checked.ok) return { error: checked.expected };
  return { value: field === "asOf" ? checked.value : cell };
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
    return settingsPatch({
      ...settings,
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
