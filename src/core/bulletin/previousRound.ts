/**
 * The last round, seen again: when a book holds reports for several periods, the states, roll-up and
 * judged figures as they stood at the previous period's due date, from that period's rows and earlier
 * ones only. It runs the engine's own judging (trackMetrics, computeTaskStates, rollUp) on that slice,
 * so "fell behind", "caught up" and "finished" compare like with like.
 */
import type { Analysis } from "../analysis";
import type { Judgement } from "../metrics";
import { shownRatio } from "../metrics/judgeTarget";
import type { ReportPeriod } from "../model";
import { createContext } from "../validate/context";
import { trackMetrics } from "../validate/trackMetrics";
import { computeTaskStates, TaskCategory, TaskState } from "../rollup/taskStates";
import { rollUp, RollupLine } from "../rollup/rollUp";
import { currentPeriod } from "../settings/periods";
import { addDays, IsoDate } from "../text/dates";
import { formatQuantity } from "../text/format";
import { percent, quote, roundFigure, taskName } from "./wording";

interface Round {
  period: ReportPeriod;
  asOf: string;
  states: Map<string, TaskState>;
  unitLines: RollupLine[];
  /** Judged targets by task id, in the order of the task's targets. */
  metrics: Map<string, Judgement[]>;
}

interface TaskChange {
  state: TaskState;
  before: TaskCategory;
}

interface UnitChange {
  unit: string;
  before: number;
  after: number;
}

interface Projection {
  taskId: string;
  judgement: Judgement;
  /** The figure the year would end at, at the current pace. */
  projected: number;
  /** projected ÷ target */
  share: number;
  /** "since" when the pace is the gain since the previous round, "year" when it is the year's average. */
  basis: "since" | "year";
}

