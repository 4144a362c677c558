import type { Analysis } from "../engine";
import { OutputSheet, WorkbookPatch } from "../output";
import { formatPercent } from "../text/format";
import { CATEGORY_LABEL, TaskState } from "../rollup/taskStates";
import { currentPeriod } from "../settings/periods";
import { leaderOfTask } from "../rollup/rollUp";
import { SHEET } from "../layout/sheetNames";
import { createContext } from "../validate/context";

const CN_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function dateInWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

function shortText(text: string, max = 40): string {
  const chars = [...text.replace(/\s+/g, "")];
  return chars.length > max ? `${chars.slice(0, max).join("")}……` : chars.join("");
}

/**
 * A draft bulletin (通报) for the period: completion per lead unit ranked, lagging and overdue tasks by
 * unit and by leader, and the reporting record (应报 / 已报 / 迟报 / 未报). Plain text, one paragraph a
 * line, for the office to edit.
 */
export function bulletinLines(a: Analysis): string[] {
  const states = [...a.states.values()];
  const count = (c: TaskState["category"]) => states.filter((s) => s.category === c).length;
  const period = currentPeriod(a.settings.periods, a.settings.asOf);
  const title = `关于${a.settings.year}年${period ? period.name : ""}《政府工作报告》重点任务落实情况的通报（草稿）`;
  const total = states.length;
  const done = count("done");
  const onTrack = count("onTrack");
  const lines = [
    title,
    "",
    `截至${dateInWords(a.settings.asOf)}，${total}项重点任务中，已完成${done}项，序时推进${onTrack}项，进展滞后${count("lagging")}项，已逾期${count("overdue")}项，未报送${count("notReported")}项；完成率${formatPercent(total ? done / total : null)}，序时率${formatPercent(total ? (done + onTrack) / total : null)}。`,
    "",
    `${CN_NUMBERS[0]}、各牵头单位完成情况（按完成率排序）`,
  ];
  a.rollup.lines
    .filter((l) => l.dimension === "unitLead")
    .forEach((l, i) => lines.push(`${i + 1}. ${l.name}：牵头任务${l.assigned}项，已完成${l.done}项，序时推进${l.onTrack}项，完成率${formatPercent(l.completionRatio)}，序时率${formatPercent(l.onScheduleRatio)}。`));

  const behind = states.filter((s) => s.category === "lagging" || s.category === "overdue");
  lines.push("", `${CN_NUMBERS[1]}、进展滞后和逾期任务`);
  if (!behind.length) lines.push("无。");
  else {
    lines.push("（一）按牵头单位");
    const byUnit = new Map<string, TaskState[]>();
    for (const s of behind) for (const u of s.task.leadUnits.length ? s.task.leadUnits : ["（未明确牵头单位）"]) byUnit.set(u, [...(byUnit.get(u) ?? []), s]);
    for (const [unit, list] of byUnit) lines.push(`${unit}：${list.map((s) => `第${s.task.id}项（${CATEGORY_LABEL[s.category]}，${shortText(s.task.text)}）`).join("；")}。`);
    lines.push("（二）按牵头领导");
    const ctx = createContext(a.settings, a.registry, a.units.length > 0, a.tasks, a.progress);
    const byLeader = new Map<string, TaskState[]>();
    for (const s of behind) {
      const leader = leaderOfTask(ctx, s.task) || "（未明确）";
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), s]);
    }
    for (const [leader, list] of byLeader) lines.push(`${leader}：${list.map((s) => `第${s.task.id}项（${CATEGORY_LABEL[s.category]}）`).join("、")}。`);
  }

  lines.push("", `${CN_NUMBERS[2]}、报送情况`);
  const reporting = period ? a.rollup.reporting.filter((r) => r.period === period.name) : a.rollup.reporting;
  const sum = (k: "expected" | "submitted" | "onTime" | "late" | "missing") => reporting.reduce((acc, r) => acc + r[k], 0);
  lines.push(`${period ? `${period.name}` : "本期"}应报${sum("expected")}项，已报${sum("submitted")}项（按时${sum("onTime")}项、迟报${sum("late")}项），未报${sum("missing")}项。`);
  const missing = reporting.filter((r) => r.missing > 0);
  const late = reporting.filter((r) => r.late > 0);
  if (missing.length) lines.push(`未报单位：${missing.map((r) => `${r.unit}（${r.missing}项）`).join("、")}。`);
  if (late.length) lines.push(`迟报单位：${late.map((r) => `${r.unit}（${r.late}项）`).join("、")}。`);
  lines.push("", "请各责任单位对照通报，对进展滞后、逾期和未报送的任务抓紧推进、及时报送。");
  return lines;
}

export function bulletinText(a: Analysis): string {
  return bulletinLines(a).join("\n");
}

/** The bulletin as a sheet of one column, one paragraph a row. */
export function bulletinPatch(a: Analysis): WorkbookPatch {
  const lines = bulletinLines(a);
  const sheet: OutputSheet = { name: SHEET.bulletin, columns: [{ header: "通报（草稿）", width: 110, wrap: true }], rows: lines.map((l) => [l]) };
  return { sheets: [sheet], columns: [], summary: [`写入工作表「${SHEET.bulletin}」（${lines.length} 段）`] };
}
