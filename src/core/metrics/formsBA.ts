/**
 * Round ba (统计月报 / 经济运行分析 read against the year's targets): forms of the statistics bureaus' monthly and quarterly
 * reports.
 *
 * - The tax share has a short name: "税收占比92.02%" is the 税收收入占(地方)一般公共预算收入比重 a target names in full.
 * - A month's own figure written without its name ("居民消费价格同比上涨1.3%；11月当月上涨1.8%，环比上涨0.1%") is the
 *   figure of the thing named before it in the sentence (not of a part after 其中); a month-on-month (环比) figure is its own
 *   measure, never the year's growth.
 * - A part of a change against last year is a change too: "在建项目较上年同期增加198个，其中亿元以上项目增加174个" counts no
 *   projects done, only how many more there are than a year before.
 * - The pace of a plan against last year's pace ("完成年度目标任务的50.7%，进度比去年同期快1.1个百分点") is a comparison.
 * - A target on a several-year average ("规上工业增加值两年平均增长8%") is not answered by the year's own growth.
 */
import type { Actual, Target } from "./types";

/** Folded names (appended to metricName.ts's table): the tax share written short or in full. */
export const SYNONYMS_BA: [RegExp, string][] = [
  [/税收(?:收入)?占(?:地方)?(?:一般公共预算收入|一般预算收入|公共财政预算收入|财政收入)的?(?:比重|比例)|税收占比/g, "税收占比"],
];

/** A name that is only the reach of the figure (当月, 本月, 环比, 同比): no thing is named. */
const REACH_ONLY = /^(?:\d{1,2}月)?(?:当月|本月|当季|单月)?(?:同比|环比)?$/;
const PART_HEAD = /其中/;

/**
 * "1~11月居民消费价格同比上涨1.3%，其中教育类上涨6.0%；11月当月上涨1.8%，环比上涨0.1%": a figure whose name is only its
 * reach takes the name of the nearest figure before it in the sentence that is not a part (其中…); a 环比 figure keeps 环比 in
 * its name, so it never answers a growth over the year before.
 */
export function nameMonthFigures(text: string, actuals: Actual[]): void {
  // Most texts have no such figure: nothing is searched for them.
  if (!actuals.some((a, i) => i > 0 && a.unit === "%" && !!a.metric && REACH_ONLY.test(a.metric))) return;
  // Where each figure starts, and where its sentence starts (one pass over the text).
  const starts: number[] = [];
  const sentence: number[] = [];
  let at = 0;
  let scanned = 0;
  let stop = -1;
  for (const a of actuals) {
    const i = text.indexOf(a.phrase, at);
    if (i >= 0) {
      for (; scanned < i; scanned++) if (text[scanned] === "。") stop = scanned;
      at = i;
    }
    starts.push(i);
    sentence.push(i >= 0 ? stop : -2);
  }
  for (let i = 1; i < actuals.length; i++) {
    const a = actuals[i];
    const name = a.metric ?? "";
    if (!name || !REACH_ONLY.test(name) || a.unit !== "%" || starts[i] < 0) continue;
    // The nearest figures before it only, in its own sentence.
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      const prev = actuals[j];
      if (starts[j] < 0 || sentence[j] !== sentence[i]) break;
      if (!prev.metric || REACH_ONLY.test(prev.metric) || PART_HEAD.test(prev.phrase) || prev.unit !== "%") continue;
      const base = prev.metric.replace(/环比$/, "");
      actuals[i] = { ...a, metric: /环比/.test(name) || /环比/.test(a.phrase) ? `${base}环比` : base };
      break;
    }
  }
}

/** "较上年同期增加198个，其中亿元以上项目增加174个": the part after 其中 carries on the change against last year. */
const PART_OF_CHANGE = /(?:较|比)(?:上年|去年)(?:同期)?(?:增加|减少|多|少)\d+(?:\.\d+)?[^，,。；;\d]{0,3}[，,]其中[^，,。；;]{0,16}?(?:增加|减少|多|少)了?$/;
/** "进度比去年同期快1.1个百分点": a plan's pace against last year's. */
const PACE_AGAINST_LAST_YEAR = /进度(?:比|较)(?:去年|上年)同期(?:快|慢|加快|放缓|提高|降低|高|低|超前|落后)了?$/;

/** Whether a figure is a change against last year (a part of one, or the pace of a plan against last year's). */
export function changeAgainstLastYear(sentenceBefore: string, clauseBefore: string, unit: string): boolean {
  if (unit === "个百分点" && PACE_AGAINST_LAST_YEAR.test(clauseBefore)) return true;
  return unit !== "%" && unit !== "个百分点" && PART_OF_CHANGE.test(sentenceBefore);
}

/** An average over several years named with its number ("两年平均", "三年平均"). */
const SEVERAL_YEARS = /(?:两|二|三|[23])年(?:平均|年均)/;

/** A target on a several-year average answered by a figure that is not one (the year's own growth), or the other way. */
export function severalYearAverage(target: Target, actual: Actual): boolean {
  return SEVERAL_YEARS.test(`${target.metric ?? ""}${target.phrase ?? ""}`) !== SEVERAL_YEARS.test(`${actual.metric ?? ""}${actual.phrase ?? ""}`);
}
