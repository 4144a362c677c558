import { ImportedSection, ImportedTask, ImportResult } from "./types";
import { separatePersons } from "./unitPerson";
import { headingLeader, withoutPosts } from "./leaderTitles";
import { ASSIGNMENT_BRACKET } from "./assignmentLabels";

const CN_NUM = "一二三四五六七八九十";

/**
 * A declared count at the end of a heading: "（共 17项）", "共17项", "(共 6 项)", and the other ways offices
 * write it in brackets: "（分解任务15项）", "（8项）", "（共10个）", "（计5项任务）".
 */
const DECLARED = /(?:[（(]\s*(?:(?:共|分解任务|分解为|计|合计)\s*(\d+)\s*[项个件宗]|(\d+)\s*项)(?:任务|工作|事项|重点任务)?\s*[）)]|[（(]?\s*共\s*(\d+)\s*项\s*[）)]?)\s*$/;

/** The declared count at the end of a heading and where it starts, or null. */
export function declaredCount(text: string): { index: number; count: number } | null {
  const m = DECLARED.exec(text);
  if (m) return { index: m.index, count: Number(m[1] ?? m[2] ?? m[3]) };
  // A closing bracket that only counts ("（具体包括31个方面，134项具体任务）"): the items are the last number of 项.
  const b = /[（(]([^（）()]{2,40})[）)]\s*$/.exec(text);
  if (!b || b.index === 0 || b[1].replace(COUNT_WORDS, "")) return null;
  const counts = [...b[1].matchAll(/(\d+)\s*个?\s*[项件宗]/g)];
  if (counts.length) return { index: b.index, count: Number(counts[counts.length - 1][1]) };
  // "三、重点项目（2个）", "（共5个项目）" (round az): projects counted by 个; "（3个方面）" counts parts, not items.
  const projects = /^\s*(?:共|计)?\s*(\d+)\s*个\s*(?:项目)?\s*$/.exec(b[1]);
  return projects ? { index: b.index, count: Number(projects[1]) } : null;
}
/** The words a counting bracket is made of: numbers, 共/具体包括/涉及, 个方面/领域/类, 项/件 and what they count. */
const COUNT_WORDS = /\d+|具体|包括|包含|含|共|计|合计|涉及|分解为?|个|方面|大领域|领域|大类|类|项目|项|件|宗|任务|工作|事项|重点|目标|[，,、\s]/g;

/** Words a counting bracket adds to say how many of them this document lists: "本通报列出2宗", "其中选列3项". */
const LISTED_WORDS = /本通报|本表|本次|本文|下表|以下|列出|列入|选列|选取|其中|仅|通报|列/g;

/**
 * Where a heading's closing bracket counts its items and says how many this document lists ("（共8宗，本通报列出2宗）",
 * round m): no part of the heading's name, and no declared count of the items that follow (the document says it
 * gives only some). Null for a bracket with anything else, and for one declareCount() reads.
 */
export function countNote(text: string): number | null {
  const b = /[（(]([^（）()]{2,40})[）)]\s*$/.exec(text);
  if (!b || b.index === 0 || !/\d/.test(b[1]) || !b[1].match(LISTED_WORDS)) return null;
  return b[1].replace(LISTED_WORDS, "").replace(COUNT_WORDS, "") ? null : b.index;
}

export interface SectionHeading {
  name: string;
  declaredCount: number | null;
  /** A unit a heading names as coordinating the whole part: "一、稳住经济大盘（总牵头单位：区发改局）". */
  coordinator?: string;
  /** The leaders a heading names for its part ("（牵头领导：李明、王强）"), joined by 、: the leader of each of its tasks that names none. */
  leader?: string;
}

/** "（总牵头单位：区发改局）", "（牵头领导：…）" closing a heading: who coordinates or leads the part, not part of its name. */
const HEADING_ASSIGNMENT = /[（(]\s*(总牵头单位|总牵头部门|牵头单位|牵头部门|牵头领导|责任领导|分管领导|包抓领导|责任单位)[:：]([^（）()]*)[）)]\s*$/;

/**
 * A heading's name without a closing assignment bracket, and the unit the bracket names — or, for a 牵头领导 label, the
 * leaders it names (one or several: a leader is no unit, and each answers for every task of the part, round z).
 */
