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
  // A book uses a handful of period spellings across all its rows: match each spelling once.
  const byText = new Map<string, ReportPeriod | null>();
  for (const row of progress) {
    let period = byText.get(row.period);
    if (period === undefined) byText.set(row.period, (period = matchPeriod(row.period, settings.periods)));
    periodOf.set(row, period);
  }
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

/**
 * Per-context memo of what a task's unit lists expand to: rules ask once per row (hundreds of thousands of
 * times) about a few thousand tasks, and expanding goes through the registry's folding each time.
 */
interface TaskUnits {
  reporting: string[];
  responsible: Set<string>;
  admitsAnyone: boolean;
}
const taskUnitsMemo = new WeakMap<ValidationContext, Map<Task, TaskUnits>>();

function taskUnits(ctx: ValidationContext, task: Task): TaskUnits {
  let perTask = taskUnitsMemo.get(ctx);
  if (!perTask) taskUnitsMemo.set(ctx, (perTask = new Map()));
  let found = perTask.get(task);
  if (!found) {
    const names = [...task.leadUnits, ...task.coUnits];
    found = {
      reporting: expandUnits(ctx.registry, ctx.settings.reportingScope === "all" ? names : task.leadUnits),
      responsible: new Set(expandUnits(ctx.registry, names)),
      admitsAnyone: names.some((n) => ctx.registry.isGroupWord(n) && !(ctx.registry.expandGroup(n)?.length)),
    };
    perTask.set(task, found);
  }
  return found;
}

/** Units that must report on a task: its lead units, or every responsible unit when the settings say so. */
export function reportingUnits(ctx: ValidationContext, task: Task): string[] {
  return taskUnits(ctx, task).reporting.slice();
}

/** Whether a unit is one of the task's responsible units (a group word the registry can't expand admits anyone). */
export function isResponsible(ctx: ValidationContext, task: Task, unit: string): boolean {
  const units = taskUnits(ctx, task);
  return units.responsible.has(unit) || units.admitsAnyone;
}

const knownMemo = new WeakMap<ValidationContext, Map<string, boolean>>();

/** registry.isKnown, remembered per context: a sheet names a few dozen units across all its rows. */
export function isKnownUnit(ctx: ValidationContext, unit: string): boolean {
  let known = knownMemo.get(ctx);
  if (!known) knownMemo.set(ctx, (known = new Map()));
  let answer = known.get(unit);
  if (answer === undefined) known.set(unit, (answer = ctx.registry.isKnown(unit)));
  return answer;
}
