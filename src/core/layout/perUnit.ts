import type { Analysis } from "../analysis";
import { ImportedTask } from "../import/types";
import { Task } from "../model";
import { WorkbookPatch } from "../output";
import { expandUnits } from "../validate/context";
import { buildLayoutPatch } from "./buildLayout";
import { withSelfCheck } from "./selfCheck";
import { accountableUnits } from "../catalogue/sharedUnits";

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

/**
 * One workbook per unit holding only the tasks it is responsible for (lead or co-unit, group words
 * expanded), with a row ready for each task in the coming period: what a supervision office sends out.
 * Each checks itself (the 自查 line and marks of selfCheck.ts), as the units fill them without duban.
 */
export function perUnitPatches(a: Analysis): { unit: string; tasks: number; patch: WorkbookPatch }[] {
  const byUnit = new Map<string, Task[]>();
  for (const task of a.tasks) {
    const units = a.settings.reportingScope === "all" ? [...task.leadUnits, ...task.coUnits] : accountableUnits(task);
    for (const unit of expandUnits(a.registry, units)) {
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