function withoutAssignment(heading: SectionHeading): SectionHeading {
  const m = HEADING_ASSIGNMENT.exec(heading.name);
  if (!m || m.index === 0) return heading;
  const name = heading.name.slice(0, m.index).trim();
  if (/领导$/.test(m[1])) {
    const leader = headingLeaders(m[2]);
    return leader ? { ...heading, name, leader } : { ...heading, name };
  }
  return { ...heading, name, coordinator: m[2].trim() };
}

/**
 * A heading's name without a closing leader bracket ("一、产业发展（牵头领导：张三）", 责任领导, 分管领导, 包抓领导) and the
 * leaders it names; a heading closed otherwise comes back as it was. For importers that read a heading's units their own
 * way (the list importer, import-units2).
 */
export function withoutLeaderBracket(heading: SectionHeading): SectionHeading {
  const m = HEADING_ASSIGNMENT.exec(heading.name);
  return m && /领导$/.test(m[1]) ? withoutAssignment(heading) : heading;
}

/** "李明、王强", "区委常委、常务副区长 孙建国", "马强（常务副州长）、吉克": the leaders' names as the label gives them, joined by 、. */
export function headingLeaders(value: string): string {
  const posted = separatePersons(value.trim());
  if (posted.leaders.length && !posted.units.trim()) return posted.leaders.join("、");
  return withoutPosts(value).split(/[、，,；;\s\u3000]+/).filter(Boolean).join("、");
}

/**
 * A section heading of a catalogue or report: "一、…", "（一）…", or any short line that declares a
 * count ("主要预期目标（共 6项）"). Returns the name without the declared count.
 */
export function parseSectionHeading(line: string): SectionHeading | null {
  const text = line.trim();
  if (!text) return null;
  // A long part name closed by its assignment ("一、…等工作目标（牵头领导：…）") is measured without the bracket; a
  // sentence closed so ("…。（牵头单位：…）") is an item, not a heading.
  if (text.length > 60) {
    const bare = text.replace(HEADING_ASSIGNMENT, "");
    if (bare === text || bare.length > 60 || /[。；;]\s*$/.test(bare)) return null;
  }
  const declared: { index: number; count: number; assignment?: string } | null = declaredCount(text) ?? countBeforeAssignment(text);
  // "第一部分　扩大有效投资": a part numbered in words, as 一、 numbers it (issue 13).
  const numbered = new RegExp(`^([${CN_NUM}]+、|[（(][${CN_NUM}]+[）)]|第[${CN_NUM}]+部分[、，,：:\\s]?)`).test(text);
  if (!declared && !numbered) return null;
  if (!declared && /[。；]$/.test(text)) return null;
  const note = declared ? null : countNote(text);
  const name = (declared ? text.slice(0, declared.index) + (declared.assignment ?? "") : note !== null ? text.slice(0, note) : text).trim();
  if (!name) return null;
  return withPostLeader(withoutAssignment({ name, declaredCount: declared ? declared.count : null }));
}

/**
 * A count written before the closing assignment ("一、稳增长（共12项）（牵头领导：张三）"): offices put the two brackets in
 * either order, so the count is read once the assignment is set aside, and the assignment is kept to be read after it.
 */
function countBeforeAssignment(text: string): { index: number; count: number; assignment?: string } | null {
  const m = HEADING_ASSIGNMENT.exec(text);
  if (!m || m.index === 0) return null;
  const declared = declaredCount(text.slice(0, m.index).trimEnd());
  return declared && declared.index > 0 ? { ...declared, assignment: m[0].trim() } : null;
}

/**
 * A heading that names its leader by post and name ("三、常务副县长王强分管工作", "一、常务副省长高建民") and no leader
 * bracket: that leader leads the part's tasks that name none (import-units2). The name stays as written, so two parts
 * of two 副县长 stay two parts.
 */
function withPostLeader(heading: SectionHeading): SectionHeading {
  if (heading.leader) return heading;
  const leader = headingLeader(heading.name);
  return leader ? { ...heading, leader } : heading;
}

/**
 * A heading line between table rows, in any numbering style offices use: 一、 （一） 1. 1、 6、 （1）
 * 一是 第一, with or without a declared count, leading spaces and quotes kept in the name.
 */
