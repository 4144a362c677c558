import { ImportKind, ImportNote, ImportResult, ImportedTask } from "./types";
import { SEVERITY_LABEL } from "../findings";
import { explainDeadline } from "../metrics";
import { MESSAGES } from "../validate/messages";
import { pastYearTitle } from "./pastYearTitle";

const KIND_NAMES: Record<ImportKind, string> = {
  notice: "任务分解通知",
  table: "表格",
  "pdf-table": "PDF 提取的表格",
  report: "报告正文",
};

export function kindName(kind: ImportKind): string {
  return KIND_NAMES[kind];
}

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

/**
 * Group phrases left as written (no 单位 sheet or definition in the document expands them), each once with the
 * tasks naming it, in the words validate uses (CAT_GROUP_UNIT): the office names the units before writing.
 */
function groupNotes(tasks: readonly ImportedTask[]): { code: string; message: string }[] {
  const byGroup = new Map<string, string[]>();
  for (const t of tasks) for (const g of t.groups ?? []) byGroup.set(g, [...(byGroup.get(g) ?? []), t.id]);
  return [...byGroup].map(([unit, ids]) => ({ code: "CAT_GROUP_UNIT", message: MESSAGES.CAT_GROUP_UNIT({ unit, ids: [...new Set(ids)] }) }));
}

/** The notes a preview shows (CLI and task pane alike): the importer's, shared tasks, groups left unexpanded, then the customary deadlines when the year is known. */
function previewNotes(result: ImportResult, year?: number): ImportNote[] {
  const pastYear = pastYearTitle(result, year);
  return [...result.notes, ...(pastYear ? [pastYear.note] : []), ...sharedTaskNotes(result.tasks), ...groupNotes(result.tasks), ...customaryDeadlineNotes(result.tasks, year)];
}

/** The lead as the preview shows it: the lead units, else why there is none (shared out, or no unit found). */
function previewLead(t: ImportedTask): string {
  if (t.leadUnits.length) return t.leadUnits.join("、");
  return t.coUnits.length ? "（未明确，按职责分工负责）" : "（未识别）";
}

/** One imported task as every preview host shows it: the same labels and words in the CLI and the task panes. */
interface PreviewTask {
  id: string;
  /** "" when the task is in no part. */
  section: string;
  subsection?: string;
  text: string;
  /** "时限：…", or "" when the task names none. */
  deadline: string;
  /** "牵头：…；协办：…；牵头领导：…；责任人：…；待展开：…", the parts the task has. */
  units: string;
  /** "进展：…", or "" without progress. */
  progress: string;
  /** "第 a–b 行" of the source. */
  lines: string;
}

/** The import preview's words, built once for the CLI (renderPreview) and the task panes (Excel and WPS). */
interface PreviewModel {
  /** "识别为「…」（kind）：why". */
  kind: string;
  /** "导入预览：N 项任务（其中 M 项带进展），K 个部分". */
  summary: string;
  /** One line a part: "declared / found  name（总牵头：…）  ⚠ 数量不符". */
  sections: string[];
  /** Each with its level: "info" ones (a short unit name read as a 单位 sheet entry) are shown as 提示, the others as they are. */
  notes: ImportNote[];
  tasks: PreviewTask[];
  /** "未识别的行（N）". */
  unrecognizedTitle: string;
  /** Each line not taken: where ("第 N 行") and its text. */
  unrecognized: { where: string; text: string }[];
  /** "按结构跳过的行（N）：reason n；…". */
  skipped: string;
  /** "leader：unit、unit", the registry learnt from the document. */
  units: string[];
}

function previewTask(t: ImportedTask): PreviewTask {
  const units = [
    `牵头：${previewLead(t)}`,
    t.coUnits.length ? `协办：${t.coUnits.join("、")}` : "",
    t.leader ? `牵头领导：${t.leader}` : "",
    t.person ? `责任人：${t.person}` : "",
    t.groups?.length ? `待展开：${t.groups.join("、")}` : "",
  ].filter((x) => x);
  const progress = t.progress ? t.progress.text || t.progress.completion : "";
  return {
    id: t.id,
    section: t.section,
    subsection: t.subsection,
    text: t.text,
    deadline: t.deadline ? `时限：${t.deadline}` : "",
    units: units.join("；"),
    progress: progress ? `进展：${progress}` : "",
    lines: `第 ${t.lines[0]}–${t.lines[1]} 行`,
  };
}

