/**
 * Forms met in round n of the judging corpus (branch judge-n, train set n): progress reports of key-project programmes
 * and bulletins. Each rule is a small function over what judgeTask has matched or judged, so it can be read, tested and
 * merged apart; every judgement a rule changes carries a stable code of the catalogue (ruleCatalog.ts) and a reason in
 * Chinese. The rules only ever turn an answer into a less favourable or an honest one, except yearToDate, which swaps a
 * part of the year for the year's own figure that the same text gives.
 *
 * - yearToDate: a figure of one quarter or month after the first ("三季度完成809万平方米", "11月份完成238.7亿元", "6月当月")
 *   is a part of the year, not the year so far: a cumulative target due later takes the year-to-date figure of the same
 *   text (截至9月底累计1624万平方米), else none (JUDGE_ONE_PERIOD);
 * - startedBound: a count of works started for a target to build or finish ("公交场站开工15座" for 新建30座): no more can
 *   be finished than have been started, so where even the started count is below 序时进度 the target lags
 *   (JUDGE_STARTED_BOUND); above it nothing is said;
 * - categoryPart: a figure of one category ("清洁能源类项目完成投资26亿元") does not answer the total of all categories
 *   (JUDGE_CATEGORY_PART): neither lagging nor met, 无法研判.
 * Pure: no I/O, no clock.
 */
import { mapPacked } from "../arrays";
import { foldText } from "../text/normalize";
import { Actual, BREAK_NAMES, HOLIDAY_NAMES, Judgement, MetricStatus, Rag, RAG_LABELS, STATUS_LABELS, Target, isCumulative, judgeTarget, metricSimilarity } from "../metrics";
import { JudgeOptions } from "../metrics/types";
import { formatPercent } from "../text/format";
import { RULES } from "../validate/ruleCatalog";

type FormsNCode = "JUDGE_ONE_PERIOD" | "JUDGE_STARTED_BOUND" | "JUDGE_CATEGORY_PART";

const RAG_OF: Record<MetricStatus, Rag> = { done: "green", "on-track": "green", behind: "yellow", overdue: "red", unknown: "yellow", "not-mentioned": "yellow", "no-data": "yellow" };

