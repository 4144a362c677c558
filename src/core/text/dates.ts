import { CellValue } from "../sheet/cellValue";
import { cellText, toHalfWidth } from "./normalize";

/** Dates inside the core are ISO strings "YYYY-MM-DD": comparable as text, free of time zones. */
export type IsoDate = string;

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12; days past the month's end run on, as Date.UTC does). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Arithmetic instead of Date: these run once per task and per row at 10⁵–10⁶ rows.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Years 100–9999: the form toISOString gives them. */
function formatIso(year: number, month: number, day: number): IsoDate {
  const y = year < 1000 ? `0${year}` : String(year);
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

/** Years the arithmetic covers; Date.UTC reads 0–99 as 1900–1999, and that quirk is left to Date. */
function isPlainYear(year: number): boolean {
  return Number.isInteger(year) && year >= 100 && year <= 9999;
}

export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (isPlainYear(year) && Number.isInteger(month) && Number.isInteger(day)) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return formatIso(year, month, day);
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const EXCEL_EPOCH_DAYS = EXCEL_EPOCH_UTC / DAY_MS;
/** The digits of iso[from, to) as a number, or -1 when any is not a digit. */
function digitsAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function serialFromIso(iso: IsoDate): number {
  // "YYYY-MM-DD" read digit by digit: judging every target of every task asks this a few times.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digitsAt(iso, 0, 4);
    const month = digitsAt(iso, 5, 7);
    const day = digitsAt(iso, 8, 10);
    if (isPlainYear(year) && month >= 1 && month <= 12 && day >= 0) return daysFromCivil(year, month, day) - EXCEL_EPOCH_DAYS;
  }
  const [y, mo, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, mo - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  if (isPlainYear(year) && Number.isInteger(month) && month >= 1 && month <= 12) return formatIso(year, month, daysInMonth(year, month));
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return serialFromIso(b) - serialFromIso(a);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromSerial(serialFromIso(iso) + days) as IsoDate;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, "○": 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 三十一 (a month or a day written in Chinese numerals); NaN otherwise. */
function chineseNumber(text: string): number {
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return NaN;
  if (!m[2]) return m[1] && m[3] ? NaN : CN_DIGIT[m[1] ?? m[3]];
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0);
}

/** "二〇二四年六月二十八日" → 2024-06-28, the form of official documents. */
function chineseDate(text: string): IsoDate | null {
  const m = /^([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(text);
  if (!m) return null;
  const year = Number([...m[1]].map((c) => CN_DIGIT[c]).join(""));
  const month = chineseNumber(m[2]);
  const day = chineseNumber(m[3]);
  return Number.isNaN(month) || Number.isNaN(day) ? null : isoFromParts(year, month, day);
}

const WEEKDAYS = "日一二三四五六";

/**
 * A date typed into a cell: an Excel serial, "2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日",
 * "20240630", "二〇二四年六月三十日", any of these followed by a time ("2024/06/28 10:30:00") or a weekday
 * ("2024年06月28日星期五", which must be the date's own weekday). `year` fills in "6月30日" and "6/30".
 * Null when it is not a date.
 */
export function parseDateCell(value: CellValue | undefined, year?: number): IsoDate | null {
  if (typeof value === "number") return isoFromSerial(value);
  const typed = toHalfWidth(cellText(value ?? null)).trim();
  const text = typed.replace(/\s+/g, "");
  if (!text) return null;
  // A weekday or a time of day after the date: the date is what counts, the weekday must agree with it.
  const tail = /^(.*?\d日?|.*?日)[(（]?(?:星期|周|礼拜)([一二三四五六日天])[)）]?$/.exec(text);
  if (tail) {
    const date = parseDateCell(tail[1], year);
    if (!date) return null;
    const weekday = (((serialFromIso(date) - 1) % 7) + 7) % 7; // serial 1 (1900-01-01 in this count) is a Sunday
    return WEEKDAYS[weekday] === tail[2].replace("天", "日") ? date : null;
  }
  const chinese = chineseDate(text);
  if (chinese) return chinese;
  // A time of day needs a space, a T or 日 before it: "2024-06-210:30" could be the 2nd or the 21st.
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日(?:(?:\s+|T)?(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(?:\s+|T)(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(typed.replace(/\s+/g, " "));
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m && year) return isoFromParts(year, Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-/.年](\d{1,2})月?(?:底|末)?$/.exec(text);
  // "2024-13" is a typing slip, not January of the next year.
  if (m) return isPlainYear(Number(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? lastDayOfMonth(Number(m[1]), Number(m[2])) : null;
  if (/^\d+(\.\d+)?$/.test(text) && Number(text) > 20000) return isoFromSerial(Number(text));
  return null;
}
