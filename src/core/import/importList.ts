import { UnitEntry } from "../model";
import { createUnitRegistry } from "../units/registry";
import { splitUnits } from "../units/splitUnits";
import { assignUnits, bracketAliases } from "./assignUnits";
import { tidySpaces } from "./columnText";
import { labelKind, labelPattern } from "./assignmentLabels";
import { removeArtefacts } from "./importTable";
import { LineLedger } from "./lineLedger";
import { countSections, declaredCount, SectionHeading, sectionCountNotes } from "./sections";
import { ImportedTask, ImportResult, importedTask, withAliases } from "./types";

/**
 * Decompositions and progress notices written as numbered lists rather than tables (issue 13): items
 * "1." / "1、" / "（一）" under "一、" headings, each assigned
 * - on lines of their own after it: "牵头单位：区发改局" / "责任单位：…" / "主管领导：刘东" / "进度安排：…";
 * - inline: "1、农村道路畅通工程，牵头部门：市交通局。建设进度相对较慢…" (the rest is progress);
 * - in a trailing bracket: "（市政府办公室牵头，市级各有关部门按职责分工负责）";
 * - in a sentence: "…，责任单位为区发改委；";
 * or not at all (a list of 民生实事). Progress notices give each item's progress after its name
 * ("地区生产总值（第1项）：增长6.1%…").
 */

const CN = "一二三四五六七八九十";
type Level = 1 | 2 | 3 | 4;
const MARKERS: [Level, RegExp][] = [
  [1, new RegExp(`^([${CN}]{1,3})[、.．]\\s*`)],
  // Headings numbered in words: "一是抓项目扩投资", "第三，抓改革优环境" (the words are kept in the name).
  [1, new RegExp(`^(?:([${CN}]{1,3})是|第([${CN}]{1,3})[，,、：:\\s])\\s*`)],
  [2, new RegExp(`^[（(]([${CN}]{1,3})[）)]\\s*`)],
  [3, /^(\d{1,3})\s*[.．、](?!\d)\s*/],
  [4, /^[（(](\d{1,2})[）)]\s*/],
];

const KEYS = labelPattern();
const LEAD_KEYS = labelPattern("lead");
const ALL_KEYS = labelPattern("all");
const LABEL_LINE = new RegExp(`^(${KEYS})[:：]`);
const ANY_KEY = new RegExp(`(${KEYS})[:：]`, "g");
const INLINE_KEY = new RegExp(`[，,；;。]\\s*(${LEAD_KEYS}|${ALL_KEYS})[:：]`);
/** "（市政府办公室、…牵头，市级各有关部门及各县市区政府按职责分工负责）" at the end of an item. */
const TRAILING = /[（(]([^（）()]*(?:牵头|按职责分工负责|负责)[^（）()]*)[）)]\s*[。；]?$/;
const RESPONSIBLE_FOR = /[，,]\s*责任单位为([^；;。，,]+)[；;。]?/;
const FIRST_IS_LEAD = /[（(]列第一位[^）)]*[）)]|[（(]排名第一[^）)]*[）)]/g;

interface Item {
  level: Level;
  id: string;
  /** The numbering as written when it is words ("一是", "第三，"), for a heading's name. */
  words?: string;
  text: string;
  from: number;
  to: number;
  labels: { key: string; value: string }[];
}

function markerOf(text: string): { level: Level; id: string; rest: string; words?: string } | null {
  for (const [level, re] of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    if (m[1] === undefined) return { level, id: m[2], rest: text.slice(m[0].length), words: m[0].trim() };
    if (/是$/.test(m[0])) return { level, id: m[1], rest: text.slice(m[0].length), words: m[0].trim() };
    return { level, id: m[1], rest: text.slice(m[0].length) };
  }
  return null;
}

