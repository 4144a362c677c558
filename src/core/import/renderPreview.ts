import { ImportResult, ImportedTask } from "./types";
import { explainDeadline } from "../metrics";
import { MESSAGES } from "../validate/messages";

function clip(text: string, n: number): string {
  return text.length > n ? text.slice(0, n - 1) + "…" : text;
}

/**
 * The customary deadlines of imported tasks (完成时限 春节前, 汛期前, 秋季学期 …, or the task text's own) with the date
 * the catalogue reader will take, in the words of the catalogue's CAT_DEADLINE_CUSTOMARY finding; none without a year.
 */
function customaryDeadlineNotes(tasks: readonly ImportedTask[], year: number | undefined): { code: string; message: string }[] {
  if (!year) return [];
  const notes: { code: string; message: string }[] = [];
  for (const t of tasks) {
    const reading = explainDeadline(t.deadline || t.text, year);
    if (reading?.note) notes.push({ code: "CAT_DEADLINE_CUSTOMARY", message: MESSAGES.CAT_DEADLINE_CUSTOMARY({ id: t.id, text: t.deadline, date: reading.date, note: reading.note }) });
  }
  return notes;
}

/**
 * Tasks without a single lead unit — shared out with no lead ("按职责分工负责", CAT_SHARED_NO_LEAD when validated) or
 * led by several units — in one note: each of their units reports and counts the task.
 */
function sharedTaskNotes(tasks: readonly ImportedTask[]): { code: string; message: string }[] {
  const shared = tasks.filter((t) => t.leadUnits.length === 0 && t.coUnits.length > 0).map((t) => t.id);
  const joint = tasks.filter((t) => t.leadUnits.length > 1).map((t) => t.id);
  return shared.length || joint.length ? [{ code: "CAT_SHARED_NO_LEAD", message: MESSAGES.CAT_SHARED_NO_LEAD_PREVIEW({ shared, joint }) }] : [];
}

/** The notes a preview shows (CLI and task pane alike): the importer's, shared tasks, then the customary deadlines when the year is known. */
export function previewNotes(result: ImportResult, year?: number): { code: string; message: string }[] {
  return [...result.notes, ...sharedTaskNotes(result.tasks), ...customaryDeadlineNotes(result.tasks, year)];
}

/**
 * The Chinese preview a supervisor reads before anything is written (CLI and task pane alike). With the catalogue's
 * year, customary deadlines are listed with the date they will be read as.
 */
export function renderPreview(result: ImportResult, maxTasks = 500, year?: number): string {
  const lines: string[] = [];
  const notes = previewNotes(result, year);
  const withProgress = result.tasks.filter((t) => t.progress).length;
  lines.push(`导入预览：${result.tasks.length} 项任务${withProgress ? `（其中 ${withProgress} 项带进展）` : ""}，${result.sections.length} 个部分`);
  lines.push("");
  lines.push("部分（声明 / 识别）：");
  for (const s of result.sections) {
    const flag = s.declaredCount !== null && s.declaredCount !== s.foundCount ? "  ⚠ 数量不符" : "";
    const coordinator = s.coordinator ? `（总牵头：${s.coordinator}）` : "";
    lines.push(`  ${s.declaredCount ?? "-"} / ${s.foundCount}  ${s.name || "（未分部分）"}${coordinator}${flag}`);
  }
  if (notes.length) {
    lines.push("");
    lines.push("提示：");
    for (const n of notes) lines.push(`  [${n.code}] ${n.message}`);
  }
  lines.push("");
  lines.push("任务：");
  let section: string | null = null;
  let subsection: string | undefined;
  for (const t of result.tasks.slice(0, maxTasks)) {
    if (t.section !== section) {
      section = t.section;
      subsection = undefined;
      lines.push(`  【${section || "未分部分"}】`);
    }
    if (t.subsection && t.subsection !== subsection) lines.push(`   〔${t.subsection}〕`);
    subsection = t.subsection;
    const who = [
      t.leader ? `领导：${t.leader}` : "",
      `牵头：${t.leadUnits.join("、") || "—"}`,
      t.coUnits.length ? `协办：${clip(t.coUnits.join("、"), 40)}` : "",
      t.person ? `责任人：${t.person}` : "",
      t.groups?.length ? `待展开：${t.groups.join("、")}` : "",
    ]
      .filter((x) => x)
      .join("  ");
    lines.push(`  ${t.id}. ${clip(t.text, 60)}`);
    lines.push(`      ${who}${t.progress ? `  进展：${clip(t.progress.text || t.progress.completion, 30)}` : ""}  (第 ${t.lines[0]}–${t.lines[1]} 行)`);
  }
  if (result.tasks.length > maxTasks) lines.push(`  …… 另有 ${result.tasks.length - maxTasks} 项`);
  lines.push("");
  lines.push(`未识别的行（${result.unrecognized.length}）：`);
  for (const u of result.unrecognized.slice(0, 200)) lines.push(`  第 ${u.line} 行：${clip(u.text, 70)}`);
  if (result.unrecognized.length > 200) lines.push(`  …… 另有 ${result.unrecognized.length - 200} 行（--json 可看全部）`);
  const reasons = new Map<string, number>();
  for (const s of result.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  lines.push("");
  lines.push(`按结构跳过的行（${result.skipped.length}）：${[...reasons].map(([r, n]) => `${r} ${n}`).join("；") || "无"}`);
  if (result.units.length) {
    lines.push("");
    lines.push(`单位名录（从文件中读到 ${result.units.length} 个）：`);
    const byLeader = new Map<string, string[]>();
    for (const u of result.units) byLeader.set(u.leader || "（无）", [...(byLeader.get(u.leader || "（无）") ?? []), u.name]);
    for (const [leader, names] of byLeader) lines.push(`  ${leader}：${names.join("、")}`);
  }
  return lines.join("\n") + "\n";
}
