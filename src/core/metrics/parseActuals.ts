import { Actual, ActualParse } from "./types";
import { Memo } from "./cache";
import { nameSharesOfEconomy, unbracketTaskFigure } from "./formsAY";
import { nameMonthFigures } from "./formsBA";
import { otherSideOfAccount } from "./formsAZ";
import { nameSharesOfWhole, perHeadActuals } from "./formsBB";
import { FROM_JANUARY } from "../settings/periods";
import { readFigures } from "./readFigures";
import { noTargetReason } from "./parseTargets";
import { LastIndex, firstMatchEnd, prepareText } from "./scan";

const memo = new Memo<ActualParse>(20000);

/** Holidays and school breaks a figure may be of: a few days or weeks of the year (the judge's ONE_PERIOD reads them). */
export const HOLIDAY_NAMES = "国庆|春节|五一|十一|端午|中秋|元旦|清明|劳动节";
export const BREAK_NAMES = "暑期|暑假|寒假|黄金周|节假日期间";
/**
 * A period of this year followed by 以来 (一季度以来, 上半年以来, 三季度以来, 5月以来): the figure runs from that period to the
 * report, not over the period alone; the whole phrase is the figure's period so the judge reads it to the report date.
 */
const SINCE_PERIOD = /(?:上半年|下半年|前三季度|第?[一二三四1-4]季度|\d{1,2}月份?|[春夏秋冬]季)以来/.source;
/** A since-period of another year ("2023年上半年以来"): not this year's; checked in code (nextPeriod), no lookbehind (ES2017 for WPS). */
const SINCE_FORM = new RegExp(`^${SINCE_PERIOD}$`);
/** A bare month before its act ("8月新增…"), one month alone; not the end of a span ("1-8月", "至8月", "12月"'s 2). */
const BARE_MONTH = /^\d{1,2}月$/;
/** The acts a bare month may stand before: one list for PERIOD_REST's form and the span check. */
const BARE_MONTH_ACTS = "新增|新建|新开工|新签约|完成|实现|签约|引进|接待|办理|发放";
const BARE_MONTH_ACT = new RegExp(`^(?:${BARE_MONTH_ACTS})`);
// Round aq: a run of days written out ("1月1日至7月27日", "7月1日至27日"), as air-quality bulletins date their figures.
const PERIOD_REST = `${/\d{1,2}月\d{1,2}日(?:至|-|—|－|~)(?:\d{1,2}月)?\d{1,2}日|截[至止]到?(?:20\d\d年)?第?[一二三四1-4]季度末|截[至止]到?(?:20\d\d年)?(?:上半年|前三季度)末?|[一二三四1-4]至[一二三四1-4]季度|年初至今|本月|(?:最近|近)一周|本周|上周|当周|(?:到|截[至止]到)(?:20\d\d年)?\d{1,2}月(?:底|末|初|\d{1,2}日|[上中下]旬)?|\d{1,2}月(?:当月|单月)|前\d{1,2}个月|自[^，。；]{0,12}以来|(?:20\d\d年)?(\d{1,2})-(\d{1,2})月份?|今年(?!以来)|至\d{1,2}月(?:底|末)|[春夏秋冬]季(?=[，,]|以来|期间|实际|累计|共|已)|\d{1,2}月份?(?=累计)|\d{1,2}月份(?!\d)/.source}|\\d{1,2}月(?=${BARE_MONTH_ACTS})|${/上半年|下半年|前三季度|第?[一二三四1-4]季度末?|(?:截[至止]|到)目前|截[至止](?:20\d\d年)?\d{1,2}月(?:底|末|初|\d{1,2}日|[上中下]旬)?|\d{1,2}月(?:底|末)(?=已)|今年以来|年初以来|目前(?![期置])|当前|年内(?=已|累计|共)|全年(?![^，。；]{0,8}(?:目标|任务|计划|所需|指标|控制))|本年度|\d{1,2}月(?:份|底|末)?(?=[，,])|秋冬季|[“"]?十[一二三四五]五[”"]?(?:期末|期间|末|以来)/.source}|[“"]?(?:${HOLIDAY_NAMES})[”"]?节?(?:黄金周|小长假|长假|假期|期间)|${BREAK_NAMES}|单月`;
const PERIOD_RE = new RegExp(`${SINCE_PERIOD}|${PERIOD_REST}`, "g");
/** The other period forms, tried at one place when a since-period there is another year's. */
const PERIOD_REST_AT = new RegExp(PERIOD_REST, "y");

/**
 * The next period word of `s` from PERIOD_RE.lastIndex, as the expression with its two former lookbehinds would give it:
 * a since-period right after "20xx年" gives way to the other forms at its place, and a bare month right after a digit, a
 * dash, 至 or 到 (the end of a span) is no match there.
 */