/** The preview's words for a result (see PreviewModel); with the catalogue's year, customary deadlines are noted with their dates. */
export function previewModel(result: ImportResult, year?: number): PreviewModel {
  const withProgress = result.tasks.filter((t) => t.progress).length;
  const reasons = new Map<string, number>();
  for (const s of result.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const byLeader = new Map<string, string[]>();
  for (const u of result.units) byLeader.set(u.leader || "（无）", [...(byLeader.get(u.leader || "（无）") ?? []), u.name]);
  return {
    kind: `识别为「${kindName(result.kind)}」（${result.kind}）：${result.kindReason}`,
    summary: `导入预览：${result.tasks.length} 项任务${withProgress ? `（其中 ${withProgress} 项带进展）` : ""}，${result.sections.length} 个部分`,
    sections: result.sections.map((s) => {
      const flag = s.declaredCount !== null && s.declaredCount !== s.foundCount ? "  ⚠ 数量不符" : "";
      const coordinator = s.coordinator ? `（总牵头：${s.coordinator}）` : "";
      return `${s.declaredCount ?? "-"} / ${s.foundCount}  ${s.name || "（未分部分）"}${coordinator}${flag}`;
    }),
    notes: previewNotes(result, year),
    tasks: result.tasks.map(previewTask),
    unrecognizedTitle: `未识别的行（${result.unrecognized.length}）`,
    unrecognized: result.unrecognized.map((u) => ({ where: `第 ${u.line} 行`, text: u.text })),
    skipped: `按结构跳过的行（${result.skipped.length}）：${[...reasons].map(([r, n]) => `${r} ${n}`).join("；") || "无"}`,
    units: [...byLeader].map(([leader, names]) => `${leader}：${names.join("、")}`),
  };
}

/** "[提示] " before a note only for the office to check, as the findings list labels its level; "" for the others. */
export function noteLevel(note: ImportNote): string {
  return note.severity ? `[${SEVERITY_LABEL[note.severity]}] ` : "";
}

/**
 * The Chinese preview a supervisor reads before anything is written, as text (the CLI), in the words of
 * previewModel that the task panes show. With the catalogue's year, customary deadlines are listed with the
 * date they will be read as.
 */
export function renderPreview(result: ImportResult, maxTasks = 500, year?: number): string {
  const model = previewModel(result, year);
  const lines: string[] = [];
  lines.push(model.summary);
  lines.push("");
  lines.push("部分（声明 / 识别）：");
  for (const s of model.sections) lines.push(`  ${s}`);
  if (model.notes.length) {
    lines.push("");
    lines.push("提示：");
    for (const n of model.notes) lines.push(`  ${noteLevel(n)}[${n.code}] ${n.message}`);
  }
  lines.push("");
  lines.push("任务：");
  let section: string | null = null;
  let subsection: string | undefined;
  for (const t of model.tasks.slice(0, maxTasks)) {
    if (t.section !== section) {
      section = t.section;
      subsection = undefined;
      lines.push(`  【${section || "未分部分"}】`);
    }
    if (t.subsection && t.subsection !== subsection) lines.push(`   〔${t.subsection}〕`);
    subsection = t.subsection;
    lines.push(`  ${t.id}. ${clip(t.text, 60)}${t.deadline ? `  ${t.deadline}` : ""}`);
    lines.push(`      ${t.units}${t.progress ? `  ${clip(t.progress, 33)}` : ""}  (${t.lines})`);
  }
  if (model.tasks.length > maxTasks) lines.push(`  …… 另有 ${model.tasks.length - maxTasks} 项`);
  lines.push("");
  lines.push(`${model.unrecognizedTitle}：`);
  for (const u of model.unrecognized.slice(0, 200)) lines.push(`  ${clip(`${u.where}：${u.text}`, 78)}`);
  if (model.unrecognized.length > 200) lines.push(`  …… 另有 ${model.unrecognized.length - 200} 行（--json 可看全部）`);
  lines.push("");
  lines.push(model.skipped);
  if (model.units.length) {
    lines.push("");
    lines.push(`单位名录（从文件中读到 ${result.units.length} 个）：`);
    for (const u of model.units) lines.push(`  ${u}`);
  }
  return lines.join("\n") + "\n";
}
