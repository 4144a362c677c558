import { toHalfWidth } from "../text/normalize";
import { replaceChineseNumerals } from "./chineseNumerals";
import { Memo } from "./cache";
import { Comparator } from "./types";
import { UNIT_NAMES, UnitClass, unitClass } from "./units";

/** A figure found in a text: number, magnitude and unit, with what the words around it say. */
export interface Qty {
  start: number;
  /** End of number + unit. */
  end: number;
  /** End including a comparator suffix (以上, 左右 …). */
  after: number;
  value: number;
  mag: string;
  unit: string;
  /** Magnitude and unit as written: 亿元, 万亩, %, 个百分点, 亿 … */
  written: string;
  cls: UnitClass;
  negative: boolean;
  approx: boolean;
  /** The figure is one end of a range (2-3个, 10-50亿元). */
  range: boolean;
  prefixCmp: Comparator | null;
  prefixWord: string;
  suffixCmp: Comparator | null;
  /** For a range read as its low end ("6%-6.5%"), the high end in the same magnitude and unit. */
  high?: number;
}

/**
 * The text the parsers read: half-width, without spaces (extraction leaves them between digits and units),
 * line breaks as clause breaks, dashes between digits as plain "-", Chinese numerals that count as digits.
 */
const SPACE = /[\s\u00a0]/;
const DASH = /[—–~～至]/;

/** Prepared texts by their text (a book's distinct texts, not its rows, fill it). */
const prepared = new Memo<string>(50000);

export function prepareText(text: string): string {
  const raw = String(text ?? "");
  // The judge prepares each task's target and progress texts several times over (the parsers, the forms, the
  // evidence checks), and progress texts repeat across tasks: each text is prepared once.
  return prepared.get(raw) ?? prepared.set(raw, prepareOnce(raw));
}

function prepareOnce(text: string): string {
  let s = toHalfWidth(text);
  // Each rewrite only when its characters occur: most cells have none of them.
  if (s.indexOf("\n") >= 0 || s.indexOf("\r") >= 0) s = s.replace(/\r\n?|\n/g, "；");
  if (SPACE.test(s)) s = s.replace(/[\s\u00a0]+/g, "");
  if (DASH.test(s)) s = s.replace(/(\d)[—–~～至](\d)/g, "$1-$2").replace(/[—–]/g, "-");
  if (s.indexOf(":") >= 0) s = ratiosToOne(s);
  if (s.indexOf("(") >= 0 || s.indexOf("（") >= 0) s = foldBrackets(s);
  if (s.indexOf("/") >= 0) s = splitPairedAmounts(s);
  if (s.indexOf("分别") >= 0 || s.indexOf("依次") >= 0) s = unitToEveryMember(s);
  if (s.indexOf("天数的") >= 0) s = shareOfDaysNamed(s);
  if (s.indexOf("改善") >= 0 || s.indexOf("恶化") >= 0) s = pollutantChangeAsDirection(s);
  return replaceChineseNumerals(s);
}

/** "一般公共预算收入及支出：422.1亿元/388.4亿元": two names that share their front, then their amounts in order. */
const PAIRED_AMOUNTS = /(^|[，,。；;])([\u4e00-\u9fa5]{2,20}?)(?:及|和|与|、)([\u4e00-\u9fa5]{1,6})[:：](\d+(?:\.\d+)?)((?:万亿|亿|万|千)?(?:元|美元|吨|亩|人|户|个|家|项|%)?)\/(\d+(?:\.\d+)?)((?:万亿|亿|万|千)?(?:元|美元|吨|亩|人|户|个|家|项|%)?)(?=$|[，,。；;])/g;

/**
 * The slash form of two amounts is written out as two figures, each after its own name ("一般公共预算收入422.1亿元，
 * 一般公共预算支出388.4亿元"): the second name is the first with its end replaced (收入及支出 → …收入, …支出).
 */
function splitPairedAmounts(s: string): string {
  return s.replace(PAIRED_AMOUNTS, (m, lead: string, first: string, second: string, v1: string, u1: string, v2: string, u2: string) => {
    if (!u1 && !u2) return m;
    const other = second.length <= 2 && first.length > 3 ? first.slice(0, first.length - second.length) + second : second;
    return `${lead}${first}${v1}${u1 || u2}，${other}${v2}${u2 || u1}`;
  });
}

