import { IsoDate, isoFromParts, lastDayOfMonth } from "../text/dates";
import { toHalfWidth } from "../text/normalize";
import { parseChineseNumeral } from "./chineseNumerals";
import { eventDeadline } from "./eventDeadline";
import { lunarDeadlines } from "./lunarDeadline";

const MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
// Hunt 19: 内 too — "要求：9月内完成", "于9月内完成验收" are due at that month's end, as a task opening with "9月内完成" was
// already read (as 9月份); "3个月内" is a span (个 stands between), read as such by eventDeadline.
const BY = "(?:前|之前|以前|底|末|内|份|上旬|中旬|下旬|[上中][下]旬|完成|完工|建成|竣工|投用|投入使用|启用|开工|实现|投产|投运|通车|开通|交付)";

const QUARTER_END: Record<string, [number, number]> = { 一: [3, 31], "1": [3, 31], 二: [6, 30], "2": [6, 30], 三: [9, 30], "3": [9, 30], 四: [12, 31], "4": [12, 31] };

const EXACT_RE = new RegExp(`(?:(\\d{4})年)?${MONTH}月(\\d{1,2})日(?:前|之前|以前|(?=完成|建成|启动|开工|竣工|投用|投入使用|开通|开业|上线|交付))`, "g");
const BY_MONTH_RE = new RegExp(`(?:(\\d{4})年)?${MONTH}月${BY}`, "g");
/** Built once, not per text: a cell holding only a date or a month; a month with its year; a month named in a sentence. */
const BARE_DATE_RE = new RegExp(`^(?:(\\d{4})年)?${MONTH}月(?:(\\d{1,2})日)?[。.]?$`);
const YEAR_MONTH_RE = new RegExp(`(?:(\\d{4})年|(明年|次年|翌年))${MONTH}月(?=$|[，,。；;、)）至到—~-])`, "g");
const NAMED_MONTH_RE = new RegExp(`(?:(\\d{4})年)?${MONTH}月(份)?(?!\\d|[-—~至到])`, "g");
/** Cheap test first: most task texts name no time at all. */
const ANY_TIME = /月|年|季|十[一二三四五六]五|双过半|[Qq][1-4](?!\d)|(?:时限|时间|期限|工期)[:：]?20\d{2}|汛|学期|开学|春节|入冬|立冬|供暖|采暖|供热|国庆|元旦|暑|五一|劳动节|端午|中秋|重阳|清明|今冬明春|十一|元宵|\d{4}[./-]\d|\d\.\d{1,2}日?(?:前|之前|以前)/;

