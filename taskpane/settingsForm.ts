/**
 * The 设置 tab's form against the 设置 sheet: what the sheet stores (shown as real values, the as-of date
 * included) and which fields the user changed, each checked as the sheet is read. Saving is the use case
 * src/app/settings.ts, whose patch (src/core/settings/editSettings.ts) rewrites only the changed value cells.
 */
import { LEVEL_EXPECTED, placeLevel, SETTING_EXPECTED, SETTING_KEYS, settingValue } from "../src/core";
import { CellValue, Settings, storedAsOf, storedText, WorkbookData } from "../src/core";

/** The form's fields, as the inputs hold them (strings). */
export interface SettingsFields {
  year: string;
  asOf: string;
  yellow: string;
  red: string;
  dueSoonDays: string;
  /** 单位层级: 省, 市, 县 or "" (未设置). */
  level: string;
}

export const FIELD_KEYS: Record<keyof SettingsFields, string> = {
  year: SETTING_KEYS.year,
  asOf: SETTING_KEYS.asOf,
  yellow: SETTING_KEYS.yellow,
  red: SETTING_KEYS.red,
  dueSoonDays: SETTING_KEYS.dueSoonDays,
  level: SETTING_KEYS.level,
};

export const FIELD_NAMES = Object.keys(FIELD_KEYS) as (keyof SettingsFields)[];

const pct = (share: number) => String(Math.round(share * 1000) / 10);

/** The values the form shows for a workbook: its settings (defaults where the sheet is silent), the stored date. */
export function formValues(settings: Settings, book: WorkbookData): SettingsFields {
  return {
    year: String(settings.year),
    asOf: storedAsOf(book).asOf,
    yellow: pct(settings.thresholds.yellow),
    red: pct(settings.thresholds.red),
    dueSoonDays: String(settings.thresholds.dueSoonDays),
    // The level as the sheet is read (区 is 县); a value that names no level shows as 未设置, as it is judged.
    level: settings.level ?? "",
  };
}

/** What the 设置 tab says under 单位层级: what it does, or that the stored value names no level (shown as 未设置). */
export function levelNote(book: WorkbookData): string {
  const stored = storedText(book, SETTING_KEYS.level);
  if (stored && !placeLevel(stored)) return `“设置”表中的单位层级“${stored}”无法识别（应为${LEVEL_EXPECTED}），按未设置研判；保存时不改动它，除非在此另选。`;
  return "设置后，进展中全市、全省等上级地域的数字不算本单位完成数（无法研判）；未设置时这类数字只不据以判绿。";
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
  // 单位层级: a choice; blank clears it (no level), anything else is read as the sheet reads it.
  if (field === "level") {
    if (t === "") return { value: "" };
    const level = placeLevel(t);
    return level ? { value: level } : { error: LEVEL_EXPECTED };
  }
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