/**
 * Round ah: "PM10和PM2.5平均浓度分别为40.7和25.5微克/立方米", "分别下降2.1、3.5和4.2个百分点": after 分别 (依次) the unit is
 * written once, after the last number of the list; each number before it is in the same unit, written out so that each
 * member is a figure of its own (a bare 40.7 would otherwise be lost and the list's names paired with the wrong numbers).
 */
let listWithOneUnit: RegExp | null = null;
function unitToEveryMember(s: string): string {
  listWithOneUnit ??= new RegExp(`((?:分别|依次)[\\u4e00-\\u9fa5]{0,4}?)((?:\\d+(?:\\.\\d+)?(?:、|和|及|与))+)(\\d+(?:\\.\\d+)?)((?:万亿|亿|万|千)?(?:${UNIT_ALT}))`, "g");
  return s.replace(listWithOneUnit, (m, head: string, bare: string, last: string, unit: string) => `${head}${bare.replace(/(\d+(?:\.\d+)?)(、|和|及|与)/g, `$1${unit}$2`)}${last}${unit}`);
}

/** Measures of pollution, where less is better: a concentration, a composite index, a pollutant named. */
const POLLUTANT = /浓度|综合指数|颗粒物|PM2\.5|PM10|臭氧|O3|二氧化硫|二氧化氮|SO2|NO2|一氧化碳|重污染/gi;
/** Measures where more is better, named in the same notes (优良天数比例, 达标率, 水质优良). */
const GOOD_MEASURE = /优良|达标|水质|满意/g;
const CHANGE_OF_MEASURE = /(改善|恶化)了?(?=\d+(?:\.\d+)?%)/g;

/**
 * Round aj: "PM2.5浓度15μg/m3，同比改善25%", "综合指数同比改善7.5%", "梁山县恶化11.1%": air notes write the change of a pollutant
 * as its improvement or worsening; for a measure where less is better 改善 is a fall and 恶化 a rise, written out as 下降 and
 * 上升 so the figure is a signed rate of change. Only when the last measure named before it in its clause is a pollutant:
 * 改善 of 优良天数比例 would be a rise, and stays unread as a change.
 */
function pollutantChangeAsDirection(s: string): string {
  return s.replace(CHANGE_OF_MEASURE, (m, word: string, at: number) => {
    const clause = s.slice(Math.max(s.lastIndexOf("；", at), s.lastIndexOf("。", at), s.lastIndexOf(";", at)) + 1, at);
    const lastAt = (re: RegExp) => {
      let last = -1;
      re.lastIndex = 0;
      for (let x = re.exec(clause); x; x = re.exec(clause)) last = x.index;
      return last;
    };
    const pollutant = lastAt(POLLUTANT);
    return pollutant >= 0 && pollutant > lastAt(GOOD_MEASURE) ? (word === "改善" ? "下降" : "上升") : m;
  });
}

/**
 * Round ah: "县城区空气质量优良天数累计347天，占全年天数的95%": the days' share of the year's days is the metric's 比例 (优良天数
 * 比例), written out under that name, not a share of some whole called 全年天数.
 */
const SHARE_OF_DAYS = /(^|[，,。；;：:])([\u4e00-\u9fa5A-Za-z\d.]{0,16}?天数)((?:累计|共|为|达到|达|有)?\d+(?:\.\d+)?天)([，,])占(?:全年|总|同期|有效监测)?(?:总)?天数的?(?:比例)?(?:为|达)?(?=\d+(?:\.\d+)?%)/g;
function shareOfDaysNamed(s: string): string {
  return s.replace(SHARE_OF_DAYS, (m, lead: string, name: string, days: string, comma: string) => `${lead}${name}${days}${comma}${name}比例`);
}

/** Units written in brackets before a figure ("地区生产总值（亿元）1200"): they are the figure's unit, never dropped. */
const BRACKETED_UNIT = new Set(UNIT_NAMES);

/**
 * "创建全国农村创业园区（基地）20个", "新建村级综合服务站（点）30个", "新增规上工业企业（含转规）25家": a short note in
 * brackets between a name and its figure glosses the name (another word for it, what it includes); the name is the
 * words before it. Left alone: a unit in brackets, anything with a figure inside (比全国（5.0%）高), a bracket that
 * does not touch a figure.
 */