/** Whether a document reads as a numbered list with assignments (rather than report prose). */
export function looksLikeList(lines: readonly string[]): { list: boolean; reason: string } {
  const paras = lines.map((l) => l.trim()).filter((l) => l);
  // Label lines right after a numbered item (or another label line) assign that item.
  const labels = paras.filter((l, k) => LABEL_LINE.test(l) && k > 0 && (markerOf(paras[k - 1]) || LABEL_LINE.test(paras[k - 1]))).length;
  const inline = paras.filter((l) => markerOf(l) && (INLINE_KEY.test(l) || TRAILING.test(l) || RESPONSIBLE_FOR.test(l))).length;
  const plainAssign = paras.filter((l) => RESPONSIBLE_FOR.test(l)).length;
  if (labels >= 2 || (labels >= 1 && paras.filter((l) => markerOf(l)).length >= 2)) return { list: true, reason: `发现 ${labels} 行「牵头单位：/责任单位：/主管领导：…」，按编号清单导入。` };
  if (inline + plainAssign >= 2) return { list: true, reason: `发现 ${inline + plainAssign} 处编号事项带「牵头部门：…」「（…牵头）」或「责任单位为…」，按编号清单导入。` };
  const items = paras.filter((l) => {
    const m = markerOf(l);
    return m && m.level >= 2 && l.length <= 200;
  }).length;
  // Prose (a report, a table extracted line by line) has many unnumbered lines; a list has a title or two.
  const body = paras.filter((l) => !markerOf(l) && !LABEL_LINE.test(l) && l.length > 15).length;
  if (items >= 3 && body <= 3) return { list: true, reason: `发现 ${items} 个编号事项、没有成段正文，按编号清单导入。` };
  return { list: false, reason: "" };
}

export function importList(lines: readonly string[], units: UnitEntry[], reason: string): ImportResult {
  const registry = createUnitRegistry(units);
  const ledger = new LineLedger(lines);
  const notes: ImportResult["notes"] = [];
  const isProgressDoc = lines.slice(0, 12).some((l) => /进展|进度|落实情况|完成情况|通报/.test(l));

  // Paragraphs: a line continues the one before unless it starts an item, a label or a heading.
  const items: Item[] = [];
  const loose: { text: string; from: number; to: number }[] = [];
  let current: Item | null = null;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = removeArtefacts(raw).trim();
    if (!line) return;
    const label = LABEL_LINE.exec(line);
    if (label && current) {
      for (const part of splitLabels(line)) current.labels.push(part);
      current.to = n;
      return;
    }
    const m = markerOf(line);
    if (m) {
      current = { level: m.level, id: m.id, ...(m.words ? { words: m.words } : {}), text: m.rest, from: n, to: n, labels: [] };
      items.push(current);
      return;
    }
    // An unnumbered line followed by label lines is an item of its own (十大实事 without numbers).
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (next && LABEL_LINE.test(next.trim()) && !/[:：]$/.test(line)) {
      current = { level: 4, id: "", text: line, from: n, to: n, labels: [] };
      items.push(current);
      return;
    }
    current = null;
    loose.push({ text: line, from: n, to: n });
  });

  // The task level: the deepest level that carries assignments, else the deepest level present.
  const assigned = (it: Item) => it.labels.length > 0 || INLINE_KEY.test(it.text) || TRAILING.test(it.text) || RESPONSIBLE_FOR.test(it.text);
  const levels = [...new Set(items.map((it) => it.level))].sort();
  const withAssignments = levels.filter((lv) => items.some((it) => it.level === lv && assigned(it)));
  const taskLevel = (withAssignments.length ? withAssignments[withAssignments.length - 1] : levels[levels.length - 1]) ?? 3;
  const headingLevels = levels.filter((lv) => lv < taskLevel);

  // Short unnumbered lines before items (关键词 教育) are headings when there are no numbered ones.
  const headings: SectionHeading[] = [];
  const tasks: ImportedTask[] = [];
  let section = "";
  let subsection = "";
  const events = [
    ...items.map((it) => ({ kind: "item" as const, it, from: it.from })),
    ...loose.map((l) => ({ kind: "loose" as const, l, from: l.from })),
  ].sort((a, b) => a.from - b.from);
  let counter = 0;
  for (const ev of events) {
    if (ev.kind === "loose") {
      const l = ev.l;
      const before = tasks.length === 0;
      if (headingLevels.length === 0 && l.text.length <= 12 && !/[。；，,：:]/.test(l.text) && items.some((it) => it.from > l.from)) {
        section = l.text;
        headings.push({ name: section, declaredCount: null });
        ledger.mark(l.from, l.to, "section");
      } else ledger.mark(l.from, l.to, "skip", before ? "标题或引言" : "正文（非编号事项）");
      continue;
    }
    const it = ev.it;
    if (it.level < taskLevel && headingLevels[0] === it.level) {
      const h = headingOf(it.words ? `${it.words}${it.text}` : `${it.id}、${it.text}`);
      section = h.name;
      subsection = "";
      headings.push(h);
      ledger.mark(it.from, it.to, "section");
      continue;
    }
    if (it.level < taskLevel) {
      subsection = `（${it.id}）${it.text}`.replace(/[。]$/, "");
      if (it.level !== 2) subsection = it.text.replace(/[。]$/, "");
      ledger.mark(it.from, it.to, "skip", "小标题（子板块）");
      continue;
    }
    if (it.level > taskLevel) {
      // A deeper item inside a task continues it.
      const last = tasks[tasks.length - 1];
      if (last) {
        last.text += it.text;
        last.lines[1] = it.to;
        ledger.mark(it.from, it.to, "task");
      } else ledger.mark(it.from, it.to, "skip", "正文（非编号事项）");
      continue;
    }
    counter++;
    for (const t of itemTasks(it, counter, isProgressDoc, registry)) {
      t.section = section;
      if (subsection) t.subsection = subsection;
      tasks.push(t);
    }
    ledger.mark(it.from, it.to, "task");
  }
  const sections = countSections(tasks, headings);
  const { unrecognized, skipped } = ledger.finish();
  const unassigned = tasks.filter((t) => t.leadUnits.length === 0).length;
  if (unassigned) notes.push({ code: "IMPORT_NO_UNITS", message: `${unassigned} 项没有写明责任单位，请补充。(${unassigned} items name no unit)` });
  return { kind: "notice", kindReason: reason, tasks, sections, units: [], ...withAliases(bracketAliases(registry, tasks)), unrecognized, skipped, notes: [...notes, ...sectionCountNotes(sections)] };
}