function nextPeriod(s: string): RegExpExecArray | null {
  for (let m: RegExpExecArray | null; (m = PERIOD_RE.exec(s)); ) {
    const before = s.slice(Math.max(0, m.index - 2), m.index);
    if (SINCE_FORM.test(m[0]) && /\d年$/.test(before)) {
      PERIOD_REST_AT.lastIndex = m.index;
      const r = PERIOD_REST_AT.exec(s);
      if (r && !bareMonthInSpan(s, r)) {
        PERIOD_RE.lastIndex = r.index + r[0].length;
        return r;
      }
      PERIOD_RE.lastIndex = m.index + 1;
      continue;
    }
    if (bareMonthInSpan(s, m)) {
      PERIOD_RE.lastIndex = m.index + 1;
      continue;
    }
    return m;
  }
  return null;
}

function bareMonthInSpan(s: string, m: RegExpExecArray): boolean {
  return BARE_MONTH.test(m[0]) && BARE_MONTH_ACT.test(s.slice(m.index + m[0].length)) && m.index > 0 && /[\d\-－—~至到]/.test(s[m.index - 1]);
}

/** A month's end at the start of a clause: group 1 the mark before it, group 2 the period. */
// Fields pass 3: a year written before its end ("2021年末全市三类监测对象共16369户") is the same date; the year stays in the period.
const CLAUSE_MONTH_END = /(^|[；;。，,])(20\d\d年(?:末|底)|(?:20\d\d年)?\d{1,2}月(?:底|末)|年末|年底)(?![前内]|之前|以前)/g;
/**
 * Fields pass 3: a bare month opening a sentence before the figure's subject ("3月市政务服务中心受理行政审批事项5610件") is the
 * figure's period. Not a month that starts a span, a deadline or a part of the month (3月底前, 3月起, 3月至5月, 5月下旬, 3月份 —
 * the latter read elsewhere), nor 月均/月度.
 */
const SENTENCE_MONTH = /(^|[。；;])(\d{1,2})月(?![份底末初中上下旬日号前内起以至到均度\-—－~～\d])(?=[\u4e00-\u9fa5])/g;
/**
 * Fields pass 3: 同期 opening a sentence ("同期旅游总收入49.37亿元") is the period of the sentence before, as written; not
 * "同期相比", "同期比", "同期水平".
 */
/**
 * Fields pass 3: a clause of its own ending in 以来 that opens a sentence ("大干100天以来，", "入汛以来，", "活动开展以来，") is the
 * period of what follows, as written. Not one that starts with a year (another year's since, read in nextPeriod), nor one of
 * the forms PERIOD_RE reads already (taken at the same place).
 */
const SENTENCE_SINCE = /(^|[。；;])((?!20\d\d年)[^，,。；;]{2,12}?以来)(?=[，,])/g;
const SENTENCE_SAME_PERIOD = /(^|[。；;])(同期)(?!相比|比|水平|[，,])/g;

const HOLIDAY_QUOTED = new RegExp(`^[“"](${HOLIDAY_NAMES})[”"]`);

function normalisePeriod(p: string): string {
  return p.replace(/^(\d{1,2}月)(?:当月|单月)$/, "$1").replace(HOLIDAY_QUOTED, "$1").replace(/^截[至止]到/, "截至").replace(/^截止/, "截至").replace(/^20\d\d年(?=\d)/, "").replace(/^(\d{1,2}-\d{1,2})月份$/, "$1月");
}

/** A run's subject: the head figure's name up to a word for a group of things or a place (项目, 园区, 企业, 县, 区 …). */
const RUN_SUBJECT = /^(?![全我本])([\u4e00-\u9fa5]{2,12}?(?:项目|工程|园区|企业|行业|板块|[省市县区镇乡旗]))(?=[\u4e00-\u9fa5]{2,})/;

/**
 * Round ao: "省百大项目开工率100%，投资完成率23.33%；市百大项目开工率88%，投资完成率63.53%" — each run between "；" (or full
 * stops) names its subject once, on its first figure, and the later figures name only their measure. Those later figures
 * get the subject as their runHead (their names stay as written), so a target naming the subject's measure
 * (市百大项目投资完成率) is answered from its own run (./matchActuals.ts). A run whose head names no subject, or a scope word
 * (全市, 我区), gives none.
 */
