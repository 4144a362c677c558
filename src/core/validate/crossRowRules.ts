import { Finding } from "../findings";
import { ProgressRow } from "../model";
import { foldText } from "../text/normalize";
import { foldedEqual } from "../sheet/fastText";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";

const place = (row: ProgressRow, field: keyof ProgressRow["columns"]) => ({ sheet: row.source.sheet, row: row.source.row, col: row.columns[field] ?? row.source.col });

/** Rows for the same task, unit and period; and text copied unchanged from the unit's previous period. */
export function checkAcrossRows(ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  // Rows grouped by task, then unit (one map per task, not one per key); within a group, which holds one
  // unit's reports on one task, duplicates are found by a short linear scan. Findings are emitted group by
  // group; each lands on its own row, so the engine's sort puts them where row order put them before.
  const groups = new Map<string, Map<string, ProgressRow[]>>();
  for (const row of ctx.progress) {
    if (!row.taskId || !row.unit) continue;
    let units = groups.get(row.taskId);
    if (!units) groups.set(row.taskId, (units = new Map()));
    const list = units.get(row.unit);
    if (list) list.push(row);
    else units.set(row.unit, [row]);
  }
  const withPeriod: ProgressRow[][] = [];
  const keys: string[] = [];
  const firsts: ProgressRow[] = [];
  for (const units of groups.values()) {
    for (const rows of units.values()) {
      keys.length = 0;
      firsts.length = 0;
      // A group larger than a year of monthly reports (a whole sheet under one task and unit) is indexed.
      const index = rows.length > 32 ? new Map<string, ProgressRow>() : null;
      const dated: ProgressRow[] = [];
      for (const row of rows) {
        const period = ctx.periodOf.get(row);
        const key = period ? period.name : foldText(row.period);
        const first = index ? index.get(key) : firsts[keys.indexOf(key)];
        if (first) {
          findings.push(
            makeFinding("ROW_DUPLICATE", MESSAGES.ROW_DUPLICATE({ id: row.taskId, unit: row.unit, period: period?.name ?? row.period, first: first.source.row + 1 }), place(row, "taskId"), {
              taskId: row.taskId,
              unit: row.unit,
              period: row.period,
            }),
          );
        } else if (index) index.set(key, row);
        else {
          keys.push(key);
          firsts.push(row);
        }
        if (period) dated.push(row);
      }
      if (dated.length > 1) withPeriod.push(dated);
    }
  }
  for (const rows of withPeriod) {
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
      if (row.text && foldedEqual(row.text, previous.text)) {
        findings.push(makeFinding("ROW_COPIED_PREVIOUS", MESSAGES.ROW_COPIED_PREVIOUS({ previous: `${prevPeriod.name}（第 ${previous.source.row + 1} 行）` }), place(row, "text"), { taskId: row.taskId, unit: row.unit, period: row.period }));
      }
    }
  }
  return findings;
}
