import { ProgressRow, ReportPeriod, Task } from "../model";
import { ValidationContext, answerableUnits, guessedReporter, isUnexpandedGroup, reportingUnits } from "../validate/context";
import { TaskCategory, TaskState } from "./taskStates";
import { toSimplified } from "../text/traditional";
import { accountableUnits } from "../catalogue/sharedUnits";

type RollupDimension = "unitLead" | "unitCo" | "coordinator" | "group" | "section" | "leader";

export const DIMENSION_LABEL: Record<RollupDimension, string> = {
  unitLead: "单位（牵头）",
  unitCo: "单位（协办）",
  coordinator: "单位（总牵头）",
  group: "单位统称（未展开）",
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
  /** Reported, but nothing in the report could be judged (待研判): neither on schedule nor lagging. */
  unjudged: number;
  notReported: number;
  /** done ÷ assigned */
  completionRatio: number | null;
  /** (done + onTrack) ÷ the tasks judged (assigned − unjudged); null when none was judged. */
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

/** The counts and ratios of a set of tasks (a unit's, a section's, or all of a round's). */
export function rollupLine(dimension: RollupDimension, name: string, states: TaskState[], hasWeights: boolean): RollupLine {
  const counts: Record<TaskCategory, number> = { done: 0, onTrack: 0, lagging: 0, overdue: 0, unjudged: 0, notReported: 0 };
  let reported = 0;
  let total = 0;
  let weightDone = 0;
  let weightOnSchedule = 0;
  let weightJudged = 0;
  for (const s of states) {
    counts[s.category]++;
    if (s.reported) reported++;
    const weight = s.task.weight ?? 1;
    total += weight;
    // Sums kept apart, each in task order, so the ratios are the same to the last bit however they are read.
    if (s.category === "done") weightDone += weight;
    if (s.category === "done" || s.category === "onTrack") weightOnSchedule += weight;
    if (s.category !== "unjudged") weightJudged += weight;
  }
  const assigned = states.length;
  const { done, onTrack, unjudged } = counts;
  const judged = assigned - unjudged;
  return {
    dimension,
    name,
    assigned,
    reported,
    done,
    onTrack,
    lagging: counts.lagging,
    overdue: counts.overdue,
    unjudged,
    notReported: counts.notReported,
    completionRatio: assigned ? done / assigned : null,
    onScheduleRatio: judged ? (done + onTrack) / judged : null,
    weightedCompletion: hasWeights && total ? weightDone / total : null,
    weightedOnSchedule: hasWeights && weightJudged ? weightOnSchedule / weightJudged : null,
  };
}

/** Tasks by key; `keysOf` gives each task's keys without repeats. */
function group(states: TaskState[], keysOf: (task: Task) => readonly string[]): Map<string, TaskState[]> {
  const map = new Map<string, TaskState[]>();
  for (const state of states) {
    for (const key of keysOf(state.task)) {
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(state);
      else map.set(key, [state]);
    }
  }
  return map;
}

/** A task's leader: the catalogue's 牵头领导, else the 分管领导 of its first lead unit in the registry. */
export function leaderOfTask(ctx: ValidationContext, task: Task): string {
  if (task.leader) return task.leader;
  for (const unit of accountableUnits(task)) {
    const leader = ctx.registry.leaderOf(unit);
    if (leader) return leader;
  }
  return "";
}

/**
 * The leaders named in a 牵头领导 cell, each once: "石可清、孙恒民" → both; none → "（未明确）". A name written
 * in traditional characters ("孫恒民") is the same leader's.
 */
export function leadersOf(text: string): string[] {
  const names = toSimplified(text)
    .split(/[、，,；;/\n]+/)
    .map((n) => n.replace(/[\s\u3000]+/g, "").replace(/同志$/, ""))
    .filter(Boolean);
  return names.length ? [...new Set(names)] : ["（未明确）"];
}

/** Roll-up per unit (lead and co-unit apart), per section and per leader, plus each unit's reporting record. */
export function rollUp(ctx: ValidationContext, states: Map<string, TaskState>, rowsByTask: Map<string, ProgressRow[]>): Rollup {
  const all = [...states.values()];
  const hasWeights = ctx.tasks.some((t) => t.weight !== null);
  const lines: RollupLine[] = [];
  const emit = (dimension: RollupDimension, groups: Map<string, TaskState[]>) => {
    const sorted = [...groups.entries()].map(([name, list]) => rollupLine(dimension, name, list, hasWeights));
    sorted.sort((a, b) => (b.completionRatio ?? -1) - (a.completionRatio ?? -1) || b.assigned - a.assigned || a.name.localeCompare(b.name, "zh"));
    lines.push(...sorted);
  };
  // A task shared out without a lead (co-units only, "按职责分工负责") counts on each unit's 牵头 line, as a task
  // with two lead units does, and on no 配合 line.
  // A group phrase the registry cannot expand is no unit: it has no 牵头 or 配合 line, but a line of its own as
  // a group (单位统称), with every task naming it.
  emit("unitLead", group(all, (t) => answerableUnits(ctx.registry, accountableUnits(t))));
  emit("unitCo", group(all, (t) => (t.leadUnits.length ? answerableUnits(ctx.registry, t.coUnits) : [])));
  // The coordinator of a part (总牵头单位) answers for every task of it, whoever leads each: a line of its own, so
  // its 牵头 line (and the ranking in 通报) still counts only what it leads.
  emit("coordinator", group(all, (t) => (t.coordinator ? [t.coordinator] : [])));
  emit("group", group(all, (t) => [...new Set([...t.leadUnits, ...t.coUnits].filter((u) => isUnexpandedGroup(ctx.registry, u)))]));
  const sectionOrder = [...new Set(ctx.tasks.map((t) => t.section))];
  const sections = group(all, (t) => [t.section || "（未分板块）"]);
  for (const name of sectionOrder.map((s) => s || "（未分板块）")) {
    const list = sections.get(name);
    if (list) lines.push(rollupLine("section", name, list, hasWeights));
    sections.delete(name);
  }
  // Joint leaders ("石可清、孙恒民") each count the task on their own line.
  emit("leader", group(all, (t) => leadersOf(leaderOfTask(ctx, t))));
  return { lines, reporting: reportingRecord(ctx, all, rowsByTask), hasWeights };
}

function reportingRecord(ctx: ValidationContext, states: TaskState[], rowsByTask: Map<string, ProgressRow[]>): ReportingLine[] {
  const reportedPeriods = new Set<string>();
  for (let i = 0; i < ctx.progress.length; i++) {
    const name = ctx.progress[i].reportPeriod?.name;
    if (name !== undefined) reportedPeriods.add(name);
  }
  const periods: ReportPeriod[] = ctx.settings.periods.filter((p) => p.due < ctx.settings.asOf || reportedPeriods.has(p.name));
  const out: ReportingLine[] = [];
  // One record per unit and period name, in slots by the position of the first period of that name.
  const byUnit = new Map<string, (ReportingLine | undefined)[]>();
  const recordSlot = periods.map((p) => periods.findIndex((q) => q.name === p.name));
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
      // A group that names nobody in particular owes no report of its own (CAT_GROUP_UNIT says so).
      if (isUnexpandedGroup(ctx.registry, unit)) continue;
      // A unit the task reaches only through a category guessed from its name owes nothing until it reports
      // (REPORT_MISSING_GUESSED says so): it is no missing reporter by a guess alone.
      if (guessedReporter(ctx, task, unit) !== null && !rows.some((r) => r.unit === unit)) continue;
      first.fill(undefined);
      for (const r of rows) {
        if (r.unit !== unit) continue;
        const name = r.reportPeriod?.name;
        const slots = name === undefined ? undefined : slotsOf.get(name);
        if (slots) for (const i of slots) if (!first[i]) first[i] = r;
      }
      let records = byUnit.get(unit);
      if (!records) byUnit.set(unit, (records = new Array(periods.length)));
      for (let i = 0; i < periods.length; i++) {
        const period = periods[i];
        let rec = records[recordSlot[i]];
        if (!rec) records[recordSlot[i]] = rec = { unit, period: period.name, due: period.due, expected: 0, submitted: 0, onTime: 0, late: 0, missing: 0 };
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
  for (const records of byUnit.values()) for (const rec of records) if (rec) out.push(rec);
  return out;
}
