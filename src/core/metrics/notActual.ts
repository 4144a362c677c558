/** Progress texts mix what was done with what is planned, compared or left: these words tell them apart. */

const EARLIER_PERIOD = /(较|比)(一季度|二季度|三季度|上季度|上月|上个月|年初|前期|去年底|\d{1,2}-\d{1,2}月|\d{1,2}月)[^，。；]{0,6}$/;
const REMAINING = /(其余|剩余|尚有|还有|仍有|未完成)[^，。；]{0,4}$/;
const COMPARISON = /((高于|低于|快于|慢于|高出|低出|领先|超出|超过|比全[市省国区县]|较全[市省国区县])[^，。；]{0,8}|序时进度?[^，。；]{0,4})$/;
const FORECAST = /(预计|预期|有望|计划|拟|将于|将在|将要|将(?=开业|建成|完成|新增|实现|投产|开工|达到)|届时|力争|目标为|规划)/g;
/** Words that end a forecast's reach within a sentence ("计划50名（目前已引进13人）"). */
const RESET = /(目前|截至|截止|已经|已|现有|实际|今年以来|上半年|\d+-\d+月)/g;
/** "完成全年营收目标的56.56%": group 1 names the metric. */
export const EXPLICIT = /完成(?:了)?(?:全年|年度|今年|本年)?(.{0,12}?)(?:目标|任务|计划)(?:任务)?(?:的|进度的)?$/;
const STOCK_WORDS = /(共统计|现有|总数|总量|在库|保有量|(?:全区|全市|全县|全镇)(?:已建成|共有|共))/;
const NEW_THIS_YEAR = /(新增|新建|新开|新签|今年|本年|年内)/;

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let idx = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) idx = m.index + m[0].length;
  return idx;
}

/** Why a figure of a progress text is not an actual (a forecast, a comparison, a restated target …), or null. */
export function notActualReason(sentenceBefore: string, clauseBefore: string): string | null {
  if (EARLIER_PERIOD.test(clauseBefore)) return "与前一时期的比较，不是本期实际值";
  if (REMAINING.test(clauseBefore)) return "剩余、未完成的数量，不是完成值";
  if (COMPARISON.test(clauseBefore)) return "与其他地区的比较，不是本指标的实际值";
  if (lastIndex(FORECAST, sentenceBefore) > lastIndex(RESET, sentenceBefore)) return "预计、计划的数字，不是实际完成值";
  if (/(任务|目标)/.test(clauseBefore) && !/完成/.test(clauseBefore)) return "复述的目标值，不是实际完成值";
  return null;
}

/** Whether a reported figure is a standing total (共统计, 现有, 全区已建成 …) rather than this year's addition. */
export function isStock(nearBefore: string, clauseBefore: string): boolean {
  return STOCK_WORDS.test(nearBefore) && !NEW_THIS_YEAR.test(clauseBefore);
}
