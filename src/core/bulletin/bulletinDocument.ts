/**
 * The bulletin (通报) of a round as an office writes it: 总体情况 with the counts of 汇总, what changed since
 * the last round, 成效 with figures, 问题 by unit and by leader with target / actual / 序时进度, units ranked
 * by 序时率 (ties together; units with nothing reported left out), 报送情况 from what the book can know,
 * 下步要求, and an annex table of the lagging tasks. Pure: the same model is written as .docx by a host
 * and as lines into the 通报 sheet.
 */
import type { Analysis } from "../analysis";
import type { Judgement } from "../metrics";
import type { ReportPeriod, Task } from "../model";
import { CATEGORY_LABEL, TaskCategory, TaskState } from "../rollup/taskStates";
import { leaderOfTask, leadersOf, ReportingLine, RollupLine } from "../rollup/rollUp";
import { currentPeriod } from "../settings/periods";
import { createContext, isUnexpandedGroup, reportingUnits, ValidationContext } from "../validate/context";
import { DocBlock, DocTableCell, OfficialDocument } from "./document";
import { chineseNumber, dateInWords, isPaced, judgementWords, percent, quote, taskName } from "./wording";
import { compareRounds, ComparisonLine, comparisonLines, projectionLines } from "./previousRound";
import { accountableUnits } from "../catalogue/sharedUnits";
import { unexpandedGroups } from "../catalogue/groupUnits";

export interface BulletinOptions {
  /** The issuing office, signed at the end (default 督查室). */
  office?: string;
}

/** The counts a bulletin states, for checking against 汇总 and 报送情况. */
interface BulletinCounts {
  tasks: number;
  byCategory: Record<TaskCategory, number>;
  /** Tasks without a unit that must report (no lead unit): nobody can be urged for them. */
  withoutReporter: number;
  period: string | null;
  expected: number;
  submitted: number;
  late: number;
  missing: number;
  /** Submitted reports with a report date (only these can be called 按时 or 迟报). */
  dated: number;
}

const BEHIND: TaskCategory[] = ["lagging", "overdue"];

function judgementsOf(a: Analysis): Map<string, Judgement[]> {
  const out = new Map<string, Judgement[]>();
  for (const m of a.metrics) out.set(m.task.id, [...(out.get(m.task.id) ?? []), m.judgement]);
  return out;
}

/** 第13项 */
function taskRef(task: Task): string {
  return `第${task.id}项`;
}

/** The round's period: the latest that has ended by the as-of date. */
function roundPeriod(a: Analysis): ReportPeriod | null {
  return currentPeriod(a.settings.periods, a.settings.asOf);
}

function reportingOf(a: Analysis, period: ReportPeriod | null): ReportingLine[] {
  return period ? a.rollup.reporting.filter((r) => r.period === period.name) : [];
}

/**
 * Submitted reports of the round that carry a report date, counted the way the roll-up counts reports:
 * the first row of each (task, reporting unit) in the period.
 */
