import { foldText } from "../text/normalize";

/** What a 完成状态 cell means. */
export type StatusKind = "done" | "onTrack" | "lagging" | "notStarted";

const STATUS_WORDS: Record<StatusKind, string[]> = {
  done: ["已完成", "完成", "全面完成", "已办结", "办结"],
  onTrack: ["序时推进", "正常推进", "按序时推进", "推进中", "正常", "按计划推进", "有序推进"],
  // Hunt 21: the departments' own words for a lag behind the schedule (欠进度, 慢序时, 滞后序时, 未达序时进度) are a lag.
  lagging: ["进展滞后", "滞后", "未完成", "推进缓慢", "欠进度", "慢序时", "滞后序时", "滞后于序时", "滞后序时进度", "慢于序时", "低于序时", "低于序时进度", "未达序时", "未达序时进度", "未达到序时进度"],
  notStarted: ["未启动", "未开始", "尚未启动", "暂未启动", "尚未开工", "未开工"],
};

/** The status a cell names, or null when it is not one of the accepted words. */
const kindMemo = new Map<string, StatusKind | null>();

export function statusKind(raw: string): StatusKind | null {
  // Called for every row; a sheet holds a few distinct spellings, so remember them (bounded for safety).
  const known = kindMemo.get(raw);
  if (known !== undefined) return known;
  const kind = statusKindOf(raw);
  if (kindMemo.size > 10000) kindMemo.clear();
  kindMemo.set(raw, kind);
  return kind;
}

function statusKindOf(raw: string): StatusKind | null {
  const t = foldText(raw);
  for (const kind of Object.keys(STATUS_WORDS) as StatusKind[]) if (STATUS_WORDS[kind].includes(t)) return kind;
  return null;
}

/** Words that say the work is still under way. */
export const ONGOING = /正在|推进中|计划|预计|尚未|拟于|拟将|将于/;

// Done from wording (no 完成状态 given) is judged by src/core/judge/wholeTaskDone: only the whole task, conservatively.