function runHeads(s: string, figures: readonly { start: number; metric: string }[], actuals: Actual[]): void {
  let runStart = -1;
  let subject = "";
  // One forward pass over the text for the run boundaries (figures come in order): a lastIndexOf per figure would go back
  // over the whole text when it has no boundary, quadratic in a long list.
  let scanned = 0;
  let from = 0;
  for (let i = 0; i < figures.length; i++) {
    const at = Math.max(figures[i].start, 0);
    for (; scanned < at && scanned < s.length; scanned++) if (s[scanned] === "。" || s[scanned] === "；" || s[scanned] === ";") from = scanned + 1;
    if (from !== runStart) {
      runStart = from;
      subject = RUN_SUBJECT.exec(actuals[i].metric)?.[1] ?? "";
      continue;
    }
    const own = actuals[i].metric;
    if (subject && own && !own.startsWith(subject) && !RUN_SUBJECT.test(own)) actuals[i].runHead = subject;
  }
}

/**
 * Every reported figure of a progress text ("上半年，规上工业增加值-11.5%" → growth -11.5% 上半年). Forecasts (预计),
 * comparisons (高于全市…), restated targets and qualifiers are not actuals. Never throws.
 */
export function parseActuals(text: string): ActualParse {
  const hit = memo.get(text);
  if (hit) return hit;
  return memo.set(text, readActuals(text));
}

export function clearActualCache(): void {
  memo.clear();
}

const UNDER_WAY = /在建|正在(?:建设|施工|实施)|加快建设|续建|推进建设/;

/**
 * Whether the figure at `at` is in a list after a colon whose head says the work is under way: "在建保障性住房
 * 3个：A地块828套、B地块560套" counts homes being built, not built. The head is the sentence before the colon.
 * Built once per text (tables of the last colon and stop, one search per head) so a long cell stays linear.
 */
function underWayReader(s: string): (at: number) => boolean {
  const colons = new LastIndex(s, "：:");
  // Most texts have no colon: nothing is a list under a head.
  if (colons.none) return () => false;
  const stops = new LastIndex(s, "。；");
  const listEnds = new LastIndex(s, "。；;");
  const heads = new Map<number, number>();
  return (at: number): boolean => {
    const colon = colons.before(Math.max(at, 0));
    if (colon < 0) return false;
    const from = stops.before(colon) + 1;
    // A full stop or semicolon after the colon ends the list.
    if (at > colon && listEnds.before(at - 1) >= colon) return false;
    let end = heads.get(from);
    if (end === undefined) heads.set(from, (end = firstMatchEnd(UNDER_WAY, s, from)));
    return end <= colon;
  };
}

/**
 * The name of the last period that starts in [from, before), periods sorted by where they start. A 今年 after another
 * period of the same stretch names no other time ("截至6月底，省市两级今年开工建设重点项目3114个"): the earlier, more
 * precise one stands.
 */
function periodBefore(periods: { at: number; name: string }[], from: number, before: number): string | null {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid].at < before) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0 || periods[lo - 1].at < from) return null;
  if (periods[lo - 1].name === "今年" && lo > 1 && periods[lo - 2].at >= from) return periods[lo - 2].name;
  return periods[lo - 1].name;
}

/**
 * Whether a period opens the sentence starting at `from` (after a year or a scope word at most): a heading over its "；" list.
 * Round al: a source of the figures before it ("据初步测算，截至9月底，…", "据统计，1-9月…", "经初步核算，") still lets it head.
 */
// Fields pass 3: a named source ("据财务快报", "据统计部门快报") and a breakdown's viewpoint ("分门类看，", "从结构看，", "总体来看，")
// before the period let it head as well.
const FIGURES_SOURCE = /^(?:(?:据|经|根据)(?:初步)?[\u4e00-\u9fa5]{0,4}?(?:统计|测算|核算|快报)(?:显示)?|初步(?:统计|测算|核算)|(?:分|从)[\u4e00-\u9fa5]{1,4}?来?看|总体来?看)[，,]?/;
function headsSentence(s: string, periods: readonly { at: number }[], from: number): boolean {
  for (const p of periods) {
    if (p.at < from) continue;
    return /^(?:20\d\d年)?(?:全[市区县省州旗镇]|本[市区县])?[，,]?$/.test(s.slice(from, p.at).replace(FIGURES_SOURCE, ""));
  }
  return false;
}

/** A span of the year: what was added in it, not a level reached by a date (截至6月底, 目前, 年末). */
const SPAN = /^(?:全年|今年|本年度|上半年|下半年|前三季度|第?[一二三四1-4]季度|\d{1,2}-\d{1,2}月|前\d{1,2}个月)$/;

/**
 * "全年新增科技型中小企业1.4万家，累计达到6万家": a running total reached since the work began, in a clause of its own after
 * a span's additions, is not of that span (the label of the total carries no period; a period in its own clause still
 * stands).
 */
