import { Finding } from "../findings";
import { ProgressField, ProgressRow, STATUS_VALUES, Task } from "../model";
import { makeFinding, makeRowFinding } from "./makeFinding";
import { MESSAGES } from "./messages";
import { isResponsible, ValidationContext } from "./context";
import { ONGOING, statusKind } from "./status";
import { periodsListed } from "../settings/periods";

function add(findings: Finding[], row: ProgressRow, code: Parameters<typeof makeFinding>[0], message: string, field: ProgressField): void {
  findings.push(makeRowFinding(code, message, row.sheet, row.sheetRow, row.columns[field] ?? row.columns.taskId, row.taskId, row.unit, row.period));
}

/** The allowed 完成状态 as the message lists them (the same for every row). */
const ALLOWED_STATUSES = STATUS_VALUES.join("、");

/** A task's responsible units as ROW_UNIT_NOT_RESPONSIBLE lists them, joined once per task and analysis. */
function unitList(ctx: ValidationContext, task: Task): string {
  const lists = ctx.memo.unitList;
  let list = lists.get(task);
  if (list === undefined) lists.set(task, (list = [...task.leadUnits, ...task.coUnits].join("、")));
  return list;
}

const LONG_FIELDS: [ProgressField, string][] = [["text", "进展情况"], ["problems", "存在问题"], ["nextSteps", "下步打算"]];

/**
 * Checks of one progress row on its own: task, unit, texts, status, value, period, date. Findings are
 * added to `findings`: called for every row of the sheet, a clean row allocates nothing.
 */
export function checkRow(ctx: ValidationContext, row: ProgressRow, findings: Finding[]): void {
  const task = ctx.taskById.get(row.taskId);
  if (!task) add(findings, row, "ROW_UNKNOWN_TASK", MESSAGES.ROW_UNKNOWN_TASK({ id: row.taskId }), "taskId");

  if (!row.unit) add(findings, row, "ROW_MISSING_UNIT", MESSAGES.ROW_MISSING_UNIT(), "unit");
  else if (ctx.hasRegistry && !ctx.registry.isKnown(row.unit)) add(findings, row, "ROW_UNKNOWN_UNIT", MESSAGES.ROW_UNKNOWN_UNIT({ unit: row.unit }), "unit");
  else if (task && !isResponsible(ctx, task, row.unit)) {
    add(findings, row, "ROW_UNIT_NOT_RESPONSIBLE", MESSAGES.ROW_UNIT_NOT_RESPONSIBLE({ id: task.id, unit: row.unit, units: unitList(ctx, task) }), "unit");
  }

  if (!row.text) add(findings, row, "ROW_EMPTY_PROGRESS", MESSAGES.ROW_EMPTY_PROGRESS(), "text");
  const limit = ctx.settings.textLimit;
  for (const [field, label] of LONG_FIELDS) {
    const text = row[field as "text" | "problems" | "nextSteps"];
    // A string's code points never outnumber its UTF-16 units: count them only when the limit may be passed.
    if (text.length <= limit) continue;
    const length = [...text].length;
    if (length > limit) add(findings, row, "ROW_TEXT_TOO_LONG", MESSAGES.ROW_TEXT_TOO_LONG({ field: label, length, limit }), field);
  }

  const kind = row.status ? statusKind(row.status) : null;
  if (row.status && !kind) add(findings, row, "ROW_BAD_STATUS", MESSAGES.ROW_BAD_STATUS({ status: row.status, allowed: ALLOWED_STATUSES }), "status");
  if (!row.status && row.columns.status !== undefined) add(findings, row, "ROW_EMPTY_STATUS", MESSAGES.ROW_EMPTY_STATUS(), "status");
  if (kind === "done") {
    const word = ONGOING.exec(row.text)?.[0];
    if (word) add(findings, row, "ROW_DONE_BUT_ONGOING", MESSAGES.ROW_DONE_BUT_ONGOING({ word }), "text");
  }
  if (kind === "lagging" || kind === "notStarted") {
    const missing = [!row.problems && "存在问题", !row.nextSteps && "下步打算"].filter(Boolean) as string[];
    if (missing.length) add(findings, row, "ROW_LAGGING_NO_PLAN", MESSAGES.ROW_LAGGING_NO_PLAN({ missing: missing.join("和") }), missing[0] === "存在问题" ? "problems" : "nextSteps");
  }

  if (row.value && row.valueNumber === null) add(findings, row, "ROW_VALUE_NOT_NUMBER", MESSAGES.ROW_VALUE_NOT_NUMBER({ value: row.value }), "value");

  const period = row.reportPeriod;
  if (!period) {
    const listed = row.period ? periodsListed(row.period, ctx.settings.periods) : [];
    const allowed = ctx.settings.periods.map((p) => p.name).join("、");
    add(findings, row, "ROW_BAD_PERIOD", listed.length ? MESSAGES.ROW_SEVERAL_PERIODS({ period: row.period, listed: listed.map((p) => p.name).join("、") }) : MESSAGES.ROW_BAD_PERIOD({ period: row.period, allowed }), "period");
  }

  if (row.dateText && !row.date) add(findings, row, "ROW_BAD_DATE", MESSAGES.ROW_BAD_DATE({ text: row.dateText }), "date");
  if (row.date && row.date > ctx.settings.asOf) add(findings, row, "ROW_DATE_AFTER_AS_OF", MESSAGES.ROW_DATE_AFTER_AS_OF({ date: row.date, asOf: ctx.settings.asOf }), "date");
  else if (row.date && period && row.date > period.due) {
    add(findings, row, "ROW_LATE_REPORT", MESSAGES.ROW_LATE_REPORT({ date: row.date, due: period.due, period: period.name }), "date");
  }
}
