/**
 * 督办单 and 催办: what the office sends to each unit after a round. A 督办单 lists a unit's tasks by the
 * office's colours — 红 逾期未完成, 黄 未达序时进度, 蓝 临近时限 — with the finding in words and the date
 * to reply by; the 催办 list names every (unit, task, period) whose report is missing after its due date.
 * Pure: the states, judged figures and REPORT_MISSING findings come from the engine's analysis.
 */
import type { Analysis } from "../analysis";
import type { Judgement } from "../metrics";
import type { Task } from "../model";
import { CATEGORY_LABEL, TaskState } from "../rollup/taskStates";
import { currentPeriod } from "../settings/periods";
import { addDays, daysBetween, IsoDate } from "../text/dates";
import { answerableUnits } from "../validate/context";
import { findingOf } from "../bulletin/bulletinDocument";
import { COLOUR_LABEL, DocBlock, DocTableCell, NoticeColour, OfficialDocument } from "../bulletin/document";
import { dateInWords, taskName } from "../bulletin/wording";
import { accountableUnits } from "../catalogue/sharedUnits";

interface NoticeOptions {
  /** Days from the as-of date to the reply deadline (default 7). */
  replyDays?: number;
  /** The issuing office (default 督查室). */
  office?: string;
  /** Number of the first notice (default 1): 督办〔2024〕1号. */
  firstNumber?: number;
}

const COLOUR_MEANING: Record<NoticeColour, string> = { red: "逾期未完成", yellow: "未达序时进度", blue: "临近时限" };
const SEVERITY: Record<NoticeColour, number> = { red: 0, yellow: 1, blue: 2 };

interface NoticeItem {
  task: Task;
  colour: NoticeColour;
  /** The finding in words. */
  finding: string;
}

interface UnitNotice {
  /** 督办〔year〕number号 */
  number: number;
  code: string;
  unit: string;
  /** The most severe colour of its items. */
  colour: NoticeColour;
  items: NoticeItem[];
  replyBy: IsoDate;
}

interface ChaseItem {
  unit: string;
  taskId: string;
  task: Task | null;
  period: string;
  due: IsoDate;
  daysLate: number;
}

/** A task's colour at the as-of date, or null when it needs no notice. */
function colourOf(state: TaskState, asOf: IsoDate, dueSoonDays: number): NoticeColour | null {
  if (state.category === "overdue") return "red";
  if (state.category === "lagging") return "yellow";
  if (state.category === "done") return null;
  const days = daysBetween(asOf, state.deadline);
  return days >= 0 && days <= dueSoonDays ? "blue" : null;
}

function itemFinding(state: TaskState, colour: NoticeColour, judgements: Judgement[], periodName: string, asOf: IsoDate): string {
  if (colour !== "blue") return findingOf(state, judgements, periodName);
  const days = daysBetween(asOf, state.deadline);
  const now = state.latest ? `目前为“${CATEGORY_LABEL[state.category]}”` : "尚未报送进展";
  return `完成时限为${dateInWords(state.deadline)}，距完成时限还有${days}天，${now}，尚未完成`;
}

/** One notice per lead unit that has a red, yellow or blue task; most severe first, then by name. */
export function unitNotices(a: Analysis, options: NoticeOptions = {}): UnitNotice[] {
  const asOf = a.settings.asOf;
  const periodName = currentPeriod(a.settings.periods, asOf)?.name ?? "本期";
  const judgements = new Map<string, Judgement[]>();
  for (const m of a.metrics) judgements.set(m.task.id, [...(judgements.get(m.task.id) ?? []), m.judgement]);
  const byUnit = new Map<string, NoticeItem[]>();
  for (const state of a.states.values()) {
    const colour = colourOf(state, asOf, a.settings.thresholds.dueSoonDays);
    if (!colour) continue;
    const item = { task: state.task, colour, finding: itemFinding(state, colour, judgements.get(state.task.id) ?? [], periodName, asOf) };
    // A group phrase the registry cannot expand names nobody to send a 督办单 to (通报 names it with its tasks).
    for (const unit of answerableUnits(a.registry, accountableUnits(state.task))) byUnit.set(unit, [...(byUnit.get(unit) ?? []), item]);
  }
  const replyBy = addDays(asOf, options.replyDays ?? 7);
  const first = options.firstNumber ?? 1;
  const notices = [...byUnit.entries()].map(([unit, items]) => {
    items.sort((x, y) => SEVERITY[x.colour] - SEVERITY[y.colour]);
    return { unit, items, colour: items[0].colour };
  });
  notices.sort((x, y) => SEVERITY[x.colour] - SEVERITY[y.colour] || y.items.length - x.items.length || x.unit.localeCompare(y.unit, "zh"));
  return notices.map((n, i) => ({ ...n, number: first + i, code: `督办〔${a.settings.year}〕${first + i}号`, replyBy }));
}

/** Every report missing after its period's due date (the REPORT_MISSING findings), by unit then task. */
export function chaseList(a: Analysis): ChaseItem[] {
  const taskById = new Map(a.tasks.map((t) => [t.id, t] as const));
  const dueOf = new Map(a.settings.periods.map((p) => [p.name, p.due] as const));
  const out: ChaseItem[] = [];
  for (const f of a.findings) {
    if (f.code !== "REPORT_MISSING" || !f.unit || !f.taskId || !f.period) continue;
    const due = dueOf.get(f.period);
    if (!due) continue;
    out.push({ unit: f.unit, taskId: f.taskId, task: taskById.get(f.taskId) ?? null, period: f.period, due, daysLate: daysBetween(due, a.settings.asOf) });
  }
  const order = new Map(a.tasks.map((t, i) => [t.id, i] as const));
  const unitOrder = new Map<string, number>();
  for (const c of out) unitOrder.set(c.unit, (unitOrder.get(c.unit) ?? 0) + 1);
  out.sort((x, y) => (unitOrder.get(y.unit)! - unitOrder.get(x.unit)!) || x.unit.localeCompare(y.unit, "zh") || (order.get(x.taskId) ?? 0) - (order.get(y.taskId) ?? 0) || x.due.localeCompare(y.due));
  return out;
}