/** "一、综合指标类9项（按考核目标统计）" → 一、综合指标类, declared 9; "（共14项）" too. */
function headingOf(text: string): SectionHeading {
  const t = text.trim().replace(/[。：:]$/, "");
  const declared = declaredCount(t);
  if (declared) return { name: t.slice(0, declared.index).trim(), declaredCount: declared.count };
  const trailing = /^(.*?[\u4e00-\u9fa5])(\d+)项(?:[（(][^（）()]*[）)])?$/.exec(t);
  if (trailing && !/\d/.test(trailing[1].replace(/^[^、]*、/, ""))) return { name: trailing[1], declaredCount: Number(trailing[2]) };
  return { name: t, declaredCount: null };
}

function splitLabels(line: string): { key: string; value: string }[] {
  const keys = [...line.matchAll(ANY_KEY)];
  return keys.map((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = k + 1 < keys.length ? keys[k + 1].index ?? line.length : line.length;
    return { key: m[1], value: line.slice(from, to).replace(/^[\s，,；;。]+|[\s，,；;。]+$/g, "") };
  });
}

/** "…。（牵头单位：市口岸办；配合单位：…；完成时限：2024年12月底）": labels in a bracket closing the item. */
function bracketLabels(text: string): { body: string; labels: { key: string; value: string }[] } | null {
  const opens = [...text.matchAll(new RegExp(`[（(](?=(${KEYS})[:：])`, "g"))];
  const at = opens.length ? opens[opens.length - 1].index ?? -1 : -1;
  if (at < 0 || !/[）)]\s*[。；;]?$/.test(text)) return null;
  const inner = text.slice(at + 1).replace(/[）)]\s*[。；;]?$/, "");
  return { body: text.slice(0, at).trim(), labels: splitLabels(inner) };
}