function month(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** The eve of the Spring Festival, for "春节前" (the festival of the plan's own year). */
const SPRING_FESTIVAL: Record<number, string> = {
  2000: "02-04", 2001: "01-23", 2002: "02-11", 2003: "01-31", 2004: "01-21", 2005: "02-08", 2006: "01-28", 2007: "02-17",
  2008: "02-06", 2009: "01-25", 2010: "02-13", 2011: "02-02", 2012: "01-22", 2013: "02-09", 2014: "01-30", 2015: "02-18",
  2016: "02-07", 2017: "01-27", 2018: "02-15", 2019: "02-04",
  2020: "01-24", 2021: "02-11", 2022: "01-31", 2023: "01-21", 2024: "02-09", 2025: "01-28", 2026: "02-16", 2027: "02-05",
  2028: "01-25", 2029: "02-12", 2030: "02-02", 2031: "01-22", 2032: "02-10", 2033: "01-30", 2034: "02-18", 2035: "02-07",
};

/**
 * The festivals other than the Spring Festival, as Gregorian dates for 2020–2035: 端午 5/5, 中秋 8/15, 重阳 9/9 of the lunar
 * year, and 清明, a solar term (the sun at 15°: 4 or 5 April, Beijing time; computed from the sun's longitude, the closest
 * to midnight being 2034 at about 01:00). "中秋前", "清明前" are the eve, as 春节前 is. A year outside the table gives no date.
 */
const FESTIVAL_DATES: Record<string, Record<number, string>> = {
  清明: {
    2020: "04-04", 2021: "04-04", 2022: "04-05", 2023: "04-05", 2024: "04-04", 2025: "04-04", 2026: "04-05", 2027: "04-05",
    2028: "04-04", 2029: "04-04", 2030: "04-05", 2031: "04-05", 2032: "04-04", 2033: "04-04", 2034: "04-05", 2035: "04-05",
  },
  端午: {
    2020: "06-25", 2021: "06-14", 2022: "06-03", 2023: "06-22", 2024: "06-10", 2025: "05-31", 2026: "06-19", 2027: "06-09",
    2028: "05-28", 2029: "06-16", 2030: "06-05", 2031: "06-24", 2032: "06-12", 2033: "06-01", 2034: "06-20", 2035: "06-10",
  },
  中秋: {
    2020: "10-01", 2021: "09-21", 2022: "09-10", 2023: "09-29", 2024: "09-17", 2025: "10-06", 2026: "09-25", 2027: "09-15",
    2028: "10-03", 2029: "09-22", 2030: "09-12", 2031: "10-01", 2032: "09-19", 2033: "09-08", 2034: "09-27", 2035: "09-16",
  },
  重阳: {
    2020: "10-25", 2021: "10-14", 2022: "10-04", 2023: "10-23", 2024: "10-11", 2025: "10-29", 2026: "10-18", 2027: "10-08",
    2028: "10-26", 2029: "10-16", 2030: "10-05", 2031: "10-24", 2032: "10-12", 2033: "10-01", 2034: "10-20", 2035: "10-09",
  },
};

/** The eve of a festival of FESTIVAL_DATES in year y, and the note that states the date chosen; null outside the table. */
function festivalEve(name: string, y: number): { date: IsoDate; note: string } | null {
  const day = FESTIVAL_DATES[name][y];
  if (!day) return null;
  const eve = new Date(Date.UTC(y, Number(day.slice(0, 2)) - 1, Number(day.slice(3)) - 1));
  const date = isoFromParts(y, eve.getUTCMonth() + 1, eve.getUTCDate());
  if (!date) return null;
  return { date, note: `${name}前按前一日计：${y}年${name}（${Number(day.slice(0, 2))}月${Number(day.slice(3))}日）前一日${eve.getUTCMonth() + 1}月${eve.getUTCDate()}日` };
}

/** A text that names the year's whole task as what is due: 春节前完成年度任务, 全年目标任务春节前完成. */
const YEAR_TASK = /(?:年度|全年|今年|当年)[^，,。；;\d]{0,6}?任务|(?:年度|全年)目标/;

/** The note for 春节前: the festival's own date and the eve taken ("春节前按2025年春节（1月29日）前一日1月28日计"). */
function festivalNote(y: number, next: boolean): string {
  const eve = SPRING_FESTIVAL[y];
  const day = new Date(Date.UTC(y, Number(eve.slice(0, 2)) - 1, Number(eve.slice(3)) + 1));
  return `春节前按${next ? "次年" : "当年"}除夕计：${y}年春节（${day.getUTCMonth() + 1}月${day.getUTCDate()}日）前一日${Number(eve.slice(0, 2))}月${Number(eve.slice(3))}日`;
}

/**
 * Customary times and the date each is read as (docs/metrics.md): a season has no date of its own, so the one chosen
 * is stated with the deadline.
 */
const CUSTOMARY: [RegExp, (year: number) => IsoDate | null, string][] = [
  [/(?:主)?汛(?:期)?(?:来临|到来)?(?:之)?前/, (y) => isoFromParts(y, 5, 31), "汛期前按5月31日计（多数地区6月1日入汛）"],
  [/秋季(?:学期|开学|入学)(?!结束|末)|今秋开学/, (y) => isoFromParts(y, 8, 31), "秋季学期按开学前8月31日计（须在开学时投入使用）"],
  // "确保六中新校区、新兴小学秋季投入使用": schools put to use in autumn open with the autumn term.
  [/(?:校|学|幼儿园)[^。；;]{0,40}?秋季(?:全部|全面)?(?:投入使用|投用|启用|招生|开园)/, (y) => isoFromParts(y, 8, 31), "学校秋季投入使用按秋季学期开学前8月31日计"],
  [/新学年(?:开学|入学)?|(?:9|九)月(?:1日)?开学/, (y) => isoFromParts(y, 8, 31), "新学年（9月开学）按开学前8月31日计"],
  [/春季(?:学期|开学)(?!结束|末)/, (y) => isoFromParts(y, 2, 28), "春季学期按开学前2月28日计"],
  [/暑期|暑假/, (y) => isoFromParts(y, 8, 31), "暑期按8月31日计"],
  [/春节(?:前|之前|期间)/, (y) => (SPRING_FESTIVAL[y] ? isoFromParts(y, Number(SPRING_FESTIVAL[y].slice(0, 2)), Number(SPRING_FESTIVAL[y].slice(3))) : null), "春节前按当年除夕计"],
  // Hunt 9: 秋冬季 of planting (秋冬季完成造林1万亩) is the planting season of the year, not the air-quality one: the year's end.
  [/秋冬季(?=[^。；;]{0,12}?(?:造林|植树|绿化|种植|栽植|补植|苗木|营林))|(?:造林|植树|绿化|种植|栽植|补植|苗木|营林)[^。；;]{0,12}?秋冬季/, (y) => isoFromParts(y, 12, 31), "秋冬季造林（植树）按当年12月31日计（造林季节，不是大气污染防治的秋冬季）"],
  // The air-quality 秋冬季 runs from 1 October to 31 March of the next year: "2019—2020年秋冬季" ends 31 March 2020.
  [/秋冬季(?:攻坚|期间|结束前|前)?/, (y) => isoFromParts(y + 1, 3, 31), "秋冬季按次年3月31日计（大气污染防治秋冬季为10月至次年3月）"],
  [/入冬(?:前|之前)|立冬(?:前|之前)/, (y) => isoFromParts(y, 11, 7), "入冬前按立冬（11月7日）计"],
  [/(?:供暖|采暖|供热)季?(?:前|之前)|供暖期开始前/, (y) => isoFromParts(y, 11, 15), "供暖前按11月15日计"],
  // Round aw: the holiday may be named as its break ("五一假期前", "国庆长假前"): before the break begins.
  [/[“"]?(?:五一|劳动节)[”"]?(?:节)?(?:小长假|长假|假期)?(?:前|之前)/, (y) => isoFromParts(y, 4, 30), "“五一”前按4月30日计"],
  [/雨季(?:来临|到来)?(?:之)?前/, (y) => isoFromParts(y, 5, 31), "雨季前按5月31日计（与汛期前同）"],
  // Hunt 11: the end of the flood season (汛期结束前, 汛末, 汛期末), not 主汛期's, which ends earlier and has no one date.
  [/汛(?:期)?(?:结束|末)(?:之)?(?:前|以前)?(?![后以之])/, (y) => isoFromParts(y, 9, 30), "汛期结束前按9月30日计（多数地区汛期至9月30日）"],
  // "今冬明春": the winter of the year and the spring after it, the season of winter works and of planting: to the
  // spring's end, 31 May of the next year.
  [/今冬明春/, (y) => isoFromParts(y + 1, 5, 31), "今冬明春按次年5月31日计（冬季施工、造林至次年春季结束）"],
  [/国庆(?:节)?(?:长假|假期)?(?:前|之前)/, (y) => isoFromParts(y, 9, 30), "国庆前按9月30日计"],
  // "“十一”之前", "十一前完成": National Day written as its date; not 十一月 (a month), 第十一, 十一五, 三十一.
  [/(?:^|[^第\d〇零一二三四五六七八九十百])[“"‘']?十一[”"’']?(?:节|长假|假期)?(?:前|之前|以前)/, (y) => isoFromParts(y, 9, 30), "“十一”前按国庆节前9月30日计"],
  [/元旦(?:前|之前)/, (y) => isoFromParts(y, 12, 31), "元旦前按12月31日计"],
  // "年中完成", "2026年中前": not the 年中 of "2025年中秋", "2025年中央预算", "今年中小学".
  [/年中(?=前|之前|以前|完成|建成|实现|开工|投用|竣工|$|[，,。；;、])/, (y) => isoFromParts(y, 6, 30), "年中按6月30日计"],
];

/** One cheap test before the customary times are tried one by one. */
const CUSTOMARY_ANY = /汛|学期|学年|开学|入学|暑|春节|秋冬季|秋季|入冬|立冬|供暖|采暖|供热|国庆|元旦|年中|五一|劳动节|雨季|十一|今冬明春/;
/** "中秋节前", "端午前", "重阳节之前", "清明节前": a festival's eve (FESTIVAL_DATES). */
const FESTIVAL_BEFORE = /(?:(\d{4})年|(明年|次年|翌年))?(端午|中秋|重阳|清明)(?:节)?(?:假期)?(?:前|之前|以前)/g;

/**
 * A five-year plan's period named as a time ("十四五期间", "“十四五”末", "十四五时期", "十四五内") and its last year (十一五 2010 …
 * 十五五 2030); "完成“十四五”目标" names the plan, not a time. Shared by the deadline reader and the judge's fallback.
 */
export function fiveYearPlan(text: string): { lastYear: number; ordinal: string; words: string; index: number } | null {
  const m = /[“"]?十([一二三四五六])五[”"]?(?:期间|时期|末|期末|内)/.exec(text);
  return m ? { lastYear: 2010 + 5 * "一二三四五六".indexOf(m[1]), ordinal: m[1], words: m[0], index: m.index } : null;
}

/** A deadline and, when it was read from a customary time (汛期前, 秋季学期 …), which date was chosen and why. */
interface DeadlineReading {
  date: IsoDate;
  /** The chosen date in words, for customary times ("汛期前按5月31日计"). */
  note?: string;
}

/** A template's blank year ("xx年", "20XX年"): the plan's own year is meant. */
const BLANK_YEAR = /(^|[^\dA-Za-z])(?:20)?[xX×*]{2}年/;
const BLANK_YEARS = new RegExp(BLANK_YEAR.source, "g");

/**
 * The deadline a task text states for `year` (上半年 → 6月30日, 一季度 → 3月31日, 5月底前, 7月下旬 → 7月31日,
 * 年内 → 12月31日, "2024年5月底前", "到2025年", 明年3月底前), the latest when it names several milestones; null when it
 * names none. Words that only name the year (全年, 年度, 今年) give 31 December only when no other time is named:
 * "10月底完成年度任务" is due on 31 October.
 */
export function parseDeadline(text: string, year: number): IsoDate | null {
  return readDeadline(text, year)?.date ?? null;
}

/** parseDeadline with the reason for a customary date. */
export function explainDeadline(text: string, year: number): DeadlineReading | null {
  return readDeadline(text, year);
}

const DAY_OF_PART: Record<string, number> = { 上旬: 10, 中旬: 20 };

/**
 * "截至3月底", "截止2023年底累计…": the time of a report, not a deadline. Round bc: "截止6月底前完成", "截至2024年底前完成改造"
 * are deadlines (a report's time takes no 前), unless what follows in the sentence was already done (已, 累计).
 */
function reportTime(before: string, after: string): boolean {
  if (!/截[至止]到?$/.test(before)) return false;
  return !(/^(?:之|以)?前/.test(after) && !/^[^。；;]*?(?:已|累计)/.test(after));
}

function readDeadline(text: string, year: number): DeadlineReading | null {
  try {
    return readDeadlineUnsafe(text, year);
  } catch {
    return null;
  }
}

function readDeadlineUnsafe(text: string, year: number): DeadlineReading | null {
  const raw = String(text ?? "");
  if (!ANY_TIME.test(raw) || !Number.isInteger(year)) return null;
  const written0 = toHalfWidth(raw)
    .replace(/\s+/g, "")
    // "10月15号前": 号 for 日 after a month ("5月3号楼" then names no deadline: 日 is not followed by 前 or a verb).
    .replace(/(\d{1,2}月\d{1,2})号/g, "$1日")
    // "二〇二五年" → "2025年"
    .replace(/([〇零一二三四五六七八九]{4})年/g, (_, y: string) => `${[...y].map((c) => "〇一二三四五六七八九".indexOf(c === "零" ? "〇" : c)).join("")}年`)
    // "24年底", "25年6月底", "26年上半年": a two-digit year (2015–2039) before a time of that year; "10年内" is a span.
    .replace(/(^|[^\d.])(1[5-9]|[23]\d)年(?=年?[底末]|\d{1,2}月|[一二三四五六七八九十]{1,3}月|[上下]半年|第?[一二三四1-4]季度|[Qq][1-4])/g, "$120$2年")
    // Round aj: "7月PM2.5浓度不高于20微克/立方米": a month opening the task, right before what is to be reached, is the
    // month the task is of, as "7月份…" is; not a month of starting (5月起, 6月启动) nor a period (1-5月, 7月以来).
    .replace(/^((?:\d{4}年)?\d{1,2})月(?![\d日份底末旬上中下—–~～至到起开启以-])(?=[\u4e00-\u9fa5A-Za-z])/, "$1月份");
  // Round at: "xx年完成…", "20XX年底前": a template's blank year (plans copied from year to year) is the plan's own year.
  const blankYear = BLANK_YEAR.test(written0);
  // Round at: "10月27日会议要求…本月底前启动": 本月 is the month of the date written before it (the day of the writing);
  // with no date before it, no month is guessed.
  const writingMonth = /本月/.test(written0) ? /(\d{1,2})月\d{1,2}日(?=[^本]*本月)/.exec(written0) : null;
  const written1 = written0
    .replace(BLANK_YEARS, `$1${year}年`)
    .replace(/本月(?=底|末|内|中旬|下旬|上旬|\d{1,2}日)/g, writingMonth ? `${Number(writingMonth[1])}月` : "本月");
  // "签约后半年内", "批复后3个月内", "用3个月时间": a span from an event is no date of its own (半年内 is not 年内); it
  // gives one only when the event's month is written (eventDeadline).
  const event = /后|起|时间|个月/.test(written1) ? eventDeadline(written1, year) : null;
  // "较上年底增长5%", "比去年末增加20家": the end of last year is a baseline, never this year's end (年底 below).
  const s = (event ? written1.replace(event.span, "，") : written1).replace(/(?:上|去)年(?:年)?[底末]/g, "，");
  const found: IsoDate[] = [];
  let note: string | undefined = event?.date ? event.note : undefined;
  const say = (said: string) => (note = note ? `${note}；${said}` : said);
  if (blankYear) say(`文中年份空缺（xx年），按任务所属年度${year}年计`);
  if (writingMonth && /\d{1,2}月(?:底|末|内)/.test(s)) say(`“本月”按文中日期所在的${Number(writingMonth[1])}月计`);
  if (event?.date) found.push(event.date);
  const add = (d: IsoDate | null) => d && found.push(d);
  /** "明年3月底前", "次年": a month named after 明年 falls in the next year. */
  // Round at: "明年1月底完成验收，3月底前完成配套验收": a month written after a month of the next year, and not before it in
  // the calendar, goes on in that next year (a chain of nodes does not step back to this year's spring).
  const nextYearMonth = /(?:明年|次年|翌年)(\d{1,2}|[一二三四五六七八九十]{1,3})月/.exec(s);
  const yearAt = (at: number, written: string | undefined) => {
    if (written) return Number(written);
    if (/(明年|次年|翌年)$/.test(s.slice(Math.max(0, at - 2), at))) return year + 1;
    if (nextYearMonth && at > nextYearMonth.index + nextYearMonth[0].length) {
      const here = /^(\d{1,2}|[一二三四五六七八九十]{1,3})月/.exec(s.slice(at));
      const from = month(nextYearMonth[1]);
      const mo = here ? month(here[1]) : null;
      if (from && mo && mo >= from) return year + 1;
    }
    return year;
  };
  let m: RegExpExecArray | null;
  // "2025/06/30", "2025-06-30", "2025.6.30", "2025.6", "2025/6": written dates, not amounts (2024.5万元) or versions.
  const written = /(^|[^\d.])(20\d{2})([./])(\d{1,2})(?:\3(\d{1,2}))?(?=$|前|底|之前|以前|完成|[，,。；;、)）至到—~-])|(^|[^\d])(20\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/g;
  while ((m = written.exec(s))) {
    const y = m[2] ? m[2] : m[7];
    const mo = m[2] ? m[4] : m[8];
    const d = m[2] ? m[5] : m[9];
    const mon = Number(mo);
    if (mon >= 1 && mon <= 12) add(d ? isoFromParts(Number(y), mon, Number(d)) : lastDayOfMonth(Number(y), mon));
  }
  // A cell holding only a date or a month ("6月30日", "12月"): that day, that month's end.
  const bare = BARE_DATE_RE.exec(s);
  // "2025年6月30日" with its year too.
  const bareYear = bare?.[1] ? Number(bare[1]) : year;
  if (bare && month(bare[2])) add(bare[3] ? isoFromParts(bareYear, month(bare[2]) as number, Number(bare[3])) : lastDayOfMonth(bareYear, month(bare[2]) as number));
  // "6.30前", "9.30之前": a month and day written with a point, then 前 (without 前 it may be an amount).
  const pointDate = /(^|[^\d.])(\d{1,2})\.(\d{1,2})(?:日)?(?:前|之前|以前)/g;
  while ((m = pointDate.exec(s))) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) add(isoFromParts(year, mo, d));
  }
  // "2025年9月", "次年6月", "2025年9月至2026年6月": a month with its year and nothing after it is due at the month's end.
  const yearMonth = YEAR_MONTH_RE;
  yearMonth.lastIndex = 0;
  while ((m = yearMonth.exec(s))) {
    const mo = month(m[3]);
    if (mo) add(lastDayOfMonth(m[1] ? Number(m[1]) : year + 1, mo));
  }
  // "6—8月集中整治": a range of months that does not start in January (1-5月 is a statistical period) ends with its last.
  // "2025年3月-12月", "3月至12月": the first month written with its 月 too. "1-12月" is the whole year, whatever it reports.
  // "6-8月份" too ("8月份" as "8月"); "3-5月份营收" would not start a deadline text.
  const monthRange = /(^|[^\d])(\d{1,2})月?[—–~～至到-](\d{1,2})月(?:份)?(?![\d日])/g;
  while ((m = monthRange.exec(s))) {
    const a = Number(m[2]);
    const b = Number(m[3]);
    if ((a > 1 || b === 12) && a < b && b <= 12) add(lastDayOfMonth(year, b));
  }
  // "2025-12" alone in a cell: a year and a month.
  const yearDashMonth = /^(20\d{2})-(\d{1,2})$/.exec(s);
  if (yearDashMonth && Number(yearDashMonth[2]) >= 1 && Number(yearDashMonth[2]) <= 12) add(lastDayOfMonth(Number(yearDashMonth[1]), Number(yearDashMonth[2])));
  const exact = EXACT_RE;
  exact.lastIndex = 0;
  while ((m = exact.exec(s))) {
    if (!m[1] && /每个?年$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    // Round bc: "农历十二月20日前", "农历三月初三": a lunar month is not the Gregorian month of that number (lunarDeadline.ts).
    if (/农历$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    const mo = month(m[2]);
    if (mo) add(isoFromParts(yearAt(m.index, m[1]), mo, Number(m[3])));
  }
  // "6月份启动，20日前完成招标": a day written without its month takes the month last named in its sentence; a month
  // named only as the start ("6月份启动") is then when the work starts, not a deadline. With no month in the sentence
  // ("20日前完成", "每月20日前报送") no date is guessed.
  const startMonths = new Set<number>();
  if (/\d日(?:前|之前|以前)/.test(s)) {
    const bareDay = /(^|[^\d月])(\d{1,2})日(?:前|之前|以前)/g;
    while ((m = bareDay.exec(s))) {
      const at = m.index + m[1].length;
      if (/每个?月$/.test(s.slice(Math.max(0, at - 3), at))) continue;
      const sentence = s.slice(Math.max(s.lastIndexOf("。", at), s.lastIndexOf("；", at), s.lastIndexOf(";", at)) + 1, at);
      const named = NAMED_MONTH_RE;
      named.lastIndex = 0;
      let last: RegExpExecArray | null = null;
      for (let x: RegExpExecArray | null; (x = named.exec(sentence)); ) last = x;
      const mo = last ? month(last[2]) : null;
      const day = Number(m[2]);
      if (!last || !mo || day < 1 || day > 31) continue;
      const monthAt = at - sentence.length + last.index;
      add(isoFromParts(yearAt(monthAt, last[1]), mo, day));
      if (/^(?:启动|开始|部署|动员|起)/.test(sentence.slice(last.index + last[0].length))) startMonths.add(monthAt);
    }
  }
  // Round at: "即日起到4月10日", "至2022年10月16日（止）": a span that runs to a day ends on it; not a report's time ("截至9月30日",
  // "至9月30日，已完成…", "至6月30日累计…").
  const untilDay = /(^|[^截])(?:至|到)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
  while ((m = untilDay.exec(s))) {
    if (/^[^。；;]*?(?:已|累计)/.test(s.slice(m.index + m[0].length))) continue;
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) add(isoFromParts(yearAt(m.index + m[0].length - `${m[3]}月${m[4]}日`.length, m[2]), mo, d));
  }
  // Round at: "动员部署阶段（5月）", "总结阶段(11月份)": a stage dated by one month ends with it (a range is read above).
  const stageMonth = /(?:阶段|环节|时段)[（(](?:(\d{4})年)?(\d{1,2})月(?:份)?[)）]/g;
  while ((m = stageMonth.exec(s))) {
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) add(lastDayOfMonth(m[1] ? Number(m[1]) : year, mo));
  }
  const byMonth = BY_MONTH_RE;
  byMonth.lastIndex = 0;
  while ((m = byMonth.exec(s))) {
    if (startMonths.has(m.index)) continue;
    if (/农历$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue; // Round bc: "农历三月底前" is no Gregorian March
    // "6月份启动摸排。20日前完成招标": a month of starting, in a text whose time limit is a day of a month it does not
    // name in the day's sentence, is not the deadline (the day's month is not guessed across a full stop: no date).
    if (/^(?:启动|开始|部署|动员|起)/.test(s.slice(m.index + m[0].length)) && /\d日(?:前|之前|以前)/.test(s)) continue;
    if (s[m.index - 1] === "-" || /\d月$/.test(s.slice(0, m.index))) continue; // 1-5月 is a period, not a deadline
    // "每年9月底前更新": a frequency, not a deadline (as 每月20日前).
    if (!m[1] && /每个?年$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    // "截至3月底，…已完成": the time of a report, not a deadline; so is "至11月底，…已…".
    const before = s.slice(Math.max(0, m.index - 3), m.index);
    if (reportTime(before, s.slice(m.index + m[0].length)) || (/至$/.test(before) && /^[^。；;]*?已/.test(s.slice(m.index + m[0].length)))) continue;
    // Round at: "于11月底已拨付", "6月底已完成70%": a month followed by 已 in its clause is when something was done; not
    // "6月末已开工项目投资完成率达到40%", where 已开工 picks the projects a target is set on.
    const clauseAfter = /^[^，,。；;]*/.exec(s.slice(m.index + m[0].length))?.[0] ?? "";
    if (/^(?:[^前]{0,3}?)已/.test(clauseAfter) && !/达到|不低于|不少于|确保|力争|以上/.test(clauseAfter)) continue;
    const mo = month(m[2]);
    if (!mo) continue;
    const y = yearAt(m.index, m[1]);
    // "中下旬", "上、中旬": the later part counts.
    const part = /^[上中下][、至到-]?([上中下])旬|^([上中下])旬/.exec(s.slice(m.index + m[0].length - (m[0].endsWith("旬") ? 2 : 0)));
    const which = part ? `${part[1] ?? part[2]}旬` : "";
    add(DAY_OF_PART[which] ? isoFromParts(y, mo, DAY_OF_PART[which]) : lastDayOfMonth(y, mo));
  }
  // "2024—2025年", "（2019—2021年）": the end of the last year; "2019—2020年秋冬季" is one season, read below.
  // Round bb: "2010年至2011年上半年": a part of the last year after the span ends it there (read with that part below).
  const span = /(\d{4})年?[-—–~～至到](\d{4})年(?!秋冬季|[上下]半年|\d{1,2}月|[一二三四五六七八九十]{1,3}月|第?[一二三四1-4]季度)/g;
  while ((m = span.exec(s))) add(isoFromParts(Number(m[2]), 12, 31));
  const yearEnd = /(\d{4})年(?:底|末|内|年底|年内|前|完成|建成|实现|全面完成)/g;
  while ((m = yearEnd.exec(s))) {
    // "截至2023年底…", "至2021年底累计完成投资…": the time of a report, as 截至3月底 is ("至2025年底完成改造" stays).
    const head = s.slice(Math.max(0, m.index - 3), m.index);
    if (reportTime(head, s.slice(m.index + m[0].length)) || (/至$/.test(head) && /^[^。；;]*?(?:累计|已)/.test(s.slice(m.index + m[0].length)))) continue;
    add(isoFromParts(Number(m[1]), 12, 31));
  }
  // "建设起止年限：2022", "完成时限：2022-2023": years written without 年 after a time label; the end of the last.
  // A bare "2024-2026" without a label stays null (it may be a range of anything).
  const labelYears = /(?:年限|时限|时间|期限|工期)[:：]?(20\d{2})(?:[-—–~～至到](20\d{2}))?(?![\d.年%万亿元])/g;
  while ((m = labelYears.exec(s))) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b >= a && b - a <= 10) add(isoFromParts(b, 12, 31));
  }
  // "9月15日-25日", "2019年12月13日至2019年12月19日": a span of days ends on its last day (a period already reported,
  // "1月1日至9月30日，已完成…", is not a deadline).
  const daySpan = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[-—–~～至到](?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;
  while ((m = daySpan.exec(s))) {
    if (/^[^。；;]*?已/.test(s.slice(m.index + m[0].length))) continue;
    if (/截[至止]到?$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    const y = m[4] ? Number(m[4]) : m[1] ? Number(m[1]) : year;
    const mo = m[5] ? Number(m[5]) : Number(m[2]);
    const d = Number(m[6]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && (m[5] || d > Number(m[3]))) add(isoFromParts(y, mo, d));
  }
  // "到2025年", "至2026年", a year heading the text ("2026年新建…", "建设时间：2024年"): the end of that year.
  // Round bb: "在2011年秋季开学前": a year before a customary time is that time's year (read with the time below), not a deadline.
  const byYear = /(^|到|至|于|在|：|:|，|,)(\d{4})年(?![\d上下Qq]|[一二三四五六七八九十]{1,3}(?:月|季)|[底末内前度]|[春夏秋冬]季|秋冬季|春节|汛|暑|寒假|国庆|元旦|入冬|供暖|采暖|开学|学期)/g;
  const headingYears: IsoDate[] = [];
  while ((m = byYear.exec(s))) {
    // "2022年续建、新建的38个项目", "2023年下达的资金": the year says which things, not when they are due.
    if (/^[^，,。；;：:\d]{1,10}的/.test(s.slice(m.index + m[0].length))) continue;
    const d = isoFromParts(Number(m[2]), 12, 31);
    if (d && /^(到|至|于|在)$/.test(m[1])) found.push(d);
    else if (d) headingYears.push(d);
  }
  // "2025年度完成", "2026年度内": that year's end; "2025年度" alone heads the text as a year does ("2023年度下达的资金"
  // names which money). Before, the 年度 of it read as this year's end.
  const yearOf = /(^|[^\d])(\d{4})年度(?![^，,。；;：:\d]{0,10}的)/g;
  while ((m = yearOf.exec(s))) {
    const d = isoFromParts(Number(m[2]), 12, 31);
    if (d && /^(?:内|末|底|前|完成|建成|实现|全面完成)/.test(s.slice(m.index + m[0].length))) found.push(d);
    else if (d) headingYears.push(d);
  }
  // Round bb: "明年抓好…功能完善": the next year named alone, with no time of it, is due at its end (a festival or a lunar
  // month after it is its time: 明年正月初十前, round bc; "明年起" is a start;
  // a month, a half, a season or a festival of it is read above or below, and a text naming one is left to it).
  if (/(?:明年|次年|翌年)(?![\d一二三四五六七八九十上下春夏秋冬初底末内年起开度]|元旦|汛|暑|寒)/.test(s) && !/(?:明年|次年|翌年)[^，,。；;]{0,6}(?:起|开始)/.test(s) && !CUSTOMARY_ANY.test(s) && !/端午|中秋|重阳|清明|正月|腊月|农历|元宵/.test(s)) add(isoFromParts(year + 1, 12, 31));
  // Round ag: "确保实现“双过半”" (half the year gone, half the task done) is due at the half-year, as 上半年 is.
  if (/双过半/.test(s) && !/上半年|前三季度|\d{1,2}月|[一二三四五六七八九十]{1,3}月/.test(s)) add(isoFromParts(year, 6, 30));
  // Round ag: a five-year plan's period ("十四五期间", "“十四五”末", "十四五时期"): the end of its last year (十一五 2010 …
  // 十五五 2030). Not a comparison with it (较“十三五”末, 比十三五时期), nor a plan over before the year judged ("“十一五”期间
  // 建成" in a catalogue of 2025 recalls the past).
  const plan = fiveYearPlan(s);
  const planEnd = plan ? plan.lastYear : 0;
  if (plan && planEnd >= year && !/(?:较|比|与|同)$/.test(s.slice(0, plan.index))) {
    add(isoFromParts(planEnd, 12, 31));
    const said = `“十${plan.ordinal}五”${/期间|时期|内$/.test(plan.words) ? "期间" : "末"}按${planEnd}年12月31日计（规划期最后一年年底）`;
    note = note ? `${note}；${said}` : said;
  }
  const half = /(?:(\d{4})年)?上半年/.exec(s);
  // "次年上半年建成": the next year's half.
  if (half) add(isoFromParts(yearAt(half.index, half[1]), 6, 30));
  if (/前三(?:个)?季度/.test(s)) add(isoFromParts(year, 9, 30));
  // "前两季度", "前二季度": the first half.
  if (/前[两二2](?:个)?季度/.test(s)) add(isoFromParts(year, 6, 30));
  const quarter = /(?:(\d{4})年)?(?:第|前)?([一二三四1-4])季度/g;
  while ((m = quarter.exec(s))) {
    if (/^(\d{4}年)?前/.test(m[0])) continue;
    // "一季度一督办", "每季度": a frequency, not a deadline.
    if (/每个?$/.test(s.slice(Math.max(0, m.index - 2), m.index)) || /^[一每]/.test(s.slice(m.index + m[0].length))) continue;
    // "从第二季度起": where something starts, not when it is due.
    if (/^(?:末)?(?:起|开始)/.test(s.slice(m.index + m[0].length))) continue;
    const end = QUARTER_END[m[2]];
    add(isoFromParts(m[1] ? Number(m[1]) : yearAt(m.index, undefined), end[0], end[1]));
  }
  // "2025年Q3", "Q2": a quarter written the business way ("Q235钢" is a grade of steel, not a quarter).
  const qWritten = /(?:(\d{4})年?)?[Qq]([1-4])(?![\d])/g;
  while ((m = qWritten.exec(s))) {
    if (/[A-Za-z]$/.test(s.slice(0, m.index)) || /每个?$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    const end = QUARTER_END[m[2]];
    add(isoFromParts(m[1] ? Number(m[1]) : year, end[0], end[1]));
  }
  // "2016年底前完工": the year written is the deadline's (yearEnd above), not this year's end.
  // "上半年内" is the first half (read above), not 年内.
  // Round at: "年内进度目标和责任单位", "年内计划竣工的42个项目": 年内 naming the year's plan (a column, a class of items),
  // not when something is due.
  const yearWords = s.replace(/年内(?=(?:进度|计划)(?:目标|安排)?[、和及与]|(?:进度|计划)[^，,。；;]{0,10}?的)/g, "，");
  if (/(?:^|[^\d一二两三四五六七八九十几多半])(?:年内|年底|年末)|下半年|明年底|今年底/.test(yearWords)) add(isoFromParts(/(?:明年|次年|翌年)(?:年)?[底末内]|(?:明年|次年|翌年)下半年/.test(s) ? year + 1 : year, 12, 31));
  /** Dates read from written months and days, before any customary time is tried. */
  const writtenDates = found.length;
  if (CUSTOMARY_ANY.test(s))
    for (let k = 0; k < CUSTOMARY.length; k++) {
      const cm = CUSTOMARY[k][0].exec(s);
      const date = CUSTOMARY[k][1];
      const why = CUSTOMARY[k][2];
      if (!cm) continue;
      // Round at: "今冬明春农田水利建设：11月底前完成土方": a season heading the campaign's name, with the work's own month
      // written, names the campaign; the month written is when the work is due.
      if (writtenDates && /^(?:今冬明春|秋冬季)$/.test(cm[0]) && /^[^，,。；;：:]{0,12}?(?:建设|工作|行动|会战)[：:]/.test(s.slice(cm.index + cm[0].length))) continue;
      // "主汛期结束前": the main flood season ends earlier, on no one date.
      if (/^汛/.test(cm[0]) && s[cm.index - 1] === "主") continue;
      // The planting season's 秋冬季 (the entry before) is not also the air-quality one.
      if (/^秋冬季/.test(cm[0]) && k > 0 && CUSTOMARY[k - 1][0].test(s) && /^秋冬季造林/.test(CUSTOMARY[k - 1][2])) continue;
      // "2026年秋季学期": the year written before the season; "2019—2020年秋冬季": the season that starts in the first.
      const wy = /(\d{4})年$/.exec(s.slice(Math.max(0, cm.index - 5), cm.index)) ?? (cm[0].startsWith("年") ? /(\d{4})$/.exec(s.slice(Math.max(0, cm.index - 4), cm.index)) : null);
      const spanned = /(\d{4})年?[-—–~～至到]\d{4}年$/.exec(s.slice(Math.max(0, cm.index - 12), cm.index));
      // "明年春节前"; "元旦、春节前": the festival after that 元旦, the next year's. "春节前完成年度任务": the year's
      // work cannot be finished in its first weeks, so the festival is the one that closes the year (the next).
      const festival = /^春节/.test(cm[0]);
      const next = /(明年|次年|翌年)$/.test(s.slice(Math.max(0, cm.index - 2), cm.index))
        || (festival && /元旦[、和及与]?$/.test(s.slice(Math.max(0, cm.index - 3), cm.index)))
        || (festival && !wy && YEAR_TASK.test(s));
      const y = spanned ? Number(spanned[1]) : wy ? Number(wy[1]) : next ? year + 1 : year;
      const d = date(y);
      if (d) {
        found.push(d);
        const said = festival ? festivalNote(y, next && !wy) : why;
        note = note ? `${note}；${said}` : said;
      }
    }
  if (/端午|中秋|重阳|清明/.test(s)) {
    FESTIVAL_BEFORE.lastIndex = 0;
    while ((m = FESTIVAL_BEFORE.exec(s))) {
      const eve = festivalEve(m[3], m[1] ? Number(m[1]) : m[2] ? year + 1 : year);
      if (!eve) continue;
      found.push(eve.date);
      note = note ? `${note}；${eve.note}` : eve.note;
    }
  }
  // Round bc: "农历腊月二十前", "正月十五前全面复工", "腊月底前": lunar dates by the Spring Festival, with the date chosen.
  if (/腊月|正月|农历|元宵/.test(s))
    for (const l of lunarDeadlines(s, year, YEAR_TASK.test(s))) {
      found.push(l.date);
      say(l.note);
    }
    // Words that only name the year count when nothing more precise is named.
    if (!found.length && headingYears.length) found.push(...headingYears);
  // A clause that names the year and no other time ("全年新增企业25家，5月底前建成2所") is due at the year's end;
  // in "10月底完成年度任务" the year only names the task.
  // Round at: "每年制定实施计划，明确年度目标": the year words of a yearly round name each year's work, not this year's end.
  if (!/每个?年/.test(s) && /全年|年度|当年|今年|本年/.test(s.replace(/\d{4}年度/g, "")))
    for (const clause of s.replace(/\d{4}年度/g, "").split(/[，,。；;]/))
      // "年度计划下达后": a condition, not the year as the deadline.
      // Round bc: "全年持续推进", "年度工作常态化开展": the year named as the span of a continuing work, no completion in the
      // clause, is no year-end deadline ("全年持续推进并完成投资10亿元" stays 31 December).
      if (/持续(?:推进|开展|推动|抓好)|常态化|长期坚持|贯穿全年/.test(clause) && !/完成|达到|实现|建成|竣工|不低于|不少于|增长|新增/.test(clause)) continue;
      else if (/全年|年度|当年|今年|本年/.test(clause) && !/后$/.test(clause) && !/\d{1,2}月|[一二三四五六七八九十]{1,2}月|季度|上半年|汛|学期|开学|春节|入冬|暑|端午|中秋|重阳|清明|今冬明春/.test(clause)) {
        add(isoFromParts(year, 12, 31));
        break;
      }
  if (!found.length) return null;
  const date = found.sort()[found.length - 1];
  return note ? { date, note } : { date };
}