function dropNoteBeforeFigure(s: string): string {
  const t = s.replace(/([\u4e00-\u9fa5])\(((?:含|包括|不含)?[\u4e00-\u9fa5]{1,6})\)(?=\d)/g, (m, before: string, inner: string) => (BRACKETED_UNIT.has(inner) ? m : before));
  // Round w: "规上工业总产值（不含军工）同比增长0.4%": a note of what the name includes or leaves out, then the few words of
  // change before the figure; the name is still the words before the note.
  // A note that takes a part out of a rate ("固定资产投资（不含房地产）增长9%") changes what the rate measures: it goes after
  // the rate, where a note on the figure is read, the name still the words before it.
  const r = t.replace(/([\u4e00-\u9fa5])\(((?:不含|不包括|剔除|扣除)[\u4e00-\u9fa5、]{1,10})\)([\u4e00-\u9fa5]{1,6}-?\d+(?:\.\d+)?%)/g, "$1$3($2)");
  const u = r
    .replace(/([\u4e00-\u9fa5])\((?:含|包括|包含|不含|不包括|剔除|扣除)[\u4e00-\u9fa5、]{1,10}\)(?=[\u4e00-\u9fa5]{1,6}\d)/g, "$1")
    // Round ap: "各类职业培训（就业技能、岗位技能、创业能力）共完成11.6万人次", "公办幼儿园（含小区配套园、村级园）12所": a list of
    // the kinds the name covers, in brackets before the figure, glosses the name; not before 分别, where the list is what the
    // figures are split by, nor after a count ("3个乡镇（甲镇、乙镇、丙镇）完成…": the list names the things counted).
    .replace(/([\u4e00-\u9fa5])\((?:含|包括|包含)?[\u4e00-\u9fa5]{2,8}(?:、[\u4e00-\u9fa5]{2,8}){1,5}\)(?=[\u4e00-\u9fa5]{0,6}\d)(?![\u4e00-\u9fa5]{0,4}分别)/g, (m, last: string, at: number, all: string) =>
      /\d/.test(all.slice(Math.max(0, at - 6), at)) ? m : last,
    );
  // Round y: "解决46个（20户以上）自然村通电话问题": a threshold in brackets between a count and the things counted says
  // which of them count (a qualifier, not a figure reported); the count's name is the noun after it.
  return u.replace(/(\d(?:个|所|座|处|家|条|项|户|名|栋|间))\(\d+(?:\.\d+)?(?:户|人|万元|亿元|平方米|亩|个)(?:及)?以[上下]\)(?=[\u4e00-\u9fa5])/g, "$1");
}

/**
 * "收入比缩小到2.6:1以内" → "…2.6比1以内": a ratio to one, written as Chinese says it, so the colon does not cut the clause
 * as a label's colon does. Not a time or a scale (8:10, 1:10000) nor one term of several (17:31:52).
 */
function ratiosToOne(s: string): string {
  return s.replace(/(\d+(?:\.\d+)?):1(?![\d.:])/g, (m, a: string, at: number) => (at > 0 && /[\d.:]/.test(s[at - 1]) ? m : `${a}比1`));
}

/**
 * Short brackets that belong to a name are folded so they do not cut it: an alias in Latin letters goes
 * ("地区生产总值（GDP）增长6%"), a row label goes ("（第1项）"), a character or two inside a word stays without its
 * brackets ("新(改)建" → 新改建). A list number at the start ("（一）地区生产总值。完成…") becomes a clause break and a
 * heading before a full stop heads the figure after it. Longer brackets stay: in task texts they are notes, in
 * progress texts clause breaks.
 */
function foldBrackets(text: string): string {
  let s = text.replace(/（/g, "(").replace(/）/g, ")");
  s = s.replace(/\((?:第?[\d一二三四五六七八九十]{1,3}[项条号]?)\)/g, (m, at: number) => (at === 0 || /[，,。；;:：]/.test(s[at - 1]) ? "；" : ""));
  s = s.replace(/\(([A-Za-z][A-Za-z0-9.\-]{0,11}|简称[^()]{1,8})\)/g, "");
  // Hunt 8: the alternatives listed with 、 too ("新(改、扩)建" → 新改扩建).
  s = s.replace(/([\u4e00-\u9fa5])\(([\u4e00-\u9fa5]{1,2}|[\u4e00-\u9fa5](?:、[\u4e00-\u9fa5]){1,2})\)(?=[\u4e00-\u9fa5])/g, (m, a: string, b: string) => a + b.replace(/、/g, ""));
  s = dropNoteBeforeFigure(s);
  // "；地区生产总值。完成增长6%": a heading (no figure, no verb) before a full stop names what follows.
  s = s.replace(/(^|[；;])([\u4e00-\u9fa5A-Za-z]{2,14})。(?=[^。]*\d)/g, "$1$2");
  return s.replace(/^；+/, "");
}

