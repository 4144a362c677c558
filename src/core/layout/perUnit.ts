import type { Analysis } from "../analysis";
import { ImportedTask } from "../import/types";
import { Task } from "../model";
import { WorkbookPatch } from "../output";
import { answerableUnits, isUnexpandedGroup } from "../validate/context";
import { buildLayoutPatch } from "./buildLayout";
import { withSelfCheck } from "./selfCheck";
import { accountableUnits } from "../catalogue/sharedUnits";
import { MESSAGES } from "../validate/messages";

/** A catalogue task back in the plain shape the layout writer takes. */
export function taskToLayout(task: Task): ImportedTask {
  return {
    section: task.section,
    ...(task.subsection ? { subsection: task.subsection } : {}),
    ...(task.coordinator ? { coordinator: task.coordinator } : {}),
    id: task.id,
    text: task.text,
    leader: task.leader,
    leadUnits: task.leadUnits,
    coUnits: task.coUnits,
    person: task.person,
    deadline: task.deadline ?? task.deadlineText,
    stretchTarget: task.stretchTarget,
    workTarget: task.workTarget,
    lines: [task.source.row + 1, task.source.row + 1],
  };
}

/** The period units report next: the first whose due date is on or after the as-of date (else the last). */
function nextReportingPeriod(a: Analysis): string {
  const periods = a.settings.periods;
  return (periods.find((p) => p.due >= a.settings.asOf) ?? periods[periods.length - 1])?.name ?? "";
}

export function layoutOptions(a: Analysis) {
  return {
    units: a.units,
    year: a.settings.year,
    periods: a.settings.periods.map((p) => ({ name: p.name, end: p.end, due: p.due })),
    textLimit: a.settings.textLimit,
  };
}

/** The names a task's fill-in forms go to: its accountable units, or all its units when every unit reports. */
function formNames(a: Analysis, task: Task): readonly string[] {
  return a.settings.reportingScope === "all" ? [...task.leadUnits, ...task.coUnits] : accountableUnits(task);
}

/**
 * The group phrases a form would have gone to but that name nobody in particular ("“6+3”产业链牵头部门" the 单位
 * sheet cannot expand), with the ids of their tasks: no form is written for them, the office is told instead.
 */
export function unitFormGroups(a: Analysis): { group: string; ids: string[]; code: "CAT_GROUP_UNIT"; message: string }[] {
  const out = new Map<string, string[]>();
  for (const task of a.tasks) {
    for (const name of formNames(a, task)) {
      if (!isUnexpandedGroup(a.registry, name)) continue;
      const ids = out.get(name) ?? [];
      if (!ids.includes(task.id)) ids.push(task.id);
      out.set(name, ids);
    }
  }
  return [...out].map(([group, ids]) => ({ group, ids, code: "CAT_GROUP_UNIT" as const, message: MESSAGES.CAT_GROUP_UNIT({ unit: group, ids }) }));
}

/**
 * One workbook per unit holding only the tasks it is responsible for (lead or co-unit, group words
 * expanded), with a row ready for each task in the coming period: what a supervision office sends out.
 * Each checks itself (the 自查 line and marks of selfCheck.ts), as the units fill them without duban.
 * A group phrase the registry cannot expand gets no form (see unitFormGroups).
 */
export function perUnitPatches(a: Analysis): { unit: string; tasks: number; patch: WorkbookPatch }[] {
  const byUnit = new Map<string, Task[]>();
  for (const task of a.tasks) {
    for (const unit of answerableUnits(a.registry, formNames(a, task))) {
      const list = byUnit.get(unit) ?? [];
      if (!list.includes(task)) list.push(task);
      byUnit.set(unit, list);
    }
  }
  const period = nextReportingPeriod(a);
  return [...byUnit.entries()].map(([unit, tasks]) => ({
    unit,
    tasks: tasks.length,
    patch: withSelfCheck(buildLayoutPatch({ ...layoutOptions(a), tasks: tasks.map(taskToLayout), prefill: { unit, period } })),
  }));
}
