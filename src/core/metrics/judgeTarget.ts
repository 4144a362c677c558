import { IsoDate, daysBetween, isoFromParts } from "../text/dates";
import { Actual, JudgeOptions, Judgement, MetricStatus, Rag, Target } from "./types";
import { DEFAULT_THRESHOLDS } from "./thresholds";
import { compatibleUnits } from "./units";

export const STATUS_LABELS: Record<MetricStatus, string> = {
  done: "已完成",
  "on-track": "序时推进",
  behind: "进展滞后",
  overdue: "已逾期",
  "no-data": "未报送",
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
export function isCumulative(target: Target): boolean {
  if (target.cumulative !== undefined) return target.cumulative;
  if (target.kind === "count") return true;
  if (target.kind !== "level") return false;
  return target.unit !== "%" && !/率|占比|比例|比重|余额|总量|在库|浓度/.test(target.metric);
}

const LOWER_IS_BETTER = new Set(["<=", "<"]);

function fmt(n: number): string {
  return String(Number(n.toFixed(4)));
}
function pct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}
const CMP_WORDS: Record<string, string> = { ">=": "不低于", ">": "超过", "<=": "不超过", "<": "低于", "~": "约", "=": "达到" };

/**
 * Judge one target against its matched actual at the as-of date. Cumulative targets compare actual ÷ target with
 * 序时进度; rates and levels compare the value itself ("at most" targets are met when the actual is lower).
 * Thresholds (fractions of 序时进度) give red/yellow/green; not done and due within dueSoonDays gives blue.
 */
export function judgeTarget(target: Target, actual: Actual | null, options: JudgeOptions): Judgement {
  const th = { ...DEFAULT_THRESHOLDS, ...(options.thresholds ?? {}) };
  const asOf = options.asOf;
  const y = yearOf(asOf);
  const deadline = options.deadline ?? target.deadline ?? (isoFromParts(y, 12, 31) as IsoDate);
  const start = options.start ?? (isoFromParts(y, 1, 1) as IsoDate);
  const daysLeft = daysBetween(asOf, deadline);
  const tol = options.aboutTolerance ?? 0.05;
  const cumulative = isCumulative(target);
  const targetText = `${target.metric}${CMP_WORDS[target.cmp] ?? ""}${fmt(target.value)}${target.unit}`;
  const make = (status: MetricStatus, rag: Rag, ratio: number | null, expected: number | null, met: boolean, reason: string): Judgement => ({
    status, label: STATUS_LABELS[status], rag, ragLabel: RAG_LABELS[rag], ratio, expected, dueSoon: rag === "blue", met, daysLeft, target, actual, reason,
  });
  const dueSoon = daysLeft >= 0 && daysLeft <= th.dueSoonDays;

  const comparable = actual && (actual.explicitRatio !== undefined || compatibleUnits(target.base.unit, actual.base.unit));
  if (!actual || !comparable) {
    const why = actual ? `进展数字「${actual.phrase}」的单位与目标不一致` : "进展中没有该指标的数字";
    if (daysLeft < 0) return make("overdue", "red", null, null, false, `${why}，已过完成时限 ${deadline}（目标：${targetText}）`);
    return make("no-data", dueSoon ? "blue" : "yellow", null, null, false, `${why}（目标：${targetText}）`);
  }

  const t = target.base.value;
  const a = actual.base.value;
  let ratio: number;
  let met: boolean;
  if (actual.explicitRatio !== undefined) {
    ratio = actual.explicitRatio;
    met = ratio >= 1;
  } else if (LOWER_IS_BETTER.has(target.cmp)) {
    met = target.cmp === "<" ? a < t : a <= t;
    if (t > 0 && a > 0) ratio = t / a;
    else if (t < 0 && a < 0) ratio = a / t;
    else ratio = met ? 1 : 0;
  } else {
    met = target.cmp === ">" ? a > t : target.cmp === "~" ? a >= t - Math.abs(t) * tol : a >= t;
    ratio = t !== 0 ? a / t : met ? 1 : 0;
  }
  ratio = Number(ratio.toFixed(4));
  const expected = cumulative ? Number(expectedShare(asOf, start, deadline).toFixed(4)) : 1;
  const actualText = `${actual.period ? actual.period : ""}${fmt(actual.value)}${actual.unit}`;

  if (met && (cumulative || actual.explicitRatio !== undefined || asOf >= deadline))
    return make("done", "green", ratio, expected, true, `已达到目标：实际 ${actualText}，目标 ${targetText}`);
  if (daysLeft < 0) return make("overdue", "red", ratio, expected, met, `已过完成时限 ${deadline} 仍未完成：实际 ${actualText}，目标 ${targetText}`);
  if (met) return make("on-track", dueSoon ? "blue" : "green", ratio, expected, true, `当前值已达到目标：实际 ${actualText}，目标 ${targetText}`);
  const progress = expected > 0 ? ratio / expected : Infinity;
  const status: MetricStatus = progress >= th.yellow ? "on-track" : "behind";
  const rag: Rag = dueSoon ? "blue" : progress < th.red ? "red" : progress < th.yellow ? "yellow" : "green";
  const basis = cumulative
    ? `完成 ${pct(ratio)}，序时进度 ${pct(expected)}`
    : `实际值为目标的 ${pct(ratio)}${LOWER_IS_BETTER.has(target.cmp) ? "（越低越好）" : ""}`;
  return make(status, rag, ratio, expected, false, `${STATUS_LABELS[status]}：实际 ${actualText}，目标 ${targetText}，${basis}${dueSoon ? `，距完成时限 ${daysLeft} 天（临近时限）` : ""}`);
}
