import { IsoDate, daysBetween, isoFromParts } from "../text/dates";
import { formatNumber, formatPercent, roundHalf } from "../text/format";
import { Actual, JudgeOptions, Judgement, MetricStatus, Rag, Target } from "./types";
import { DEFAULT_THRESHOLDS } from "./thresholds";
import { Thresholds } from "../model";
import { compatibleUnits } from "./units";
import { sameEntityCount, sameLinearWorks } from "./matchActuals";
import { canonicalMetric } from "./metricName";
import { FROM_JANUARY, periodEndMonth } from "../settings/periods";

/** Names of a share of the works done, in the lexicon's form (完成工程量, 形象进度 → 工程进度). */
/**
 * Targets that are themselves a share of works or of a plan's projects ("完成工程量60%以上", "开复工率达到100%"): a report of
 * that rate ("形象进度65%", "开复工率均达到100%") is compared with them directly, as the level it is.
 */
const WORKS_SHARE = /进度$|(?:开复工|开工|复工|完工|竣工|建成|投产|签约|到位|兑现|执行)率$/;
/**
 * Round ao: a 完成率 target under 100% is a stage's mark on the rate itself ("6月末投资完成率达到40%": 63.53% meets it, it is
 * not 40% of it). At 100% the rate is the whole plan, and a rate read before the deadline is paced as a share of it.
 */
const STAGE_RATE = /完成率$/;

/**
 * Round an: a time limit or a list cut to a ceiling by a reform ("审批时限压缩至100个工作日以内", "环节精简至10个以内")
 * is done once the new limit stands, whatever the date: it is not a level to be kept through the year. A ceiling kept
 * (控制在…以内) or a rate that falls (下降到, 降低到: air, energy, poverty) stays on-track until its deadline.
 */
const ONE_OFF_CUT = /(?:压缩|压减|缩短|缩减|精简)(?:到|至|为)/;

export const STATUS_LABELS: Record<MetricStatus, string> = {
  done: "已完成",
  "on-track": "序时推进",
  behind: "进展滞后",
  overdue: "已逾期",
  "no-data": "未报送",
  "not-mentioned": "未反映该指标",
  unknown: "无法研判",
};
export const RAG_LABELS: Record<Rag, string> = { red: "红", yellow: "黄", green: "绿", blue: "蓝" };

