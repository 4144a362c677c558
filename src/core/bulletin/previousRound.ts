/**
 * The last round, seen again: when a book holds reports for several periods, the states, roll-up and
 * judged figures as they stood at the previous period's due date, from that period's rows and earlier
 * ones only. It runs the engine's own judging (trackMetrics, computeTaskStates, rollUp) on that slice,
 * so "fell behind", "caught up" and "finished" compare like with like.
 */
import type { Analysis } from "../analysis";
import type { Judgement } from "../metrics";
import type { ReportPeriod } from "../model";
import { createContext } from "../validate/context";
import { trackMetrics } from "../validate/trackMetrics";
import { computeTaskStates, TaskCategory, TaskState } from "../rollup/taskStates";
import { rollUp, RollupLine } from "../rollup/rollUp";
import { currentPeriod } from "../settings/periods";

export interface Round {
  period: ReportPeriod;
  asOf: string;
  states: Map<string, TaskState>;
  unitLines: RollupLine[];
  /** Judged targets by task id, in the order of the task's targets. */
  metrics: Map<string, Judgement[]>;
}

export interface TaskChange {
  state: TaskState;
  before: TaskCategory;
}

export interface UnitChange {
  unit: string;
  before: number;
  after: number;
}

export interface Projection {
  taskId: string;
  judgement: Judgement;
  /** The figure the year would end at, at the current pace. */
  projected: number;
  /** projected ÷ target */
  share: number;
  /** "since" when the pace is the gain since the previous round, "year" when it is the year's average. */
  basis: "since" | "year";
}

export interface Comparison {
  previous: Round | null;
  fellBehind: TaskChange[];
  caughtUp: TaskChange[];
  finished: TaskChange[];
  improved: UnitChange[];
  slipped: UnitChange[];
  projections: Projection[];
}

const BEHIND: TaskCategory[] = ["lagging", "overdue"];

/** The period of this round, and the latest earlier one that has rows: the last round. */
export function previousPeriod(a: Analysis): ReportPeriod | null {
  const current = currentPeriod(a.settings.periods, a.settings.asOf);
  if (!current) return null;
  const withRows = new Set<string>();
  for (const r of a.progress) if (r.reportPeriod) withRows.add(r.reportPeriod.name);
  const earlier = a.settings.periods.filter((p) => p.end < current.end && withRows.has(p.name));
  return earlier.length ? earlier[earlier.length - 1] : null;
}

function metricsByTask(metrics: { task: { id: string }; judgement: Judgement }[]): Map<string, Judgement[]> {
  const out = new Map<string, Judgement[]>();
  for (const m of metrics) out.set(m.task.id, [...(out.get(m.task.id) ?? []), m.judgement]);
  return out;
}

export function previousRound(a: Analysis): Round | null {
  const period = previousPeriod(a);
  if (!period) return null;
  const asOf = period.due > period.end ? period.due : period.end;
  const settings = { ...a.settings, asOf };
  const rows = a.progress.filter((r) => r.reportPeriod !== null && r.reportPeriod.end <= period.end);
  const ctx = createContext(settings, a.registry, a.units.length > 0, a.tasks, rows);
  const tracked = trackMetrics(ctx, ctx.rowsByTask);
  const states = computeTaskStates(ctx, ctx.rowsByTask, tracked.judged);
  const rollup = rollUp(ctx, states, ctx.rowsByTask);
  return { period, asOf, states, unitLines: rollup.lines.filter((l) => l.dimension === "unitLead"), metrics: metricsByTask(tracked.metrics) };
}

/** What changed since the last round, and where cumulative targets are heading. */
export function compareRounds(a: Analysis): Comparison {
  const previous = previousRound(a);
  const out: Comparison = { previous, fellBehind: [], caughtUp: [], finished: [], improved: [], slipped: [], projections: [] };
  const current = metricsByTask(a.metrics);
  if (previous) {
    for (const state of a.states.values()) {
      const before = previous.states.get(state.task.id)?.category;
      if (!before || before === state.category) continue;
      const change = { state, before };
      if (state.category === "done") out.finished.push(change);
      else if (BEHIND.includes(state.category) && !BEHIND.includes(before)) out.fellBehind.push(change);
      else if (state.category === "onTrack" && before !== "done") out.caughtUp.push(change);
    }
    const was = new Map(previous.unitLines.map((l) => [l.name, l.onScheduleRatio]));
    for (const l of a.rollup.lines) {
      if (l.dimension !== "unitLead" || l.onScheduleRatio === null) continue;
      const before = was.get(l.name);
      if (before === undefined || before === null || Math.abs(before - l.onScheduleRatio) < 1e-9) continue;
      (l.onScheduleRatio > before ? out.improved : out.slipped).push({ unit: l.name, before, after: l.onScheduleRatio });
    }
    out.improved.sort((x, y) => y.after - y.before - (x.after - x.before));
    out.slipped.sort((x, y) => x.after - x.before - (y.after - y.before));
  }
  for (const [taskId, judgements] of current) {
    judgements.forEach((j, i) => {
      const p = project(j, previous?.metrics.get(taskId)?.[i] ?? null);
      if (p) out.projections.push({ taskId, judgement: j, ...p });
    });
  }
  return out;
}

/**
 * The year-end figure at the current pace, for a cumulative target with a figure: the gain since the last
 * round carried on to the year's end when the last round had a comparable figure, else the year's average
 * pace. Null for rates and levels (a pace means nothing there) and for targets already met.
 */
function project(j: Judgement, before: Judgement | null): Omit<Projection, "taskId" | "judgement"> | null {
  if (!j.actual || j.ratio === null || j.expected === null || j.actual.explicitRatio !== undefined) return null;
  if (!(j.expected > 0 && j.expected < 1) || j.status === "done") return null;
  const target = j.target.base.value;
  if (!(target > 0)) return null;
  const now = j.actual.base.value;
  if (before?.actual && before.expected !== null && before.actual.explicitRatio === undefined && before.actual.base.unit === j.actual.base.unit) {
    const then = before.actual.base.value;
    const shareThen = before.expected;
    const shareNow = j.expected;
    if (now >= then && shareNow > shareThen) {
      const projected = now + ((now - then) / (shareNow - shareThen)) * (1 - shareNow);
      return { projected: projected * (j.target.value / target), share: projected / target, basis: "since" };
    }
  }
  const projected = now / j.expected;
  return { projected: projected * (j.target.value / target), share: projected / target, basis: "year" };
}
