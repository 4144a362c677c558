/**
 * Round az (民生: 人社, 医保, 民政 progress): forms of the 人社局's, 医保局's and 民政局's reports.
 *
 * - An average standard said to *be* a level is measured, not a rate a scheme pays at: "城市低保平均标准为每人每月591元" is
 *   the level a task "城市低保平均标准提高到每人每月580元以上" asks for. A scheme's own rate ("按每人每月200元标准发放",
 *   "补助标准为每人每月160元") stays a standard (notActual.ts, perUnit): nobody pays an average.
 * - A standard per month is not one per year: "农村低保平均标准为每人每年4953元" never answers "达到每人每月450元" by its
 *   figure (4953 > 450 would be a green the figures do not bear out).
 */
import type { Actual, Target } from "./types";

/** "平均标准为(每人每月)", "人均标准达到": the average a report measures, right before its figure. */
const AVERAGE_STANDARD = /(?:平均|人均)(?:保障|补助|供养)?标准(?:为|是|达|达到)(?:每(?:人|户)?(?:每)?(?:月|年))?$|(?:平均|人均)(?:保障|补助|供养)?标准(?:每(?:人|户)?(?:每)?(?:月|年))$/;

/** Whether the clause before a figure in 元 names an average standard measured (a level), not a scheme's rate. */
export function measuredAverageStandard(clauseBefore: string): boolean {
  return AVERAGE_STANDARD.test(clauseBefore);
}

/** The time a standard is per, right before its figure: 每月 / 每人每月 → month, 每年 / 每人每年 → year. */
const PER_TIME = /每(?:人|户)?每?(月|年)(?:[^\d，。；;]{0,2})?\d[\d.]*[万]?元/;

function perTime(phrase: string | undefined): string | null {
  const m = PER_TIME.exec(phrase ?? "");
  return m ? m[1] : null;
}

/** A standard per month against one per year (or the other way): their figures do not compare. */
export function otherTimeBase(target: Target, actual: Actual): boolean {
  if (!/元$/.test(actual.unit) || !/元$/.test(target.unit ?? "")) return false;
  const t = perTime(target.phrase);
  const a = perTime(actual.phrase);
  return t !== null && a !== null && t !== a;
}

/**
 * Folded names (appended to metricName.ts's table). Social insurance dues are collected (征缴) under several words: 征收,
 * 收缴 and 征缴 of 保险费 or 社保费 are one thing ("共征收企业养老保险费2956万元" answers 征缴企业养老保险费3900万元). Only
 * before the dues: 征收土地, 征收房屋 stay themselves.
 */
export const SYNONYMS_AZ: [RegExp, string][] = [
  [/(?:征收|收缴)(?=[\u4e00-\u9fa5]{0,8}(?:保险费|社保费|保费))/g, "征缴"],
];

/** A name that is only one side of an account: 总支出, 支出, 总收入, 收入. */
const BARE_SIDE = /^(总)?(支出|收入)$/;
const OTHER_SIDE: Record<string, string> = { 支出: "收入", 收入: "支出" };

/**
 * "三项社会保险基金总收入2.65万亿元，同比增长19%；总支出2.15万亿元，同比增长18%": the other side of an account named just
 * before, in the same sentence (across "；" but not "。"), is that account's: 三项社会保险基金总支出. Only a bare side (总支出,
 * 支出): "财政支出" or "民生支出" keep their own names.
 */
export function otherSideOfAccount(text: string, actuals: Actual[]): void {
  for (let i = 1; i < actuals.length; i++) {
    const bare = BARE_SIDE.exec(actuals[i].metric ?? "");
    if (!bare) continue;
    const at = text.indexOf(actuals[i].phrase);
    for (let j = i - 1; j >= 0; j--) {
      const name = actuals[j].metric ?? "";
      const side = OTHER_SIDE[bare[2]];
      const k = name.lastIndexOf(side);
      if (k <= 0 || k + side.length !== name.length) continue;
      const from = text.indexOf(actuals[j].phrase);
      if (from < 0 || at < 0 || /[。！？]/.test(text.slice(from, at))) break;
      const head = name.slice(0, k).replace(/总$/, "");
      if (head.length < 2) break;
      actuals[i] = { ...actuals[i], metric: `${head}${bare[1] ?? ""}${bare[2]}` };
      break;
    }
  }
}

/**
 * "城镇新增就业752万人，同比多17万人": a clause that is only 同比多 (比上年少 …) before an amount says how much more or fewer than
 * a year before: a comparison, not an amount done. "同比多增17亿元" (a loan's 多增) and "同比增加17万人" keep their readings.
 */
const MORE_OR_FEWER_THAN_BEFORE = /^(?:同比|比上年(?:同期)?|较上年(?:同期)?|比去年(?:同期)?|较去年(?:同期)?)(?:多|少)$/;
export function differenceFromLastYear(clauseBefore: string, unit: string): boolean {
  return unit !== "%" && MORE_OR_FEWER_THAN_BEFORE.test(clauseBefore.trim());
}