function datedReports(a: Analysis, ctx: ValidationContext, period: ReportPeriod | null): { submitted: number; dated: number } {
  if (!period) return { submitted: 0, dated: 0 };
  const seen = new Set<string>();
  let submitted = 0;
  let dated = 0;
  for (const row of a.progress) {
    if (row.reportPeriod?.name !== period.name) continue;
    const task = ctx.taskById.get(row.taskId);
    if (!task || !reportingUnits(ctx, task).includes(row.unit)) continue;
    const key = `${row.taskId}\u0000${row.unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    submitted++;
    if (row.date) dated++;
  }
  return { submitted, dated };
}

export function bulletinCounts(a: Analysis): BulletinCounts {
  const ctx = createContext(a.settings, a.registry, a.units.length > 0, a.tasks, a.progress);
  const byCategory: Record<TaskCategory, number> = { done: 0, onTrack: 0, lagging: 0, overdue: 0, unjudged: 0, notReported: 0 };
  let withoutReporter = 0;
  for (const s of a.states.values()) {
    byCategory[s.category]++;
    // A group phrase the registry cannot expand ("要素保障相关单位") names nobody who owes the report.
    if (reportingUnits(ctx, s.task).every((u) => isUnexpandedGroup(ctx.registry, u))) withoutReporter++;
  }
  const period = roundPeriod(a);
  const reporting = reportingOf(a, period);
  const sum = (k: "expected" | "submitted" | "late" | "missing") => reporting.reduce((acc, r) => acc + r[k], 0);
  return { tasks: a.states.size, byCategory, withoutReporter, period: period?.name ?? null, expected: sum("expected"), submitted: sum("submitted"), late: sum("late"), missing: sum("missing"), dated: datedReports(a, ctx, period).dated };
}

/** A figure line for a lagging or overdue task: its judged targets with a figure, in words, or the status it was reported with. */
export function findingOf(state: TaskState, judgements: Judgement[], periodName: string): string {
  const words = judgements
    .filter((j) => j.status === "behind" || j.status === "overdue")
    .map((j) => judgementWords(j, periodName))
    .filter((w): w is string => Boolean(w));
  if (state.category === "overdue") {
    const why = `完成时限为${dateInWords(state.deadline)}，${state.latest ? `最新报送状态为“${state.latest.status || "未标注"}”，` : "未报送进展，"}逾期未完成`;
    return [why, ...words].join("；");
  }
  if (words.length) return words.join("；");
  if (state.source === "reported" && state.latest) return `报送状态为“${state.latest.status}”`;
  // The verdict's own reason, without its leading label, rather than the label said twice.
  const reason = state.verdict.reason.replace(/^[^：]{1,8}：/, "");
  return reason || "进展滞后";
}

/** Units ranked by 序时率, ties in one group; units that reported nothing are left out. */
function rankingBlocks(a: Analysis): DocBlock[] {
  const lines = a.rollup.lines.filter((l) => l.dimension === "unitLead");
  const ranked = lines.filter((l) => l.reported > 0 && l.onScheduleRatio !== null);
  const silent = lines.filter((l) => l.reported === 0).length;
  const unjudgedOnly = lines.length - ranked.length - silent;
  const left = [silent ? `${silent}个单位本期未报送任何进展` : "", unjudgedOnly ? `${unjudgedOnly}个单位报送的进展均待研判` : ""].filter(Boolean).join("，");
  const blocks: DocBlock[] = [];
  if (!ranked.length) {
    blocks.push({ kind: "paragraph", text: "本期各牵头单位均未报送进展，暂不排名。" });
    return blocks;
  }
  blocks.push({ kind: "paragraph", text: `按牵头任务序时率（已完成和序时推进的任务占已研判牵头任务的比例）由高到低排列，序时率相同的单位并列${left ? `；${left}，未参与排名，见报送情况和任务状态` : ""}。` });
  const groups = new Map<string, RollupLine[]>();
  for (const l of ranked.sort((x, y) => y.onScheduleRatio! - x.onScheduleRatio! || y.assigned - x.assigned || x.name.localeCompare(y.name, "zh"))) {
    const key = percent(l.onScheduleRatio!);
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  let place = 1;
  for (const [ratio, group] of groups) {
    const names = group.map((l) => (l.onScheduleRatio! < 1 ? `${l.name}（${l.done + l.onTrack}/${l.assigned - l.unjudged}项）` : l.name)).join("、");
    blocks.push({ kind: "paragraph", lead: `${group.length > 1 ? `第${place}名（并列${group.length}个单位）` : `第${place}名`}，序时率${ratio}：`, text: `${names}。` });
    place += group.length;
  }
  return blocks;
}

const asParagraphs = (lines: ComparisonLine[]): DocBlock[] => lines.map((l) => ({ kind: "paragraph", ...(l.lead ? { lead: l.lead } : {}), text: l.text }));

/** The bulletin of the round as a document. */
export function bulletinDocument(a: Analysis, options: BulletinOptions = {}): OfficialDocument {
  const period = roundPeriod(a);
  const periodName = period?.name ?? "本期";
  const ctx = createContext(a.settings, a.registry, a.units.length > 0, a.tasks, a.progress);
  const counts = bulletinCounts(a);
  const judgements = judgementsOf(a);
  const states = [...a.states.values()];
  const c = counts.byCategory;
  const comparison = compareRounds(a);
  const title = `关于${a.settings.year}年${period ? period.name : ""}《政府工作报告》重点任务落实情况的通报`;
  const cut = title.indexOf("》") + 1;
  const blocks: DocBlock[] = [{ kind: "title", text: title, lines: [title.slice(0, cut), title.slice(cut)] }, { kind: "flush", text: "各责任单位：" }];
  blocks.push({
    kind: "paragraph",
    text: `为推动《政府工作报告》确定的重点任务落到实处，对照任务清单和各单位报送的${periodName}进展，对截至${dateInWords(a.settings.asOf)}的落实情况进行了梳理研判。现将有关情况通报如下。`,
  });

  let section = 0;
  const heading = (text: string) => blocks.push({ kind: "heading", level: 1, text: `${chineseNumber(++section)}、${text}` });

  // 一、总体情况
  heading("总体情况");
  const total = counts.tasks;
  const noReporter = counts.withoutReporter && c.notReported ? `（其中${Math.min(counts.withoutReporter, c.notReported)}项未明确牵头单位）` : "";
  const judged = total - c.unjudged;
  const unjudged = c.unjudged ? `，已报送但进展内容无法据以研判${c.unjudged}项（待研判）` : "";
  blocks.push({
    kind: "paragraph",
    text: `截至${dateInWords(a.settings.asOf)}，${total}项重点任务中，已完成${c.done}项，序时推进${c.onTrack}项，进展滞后${c.lagging}项，已逾期${c.overdue}项${unjudged}，未报送${c.notReported}项${noReporter}；完成率${total ? percent(c.done / total) : "—"}，序时率${judged ? percent((c.done + c.onTrack) / judged) : "—"}${c.unjudged && judged ? "（不含待研判任务）" : ""}。`,
  });
  // Section names without their ordinal and declared count; placeholder names (（未分板块）, （标题缺失）) are
  // wholly in brackets and are not named.
  const sectionName = (name: string) => name.replace(/^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/, "").replace(/[（(]共\d+项[）)]$/, "");
  const sections = a.rollup.lines.filter((l) => l.dimension === "section" && l.reported > 0 && !/^[（(][^（）()]*[）)]$/.test(sectionName(l.name)));
  if (sections.length > 1) {
    blocks.push({ kind: "paragraph", text: `分板块看，${sections.map((l) => `${sectionName(l.name)}${l.assigned}项、序时率${l.onScheduleRatio === null ? "—" : percent(l.onScheduleRatio)}`).join("；")}。` });
  }

  // 二、与上期相比
  if (comparison.previous) {
    heading(`与${comparison.previous.period.name}相比`);
    blocks.push(...asParagraphs(comparisonLines(comparison, a)));
  }

  // 成效
  heading("取得的成效");
  const done = states.filter((s) => s.category === "done");
  const ahead: { state: TaskState; words: string }[] = [];
  for (const s of states) {
    if (s.category !== "done" && s.category !== "onTrack") continue;
    for (const j of judgements.get(s.task.id) ?? []) {
      const good = j.status === "done" || (j.status === "on-track" && (isPaced(j) ? j.ratio! >= j.expected! : j.met === true));
      const words = good ? judgementWords(j, periodName) : null;
      if (words) ahead.push({ state: s, words });
    }
  }
  if (!done.length && !ahead.length) blocks.push({ kind: "paragraph", text: "本期尚无已完成或达到、超过序时进度的量化任务。" });
  if (done.length) blocks.push({ kind: "paragraph", lead: `已完成任务${done.length}项：`, text: `${done.map((s) => `${taskRef(s.task)}${quote(taskName(s.task))}（${unitsWords(s.task) || "未明确牵头单位"}）`).join("；")}。` });
  if (ahead.length) {
    blocks.push({ kind: "paragraph", lead: `达到或超过序时进度的指标${ahead.length}项：`, text: "" });
    for (const x of ahead) blocks.push({ kind: "paragraph", text: `${taskRef(x.state.task)}（${unitsWords(x.state.task)}），${x.words}。` });
  }

  // 问题
  heading("存在的问题");
  const behind = states.filter((s) => BEHIND.includes(s.category));
  let sub = 0;
  const unread = c.unjudged ? `；${c.unjudged}项任务已报送，但进展内容未反映任务目标或无可比数据，待逐项研判（见任务状态）` : "";
  if (!behind.length) blocks.push({ kind: "paragraph", text: `本期没有进展滞后或逾期未完成的任务${c.notReported ? `；${c.notReported}项任务未报送进展，进展情况无法研判` : ""}${unread}。` });
  else {
    blocks.push({ kind: "paragraph", text: `进展滞后${c.lagging}项，逾期未完成${c.overdue}项${c.notReported ? `，另有${c.notReported}项未报送进展、无法研判` : ""}${unread}。` });
    blocks.push({ kind: "heading", level: 2, text: `（${chineseNumber(++sub)}）按牵头单位` });
    const byUnit = new Map<string, TaskState[]>();
    const byGroup = new Map<string, TaskState[]>();
    // A task shared out without a lead is listed under each of its units, as a task with two lead units is; a group
    // phrase the registry cannot expand is listed after the units, as a group, never as if it were one.
    for (const s of behind) {
      for (const u of accountableUnits(s.task)) {
        const into = isUnexpandedGroup(ctx.registry, u) ? byGroup : byUnit;
        into.set(u, [...(into.get(u) ?? []), s]);
      }
    }
    const units = [...byUnit.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0], "zh"));
    for (const [unit, list] of [...units, ...byGroup]) {
      const parts = list.map((s) => {
        const finding = findingOf(s, judgements.get(s.task.id) ?? [], periodName);
        const name = taskName(s.task);
        // A task named by the target its finding already quotes is not named twice.
        const named = (judgements.get(s.task.id) ?? []).some((j) => finding.includes(j.target.phrase) && (j.target.phrase.includes(name) || name.includes(j.target.phrase)));
        return `${taskRef(s.task)}${named ? "" : quote(name)}（${CATEGORY_LABEL[s.category]}），${finding}`;
      });
      const lead = byGroup.has(unit) && !byUnit.has(unit) ? `${unit}（统称，未明确具体单位，${list.length}项）：` : `${unit}（${list.length}项）：`;
      blocks.push({ kind: "paragraph", lead, text: `${parts.join("；")}。` });
    }
    const unowned = behind.filter((s) => !accountableUnits(s.task).length);
    if (unowned.length) blocks.push({ kind: "paragraph", lead: "未明确牵头单位的任务：", text: `${unowned.map((s) => `${taskRef(s.task)}${quote(taskName(s.task))}`).join("；")}，请尽快明确责任单位。` });
    const byLeader = new Map<string, TaskState[]>();
    for (const s of behind) {
      // Joint leaders ("石可清、孙恒民") each answer for the task, as in the per-leader roll-up.
      const text = leaderOfTask(ctx, s.task);
      if (text) for (const leader of leadersOf(text)) byLeader.set(leader, [...(byLeader.get(leader) ?? []), s]);
    }
    if (byLeader.size) {
      blocks.push({ kind: "heading", level: 2, text: `（${chineseNumber(++sub)}）按牵头领导` });
      for (const [leader, list] of byLeader) {
        const lag = list.filter((s) => s.category === "lagging");
        const over = list.filter((s) => s.category === "overdue");
        const ids = (xs: TaskState[]) => xs.map((s) => s.task.id).join("、");
        const parts = [lag.length ? `进展滞后${lag.length}项（第${ids(lag)}项）` : "", over.length ? `逾期未完成${over.length}项（第${ids(over)}项）` : ""].filter(Boolean);
        blocks.push({ kind: "paragraph", text: `${leader}同志牵头的任务中，${parts.join("，")}。` });
      }
    }
  }
  const projections = asParagraphs(projectionLines(comparison, a, periodName));
  if (projections.length) {
    blocks.push({ kind: "heading", level: 2, text: `（${chineseNumber(++sub)}）年底完成预判` });
    blocks.push(...projections);
  }

  // 单位排名
  heading("各牵头单位落实情况");
  blocks.push(...rankingBlocks(a));
  // Group phrases nobody can be ranked for: named with the tasks they affect, as CAT_GROUP_UNIT names them.
  const groups = unexpandedGroups(a.tasks, a.registry);
  if (groups.length) {
    const named = groups.map((g) => `${quote(g.word)}（第${g.tasks.map((t) => t.id).join("、")}项）`).join("、");
    blocks.push({ kind: "paragraph", text: `${named}是一类单位的统称，未明确到具体单位，未参与排名，请明确责任单位。` });
  }

  // 报送情况
  heading("报送情况");
  blocks.push(...reportingBlocks(a, counts, period));

  // 下步要求
  heading("下步要求");
  const asks: string[] = [];
  if (behind.length) asks.push("对进展滞后和逾期未完成的任务，牵头单位要逐项分析原因，明确整改措施和完成时限，牵头领导要加强调度，确保按期完成。");
  if (counts.missing) asks.push(`未报送${periodName}进展的单位要立即补报，今后严格按照规定时限报送。`);
  asks.push("各责任单位要对照年度目标和序时进度，聚焦关键指标和重点项目，加快推进、压茬落实，确保完成全年目标任务。");
  asks.push("报送的进展要写明具体数据和实际成效，存在问题和下步打算要具体，不得照抄上期内容。");
  asks.forEach((text, i) => blocks.push({ kind: "paragraph", lead: `${["一", "二", "三", "四", "五"][i]}是`, text }));

  if (behind.length) blocks.push({ kind: "paragraph", text: "附件：进展滞后和逾期任务清单" });
  blocks.push({ kind: "signature", lines: [options.office || "督查室", dateInWords(a.settings.asOf)] });

  if (behind.length) {
    blocks.push({ kind: "pageBreak" });
    blocks.push({ kind: "flush", text: "附件", bold: true });
    blocks.push({ kind: "title", text: "进展滞后和逾期任务清单" });
    const rows: DocTableCell[][] = behind.map((s, i) => [
      { text: String(i + 1) },
      { text: s.task.id },
      { text: s.task.text.replace(/\s+/g, "") },
      { text: unitsWords(s.task) || "未明确" },
      { text: CATEGORY_LABEL[s.category], fill: s.category === "overdue" ? "red" : "yellow" },
      { text: findingOf(s, judgements.get(s.task.id) ?? [], periodName) },
    ]);
    blocks.push({ kind: "table", widths: [5, 6, 38, 12, 7, 32], header: ["序号", "任务号", "任务内容", "牵头单位", "状态", "目标、进展与序时进度"].map((text) => ({ text, bold: true })), rows, small: true });
  }
  return { title, blocks };
}

function reportingBlocks(a: Analysis, counts: BulletinCounts, period: ReportPeriod | null): DocBlock[] {
  const blocks: DocBlock[] = [];
  if (!period) {
    blocks.push({ kind: "paragraph", text: `截至${dateInWords(a.settings.asOf)}，尚无已结束的报告期。` });
    return blocks;
  }
  const reporting = reportingOf(a, period);
  const units = new Set(reporting.map((r) => r.unit)).size;
  const dueWords = dateInWords(period.due);
  let text = `${period.name}进展应于${dueWords}前报送，${units}个单位应报${counts.expected}项次，已报${counts.submitted}项次，未报${counts.missing}项次`;
  const pending = counts.expected - counts.submitted - counts.missing;
  if (pending > 0) text += `，${pending}项次尚未到报送截止日期`;
  if (counts.submitted) {
    if (counts.dated === counts.submitted) text += `；已报的${counts.submitted}项次中，按时报送${counts.submitted - counts.late}项次，迟报${counts.late}项次`;
    else if (counts.dated === 0) text += "；进展填报未填写报送日期，无法判断是否按时报送";
    else text += `；已报的${counts.submitted}项次中，${counts.dated}项次填写了报送日期，其中迟报${counts.late}项次，其余${counts.submitted - counts.dated}项次未填写报送日期，无法判断是否按时`;
  }
  blocks.push({ kind: "paragraph", text: `${text}。` });
  const missing = reporting.filter((r) => r.missing > 0).sort((x, y) => y.missing - x.missing || x.unit.localeCompare(y.unit, "zh"));
  if (missing.length) blocks.push({ kind: "paragraph", lead: `未报送单位（${missing.length}个）：`, text: `${missing.map((r) => `${r.unit}（${r.missing}项）`).join("、")}。` });
  const late = reporting.filter((r) => r.late > 0);
  if (late.length) blocks.push({ kind: "paragraph", lead: `迟报单位（${late.length}个）：`, text: `${late.map((r) => `${r.unit}（${r.late}项）`).join("、")}。` });
  if (counts.withoutReporter) blocks.push({ kind: "paragraph", text: `另有${counts.withoutReporter}项任务未明确牵头单位，没有应报单位，请尽快明确责任单位。` });
  return blocks;
}

/** A task's lead units as the bulletin names them; units sharing it out without a lead say so. */
function unitsWords(task: Task): string {
  if (task.leadUnits.length) return task.leadUnits.join("、");
  return task.coUnits.length ? `${task.coUnits.join("、")}按职责分工负责` : "";
}
