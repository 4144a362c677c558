import { ReportPeriod } from "../model";
import { addDays, IsoDate, isoFromParts, lastDayOfMonth } from "../text/dates";
import { foldText } from "../text/normalize";

const QUARTER_NAMES = ["一季度", "二季度", "三季度", "四季度"];

/** The default quarterly reporting of most notices (004: 3/31, 6/30, 9/30, 12/31). */
export function defaultPeriods(year: number): ReportPeriod[] {
  return QUARTER_NAMES.map((name, i) => {
    const end = lastDayOfMonth(year, (i + 1) * 3);
    return { name, start: isoFromParts(year, i * 3 + 1, 1) as IsoDate, end, due: end };
  });
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function monthNumber(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return CN_DIGITS[token] ?? null;
}

/** A figure's period that runs from January, as a running total is written: 一季度, 上半年, 前三季度, 1-N月. */
export const FROM_JANUARY = /^(?:第?一季度|上半年|前三季度|1-\d{1,2}月份?)$/;

/**
 * The month a period text ends in: 一季度 → 3, 上半年 / 1-6月 → 6, 前三季度 → 9, 全年 → 12, 5月 → 5.
 * Null when the text names no period.
 */
export function periodEndMonth(text: string): number | null {
  const t = foldText(text).replace(/^\d{4}年?(度)?/, "").replace(/^第/, "").replace(/份/g, "");
  if (!t) return null;
  const quarter = /^(?:前)?([一二三四1-4])季度$|^Q([1-4])$/i.exec(t);
  if (quarter) return (monthNumber(quarter[1] ?? quarter[2]) as number) * 3;
  if (/^(上半年|半年|年中)$/.test(t)) return 6;
  if (/^(下半年|全年|年度|年底|年末|四季度)$/.test(t)) return 12;
  const span = /^(?:\d{1,2}|[一二三四五六七八九十]+)[-－—~至到](\d{1,2}|[一二三四五六七八九十]+)月$/.exec(t);
  if (span) return monthNumber(span[1]);
  const month = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月$/.exec(t);
  if (month) return monthNumber(month[1]);
  return null;
}

/**
 * The configured periods a 报告期 cell names when it lists more than one ("一季度、二季度", "5月和6月"); an
 * empty list when it names one or none. Such a row reports which period cannot be told.
 */
export function periodsListed(text: string, periods: ReportPeriod[]): ReportPeriod[] {
  const parts = foldText(text).split(/[、，,；;和及与/+＋]/).filter(Boolean);
  if (parts.length < 2) return [];
  const named = new Set<ReportPeriod>();
  for (const part of parts) {
    const one = matchOne(part, periods);
    if (one) named.add(one);
  }
  return named.size > 1 ? [...named] : [];
}

/**
 * The configured period a 报告期 cell means, by name or by the month it ends in; null when none, and null
 * when the cell lists several periods (periodsListed).
 */
export function matchPeriod(text: string, periods: ReportPeriod[]): ReportPeriod | null {
  if (periodsListed(text, periods).length) return null;
  return matchOne(text, periods);
}

function matchOne(text: string, periods: ReportPeriod[]): ReportPeriod | null {
  const folded = foldText(text);
  if (!folded) return null;
  const byName = periods.find((p) => foldText(p.name) === folded || folded.endsWith(foldText(p.name)));
  if (byName) return byName;
  const month = periodEndMonth(text);
  if (month === null) return null;
  return periods.find((p) => Number(p.end.slice(5, 7)) === month) ?? null;
}

/** Periods whose reports were due by the as-of date. */
export function periodsDue(periods: ReportPeriod[], asOf: IsoDate): ReportPeriod[] {
  return periods.filter((p) => p.due < asOf);
}

/** The latest period that has ended by the as-of date (the one a bulletin is about), or null. */
export function currentPeriod(periods: ReportPeriod[], asOf: IsoDate): ReportPeriod | null {
  const ended = periods.filter((p) => p.end <= asOf);
  return ended.length ? ended[ended.length - 1] : null;
}

/** Fills each period's start from the end of the one before it. */
export function withStarts(periods: Omit<ReportPeriod, "start">[], year: number): ReportPeriod[] {
  const sorted = periods.slice().sort((a, b) => a.end.localeCompare(b.end));
  return sorted.map((p, i) => ({ ...p, start: i === 0 ? (isoFromParts(year, 1, 1) as IsoDate) : addDays(sorted[i - 1].end, 1) }));
}
