import { Task } from "../model";
import { UnitRegistry } from "../units/registry";

/**
 * Words that share a task out among the units named before them without making any of them the lead:
 * "区发改局、区财政局按职责分工负责", "各镇街、各部门分别负责", "…共同负责", "…各负其责".
 */
export const SHARED_PHRASE = /(按照?职责分工(负责|落实)|按照?职责(分别)?负责|按照?职能分工负责|分别负责|分别落实|共同负责|各负其责)$/;

/** Whether a written unit list ends by sharing the task out ("…按职责分工负责"). */
export function sharesOut(text: string): boolean {
  return SHARED_PHRASE.test(text.trim().replace(/[。；;，,]+$/, ""));
}

/**
 * A task's units when none is marked the lead: shared responsibility — the list ends "按职责分工负责" (or
 * 分别负责, 共同负责 …), or it names only group phrases, two or more ("各镇街、各部门") — gives no lead, every
 * unit a co-unit; any other list has its first unit as the lead, as before. The phrase is taken off the last
 * name ("区财政局按职责分工负责" → 区财政局).
 */
export function sharedResponsibility(names: readonly string[], registry: UnitRegistry): { names: string[]; shared: boolean } {
  const out = names.map((n) => n.trim()).filter(Boolean);
  let shared = false;
  const last = out.length - 1;
  if (last >= 0 && sharesOut(out[last])) {
    shared = true;
    out[last] = out[last]
      .trim()
      .replace(/[。；;，,]+$/, "")
      .replace(SHARED_PHRASE, "")
      .replace(/等(单位|部门|相关单位|有关单位)?$/, "")
      .trim();
    if (!out[last]) out.pop();
  }
  if (!shared && out.length >= 2 && out.every((n) => registry.isGroupWord(n))) shared = true;
  return { names: out, shared };
}

/**
 * The units a task is counted on as its lead: its lead units, or — for a task shared out without a lead
 * (no lead unit, co-units only) — every co-unit, the way a task with two lead units counts for each.
 */
export function accountableUnits(task: Pick<Task, "leadUnits" | "coUnits">): readonly string[] {
  return task.leadUnits.length ? task.leadUnits : task.coUnits;
}
