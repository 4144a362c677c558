import { Task } from "../model";
import { UnitRegistry } from "../units/registry";

interface GroupUse {
  /** The group phrase as written ("“6+3”产业链牵头部门", "各镇街"). */
  word: string;
  /** Tasks naming it, in catalogue order. */
  tasks: Task[];
}

/**
 * Group phrases the registry cannot expand into units, with the tasks that name them: nobody in
 * particular can be held to "要素保障相关单位", so the office names the units or gives them that
 * category in the 单位 sheet. A group the registry expands is not listed.
 */
export function unexpandedGroups(tasks: readonly Task[], registry: UnitRegistry): GroupUse[] {
  const byWord = new Map<string, GroupUse>();
  for (const task of tasks) {
    for (const unit of [...task.leadUnits, ...task.coUnits]) {
      if (!registry.isGroupWord(unit) || (registry.expandGroup(unit)?.length ?? 0) > 0) continue;
      let use = byWord.get(unit);
      if (!use) byWord.set(unit, (use = { word: unit, tasks: [] }));
      if (!use.tasks.includes(task)) use.tasks.push(task);
    }
  }
  return [...byWord.values()];
}
