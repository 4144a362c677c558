import { Finding } from "../findings";
import { ProgressRow } from "../model";
import { foldText } from "../text/normalize";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";

const place = (row: ProgressRow, field: keyof ProgressRow["columns"]) => ({ sheet: row.source.sheet, row: row.source.row, col: row.columns[field] ?? row.source.col });

/** Rows for the same task, unit and period; and text copied unchanged from the unit's previous period. */
export function checkAcrossRows(ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, ProgressRow>();
  const byTaskUnit = new Map<string, ProgressRow[]>();
  for (const row of ctx.progress) {
    const period = ctx.periodOf.get(row);
    if (row.taskId && row.unit) {
      const key = `${row.taskId}\u0000${row.unit}\u0000${period ? period.name : foldText(row.period)}`;
      const first = seen.get(key);
      if (first) {
        findings.push(
          makeFinding("ROW_DUPLICATE", MESSAGES.ROW_DUPLICATE({ id: row.taskId, unit: row.unit, period: period?.name ?? row.period, first: first.source.row + 1 }), place(row, "taskId"), {
            taskId: row.taskId,
            unit: row.unit,
            period: row.period,
          }),
        );
      } else seen.set(key, row);
      if (period) {
        const list = byTaskUnit.get(`${row.taskId}\u0000${row.unit}`) ?? [];
        list.push(row);
        byTaskUnit.set(`${row.taskId}\u0000${row.unit}`, list);
      }
    }
  }
  for (const rows of byTaskUnit.values()) {
    const ordered = rows.slice().sort((a, b) => (ctx.periodOf.get(a)!.end).localeCompare(ctx.periodOf.get(b)!.end));
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1];
      const row = ordered[i];
      const prevPeriod = ctx.periodOf.get(previous)!;
      if (prevPeriod.name === ctx.periodOf.get(row)!.name) continue;
      if (row.text && foldText(row.text) === foldText(previous.text)) {
        findings.push(makeFinding("ROW_COPIED_PREVIOUS", MESSAGES.ROW_COPIED_PREVIOUS({ previous: `${prevPeriod.name}（第 ${previous.source.row + 1} 行）` }), place(row, "text"), { taskId: row.taskId, unit: row.unit, period: row.period }));
      }
    }
  }
  return findings;
}
