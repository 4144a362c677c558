import { ProgressRow, ReportPeriod, Task } from "../model";
import { ValidationContext, isResponsible } from "../validate/context";
import { MetricRow, latestRow } from "../validate/trackMetrics";
import { DONE_TEXT, ONGOING, StatusKind, statusKind } from "../validate/status";
import { currentPeriod } from "../settings/periods";

/** Each task falls in exactly one category, so the counts of a roll-up add up to the tasks assigned. */
export type TaskCategory = "done" | "onTrack" | "lagging" | "overdue" | "notReported";

export const CATEGORY_LABEL: Record<TaskCategory, string> = {
  done: "已完成",
  onTrack: "序时推进",
  lagging: "进展滞后",
  overdue: "已逾期",
  notReported: "未报送",
};

/** Where a task's status came from: the 完成状态 typed, the judged figures, or the wording of the text. */
export type StatusSource = "reported" | "metrics" | "text" | "none";

export interface TaskState {
  task: Task;
  category: TaskCategory;
  /** Whether a responsible unit reported for the current period (or at all, before the first due date). */
  reported: boolean;
  latest: ProgressRow | null;
  source: StatusSource;
  deadline: string;
}

function metricKind(metrics: MetricRow[]): StatusKind | null {
  const judged = metrics.filter((m) => m.judgement.actual);
  if (!judged.length) return null;
  if (judged.every((m) => m.judgement.status === "done")) return "done";
  if (judged.some((m) => m.judgement.status === "behind" || m.judgement.status === "overdue")) return "lagging";
  return "onTrack";
}

export function computeTaskStates(ctx: ValidationContext, rowsByTask: Map<string, ProgressRow[]>, metrics: MetricRow[]): Map<string, TaskState> {
  const metricsByTask = new Map<string, MetricRow[]>();
  for (const m of metrics) {
    const list = metricsByTask.get(m.task.id);
    if (list) list.push(m);
    else metricsByTask.set(m.task.id, [m]);
  }
  const period: ReportPeriod | null = currentPeriod(ctx.settings.periods.filter((p) => p.due <= ctx.settings.asOf), ctx.settings.asOf);
  const states = new Map<string, TaskState>();
  for (const task of ctx.tasks) {
    if (states.has(task.id)) continue;
    const rows = responsibleRows(ctx, task, rowsByTask.get(task.id));
    const latest = latestRow(ctx, task, rows);
    const reported = period ? rows.some((r) => r.reportPeriod?.name === period.name) : rows.length > 0;
    let kind: StatusKind | null = null;
    let source: StatusSource = "none";
    if (latest) {
      kind = statusKind(latest.status);
      source = "reported";
      if (!kind) {
        kind = metricKind(metricsByTask.get(task.id) ?? []);
        source = "metrics";
      }
      if (!kind) {
        kind = DONE_TEXT.test(latest.text) && !ONGOING.test(latest.text) ? "done" : "onTrack";
        source = "text";
      }
    }
    const deadline = task.deadline ?? `${ctx.settings.year}-12-31`;
    let category: TaskCategory;
    if (kind === "done") category = "done";
    else if (deadline < ctx.settings.asOf) category = "overdue";
    else if (!reported) category = "notReported";
    else if (kind === "lagging" || kind === "notStarted") category = "lagging";
    else category = "onTrack";
    states.set(task.id, { task, category, reported, latest, source, deadline });
  }
  return states;
}

const NO_ROWS: ProgressRow[] = [];

/** The rows of a task from its responsible units; the list itself when all are (as they nearly always are). */
function responsibleRows(ctx: ValidationContext, task: Task, rows: ProgressRow[] | undefined): ProgressRow[] {
  if (!rows) return NO_ROWS;
  for (let i = 0; i < rows.length; i++) {
    if (!isResponsible(ctx, task, rows[i].unit)) return rows.filter((r) => isResponsible(ctx, task, r.unit));
  }
  return rows;
}
