import { ProgressRow, Settings, Task } from "../model";
import { UnitRegistry } from "../units/registry";
import { accountableUnits } from "../catalogue/sharedUnits";

/** Everything rules look at, indexed once. */
export interface ValidationContext {
  settings: Settings;
  registry: UnitRegistry;
  /** Whether a 单位 sheet named the units (only then is an unknown unit an error). */
  hasRegistry: boolean;
  tasks: Task[];
  taskById: Map<string, Task>;
  progress: ProgressRow[];
  /** Progress rows by task id, each list in sheet order. */
  rowsByTask: Map<string, ProgressRow[]>;
  /** Each task's expanded unit lists, remembered: rules ask per row (10⁵–10⁶ times) about a few thousand tasks. */
  memo: { unitsOfTask: Map<Task, TaskUnits>; unitList: Map<Task, string> };
}

export function createContext(settings: Settings, registry: UnitRegistry, hasRegistry: boolean, tasks: Task[], progress: ProgressRow[]): ValidationContext {
  const taskById = new Map<string, Task>();
  for (const task of tasks) if (!taskById.has(task.id)) taskById.set(task.id, task);
  const rowsByTask = new Map<string, ProgressRow[]>();
  for (let i = 0; i < progress.length; i++) {
    const row = progress[i];
    const list = rowsByTask.get(row.taskId);
    if (list) list.push(row);
    else rowsByTask.set(row.taskId, [row]);
  }
  return { settings, registry, hasRegistry, tasks, taskById, progress, rowsByTask, memo: { unitsOfTask: new Map(), unitList: new Map() } };
}

/** Units a task names, with group words (各镇街 …) expanded through the registry where it can. */
function expandUnits(registry: UnitRegistry, names: readonly string[], out: string[] = []): string[] {
  for (const name of names) {
    const group = registry.isGroupWord(name) ? registry.expandGroup(name) : null;
    if (group && group.length) {
      for (const unit of group) if (!out.includes(unit)) out.push(unit);
    } else if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Whether a name is a group phrase the registry cannot expand ("“6+3”产业链牵头部门" without units of that category). */
export function isUnexpandedGroup(registry: UnitRegistry, name: string): boolean {
  return registry.isGroupWord(name) && !registry.expandGroup(name)?.length;
}

/**
 * The units a task's names stand for, each a unit that can answer: groups expanded, a group the registry cannot
 * expand left out (it is reported as a group, CAT_GROUP_UNIT, never counted or written to as if it were a unit).
 */
export function answerableUnits(registry: UnitRegistry, names: readonly string[]): string[] {
  return expandUnits(registry, names).filter((n) => !isUnexpandedGroup(registry, n));
}

/** What a task's unit lists expand to (expanding goes through the registry's folding each time). */
interface TaskUnits {
  reporting: string[];
  /**
   * Units the task owes a report from only because a group (各镇街) expanded to them through a category guessed from
   * their names (the 单位 sheet left 类别 empty), with the group: a guess alone does not make a missing reporter.
   */
  guessed: Map<string, string>;
  /** A handful of names: a list is quicker to search than a set is to build. */
  responsible: string[];
  admitsAnyone: boolean;
}
function taskUnits(ctx: ValidationContext, task: Task): TaskUnits {
  const perTask = ctx.memo.unitsOfTask;
  let found = perTask.get(task);
  if (!found) {
    const registry = ctx.registry;
    const responsible = expandUnits(registry, task.coUnits, expandUnits(registry, task.leadUnits));
    const unexpandable = (n: string) => registry.isGroupWord(n) && !registry.expandGroup(n)?.length;
    const reporting = ctx.settings.reportingScope === "all" ? responsible : expandUnits(registry, accountableUnits(task));
    found = {
      // A task shared out without a lead is reported on by each of its units.
      reporting,
      guessed: guessedMembers(registry, ctx.settings.reportingScope === "all" ? [...task.leadUnits, ...task.coUnits] : accountableUnits(task)),
      responsible,
      admitsAnyone: task.leadUnits.some(unexpandable) || task.coUnits.some(unexpandable),
    };
    perTask.set(task, found);
  }
  return found;
}

/** Members of the groups among `names` whose category was guessed, and not named in `names` themselves: unit → group. */
function guessedMembers(registry: UnitRegistry, names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!registry.entries.some((e) => e.categoryGuess)) return out;
  const named = new Set(names.filter((n) => !registry.isGroupWord(n)).map((n) => registry.resolve(n)));
  for (const name of names) {
    if (!registry.isGroupWord(name)) continue;
    for (const unit of registry.expandGroup(name) ?? []) {
      if (!named.has(unit) && registry.categoryGuessOf(unit) && !out.has(unit)) out.set(unit, name);
    }
  }
  return out;
}

/**
 * The group through which a task owes a report from `unit` only because of a category guessed from the unit's name
 * ("各镇街" for 颜店镇 when the 单位 sheet has no 类别), or null when the unit owes it for certain.
 */
export function guessedReporter(ctx: ValidationContext, task: Task, unit: string): string | null {
  return taskUnits(ctx, task).guessed.get(unit) ?? null;
}

/** Units that must report on a task: its lead units, or every responsible unit when the settings say so. Shared: do not change it. */
export function reportingUnits(ctx: ValidationContext, task: Task): readonly string[] {
  return taskUnits(ctx, task).reporting;
}

/** Whether a unit is one of the task's responsible units (a group word the registry can't expand admits anyone). */
export function isResponsible(ctx: ValidationContext, task: Task, unit: string): boolean {
  const units = taskUnits(ctx, task);
  return units.admitsAnyone || units.responsible.includes(unit);
}

/** isResponsible for many rows of one task: the task's units looked up once, not once a row. */
export function responsibleTest(ctx: ValidationContext, task: Task): (unit: string) => boolean {
  const units = taskUnits(ctx, task);
  if (units.admitsAnyone) return admitsAnyone;
  const responsible = units.responsible;
  return (unit) => responsible.includes(unit);
}
const admitsAnyone = () => true;

