import { ProgressRow, ReportPeriod, Task } from "../model";
import { ValidationContext } from "../validate/context";
import { JudgedTask, judgeCatalogueTask } from "../validate/trackMetrics";
import { Verdict, VerdictSource } from "../judge";
import { currentPeriod } from "../settings/periods";

/** Each task falls in exactly one category, so the counts of a roll-up add up to the tasks assigned. */
export type TaskCategory = "done" | "onTrack" | "lagging" | "overdue" | "unjudged" | "notReported";

export const CATEGORY_LABEL: Record<TaskCategory, string> = {
  done: "已完成",
  onTrack: "序时推进",
  lagging: "进展滞后",
  overdue: "已逾期",
  unjudged: "待研判",
  notReported: "未报送",
};

/**
 * Where a task's status came from: 填报状态 (the 完成状态 typed), 指标 (the judged figures), 文字 (the wording of
 * the text), 时限 (the deadline passed), or nothing (no report).
 */
type StatusSource = VerdictSource;

export interface TaskState {
  task: Task;
  category: TaskCategory;
  /** Whether a responsible unit reported for the current period (or at all, before the first due date). */
  reported: boolean;
  latest: ProgressRow | null;
  source: StatusSource;
  deadline: string;
  /** The one judge's verdict on the task (the same as `duban judge` and =DUBAN.STATUS give for its texts). */
  verdict: Verdict;
}

/**
 * The roll-up's category of a verdict. A task without a report for the current period is 未报送 unless it is done
 * or overdue. A report that gives nothing to judge by (未反映该指标, 无法研判) is 待研判: reported, neither green nor
 * lagging — counting it 序时推进 would show green what nobody has judged, and a supervisor reads those texts.
 */
function categoryOf(verdict: Verdict, reported: boolean): { category: TaskCategory; source: StatusSource } {
  switch (verdict.status) {
    case "done":
      return { category: "done", source: verdict.source };
    case "overdue":
      return { category: "overdue", source: verdict.source };
    default:
      if (!reported) return { category: "notReported", source: verdict.source === "none" ? "none" : verdict.source };
      if (verdict.status === "behind") return { category: "lagging", source: verdict.source };
      if (verdict.status === "not-mentioned" || verdict.status === "unknown") return { category: "unjudged", source: "text" };
      return { category: "onTrack", source: verdict.source };
  }
}

export function computeTaskStates(ctx: ValidationContext, rowsByTask: Map<string, ProgressRow[]>, judged?: Map<string, JudgedTask>): Map<string, TaskState> {
  const period: ReportPeriod | null = currentPeriod(ctx.settings.periods.filter((p) => p.due <= ctx.settings.asOf), ctx.settings.asOf);
  const states = new Map<string, TaskState>();
  for (const task of ctx.tasks) {
    if (states.has(task.id)) continue;
    // The judge found the task's responsible rows already (from the same rows, for the first task of the id).
    const one = judged?.get(task.id) ?? judgeCatalogueTask(ctx, task, rowsByTask.get(task.id));
    const rows = one.rows;
    const reported = period ? rows.some((r) => r.reportPeriod?.name === period.name) : rows.length > 0;
    const { category, source } = categoryOf(one.judged.verdict, reported);
    states.set(task.id, { task, category, reported, latest: one.row, source, deadline: one.judged.verdict.deadline, verdict: one.judged.verdict });
  }
  return states;
}