export function parseTableHeading(line: string): SectionHeading | null {
  const heading = parseSectionHeading(line);
  if (heading) return heading;
  const text = line.trim();
  if (!text || text.length > 40 || /[。；;]$/.test(text)) return null;
  const numbered = new RegExp(`^(\\d{1,2}[、.．](?!\\d)|[（(]\\d{1,2}[）)]|第[${CN_NUM}]+[、，,：:\\s]?|[${CN_NUM}]+是)`).test(text);
  return numbered ? withPostLeader(withoutAssignment({ name: text, declaredCount: null })) : null;
}

/** The Chinese numeral of a heading ("（五）…" → 5), or null. */
export function headingNumber(name: string): number | null {
  const m = new RegExp(`^[（(]?([${CN_NUM}]+)[）)、]`).exec(name.trim());
  if (!m) return null;
  const s = m[1];
  if (s === "十") return 10;
  if (s.startsWith("十")) return 10 + CN_NUM.indexOf(s[1]) + 1;
  if (s.endsWith("十")) return (CN_NUM.indexOf(s[0]) + 1) * 10;
  if (s.length === 3 && s[1] === "十") return (CN_NUM.indexOf(s[0]) + 1) * 10 + CN_NUM.indexOf(s[2]) + 1;
  return CN_NUM.indexOf(s[0]) + 1;
}

export function chineseNumeral(n: number): string {
  if (n <= 10) return n === 10 ? "十" : CN_NUM[n - 1];
  if (n < 20) return "十" + CN_NUM[n - 11];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return CN_NUM[tens - 1] + "十" + (ones ? CN_NUM[ones - 1] : "");
}

/**
 * Sections in order of appearance (headings and tasks merged) with the number of tasks found in each. A heading that
 * names its part's leaders ("（牵头领导：李明、王强）") gives them to each task of the part that names no leader of its own.
 */
export function countSections(tasks: ImportedTask[], declared: SectionHeading[]): ImportedSection[] {
  const leaders = new Map(withPartLeaders(declared).filter((h) => h.leader).map((h) => [h.name, h.leader!] as const));
  for (const t of tasks) if (!t.leader && leaders.has(t.section)) t.leader = leaders.get(t.section)!;
  const out: ImportedSection[] = [];
  const byName = new Map<string, ImportedSection>();
  const headings = declared.filter((h, k) => declared.findIndex((x) => x.name === h.name) === k);
  let nextHeading = 0;
  const push = (name: string, declaredCount: number | null, coordinator?: string) => {
    const section: ImportedSection = { name, declaredCount, foundCount: 0, ...(coordinator ? { coordinator } : {}) };
    byName.set(name, section);
    out.push(section);
  };
  const pushHeadingsUpTo = (k: number) => {
    for (; nextHeading <= k; nextHeading++) {
      const h = headings[nextHeading];
      if (!byName.has(h.name)) push(h.name, h.declaredCount, h.coordinator);
    }
  };
  for (const t of tasks) {
    if (!byName.has(t.section)) {
      const k = headings.findIndex((h) => h.name === t.section);
      if (k >= 0) pushHeadingsUpTo(k);
      else push(t.section, null);
    }
    byName.get(t.section)!.foundCount++;
  }
  pushHeadingsUpTo(headings.length - 1);
  // A plan's prose part (一、指导思想, （二）基本原则, 五、保障措施) with no task and no count is no 板块 of the catalogue; any
  // other heading left empty stays, since its tasks may have been lost.
  return out.filter((s) => s.foundCount > 0 || s.declaredCount !== null || !PROSE_PART.test(s.name.replace(/[\s\u3000]+/g, "").replace(HEADING_NUMBER, "")));
}

/**
 * The numbering level of a heading: 1 for 第一部分, 2 for 一、, 3 for （一）, 4 for 1. / 1、, 5 for （1）, 0 for a heading
 * numbered otherwise or not at all.
 */
function headingLevel(name: string): number {
  const t = name.trim();
  if (new RegExp(`^第[${CN_NUM}]{1,3}部分`).test(t)) return 1;
  if (new RegExp(`^[${CN_NUM}]{1,3}[、.．]`).test(t)) return 2;
  if (new RegExp(`^[（(][${CN_NUM}]{1,3}[）)]`).test(t)) return 3;
  if (/^\d{1,3}[、.．](?!\d)/.test(t)) return 4;
  if (/^[（(]\d{1,2}[）)]/.test(t)) return 5;
  return 0;
}

