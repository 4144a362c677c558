import { Finding } from "../findings";
import { ProgressRow } from "../model";
import { daysBetween } from "../text/dates";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext, guessedReporter, isUnexpandedGroup, reportingUnits } from "./context";
import { statusKind } from "./status";
import { TaskState } from "../rollup/taskStates";
import { periodsDue } from "../settings/periods";

/** Reports missing after their due date, tasks past their deadline, tasks about to be due. */
export function checkCoverage(ctx: ValidationContext, rowsByTask: Map<string, ProgressRow[]>, states: Map<string, TaskState>): Finding[] {
  const findings: Finding[] = [];
  const due = periodsDue(ctx.settings.periods, ctx.settings.asOf);
  const reported: string[] = [];
  for (const state of states.values()) {
    const task = state.task;
    const place = task.source;
    const rows = rowsByTask.get(task.id) ?? [];
    for (const unit of reportingUnits(ctx, task)) {
      // A group phrase the registry cannot expand owes no report of its own: CAT_GROUP_UNIT names it once.
      if (isUnexpandedGroup(ctx.registry, unit)) continue;
      // One pass over the task's rows per unit: the periods it reported, and the earliest period end it
      // reported 已完成 in ("" for a done row of no known period, which counts as before every period).
      reported.length = 0;
      let doneEnd: string | null = null;
      for (const r of rows) {
        if (r.unit !== unit) continue;
        if (r.reportPeriod) reported.push(r.reportPeriod.name);
        if (statusKind(r.status) === "done") {
          const end = r.reportPeriod?.end ?? "";
          if (doneEnd === null || end < doneEnd) doneEnd = end;
        }
      }
      for (const period of due) {
        if (reported.includes(period.name)) continue;
        // A unit that already reported the task done in an earlier period owes no further reports.
        if (doneEnd !== null && doneEnd < period.end) continue;
        // A unit owing the report only through a category guessed from its name: said, not counted as missing.
        const group = guessedReporter(ctx, task, unit);
        if (group !== null) {
          const why = ctx.registry.categoryGuessOf(unit);
          findings.push(makeFinding("REPORT_MISSING_GUESSED", MESSAGES.REPORT_MISSING_GUESSED({ id: task.id, unit, period: period.name, due: period.due, group, why }), place, { taskId: task.id, unit, period: period.name }));
        } else findings.push(makeFinding("REPORT_MISSING", MESSAGES.REPORT_MISSING({ id: task.id, unit, period: period.name, due: period.due }), place, { taskId: task.id, unit, period: period.name }));
      }
    }
    if (state.category === "overdue") {
      const status = state.latest ? (state.latest.status || "未标注") : "未报送";
      findings.push(makeFinding("TASK_OVERDUE", MESSAGES.TASK_OVERDUE({ id: task.id, deadline: state.deadline, status }), { ...place, col: task.columns.deadline ?? place.col }, { taskId: task.id }));
    } else if (state.category !== "done") {
      const days = daysBetween(ctx.settings.asOf, state.deadline);
      if (days >= 0 && days <= ctx.settings.thresholds.dueSoonDays) {
        findings.push(makeFinding("TASK_DUE_SOON", MESSAGES.TASK_DUE_SOON({ id: task.id, deadline: state.deadline, days }), place, { taskId: task.id }));
      }
    }
  }
  return findings;
}