function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** 序时进度: share of [start, end] elapsed at asOf (both days counted), clamped to 0..1. Defaults: the as-of year. */
export function expectedShare(asOf: IsoDate, start?: IsoDate, end?: IsoDate): number {
  const y = yearOf(asOf);
  const from = start ?? (isoFromParts(y, 1, 1) as IsoDate);
  const to = end ?? (isoFromParts(y, 12, 31) as IsoDate);
  const total = daysBetween(from, to) + 1;
  if (!(total > 0)) return 1;
  const elapsed = daysBetween(from, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

/** Whether a target accumulates over the period (counts, amounts) rather than being a rate or a standing level. */
/**
 * The share done a judgement may show: its ratio, unless its figure may not be the target's own result
 * (Judgement.weakEvidence). RATIO, 指标跟踪's 完成 column, the bulletin and `duban judge --json` all show this one.
 */
export function shownRatio(j: Judgement): number | null {
  return j.weakEvidence ? null : j.ratio;
}

export function isCumulative(target: Target): boolean {
  if (target.cumulative !== undefined) return target.cumulative;
  if (target.kind === "count") return true;
  if (target.kind !== "level") return false;
  return target.unit !== "%" && !/率|占比|比例|比重|余额|总量|在库|浓度/.test(target.metric);
}

/** Fields the parser may add (issue 12) that the judge reads when present. */
type TargetExtra = Target & { high?: number; binding?: boolean };

/**
 * 约束性 indicators of the five-year plans and the environmental and land targets offices treat as binding, used
 * when the parser did not mark a target itself. A miss on one is never green.
 */
const BINDING_METRIC =
  /能耗|能源消耗|碳排放|二氧化碳|二氧化硫|氮氧化物|化学需氧量|氨氮|挥发性有机物|PM2\.?5|PM10|细颗粒物|可吸入颗粒物|空气质量优良|优良天数|重污染天数|地表水|水质优良|劣[Ⅴ五V]类|国控断面|省控断面|森林覆盖率|森林蓄积|耕地保有|永久基本农田|耕地红线|用水总量|用水量|粮食(综合)?生产能力|粮食播种面积|安全生产|死亡人数/i;

function isBinding(target: Target): boolean {
  const t = target as TargetExtra;
  if (t.binding !== undefined) return t.binding;
  return BINDING_METRIC.test(target.metric) || /约束性/.test(target.phrase);
}

/** Rates of change and percentage points: 增长/下降 in words. */
function isRate(target: Target): boolean {
  return target.kind === "growth" || target.kind === "pp";
}

const CONSUMER_PRICES = /居民消费价格|消费价格指数|物价|CPI/i;

/**
 * Whether less is better: a ceiling (控制在/以内/不超过/以下/低于, and 控制在…左右), or a decline (下降/降低/减少/压减,
 * written as a negative rate) — met only when the actual decline is at least as large.
 */
export function lowerIsBetter(target: Target): boolean {
  if (target.cmp === "<=" || target.cmp === "<") return true;
  // "居民消费价格涨幅控制在3%左右", "城镇调查失业率控制在5.5%左右": 控制 makes it a ceiling, 左右 its tolerance (3.1 is
  // still met, 2.4 is met, not short).
  if (target.cmp === "~" && /控制在|控制到/.test(target.phrase)) return true;
  // "居民消费价格涨幅2%左右": a price target is a ceiling on inflation whatever its verb (0.3% is within it, not short).
  if ((target.cmp === "~" || target.cmp === "=") && target.kind === "growth" && target.value > 0 && CONSUMER_PRICES.test(target.metric)) return true;
  return isRate(target) && target.value < 0 && (target.cmp === "=" || target.cmp === "~");
}

/** The rate word of a target or actual: 增长/下降 for growth, 提高/下降 for percentage points. */
function rateWords(kind: Target["kind"]): { up: string; down: string } {
  return kind === "pp" ? { up: "提高", down: "下降" } : { up: "增长", down: "下降" };
}

/** A quantity as written: 45.25亿元, 6%, 0.5个百分点. */
function qty(value: number, unit: string): string {
  return `${formatNumber(value, 4)}${unit}`;
}

/**
 * The target in an official's words: 增长6%左右, 下降2.5%, 25家以上, 不超过45微克/立方米, 增长6%—6.5%, 提高0.5个百分点.
 * "~" is always 左右 (one meaning everywhere).
 */
export function describeTargetValue(target: Target): string {
  const t = target as TargetExtra;
  // A range's far end: above the low end for growth ("6%-6.5%"), below it for a decline ("下降2%-3%": -2 and -3).
  const high = t.high !== undefined && t.high !== t.value && (t.value < 0 ? t.high < t.value : t.high > t.value) ? t.high : undefined;
  if (isRate(target)) {
    const { up, down } = rateWords(target.kind);
    const negative = target.value < 0 || (target.value === 0 && lowerIsBetter(target) && target.cmp !== "<=" && target.cmp !== "<");
    const verb = negative ? down : up;
    const v = Math.abs(target.value);
    if (high !== undefined) return `${verb}${qty(v, target.unit)}—${qty(Math.abs(high), target.unit)}`;
    const q = qty(v, target.unit);
    // For a decline the comparator turns: "<= -3" is 下降3%以上, ">= -3" 下降3%以内.
    const cmp = negative ? ({ ">=": "<=", ">": "<", "<=": ">=", "<": ">", "~": "~", "=": "=" } as const)[target.cmp] : target.cmp;
    switch (cmp) {
      case ">=": return `${verb}${q}以上`;
      case ">": return `${verb}超过${q}`;
      case "<=": return `${verb}${q}以内`;
      case "<": return `${verb}不到${q}`;
      case "~": return `${verb}${q}左右`;
      default: return `${verb}${q}`;
    }
  }
  if (high !== undefined) return `${qty(target.value, target.unit)}—${qty(high, target.unit)}`;
  const q = qty(target.value, target.unit);
  switch (target.cmp) {
    case ">=": return `${q}以上`;
    case ">": return `超过${q}`;
    case "<=": return `不超过${q}`;
    case "<": return `低于${q}`;
    case "~": return `${q}左右`;
    default: return `达到${q}`;
  }
}

/** The actual in words: 增长3.6%, 下降1.2%, 提高0.3个百分点, 7家. */
export function describeActualValue(actual: Actual, target?: Target): string {
  const kind = target && isRate(target) ? target.kind : actual.kind;
  if ((kind === "growth" || kind === "pp") && (actual.unit === "%" || actual.unit === "个百分点")) {
    const { up, down } = rateWords(kind);
    return `${actual.value < 0 ? down : up}${qty(Math.abs(actual.value), actual.unit)}`;
  }
  return qty(actual.value, actual.unit);
}

/**
 * { ...DEFAULT_THRESHOLDS, ...given }, without the spread (a slow copy, once per target judged): a key the given
 * object has, even set to undefined, wins over the default, as in the spread.
 */
function thresholdsOf(given: Partial<Thresholds> | undefined): Readonly<Thresholds> {
  if (!given) return DEFAULT_THRESHOLDS;
  const d = DEFAULT_THRESHOLDS;
  return {
    yellow: "yellow" in given ? (given.yellow as number) : d.yellow,
    red: "red" in given ? (given.red as number) : d.red,
    dueSoonDays: "dueSoonDays" in given ? (given.dueSoonDays as number) : d.dueSoonDays,
  };
}

/**
 * Judge one target against its matched actual at the as-of date. Cumulative targets compare actual ÷ target with
 * 序时进度; rates and levels compare the value itself, in the direction of the target (a decline or a ceiling is
 * met by being at or under it). Thresholds (fractions of 序时进度) give red/yellow/green; on schedule and due within
 * dueSoonDays gives blue. A target not met that is compared directly is 进展滞后, red when it is binding.
 */
export function judgeTarget(target: Target, actual: Actual | null, options: JudgeOptions): Judgement {
  const th = thresholdsOf(options.thresholds);
  const asOf = options.asOf;
  const y = yearOf(asOf);
  const deadline = options.deadline ?? target.deadline ?? (isoFromParts(y, 12, 31) as IsoDate);
  const start = options.start ?? (isoFromParts(y, 1, 1) as IsoDate);
  const daysLeft = daysBetween(asOf, deadline);
  const tol = options.aboutTolerance ?? 0.05;
  const cumulative = isCumulative(target);
  const binding = isBinding(target);
  const lower = lowerIsBetter(target);
  const targetText = `${target.metric ? `「${target.metric}」` : ""}目标${describeTargetValue(target)}`;
  const dueSoon = daysLeft >= 0 && daysLeft <= th.dueSoonDays;
  const make = (
    status: MetricStatus, rag: Rag, ratio: number | null, expected: number | null, met: boolean, reason: string, gap: number | null = null, gapUnit = "",
  ): Judgement => ({
    status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], ratio, expected, dueSoon: dueSoon && status !== "done", met, daysLeft, target, actual, reason,
    gap, gapUnit, binding, detail: reason.slice(reason.indexOf("：") + 1),
  });

  if (!actual) {
    if (options.reported === false) {
      if (daysLeft < 0) return make("overdue", "red", null, null, false, `已逾期：未报送进展，已过完成时限 ${deadline}（${targetText}）`);
      return make("no-data", dueSoon ? "blue" : "yellow", null, null, false, `未报送：单位未报送进展（${targetText}）`);
    }
    const late = daysLeft < 0 ? `，已过完成时限 ${deadline}` : "";
    // "新增高新技术企业25家左右（预测）": the metric is named with a figure the reader set aside as a forecast or plan;
    // say which and why (WEAK_NOT_RESULT), as for a figure weakEvidence drops, not a bare "no figure".
    if (options.mentioned && options.notResult)
      return { ...make("unknown", daysLeft < 0 ? "red" : "yellow", null, null, false, `无法研判：进展中该指标只有计划、预计或目标数「${options.notResult}」，没有完成数${late}（${targetText}）`), code: "WEAK_NOT_RESULT" };
    if (options.mentioned)
      return make("unknown", daysLeft < 0 ? "red" : "yellow", null, null, false, `无法研判：进展提到该指标，但没有可与目标比较的数字${late}（${targetText}）`);
    // "计划完成造林1.6万亩" for 完成造林1.5万亩: the report names the metric with a plan only; say so, not "no figure".
    const said = options.notResult ? `进展中该指标只有计划、预计或目标数「${options.notResult}」，没有完成数` : "进展中没有该指标的数字";
    return make("not-mentioned", daysLeft < 0 ? "red" : dueSoon ? "blue" : "yellow", null, null, false, `未反映该指标：${said}${late}（${targetText}）`);
  }
  // A target that is itself a share of the works done ("完成工程量60%以上") takes the works' progress ("形象进度65%")
  // as the level it is, not as a share of the target: compared in 个百分点 like any rate.
  if (actual.explicitRatio !== undefined && target.unit === "%" && actual.unit === "%" && target.kind === "level" && (WORKS_SHARE.test(canonicalMetric(target.metric)) || (STAGE_RATE.test(canonicalMetric(target.metric)) && target.base.value < 100))) {
    actual = { ...actual, explicitRatio: undefined };
  }
  // Hunt 5: "完成投资50亿元，完成省下达目标的110%" for 80亿元: a share above what the amount itself is of the target is of
  // another base (the province's figure, a month's plan); the amount in the target's unit is judged instead.
  // Round an: and a share below it ("建成标准厂房7000平方米，占市下达2万平方米目标的35%" for 建设标准厂房1万平方米) is of a
  // larger base than the task's: the amount is judged, not 35%.
  if (actual.explicitRatio !== undefined && actual.unit !== "%" && !lower && target.base.value > 0 && compatibleUnits(target.base.unit, actual.base.unit) && Math.abs(actual.base.value / target.base.value - actual.explicitRatio) > 0.05) {
    actual = { ...actual, explicitRatio: undefined };
  }
  // Round ai: "改（新）建农村户厕10.09万户，完成年度任务的100.8%" for 10.5万户 — a share and the amount that disagree on whether
  // the target is met are of two bases: the share is of the document's own plan, the amount is in the target's unit and
  // decides (10.09 of 10.5 is not met; 4.22万个 of a target of 4万个 is met, whatever share of 5.3万个 it is).
  if (actual.explicitRatio !== undefined && actual.unit !== "%" && !lower && target.base.value > 0 && compatibleUnits(target.base.unit, actual.base.unit) && (actual.explicitRatio >= 1) !== (actual.base.value >= target.base.value)) {
    actual = { ...actual, explicitRatio: undefined };
  }
  // Round aq: under a ceiling ("死亡人数控制在32人以内"), "占全年控制指标的31.25%" is the share of the ceiling used, not a share
  // done: the amount in the target's unit decides; a share standing alone says nothing of which way it is met.
  // (A decline's share done, "完成减排任务的105.7%", is a share done: only a ceiling on an amount is meant.)
  if (actual.explicitRatio !== undefined && lower && target.kind !== "growth" && target.kind !== "pp" && target.base.value > 0) {
    if (actual.unit !== "%" && compatibleUnits(target.base.unit, actual.base.unit)) actual = { ...actual, explicitRatio: undefined };
    else return make("unknown", "yellow", null, null, false, `无法研判：进展数字「${actual.phrase}」是占上限的比例，不是完成比例（${targetText}）`);
  }
  const comparable = actual.explicitRatio !== undefined || compatibleUnits(target.base.unit, actual.base.unit) || sameLinearWorks(target, actual) || sameEntityCount(target, actual);
  if (!comparable) {
    return make("unknown", "yellow", null, null, false, `无法研判：进展数字「${actual.phrase}」的单位与目标不一致（${targetText}）`);
  }

  const t = target.base.value;
  const a = actual.base.value;
  // The actual in the target's unit (45.25亿 against a target written in 万元), for gaps written as an official would.
  const scale = target.value !== 0 && target.base.value !== 0 ? target.base.value / target.value : 1;
  let ratio: number | null;
  let met: boolean;
  let gap: number | null = null;
  if (actual.explicitRatio !== undefined) {
    ratio = actual.explicitRatio;
    met = ratio >= 1;
  } else {
    if (lower) met = target.cmp === "<" ? a < t : target.cmp === "~" ? a <= t + Math.abs(t) * tol : a <= t;
    else met = target.cmp === ">" ? a > t : target.cmp === "~" ? a >= t - Math.abs(t) * tol : a >= t;
    if (lower) {
      if (t > 0 && a > 0) ratio = t / a; // a ceiling kept: 45 ÷ 38
      else if (t < 0 && a < 0) ratio = a / t; // a decline: 1.2 of 2.5
      else ratio = t === 0 || a === 0 ? (met ? 1 : 0) : null; // rose where it should fall: no ratio to speak of
    } else if (t > 0) ratio = a >= 0 || !isRate(target) ? a / t : null; // fell where it should grow: no ratio
    else ratio = t === 0 ? (met ? 1 : 0) : null;
    if (!cumulative) gap = roundHalf(((lower ? t - a : a - t) / scale), 4);
  }
  if (ratio !== null) ratio = roundHalf(ratio, 4);
  const expected = cumulative ? roundHalf(expectedShare(asOf, start, deadline), 4) : 1;
  // A ratio to one's gap is a plain number ("高于上限0.11", not "0.11比1").
  const gapUnit = target.unit === "%" || target.unit === "个百分点" ? "个百分点" : target.unit === "比1" ? "" : target.unit;
  const actualText = `${actual.period ? actual.period : ""}实际${describeActualValue(actual, target)}`;
  // A share standing alone ("完成全年营收目标的30%") is said once, by the basis.
  const shareOnly = actual.explicitRatio !== undefined && actual.unit === "%" && !compatibleUnits(target.base.unit, actual.base.unit);
  const head = shareOnly ? targetText : `${targetText}，${actualText}`;
  const basis = judgementBasis(target, actual, { ratio, expected, gap, gapUnit, met, cumulative, lower, tol });
  const done = (reason: string) => make("done", "green", ratio, expected, true, reason, gap, gapUnit);

  // "用水总量控制在1.2亿立方米以内" against "1-9月用水总量1.1亿立方米": a year's total under a cap runs up month by month, so
  // a running total below the cap says little; at its pace the year would pass the cap.
  const pace = met && lower && !cumulative && actual.explicitRatio === undefined && asOf < deadline ? paceOverCap(target, actual, deadline) : null;
  if (pace !== null) {
    const projected = `${formatNumber(roundHalf(pace / scale, 2))}${target.unit}`;
    return make("behind", binding ? "red" : "yellow", ratio, expected, false, `进展滞后：${head}，按${actual.period}进度测算全年约${projected}，将超过上限${binding ? "（约束性指标）" : ""}`, gap, gapUnit);
  }
  if (met && (cumulative || actual.explicitRatio !== undefined || asOf >= deadline || (lower && ONE_OFF_CUT.test(target.phrase ?? "")))) return done(`已完成：${head}${basis ? "，" + basis : ""}`);
  if (daysLeft < 0) return make("overdue", "red", ratio, expected, met, `已逾期：已过完成时限 ${deadline} 仍未完成，${head}${basis ? "，" + basis : ""}`, gap, gapUnit);
  const soon = dueSoon ? `，距完成时限 ${daysLeft} 天（临近时限）` : "";
  if (met) return make("on-track", dueSoon ? "blue" : "green", ratio, expected, true, `序时推进：当前已达到目标，${head}${basis ? "，" + basis : ""}${soon}`, gap, gapUnit);
  let status: MetricStatus;
  let rag: Rag;
  if (cumulative || actual.explicitRatio !== undefined) {
    const progress = ratio === null ? 0 : expected > 0 ? ratio / expected : Infinity;
    status = progress >= th.yellow ? "on-track" : "behind";
    rag = status === "on-track" && dueSoon ? "blue" : progress < th.red ? "red" : progress < th.yellow ? "yellow" : "green";
  } else {
    // Compared directly (a rate, a share, a ceiling, a standing level): not met is behind, however close.
    status = "behind";
    rag = binding || ratio === null || ratio < th.red ? "red" : "yellow";
  }
  if (binding && rag === "green") rag = "yellow";
  return make(status, rag, ratio, expected, false, `${STATUS_LABELS[status]}：${head}${basis ? "，" + basis : ""}${binding && status === "behind" ? "（约束性指标）" : ""}${soon}`, gap, gapUnit);
}

/** A year's total a ceiling caps: water used, energy consumed, emissions, accidents and their victims. */
const CAPPED_FLOW = /总量|用水量|消费量|排放量|用量|起数|死亡人数|发生数/;
/** A running total to a month's end: 截至9月底, 截止9月末, 到9月底. */
const RUNNING_TO_MONTH_END = /^(?:截至|截止|到)(?:20\d\d年)?(\d{1,2})月(?:底|末)$/;
/** Not a total: a concentration, an intensity, a per-unit or per-head figure, a rate or an index. */
const NOT_A_TOTAL = /浓度|强度|单位|万元|每|人均|平均|均值|率|指数/;

/**
 * The year's total at the pace of a running total from January (1-9月 1.1亿 → 1.47亿), when that passes the cap of a
 * yearly total due at the year's end; else null. Linear: a season may differ, so only a pace over the cap is said, never
 * one under it taken as proof.
 */
function paceOverCap(target: Target, actual: Actual, deadline: IsoDate): number | null {
  const name = canonicalMetric(target.metric);
  if (!CAPPED_FLOW.test(name) || NOT_A_TOTAL.test(name) || target.unit === "%" || target.unit === "个百分点") return null;
  const period = actual.period ?? "";
  // "截至9月底" of a yearly flow is its running total from January, as 1-9月 is (hunt 15).
  const runningTo = RUNNING_TO_MONTH_END.exec(period);
  if ((!FROM_JANUARY.test(period) && !runningTo) || !deadline.endsWith("-12-31")) return null;
  const months = runningTo ? Number(runningTo[1]) : periodEndMonth(period);
  if (!months || months >= 12) return null;
  const projected = (actual.base.value * 12) / months;
  return projected > target.base.value ? projected : null;
}

/**
 * What the judgement rests on, as an official writes it: 完成28%（序时进度49.7%） for cumulative targets, 增速低于目标
 * 2.4个百分点 for rates, 降幅小于目标1.3个百分点 or 不降反升 for declines, 高于上限0.3个百分点 for ceilings.
 */
function judgementBasis(
  target: Target,
  actual: Actual,
  j: { ratio: number | null; expected: number; gap: number | null; gapUnit: string; met: boolean; cumulative: boolean; lower: boolean; tol: number },
): string {
  if (actual.explicitRatio !== undefined || j.cumulative) {
    // A share the text states is written as it stated it: 完成年度目标的30%.
    const done = actual.explicitRatio !== undefined ? `完成年度目标的${formatPercent(j.ratio)}` : `完成${formatPercent(j.ratio)}`;
    return j.cumulative ? `${done}（序时进度${formatPercent(j.expected)}）` : done;
  }
  if (j.gap === null) return "";
  const g = `${formatNumber(Math.abs(j.gap))}${j.gapUnit}`;
  if (j.gap === 0) return "";
  // "控制在5.5%左右" met by 5.6%: within the 左右 an official allows, so neither 上限 nor a shortfall is said.
  // Beyond the band on the good side ("涨幅控制在3%左右", 上涨0.4%) it is met as a ceiling or floor is, and said so.
  if (target.cmp === "~" && j.met && Math.abs(j.gap) <= Math.abs(target.value) * j.tol + 1e-9) {
    const above = j.lower ? j.gap < 0 : j.gap > 0;
    const word = isRate(target) && target.kind === "growth" ? "增速" : "";
    return `${word}${above ? "高于" : "低于"}目标${g}，在“左右”范围内`;
  }
  if (isRate(target)) {
    if (j.lower && target.value < 0) {
      if (actual.value > 0) return `不降反升，与目标相差${g}`;
      return j.gap < 0 ? `降幅小于目标${g}` : `降幅超过目标${g}`;
    }
    if (j.lower) return j.gap < 0 ? `高于上限${g}` : `低于上限${g}`;
    const word = target.kind === "pp" ? "" : "增速";
    return j.gap < 0 ? `${word}低于目标${g}` : `${word}高于目标${g}`;
  }
  if (j.lower) return j.gap < 0 ? `高于上限${g}` : `低于上限${g}`;
  if (j.ratio !== null && !j.met && j.gapUnit !== "个百分点") return `为目标的${formatPercent(j.ratio)}，差${g}`;
  return j.gap < 0 ? `低于目标${g}` : `高于目标${g}`;
}