function totalSince(s: string, periods: readonly { at: number }[], at: number, name: string): boolean {
  if (!SPAN.test(name)) return false;
  const clause = Math.max(s.lastIndexOf("，", at), s.lastIndexOf(",", at)) + 1;
  if (clause === 0 || !/^(?:累计|总数|总量)(?:已|共)?达到?$/.test(s.slice(clause, at))) return false;
  return !periods.some((p) => p.at >= clause && p.at < at);
}

/**
 * Round ad: "全市累计新开工…451个，其中最近一周新开工28个；累计新投产…202个": a period in a clause opened by 其中 is the
 * part's own time. It stays in its clause: the next clause's figures take the period before it (截至6月29日), not the part's.
 */
function periodsOfParts(s: string, periods: readonly { at: number }[]): number[] {
  const out: number[] = [];
  for (const p of periods) {
    const clause = Math.max(s.lastIndexOf("，", p.at), s.lastIndexOf(",", p.at), s.lastIndexOf("；", p.at), s.lastIndexOf(";", p.at), s.lastIndexOf("。", p.at)) + 1;
    if (s.slice(clause, p.at).includes("其中")) out.push(p.at);
  }
  return out;
}

/**
 * Hunt 8: a text that opens with a running total's period ("一季度全市…完成投资99.8亿元…。66个新开工项目…；58个续建项目完成投资
 * 56.4亿元…") and names no other period anywhere: the heading is the period of every figure, past its full stops. A text
 * that names any other period (目前, 截至9月底, 上半年 after 一季度) keeps each sentence to its own.
 */
function headingPeriod(s: string, periods: readonly { at: number; name: string }[]): string | null {
  const first = periods[0];
  if (!/^(?:20\d\d年)?$/.test(s.slice(0, first.at)) || !FROM_JANUARY.test(first.name)) return null;
  for (const p of periods) if (p.name !== first.name) return null;
  return first.name;
}

/**
 * Whether the sentence starting at `from` gives a share of the plan ("为年度投资计划的29.5%"), as the sentences of a
 * bulletin under one heading do: only such a sentence takes the heading's period. A plain count after a full stop ("。新开工
 * 项目12个") may be of the day the report was written, and read at a quarter's end it could turn a lag green.
 */
function sharesOfPlan(s: string, from: number): boolean {
  const stop = s.indexOf("。", from);
  // Round aj: a budget is the plan of revenue ("占任务数的56.4%", "为年初预算的45%"), as it is for the ratios (notActual.ts).
  return /(?:计划|目标|任务|预算)数?的\d+(?:\.\d+)?%/.test(s.slice(from, stop < 0 ? s.length : stop));
}