function restated(j: Judgement, status: MetricStatus, reason: string, code: FormsNCode, actual: Actual | null): Judgement {
  const rag = RAG_OF[status];
  return {
    ...j, actual, status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], met: false,
    ...(actual ? {} : { ratio: null, gap: null }),
    reason: `${STATUS_LABELS[status]}：${reason}`, detail: reason, code: RULES[code].code,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One quarter or one month of the year.

/** A period that is one quarter after the first, one month after January, the month itself (当月, 本月), a week, or a holiday. */
/**
 * Since a point after the year began (三季度以来, 下半年以来, 5月以来): from that period to the report, without the months
 * before it, so a part of the year as one quarter is. 一季度以来, 上半年以来 and 前三季度以来 start with the year: the year so far.
 */
const SINCE_LATER = "(?:第?[二三四234]季度|下半年|(?:[2-9]|1[0-2])月份?|[夏秋冬]季)以来";
/** Months or quarters that start after the first ("7-9月", "二至三季度"): a part of the year as one quarter is. */
const LATER_SPAN = "(?:[2-9]|1[0-2])[-至](?:[2-9]|1[0-2])月份?|[二三四2-4]至[二三四2-4]季度";
export const ONE_PERIOD = new RegExp(`^(?:第?[二三四234]季度|(?:[2-9]|1[0-2])月份?(?:当月)?|当月|本月|上月|单月|(?:最近|近)一周|本周|上周|当周|${SINCE_LATER}|${LATER_SPAN})$|^(?:${HOLIDAY_NAMES})|^(?:${BREAK_NAMES})$`);
/** A holiday or a school break: a few days or weeks of the year, whatever month it falls in. */
export const HOLIDAY = new RegExp(`^(?:${HOLIDAY_NAMES}|${BREAK_NAMES})`);
/** A period that runs from the start of the year (or a date of report): the year so far. */
export const TO_DATE = new RegExp(`^(?!${SINCE_LATER}$)(?:.*(?:截[至止]|以来|累计)|1-\\d{1,2}月|一至|前[一二三四]季度|前\\d{1,2}个月|上半年$|全年$|今年$|目前|当前)`);

/**
 * "三季度全市新开工绿化面积809万平方米，截至9月底累计开工面积达到1624万平方米": the quarter's own figure is a part of the
 * year. For a cumulative target due after that period, the matched figure of one quarter or month is replaced by the one
 * year-to-date figure of the same unit the text gives (at least as large), or dropped (the judge then says the metric is
 * mentioned but cannot be compared). A target of that period itself ("三季度完成…") keeps it, and so does a target the part
 * alone already reaches (the year so far is at least the part).
 */
export function yearToDate(matched: (Actual | null)[], targets: readonly Target[], actuals: readonly Actual[]): (Actual | null)[] {
  if (!matched.some((a) => a && a.period && ONE_PERIOD.test(a.period))) return matched;
  return mapPacked(matched, (a, i) => {
    const t = targets[i];
    if (!a || !a.period || !ONE_PERIOD.test(a.period) || !t || !isCumulative(t) || (a.kind !== "count" && a.kind !== "level")) return a;
    if (foldText(`${t.phrase ?? ""}`).includes(a.period.replace(/份$/, ""))) return a;
    // The part is at most the year so far: a part that alone reaches a floor target reaches it ("5月份完成1815人" for 1238人).
    if ((t.cmp === ">=" || t.cmp === ">" || t.cmp === "=" || t.cmp === "~") && a.base.unit === t.base.unit && a.base.value >= t.base.value) return a;
    // The year-to-date figure of the same thing: a name close to the part's or the target's, or none of its own (累计完成70公里).
    const same = (b: Actual) => !b.metric.replace(/累计|完成|实际|今年|全年|共计?|以来/g, "") || metricSimilarity(b.metric, a.metric) >= 0.4 || metricSimilarity(b.metric, t.metric) >= 0.4;
    const whole = actuals.filter((b) => b !== a && b.period && TO_DATE.test(b.period) && b.base.unit === a.base.unit && b.base.value >= a.base.value && (b.kind === "count" || b.kind === "level") && same(b));
    return whole.length === 1 ? { ...whole[0], metric: a.metric } : null;
  });
}

/** The judgements whose matched figure was dropped by yearToDate say why (JUDGE_ONE_PERIOD). */
function onePeriodNoted(judgements: Judgement[], dropped: readonly (Actual | null)[]): Judgement[] {
  return mapPacked(judgements, (j, i) => {
    const a = dropped[i];
    if (!a || j.actual || j.status !== "unknown") return j;
    const part = /以来$/.test(a.period ?? "") ? `是${a.period}的数，不含此前月份，不是今年累计数` : `只是${a.period}的数，不是累计数`;
    return restated(j, "unknown", `「${a.phrase}」${part}`, "JUDGE_ONE_PERIOD", null);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Started works bound the finished ones.

/** A target to have works built or finished (新建, 建成, 完工, 竣工, 投用), not merely started; not 建设项目 (a programme's name). */
const BUILD_TARGET = /新建|建成|完工|竣工|投用|投运|完成(?!投资|年度|全年)[^，。；;]*改造|改造完成/;
const START_ONLY = /开工|动工|开建|开复工|启动实施|启动建设|启动改造/;
const FINISH_WORDS = /完工|竣工|建成|投用|投运|投产|交付/;

/** Options judgeTarget needs for the bound (the same the judge used for the target). */
type BoundOptions = Pick<JudgeOptions, "asOf" | "thresholds"> & { deadline: JudgeOptions["deadline"]; expected: number };

/**
 * "国庆节前公交场站开工15座" for "年内新建公交场站30座": no more than 15 can be built. Where 15 of 30 is already below
 * 序时进度 the target lags, whatever else is said; where it is not, nothing can be told from it (the judgement stays:
 * even at the deadline, "开工…195所，完成年度计划的130%" may count a plan of starts).
 * Only for a count target that asks for built or finished works, answered by no figure at its own stage, and a started
 * figure of the same things (its name without the stage word close to the target's) in the same unit.
 */
function startedBound(judgements: Judgement[], actuals: readonly Actual[], options: BoundOptions): Judgement[] {
  if (!actuals.some((a) => START_ONLY.test(`${a.metric}${a.phrase}`))) return judgements;
  return mapPacked(judgements, (j) => {
    const t = j.target;
    if (t.kind !== "count" && !(t.kind === "level" && isCumulative(t))) return j;
    if (j.status !== "unknown" && j.status !== "not-mentioned") return j;
    const words = foldText(`${t.metric}${t.phrase ?? ""}`);
    if (!BUILD_TARGET.test(words) || START_ONLY.test(words.replace(/新建/, ""))) return j;
    const bare = (m: string) => m.replace(/新开工|开工|动工|开建|开复工|建设|新建|建成|完工|竣工|累计|全省|全市|全区|全县/g, "");
    const started = actuals.filter((a) => startedOnlyFigure(a) && a.base.unit === t.base.unit
      && (metricSimilarity(bare(a.metric), bare(t.metric)) >= 0.5 || bare(t.metric).includes(bare(a.metric)) && bare(a.metric).length >= 2));
    if (started.length !== 1) return j;
    const a = started[0];
    const at = judgeTarget(t, a, { asOf: options.asOf, deadline: t.deadline ?? options.deadline, thresholds: options.thresholds, reported: true });
    if (at.status !== "behind" && at.status !== "overdue") return j;
    const share = t.base.value ? a.base.value / t.base.value : 0;
    const why = `只报开工「${a.phrase}」，开工才${formatPercent(share)}，已低于序时进度${formatPercent(options.expected)}，完工不会更多`;
    return { ...restated(j, at.status, why, "JUDGE_STARTED_BOUND", a), ratio: at.ratio, expected: at.expected, gap: at.gap };
  });
}

function startedOnlyFigure(a: Actual | null): boolean {
  if (!a) return false;
  const w = `${a.metric}${a.phrase}`;
  return START_ONLY.test(w) && !FINISH_WORDS.test(w);
}

// ---------------------------------------------------------------------------------------------------------------
// One category for the total.

/** A category named with 类 ("清洁能源类项目", "产业发展类"): the words before 类, up to four characters. */
const CATEGORY = /([\u4e00-\u9fff]{2,6})类/;

/**
 * "清洁能源类项目完成投资26亿元" for "重点建设项目完成投资180亿元": one category's figure is a part of the total, so it says
 * neither that the total lags nor that it is met: 无法研判 (greens are refused for a differing qualifier already, by
 * weakEvidence's WEAK_NAME). Only when the target names no category itself.
 */
function categoryPart(judgements: Judgement[], taskText: string): Judgement[] {
  const task = foldText(taskText);
  return mapPacked(judgements, (j) => {
    const a = j.actual;
    if (!a || a.explicitRatio !== undefined && j.target.kind === "pp") return j;
    // Hunt 8: a programme's projects split by stage (续建, 新开工, 新建): "58个续建工业项目…完成投资56.4亿元" is a part of
    // "市工业重点项目全年完成投资455.7亿元", whatever its share — lagging, on schedule or met alike. Amounts only: a count of
    // 新开工项目 is what a target of projects started asks for.
    const stage = PROJECT_PART.exec(foldText(`${a.metric}${a.phrase}`));
    if (stage && /元$/.test(j.target.unit) && /项目/.test(task) && !PROJECT_PART.test(task) && j.status !== "unknown" && j.status !== "not-mentioned")
      return restated(j, "unknown", `「${a.phrase}」只是${stage[1]}项目的数，不能代表全部项目`, "JUDGE_CATEGORY_PART", null);
    if (CATEGORY.test(task) || (j.status !== "behind" && j.status !== "overdue")) return j;
    const c = CATEGORY.exec(foldText(a.metric));
    if (!c || task.includes(c[1])) return j;
    return restated(j, "unknown", `「${a.phrase}」只是${c[0]}的数，不能代表总数`, "JUDGE_CATEGORY_PART", null);
  });
}

/** Projects of one stage of a programme, named before 项目 (a sector between): 续建工业项目, 新开工项目. */
const PROJECT_PART = /(续建|新开工|新建)(?:[\u4e00-\u9fa5]{0,3}?)项目/;

/** What judgeTask hands to the rules of round n after judging (one call site). */
interface FormsNContext {
  actuals: readonly Actual[];
  taskText: string;
  asOf: JudgeOptions["asOf"];
  deadline: NonNullable<JudgeOptions["deadline"]>;
  thresholds?: JudgeOptions["thresholds"];
  expected: number;
  /** The figures yearToDate took away, by target (null where it took none). */
  onePeriodOnly: readonly (Actual | null)[];
}

/** The rules of round n over the judgements, in order: one period noted, started works as a bound, one category. */
export function formsN(judgements: Judgement[], ctx: FormsNContext): Judgement[] {
  const noted = onePeriodNoted(judgements, ctx.onePeriodOnly);
  const bounded = startedBound(noted, ctx.actuals, { asOf: ctx.asOf, deadline: ctx.deadline, thresholds: ctx.thresholds, expected: ctx.expected });
  return categoryPart(bounded, ctx.taskText);
}

// ---------------------------------------------------------------------------------------------------------------
// What was arranged is a plan.

/** 安排 heading a list of counts and amounts, not of funds (安排资金 is money allotted, a result of its own). */
const ARRANGED = /安排(?!资金|专项|经费|财政|补助|奖补|债券|[^，。；;]{0,6}资金)/;
/** Words that report what was done: after them a figure is a result again. */
const REPORTED = /已|完成|实际|累计|实现|建成|竣工|开工(?:建设)?了|(?:目前|截[至止]目前)(?!计划|拟|预计|正在|尚|仍|还)/;

/**
 * "一季度攻坚行动安排续建项目83个、投资104.8亿元，新开工项目45个、投资36.8亿元": what a programme arranges is its plan,
 * not investment made or works begun; such figures answer no target (the judge then says the metric is mentioned but
 * cannot be compared). The reach of 安排 runs to the end of its sentence, or to a word that reports what was done.
 */
export function withoutArranged(actuals: Actual[], text: string): Actual[] {
  if (!/安排/.test(text)) return actuals;
  const s = foldText(text);
  return actuals.filter((a) => {
    const at = s.indexOf(foldText(a.phrase));
    if (at < 0) return true;
    const sentence = s.slice(Math.max(s.lastIndexOf("。", at), s.lastIndexOf("；", at), s.lastIndexOf(";", at)) + 1, at + a.phrase.length);
    const m = ARRANGED.exec(sentence);
    // "已安排…资金3200万元": funds allotted are a result (of allotting), and 已安排 reports it.
    if (!m || sentence[m.index - 1] === "已" || /资金|经费|补助|补贴|奖补|债券/.test(`${a.metric}${a.phrase}`)) return true;
    return REPORTED.test(sentence.slice(m.index + m[0].length));
  });
}
