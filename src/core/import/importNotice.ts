import { UnitEntry } from "../model";
import { createUnitRegistry, UnitRegistry } from "../units/registry";
import { splitUnits } from "../units/splitUnits";
import { namesBesidePosts, separatePersons } from "./unitPerson";
import { assignUnits, bracketAliases } from "./assignUnits";
import { ASSIGNMENT_BRACKET, labelKind, labelPattern, PROGRESS_DOC } from "./assignmentLabels";
import { readUnitsPhrase } from "./assignmentPhrase";
import { endsCell, tidySpaces } from "./columnText";
import { importTable } from "./importTable";
import { LineLedger } from "./lineLedger";
import { parseLeaderDivision } from "./parseLeaderDivision";
import { countSections, headingNumber, parseSectionHeading, SectionHeading, sectionCountNotes } from "./sections";
import { textToRows } from "./textToRows";
import { ImportedTask, ImportResult, importedTask, withAliases } from "./types";

/** "12." / "12．" / "12、" — not "5.5%" at the start of a wrapped line. */
const TASK_START = /^(\d{1,3})\s*[.．、](?!\d)\s*/;
const NOTICE_TITLE = /关于.{0,30}(分解|落实|分工|实事).{0,30}通知/;
const LETTERHEAD = /^(.{0,16}人民政府(办公室)?|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|（此件公开发布）|（\d{4}\s*年.*印发）|.{0,12}〔\d{4}〕\d+号|附件[:：]?.*)$/;

interface Paragraph {
  text: string;
  from: number;
  to: number;
}

/**
 * Paragraphs of prose: a line break continues the paragraph when the line does not end a sentence
 * (Word and PDF text breaks long paragraphs, sometimes with a blank line in between).
 */
function paragraphs(lines: readonly string[], skip: (n: number) => boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line || skip(n)) return;
    const para = open as Paragraph | null;
    const heading = parseSectionHeading(line) !== null || wordCountedPart(line) !== null;
    const startsNew = TASK_START.test(line) || heading || LETTERHEAD.test(line) || NOTICE_TITLE.test(line);
    if (para && !startsNew && !endsCell(para.text) && !/[）)]$/.test(para.text)) {
      para.text += line;
      para.to = n;
    } else if (para && assignmentStart(line) === 0) {
      para.text += line;
      para.to = n;
    } else {
      open = { text: line, from: n, to: n };
      out.push(open);
    }
    // Headings, titles and letterhead lines stand alone: the next line starts a new paragraph.
    if (heading || LETTERHEAD.test(line) || NOTICE_TITLE.test(line)) open = null;
  });
  return out;
}

const ANY_KEY = new RegExp(`(${labelPattern()})[:：]`, "g");
/** The opening of an inline assignment: "（牵头领导：", "（牵头单位：", "［责任单位：" … */
const ASSIGNMENT_OPEN = ASSIGNMENT_BRACKET;

/** Index of the last inline assignment's opening bracket, or -1. */
function assignmentStart(text: string): number {
  let at = -1;
  for (const m of text.matchAll(ASSIGNMENT_OPEN)) at = m.index ?? at;
  return at;
}

