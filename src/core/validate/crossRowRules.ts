import { Finding } from "../findings";
import { ProgressRow } from "../model";
import { foldText } from "../text/normalize";
import { foldFast } from "../sheet/fastText";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";

const place = (row: ProgressRow, field: keyof ProgressRow["columns"]) => ({ sheet: row.source.sheet, row: row.source.row, col: row.columns[field] ?? row.source.col });

/** Rows for the same task, unit and period; and text copied unchanged from the unit's previous period. */
export function checkAcrossRows(ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  // Keyed task → unit → period with nested maps: the strings are already hashed, where a joined key
  // would be built and hashed anew for every row.
  const seen = new Map<string, Map<string, Map<string, ProgressRow>>>();
  const byTaskUnit = new Map<string, Map<string, ProgressRow[]>>();
  for (const row of ctx.progress) {
    const period = ctx.periodOf.get(row);
    if (row.taskId && row.unit) {
      let perUnit = seen.get(row.taskId);
      if (!perUnit) seen.set(row.taskId, (perUnit = new Map()));
      let perPeriod = perUnit.get(row.unit);
      if (!perPeriod) perUnit.set(row.unit, (perPeriod = new Map()));
      const key = period ? period.name : foldText(row.period);
      const first = perPeriod.get(key);
      if (first) {
        findings.push(
          makeFinding("ROW_DUPLICATE", MESSAGES.ROW_DUPLICATE({ id: row.taskId, unit: row.unit, period: period?.name ?? row.period, first: first.source.row + 1 }), place(row, "taskId"), {
            taskId: row.taskId,
            unit: row.unit,
            period: row.period,
          }),
        );
      } else perPeriod.set(key, row);
      if (period) {
        let units = byTaskUnit.get(row.taskId);
        if (!units) byTaskUnit.set(row.taskId, (units = new Map()));
        const list = units.get(row.unit);
        if (list) list.push(row);
        else units.set(row.unit, [row]);
      }
    }
  }
  for (const rows of [...byTaskUnit.values()].flatMap((units) => [...units.values()])) {
    // Period ends are ISO dates of one shape: code-unit order is their order (localeCompare costs ~1 µs each).
    const ordered = rows.slice().sort((a, b) => {
      const x = ctx.periodOf.get(a)!.end;
      const y = ctx.periodOf.get(b)!.end;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1];
      const row = ordered[i];
      const prevPeriod = ctx.periodOf.get(previous)!;
      if (prevPeriod.name === ctx.periodOf.get(row)!.name) continue;
      if (row.text && foldFast(row.text) === foldFast(previous.text)) {
        findings.push(makeFinding("ROW_COPIED_PREVIOUS", MESSAGES.ROW_COPIED_PREVIOUS({ previous: `${prevPeriod.name}（第 ${previous.source.row + 1} 行）` }), place(row, "text"), { taskId: row.taskId, unit: row.unit, period: row.period }));
      }
    }
  }
  return findings;
}