function noticeBlocks(n: UnitNotice, a: Analysis, office: string): DocBlock[] {
  const colours = (["red", "yellow", "blue"] as NoticeColour[]).filter((c) => n.items.some((i) => i.colour === c));
  const count = (c: NoticeColour) => n.items.filter((i) => i.colour === c).length;
  const form: DocTableCell[][] = [
    [{ text: "督办编号", bold: true }, { text: n.code }, { text: "反馈时限", bold: true }, { text: `${dateInWords(n.replyBy)}前` }],
    [
      { text: "督办等级", bold: true },
      { text: `${COLOUR_LABEL[n.colour]}督办（${COLOUR_MEANING[n.colour]}）`, fill: n.colour },
      { text: "督办事项", bold: true },
      { text: `${n.items.length}项：${colours.map((c) => `${COLOUR_LABEL[c].slice(0, 1)}${count(c)}项`).join("、")}` },
    ],
  ];
  const items: DocTableCell[][] = n.items.map((item, i) => [
    { text: String(i + 1) },
    { text: `第${item.task.id}项 ${item.task.text.replace(/\s+/g, "")}` },
    { text: COLOUR_LABEL[item.colour].slice(0, 1), fill: item.colour },
    { text: item.finding },
  ]);
  return [
    { kind: "title", text: `《政府工作报告》重点任务督办单` },
    { kind: "subtitle", text: n.code },
    { kind: "flush", text: `${n.unit}：` },
    {
      kind: "paragraph",
      text: `截至${dateInWords(a.settings.asOf)}，你单位牵头的下列${n.items.length}项任务需要督办。请对照所列问题逐项分析原因、明确整改措施和完成时限，于${dateInWords(n.replyBy)}前将办理情况书面反馈${office}。`,
    },
    { kind: "table", widths: [14, 36, 14, 36], header: [{ text: "承办单位", bold: true }, { text: n.unit, bold: true, span: 3 }], rows: form, small: true },
    { kind: "paragraph", text: "" },
    { kind: "table", widths: [6, 40, 7, 47], header: ["序号", "督办任务", "预警", "发现的问题"].map((text) => ({ text, bold: true })), rows: items, small: true },
    { kind: "signature", lines: [office, dateInWords(a.settings.asOf)] },
  ];
}

/** One unit's 督办单. */
export function noticeDocument(n: UnitNotice, a: Analysis, options: NoticeOptions = {}): OfficialDocument {
  return { title: `${n.code} ${n.unit}`, blocks: noticeBlocks(n, a, options.office || "督查室") };
}

/** Every unit's 督办单 in one document, a unit a page. */
export function noticesDocument(notices: UnitNotice[], a: Analysis, options: NoticeOptions = {}): OfficialDocument {
  const blocks: DocBlock[] = [];
  notices.forEach((n, i) => {
    if (i) blocks.push({ kind: "pageBreak" });
    blocks.push(...noticeBlocks(n, a, options.office || "督查室"));
  });
  if (!notices.length) blocks.push({ kind: "title", text: "《政府工作报告》重点任务督办单" }, { kind: "paragraph", text: `截至${dateInWords(a.settings.asOf)}，没有需要督办（逾期未完成、未达序时进度或临近时限）的任务。` });
  return { title: "督办单", blocks };
}

/** The 催办 list: reports missing after their due date. */
export function chaseDocument(items: ChaseItem[], a: Analysis, options: NoticeOptions = {}): OfficialDocument {
  const office = options.office || "督查室";
  const units = new Set(items.map((i) => i.unit));
  const replyBy = addDays(a.settings.asOf, options.replyDays ?? 7);
  const blocks: DocBlock[] = [{ kind: "title", text: "重点任务进展应报未报催办清单" }];
  if (!items.length) {
    blocks.push({ kind: "paragraph", text: `截至${dateInWords(a.settings.asOf)}，已过报送截止日期的各期进展均已报送。` });
  } else {
    blocks.push({
      kind: "paragraph",
      text: `截至${dateInWords(a.settings.asOf)}，下列${units.size}个单位的${items.length}项进展已过报送截止日期仍未报送。请相关单位于${dateInWords(replyBy)}前补报，逾期不报的将予以通报。`,
    });
    const rows: DocTableCell[][] = items.map((c, i) => [
      { text: String(i + 1) },
      { text: c.unit },
      { text: c.task ? `第${c.taskId}项 ${taskName(c.task, 40)}` : `第${c.taskId}项` },
      { text: c.period },
      { text: `${Number(c.due.slice(5, 7))}月${Number(c.due.slice(8, 10))}日` },
      { text: String(c.daysLate) },
    ]);
    blocks.push({ kind: "table", widths: [6, 20, 44, 9, 13, 8], header: ["序号", "单位", "任务", "报告期", "报送截止", "逾期天数"].map((text) => ({ text, bold: true })), rows, small: true });
  }
  blocks.push({ kind: "signature", lines: [office, dateInWords(a.settings.asOf)] });
  return { title: "催办清单", blocks };
}
