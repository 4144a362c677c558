import { ProgressRow, ReportPeriod, Task } from "../model";
import { ValidationContext, expandUnits, reportingUnits } from "../validate/context";
import { TaskCategory, TaskState } from "./taskStates";

export type RollupDimension = "unitLead" | "unitCo" | "section" | "leader";

export const DIMENSION_LABEL: Record<RollupDimension, string> = {
  unitLead: "单位（牵头）",
  unitCo: "单位（协办）",
  section: "板块",
  leader: "牵头领导",
};

export interface RollupLine {
  dimension: RollupDimension;
  name: string;
  assigned: number;
  reported: number;
  done: number;
  onTrack: number;
  lagging: number;
  overdue: number;
  notReported: number;
  /** done ÷ assigned */
  completionRatio: number | null;
  /** (done + onTrack) ÷ assigned */
  onScheduleRatio: number | null;
  /** Σ weight of done ÷ Σ weight, when the catalogue has a 权重 column. */
  weightedCompletion: number | null;
  weightedOnSchedule: number | null;
}

export interface ReportingLine {
  unit: string;
  period: string;
  due: string;
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
}

export interface Rollup {
  lines: RollupLine[];
  reporting: ReportingLine[];
  hasWeights: boolean;
}

function line(dimension: RollupDimension, name: string, states: TaskState[], hasWeights: boolean): RollupLine {
  const count = (c: TaskCategory) => states.filter((s) => s.category === c).length;
  const assigned = states.length;
  const done = count("done");
  const onTrack = count("onTrack");
  const weight = (s: TaskState) => s.task.weight ?? 1;
  const total = states.reduce((a, s) => a + weight(s), 0);
  const weightOf = (cats: TaskCategory[]) => states.filter((s) => cats.includes(s.category)).reduce((a, s) => a + weight(s), 0);
  return {
    dimension,
    name,
    assigned,
    reported: states.filter((s) => s.reported).length,
    done,
    onTrack,
    lagging: count("lagging"),
    overdue: count("overdue"),
    notReported: count("notReported"),
    completionRatio: assigned ? done / assigned : null,
    onScheduleRatio: assigned ? (done + onTrack) / assigned : null,
    weightedCompletion: hasWeights && total ? weightOf(["done"]) / total : null,
    weightedOnSchedule: hasWeights && total ? weightOf(["done", "onTrack"]) / total : null,
  };
}

function group(states: TaskState[], keysOf: (task: Task) => string[]): Map<string, TaskState[]> {
  const map = new Map<string, TaskState[]>();
  for (const state of states) {
    for (const key of new Set(keysOf(state.task))) {
      if (!key) continue;
      const list = map.get(key) ?? [];
      list.push(state);
      map.set(key, list);
    }
  }
  return map;
}

/** A task's leader: the catalogue's 牵头领导, else the 分管领导 of its first lead unit in the registry. */
export function leaderOfTask(ctx: ValidationContext, task: Task): string {
  if (task.leader) return task.leader;
  for (const unit of task.leadUnits) {
    const leader = ctx.registry.leaderOf(unit);
    if (leader) return leader;
  }
  return "";
}

/** Roll-up per unit (lead and co-unit apart), per section and per leader, plus each unit's reporting record. */
export function rollUp(ctx: ValidationContext, states: Map<string, TaskState>, rowsByTask: Map<string, ProgressRow[]>): Rollup {
  const all = [...states.values()];
  const hasWeights = ctx.tasks.some((t) => t.weight !== null);
  const lines: RollupLine[] = [];
  const emit = (dimension: RollupDimension, groups: Map<string, TaskState[]>) => {
    const sorted = [...groups.entries()].map(([name, list]) => line(dimension, name, list, hasWeights));
    sorted.sort((a, b) => (b.completionRatio ?? -1) - (a.completionRatio ?? -1) || b.assigned - a.assigned || a.name.localeCompare(b.name, "zh"));
    lines.push(...sorted);
  };
  emit("unitLead", group(all, (t) => expandUnits(ctx.registry, t.leadUnits)));
  emit("unitCo", group(all, (t) => expandUnits(ctx.registry, t.coUnits)));
  const sectionOrder = [...new Set(ctx.tasks.map((t) => t.section))];
  const sections = group(all, (t) => [t.section || "（未分板块）"]);
  for (const name of sectionOrder.map((s) => s || "（未分板块）")) {
    const list = sections.get(name);
    if (list) lines.push(line("section", name, list, hasWeights));
    sections.delete(name);
  }
  emit("leader", group(all, (t) => [leaderOfTask(ctx, t) || "（未明确）"]));
  return { lines, reporting: reportingRecord(ctx, all, rowsByTask), hasWeights };
}

function reportingRecord(ctx: ValidationContext, states: TaskState[], rowsByTask: Map<string, ProgressRow[]>): ReportingLine[] {
  const reportedPeriods = new Set<string>();
  for (const r of ctx.progress) {
    const name = ctx.periodOf.get(r)?.name;
    if (name !== undefined) reportedPeriods.add(name);
  }
  const periods: ReportPeriod[] = ctx.settings.periods.filter((p) => p.due < ctx.settings.asOf || reportedPeriods.has(p.name));
  const out: ReportingLine[] = [];
  const byUnit = new Map<string, Map<string, ReportingLine>>();
  // Task by task rather than period by period: each task's rows are scanned once per reporting unit for
  // the first row of every period (what rows.find did per period). Units and, within a unit, periods are
  // met in the same order as before, so the lines come out in the same order.
  // Slots by period position; a period name shared by several configured periods fills each of them.
  const slotsOf = new Map<string, number[]>();
  periods.forEach((p, i) => slotsOf.set(p.name, [...(slotsOf.get(p.name) ?? []), i]));
  const first: (ProgressRow | undefined)[] = new Array(periods.length);
  for (const { task } of states) {
    const rows = rowsByTask.get(task.id) ?? [];
    for (const unit of reportingUnits(ctx, task)) {
      first.fill(undefined);
      for (const r of rows) {
        if (r.unit !== unit) continue;
        const name = ctx.periodOf.get(r)?.name;
        const slots = name === undefined ? undefined : slotsOf.get(name);
        if (slots) for (const i of slots) if (!first[i]) first[i] = r;
      }
      let perPeriod = byUnit.get(unit);
      if (!perPeriod) byUnit.set(unit, (perPeriod = new Map()));
      for (let i = 0; i < periods.length; i++) {
        const period = periods[i];
        let rec = perPeriod.get(period.name);
        if (!rec) perPeriod.set(period.name, (rec = { unit, period: period.name, due: period.due, expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0 }));
        rec.expected++;
        const row = first[i];
        if (!row) {
          if (period.due < ctx.settings.asOf) rec.missing++;
          continue;
        }
        rec.submitted++;
        // An undated row counts as on time: the sheet gives no evidence it was late.
        if (row.date && row.date > period.due) rec.late++;
        else rec.onTime++;
      }
    }
  }
  for (const perPeriod of byUnit.values()) out.push(...perPeriod.values());
  return out;
}