interface Comparison {
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
function previousPeriod(a: Analysis): ReportPeriod | null {
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

function previousRound(a: Analysis): Round | null {
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
  if (previous) {
    for (const state of a.states.values()) {
      const before = previous.states.get(state.task.id)?.category;
      if (!before || before === state.category) continue;
      const change = { state, before };
      if (state.category === "done") out.finished.push(change);
      else if (BEHIND.includes(state.category) && !BEHIND.includes(before)) out.fellBehind.push(change);
      else if (state.category === "onTrack" && BEHIND.includes(before)) out.caughtUp.push(change);
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
  const round = currentPeriod(a.settings.periods, a.settings.asOf);
  const index = new Map<string, number>();
  for (const m of a.metrics) {
    const i = index.get(m.task.id) ?? 0;
    index.set(m.task.id, i + 1);
    // A figure of this round only: a figure carried over from an earlier report says nothing of the pace now.
    if (!round || m.row?.reportPeriod?.name !== round.name) continue;
    const figureAsOf = m.row.reportPeriod.end < a.settings.asOf ? m.row.reportPeriod.end : a.settings.asOf;
    const p = project(m.judgement, previous?.metrics.get(m.task.id)?.[i] ?? null, figureAsOf, a.settings.year);
    if (p) out.projections.push({ taskId: m.task.id, judgement: m.judgement, ...p });
  }
  return out;
}

/** At least about five months of the year gone before a pace is carried to the year's end: a first quarter says too little. */
const MIN_ELAPSED = 0.4;
/** At least about a month between two rounds before the gain between them is taken as the pace. */
const MIN_BETWEEN = 0.08;

/**
 * The year-end figure at the current pace, for a cumulative target with a figure of this round: the gain
 * since the last round carried on to the year's end when the last round had a comparable figure at least
 * a month earlier, else the year's average pace. Null — nothing said — for rates and levels (a pace means
 * nothing there), ceilings, targets already met or due before the year's end, shares stated rather than
 * figures, and when less than about five months of the year have gone.
 */
function project(j: Judgement, before: Judgement | null, figureAsOf: string, year: number): Omit<Projection, "taskId" | "judgement"> | null {
  if (!j.actual || shownRatio(j) === null || j.expected === null || j.actual.explicitRatio !== undefined || j.actual.stock) return null;
  if (!(j.expected >= MIN_ELAPSED && j.expected < 1) || j.status !== "behind" && j.status !== "on-track") return null;
  if (j.target.cmp === "<" || j.target.cmp === "<=" || j.target.stretch) return null;
  // The pace is carried to the target's deadline: only a deadline at the year's end is "全年".
  if (j.daysLeft === undefined || addDays(figureAsOf as IsoDate, j.daysLeft) !== `${year}-12-31`) return null;
  const target = j.target.base.value;
  if (!(target > 0)) return null;
  const now = j.actual.base.value;
  if (!(now >= 0)) return null;
  const scale = j.target.value / target;
  if (before?.actual && before.expected !== null && before.actual.explicitRatio === undefined && !before.actual.stock && before.actual.base.unit === j.actual.base.unit) {
    const then = before.actual.base.value;
    const shareThen = before.expected;
    const shareNow = j.expected;
    if (then >= 0 && now >= then && shareNow - shareThen >= MIN_BETWEEN) {
      const projected = now + ((now - then) / (shareNow - shareThen)) * (1 - shareNow);
      return { projected: projected * scale, share: projected / target, basis: "since" };
    }
  }
  const projected = now / j.expected;
  return { projected: projected * scale, share: projected / target, basis: "year" };
}

/** A line of the comparison as an office words it: a bold lead ("本期新完成：") and its text. */
export interface ComparisonLine {
  lead?: string;
  text: string;
}

const ref = (task: { id: string }) => `第${task.id}项`;

/** What changed since the last round, in words: the counts, the tasks finished, caught up and fallen behind, the units. */
export function comparisonLines(c: Comparison, a: Analysis): ComparisonLine[] {
  const prev = c.previous;
  if (!prev) return [];
  const list = (changes: TaskChange[]) => changes.map((x) => `${ref(x.state.task)}（${taskName(x.state.task, 20)}）`).join("、");
  const count = (states: Iterable<TaskState>, ks: TaskCategory[]) => [...states].filter((s) => ks.includes(s.category)).length;
  const lines: ComparisonLine[] = [
    {
      text: `与${prev.period.name}相比，已完成任务由${count(prev.states.values(), ["done"])}项变为${count(a.states.values(), ["done"])}项，进展滞后和逾期任务由${count(prev.states.values(), BEHIND)}项变为${count(a.states.values(), BEHIND)}项。`,
    },
    { lead: "本期新完成：", text: c.finished.length ? `${c.finished.length}项，${list(c.finished)}。` : "无。" },
    { lead: "由滞后转为序时推进：", text: c.caughtUp.length ? `${c.caughtUp.length}项，${list(c.caughtUp)}。` : "无。" },
    { lead: "新增滞后或逾期：", text: c.fellBehind.length ? `${c.fellBehind.length}项，${list(c.fellBehind)}。` : "无。" },
  ];
  const units = (xs: UnitChange[]) => xs.map((x) => `${x.unit}（${percent(x.before)}→${percent(x.after)}）`).join("、");
  if (c.improved.length) lines.push({ lead: "序时率提高的单位：", text: `${units(c.improved)}。` });
  if (c.slipped.length) lines.push({ lead: "序时率下降的单位：", text: `${units(c.slipped)}。` });
  return lines;
}

/**
 * Where the cumulative targets with a figure this round are heading, in words: how many reach their
 * target at the current pace, and each that falls short ("按当前进度测算，预计全年完成约9家，低于目标20家").
 * Nothing when no target can be projected.
 */
export function projectionLines(c: Comparison, a: Analysis, periodName: string): ComparisonLine[] {
  if (!c.projections.length) return [];
  const short = c.projections.filter((p) => p.share < 1);
  const reach = c.projections.length - short.length;
  const lines: ComparisonLine[] = [
    {
      text: short.length
        ? `按当前进度测算，本期报送了数字的${c.projections.length}项年度累计性指标中，${reach ? `${reach}项预计可以完成全年目标，` : ""}${short.length}项预计难以完成全年目标。`
        : `按当前进度测算，本期报送了数字的${c.projections.length}项年度累计性指标预计均可完成全年目标。`,
    },
  ];
  const tasks = new Map(a.tasks.map((t) => [t.id, t]));
  for (const p of short) {
    const j = p.judgement;
    const task = tasks.get(p.taskId);
    const basis = p.basis === "since" && c.previous ? `${c.previous.period.name}以来的进度` : "年初以来的平均进度";
    const reported = `${j.actual!.period || periodName}完成${formatQuantity(j.actual!.value, j.actual!.unit)}`;
    lines.push({
      text: `${task ? ref(task) : ""}${quote(j.target.phrase)}：${reported}，按${basis}测算，预计全年完成约${roundFigure(p.projected, j.target.unit)}，低于目标${roundFigure(j.target.value, j.target.unit)}，约为目标的${Math.round(p.share * 100)}%。`,
    });
  }
  return lines;
}
