/**
 * Round bb (公共服务 — 教育, 卫生健康, 文化体育: progress, targets and deadlines): forms of the education, health and sports
 * bureaus' reports and plans.
 *
 * - A figure per head ("每千人拥有社会体育指导员2.28名", "每千人口执业（助理）医师3.4人", "人均体育场地面积2.6平方米") is a level
 *   standing at a date, compared as it stands: never a count of new things judged against 序时进度.
 * - A share of a whole written after a count of the part ("超大班额1.87万个，占总班数的0.5%") is the part's share: 超大班额比例,
 *   as a target names it, not a figure named only "占总班数".
 * - A task to do away with something (消除大班额, 清零) is not answered by a completion ratio of a count reduced ("实际减少129个，
 *   完成率119.44%"): how many are left is not told.
 * - A task over a named plan period ("“十四五”期间新增公办学位3万个") is answered by a figure over the same period ("“十四五”期间
 *   …新增公办学位3.22万个", "五年来新建学校11所" for the 十三五 read after it): see sameNamedPeriod, used by judge/weakEvidence.ts.
 */
import type { Actual, Target } from "./types";

/** A name that counts per head of the population: 每千人(口), 每万人, 每百人, 千人, 万人 (before a noun), 人均. */
const PER_HEAD = /^(?:(?:全市|全县|全区|全省|全国)?(?:常住)?(?:人口)?(?:每(?:十万|百|千|万)(?:常住)?人口?|千人|万人(?!次))|人均)/;

/** Whether a name is of a figure per head (a level). */
function perHead(metric: string | undefined): boolean {
  return !!metric && PER_HEAD.test(metric) && !/新增|增加|新建|培养|培训/.test(metric);
}

/** "每千人拥有社会体育指导员2.5名": a figure per head is a level, in a target as in a report. */
export function perHeadTargets(targets: Target[]): void {
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t.kind === "count" && perHead(t.metric)) targets[i] = { ...t, kind: "level", cumulative: false };
  }
}

export function perHeadActuals(actuals: Actual[]): void {
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    if (a.kind === "count" && a.explicitRatio === undefined && perHead(a.metric)) actuals[i] = { ...a, kind: "level" };
  }
}

/** A name that is only the whole a share is of: 占总班数, 占总班数的, 占全部学校. */
const SHARE_OF_WHOLE_ONLY = /^占(?:总|全部)[\u4e00-\u9fa5]{1,6}?的?$/;
/** Place and scope words that head a name and are not the thing. */
const SCOPE_HEAD = /^(?:全国|全省|全市|全县|全区|全镇)?(?:义务教育阶段|义务教育)?/;

/**
 * "大班额26.5万个，占总班数的7.06%；超大班额1.87万个，占总班数的0.5%": a share named only by its whole takes the name of the
 * count just before it, with 比例 (大班额比例, 超大班额比例). Only the figure right before it, in the same clause run, and
 * only when that figure is a count with a name.
 */
export function nameSharesOfWhole(text: string, actuals: Actual[]): void {
  for (let i = 1; i < actuals.length; i++) {
    const a = actuals[i];
    if (a.unit !== "%" || !a.metric || !SHARE_OF_WHOLE_ONLY.test(a.metric)) continue;
    const prev = actuals[i - 1];
    if (!prev.metric || prev.unit === "%" || prev.explicitRatio !== undefined) continue;
    // The two figures are next to each other: nothing but the share's own words between them.
    const at = text.indexOf(prev.phrase);
    const here = at >= 0 ? text.indexOf(a.phrase, at + prev.phrase.length) : -1;
    if (here < 0 || /[。；;]/.test(text.slice(at + prev.phrase.length, here))) continue;
    const thing = prev.metric.replace(SCOPE_HEAD, "") || prev.metric;
    actuals[i] = { ...a, metric: `${thing}比例`, kind: "level" };
  }
}

/** A task to do away with something: 消除, 清零, 归零, 杜绝, 零发生. */
export function doesAwayWith(task: string): boolean {
  return /消除|清零|归零|杜绝|零发生|零容忍/.test(task);
}

const PLAN_PERIOD = /十([一二三四五六])五[”"]?(?:期间|时期|规划期)/;
const FIVE_YEARS = /(?:过去|近)?五年(?:来|以来|间|中)/;

/**
 * Whether a task over a named five-year plan ("“十四五”期间新增…") and the words heading a figure name the same span:
 * the same plan (“十四五”期间, “十四五”以来, “十四五”时期) or five years (五年来, 过去五年). Another plan, or fewer years
 * (三年来), is not the same span; a task without a plan period never is.
 */
export function sameNamedPeriod(task: string, lead: string): boolean {
  const plan = PLAN_PERIOD.exec(task);
  if (!plan) return false;
  const same = new RegExp(`十${plan[1]}五[”"]?(?:期间|以来|时期|来|规划期)`);
  if (same.test(lead)) return true;
  if (/十[一二三四五六]五/.test(lead)) return false;
  return FIVE_YEARS.test(lead) && !/[两二三四六七八九十]年(?:来|以来|间)/.test(lead);
}

/** A task whose last act is putting the thing to use: 投入使用, 投用, 交付使用, 启用, 开园, 开诊. */
const ASKS_IN_USE = /投入使用|投用|交付使用|启用|开园|开诊/;
/**
 * "菜市园区已于9月1日正式投入使用": the subject, then 已 (a day it was done may follow), then the use itself. Only 已 opens it:
 * "计划年底投用", "即将投用" and "待投用" are not reports of use.
 */
const PUT_TO_USE = /([^，,。；;：:]{2,24}?)(?:已经?|现已|均已)(?:于(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日|份|底|末|初|上旬|中旬|下旬)?)?(?:正式|全面)?(?:投入使用|投用|交付使用|启用|开园|开诊)(?=$|[，,。；;！!])/g;

/**
 * Round bb: the subjects a report says were put to use ("路南区三幼菜市园区已于9月1日正式投入使用"), for a task whose own last
 * act is that use ("…秋季开学前投入使用"). Nothing for a task that asks another act (建成, 开工) or none.
 */
export function subjectsPutToUse(text: string, task: string): string[] {
  if (!ASKS_IN_USE.test(task)) return [];
  const out: string[] = [];
  PUT_TO_USE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PUT_TO_USE.exec(text)); ) out.push(m[1]);
  return out;
}

/**
 * Round bb: a figure headed by the as-of date's own year ("截至2023年底，人均体育场地面积2.89平方米", read on 31 December 2023)
 * for a target due in a later year ("到2025年…达到2.6平方米"): a level standing now, the latest reading. A count (the year's
 * new things) is not the span's count; a year before the as-of date's is an older reading.
 */
export function levelStandingNow(a: Actual, written: number, targetYear: number, asOfYear: number): boolean {
  return a.kind === "level" && a.explicitRatio === undefined && written === asOfYear && asOfYear < targetYear;
}

/**
 * Round bb: "超大班额比例" is not answered by "大班额比例": a name narrowed by 超大 or 特大 (the 66-person classes among the
 * 56-person ones) is a part of the broader thing, and the broader figure is not the part's. Either way round.
 */
export function narrowedBySize(target: Target, actual: Actual): boolean {
  const t = target.metric ?? "";
  const a = actual.metric ?? "";
  const size = /超大|特大/;
  return size.test(t) !== size.test(a) && (t.replace(size, "").includes(a.replace(size, "")) || a.replace(size, "").includes(t.replace(size, "")));
}
