/**
 * Round u, second pass: a task to be finished in full (全部完成, 全面完成, 全部建成 …) reported at its deadline, or in its
 * last days, with a part the text says is still open ("仍有四方面内容有待推进", "尚有部分子项目正在收尾", "还有两个小区的
 * 管网待改造"): not all of it will be done in time, which is what a supervisor calls 进展滞后. Earlier in the period an
 * open part is the normal state of work, and a task that does not ask for all of it is not judged by it.
 */
import { foldText } from "../text/normalize";

/** A task that asks for all of it finished. */
const IN_FULL = /全部(?:完成|建成|完工|竣工|办结|落实|投用)|全面(?:完成|建成|落实)|(?:均|都)(?:要)?(?:完成|建成|完工)/;
/** Words that a part is still open: 仍有/尚有/还有 … 有待/待/未/正在/收尾. */
const STILL_OPEN = /(?:仍有|尚有|还有|仍然有|另有)([^，。；;,]{0,14}?)(?:有待|尚待|待|未|正在|在建|收尾)|(?:余下|剩下|剩余)(?:的)?(?:\d+|[一两二三四五六七八九十])(?:项|个|件|处)([^，。；;,]{0,14}?)(?:仍在|正在|在建|施工中|未完成|未完工|有待)/;

/** The words that say a part is open, when the task asks for all of it and the deadline is at hand; else null. */
export function openAtDeadline(taskText: string, progressText: string, dueSoon: boolean): string | null {
  if (!dueSoon) return null;
  const task = foldText(taskText ?? "");
  // Round w: a task to start all of its works ("90个重点项目4月底前全部开复工") is open only by works not started.
  if (START_IN_FULL.test(task) && !IN_FULL.test(task)) return NOT_STARTED_LEFT.exec(foldText(progressText ?? ""))?.[0] ?? null;
  if (!IN_FULL.test(task)) return null;
  const m = STILL_OPEN.exec(foldText(progressText ?? ""));
  return m ? m[0] : null;
}

/** A task that asks for all of its works started. */
const START_IN_FULL = /全部(?:实现)?(?:开工|开复工|复工|动工)|(?:均|都)(?:要)?(?:开工|开复工)/;
/** Works of it said not yet started: "还有21个重点项目未开工或复工". */
const NOT_STARTED_LEFT = /(?:仍有|尚有|还有|另有)[^，。；;,]{0,14}?(?:尚未|仍未|未能|未)(?:开工|开复工|复工|动工)/;

/**
 * Round v: some of the task's items said to have missed a goal of their schedule ("8项未完成年初确定的季度目标", "3项未达到序时
 * 进度") in a bulletin on a task to finish all of them: the task is behind, whatever the date. The words, or null.
 */
const MISSED_SCHEDULE = /(?:\d+|[一两二三四五六七八九十])(?:项|个|件)[^，。；;,\d]{0,6}?未(?:能)?(?:完成|达到)[^，。；;,\d]{0,10}?(?:季度|阶段|节点|序时|月度|半年)(?:的)?(?:目标|任务|进度)/;

export function missedSchedule(taskText: string, progressText: string): string | null {
  if (!IN_FULL.test(foldText(taskText ?? ""))) return null;
  return MISSED_SCHEDULE.exec(foldText(progressText ?? ""))?.[0] ?? null;
}
