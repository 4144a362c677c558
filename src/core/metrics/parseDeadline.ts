import { IsoDate, isoFromParts, lastDayOfMonth } from "../text/dates";
import { toHalfWidth } from "../text/normalize";
import { parseChineseNumeral } from "./chineseNumerals";

const MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const BY = "(?:前|之前|以前|底|末|份|完成|完工|建成|竣工|投用|投入使用|启用|开工|实现)";

const QUARTER_END: Record<string, [number, number]> = { 一: [3, 31], "1": [3, 31], 二: [6, 30], "2": [6, 30], 三: [9, 30], "3": [9, 30], 四: [12, 31], "4": [12, 31] };

const EXACT_RE = new RegExp(`(?:(\\d{4})年)?${MONTH}月(\\d{1,2})日(?:前|之前|以前)`, "g");
const BY_MONTH_RE = new RegExp(`(?:(\\d{4})年)?${MONTH}月${BY}`, "g");
/** Cheap test first: most task texts name no time at all. */
const ANY_TIME = /月|年|季度/;

function month(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/**
 * The deadline a task text states for `year` (上半年 → 6月30日, 一季度 → 3月31日, 5月底前, 年内 → 12月31日,
 * "2024年5月底前"), the latest when it names several milestones; null when it names none.
 */
export function parseDeadline(text: string, year: number): IsoDate | null {
  try {
    return readDeadline(text, year);
  } catch {
    return null;
  }
}

function readDeadline(text: string, year: number): IsoDate | null {
  const raw = String(text ?? "");
  if (!ANY_TIME.test(raw) || !Number.isInteger(year)) return null;
  const s = toHalfWidth(raw).replace(/\s+/g, "");
  const found: IsoDate[] = [];
  const add = (d: IsoDate | null) => d && found.push(d);
  let m: RegExpExecArray | null;
  const exact = EXACT_RE;
  exact.lastIndex = 0;
  while ((m = exact.exec(s))) {
    const mo = month(m[2]);
    if (mo) add(isoFromParts(m[1] ? Number(m[1]) : year, mo, Number(m[3])));
  }
  const byMonth = BY_MONTH_RE;
  byMonth.lastIndex = 0;
  while ((m = byMonth.exec(s))) {
    if (s[m.index - 1] === "-" || /\d月$/.test(s.slice(0, m.index))) continue; // 1-5月 is a period, not a deadline
    const mo = month(m[2]);
    if (mo) add(lastDayOfMonth(m[1] ? Number(m[1]) : year, mo));
  }
  const yearEnd = /(\d{4})年(?:底|末|内|年底|年内|前|完成|建成|实现|全面完成)/g;
  while ((m = yearEnd.exec(s))) add(isoFromParts(Number(m[1]), 12, 31));
  if (/上半年/.test(s)) add(isoFromParts(year, 6, 30));
  if (/前三季度/.test(s)) add(isoFromParts(year, 9, 30));
  const quarter = /(?:第|前)?([一二三四1-4])季度/g;
  while ((m = quarter.exec(s))) {
    if (s[m.index] === "前") continue;
    const [mo, d] = QUARTER_END[m[1]];
    add(isoFromParts(year, mo, d));
  }
  if (/年内|全年|年底|年末|年度|下半年|当年|今年|本年/.test(s)) add(isoFromParts(year, 12, 31));
  if (!found.length) return null;
  return found.sort()[found.length - 1];
}