const UNIT_ALT = UNIT_NAMES.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
const QTY_RE = new RegExp(`(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(余|多)?(万亿|千万|百万|万|亿|千(?!瓦|克|米|卡|焦|伏|帕))?(余|多)?(${UNIT_ALT})?`, "g");

const PREFIX_CMP: [RegExp, Comparator][] = [
  [/(不低于|不少于|至少|最少)$/, ">="],
  // Round aq: "下达死亡人数控制指标45人", "较大事故控制起数4起": a control figure is a ceiling.
  [/(不超过|不高于|控制在|最多|(?:压减|压缩|缩短|缩小|收窄|减少|下降|降低|缩减|减)(?:到|至)|降至|降到|下降为|缩短为|控制指标|控制起数|控制数)$/, "<="],
  [/(超过|突破|多于|大于|高于|逾|过|超)$/, ">"],
  [/(低于|少于|小于)$/, "<"],
  [/(约|近|大约|左右为)$/, "~"],
];
/** A cutting verb opening its clause, a noun, then 至 or 到 right before the figure (group 1 the verb). */
const CUT_BEFORE_NOUN = /(?:^|[，,；;。：:、|｜])(?:力争|确保|进一步|全面|持续)?(压减|压缩|缩短|缩减|降低|减少)[^，,；;。：:]{2,20}(?:至|到)$/;
const SUFFIX_CMP: [RegExp, Comparator][] = [
  [/^(及以上|以上)/, ">="],
  [/^(以下|以内|及以下)/, "<="],
  [/^(左右|上下)/, "~"],
];

const BARE_REPORT = /(?:^|[|｜，,；;:：])(?:已|累计|实际)?完成$/;
/**
 * Session 24: a rate, coefficient or index measured in no unit ("亿元GDP生产安全事故死亡率0.0501", "基尼系数控制在0.4以下",
 * "万车死亡率降至1.2"): a decimal right after its name (and a verb of level) is its value. Integers stay out: after a name
 * they are years, codes and ranks as often as values.
 */
const RATE_BEFORE_BARE = /(?:率|系数|指数)(?:为|是|达到|达|控制在|保持在|稳定在|降至|降到|下降到|下降至|降低到|降低至|低于|不高于|不超过|小于|在)?$/;
function bareRate(s: string, at: number, num: string): boolean {
  return num.includes(".") && RATE_BEFORE_BARE.test(s.slice(Math.max(0, at - 12), at));
}
/** The low end of a range of ordinals, right before its high end: "第1-", "第3-". */
const ORDINAL_LOW = /第\d+-$/;
const RANGE_LEFT = /\d[^\d，,。；;、\-]{0,5}-$/;

/**
 * Nouns of people a bare magnitude may count ("1240万农村贫困人口", "200万中小学生", "3万城乡居民"): the figure is the
 * number of them, not an amount qualifying them (unlike "500万以上项目").
 */
const PEOPLE_AFTER = /^(?:以上|左右|多|余)?(?:农村|城镇|城乡|城市|贫困|困难|建档立卡|适龄|在校|中小|农业转移|低收入)*(?:贫困人口|人口|群众|居民|农民工?|学生|儿童|妇女|老人|老年人|职工|患者|劳动力|青少年|中小学生)/;

