import { Finding } from "../findings";
import { ProgressRow, Task } from "../model";
import { Actual, Judgement, describeActualValue, describeTargetValue } from "../metrics";
import { TaskJudgement, judgeTask } from "../judge";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext, responsibleTest } from "./context";
import { statusKind } from "./status";

/** One target of one task judged against the latest report: a row of the 指标跟踪 sheet. */
export interface MetricRow {
  task: Task;
  row: ProgressRow | null;
  judgement: Judgement;
}

/** The target in an official's words (增长6%左右, 25家以上, 不超过45微克/立方米), as the one judge writes it. */
export function describeTarget(j: Judgement): string {
  // A relative target (与经济增长同步, 高于全省平均水平) has no figure of its own: its relation is its description.
  if (j.code === "JUDGE_RELATIVE_TARGET") {
    const at = j.target.phrase.indexOf(j.target.metric);
    return (at >= 0 ? j.target.phrase.slice(at + j.target.metric.length) : j.target.phrase).replace(/^[，,]/, "") || j.target.phrase;
  }
  return describeTargetValue(j.target);
}

/** The actual in words (增长3.6%, 7家), or why there is none: 未报送 (no report) or 未反映 (the report does not say). */
export function describeActual(actual: Actual | null, j?: Judgement): string {
  if (actual) return describeActualValue(actual, j?.target);
  return j?.status === "no-data" || (j?.status === "overdue" && j.reason.includes("未报送")) ? "未报送" : "未反映";
}

/** The latest row of a task (lead units first), by period end then report date then sheet order. */
function latestRow(ctx: ValidationContext, task: Task, rows: ProgressRow[]): ProgressRow | null {
  // The same ranking as comparing [period end, lead unit, date, sheet row] tuples, without building them.
  let best: ProgressRow | null = null;
  let bEnd = "";
  let bLead = 0;
  let bDate = "";
  for (const row of rows) {
    const end = row.reportPeriod?.end ?? "";
    const lead = task.leadUnits.includes(row.unit) ? 1 : 0;
    const date = row.date ?? "";
    if (!best || end > bEnd || (end === bEnd && (lead > bLead || (lead === bLead && (date > bDate || (date === bDate && row.sheetRow > best.sheetRow)))))) {
      best = row;
      bEnd = end;
      bLead = lead;
      bDate = date;
    }
  }
  return best;
}

const NO_ROWS: ProgressRow[] = [];

/** The rows of a task from its responsible units; the list itself when all are (as they nearly always are). */
function responsibleRows(ctx: ValidationContext, task: Task, rows: ProgressRow[] | undefined): ProgressRow[] {
  if (!rows) return NO_ROWS;
  const responsible = responsibleTest(ctx, task);
  for (let i = 0; i < rows.length; i++) {
    if (!responsible(rows[i].unit)) return rows.filter((r) => responsible(r.unit));
  }
  return rows;
}

/** A task judged by the one judge, with the row it was judged on. */
export interface JudgedTask {
  task: Task;
  /** The latest row of a responsible unit, or null when none reported. */
  row: ProgressRow | null;
  judged: TaskJudgement;
  /** The task's rows from its responsible units (responsibleRows), which 任务状态 reads again. */
  rows: ProgressRow[];
}

/** The one judge on one task of the workbook: its latest responsible row at the office's as-of date and settings. */
export function judgeCatalogueTask(ctx: ValidationContext, task: Task, rows: ProgressRow[] | undefined): JudgedTask {
  const responsible = responsibleRows(ctx, task, rows);
  const row = latestRow(ctx, task, responsible);
  const judged = judgeTask({
    targetText: task.workTarget || task.text,
    progress: row ? { text: row.text, status: row.status, value: row.valueNumber, valueShare: /[%％]\s*$/.test(row.value), period: row.period, periodEnd: row.reportPeriod?.end ?? null } : null,
    asOf: ctx.settings.asOf,
    year: ctx.settings.year,
    deadline: task.deadline,
    deadlineNote: task.deadlineNote,
    thresholds: ctx.settings.thresholds,
    level: ctx.settings.level ?? null,
  });
  return { task, row, judged, rows: responsible };
}

/**
 * Judges every task with the one judge: rows of 指标跟踪 (one per target), METRIC_BEHIND where a figure lags
 * 序时进度 or its target, ROW_DONE_TARGET_MISSED where a row says 已完成 but the figures say otherwise, and each
 * task's verdict, which 任务状态 and the roll-up use as they stand.
 */
export function trackMetrics(
  ctx: ValidationContext,
  rowsByTask: Map<string, ProgressRow[]>,
): { metrics: MetricRow[]; findings: Finding[]; judged: Map<string, JudgedTask> } {
  const metrics: MetricRow[] = [];
  const findings: Finding[] = [];
  const judgedTasks = new Map<string, JudgedTask>();
  for (const task of ctx.tasks) {
    const one = judgeCatalogueTask(ctx, task, rowsByTask.get(task.id));
    // A repeated 序号 is a finding of its own; 任务状态 keeps the first task of an id, as it always has.
    if (!judgedTasks.has(task.id)) judgedTasks.set(task.id, one);
    const { row, judged } = one;
    const kind = row ? statusKind(row.status) : null;
    for (const judgement of judged.judgements) {
      metrics.push({ task, row, judgement });
      const actual = judgement.actual;
      if (!row || !actual) continue;
      const target = judgement.target;
      const where = { sheet: row.sheet, row: row.sheetRow, col: row.columns.text ?? row.columns.taskId };
      const extra = { taskId: task.id, unit: row.unit, period: row.period };
      if (kind === "done" && judgement.met === false) {
        findings.push(makeFinding("ROW_DONE_TARGET_MISSED", MESSAGES.ROW_DONE_TARGET_MISSED({ metric: target.metric, target: describeTarget(judgement), actual: describeActual(actual, judgement) }), where, extra));
      } else if (judgement.status === "behind" || (judgement.status === "overdue" && kind !== "done")) {
        findings.push(makeFinding("METRIC_BEHIND", MESSAGES.METRIC_BEHIND({ detail: judgement.detail ?? judgement.reason, label: judgement.label }), where, extra));
      }
    }
  }
  return { metrics, findings, judged: judgedTasks };
}
