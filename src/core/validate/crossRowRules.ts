import { Finding } from "../findings";
import { ProgressRow } from "../model";
import { foldText } from "../text/normalize";
import { foldedEqual } from "../sheet/fastText";
import { makeFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { ValidationContext } from "./context";

const place = (row: ProgressRow, field: keyof ProgressRow["columns"]) => ({ sheet: row.sheet, row: row.sheetRow, col: row.columns[field] ?? row.columns.taskId });

/** A unit with more rows than this on one task (a whole sheet under one task) is indexed instead of scanned. */
const SCAN_LIMIT = 32;

/**
 * Rows for the same task, unit and period; and text copied unchanged from the unit's previous period.
 *
 * Both are questions about one unit's reports on one task: a dozen rows or so, checked in lists reused
 * from task to task, so a clean sheet allocates next to nothing. A unit with many rows on one task is
 * indexed instead.
 */
export function checkAcrossRows(ctx: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  const units: string[] = [];
  const members: ProgressRow[] = [];
  const scratch: Scratch = { keys: [], firsts: [], dated: [] };
  for (const [taskId, rows] of ctx.rowsByTask) {
    if (!taskId) continue;
    units.length = 0;
    for (let i = 0; i < rows.length; i++) {
      const unit = rows[i].unit;
      if (unit && !units.includes(unit)) units.push(unit);
    }
    for (const unit of units) {
      members.length = 0;
      for (let i = 0; i < rows.length; i++) if (rows[i].unit === unit) members.push(rows[i]);
      if (members.length > SCAN_LIMIT) checkIndexed(members, findings);
      else checkScanned(members, findings, scratch);
    }
  }
  return findings;
}

interface Scratch {
  keys: string[];
  firsts: ProgressRow[];
  dated: ProgressRow[];
}

/** What makes two rows of one unit and task the same report: the period they match, else the period text. */
function periodKey(row: ProgressRow): string {
  return row.reportPeriod ? row.reportPeriod.name : foldText(row.period);
}

const COMPARED: { field: "text" | "status" | "value" | "problems" | "nextSteps" | "dateText"; label: string }[] = [
  { field: "text", label: "进展情况" },
  { field: "status", label: "完成状态" },
  { field: "value", label: "完成值" },
  { field: "problems", label: "存在问题" },
  { field: "nextSteps", label: "下步打算" },
  { field: "dateText", label: "填报日期" },
];

const shortText = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text || "（空）");

/** What differs between a row and the earlier row of the same key: "完成值「7.5%」（第 7 行为「7.2%」）". */
function differences(row: ProgressRow, first: ProgressRow): string[] {
  const out: string[] = [];
  for (const { field, label } of COMPARED) {
    if (!foldedEqual(row[field], first[field])) out.push(`${label}「${shortText(row[field])}」（第 ${first.sheetRow + 1} 行为「${shortText(first[field])}」）`);
  }
  return out;
}

function duplicate(row: ProgressRow, first: ProgressRow): Finding {
  const name = row.reportPeriod?.name ?? row.period;
  const differ = differences(row, first);
  const p = { id: row.taskId, unit: row.unit, period: name, first: first.sheetRow + 1, differ: differ.join("，") };
  // Only the date differs: the same report sent again.
  const message = !differ.length ? MESSAGES.ROW_DUPLICATE(p) : differ.length === 1 && differ[0].startsWith("填报日期") ? MESSAGES.ROW_DUPLICATE_RESENT(p) : MESSAGES.ROW_DUPLICATE_DIFFERENT(p);
  return makeFinding("ROW_DUPLICATE", message, place(row, "taskId"), {
    taskId: row.taskId,
    unit: row.unit,
    period: row.period,
  });
}

function copied(row: ProgressRow, previous: ProgressRow): Finding {
  const previousName = previous.reportPeriod!.name;
  return makeFinding("ROW_COPIED_PREVIOUS", MESSAGES.ROW_COPIED_PREVIOUS({ previous: `${previousName}（第 ${previous.sheetRow + 1} 行）` }), place(row, "text"), {
    taskId: row.taskId,
    unit: row.unit,
    period: row.period,
  });
}

/**
 * One unit's rows of one task, in sheet order. A duplicate is a later row with the period key of an
 * earlier one. The previous report of a dated row is the row before it once the dated rows are ordered
 * by period end, ties in sheet order; the check applies when that row is of another period.
 */
function checkScanned(rows: ProgressRow[], findings: Finding[], { keys, firsts, dated }: Scratch): void {
  keys.length = 0;
  firsts.length = 0;
  dated.length = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const key = periodKey(row);
    const seen = keys.indexOf(key);
    if (seen >= 0) findings.push(duplicate(row, firsts[seen]));
    else {
      keys.push(key);
      firsts.push(row);
    }
    const end = row.reportPeriod?.end;
    if (end === undefined) continue;
    // Insertion into the ordered list, after every row of the same or an earlier end: a stable sort.
    let at = dated.length;
    dated.push(row);
    for (; at > 0 && dated[at - 1].reportPeriod!.end > end; at--) dated[at] = dated[at - 1];
    dated[at] = row;
  }
  for (let i = 1; i < dated.length; i++) {
    const previous = dated[i - 1];
    const row = dated[i];
    if (previous.reportPeriod!.name === row.reportPeriod!.name) continue;
    if (row.text && foldedEqual(row.text, previous.text)) findings.push(copied(row, previous));
  }
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