/** Index of the bracket closing the one at `at`, or -1 when it is not closed (yet). */
function closingBracket(text: string, at: number): number {
  let depth = 0;
  for (let k = at; k < text.length; k++) {
    if ("（([【〔［".includes(text[k])) depth++;
    if ("）)]】〕］".includes(text[k])) {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/** Whether the text holds a complete inline assignment (its closing bracket may be on a later line). */
function assignmentClosed(text: string): boolean {
  const at = assignmentStart(text);
  return at >= 0 && closingBracket(text, at) >= 0;
}

/**
 * The inline assignment at the end of a task: "（牵头领导：石可清、孙恒民。承办单位：区…，各镇街。黑体为
 * 主办单位…）" as in 003, and the shapes other notices use ("（牵头单位：…；配合单位：…）",
 * "（责任单位：…）").
 */
function parseAssignment(text: string, registry: UnitRegistry): { body: string; after: string; leader: string; lead: string[]; co: string[]; all: string[]; person: string; deadline: string } | null {
  const at = assignmentStart(text);
  if (at < 0) return null;
  const close = closingBracket(text, at);
  const inner = text.slice(at + 1, close < 0 ? text.length : close).replace(/[。，；;]?\s*黑体(字)?为主办单位.*$/, "");
  const keys = [...inner.matchAll(ANY_KEY)];
  const out = { body: text.slice(0, at).trim(), after: close < 0 ? "" : text.slice(close + 1).trim(), leader: "", lead: [] as string[], co: [] as string[], all: [] as string[], person: "", deadline: "" };
  keys.forEach((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < keys.length ? keys[k + 1].index ?? inner.length : inner.length;
    const value = inner.slice(from, to).replace(/[。，,；;\s]+$/, "");
    const key = m[1];
    // "（牵头单位：…；配合单位：…；完成时限：2024年12月底）": a deadline or person is no unit.
    const kind = labelKind(key);
    if (kind === "deadline") out.deadline = value;
    else if (kind === "person") out.person = out.person ? `${out.person}、${value}` : value;
    else if (kind === "leader") {
      // "牵头领导：区委常委、常务副区长 孙建国": the posts before the name are no leaders of their own.
      // "包保领导：副镇长 王立": after a leader's label a post of any level says who the leader is (round af).
      const posted = separatePersons(value);
      const besidePosts = namesBesidePosts(value);
      out.leader = (posted.leaders.length && !posted.units.trim() ? posted.leaders : besidePosts.length ? besidePosts : splitUnits(value)).join("、");
    }
    else {
      // "承办单位：区发改局 张三", "牵头单位：张三（区发改局局长）": persons and leaders beside the units (issue 13).
      const read = separatePersons(value, false, (name) => registry.isKnown(name));
      if (read.persons.length) out.person = [out.person, ...read.persons].filter(Boolean).join("、");
      if (read.leaders.length && !out.leader) out.leader = read.leaders.join("、");
      // "责任单位：区发改局牵头，区财政局配合": the phrase says who leads, as in a table's units cell and a list's label line.
      const phrase = kind === "lead" || kind === "all" ? readUnitsPhrase(read.units) : null;
      // A text sharing the task out with no lead ("各镇街按职责分工负责") is read as before: the units, no lead.
      if (phrase?.lead) {
        out.lead.push(...splitUnits(phrase.lead));
        if (phrase.co) out.co.push(...splitUnits(phrase.co));
      } else (kind === "lead" ? out.lead : kind === "co" ? out.co : out.all).push(...splitUnits(read.units));
    }
  });
  return out;
}

/** Splits "GDP增长6.5%，一般公共预算收入增长6%，…" into its indicators (commas inside parentheses kept). */
export function splitIndicators(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if ("（(".includes(ch)) depth++;
    if ("）)".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[，；。]/.test(ch)) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const MINOR_HEADING = /^[（(][一二三四五六七八九十]+[）)]/;
/**
 * A part counted in words alone on its line ("一是2023年全区经济社会发展主要预期目标"): a heading as 一、 is, as the list
 * importer reads such parts; a line running on into a sentence ("一是加快…。…") is no heading.
 */
function wordCountedPart(line: string): SectionHeading | null {
  const text = line.trim();
  return /^[一二三四五六七八九十]+是[^。；;，,：:]{2,40}$/.test(text) ? { name: text, declaredCount: null } : null;
}
/** A topic written alone on its line, words only: no number, figure or punctuation ("加强基础设施建设"). */
const TOPIC_LINE = /^\s*[\u4e00-\u9fa5]{4,16}\s*$/;

/**
 * A decomposition notice (as in `003`): numbered tasks under 一、二、… headings, each ending with
 * "（牵头领导：…。承办单位：…）"; the 主要预期目标 sentence; a 十件实事 table with 主办单位 /
 * 协办单位 columns; and the leaders' division of work (分管) that goes into the unit registry.
 */
export function importNotice(lines: readonly string[], units: UnitEntry[], reason: string): ImportResult {
  const ledger = new LineLedger(lines);
  const notes: ImportResult["notes"] = [];
  const division = parseLeaderDivision(lines);
  if (division.lines.length) {
    const first = Math.min(...division.lines);
    const last = Math.max(...division.lines);
    for (const n of division.lines) ledger.mark(n, n, "skip", "领导分工（分管单位已写入单位名录）");
    // The rest of that notice: its preamble from the title on, and the lines between and after the
    // 分管 lists (联系…, 党建 duties, 补位 arrangement) up to the signature.
    const title = lines.slice(0, first - 1).reduce((found, l, i) => (NOTICE_TITLE.test(l) ? i + 1 : found), 0);
    if (title > 0) ledger.mark(title, title, "skip", "通知标题");
    for (let n = title + 1; n < first; n++) if (lines[n - 1].trim()) ledger.mark(n, n, "skip", "通知文头（主送单位、引言）");
    for (let n = first; n <= lines.length; n++) {
      const l = lines[n - 1].trim();
      if (!l) continue;
      if (n > last && LETTERHEAD.test(l)) break;
      ledger.mark(n, n, "skip", "领导分工（联系单位、党建职责、补位制度，不入名录）");
    }
  }
  // The registry: what the caller knows, then the 分管 lists of this document.
  const known = new Set(units.map((u) => u.name));
  const learnt = division.entries.filter((e) => !known.has(e.name));
  const registry = createUnitRegistry([...units, ...learnt]);

  // The report prose that precedes the notice is not part of the catalogue.
  // The last notice title before the first assignment (a table of contents may name it earlier).
  const firstAssignment = lines.findIndex((l) => assignmentStart(l) >= 0);
  const titleAt = lines.reduce(
    (found, l, i) => (NOTICE_TITLE.test(l) && /分解|落实/.test(l) && (firstAssignment < 0 || i < firstAssignment) ? i : found),
    -1,
  );
  if (titleAt > 0 && (firstAssignment < 0 || firstAssignment > titleAt)) {
    ledger.mark(1, titleAt, "skip", "报告正文（可用 --kind report 单独导入）");
  }

  // Tables inside the notice (十件实事): tab-separated rows.
  const { rows } = textToRows(lines);
  const tableRows = rows.filter((r) => r.cells.length >= 3);
  const tasks: ImportedTask[] = [];
  const headings: SectionHeading[] = [];
  let tableTasks: ImportedTask[] = [];
  let tableHeading: SectionHeading | null = null;
  if (tableRows.length) {
    const before = lines.slice(0, tableRows[0].from - 1).map((l) => l.trim()).filter((l) => l);
    const titleText = [...before].reverse().find((l) => /实事|项目|任务/.test(l)) ?? "表格";
    const title = titleText.replace(/^附件[:：]?\s*/, "");
    const table = importTable(tableRows.map((r) => ({ cells: r.cells, from: r.from, to: r.to })), registry, ledger, title);
    tableTasks = table.tasks.map((t) => ({ ...t, id: /实事/.test(title) ? `实事${t.id}` : `表${t.id}` }));
    // "为民办十件实事" declares its count in words.
    const counted = /([一二三四五六七八九十]+)件/.exec(title);
    tableHeading = { name: title, declaredCount: counted ? headingNumber(`${counted[1]}、`) : null };
    const titleLine = lines.findIndex((l, i) => i < tableRows[0].from && l.trim() === titleText);
    if (titleLine >= 0) ledger.mark(titleLine + 1, titleLine + 1, "section");
    notes.push(...table.notes);
  }

  // A progress notice (进展 / 完成情况 / 通报 … in its opening lines) says after an item's assignment where it stands.
  const progressDoc = lines.slice(0, 12).some((l) => PROGRESS_DOC.test(l));
  let section = "";
  // A （一） heading right under a 一、 heading is a part of it (266): the 一、 stays the section, the （一） (and an unnumbered
  // topic line under it) the sub-section, as the list importer reads such levels.
  let subsection = "";
  let majorOpen = false;
  let pending: { id: string; paragraphs: Paragraph[] } | null = null;
  const finish = () => {
    const p = pending;
    pending = null;
    if (!p) return;
    const text = p.paragraphs.map((x) => x.text).join("");
    const from = p.paragraphs[0].from;
    const to = p.paragraphs[p.paragraphs.length - 1].to;
    const assignment = parseAssignment(text, registry);
    const body = tidySpaces((assignment ? assignment.body : text).replace(TASK_START, ""));
    const assigned = assignUnits(
      { all: assignment?.all ?? [], ...(assignment?.lead.length ? { lead: assignment.lead } : {}), co: assignment?.co ?? [] },
      registry,
    );
    const task: ImportedTask = importedTask({
      section,
      ...(subsection ? { subsection } : {}),
      id: p.id,
      text: body,
      leader: assignment?.leader || (assigned.leaders ?? []).join("、"),
      leadUnits: assigned.leadUnits,
      coUnits: assigned.coUnits,
      person: assignment?.person || (assigned.persons ?? []).join("、"),
      deadline: assignment?.deadline ?? "",
      lines: [from, to],
    });
    if (assigned.groups.length) task.groups = assigned.groups;
    // "老旧小区改造（责任领导：…；牵头单位：…）：已完成改造8个" (round af): what a progress notice says of the item after its
    // assignment is its progress, never dropped.
    const account = /^[：:]\s*(.+)$/.exec(assignment?.after ?? "");
    if (account && progressDoc) task.progress = { period: "", text: account[1].trim(), completion: "", problems: "", nextSteps: "" };
    else if (account) task.text = `${task.text}：${account[1].trim()}`;
    if (!assignment) notes.push({ code: "IMPORT_NO_ASSIGNMENT", message: `第 ${p.id} 项没有「（牵头领导：…承办单位：…）」之类的括注，请补充责任单位。(task ${p.id}: no assignment)` });
    tasks.push(task);
    ledger.mark(from, to, "task");
  };

  const skipLine = (n: number) => ledger.useOf(n) !== null;
  let inNotice = titleAt < 0;
  let lastId: number | null = null;
  for (const para of paragraphs(lines, skipLine)) {
    const line = para.text;
    if (NOTICE_TITLE.test(line) && para.from === para.to) {
      finish();
      inNotice = /分解|落实/.test(line) && !/实事/.test(line);
      ledger.mark(para.from, para.to, "skip", "通知标题");
      continue;
    }
    if (LETTERHEAD.test(line)) {
      finish();
      ledger.mark(para.from, para.to, "skip", "文号、落款或附件说明");
      continue;
    }
    if (!inNotice) continue;
    const heading = parseSectionHeading(line) ?? wordCountedPart(line);
    if (heading) {
      finish();
      const minor = MINOR_HEADING.test(heading.name);
      if (minor && (majorOpen || subsection)) {
        subsection = heading.name;
        majorOpen = false;
        ledger.mark(para.from, para.to, "skip", "小标题（子板块）");
        continue;
      }
      section = heading.name;
      subsection = "";
      majorOpen = !minor;
      headings.push(heading);
      ledger.mark(para.from, para.to, "section");
      continue;
    }
    // An unnumbered topic line under a sub-part, before its numbered tasks ("加强基础设施建设"): the tasks' topic.
    if (subsection && !pending && TOPIC_LINE.test(line) && para.from === para.to) {
      subsection = `${subsection.split("／")[0]}／${line.trim()}`;
      ledger.mark(para.from, para.to, "skip", "小标题（子板块）");
      continue;
    }
    const start = TASK_START.exec(line);
    if (start) majorOpen = false;
    const openTask = pending as { id: string; paragraphs: Paragraph[] } | null;
    // A number starts a task when it follows the last one (or starts the list); "5.5%" does not.
    if (start && (lastId === null || Number(start[1]) === lastId + 1 || (!openTask && Number(start[1]) === 1))) {
      finish();
      lastId = Number(start[1]);
      pending = { id: start[1], paragraphs: [para] };
      if (assignmentClosed(line)) finish();
      continue;
    }
    if (openTask) {
      openTask.paragraphs.push(para);
      if (assignmentClosed(openTask.paragraphs.map((x) => x.text).join(""))) finish();
      continue;
    }
    // 主要预期目标: each indicator becomes a task without units (the notice assigns none).
    const targets = /主要预期目标(为|是)?[:：](.*)$/.exec(line);
    if (targets) {
      const items = splitIndicators(targets[2]);
      items.forEach((item, k) => {
        tasks.push(importedTask({
          section,
          id: `预期${k + 1}`,
          text: tidySpaces(item),
          lines: [para.from, para.to],
        }));
      });
      ledger.mark(para.from, para.to, "task");
      notes.push({
        code: "IMPORT_TARGETS_UNASSIGNED",
        message: `「主要预期目标」拆为 ${items.length} 项（预期1–预期${items.length}），通知未指定责任单位，请补充。(main targets have no units)`,
      });
      continue;
    }
    if (!section) ledger.mark(para.from, para.to, "skip", "通知文头（主送单位、引言）");
    else if (/总体要求/.test(line.slice(0, 20)) || /总体要求/.test(section) && !tasks.some((t) => t.section === section)) {
      ledger.mark(para.from, para.to, "skip", "总体要求（无具体任务）");
    }
  }
  finish();
  // Intro paragraphs of the 十件实事 notice and others between a title and its table.
  lines.forEach((l, i) => {
    const n = i + 1;
    if (!l.trim() || ledger.useOf(n) !== null || !tableRows.length) return;
    if (n < tableRows[0].from && n > titleAt + 1 && tasks.length && n > Math.max(...tasks.map((t) => t.lines[1]))) {
      ledger.mark(n, n, "skip", "通知正文（十件实事通知的引言）");
    }
  });
  if (tableHeading) headings.push(tableHeading);
  const all = [...tasks, ...tableTasks];
  const sections = countSections(all, headings);
  const { unrecognized, skipped } = ledger.finish();
  if (learnt.length) {
    notes.push({
      code: "IMPORT_LEADER_DIVISION",
      message: `从领导分工中读到 ${new Set(learnt.map((e) => e.leader)).size} 位领导分管的 ${learnt.length} 个单位，已加入单位名录。(leaders' division of work read)`,
    });
  }
  return {
    kind: "notice",
    kindReason: reason,
    tasks: all,
    sections,
    units: learnt,
    ...withAliases(bracketAliases(registry, all)),
    unrecognized,
    skipped,
    notes: [...notes, ...sectionCountNotes(sections)],
  };
}