/** Every period word of a prepared text, by where it starts. */
function periodsOf(s: string): { at: number; name: string; end: number }[] {
  const periods: { at: number; name: string; end: number }[] = [];
  PERIOD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextPeriod(s))) {
    // Round w: "增长11.1%、比一季度提高0.4个百分点": a period compared with is not the period of a figure.
    if (m.index > 0 && /(?:比|较|与|同|于)$/.test(s.slice(Math.max(0, m.index - 1), m.index))) continue;
    // "寒暑假爱心托管驿站173处": 暑假 inside 寒暑假 is part of a name, not the period of a figure.
    if (/^[寒暑]假$/.test(m[0]) && /[寒暑]$/.test(s.slice(Math.max(0, m.index - 1), m.index))) continue;
    // "8月累计新增…", "8月份累计完成…": the running total to that month's end, as 1-8月 (not August alone).
    const toMonth = /^(\d{1,2})月份?$/.exec(m[0]);
    const name = toMonth && s.startsWith("累计", m.index + m[0].length) ? `1-${toMonth[1]}月` : normalisePeriod(m[0]);
    periods.push({ at: m.index, name, end: m.index + m[0].length });
  }
  // "…；3月末城镇登记失业率1.5%", "年末城镇登记失业率3.05%": a month's or the year's end opening a clause is the period of
  // what follows (not "12月底前…", a time limit, nor 上年末, a base).
  CLAUSE_MONTH_END.lastIndex = 0;
  const taken = new Set(periods.map((p) => p.at));
  while ((m = CLAUSE_MONTH_END.exec(s))) {
    const at = m.index + m[1].length;
    if (taken.has(at)) continue;
    taken.add(at);
    periods.push({ at, name: m[2], end: at + m[2].length });
  }
  // Hunt 23: a bare month opening a clause before the name it reports ("8月城区道路机扫率达到82%", "今年8月城区…") is that
  // month's reading (round ba's months read so after a comma). Not a month's start, middle, end or limit (8月初, 8月中旬,
  // 8月底前, 8月前, 8月内, 8月起), a part of a date (8月1日), nor 8月份 (read above).
  CLAUSE_MONTH.lastIndex = 0;
  while ((m = CLAUSE_MONTH.exec(s))) {
    const at = m.index + m[1].length + (m[2] ?? "").length;
    if (taken.has(at) || periods.some((p) => p.at < at && p.end > at)) continue;
    taken.add(at);
    periods.push({ at, name: m[3], end: at + m[3].length });
  }
  SENTENCE_MONTH.lastIndex = 0;
  while ((m = SENTENCE_MONTH.exec(s))) {
    const at = m.index + m[1].length;
    if (taken.has(at)) continue;
    taken.add(at);
    periods.push({ at, name: `${m[2]}月`, end: at + m[2].length + 1 });
  }
  SENTENCE_SINCE.lastIndex = 0;
  while ((m = SENTENCE_SINCE.exec(s))) {
    const at = m.index + m[1].length;
    const end = at + m[2].length;
    if (taken.has(at) || periods.some((p) => p.at >= at && p.at < end)) continue;
    taken.add(at);
    periods.push({ at, name: m[2], end });
  }
  SENTENCE_SAME_PERIOD.lastIndex = 0;
  while ((m = SENTENCE_SAME_PERIOD.exec(s))) {
    const at = m.index + m[1].length;
    if (taken.has(at)) continue;
    taken.add(at);
    periods.push({ at, name: m[2], end: at + 2 });
  }
  // Round aj: "与上年10月相比，优良天数多了7天，PM2.5月均浓度下降25%": a sentence opened by a comparison with last year's same
  // month reports this year's month (the month compared with is otherwise no period, round w).
  SAME_MONTH_LAST_YEAR.lastIndex = 0;
  while ((m = SAME_MONTH_LAST_YEAR.exec(s))) {
    const at = m.index + m[1].length;
    if (taken.has(at)) continue;
    periods.push({ at, name: `${m[2]}月`, end: m.index + m[0].length });
  }
  return periods.sort((a, b) => a.at - b.at);
}
const CLAUSE_MONTH = /(^|[；;。，,])(今年)?(\d{1,2}月)(?=[\u4e00-\u9fa5])(?![份底末前内中上下初起至到以之当单旬日号])/g;
const SAME_MONTH_LAST_YEAR = /(^|[。；;])(?:与|和|同|较|比)(?:上年|去年)(\d{1,2})月份?(?:相比|比较|对比)[，,]/g;

/**
 * "30个重点项目截至9月底已全部开工": a period written after the counted noun, in the figure's own clause and followed
 * by a report word (已, 累计, 均, 全部), is the figure's period when none stands before it.
 */
function periodAfterNoun(s: string, periods: { at: number; name: string; end: number }[], at: number): string | null {
  const limit = Math.min(s.length, at + 24);
  for (const p of periods) {
    if (p.at <= at) continue;
    if (p.at >= limit) break;
    if (/[，,。；;:：\d]/.test(s.slice(at, p.at).replace(/^[\d.]+/, ""))) return null;
    return /^(?:已经?|累计|均已|全部|共)/.test(s.slice(p.end, p.end + 3)) ? p.name : null;
  }
  return null;
}

/** "…，分别增长" right before a figure: the rates that follow, in order, are of the amounts the sentence gave before. */
const RESPECTIVELY = /(?:分别|依次)(?:比上年|同比|较上年)?(?:增长|下降|提高|增加|减少|上升|降低)$/;

/**
 * "完成财政总收入50.8亿元，其中一般预算收入18.8亿元，分别增长26.7%和18.9%": n rates after 分别, with no names of their
 * own, belong in order to the last n amounts of the same sentence (not all to the nearest one). Left alone when the
 * sentence has fewer amounts, when the rates already carry names of their own (城、乡居民收入分别增长8%、9%), or when
 * the amounts share one name.
 */
function respectively(s: string, figures: readonly { start: number }[], actuals: Actual[]): void {
  for (let i = 1; i < actuals.length; i++) {
    // Figures start at their number: the words since the one before end with 分别增长.
    if (actuals[i].kind !== "growth" || !RESPECTIVELY.test(s.slice(Math.max(figures[i - 1].start, figures[i].start - 12), figures[i].start))) continue;
    let k = i;
    while (k + 1 < actuals.length && actuals[k + 1].kind === "growth" && /^[\d.]+%[、和及与,，]$/.test(s.slice(figures[k].start, figures[k + 1].start))) k++;
    const n = k - i + 1;
    if (n < 2 || actuals.slice(i, k + 1).some((a) => a.metric !== actuals[i].metric)) continue;
    const sentence = Math.max(s.lastIndexOf("。", figures[i].start), s.lastIndexOf("；", figures[i].start), s.lastIndexOf(";", figures[i].start));
    const amounts: Actual[] = [];
    for (let j = 0; j < i; j++) if (figures[j].start > sentence && actuals[j].kind !== "growth" && actuals[j].unit !== "%" && actuals[j].explicitRatio === undefined) amounts.push(actuals[j]);
    const own = amounts.slice(-n);
    if (own.length < n || new Set(own.map((a) => a.metric)).size < n || own.some((a) => !a.metric)) continue;
    for (let j = 0; j < n; j++) actuals[i + j].metric = own[j].metric;
    i = k;
  }
}