/** Every figure with a unit or magnitude (bare digits — years, 5G, 1#车间 — are not quantities). */
export function findQuantities(s: string): Qty[] {
  const out: Qty[] = [];
  QTY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY_RE.exec(s))) {
    // Groups by index, not by destructuring: destructuring goes through the array iterator, which made this loop
    // the costliest function of a cold run for TurboFan to compile (docs/benchmarks.md).
    const whole = m[0];
    const num = m[1];
    const approx1 = m[2];
    const mag = m[3] ?? "";
    const approx2 = m[4];
    let unit = m[5] ?? "";
    // "新增4000张床位 | 完成4385": a bare number right after 完成 at the start of a cell or clause reports the figure before it.
    const bareReport = !mag && !unit && (BARE_REPORT.test(s.slice(Math.max(0, m.index - 8), m.index)) || bareRate(s, m.index, num)) && !/^[\d.年月日号%-]/.test(s.slice(m.index + whole.length));
    if (!mag && !unit && !bareReport) continue;
    const start = m.index;
    const prev = start > 0 ? s[start - 1] : "";
    // PM2.5, 4A, MW-class names; "GDP5903亿元" is GDP's figure.
    if (prev === "." || (/[A-Za-z]/.test(prev) && !/(GDP|CPI|PPI)$/i.test(s.slice(Math.max(0, start - 3), start)))) continue;
    if (prev === "第") continue; // ordinal
    if (unit === "方" && !mag) unit = "";
    // "1比10", "1比10000": a ratio to another number than one (a scale), not a ratio to one.
    if (unit === "比1" && (mag || /^[\d.]/.test(s.slice(start + whole.length)))) continue;
    if (!mag && !unit && !bareReport) continue;
    if (/^[A-Za-z]/.test(s.slice(start + whole.length)) && !unit) continue;
    let end = start + whole.length;
    if (!unit && m[5] === "方") end -= 1;
    // "2-3个", "2万-3万亩", "10亿元-50亿元": a dash after a figure joins a range; otherwise it is a minus sign.
    const rangeLeft = prev === "-" && RANGE_LEFT.test(s.slice(Math.max(0, start - 7), start));
    // Round ab: "第1至33批交办件": a range of ordinals names batches, as 第1批 does; it counts nothing.
    if (rangeLeft && ORDINAL_LOW.test(s.slice(Math.max(0, start - 8), start))) continue;
    const range = rangeLeft || (s[end] === "-" && /\d/.test(s[end + 1] ?? ""));
    const negative = prev === "-" && !rangeLeft;
    let after = end;
    let suffixCmp: Comparator | null = null;
    let approx = Boolean(approx1 || approx2);
    const rest = s.slice(end, end + 4);
    for (let k = 0; k < SUFFIX_CMP.length; k++) {
      const sm = SUFFIX_CMP[k][0].exec(rest);
      if (sm) {
        suffixCmp = SUFFIX_CMP[k][1];
        after = end + sm[0].length;
        break;
      }
    }
    if (!suffixCmp && /^(余|多)/.test(rest)) {
      approx = true;
      after = end + 1;
    }
    const head = s.slice(Math.max(0, start - 8), negative ? start - 1 : start).replace(/(分别|依次|均|都|每立方米|为)+$/, "");
    let prefixCmp: Comparator | null = null;
    let prefixWord = "";
    for (let k = 0; k < PREFIX_CMP.length; k++) {
      const pm = PREFIX_CMP[k][0].exec(head);
      if (pm) {
        prefixCmp = PREFIX_CMP[k][1];
        prefixWord = pm[1];
        break;
      }
    }
    // "压缩企业开办时间至1个工作日", "缩短工程建设项目审批时间至60个工作日": the cutting verb opens the clause and its 至 comes
    // after the noun — a ceiling as "企业开办时间压缩至1个工作日" is, never a count to reach.
    if (!prefixCmp && (head.endsWith("至") || head.endsWith("到"))) {
      const cut = CUT_BEFORE_NOUN.exec(s.slice(Math.max(0, start - 30), start));
      if (cut) {
        prefixCmp = "<=";
        prefixWord = `${cut[1]}至`;
      }
    }
    const value = Number(num.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    out.push({
      start: negative ? start - 1 : start, end, after, value: negative ? -value : value, mag, unit, written: mag + unit,
      // "1240万农村贫困人口", "200万中小学生": a magnitude right before people counts them, as 万人 would.
      cls: unit ? unitClass(unit) : mag && PEOPLE_AFTER.test(s.slice(after, after + 8)) ? "classifier" : "bare", negative, approx, range, prefixCmp, prefixWord, suffixCmp,
    });
  }
  return out;
}

/** The pairs of marks maskedSpans reads, by index (the last, parentheses, only when asked). */
const MASK_OPEN = ["“", "「", "《", "‘", "("];
const MASK_CLOSE = ["”", "」", "》", "’", ")"];

