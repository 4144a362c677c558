import { ReportingScope, Settings } from "../model";
import { DEFAULT_THRESHOLDS } from "../metrics/thresholds";
import { CellValue } from "../sheet/cellValue";
import { findHeader } from "../sheet/findHeader";
import { SETTING_HEADERS } from "../layout/headers";
import { cellText, foldText, parseNumberCell } from "../text/normalize";
import { IsoDate, parseDateCell } from "../text/dates";
import { defaultPeriods, withStarts } from "./periods";

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
} as const;

interface SettingsProblem {
  key: string;
  row: number;
  value: string;
}

/** A share written as 80%, 0.8 or 80. */
function parseShare(value: CellValue): number | null {
  const text = cellText(value);
  const n = parseNumberCell(value);
  if (n === null) return null;
  if (/%$/.test(foldText(text)) || n > 1.5) return n / 100;
  return n;
}

/**
 * Settings from the 设置 sheet (key / value rows; 报告期 rows carry the period's end and due dates), with
 * defaults for anything missing. `fallbackAsOf` is today's date, supplied by the host.
 */
export function readSettings(rows: CellValue[][] | null, fallbackAsOf: IsoDate, overrideAsOf?: IsoDate): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const values = new Map<string, { value: CellValue; row: number }>();
  const periodRows: { name: string; end: CellValue; due: CellValue; row: number }[] = [];
  if (rows) {
    const header = findHeader(rows, SETTING_HEADERS, ["key", "value"]);
    const keyCol = header?.columns.key ?? 0;
    const valueCol = header?.columns.value ?? 1;
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
  const number = (key: string): number | null => {
    const entry = values.get(key);
    if (!entry || cellText(entry.value) === "") return null;
    const n = parseNumberCell(entry.value);
    if (n === null) problems.push({ key, row: entry.row, value: cellText(entry.value) });
    return n;
  };
  const share = (key: string): number | null => {
    const entry = values.get(key);
    if (!entry || cellText(entry.value) === "") return null;
    const n = parseShare(entry.value);
    if (n === null) problems.push({ key, row: entry.row, value: cellText(entry.value) });
    return n;
  };

  const asOfEntry = values.get(SETTING_KEYS.asOf);
  let asOf = overrideAsOf ?? null;
  if (!asOf && asOfEntry && cellText(asOfEntry.value)) {
    asOf = parseDateCell(asOfEntry.value);
    if (!asOf) problems.push({ key: SETTING_KEYS.asOf, row: asOfEntry.row, value: cellText(asOfEntry.value) });
  }
  const yearSetting = number(SETTING_KEYS.year);
  const year = yearSetting && yearSetting > 1900 && yearSetting < 3000 ? Math.trunc(yearSetting) : Number((asOf ?? fallbackAsOf).slice(0, 4));
  asOf = asOf ?? fallbackAsOf;

  const periods = withStarts(
    periodRows.flatMap((p) => {
      const end = parseDateCell(p.end, year);
      const due = parseDateCell(p.due, year) ?? end;
      if (!p.name || !end || !due) {
        problems.push({ key: SETTING_KEYS.period, row: p.row, value: p.name });
        return [];
      }
      return [{ name: p.name, end, due }];
    }),
    year,
  );

  const scopeText = cellText(values.get(SETTING_KEYS.scope)?.value ?? null);
  const reportingScope: ReportingScope = /全部|所有|各责任|all/i.test(scopeText) ? "all" : "lead";
  const textLimit = number(SETTING_KEYS.textLimit);
  const settings: Settings = {
    year,
    asOf,
    periods: periods.length ? periods : defaultPeriods(year),
    textLimit: textLimit && textLimit > 0 ? Math.trunc(textLimit) : DEFAULT_TEXT_LIMIT,
    thresholds: {
      yellow: share(SETTING_KEYS.yellow) ?? DEFAULT_THRESHOLDS.yellow,
      red: share(SETTING_KEYS.red) ?? DEFAULT_THRESHOLDS.red,
      dueSoonDays: number(SETTING_KEYS.dueSoonDays) ?? DEFAULT_THRESHOLDS.dueSoonDays,
    },
    reportingScope,
  };
  return { settings, problems };
}