/** An amount named only by the act of spending ("年度实际完成投资65.86亿元"): its subject is elsewhere. */
const SPENT_ONLY = /^(?:年度|全年|今年|本年)?(?:实际)?(?:累计)?完成投资$/;
/** The clause before it that names a class of projects and counts them ("其中省市县重点固定资产投资类32个"). */
const COUNTED_CLASS = /(?:^|[，,；;：:。])(?:其中)?([\u4e00-\u9fa5]{2,20}?)\d+(?:个|项)[，,](?:年度|全年|今年|本年)?(?:实际)?(?:累计)?完成投资$/;

/**
 * Round ag: "市级重大技改类3个，年度实际完成投资2.13亿元": a bulletin names a class of projects and counts them, then gives
 * their investment in the next clause with the act alone. The amount is that class's: its name is the class's
 * (市级重大技改类项目完成投资). Only right after such a clause, the amount's own clause being the act and nothing more.
 */
function subjectOfCountClause(s: string, figures: readonly { start: number }[], actuals: Actual[]): void {
  for (let i = 0; i < actuals.length; i++) {
    if (!SPENT_ONLY.test(actuals[i].metric ?? "") || !/元$/.test(actuals[i].unit)) continue;
    const m = COUNTED_CLASS.exec(s.slice(Math.max(0, figures[i].start - 40), figures[i].start));
    if (!m) continue;
    const head = m[1].replace(/^(?:全市|全县|全区|本级)/, "");
    if (head.length >= 2) actuals[i].metric = `${head}${/(?:项目|工程)$/.test(head) ? "" : "项目"}完成投资`;
  }
}

/** Whether two figures of the text stand in one clause: no stop ("，" aside) between them. */
const sameSentence = (s: string, from: number, to: number) => !/[。；;]/.test(s.slice(from, to));

/** "比上年的18.4亿元": last year's amount written before the rate, with nothing else; it is the base, not the rate's name. */
const BASELINE_ONLY = /^(?:比|较|与|同)(?:上年|去年|上年同期|去年同期)(?:同期)?的?(\d+(?:\.\d+)?)([\u4e00-\u9fa5]{1,3})(?:相比)?$/;

/**
 * Round am: "农村经济总收入20.89亿元，比上年的18.4亿元增长13.53%": a summary gives this year's amount, then last year's as
 * the base of the rate. The rate is of the amount before it in the clause, in the same unit as the base; left alone when
 * no such amount stands before it in the sentence.
 */
function rateAfterBaseline(s: string, figures: readonly { start: number }[], actuals: Actual[]): void {
  for (let i = 1; i < actuals.length; i++) {
    const base = actuals[i].kind === "growth" ? BASELINE_ONLY.exec(actuals[i].metric ?? "") : null;
    const prev = actuals[i - 1];
    if (!base || prev.kind === "growth" || prev.unit !== base[2] || !prev.metric || !sameSentence(s, figures[i - 1].start, figures[i].start)) continue;
    actuals[i].metric = prev.metric;
  }
}

/**
 * Round am: "居民人均可支配收入26391元，增长7.6%，其中城镇常住居民40145元、增长5.5%，农村常住居民16883元、增长9.7%": after
 * 其中, a part named only by whom it counts (…居民), under a heading whose name starts with that word, is the heading's measure
 * of that part (农村常住居民人均可支配收入), never the heading itself. Names that do not end where the heading starts
 * (其中税收收入 under 一般公共预算收入, 其中规上工业增加值 under 工业增加值) are left as they are.
 */
function partsOfHeading(s: string, figures: readonly { start: number }[], actuals: Actual[]): void {
  const renamed = new Map<string, string>();
  for (let i = 1; i < actuals.length; i++) {
    const part = actuals[i].metric ?? "";
    if (renamed.has(part) && sameSentence(s, figures[i - 1].start, figures[i].start)) {
      actuals[i].metric = renamed.get(part) as string;
      continue;
    }
    if (part.length < 3) continue;
    for (let j = i - 1; j >= 0; j--) {
      if (!sameSentence(s, figures[j].start, figures[i].start)) break;
      const heading = actuals[j].metric ?? "";
      if (!heading || heading === part || !s.slice(figures[j].start, figures[i].start).includes("其中")) continue;
      let joined = "";
      for (let w = Math.min(4, part.length - 1); w >= 2 && !joined; w--) {
        const word = part.slice(-w);
        if (heading.startsWith(word) && heading.length > w + 1) joined = part + heading.slice(w);
      }
      if (joined) {
        renamed.set(part, joined);
        actuals[i].metric = joined;
      }
      break;
    }
  }
}

