/**
 * Round bc (deadlines): lunar dates near the Spring Festival ("农历腊月二十前", "正月十五前全面复工", "腊月底前", "元宵节前"). A supervisor
 * reads them as the Gregorian day they fall on; the note states the date chosen. Only 腊月 and 正月 are read (the months
 * on either side of the festival, tabled below); any other lunar month ("农历三月初三前") gives no date, never a
 * Gregorian month of the same number. Pure.
 */
import { IsoDate, isoFromParts } from "../text/dates";

/**
 * For each Spring Festival year: the first day of the 腊月 before it and the festival (正月初一), Gregorian; computed
 * once with a lunar calendar library (lunar-javascript 1.7.7) and checked against the 春节 table of parseDeadline.ts
 * (tests/core/metrics/deadlinesBC.test.ts). A year outside the table gives no date.
 */
export const LUNAR_NEW_YEAR: Record<number, [string, string]> = {
  2019: ["2019-01-06", "2019-02-05"], 2020: ["2019-12-26", "2020-01-25"], 2021: ["2021-01-13", "2021-02-12"],
  2022: ["2022-01-03", "2022-02-01"], 2023: ["2022-12-23", "2023-01-22"], 2024: ["2024-01-11", "2024-02-10"],
  2025: ["2024-12-31", "2025-01-29"], 2026: ["2026-01-19", "2026-02-17"], 2027: ["2027-01-08", "2027-02-06"],
  2028: ["2027-12-28", "2028-01-26"], 2029: ["2029-01-15", "2029-02-13"], 2030: ["2030-01-04", "2030-02-03"],
  2031: ["2030-12-25", "2031-01-23"], 2032: ["2032-01-13", "2032-02-11"], 2033: ["2033-01-01", "2033-01-31"],
  2034: ["2034-01-20", "2034-02-19"], 2035: ["2035-01-09", "2035-02-08"],
};

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 初一 … 初十, 十一 … 十九, 二十, 廿一/二十一 … 廿九, 三十, or digits: the day of a lunar month; null when not a day. */
function lunarDay(w: string): number | null {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  let m: RegExpExecArray | null;
  if ((m = /^初([一二三四五六七八九十])$/.exec(w))) return DIGIT[m[1]];
  if (w === "十") return 10;
  if ((m = /^十([一二三四五六七八九])$/.exec(w))) return 10 + DIGIT[m[1]];
  if (w === "二十") return 20;
  if ((m = /^(?:二十|廿)([一二三四五六七八九])$/.exec(w))) return 20 + DIGIT[m[1]];
  if (w === "三十") return 30;
  return null;
}

const LUNAR_RE =
  /(?:(明年|次年|翌年)|(\d{4})年)?(?:农历)?(腊月|正月|农历(?:十二|12)月|农历(?:一|1)月)(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|\d{1,2}|底|末)(?:日)?(?:前|之前|以前|(?=完成|复工|开工|建成|竣工|投用|结束|到位))/g;

function addDays(iso: string, n: number): IsoDate | null {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + n));
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The lunar dates of a text, each with its note. Which festival: 正月 of the plan year's Spring Festival and the 腊月 just
 * before it (as 春节前 is read), the next year's after 明年/次年 or when `nextFestival` (the year's whole task is due, as
 * for 春节前); a year written before 正月 is the festival's, before 腊月 the lunar year's (2025年腊月 precedes 2026's festival).
 */
export function lunarDeadlines(s: string, year: number, nextFestival: boolean): { date: IsoDate; note: string }[] {
  if (!/腊月|正月|农历|元宵/.test(s)) return [];
  const out: { date: IsoDate; note: string }[] = [];
  // "元宵节前全面复工": the eve of 元宵 (正月十五), as 中秋前 is the eve of 中秋; not 元宵节期间, 元宵节后.
  const lantern = /(?:(明年|次年|翌年)|(\d{4})年)?元宵(?:节)?(?:假期)?(?:前|之前|以前)/.exec(s);
  const ly = lantern ? (lantern[2] ? Number(lantern[2]) : lantern[1] || nextFestival ? year + 1 : year) : 0;
  const lanternDay = lantern && LUNAR_NEW_YEAR[ly] ? addDays(LUNAR_NEW_YEAR[ly][1], 13) : null;
  if (lanternDay)
    out.push({ date: lanternDay, note: `元宵节前按前一日计：${ly}年元宵节（正月十五）前一日${Number(lanternDay.slice(5, 7))}月${Number(lanternDay.slice(8))}日` });
  LUNAR_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LUNAR_RE.exec(s)); ) {
    const last = /腊|十二|12/.test(m[3]);
    const fy = m[2] ? Number(m[2]) + (last ? 1 : 0) : m[1] || nextFestival ? year + 1 : year;
    const t = LUNAR_NEW_YEAR[fy];
    if (!t) continue;
    const [start, festival] = t;
    const len = Math.round((Date.parse(festival) - Date.parse(start)) / 86400000);
    const day = /^[底末]$/.test(m[4]) ? (last ? len : null) : lunarDay(m[4]);
    if (day === null || day < 1 || (last ? day > len : day > 29)) continue;
    const date = last ? addDays(start, day - 1) : addDays(festival, day - 1);
    if (!date) continue;
    const name = `${last ? "腊月" : "正月"}${/^[底末]$/.test(m[4]) ? "底（除夕）" : m[4]}`;
    out.push({ date, note: `农历${name}按${fy}年春节（${Number(festival.slice(5, 7))}月${Number(festival.slice(8))}日）${last ? "前" : "起"}的${last ? "腊月" : "正月"}计，即${Number(date.slice(5, 7))}月${Number(date.slice(8))}日` });
  }
  return out;
}