/**
 * The headings in order, each sub-heading that names no leader taking the leader of the part it sits in: "（一）扩大有效投资"
 * under "一、稳增长（牵头领导：张三）" is 张三's, as the part's own tasks are. A sub-part is numbered one level below its
 * part (一、 → （一） → 1. → （1））; a heading that skips a level ("3、…" right under "二、…") is a sibling written otherwise,
 * not a sub-part, and a new part of the same level ends the one above.
 */
export function withPartLeaders(headings: readonly SectionHeading[]): SectionHeading[] {
  const open: { level: number; leader?: string }[] = [];
  return headings.map((h) => {
    const level = headingLevel(h.name);
    if (!level) return h;
    while (open.length && open[open.length - 1].level >= level) open.pop();
    const part = open[open.length - 1];
    const leader = h.leader ?? (part?.level === level - 1 ? part.leader : undefined);
    open.push({ level, leader });
    return leader && !h.leader ? { ...h, leader } : h;
  });
}

/** The numbering before a heading's name: "一、", "（二）", "3.", "第四部分", "一是". */
const HEADING_NUMBER = /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)?[、，,.．:：]?|[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;
/** Parts of a plan that set out its aims and how it is carried out, never a catalogue's tasks. */
const PROSE_PART = /^(?:指导思想|总体要求|基本原则|总体目标|工作目标|主要目标|目标要求|工作原则|保障措施|组织保障|工作要求|有关要求|工作保障|组织领导|组织实施|实施步骤|工作步骤|进度安排|时间安排|工作机制|基本情况)[。：:]?$/;

/**
 * IMPORT_SECTION_COUNT notes for every section whose declared count differs from what was found. Rows under one
 * merged 序号 (4-1, 4-2) are one declared item: a count that matches the 序号 found is no mismatch.
 */
export function sectionCountNotes(sections: ImportedSection[], tasks: readonly ImportedTask[] = []): ImportResult["notes"] {
  const numbers = (name: string) => new Set(tasks.filter((t) => t.section === name).map((t) => t.id.replace(/-[^-]+$/, ""))).size;
  // A part whose items sit under its sub-parts ("一、稳增长（共3项）" over "（一）…（共2项）", "（二）…（共1项）") counts them; the
  // first heading under it must be numbered one level below, as withPartLeaders() reads a sub-part.
  const withSubParts = (k: number) => {
    const level = headingLevel(sections[k].name);
    let found = sections[k].foundCount;
    for (let j = k + 1; level && j < sections.length; j++) {
      const sub = headingLevel(sections[j].name);
      if (!sub || sub <= level || (j === k + 1 && sub !== level + 1)) break;
      found += sections[j].foundCount;
    }
    return found;
  };
  return sections
    .map((s, k) => ({ s, found: withSubParts(k) }))
    .filter(({ s, found }) => s.declaredCount !== null && s.declaredCount !== s.foundCount && s.declaredCount !== numbers(s.name) && s.declaredCount !== found)
    .map(({ s, found }) => ({
      code: "IMPORT_SECTION_COUNT",
      message: `「${s.name}」声明共 ${s.declaredCount} 项，实际识别 ${found} 项，请核对。(declared ${s.declaredCount}, found ${found})`,
    }));
}

/**
 * A heading numbered as a part (一、, （一）, 第一部分) whose one closing bracket names its leaders and nothing else, the
 * name before it no sentence: "二、惠民生（共2项）（牵头领导：李四）". An item's sentence ("…。（牵头领导：…）") is none.
 */
export function closesHeading(line: string): boolean {
  const text = line.trim();
  if (!/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)/.test(text)) return false;
  const bracket = HEADING_ASSIGNMENT.exec(text);
  if (!bracket || !/领导$/.test(bracket[1]) || /[。；;：:]/.test(bracket[2])) return false;
  const heading = parseSectionHeading(text);
  return !!heading?.leader && !/[。；;：:]/.test(heading.name) && (text.match(ASSIGNMENT_BRACKET) ?? []).length === 1;
}