/** A figure named only by whom it counts: 城镇, 农村居民, 城市常住居民 … */
const GROUP_ONLY = /^(?:城镇|农村|城市|乡村)(?:常住)?(?:居民)?$/;
/** The measure heading a sentence: "居民人均可支配收入：", "人均可支配收入方面，", "从人均可支配收入看，", "居民人均可支配收入，城镇…". */
const MEASURE_HEAD = /^(?:从)?([\u4e00-\u9fa5]{3,16}?)(?:[:：]|方面[，,]|情况[，,]|看[，,]|[，,](?=(?:城镇|农村|城市|乡村)))/;

/**
 * Session 22: "居民人均可支配收入：城镇增长5%，农村增长8.5%", "人均可支配收入方面，城镇居民增长5%，农村居民增长8.5%": the measure
 * heads the sentence and the groups follow, each named only by whom it counts. Each group's figure is the measure of that
 * group (农村居民人均可支配收入), as "城镇居民人均可支配收入增长5%，农村居民增长8.5%" reads with the measure written first.
 */
function groupsUnderMeasure(s: string, figures: readonly { start: number }[], actuals: Actual[]): void {
  for (let i = 0; i < actuals.length; i++) {
    const group = actuals[i].metric ?? "";
    if (!GROUP_ONLY.test(group)) continue;
    const start = Math.max(s.lastIndexOf("。", figures[i].start), s.lastIndexOf("；", figures[i].start), s.lastIndexOf(";", figures[i].start)) + 1;
    const head = MEASURE_HEAD.exec(s.slice(start, figures[i].start));
    if (!head || /\d/.test(head[1]) || GROUP_ONLY.test(head[1])) continue;
    const measure = head[1];
    actuals[i].metric = measure.startsWith("居民") ? (group.endsWith("居民") ? group + measure.slice(2) : group + measure) : group + measure;
  }
}