/** Spans inside quotation marks (names such as “四上”企业 or “八抓20条”) and, optionally, parentheses. */
export function maskedSpans(s: string, parentheses: boolean): [number, number][] {
  const spans: [number, number][] = [];
  const pairs = parentheses ? 5 : 4;
  for (let p = 0; p < pairs; p++) {
    const open = MASK_OPEN[p];
    const close = MASK_CLOSE[p];
    let from = 0;
    for (;;) {
      const a = s.indexOf(open, from);
      if (a < 0) break;
      const b = s.indexOf(close, a + 1);
      if (b < 0 || b - a > 40) {
        from = a + 1;
        continue;
      }
      spans.push([a, b + 1]);
      from = b + 1;
    }
  }
  // Straight double quotes pair up in order.
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      if (i - open <= 40) spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

export function inSpans(pos: number, spans: [number, number][]): boolean {
  for (let i = 0; i < spans.length; i++) if (pos > spans[i][0] && pos < spans[i][1]) return true;
  return false;
}

/** By character code — 2: ends a sentence (and its clause); 1: ends a clause. A table lookup, not a regex, per character. */
const BREAKS = new Uint8Array(0x10000);
for (const c of "。；;！!？?") BREAKS[c.charCodeAt(0)] = 2;
for (const c of "，,:：()|｜") BREAKS[c.charCodeAt(0)] = 1;

/** Index of the last element of the ascending list `xs` that is <= v, or -1. */
function lastAtMost(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Clause and sentence bounds of a text, computed once: looking them up per figure keeps a cell with thousands of
 * figures linear rather than quadratic. Only where the breaks are is kept (a text has few), and a look-up is a binary
 * search among them: cheaper than three tables as long as the text, which cost more to allocate than to read.
 */
export class TextBounds {
  private readonly clauseBreaks: number[] = [];
  private readonly sentenceBreaks: number[] = [];
  private readonly n: number;

  constructor(s: string) {
    const n = s.length;
    this.n = n;
    for (let i = 0; i < n; i++) {
      const k = BREAKS[s.charCodeAt(i)];
      if (!k) continue;
      this.clauseBreaks.push(i);
      if (k === 2) this.sentenceBreaks.push(i);
    }
  }

  /** Start of the clause holding the character before pos. */
  clauseStart(pos: number): number {
    const k = lastAtMost(this.clauseBreaks, pos - 1);
    return k < 0 ? 0 : this.clauseBreaks[k] + 1;
  }

  sentenceStart(pos: number): number {
    const k = lastAtMost(this.sentenceBreaks, pos - 1);
    return k < 0 ? 0 : this.sentenceBreaks[k] + 1;
  }

  /** The first clause break at or after pos (or the end of the text). */
  clauseEnd(pos: number): number {
    const at = Math.min(pos, this.n);
    const k = lastAtMost(this.clauseBreaks, at - 1) + 1;
    return k < this.clauseBreaks.length ? this.clauseBreaks[k] : this.n;
  }
}

/**
 * Where the characters of `chars` are in s, for "the last one at or before i" (`lastIndexOf` from i) asked per
 * figure: one pass over the text, then a binary search per question, so a long cell is not scanned again and again.
 */
export class LastIndex {
  private readonly at: number[] = [];

  constructor(s: string, chars: string) {
    for (const c of chars) for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) this.at.push(i);
    if (chars.length > 1) this.at.sort((a, b) => a - b);
  }

  /** The last index j <= i holding one of the characters, -1 if none. */
  before(i: number): number {
    const k = lastAtMost(this.at, i);
    return k < 0 ? -1 : this.at[k];
  }

  get none(): boolean {
    return this.at.length === 0;
  }
}

/**
 * The smallest end e such that a match of `re` (no anchors, no lookaround) lies wholly in s[from, e), or Infinity:
 * "does s.slice(from, at) contain a match" is then `firstMatchEnd(…) <= at`, for every `at`, from one search.
 */
export function firstMatchEnd(re: RegExp, s: string, from: number): number {
  const g = new RegExp(re.source, "g");
  g.lastIndex = from;
  const m = g.exec(s);
  if (!m) return Infinity;
  // Every match starts at m.index or later; a shorter one may start there too ("已" inside "已经").
  const one = new RegExp(re.source);
  for (let e = m.index + 1; e < m.index + m[0].length; e++) if (one.test(s.slice(m.index, e))) return e;
  return m.index + m[0].length;
}