function itemTasks(it: Item, counter: number, progressDoc: boolean, registry: ReturnType<typeof createUnitRegistry>): ImportedTask[] {
  let text = tidySpaces(it.text);
  const bracketed = it.labels.length === 0 ? bracketLabels(text) : null;
  if (bracketed) {
    text = bracketed.body;
    it = { ...it, labels: bracketed.labels };
  }
  const lead: string[] = [];
  const co: string[] = [];
  const all: string[] = [];
  let leader = "";
  let person = "";
  let deadline = "";
  let progress = "";
  for (const { key, value } of it.labels) {
    const clean = value.replace(FIRST_IS_LEAD, "");
    const kind = labelKind(key);
    if (kind === "lead") lead.push(...splitUnits(clean));
    else if (kind === "co") co.push(...splitUnits(clean));
    else if (kind === "all") all.push(...splitUnits(clean));
    else if (kind === "leader") leader = splitUnits(clean).join("、");
    else if (kind === "person") person = person ? `${person}、${clean}` : clean;
    else deadline = clean;
  }
  // "…，牵头部门：市交通局。建设进度…": the unit inline, the rest of the paragraph is progress.
  const inline = INLINE_KEY.exec(text);
  if (inline && it.labels.length === 0) {
    const rest = text.slice(inline.index + inline[0].length);
    const end = rest.search(/[。；;]/);
    const value = end < 0 ? rest : rest.slice(0, end);
    (labelKind(inline[1]) === "lead" ? lead : all).push(...splitUnits(value.replace(FIRST_IS_LEAD, "")));
    progress = end < 0 ? "" : rest.slice(end + 1).trim();
    text = text.slice(0, inline.index);
  }
  const trailing = TRAILING.exec(text);
  if (trailing && it.labels.length === 0 && !inline) {
    for (const part of trailing[1].split(/[，,；;]/)) {
      const p = part.trim();
      if (/牵头/.test(p)) lead.push(...splitUnits(p.replace(/牵头(负责)?$/, "")));
      else all.push(...splitUnits(p.replace(/(按职责分工)?负责$|配合$/, "").replace(/等[^、，,]*?有关部门和/, "、").replace(/等[^、，,]*?有关部门$/, "").replace(/及/g, "、")));
    }
    text = text.slice(0, trailing.index);
  }
  // "指标：目标（依据…），责任单位为区发改委；目标二，责任单位为区经信局；": one task per 责任单位为.
  if (RESPONSIBLE_FOR.test(text) && it.labels.length === 0) {
    const out: ImportedTask[] = [];
    const pieces = splitAfterResponsible(text).map((p) => p.trim()).filter((p) => p);
    const head = /^([^：:]{2,20})[：:]/.exec(text)?.[1] ?? "";
    pieces.forEach((piece, k) => {
      const m = RESPONSIBLE_FOR.exec(piece + "；");
      const body = m ? piece.slice(0, m.index) : piece;
      const units = m ? splitUnits(m[1]) : [];
      const a = assignUnits({ all: units }, registry);
      const t = base(it, k === 0 ? String(counter) : `${counter}-${k + 1}`, k === 0 || !head ? body : body);
      t.leadUnits = a.leadUnits;
      t.coUnits = a.coUnits;
      if (a.groups.length) t.groups = a.groups;
      out.push(t);
    });
    if (out.length === 1) out[0].id = it.id || String(counter);
    return out;
  }
  // Progress notices: "地区生产总值（第1项）：增长6.1%…" — the name, then what was reached.
  if (progressDoc && !progress) {
    const colon = /^([^：:。]{2,40})[：:](.+)$/.exec(text);
    if (colon) {
      text = colon[1];
      progress = colon[2].trim();
    }
  }
  const t = base(it, it.id || String(counter), text.replace(/[，,；;]\s*$/, ""));
  const a = assignUnits({ all, ...(lead.length ? { lead } : {}), co }, registry);
  t.leadUnits = a.leadUnits;
  t.coUnits = a.coUnits;
  if (a.groups.length) t.groups = a.groups;
  t.leader = leader;
  t.person = person;
  t.deadline = deadline;
  if (progress) t.progress = { period: "", text: progress, completion: "", problems: "", nextSteps: "" };
  return [t];
}

function base(it: Item, id: string, text: string): ImportedTask {
  return importedTask({
    section: "",
    id,
    text: tidySpaces(text).replace(/[，,]\s*$/, ""),
    lines: [it.from, it.to],
  });
}

/** Cut a text at each ；, ; or 。 that closes a "责任单位为…" (the stop itself dropped); no lookbehind, for older Chromium. */
function splitAfterResponsible(text: string): string[] {
  const out: string[] = [];
  const re = /责任单位为[^；;。，,]+[；;。]/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const stop = m.index + m[0].length - 1;
    out.push(text.slice(from, stop));
    from = stop + 1;
  }
  out.push(text.slice(from));
  return out;
}