/** "…，实际分别完成95个、310个": amounts named by nothing but 实际 and 分别 (or 依次), with the act of the plan at most. */
const DONE_IN_ORDER = /(?:实际)?(?:分别|依次)(?:完成|实现|达到)?了?$/;
/** "全年计划新创建示范家庭农场80个、新增农户家庭农场271个": the plan's list, one name and figure an item. */
const PLAN_ITEM = /^(?:全年|年度|本年度|今年)?(?:计划|任务|目标)?(?:为|是)?([\u4e00-\u9fa5“”"]{2,20}?)(\d+(?:\.\d+)?)([\u4e00-\u9fa5]{1,2})$/;

/**
 * Round am: "全年计划新创建示范家庭农场80个、新增农户家庭农场271个、新纳入名录系统6581个，实际分别完成95个、310个、7397个":
 * a summary restates the year's plan item by item, then gives what was done, in order, with 分别. Each done figure takes the
 * name of the plan's item in its place, when the items are as many as the figures and in the same unit. A list after
 * another act ("分别开工2所、1所") or without 分别 is not the plan's items done, and keeps its own name.
 */
function planItemsDone(s: string, figures: readonly { start: number }[], actuals: Actual[]): void {
  for (let i = 0; i < actuals.length; i++) {
    // DONE_IN_ORDER ends at most five characters before the figure (分别完成了): look back for its clause only then, so a long
    // list without 分别 is not searched back once per figure.
    if (!/分别|依次/.test(s.slice(Math.max(0, figures[i].start - 5), figures[i].start))) continue;
    const clauseStart = Math.max(s.lastIndexOf("，", figures[i].start), s.lastIndexOf(",", figures[i].start));
    if (clauseStart < 0 || !DONE_IN_ORDER.test(s.slice(clauseStart + 1, figures[i].start))) continue;
    let k = i;
    while (k + 1 < actuals.length && actuals[k + 1].unit === actuals[i].unit && /^[\d.]+[\u4e00-\u9fa5]{1,2}[、和及与]$/.test(s.slice(figures[k].start, figures[k + 1].start))) k++;
    const n = k - i + 1;
    const sentence = Math.max(s.lastIndexOf("。", clauseStart), s.lastIndexOf("；", clauseStart), s.lastIndexOf(";", clauseStart));
    const before = s.slice(sentence + 1, clauseStart);
    const plan = Math.max(before.lastIndexOf("计划"), before.lastIndexOf("任务"));
    if (n < 2 || plan < 0) continue;
    const items = before.slice(plan).split(/[、和及与]/).map((x) => PLAN_ITEM.exec(x));
    if (items.length !== n || items.some((m) => !m || m[3] !== actuals[i].unit)) continue;
    for (let j = 0; j < n; j++) actuals[i + j].metric = (items[j] as RegExpExecArray)[1].replace(/[“”"]/g, "");
    i = k;
  }
}

function readActuals(text: string): ActualParse {
  try {
    if (typeof text !== "string" || !text.trim()) return { actuals: [], reason: "文本为空 (empty text)" };
    // Round ay: a task's figure in brackets inside a share ("完成年任务（40.2亿元）的32.5%") is read unbracketed.
    const s = unbracketTaskFigure(prepareText(text));
    const { figures, skipped } = readFigures(s, "progress");
    // Periods, stops and lists only matter for figures: a text without one is not searched for them.
    const periods = figures.length ? periodsOf(s) : [];
    const fullStops = figures.length ? new LastIndex(s, "。") : null;
    const semicolons = figures.length ? new LastIndex(s, "；;") : null;
    const underWayHead = figures.length ? underWayReader(s) : null;
    const heading = periods.length ? headingPeriod(s, periods) : null;
    const partPeriods = periods.length > 1 ? periodsOfParts(s, periods) : [];
    let withoutParts: { at: number; name: string; end: number }[] | undefined;
    // A loop that pushes (a packed array, as mapPacked makes) without a closure made per text.
    const actuals: Actual[] = [];
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      // A period reaches over "；" (a list of results under one heading) but not over a full stop.
      const from = (fullStops as LastIndex).before(Math.max(f.start, 0)) + 1;
      const clause = Math.max(from, (semicolons as LastIndex).before(Math.max(f.start, 0)) + 1);
      // Only a period that heads its sentence reaches past a "；" ("58个重点项目进展顺利，全年完成投资141.6亿元；签约项目79个":
      // 全年 is the investment's, not the signings').
      let before = periodBefore(periods, from, f.start);
      if (before !== null && partPeriods.length && clause > from && periodBefore(periods, clause, f.start) === null) before = periodBefore(withoutParts ??= periods.filter((p) => !partPeriods.includes(p.at)), from, f.start);
      const own = before !== null && clause > from && periodBefore(periods, clause, f.start) === null && !headsSentence(s, periods, from) ? null : before;
      const period = (own !== null && totalSince(s, periods, f.start, own) ? null : own) ?? periodAfterNoun(s, periods, f.start) ?? (heading && sharesOfPlan(s, from) ? heading : null);
      // Every key always, in one order (an absent one undefined): one hidden class for every actual (see parseTargets).
      actuals.push({
        metric: f.metric,
        kind: f.kind,
        value: f.value,
        unit: f.unit,
        base: f.base,
        period,
        phrase: f.phrase,
        explicitRatio: f.explicitRatio,
        approx: f.approx ? true : undefined,
        stock: f.stock ? true : undefined,
        underWay: (underWayHead as (at: number) => boolean)(f.start) ? true : undefined,
        runHead: undefined,
      });
    }
    if (figures.length > 2) respectively(s, figures, actuals);
    if (figures.length) subjectOfCountClause(s, figures, actuals);
    if (figures.length) groupsUnderMeasure(s, figures, actuals);
    if (figures.length > 1) {
      runHeads(s, figures, actuals);
      rateAfterBaseline(s, figures, actuals);
      partsOfHeading(s, figures, actuals);
      planItemsDone(s, figures, actuals);
    }
    if (figures.length > 1) nameSharesOfEconomy(s, actuals);
    // Round ba (./formsBA.ts): "11月当月上涨1.8%" after a named figure is that figure's month.
    if (figures.length > 1) nameMonthFigures(s, actuals);
    // Round az: a bare 总支出 after an account's 总收入 in the same sentence is that account's.
    if (figures.length > 1) otherSideOfAccount(s, actuals);
    // Round bb (./formsBB.ts): "超大班额1.87万个，占总班数的0.5%" is 超大班额比例; a figure per head is a level.
    if (figures.length > 1) nameSharesOfWhole(s, actuals);
    if (figures.length) perHeadActuals(actuals);
    // Every key always, in the order they always had (an absent one undefined).
    return {
      actuals,
      reason: actuals.length ? undefined : noTargetReason(s, skipped).replace("未发现可度量的目标", "未发现实际完成值").replace("定性任务", "只有文字进展"),
      skipped: skipped.length ? skipped : undefined,
    };
  } catch (err) {
    return { actuals: [], reason: `无法解析：${(err as Error)?.message ?? String(err)}` };
  }
}
