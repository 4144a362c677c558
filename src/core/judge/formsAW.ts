/**
 * Round aw (文化旅游, 商务 and 市场监管 progress): forms of these bureaus' reports the older rules misread.
 */
import { foldText } from "../text/normalize";
import { Actual, Judgement, Target, metricSimilarity, parseActuals } from "../metrics";
import { compatibleUnits } from "../metrics/units";

/**
 * Words of work still going on or left undone, which a year's review may say of a target (then it is late, not untold). 待 alone is such a word
 * (待验收, 有待), but not inside the words where it means to receive or to treat (接待游客, 招待, 对待, 期待, 待遇): a
 * tourism report's "接待游客8.48亿人次" says nothing of work left.
 */
const LEFT_UNDONE = /正在|推进中|进行中|实施中|建设中|施工中|尚未|仍未|未完成|未达到|未能|没有完成|滞后|缓慢|未开工|待|下一步|继续推进|加快推进/;
const DAI_NOT_WAITING = /接待|招待|款待|优待|对待|看待|期待|待遇|虐待|善待/g;

export function saysWorkLeft(text: string): boolean {
  return LEFT_UNDONE.test(foldText(text).replace(DAI_NOT_WAITING, ""));
}

/**
 * A year that starts a change ("商标注册量由2015年的1.5万件增至4.6万件", "从2021年的497家增加到689家"): the figures after it
 * are where the change ended, not that year's, so the year heads none of them. `at`: where the year's digits begin.
 */
export function startOfChange(text: string, at: number): boolean {
  return /(?:由|从)$/.test(text.slice(Math.max(0, at - 1), at)) && /^20\d\d年的/.test(text.slice(at));
}

/**
 * Classes of visitors and of patents that a tourism or market-regulation total holds only a part of: 过夜游客 and 入境游客
 * (境外, 海外) among all 游客, 高价值发明专利 among all 发明专利. A figure whose own clause does not name the class counts the
 * whole, at most an upper bound of the part, so it answers no target of the part.
 */
const NARROWER_CLASS = /过夜|入境|境外|海外|高价值/;

/** The class the target names that the figure's own clause leaves out, or null. */
export function classLeftOut(asked: string, clause: string): string | null {
  const m = NARROWER_CLASS.exec(asked);
  return m && !clause.includes(m[0]) ? m[0] : null;
}

/**
 * A count of new things whose own figures a review gives only as standing totals ("全市共有乡村旅游市场主体558家" for 新增
 * 乡村旅游市场主体500家): how many were added is not told, which is no proof the target was missed (as amountsOnly says of a
 * growth given only as an amount).
 */
export function stockOnly(target: Target, text: string): boolean {
  if (target.kind !== "count") return false;
  const own = parseActuals(text).actuals.filter((a) => metricSimilarity(target.metric, a.metric) >= 0.8);
  return own.length > 0 && own.every((a) => a.kind === "level" && a.explicitRatio === undefined && holdsTarget(target, a));
}

/**
 * A total at least the target: it may hold the year's new ones in full. One under the target cannot ("共有2000户" for 新增
 * 3000户: at most 2000 were added), so that one still tells a miss.
 */
function holdsTarget(target: Target, a: Actual): boolean {
  return compatibleUnits(target.base.unit, a.base.unit) && a.base.value >= target.base.value;
}

/**
 * A judgement left 无法研判 because its figure may be a standing total (WEAK_STOCK, WEAK_NO_ACT: "全县实有市场主体2.6万户" for
 * 新增市场主体3000户) that is at least the target: read after the deadline it is no proof of a miss either.
 */
export function stockMayHoldTarget(j: Judgement): boolean {
  return (j.code === "WEAK_STOCK" || j.code === "WEAK_NO_ACT") && j.actual !== null && j.actual !== undefined && holdsTarget(j.target, j.actual);
}
