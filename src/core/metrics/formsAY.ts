/**
 * Round ay (科技创新 and 工业和信息化 progress): forms of the 科技局's and 工信局's reports.
 *
 * - Entering the 规上 statistics has many words (入规, 上规, 进规, 纳统, 上规纳统): "新增上规纳统企业1家" answers 新入规工业
 *   企业19家. 小升规 (a small firm grown into 规上) stays itself: it is one road in. 高企 is 高新技术企业, and 专精特新
 *   “小巨人” the 国家级 专精特新 firms ("新增国家级专精特新企业15家" answers 新增专精特新“小巨人”企业20家).
 * - A tax is no output: "工业增值税增长67.7%" never answers 规上工业增加值 (the words share 增, 值 and 工业).
 * - A bare share of the economy after an amount is that amount's share: "R&D经费支出89.36亿元，占GDP的1.73%" gives 1.73% to
 *   R&D经费支出占GDP比重, which is the 研发经费投入强度 (metricName.ts folds it).
 */
import type { Actual, Target } from "./types";

/** Folded names (appended to metricName.ts's table). */
export const SYNONYMS_AY: [RegExp, string][] = [
  [/(?:新)?(?:上规纳统|入规纳统|进规纳统|入规|上规|进规)|纳统(?=企业|工业企业)/g, "入规"],
  // 高企 is the 科技局's short word for 高新技术企业; the national grade of 专精特新 firms is the “小巨人”.
  [/高企/g, "高新技术企业"],
  [/(?:国家级)?专精特新[“"]?小巨人[”"]?/g, "国家级专精特新"],
];

/** A tax as the thing named (工业增值税, 税收收入, 入库税额), not a tax in a qualifier (剔除留抵退税因素). */
const TAX = /税(?:收(?:收入)?|额|款)?$/;

/** A tax on one side only: 工业增值税 is not 工业增加值, 税收收入 not 营业收入. */
export function taxForOutput(target: Target, actual: Actual): boolean {
  return !!actual.metric && TAX.test(actual.metric) !== TAX.test(target.metric ?? "");
}

/** A share of the economy written bare: 占GDP的, 占地区生产总值(的)(比重). */
const BARE_SHARE_OF_ECONOMY = /^占(?:GDP|地区生产总值|生产总值)的?(?:比重|比例)?$/i;
/** An amount whose share it is, in the clause before (after "，" only, never across "；" or "。"). */
const AMOUNT_UNIT = /元$/;

/**
 * "全社会R&D经费支出89.36亿元，占GDP的1.73%": the share names no thing; it is the share of the amount just before it, in the
 * same sentence and clause. Only a share of the economy (GDP) is renamed: 占全省的, 占总量的 compare places or parts.
 */
export function nameSharesOfEconomy(text: string, actuals: Actual[]): void {
  for (let i = 1; i < actuals.length; i++) {
    const a = actuals[i];
    if (a.unit !== "%" || !BARE_SHARE_OF_ECONOMY.test(a.metric ?? "")) continue;
    const prev = actuals[i - 1];
    if (!prev.metric || !AMOUNT_UNIT.test(prev.unit)) continue;
    const from = text.indexOf(prev.phrase);
    const to = text.indexOf(a.phrase, from < 0 ? 0 : from);
    if (from < 0 || to < 0 || /[；;。]/.test(text.slice(from + prev.phrase.length, to))) continue;
    actuals[i] = { ...a, metric: `${prev.metric}占地区生产总值比重` };
  }
}

/**
 * Firms in a pool of candidates are not firms anything was done for yet: "入库培育企业3家", "初步筛出具备条件的企业2家",
 * "储备库企业12家" count the pool. (Firms recommended or applying, "推荐申报省级专精特新企业26家", are a count of applications:
 * they answer a task that counts them, and roundI's rules keep them from answering 认定.)
 */
const CANDIDATE_POOL = /(?:筛选出?|筛出|入库培育|培育库|储备库)[^，,。；;\d]{0,14}$/;

/** Whether the clause before a count of firms says they are only a pool of candidates. */
export function candidatesForRecognition(clauseBefore: string, unit: string): boolean {
  return unit === "家" && CANDIDATE_POOL.test(clauseBefore);
}

/**
 * "完成年任务（40.2亿元）的32.5%", "为年度任务（111.3亿元）的38.7%": the task's figure written in brackets inside the share is
 * read as if unbracketed ("为年任务40.2亿元的32.5%"), so the share is a completion ratio and the bracketed figure the task
 * restated. (Phrases then quote the text unbracketed; the judge finds a figure by its value and unit too.)
 */
const TASK_IN_BRACKETS = /(任务|目标|计划)[（(](\d+(?:\.\d+)?[万亿]?[^\d（()）%，,。；;]{0,3})[）)](?=的\d)/g;
export function unbracketTaskFigure(s: string): string {
  return s.indexOf("任务") < 0 && s.indexOf("目标") < 0 && s.indexOf("计划") < 0 ? s : s.replace(TASK_IN_BRACKETS, "$1$2");
}

/**
 * "市里今年下达的新入规建库企业为19家、小升规16家": what was handed down, said to *be* a figure, is the task restated (the
 * things handed down and then what became of them, "下达的12个项目已全部开工", are a report: a word of doing keeps them).
 */
const HANDED_DOWN_AS = /下达(?:我[市县区])?的[^，,。；;\d]{0,16}?(?:为|是)\d/;
const HANDED_DOWN_AS_LAST = /下达(?:我[市县区])?的[^，,。；;\d]{0,16}?(?:为|是)$/;
const REPORT_WORD = /已|完成|累计|实际|目前|截[至止]|到位|拨付/;
export function handedDownAs(clauseBefore: string): boolean {
  return (HANDED_DOWN_AS_LAST.test(clauseBefore) || (HANDED_DOWN_AS.test(clauseBefore) && /、[^，,。；;\d]{0,8}$/.test(clauseBefore))) && !REPORT_WORD.test(clauseBefore);
}
