import { Finding } from "../findings";
import { ProgressRow, Task } from "../model";
import { Actual, Judgement, judgeTarget, matchActuals, parseActuals, parseTargets } from "../metrics";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";
import { statusKind } from "./status";
import { formatPercent, formatQuantity } from "../text/format";

/** One target of one task judged against the latest report: a row of the 指标跟踪 sheet. */
export interface MetricRow {
  task: Task;
  row: ProgressRow | null;
  judgement: Judgement;
}

const CMP_WORD: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "约", "=": "" };

export function describeTarget(j: Judgement): string {
  const t = j.target;
  return `${CMP_WORD[t.cmp] ?? ""}${formatQuantity(t.value, t.unit)}`;
}

export function describeActual(actual: Actual | null): string {
  return actual ? formatQuantity(actual.value, actual.unit) : "未报";
}

/** The latest row of a task (lead units first), by period end then report date then sheet order. */
export function latestRow(ctx: ValidationContext, task: Task, rows: ProgressRow[]): ProgressRow | null {
  // The same ranking as comparing [period end, lead unit, date, sheet row] tuples, without building them.
  let best: ProgressRow | null = null;
  let bEnd = "";
  let bLead = 0;
  let bDate = "";
  for (const row of rows) {
    const end = row.reportPeriod?.end ?? "";
    const lead = task.leadUnits.includes(row.unit) ? 1 : 0;
    const date = row.date ?? "";
    if (!best || end > bEnd || (end === bEnd && (lead > bLead || (lead === bLead && (date > bDate || (date === bDate && row.source.row > best.source.row)))))) {
      best = row;
      bEnd = end;
      bLead = lead;
      bDate = date;
    }
  }
  return best;
}

/**
 * Judges every target of every task against its latest report: rows of 指标跟踪, METRIC_BEHIND where a
 * figure lags 序时进度, and ROW_DONE_TARGET_MISSED where a row says 已完成 but the figures say otherwise.
 */
export function trackMetrics(ctx: ValidationContext, rowsByTask: Map<string, ProgressRow[]>): { metrics: MetricRow[]; findings: Finding[] } {
  const metrics: MetricRow[] = [];
  const findings: Finding[] = [];
  for (const task of ctx.tasks) {
    const targets = parseTargets(task.workTarget || task.text, { year: ctx.settings.year }).targets;
    if (!targets.length) continue;
    const row = latestRow(ctx, task, rowsByTask.get(task.id) ?? []);
    let matched: (Actual | null)[] = targets.map(() => null);
    if (row) {
      matched = matchActuals(targets, parseActuals(row.text).actuals);
      if (targets.length === 1 && row.valueNumber !== null) {
        // A number in 完成值 is the reporter's own figure for the single target: it wins over the prose.
        const t = targets[0];
        matched[0] = { metric: t.metric, kind: t.kind, value: row.valueNumber, unit: t.unit, base: { value: row.valueNumber * (t.base.value / (t.value || 1)), unit: t.base.unit }, period: row.period || null, phrase: row.value };
      }
    }
    const period = row ? row.reportPeriod : null;
    const asOf = period && period.end < ctx.settings.asOf ? period.end : ctx.settings.asOf;
    const kind = row ? statusKind(row.status) : null;
    targets.forEach((target, i) => {
      const judgement = judgeTarget(target, matched[i], { asOf, deadline: target.deadline ?? task.deadline, thresholds: ctx.settings.thresholds });
      metrics.push({ task, row, judgement });
      if (!row || !matched[i]) return;
      const where = { sheet: row.source.sheet, row: row.source.row, col: row.columns.text ?? row.source.col };
      const extra = { taskId: task.id, unit: row.unit, period: row.period };
      if (kind === "done" && judgement.met === false) {
        findings.push(makeFinding("ROW_DONE_TARGET_MISSED", MESSAGES.ROW_DONE_TARGET_MISSED({ metric: target.metric, target: describeTarget(judgement), actual: describeActual(matched[i]) }), where, extra));
      } else if (judgement.status === "behind" || (judgement.status === "overdue" && kind !== "done")) {
        findings.push(
          makeFinding(
            "METRIC_BEHIND",
            MESSAGES.METRIC_BEHIND({
              metric: target.metric,
              target: describeTarget(judgement),
              actual: describeActual(matched[i]),
              ratio: formatPercent(judgement.ratio),
              expected: formatPercent(judgement.expected),
              label: judgement.label,
            }),
            where,
            extra,
          ),
        );
      }
    });
  }
  return { metrics, findings };
}
