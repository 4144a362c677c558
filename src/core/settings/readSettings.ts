import { PlaceLevel, ReportingScope, Settings } from "../model";
import { DEFAULT_THRESHOLDS } from "../metrics/thresholds";
import { CellValue } from "../sheet/cellValue";
import { findHeader } from "../sheet/findHeader";
import { SETTING_HEADERS } from "../layout/headers";
import { cellText, foldText } from "../text/normalize";
import { IsoDate, parseDateCell } from "../text/dates";
import { defaultPeriods, withStarts } from "./periods";
import { SettingField, settingValue } from "./settingValues";

export const DEFAULT_TEXT_LIMIT = 200;
export { DEFAULT_THRESHOLDS };

/** The setting keys as written in the 设置 sheet. */
export const SETTING_KEYS = {
  year: "年度",
  asOf: "截至日期",
  textLimit: "字数上限",
  yellow: "黄色预警线",
  red: "红色预警线",
  dueSoonDays: "临近时限天数",
  scope: "报送范围",
  period: "报告期",
  level: "单位层级",
} as const;

/** What a 单位层级 value must be, in Chinese: the sheet's SETTINGS_BAD_VALUE finding and the pane's form say it. */
export const LEVEL_EXPECTED = "省、市或县（区、旗按县）";

/** What a 单位层级 that names no level is taken as: blank, so a 全市/全省 figure gives no green. */
const LEVEL_AS_BLANK = "已按未设置研判（全市、全省等上级地域的数字不据以判绿）";

/** A value of the 设置 sheet that is not what its key takes: its cell, what it holds, what it should be. */
interface SettingsProblem {
  key: string;
  row: number;
  col: number;
  value: string;
  /** What the value should be ("四位年份（1901–2999）"). */
  expected: string;
  /** What is used instead, when not the setting's default (单位层级 has none: the judge runs as if it were blank). */
  instead?: string;
}

/**
 * Settings from the 设置 sheet (key / value rows; 报告期 rows carry the period's end and due dates), with
 * defaults for anything missing. `fallbackAsOf` is today's date, supplied by the host.
 */
export function readSettings(rows: CellValue[][] | null, fallbackAsOf: IsoDate, overrideAsOf?: IsoDate): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const values = new Map<string, { value: CellValue; row: number }>();
  const periodRows: { name: string; end: CellValue; due: CellValue; row: number }[] = [];
  let valueCol = 1;
  if (rows) {
    const header = findHeader(rows, SETTING_HEADERS, ["key", "value"]);
    const keyCol = header?.columns.key ?? 0;
    valueCol = header?.columns.value ?? 1;
    const endCol = header?.columns.end ?? 2;
    const dueCol = header?.columns.due ?? 3;
    for (let r = header ? header.row + 1 : 0; r < rows.length; r++) {
      const key = foldText(cellText(rows[r]?.[keyCol]));
      if (!key) continue;
      if (key === SETTING_KEYS.period) {
        periodRows.push({ name: cellText(rows[r][valueCol]), end: rows[r][endCol] ?? null, due: rows[r][dueCol] ?? null, row: r });
      } else {
        values.set(key, { value: rows[r][valueCol] ?? null, row: r });
      }
    }
  }
  // Each value checked by its schema (./settingValues): one that fails is a problem on its cell, and the default stands.
  const setting = <F extends SettingField>(field: F) => {
    const key = SETTING_KEYS[field];
    const entry = values.get(key);
    if (!entry || cellText(entry.value) === "") return null;
    const checked = settingValue(field, entry.value);
    if (!("expected" in checked)) return checked.value;
    problems.push({ key, row: entry.row, col: valueCol, value: cellText(entry.value), expected: checked.expected });
    return null;
  };

  const asOf0 = overrideAsOf ?? setting("asOf");
  const yearSetting = setting("year");
  const year = yearSetting !== null ? Math.trunc(yearSetting) : Number((asOf0 ?? fallbackAsOf).slice(0, 4));
  const asOf = asOf0 ?? fallbackAsOf;

  const periods = withStarts(
    periodRows.flatMap((p) => {
      const end = parseDateCell(p.end, year);
      const due = parseDateCell(p.due, year) ?? end;
      if (!p.name || !end || !due) {
        problems.push({ key: SETTING_KEYS.period, row: p.row, col: valueCol, value: p.name, expected: "报告期名称及截止日期" });
        return [];
      }
      return [{ name: p.name, end, due }];
    }),
    year,
  );

  const scopeText = cellText(values.get(SETTING_KEYS.scope)?.value ?? null);
  const reportingScope: ReportingScope = /全部|所有|各责任|all/i.test(scopeText) ? "all" : "lead";
  // 单位层级 (optional): a value that names no level is a problem on its cell, and the judge runs without one.
  const levelEntry = values.get(SETTING_KEYS.level);
  const level = placeLevel(cellText(levelEntry?.value ?? null));
  if (levelEntry && cellText(levelEntry.value) !== "" && !level) problems.push({ key: SETTING_KEYS.level, row: levelEntry.row, col: valueCol, value: cellText(levelEntry.value), expected: LEVEL_EXPECTED, instead: LEVEL_AS_BLANK });
  const textLimit = setting("textLimit");
  const settings: Settings = {
    year,
    asOf,
    periods: periods.length ? periods : defaultPeriods(year),
    textLimit: textLimit !== null ? Math.trunc(textLimit) : DEFAULT_TEXT_LIMIT,
    thresholds: {
      yellow: setting("yellow") ?? DEFAULT_THRESHOLDS.yellow,
      red: setting("red") ?? DEFAULT_THRESHOLDS.red,
      dueSoonDays: setting("dueSoonDays") ?? DEFAULT_THRESHOLDS.dueSoonDays,
    },
    reportingScope,
    ...(level ? { level } : {}),
  };
  return { settings, problems };
}

/** 单位层级 as offices write it (省, 市级, 区, 县, 旗, 州 …) as a level, or null (unset or not a level). */
export function placeLevel(text: string): PlaceLevel | null {
  const t = foldText(text ?? "").replace(/级$/, "");
  if (!t) return null;
  if (/^(?:省|自治区|直辖市|省级)$|省$|自治区$/.test(t)) return "省";
  if (/(?:^|[^辖])[区县旗]$|县级市$|^[区县旗]/.test(t)) return "县";
  if (/^(?:市|州|盟|地区)|[市州盟]$/.test(t)) return "市";
  return null;
}
