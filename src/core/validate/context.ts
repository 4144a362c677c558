import { ProgressRow, ReportPeriod, Settings, Task } from "../model";
import { UnitRegistry } from "../units/registry";
import { matchPeriod } from "../settings/periods";

/** Everything rules look at, indexed once. */
export interface ValidationContext {
  settings: Settings;
  registry: UnitRegistry;
  /** Whether a 单位 sheet named the units (only then is an unknown unit an error). */
  hasRegistry: boolean;
  tasks: Task[];
  taskById: Map<string, Task>;
  progress: ProgressRow[];
  periodOf: Map<ProgressRow, ReportPeriod | null>;
}

export function createContext(settings: Settings, registry: UnitRegistry, hasRegistry: boolean, tasks: Task[], progress: ProgressRow[]): ValidationContext {
  const taskById = new Map<string, Task>();
  for (const task of tasks) if (!taskById.has(task.id)) taskById.set(task.id, task);
  const periodOf = new Map<ProgressRow, ReportPeriod | null>();
  for (const row of progress) periodOf.set(row, matchPeriod(row.period, settings.periods));
  return { settings, registry, hasRegistry, tasks, taskById, progress, periodOf };
}

/** Units a task names, with group words (各镇街 …) expanded through the registry where it can. */
export function expandUnits(registry: UnitRegistry, names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const group = registry.expandGroup(name);
    for (const unit of group && group.length ? group : [name]) if (!out.includes(unit)) out.push(unit);
  }
  return out;
}

/** Units that must report on a task: its lead units, or every responsible unit when the settings say so. */
export function reportingUnits(ctx: ValidationContext, task: Task): string[] {
  const names = ctx.settings.reportingScope === "all" ? [...task.leadUnits, ...task.coUnits] : task.leadUnits;
  return expandUnits(ctx.registry, names);
}

/** Whether a unit is one of the task's responsible units (a group word the registry can't expand admits anyone). */
export function isResponsible(ctx: ValidationContext, task: Task, unit: string): boolean {
  const names = [...task.leadUnits, ...task.coUnits];
  if (expandUnits(ctx.registry, names).includes(unit)) return true;
  return names.some((n) => ctx.registry.isGroupWord(n) && !(ctx.registry.expandGroup(n)?.length));
}
