/**
 * Round u, second pass: a doubling against a base year ("财政总收入比2005年翻一番", "在2010年基础上翻一番") has no target
 * the parser can judge with the year's growth (parseTargets says so). A report that gives the figure as a multiple of
 * that same base ("为“十五”期末的3倍", "是2010年的2.1倍", "比2010年增长1.2倍") answers it: met when the multiple is at
 * least the one asked (翻一番 2, 翻两番 4, 翻三番 8). The multiple must be of the base year the task names (a plan's end
 * counts as its last year: “十五”期末 is 2005), in a sentence that names the task's metric, and not a forecast.
 */
import { foldText } from "../text/normalize";

/** "财政总收入比2005年翻一番": the metric, the base year, how many times. */
const TASK = /^(?:实现|力争|确保|推动)?([^，。；;\d]{2,20}?)(?:比|较|在)(\d{4})年(?:基础上)?(?:实现|力争)?翻([一两三])番/;
/** A base written as a five-year plan's end: “十五”期末 is 2005, “十一五”末 2010 … (the plan's number before 五). */
const PLAN_LAST: Record<string, number> = { 十: 2005, 十一: 2010, 十二: 2015, 十三: 2020, 十四: 2025 };
/** "为“十五”期末的3倍", "是2010年的2.1倍", "比2010年增长1.2倍" (the base and the multiple; an increase of k is k + 1 times). */
const MULTIPLE = /(为|是|相当于|比|较)(?:“|")?(?:(十[一二三四]?)五(?:”|")?(?:期末|末)(?:的?(\d{4})年)?|(?:“|")?十[一二三四五]?五(?:”|")?初的(\d{4})年|(\d{4})年(?:末|底)?)(?:的)?(?:(\d+(?:\.\d+)?)倍|增长(?:了)?(\d+(?:\.\d+)?)倍)/g;
const FORECAST = /预计|预期|有望|力争|争取|计划|目标|将/;

/** Whether the report states the task's metric as a multiple of its base year at least the one asked; null when it does not say. */
export function doublingMultiple(taskText: string, progressText: string): { met: boolean; report: string } | null {
  const task = TASK.exec(foldText(taskText ?? ""));
  if (!task) return null;
  const metric = task[1];
  const base = Number(task[2]);
  const need = task[3] === "一" ? 2 : task[3] === "两" ? 4 : 8;
  const text = foldText(progressText ?? "");
  MULTIPLE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MULTIPLE.exec(text)); ) {
    const year = m[2] !== undefined ? (m[3] ? Number(m[3]) : PLAN_LAST[m[2]]) : Number(m[4] ?? m[5]);
    if (year !== base) continue;
    const times = m[6] !== undefined ? Number(m[6]) : Number(m[7]) + 1;
    // Only 为/是 …的k倍 or 比…增长k倍: "比2010年3倍" is no sentence.
    if ((m[1] === "比" || m[1] === "较") === (m[6] !== undefined)) continue;
    const sentence = text.slice(Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("；", m.index)) + 1, m.index);
    if (!sentence.includes(metric) || FORECAST.test(sentence)) continue;
    return { met: times >= need, report: `${sentence.slice(sentence.lastIndexOf(metric))}${m[0]}` };
  }
  return null;
}
