import { Finding } from "../findings";
import { ProgressRow } from "../model";
import { foldText } from "../text/normalize";
import { foldedEqual } from "../sheet/fastText";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";

const place = (row: ProgressRow, field: keyof ProgressRow["columns"]) => ({ sheet: row.source.sheet, row: row.source.row, col: row.columns[field] ?? row.source.col });

/** A task with more rows than this (a whole sheet under one task) is indexed instead of scanned pairwise. */
const PAIRWISE_LIMIT = 32;

/**
 * Rows for the same task, unit and period; and text copied unchanged from the unit's previous period.
 *
 * Both are questions about one unit's reports on one task. A task has a dozen rows or so, and scanning
 * them pairwise allocates nothing; a task with many rows is grouped by unit and indexed.
 */
export function checkAcrossRows(ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  for (const [taskId, rows] of ctx.rowsByTask) {
    if (!taskId) continue;
    if (rows.length <= PAIRWISE_LIMIT) checkPairwise(rows, findings);
    else for (const unitRows of byUnit(rows)) checkIndexed(unitRows, findings);
  }
  return findings;
}

/** What makes two rows of one unit and task the same report: the period they match, else the period text. */
function periodKey(row: ProgressRow): string {
  return row.reportPeriod ? row.reportPeriod.name : foldText(row.period);
}

function duplicate(row: ProgressRow, first: ProgressRow): Finding {
  const name = row.reportPeriod?.name ?? row.period;
  return makeFinding("ROW_DUPLICATE", MESSAGES.ROW_DUPLICATE({ id: row.taskId, unit: row.unit, period: name, first: first.source.row + 1 }), place(row, "taskId"), {
    taskId: row.taskId,
    unit: row.unit,
    period: row.period,
  });
}

function copied(row: ProgressRow, previous: ProgressRow): Finding {
  const previousName = previous.reportPeriod!.name;
  return makeFinding("ROW_COPIED_PREVIOUS", MESSAGES.ROW_COPIED_PREVIOUS({ previous: `${previousName}（第 ${previous.source.row + 1} 行）` }), place(row, "text"), {
    taskId: row.taskId,
    unit: row.unit,
    period: row.period,
  });
}

/**
 * Rows in sheet order. A duplicate is a later row of the same unit and period key as an earlier one. The
 * previous report of a dated row is the row just before it when the unit's dated rows are ordered by
 * period end, ties in sheet order; the check applies when that row is of another period.
 */
function checkPairwise(rows: ProgressRow[], findings: Finding[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row.unit) continue;
    const key = periodKey(row);
    for (let j = 0; j < i; j++) {
      const other = rows[j];
      if (other.unit === row.unit && periodKey(other) === key) {
        findings.push(duplicate(row, other));
        break;
      }
    }
    const end = row.reportPeriod?.end;
    if (end === undefined || !row.text) continue;
    // The predecessor in (period end, sheet order): the greatest such pair below this row's.
    let previous: ProgressRow | null = null;
    let previousIndex = -1;
    for (let j = 0; j < rows.length; j++) {
      const other = rows[j];
      const otherEnd = other.reportPeriod?.end;
      if (j === i || otherEnd === undefined || other.unit !== row.unit) continue;
      if (otherEnd > end || (otherEnd === end && j > i)) continue;
      const best = previous?.reportPeriod?.end;
      if (previous === null || otherEnd > best! || (otherEnd === best && j > previousIndex)) {
        previous = other;
        previousIndex = j;
      }
    }
    if (previous && previous.reportPeriod!.name !== row.reportPeriod!.name && foldedEqual(row.text, previous.text)) findings.push(copied(row, previous));
  }
}

function byUnit(rows: ProgressRow[]): Iterable<ProgressRow[]> {
  const units = new Map<string, ProgressRow[]>();
  for (const row of rows) {
    if (!row.unit) continue;
    const list = units.get(row.unit);
    if (list) list.push(row);
    else units.set(row.unit, [row]);
  }
  return units.values();
}

/** The same checks on one unit's rows of one task, with an index of first rows and one sort. */
function checkIndexed(rows: ProgressRow[], findings: Finding[]): void {
  const firsts = new Map<string, ProgressRow>();
  const dated: ProgressRow[] = [];
  for (const row of rows) {
    const key = periodKey(row);
    const first = firsts.get(key);
    if (first) findings.push(duplicate(row, first));
    else firsts.set(key, row);
    if (row.reportPeriod) dated.push(row);
  }
  // Period ends are ISO dates of one shape: code-unit order is their order. The sort is stable.
  dated.sort((a, b) => {
    const x = a.reportPeriod!.end;
    const y = b.reportPeriod!.end;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (let i = 1; i < dated.length; i++) {
    const previous = dated[i - 1];
    const row = dated[i];
    if (previous.reportPeriod!.name === row.reportPeriod!.name) continue;
    if (row.text && foldedEqual(row.text, previous.text)) findings.push(copied(row, previous));
  }
}
