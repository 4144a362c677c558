import { CellValue, isRichText } from "../sheet/cellValue";
import { cellText, foldText } from "../text/normalize";
import { splitUnits } from "../units/splitUnits";
import { BODY_END } from "../units/bodyNames";
import { UnitRegistry } from "../units/registry";
import { PROGRESS_DOC, labelKind, labelPattern } from "./assignmentLabels";
import { assignUnits, splitMarkedUnits } from "./assignUnits";
import { isPersonName, namesBesidePosts, separatePersons } from "./unitPerson";
import { PAGE_MARK, tidySpaces } from "./columnText";
import { unitLike } from "./importPdfTable";
import { LineLedger } from "./lineLedger";
import { headingLeader, withoutPosts } from "./leaderTitles";
import { readUnitsPhrase } from "./assignmentPhrase";
import { declaredCount, parseSectionHeading, parseTableHeading, SectionHeading } from "./sections";
import { ColumnField, foldHeader, isHeaderName, matchHeaderRow, MEASURE, periodProgressColumns, rateWithUnit, yesNoAnswer } from "./tableColumns";
import { ImportedTask, ImportResult } from "./types";

export interface SourceRow {
  cells: CellValue[];
  /** A line outside the table's cells: a heading only if it reads as one, else text around the table. */
  loose?: boolean;
  /** 1-based source lines (or sheet rows) the row came from. */
  from: number;
  to: number;
}

interface TableImport {
  tasks: ImportedTask[];
  headings: SectionHeading[];
  notes: ImportResult["notes"];
  /** The header row's folded names, for the kind reason. */
  header: string[] | null;
}

const CIRCLED_RE = /^([①-⑳]|[（(]\d{1,2}[）)])/;
/** Sub-item markers: ①②③ and (1)(2)/（1）（2）, the latter keyed "(1)". */
const MARKER_RE = /[①-⑳]|[（(]\d{1,2}[）)]/g;
const markerKey = (m: string) => (/^[①-⑳]$/.test(m) ? m : `(${m.replace(/[^\d]/g, "")})`);

/** Text of a cell with line breaks kept, each line trimmed (Word leaves tabs and full-width spaces). */
function multiline(value: CellValue | undefined): string {
  const raw = value === undefined || value === null ? "" : isRichText(value) ? value.richText.map((r) => r.text).join("") : cellText(value);
  return removeArtefacts(raw)
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((l) => l)
    .join("\n");
}

/** Text left behind by Word-to-text converters: "[bookmark: _GoBack]", "[image: …]". */
export function removeArtefacts(text: string): string {
  return text.replace(/\[(bookmark|image|picture|footnote|comment)[:：][^\]\n]*\]/gi, "");
}

/** "（工信）", "(发改)": a short bracketed note naming a unit's system, never a section. */
/** A number opening a task cell when the table has no 序号 column: "14.改扩建…", "3、推进…". */
const NUMBERED_CELL = /^(\d{1,3})[.．、](?!\d)\s*/;
/** A bullet opening a row's task: an item of its own, not more text of the row above. */
const BULLET = /^[△▲●◆■□○◇•·]/;
const UNIT_NOTE = /^[（(][\u4e00-\u9fa5、，,]{1,8}[）)]$/;

/**
 * Joins the lines of a cell: Chinese cells break anywhere, even inside a figure ("19" / "0家"), so
 * lines join without a space, and stray spaces between Chinese characters go (one between two
 * Latin words stays).
 */
function joinWrapped(text: string): string {
  return tidySpaces(text.split("\n").join(""));
}

/** A line of a 完成时限 cell that is a date of its own: it names a month, quarter, year or day ("6月底前开工", "2023年"). */
const DATE_LINE = /(?:\d{1,2}月|[一二三四]季度|第?[一二三四]季度|\d{4}年|\d{1,2}日|年底|年内|上半年|下半年|长期|持续)/;

/**
 * A 完成时限 cell with one date a line ("6月底前开工" / "12月底前完工"): the dates kept apart with "；" as the office wrote
 * them one under another, never run into one ("6月底前开工12月底前完工"). A date wrapped at the cell's width ("2023年12" /
 * "月底前") is joined as any wrapped cell is.
 */
function joinDeadlines(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1 && lines.every((l) => DATE_LINE.test(l) && /[前底末内完成工用坚持]$/.test(l))) return tidySpaces(lines.join("；"));
  return joinWrapped(text);
}

/** The bold runs of a units cell, split into unit names (bold marks the lead unit). */
function boldUnits(value: CellValue | undefined): string[] | null {
  if (!value || !isRichText(value)) return null;
  const bold = value.richText.filter((r) => r.bold).map((r) => r.text).join("、");
  if (!bold.trim()) return null;
  if (value.richText.every((r) => r.bold || !r.text.trim())) return null;
  return splitUnits(separatePersons(bold).units);
}

/**
 * The leaders in a 牵头领导 cell: "石可清、孙恒民", one a line, or names spaced out to align in Word
 * ("俞 悦"), two of which may have run together when the line break was lost ("陆 明俞 悦" → 陆明、俞悦).
 */
function leaderNames(written: string): string {
  // "区委常委、常务副区长 孙建国": posts before the name (issue 13).
  const posted = separatePersons(written);
  if (posted.leaders.length && !posted.units.trim()) return posted.leaders.join("、");
  // "副镇长 王立", "党委副书记 赵敏": in a leader column a post of any level says who the leader is (round af).
  const besidePosts = namesBesidePosts(written);
  if (besidePosts.length) return besidePosts.join("、");
  const cell = withoutPosts(written);
  const spaced = /^(?:[\u4e00-\u9fa5][\s\u3000]+[\u4e00-\u9fa5])+$/.exec(cell.trim().replace(/\n/g, ""));
  if (spaced) {
    const pairs = cell.trim().replace(/\n/g, "").match(/[\u4e00-\u9fa5][\s\u3000]+[\u4e00-\u9fa5]/g)!;
    return pairs.map((p) => p.replace(/[\s\u3000]+/g, "")).join("、");
  }
  return splitUnits(cell)
    .map((n) => n.replace(/([\u4e00-\u9fa5])[\s\u3000]+(?=[\u4e00-\u9fa5])/g, "$1"))
    .join("、");
}

/**
 * Whether a task cell lists sub-items ("推进重点项目建设：(1)…；(2)…"): two or more markers of one kind
 * counting 1, 2, 3… from the first, each opening the cell or following a colon, a clause end or a line
 * break — not a "（3）" quoted inside a sentence — after nothing or a lead-in ending in a colon. Any table
 * splits such a cell; year-end tables split any.
 */
function listsSubItems(text: string, anyStart = false): boolean {
  const hits = [...text.matchAll(MARKER_RE)].map((m) => ({ key: markerKey(m[0]), index: m.index ?? 0 }));
  const kind = hits.length ? /^\(/.test(hits[0].key) : false;
  const same = hits.filter((h) => /^\(/.test(h.key) === kind);
  if (same.length < 2) return false;
  // A whole sentence before the markers ("实施老旧供水管道改造，保障用水安全。①…②…") is one task the
  // markers detail; an empty lead-in or one ending in a colon introduces items of their own.
  const head = text.slice(0, same[0].index).trim();
  if (head && !/[：:]$/.test(head)) return false;
  const order = (key: string) => (/^\(/.test(key) ? Number(key.replace(/\D/g, "")) : key.charCodeAt(0) - 0x245f);
  // A row of items under a blank 序号 may go on from the row above ("②…；③…").
  const start = anyStart ? order(same[0].key) : 1;
  return same.every((h, k) => order(h.key) === k + start && (h.index === 0 || /[：:；;。，,\n\s]/.test(text[h.index - 1])));
}

/** The report period a header or title names: 上半年, 三季度, 前三季度, 1-11月, 全年 (年度 of a year-end table). */
export function periodNamed(text: string): string {
  const m = /(上半年|下半年|前三季度|[一二三四]季度|全年|年度|年终|\d{1,2}\s*[-－—至~～]\s*\d{1,2}\s*月(?:份)?)/.exec(text);
  // "（截至10月31日）", "截至9月底": the months up to that one. It wins over 年度, which in "2022年度…进度表（截至10月31日）"
  // names the plan's year, not a year-end report (a year-end table is 全年, as before, when no date says otherwise).
  const asOf = /(?:截至|截止到?)\s*(?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2})\s*月(?:份|底|末|\s*\d{1,2}\s*日)?/.exec(text);
  if (asOf && (!m || /^(年度|年终)$/.test(m[1]))) {
    const month = Number(asOf[1]);
    if (month >= 1 && month <= 12) return month === 12 ? "全年" : `1-${month}月`;
  }
  if (!m) return "";
  if (/^(年度|年终)$/.test(m[1])) return "全年";
  return m[1].replace(/\s+/g, "").replace(/[－—至~～]/, "-").replace(/份$/, "");
}

/** Splits "①…②…" into marker → text; null when the text has fewer than two markers. */
function splitCircled(text: string): Map<string, string> | null {
  const parts = new Map<string, string>();
  const hits: { marker: string; index: number; length: number }[] = [];
  for (const m of text.matchAll(MARKER_RE)) hits.push({ marker: markerKey(m[0]), index: m.index ?? 0, length: m[0].length });
  // One kind of marker, counting from the first: ①② or (1)(2), never a stray "（3）" inside a sentence.
  const kind = hits.length ? /^\(/.test(hits[0].marker) : false;
  const same = hits.filter((h) => /^\(/.test(h.marker) === kind);
  if (same.length < 2) return null;
  const head = text.slice(0, same[0].index).trim();
  same.forEach((h, k) => {
    const end = k + 1 < same.length ? same[k + 1].index : text.length;
    parts.set(h.marker, text.slice(h.index + h.length, end).replace(/^[\s\u3000、.．:：]+|[\s\u3000；;，,]+$/g, "").trim());
  });
  if (head) parts.set("", head);
  return parts;
}

/** A 序号 as written ("1", "1.", "8-②"); a long or sentence-like first cell is no 序号 (a heading row). */
/** A target with its figure and no 序号 shape ("新增学位810个", "建成公厕5座"): never a number, mark or heading. */
const SHIFTED_TARGET = /^(?![（(]?[\d一二三四五六七八九十①-⑳]+[）)、.．]?$)[\u4e00-\u9fa5“”]{2,}[^（(]*\d+(?:\.\d+)?(?:[个所人家座张套辆条处项间户亩台]|公里|万人|万元|亿元|平方米|%|％)$/;

function normaliseId(raw: string): string {
  const id = foldText(raw).replace(/[.、．]$/, "");
  // "一、扩大有效投资" in the 序号 cell is a heading, not a number.
  if (/^[一二三四五六七八九十]{1,3}[、.．]\S/.test(id)) return "";
  // "1.培育集群" likewise: a number and words in the 序号 cell is a heading numbered in figures (a third level under 一、 and
  // （一）), never a 序号 whose row has no text.
  if (/^\d{1,2}[、.．][\u4e00-\u9fa5]/.test(id)) return "";
  return id.length <= 10 && !/[，。；：:,;（(]/.test(id) ? id : "";
}

/**
 * A column left of the task column whose header no field claims ("行动计划", "行业", "专项"), whose cells name blocks
 * of rows (round m): short names, the first row naming its block, each name given once on the first row of its block
 * and left empty below (pasted from a merged cell), or repeated over its rows (a spreadsheet repeats a merged value),
 * with two blocks at least. That is how a category column reads, whatever the office calls it; it becomes the section
 * as a 类别 column does. A column of sentences, figures or a value in every row that never repeats is left alone.
 */
function categoryByBlocks(match: Partial<Record<ColumnField, number>>, header: readonly string[], below: readonly SourceRow[]): void {
  const textColumn = match.text ?? match.name;
  if (match.section !== undefined || textColumn === undefined) return;
  const claimed = Object.values(match);
  for (let c = 0; c < textColumn; c++) {
    const name = foldText(header[c] ?? "");
    if (claimed.includes(c) || !name || name.length > 8 || /\d/.test(name)) continue;
    const values = below.filter((r) => !r.loose && multiline(r.cells[textColumn] ?? "").trim()).map((r) => multiline(r.cells[c] ?? "").trim());
    const named = values.filter((v) => v);
    const distinct = new Set(named).size;
    if (!values[0] || distinct < 2 || named.some((v) => v.length > 20 || /[。；;，,]/.test(v) || /^[\d.%％\s-]+$/.test(v))) continue;
    const blanks = named.length < values.length;
    const repeats = named.length === values.length && distinct < named.length && values.every((v, k) => k === 0 || v === values[k - 1] || !values.slice(0, k).includes(v));
    if (blanks || repeats) {
      match.section = c;
      return;
    }
  }
}

/**
 * A column claimed as the category (事项, 类别) beside a name column and no task column is read by its contents: a
 * category groups items, so it never changes under one item. When rows leave the name empty (merged with the row
 * above) while this column gives each row a value of its own ("关爱老年人" over "建设老年活动室…" and "开展筛查…"), the
 * column holds the tasks and the name heads them.
 */
/** A cell that is one unit name or several, and nothing else: every part ends like a body ("区发改局", "各镇街" aside). */
function unitNamesOnly(value: string): boolean {
  // Lead marks and a person or note in brackets are no part of the names ("区住建局（牵头）", "牵头：市发改局；配合：…").
  const parts = splitUnits(value.replace(/(?:牵头|配合|协办|主办)[:：]/g, "").replace(/[（(][^（）()]{1,8}[）)]/g, ""));
  return parts.length > 0 && parts.every((p) => p.length >= 3 && p.length <= 20 && BODY_END.test(p) && !/[。；;，,：:\d]/.test(p));
}

/** Headers of where or what, never of who: a place column of unit-like names (实施地点, 所在镇) is no responsible column. */
const NOT_UNITS_HEADER = /地点|位置|地址|区域|地区|村|名称|内容|领导|人$|人员|电话|联系方式|时间|时限/;
/** A header that says its units lead ("主办", "主责部门", "牵头推进"): the lead column when two unit columns are found. */
const LEAD_UNITS_HEADER = /牵头|主责|主办|主抓|主管|主要/;
/** A header that says its units help ("协办", "配合", "参与"): the co-units column when two unit columns are found. */
const CO_UNITS_HEADER = /协办|配合|协同|协作|协助|参与|协调|辅助/;

/**
 * Whether a cell names units and nothing else: every part ends like a body (局, 委, 办, 中心, 街道, 公司 …, the
 * splitter reading 、，/ and line breaks), or every part is a name the book's 单位 sheet holds. A unit with the person
 * who answers for it ("区工信局 周海峰") is a units cell too (issue 13).
 */
const UNIT_LABELS_IN_CELL = new RegExp(`(?:${labelPattern("lead", "co", "all")}|牵头|配合|协办|主办)[:：]`, "g");
function unitsCell(value: string, registry: UnitRegistry): boolean {
  // "★区发改委、区统计局" (round aw): the mark on the lead is no part of the names, the cell names units all the same.
  const units = separatePersons(value.replace(/[★☆▲※]/g, "")).units;
  if (unitNamesOnly(units)) return true;
  // The cell says in words who leads and who helps ("市工信局牵头，板桥街道配合", round ar): units, if every name reads as one.
  const phrase = readUnitsPhrase(units);
  if (phrase?.lead && unitNamesOnly(phrase.lead) && (!phrase.co || unitNamesOnly(phrase.co))) return true;
  // Labels inside the cell ("牵头单位：区教育局；配合单位：区住建局", round af) name the parts' roles, not units.
  const parts = splitUnits(units.replace(UNIT_LABELS_IN_CELL, "").replace(/[（(][^（）()]{1,8}[）)]/g, ""), registry);
  return parts.length > 0 && parts.every((p) => registry.isKnown(p) || registry.isGroupWord(p) || (unitNamesOnly(p) || UNIT_CLASS.test(p) || ZONE_NAME.test(p)));
}

/** A development zone written by its name for its committee ("上饶高新区", "临港经开区", round aw): a units cell's part as a body is. */
const ZONE_NAME = /^[\u4e00-\u9fa5]{2,12}(?:高新区|经开区|开发区|高新技术产业开发区|经济技术开发区|工业园区|产业园区|产业园)$/;

/** A class of units a list closes with ("各镇（街道）", "各有关部门", "相关单位"): a units cell's part as a name is. */
const UNIT_CLASS = /^(?:各|相关|有关|其他|其它)[\u4e00-\u9fa5]{0,8}(?:镇|乡|街道|镇街|部门|单位|政府|管委会|社区|村)$/;

/**
 * The responsible columns told by their cells when no header names them (round v, import-cols): of the columns no header
 * name claimed (a header left blank, or a word no list knows: 主办, 协办, 承接部门, 归口部门 …), those whose filled cells
 * below (two or more, of the first 40 rows) name units and nothing else, four in five or more. A column headed by a place
 * (实施地点, 地区, 村) is where, not who: never.
 *
 * Tie-breaks: with no responsible column named, one such column is the units (round v); two or more give the lead and
 * the co-units — the lead the one whose header says so (牵头, 主责, 主办), else the leftmost, since offices write the lead
 * first; the co-units the one whose header says so (协办, 配合), else the next from the left. Beside a named lead column
 * the column found is the co-units, beside a named co-units column the lead. Beside a named units column (责任单位) one is
 * taken only when its header says what it is (协办 → co-units, 主办 → lead); a bare second list keeps no meaning we could
 * tell, so it stays as written.
 */
function unitColumnsByContent(match: Partial<Record<ColumnField, number>>, header: readonly string[], below: readonly SourceRow[], registry: UnitRegistry): void {
  const claimed = new Set(Object.values(match));
  const found: number[] = [];
  // The header repeated after a page break is no row of cells.
  const rows = bodyRows(header, below);
  for (let c = 0; c < header.length; c++) {
    if (claimed.has(c) || NOT_UNITS_HEADER.test(foldText(header[c] ?? ""))) continue;
    const values = rows.map((r) => multiline(r.cells[c] ?? "").trim()).filter((v) => v);
    if (values.length < 2) continue;
    if (values.filter((v) => unitsCell(v, registry)).length / values.length >= 0.8) found.push(c);
  }
  if (!found.length) return;
  const said = (c: number, words: RegExp) => words.test(foldText(header[c] ?? ""));
  const pick = (words: RegExp, from: readonly number[]) => from.find((c) => said(c, words)) ?? from[0];
  if (match.units === undefined && match.leadUnits === undefined && match.coUnits === undefined) {
    if (found.length === 1) {
      match.units = found[0];
      return;
    }
    match.leadUnits = pick(LEAD_UNITS_HEADER, found.filter((c) => !said(c, CO_UNITS_HEADER)).length ? found.filter((c) => !said(c, CO_UNITS_HEADER)) : found);
    match.coUnits = pick(CO_UNITS_HEADER, found.filter((c) => c !== match.leadUnits));
  } else if (match.leadUnits !== undefined && match.coUnits === undefined && match.units === undefined) {
    match.coUnits = pick(CO_UNITS_HEADER, found);
  } else if (match.coUnits !== undefined && match.leadUnits === undefined && match.units === undefined) {
    match.leadUnits = pick(LEAD_UNITS_HEADER, found);
  } else if (match.units !== undefined && match.leadUnits === undefined && match.coUnits === undefined) {
    const co = found.find((c) => said(c, CO_UNITS_HEADER));
    const lead = found.find((c) => said(c, LEAD_UNITS_HEADER) && !said(c, CO_UNITS_HEADER));
    if (co !== undefined) match.coUnits = co;
    else if (lead !== undefined) match.leadUnits = lead;
  }
}

/** The first 40 rows below a header that hold cells: loose lines and the header repeated after a page break left out. */
function bodyRows(header: readonly string[], below: readonly SourceRow[]): readonly SourceRow[] {
  const key = header.map((h) => foldText(h ?? "")).join("|");
  return below.filter((r) => !r.loose && r.cells.map((c) => foldText(multiline(c ?? ""))).join("|") !== key).slice(0, 40);
}

const HAN_NAME = "[\\u4e00-\\u9fa5]";
/** A government or party leader's post: 副县长, 常务副区长, 区委常委, 县委副书记, 区政府副秘书长, 县人大常委会副主任. */
const GOVERNMENT_POST = "(?:分管|常务|协管|主管)?(?:[省市县区州旗镇乡]委(?:常委|副?书记)|副?[省市县区州旗镇乡]长|(?:[省市县区州旗]政府)?副?秘书长|[省市县区州旗]人大常委会副?主任|[省市县区州旗]政协副?主席)";
/** A post inside a bureau or a body: 局长, 副主任, 科长, 站长 — the person who does the work, never a government leader. */
const OFFICE_POST = "(?:党组|党委|党工委)?副?(?:局长|主任|科长|股长|处长|所长|站长|队长|院长|校长|部长|书记|经理|总经理|董事长|组长|负责人|干部|科员|工作人员)";
const POST_ONLY = new RegExp(`^(?:${GOVERNMENT_POST})+$`);
const OFFICE_POST_ONLY = new RegExp(`^${OFFICE_POST}$`);
/** A phone number as offices give it beside a name: a mobile, or an area code and a line, or a bare line. */
const PHONE = /(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8}|\d{7,8})/g;

type PersonCell = "leader" | "name" | "person" | null;

/**
 * What a cell says of who answers for a row: "leader" when a government post is named (副区长, 常务副县长, 区委常委, with or
 * without the name: "王强（副区长）", "副县长李明", "李明副县长"), "person" when a phone number or a bureau's post is (张敏
 * 13800000000, 科长 刘洋), "name" for bare names (2–3 characters, a surname first: "王强、李丽"), null for anything else.
 */
function personCell(value: string): PersonCell {
  const phones = value.match(PHONE) ?? [];
  const rest = value.replace(PHONE, " ").replace(/[（(]\s*([^（）()]*)\s*[）)]/g, " $1 ").replace(/电话|手机|联系电话|[:：]/g, " ");
  const pieces = rest.split(/[、，,；;/／\s\u3000]+/).filter(Boolean);
  if (!pieces.length || pieces.length > 8) return null;
  let government = false;
  let office = phones.length > 0;
  let names = 0;
  const split = new RegExp(`^(${GOVERNMENT_POST}|${OFFICE_POST})?(${HAN_NAME}{2,3}?)(?:同志)?(${GOVERNMENT_POST}|${OFFICE_POST})?$`);
  for (const piece of pieces) {
    if (POST_ONLY.test(piece)) government = true;
    else if (OFFICE_POST_ONLY.test(piece)) office = true;
    else {
      const m = split.exec(piece);
      if (!m || !isPersonName(m[2])) return null;
      names++;
      const post = m[1] ?? m[3] ?? "";
      if (post && new RegExp(`^${GOVERNMENT_POST}$`).test(post)) government = true;
      else if (post) office = true;
    }
  }
  if (government) return "leader";
  if (office) return names ? "person" : null;
  return names ? "name" : null;
}

/** A header that names a leader's role in words no list knows (挂帅, 领衔, 包抓, 县长 …). */
const LEADER_HEADER = /领导|[省市县区镇乡]长|挂帅|领衔|包抓|包联|包保|挂点|督导|督办/;
/** A header that names the person doing the work (经办人, 联络员, 对接人, 联系方式). */
const PERSON_HEADER = /人|员|联系|电话|经办|联络|对接|干部/;

/**
 * Leader and person columns told by their cells when no header names them (import-cols): of the columns no header name
 * claimed, those whose filled cells below (two or more, of the first 40 rows) name persons, posts or both, four in five or
 * more. Read left to right, each column is
 * - the leader when its cells name a government post (副区长, 常务副县长, 区委常委: a leader of the government), or when they
 *   are bare names and the header does not speak of a person doing the work (人, 员, 联系, 经办): a catalogue names its
 *   leaders by name alone more often than its staff;
 * - the persons when its cells give a phone number or a bureau's post (科长, 主任), or are bare names under a header of the
 *   person (经办人, 联络员), or are bare names beside a leader column already found (the table's other column of names);
 * never the units (a unit name is no person's name: 区住建局 never reads as one). A leader or person column the header
 * named keeps its meaning; a second leader column is left as written (which of two is the leader we cannot tell).
 */
function leaderColumnsByContent(match: Partial<Record<ColumnField, number>>, header: readonly string[], below: readonly SourceRow[]): void {
  if (match.leader !== undefined && match.person !== undefined) return;
  const claimed = new Set(Object.values(match));
  for (let c = 0; c < header.length; c++) {
    const name = foldText(header[c] ?? "");
    if (claimed.has(c) || NOT_PERSON_HEADER.test(name)) continue;
    const values = bodyRows(header, below).map((r) => foldText(multiline(r.cells[c] ?? "")).trim()).filter((v) => v);
    if (values.length < 2) continue;
    const kinds = values.map(personCell);
    if (kinds.filter((k) => k).length / values.length < 0.8) continue;
    const count = (k: PersonCell) => kinds.filter((x) => x === k).length;
    const personHeader = PERSON_HEADER.test(name) && !LEADER_HEADER.test(name);
    let field: "leader" | "person";
    if (count("person") > count("leader")) field = "person";
    else if (count("leader") > 0) field = "leader";
    else field = personHeader || match.leader !== undefined ? "person" : "leader";
    if (match[field] !== undefined) continue;
    match[field] = c;
    claimed.add(c);
  }
}

/** Headers of where, when or what, never of who ("时间", "地点", "内容"): a column under them is no leader or person column. */
const NOT_PERSON_HEADER = /地点|位置|地址|区域|地区|村|名称|内容|时间|时限|单位|部门|情况|进展|进度|问题|备注/;

/** A deadline as a cell gives it: "6月底前", "2024年12月", "三季度末", "年底", "长期", "2024年12月31日". */
const DEADLINE_CELL = /^(?:\d{4}\s*年)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末|份|中旬|下旬|上旬)?|[一二三四]季度(?:末|底)?|上半年|下半年|年底|年内|年末|全年|长期|持续|\d{4}\s*年(?:底|内|末))(?:前|以前|之前|完成|启动|开工|建成)?$/;
/** A cell saying where a work stands: done, under way, lagging, not begun, or as of when ("已完成", "正在施工", "滞后序时"). */
const PROGRESS_CELL = /^(?:已|正在|目前|截至|截止|尚未|未启动|未开工|滞后|推进中|进展顺利|按序时|基本完成|全面完成|完成率)|已(?:完成|开工|建成|竣工|启动|办结|投用)|正在|推进中|滞后/;
/** A header that plans or asks the work ("进度安排", "工作要求", "计划完成"): never a progress column, whatever its cells say. */
const PLANNED_HEADER = /安排|计划|要求|目标|措施|打算/;

/**
 * A column of no known name told by its cells (round ad): of the columns no header name claimed (a word no list knows, or a
 * header left blank), the one whose filled cells below (two or more, of the first 40 rows) match `cell`, `share` of them or
 * more; -1 when none. Applied only to fields the header left unclaimed, so a known name always wins.
 */
function columnByContent(match: Partial<Record<ColumnField, number>>, header: readonly string[], below: readonly SourceRow[], cell: RegExp, share: number, allowed: (c: number) => boolean = () => true): number {
  const claimed = new Set(Object.values(match));
  let best = -1;
  let bestShare = 0;
  for (let c = 0; c < header.length; c++) {
    if (claimed.has(c) || !allowed(c)) continue;
    const values = below.filter((r) => !r.loose).slice(0, 40).map((r) => foldText(multiline(r.cells[c] ?? ""))).filter((v) => v);
    if (values.length < 2) continue;
    const got = values.filter((v) => cell.test(v)).length / values.length;
    if (got >= share && got > bestShare) {
      best = c;
      bestShare = got;
    }
  }
  return best;
}

/**
 * The columns a header of unseen words leaves unclaimed, told by their cells (round ad, import-cols): a deadline column
 * ("办结时间" over "12月底前"), a progress column right of the task ("最新动态" over "已开工2所", never a plan's), then the
 * leader and person columns, looked for last so a column another field took is never a person's.
 */
function otherColumnsByContent(match: Partial<Record<ColumnField, number>>, texts: readonly string[], below: readonly SourceRow[]): void {
  if (match.deadline === undefined) {
    const col = columnByContent(match, texts, below, DEADLINE_CELL, 0.8);
    if (col >= 0) match.deadline = col;
  }
  if ([match.progress, match.completion, match.status, match.reached].every((c) => c === undefined)) {
    const task = match.text ?? match.name ?? -1;
    const col = columnByContent(match, texts, below, PROGRESS_CELL, 0.6, (c) => c > task && !PLANNED_HEADER.test(foldText(texts[c] ?? "")));
    if (col >= 0) match.progress = col;
  }
  leaderColumnsByContent(match, texts, below);
}

/** Every column a header of unseen words leaves unclaimed, told by its cells: a header's second row or one further down. */
function columnsByContent(match: Partial<Record<ColumnField, number>>, texts: readonly string[], below: readonly SourceRow[], registry: UnitRegistry): Partial<Record<ColumnField, number>> {
  unitColumnsByContent(match, texts, below, registry);
  otherColumnsByContent(match, texts, below);
  return match;
}

/**
 * A header row further down whose words a list may not know (import-cols: "序号 | 目标任务 | 承接部门 | 协办"): it names its
 * 序号 column (序号, 编号), which no row of cells does, and its other cells are short names without figures.
 */
function numberedHeaderRow(texts: readonly string[]): boolean {
  const filled = texts.map((t) => foldHeader(t)).filter((t) => t);
  return filled.length >= 3 && filled.some((t) => t === "序号" || t === "编号") && filled.every((t) => t.length <= 10 && !/\d|[，。；,;]/.test(t));
}

function categoryFinerThanName(match: Partial<Record<ColumnField, number>>, below: SourceRow[]): void {
  if (match.section === undefined || match.name === undefined || match.text !== undefined) return;
  const body = below.map((r) => r.cells.map((c) => multiline(c).trim())).filter((cells) => cells.filter((c) => c).length >= 2);
  const values = body.map((cells) => cells[match.section!] ?? "");
  const underMergedName = body.filter((cells) => !cells[match.name!] && cells[match.section!]).length;
  if (underMergedName >= 1 && values.every((v) => v) && new Set(values).size === values.length) {
    match.text = match.section;
    delete match.section;
  }
}

/** "一、督查时间：2016年3月14日-15日", "三、督查内容：全县…": a short field name, a colon and its value. */
const NOTICE_FIELD = /^[一二三四五六七八九十]{1,3}[、.．][^：:，,。；;]{2,8}[：:]\S/;

/**
 * Tasks from table rows: a header row is found (names vary, columns may be in any order), rows before
 * it are skipped, repeated header rows are skipped, one-cell rows are section headings, a row with a
 * 序号 is a task, a row without one continues the task above, and ①②③ sub-items become tasks of their
 * own ("8-②").
 */
export function importTable(rows: SourceRow[], registry: UnitRegistry, ledger: LineLedger, defaultSection = "", titleAbove = ""): TableImport {
  const tasks: ImportedTask[] = [];
  const headings: SectionHeading[] = [];
  const notes: ImportResult["notes"] = [];
  const pastResults = new Map<string, string[]>();
  let columns: Partial<Record<ColumnField, number>> | null = null;
  let headerKey = "";
  let splitSubItems = false;
  let header: string[] | null = null;
  // Progress written per period in columns of its own ("一季度进展 | 二季度进展 | 三季度进展"): the latest filled counts.
  let periodColumns: number[] = [];
  // A note line around the table that makes an asterisk the lead's mark ("注：标*的为牵头单位。").
  const starNote = rows.some((r) => r.cells.length === 1 && /^(?:注|备注|说明)/.test(cellText(r.cells[0]).trim()) && /[*＊]/.test(MARK_NOTE.exec(foldText(cellText(r.cells[0])))?.[1] ?? ""));
  // Where each row stands, ticked (√) in one of several columns named by a state ("已完成 | 正在推进 | 未启动").
  let tickColumns = new Map<number, string>();
  // A plan's target per year in columns of their own ("2018年 | 2019年 | 2020年"): the task's work target, year by year.
  let yearColumns: number[] = [];
  // The node each row must reach by a period, in columns under a merged 时间节点 ("时间节点" over "一季度 | 二季度 | …",
  // round x): the task's deadline, period by period.
  let nodeColumns = new Map<number, string>();
  let section = defaultSection;
  // A heading row (一、… or a lone short cell) gives the section; a 事项 column under headings is a sub-section.
  let headingSection = defaultSection;
  let subsection = "";
  // The numbering style of the heading that opened the section (0 none, 1 一、, 2 （一）, 3 1., 4 （1））, and the heading
  // rows seen so far, sub-headings included (a row after any heading row starts an item).
  let sectionStyle = -1;
  let breaks = 0;
  // A heading row naming a leader by post ("一、常务副县长王强（共3项）"): the leader of its rows that name none.
  let sectionLeader = "";
  const leaderOfHeading = new Map<ImportedTask, string>();
  /**
   * A heading row between table rows. A （一） heading under a part opened by an 一、 or unnumbered heading
   * ("强化科技创新支撑能力。" then "（一）加强战略科技力量建设。") is a sub-section of that part, unless it declares a count.
   */
  // The （一） sub-part a third-level heading narrows.
  let subsectionHead = "";
  const enterHeading = (heading: SectionHeading, row: SourceRow): void => {
    const name = heading.name.replace(/\n/g, "").replace(/。$/, "");
    const style = headingStyle(name);
    breaks++;
    // A merged 序号 never spans a heading row: "1" under "二、…" after "1" under "一、…" is the part's own first task (round az).
    previousTexts = null;
    if (heading.declaredCount === null && style === 2 && section && (sectionStyle === 0 || sectionStyle === 1)) {
      subsection = subsectionHead = name;
      ledger.mark(row.from, row.to, "skip", "小标题（子板块）");
      return;
    }
    // A third level ("1.培育集群") under an 一、 part and its （一） sub-part: it narrows the sub-part, which it keeps
    // ("（一）工业 1.培育集群"), never a part of its own that would drop both.
    if (heading.declaredCount === null && style === 3 && sectionStyle === 1 && subsectionHead) {
      subsection = `${subsectionHead} ${name}`;
      ledger.mark(row.from, row.to, "skip", "小标题（子板块）");
      return;
    }
    section = headingSection = name;
    sectionLeader = headingLeader(name);
    sectionStyle = style;
    subsection = subsectionHead = "";
    headings.push({ ...heading, name });
    ledger.mark(row.from, row.to, "section");
  };
  let previous: { task: ImportedTask; row: SourceRow } | null = null;
  // The words before the first sub-item of a task whose items went on in rows of their own (splitFirstItem).
  let itemHead: { id: string; head: string } | null = null;
  // The number of headings when the task above was made: a heading since ends its block.
  let previousHeadings = 0;
  // The heading block each task was made in (the number of headings above it).
  const blockOf = new Map<ImportedTask, number>();
  let previousTexts: string[] | null = null;
  const titles: string[] = [];
  // A header repeated mid-table marks a page break: a row right after it without 序号 is the rest of the
  // row the break split (Word lets rows break across pages), whatever cells it fills.
  let afterPageBreak = false;
  let headerRowIndex = -2;
  const get0 = (f: ColumnField, texts: string[]) => (columns && columns[f] !== undefined ? texts[columns[f]!] ?? "" : "");

  /** The rows below `row` are read by the columns of its header `match`; returns the header's folded names. */
  const adoptHeader = (match: Partial<Record<ColumnField, number>>, texts: string[], row: (typeof rows)[number]): string[] => {
    columns = match;
    // Year-end tables (two target columns, a 事项 column) number sub-items ①②③ as tasks of their own.
    splitSubItems = ["workTarget", "stretchTarget", "completion"].some((f) => match[f as ColumnField] !== undefined);
    const names = texts.map((t) => foldText(t));
    const claimed = [match.progress, match.completion].filter((c): c is number => c !== undefined);
    periodColumns = periodProgressColumns(texts);
    tickColumns = stateColumns(names, match);
    yearColumns = names.map((h, c) => (YEAR_TARGET.test(h) && !Object.values(match).includes(c) ? c : -1)).filter((c) => c >= 0);
    if (yearColumns.length < 2) yearColumns = [];
    nodeColumns = new Map();
    if (!periodColumns.some((c) => claimed.includes(c))) periodColumns = [];
    // Progress under the periods' names alone ("一季度 | 上半年 | 1-9月 | 全年", round af): under a title that calls the table
    // a report of progress (落实情况表, 进展情况, 完成情况) the columns are what each period reached, the latest filled the row's
    // progress; under a plan's title (分解, 计划, 安排) or none they may be milestones, so they stay as written.
    if (!claimed.length && match.reached === undefined) {
      const bare = names.map((h, c) => (BARE_PERIOD.test(foldHeader(h)) && !Object.values(match).includes(c) ? c : -1)).filter((c) => c >= 0);
      const title = [titleAbove, ...titles].join(" ");
      if (bare.length >= 2 && PROGRESS_DOC.test(title) && !PLAN_TITLE.test(title)) {
        periodColumns = bare;
        match.progress = bare[0];
      } else if (bare.length >= 2 && PLAN_TITLE.test(title) && !PROGRESS_DOC.test(title)) {
        // Under a plan's title alone (任务及责任分解, 工作计划: round ai) they are its milestones, quarter by quarter: each row's
        // deadline, as under a merged 进度安排 (round x), never dropped and never its progress.
        nodeColumns = new Map(bare.map((c) => [c, texts[c].trim()]));
      }
    }
    headerKey = names.join("|");
    headerRowIndex = rows.indexOf(row);
    ledger.mark(row.from, row.to, "skip", "表头");
    return names;
  };
  for (const row of rows) {
    let texts = row.cells.map((c) => multiline(c));
    // A spreadsheet repeats a merged cell's value in every row it spans: a row that repeats the 序号 of
    // the row above is a row under a merged 序号, and its cells that repeat the row above are merged too.
    if (columns && columns.id !== undefined && previousTexts && normaliseId(texts[columns.id] ?? "") && texts[columns.id] === previousTexts[columns.id]) {
      const above = previousTexts;
      texts = texts.map((t, c) => (t && t === above[c] ? "" : t));
    }
    const priorTexts = previousTexts;
    previousTexts = row.loose ? previousTexts : row.cells.map((c) => multiline(c));
    // A cell merged across the row (a heading "一、…（共3项）", a title) gives its value to every column it spans.
    const across = texts.filter((t) => t);
    if (across.length >= 2 && across.every((t) => t === across[0]) && !normaliseId(across[0])) {
      const at = texts.indexOf(across[0]);
      texts = texts.map((t, c) => (c === at ? t : ""));
    }
    const filled = texts.filter((t) => t);
    if (filled.length === 0) {
      ledger.mark(row.from, row.to, "skip", "空行");
      continue;
    }
    if (!columns) {
      const match = matchHeaderRow(texts);
      if (match) {
        // A 单位 column whose cells are %, 个, 亿元…: the indicators' unit of measure, not who is responsible.
        if (match.units !== undefined && foldHeader(texts[match.units] ?? "") === "单位") {
          const values = rows.slice(rows.indexOf(row) + 1).map((r) => multiline(r.cells[match.units!] ?? "").trim()).filter((v) => v);
          if (values.length >= 2 && values.filter((v) => MEASURE.test(v)).length >= values.length * 0.6) {
            match.measure = match.units;
            delete match.units;
          }
        }
        // A 事项 column that varies under one merged name is no category of it: it is the task ("实事项目 | 具体事项").
        categoryFinerThanName(match, rows.slice(rows.indexOf(row) + 1));
        // Responsible columns under words no list knows (round v, import-cols): told by their cells, before the category
        // by blocks, since a column of unit names left blank under merged cells names who answers, not a category.
        unitColumnsByContent(match, texts, rows.slice(rows.indexOf(row) + 1), registry);
        // A column of no known name left of the task column, naming blocks of rows: the category (round m).
        categoryByBlocks(match, texts, rows.slice(rows.indexOf(row) + 1));
        // Deadline, progress, leader and person columns under words no list knows (round ad, import-cols).
        otherColumnsByContent(match, texts, rows.slice(rows.indexOf(row) + 1));
        // The year's plan ("2022年计划", "2024年目标") holds the indicator's figure: the target, as a 目标值 column.
        if (match.targetValue === undefined) {
          const plans = texts.map((t, c) => (PLAN_COLUMN.test(foldText(t)) && !Object.values(match).includes(c) ? c : -1)).filter((c) => c >= 0);
          if (plans.length) match.targetValue = plans[plans.length - 1];
        }
        header = adoptHeader(match, texts, row);
      } else {
        // A notice's numbered field written with its value ("一、督查时间：2016年3月14日-15日") says something of the
        // notice, not a part of the table under it (round ae).
        const heading = filled.length === 1 && !NOTICE_FIELD.test(filled[0].trim()) ? parseSectionHeading(filled[0]) : null;
        if (heading) enterHeading(heading, row);
        else {
          titles.push(filled.join(" "));
          ledger.mark(row.from, row.to, "skip", "表头前的标题或说明");
        }
      }
      continue;
    }
    // A second header row of states under a merged 推进情况 ("已完成 | 正在推进 | 未启动", round m): each row ticks (√)
    // the state it is in, which is its progress; the merged name above claims no column.
    if (header && row === rows[headerRowIndex + 1] && !normaliseId(get0("id", texts)) && stateColumns(texts.map((t) => foldText(t)), {}).size === filled.length) {
      tickColumns = stateColumns(texts.map((t) => foldText(t)), {});
      for (const f of ["progress", "completion", "status"] as const) if (columns[f] !== undefined && tickColumns.has(columns[f]!)) delete columns[f];
      ledger.mark(row.from, row.to, "skip", "表头（第二行）");
      continue;
    }
    // A second header row of periods under a merged progress name ("推进情况 | " over "一季度 | 二季度", round az): each
    // column is what the row reached by then, the latest filled its progress, as "一季度进展 | 二季度进展" in one row.
    if (header && row === rows[headerRowIndex + 1] && !normaliseId(get0("id", texts))) {
      const periods = progressSubHeader(header, texts, columns);
      if (periods) {
        periodColumns = periods;
        ledger.mark(row.from, row.to, "skip", "表头（第二行）");
        continue;
      }
    }
    // A second header row of periods under a merged 时间节点 / 进度安排 ("一季度 | 二季度 | 三季度 | 四季度", round x): each
    // column holds the node a row must reach by then — its deadline, period by period — never its progress.
    if (header && row === rows[headerRowIndex + 1] && !normaliseId(get0("id", texts))) {
      const nodes = nodeSubHeader(header, texts);
      if (nodes) {
        nodeColumns = nodes.columns;
        if (columns.deadline === nodes.parent) delete columns.deadline;
        ledger.mark(row.from, row.to, "skip", "表头（第二行）");
        continue;
      }
    }
    // A second header row under cells merged across columns ("责任单位" over "牵头单位 | 配合单位"): its names
    // replace the merged name above them.
    if (header && row === rows[headerRowIndex + 1] && !normaliseId(get0("id", texts)) && isSubHeader(texts)) {
      const merged = header.map((h, c) => (texts[c] ? foldText(texts[c]) : h));
      const match = matchHeaderRow(merged);
      if (match) {
        columns = columnsByContent(match, merged, rows.slice(rows.indexOf(row) + 1), registry);
        header = merged;
        headerKey = header.join("|");
        ledger.mark(row.from, row.to, "skip", "表头（第二行）");
        continue;
      }
    }
    // A header name split over the two header rows ("完成" over "时限", round s): each cell of the second row, read
    // after the name above it, makes a header name; the names joined replace the first row's.
    if (header && row === rows[headerRowIndex + 1] && !normaliseId(get0("id", texts))) {
      const cols = texts.map((t, c) => (t.trim() ? c : -1)).filter((c) => c >= 0);
      const joined = header.map((h, c) => (texts[c]?.trim() && h ? foldText(h + texts[c]) : h));
      if (cols.length && cols.every((c) => header![c] && isSubHeader([joined[c]]) && !isSubHeader([header![c]]))) {
        const match = matchHeaderRow(joined);
        if (match) {
          columns = columnsByContent(match, joined, rows.slice(rows.indexOf(row) + 1), registry);
          header = joined;
          headerKey = header.join("|");
          ledger.mark(row.from, row.to, "skip", "表头（第二行）");
          continue;
        }
      }
    }
    // "绝对值 | 增长% | 绝对值 | 增长%" under 2021年完成 / 2022年计划: the figures' second header row.
    if (header && row === rows[headerRowIndex + 1] && filled.every((t) => FIGURE_SUBHEADER.test(foldText(t)))) {
      // Each year's column merged over its figures: the columns right of it move by the cells it spans.
      const spanning = header.map((h, c) => (YEAR_COLUMN.test(h) ? c : -1)).filter((c) => c >= 0);
      const per = spanning.length ? filled.length / spanning.length : 1;
      if (Number.isInteger(per) && per > 1) {
        const moved: Partial<Record<ColumnField, number>> = {};
        for (const [f, c] of Object.entries(columns) as [ColumnField, number][]) moved[f] = c + spanning.filter((s) => s < c).length * (per - 1);
        // The plan's figures: its 绝对值 is the target's amount, its 增长% the growth the target asks.
        const plan = spanning.indexOf(columns.targetValue ?? -1);
        if (plan >= 0) {
          const names = filled.slice(plan * per, plan * per + per).map((t) => foldText(t));
          const start = moved.targetValue!;
          const amount = names.findIndex((n) => /^(绝对值|总量|数值)/.test(n));
          const growth = names.findIndex((n) => /^(增长|增速|增幅|比上年增长|同比增长)/.test(n));
          delete moved.targetValue;
          if (amount >= 0) moved.targetValue = start + amount;
          if (growth >= 0) moved.targetGrowth = start + growth;
        }
        columns = moved;
      }
      ledger.mark(row.from, row.to, "skip", "表头（第二行）");
      continue;
    }
    if (texts.map((t) => foldText(t)).join("|") === headerKey) {
      ledger.mark(row.from, row.to, "skip", "重复表头");
      afterPageBreak = true;
      continue;
    }
    // A header of other columns further down (a part of the table with columns of its own, "序号 | 指标 | 目标值 | …"
    // then "序号 | 目标任务 | 责任单位 | …"): the rows below it read by its columns.
    if (header && filled.length >= 3 && (isSubHeader(texts) || numberedHeaderRow(texts))) {
      const match = matchHeaderRow(texts);
      if (match) {
        header = adoptHeader(columnsByContent(match, texts, rows.slice(rows.indexOf(row) + 1), registry), texts, row);
        continue;
      }
    }
    if (row.loose) {
      // A line between rows: a heading if it reads as one, else text around the table.
      const heading = parseTableHeading(filled[0]);
      if (heading) enterHeading(heading, row);
      else if (PAGE_MARK.test(filled[0].trim())) ledger.mark(row.from, row.to, "skip", "页码");
      else ledger.mark(row.from, row.to, "skip", "表格外的文字");
      continue;
    }
    // No 序号 column: a number opening the task cell ("14.改扩建…") is the item's 序号.
    const textColumn = columns.text ?? columns.name;
    const numbered = columns.id === undefined && textColumn !== undefined ? NUMBERED_CELL.exec(texts[textColumn] ?? "") : null;
    if (numbered && textColumn !== undefined) texts = texts.map((t, c) => (c === textColumn ? t.slice(numbered[0].length) : t));
    // A web table copied with a merged cell left out (round u): the row's cells sit one column left of their names — a
    // sentence in the 序号 cell or in the category column, the last column empty. They move right by one.
    if (header && previous && previousHeadings === breaks) texts = leftOutMergedCell(texts, header.length, columns);
    // The latest period a row reports on, of the progress columns per period: its text is the row's progress.
    const latestPeriod = [...periodColumns].reverse().find((c) => (texts[c] ?? "").trim());
    const ticked = [...tickColumns].find(([c]) => TICK.test(foldText(texts[c] ?? "")));
    const value = (f: ColumnField) =>
      f === "status" && ticked
        ? ticked[1]
        : columns![f] === undefined ? "" : latestPeriod !== undefined && periodColumns.includes(columns![f]!) ? texts[latestPeriod] ?? "" : texts[columns![f]!] ?? "";
    // What a period reached carries its column's name ("截至9月底完成：已完成1个", "1-8月完成投资（亿元）：9.8"); a units cell
    // is read as its header says ("牵头单位/配合单位", "责任单位（标*的为牵头单位）").
    const get = (f: ColumnField) =>
      f === "reached" && value(f).trim() && header
        ? `${header[columns!.reached!]}：${value(f)}`
        : f === "status" && header && columns!.status !== undefined
          ? yesNoAnswer(header[columns!.status] ?? "", value(f))
          : f === "rate" && header && columns!.rate !== undefined
            ? rateWithUnit(header[columns!.rate] ?? "", value(f))
          : (f === "units" || f === "leadUnits") && unitsNote[f] ? unitsNote[f]!(value(f)) : value(f);
    const cell = (f: ColumnField) => (columns![f] === undefined ? undefined : row.cells[columns![f]!]);
    const unitsNote = header ? { units: unitsHeaderReading(header, columns.units, columns, starNote), leadUnits: unitsHeaderReading(header, columns.leadUnits, columns, starNote) } : {};
    // A 责任单位及责任人 column (no 责任人 column of its own): a line of names alone in it is the persons.
    const personHeader = header !== null && header !== undefined && columns.units !== undefined && columns.person === undefined && /责任人|负责人|联系人/.test(foldText(header[columns.units] ?? ""));
    // A web table's row under a merged 序号 and merged cells, copied with the merged cells left out: its only cell, a
    // further target with a figure ("新增学位810个" | | | |, round o), lands in the 序号 column. It is more of the task above.
    if (columns.id !== undefined && filled.length === 1 && foldText(texts[columns.id] ?? "") === foldText(filled[0]) && previous && previousHeadings === breaks && SHIFTED_TARGET.test(foldText(filled[0]))) {
      previous.task.text = `${previous.task.text.replace(/[。；;，,]$/, "")}；${tidySpaces(filled[0])}`;
      previous.task.lines[1] = row.to;
      ledger.mark(row.from, row.to, "task");
      continue;
    }
    const id = numbered ? numbered[1] : normaliseId(get("id"));
    const content = ["text", "name", "workTarget", "stretchTarget"].some((f) => get(f as ColumnField));
    // A heading numbered in the 序号 cell ("（一）" | "加强战略科技力量建设。", "二" | "民生保障（共3项）") with no unit,
    // leader or deadline of its own: a heading row, not more text of the task above.
    const headingMark = /^([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]?)$/.exec(foldText(get("id")));
    const assignedRow = (["units", "leadUnits", "coUnits", "leader", "deadline", "person"] as const).some((f) => get(f).trim());
    if (headingMark && !assignedRow && ownTextOf(get) && ownTextOf(get).length <= 40) {
      const written = get("id").replace(/[\s\u3000]+/g, "");
      const mark = /[、.．）)]$/.test(written) ? written : `${written}、`;
      const rest = ownTextOf(get);
      const declared = declaredCount(rest);
      enterHeading({ name: `${mark}${declared ? rest.slice(0, declared.index).trim() : rest}`, declaredCount: declared ? declared.count : null }, row);
      continue;
    }
    if (filled.length === 1 && !id) {
      const only = filled[0];
      if (UNIT_NOTE.test(only.trim())) {
        // "（工信）" under a heading: a note on the units of the rows that follow, not a section.
        ledger.mark(row.from, row.to, "skip", "单位注释");
        continue;
      }
      const heading = parseSectionHeading(only);
      if (heading) {
        enterHeading(heading, row);
        continue;
      }
      if (/^注[:：]/.test(only)) {
        ledger.mark(row.from, row.to, "skip", "注释");
        continue;
      }
      // A lone cell under a cell of the row above left open ("未巡先改，" / "巡后用好成果", round av): the rest of that cell, wrapped
      // onto a row of its own (a merged 工作举措 over sub-items), never a section.
      const at = texts.findIndex((t) => t);
      const above = (priorTexts?.[at] ?? "").trim();
      if (!content && previous && above && /[，,、；;：:（(]$/.test(above) && !parseSectionHeading(only)) {
        previous.task.lines[1] = row.to;
        ledger.mark(row.from, row.to, "task");
        continue;
      }
      // A lone cell in a units column under a task (its 序号 and task cells merged over two rows, the second unit on a row of
      // its own: "1 | 新建中小学3所 | 区教育局" / " | | 区住建局"): more units of the task above, never a section named 区住建局.
      const unitColumns = (["units", "leadUnits", "coUnits"] as const).map((f) => columns?.[f]).filter((c): c is number => c !== undefined);
      if (!content && previous && previousHeadings === breaks && unitColumns.includes(at) && splitUnits(only).length > 0 && splitUnits(only).every((u) => unitLike(u, registry))) {
        appendRow(previous.task, texts, columns, registry);
        previous.task.lines[1] = row.to;
        ledger.mark(row.from, row.to, "task");
        continue;
      }
      if (!content) {
        // A lone cell outside the task columns: a short one names a section, a long one is a remark.
        if (only.length <= 40) enterHeading({ name: only, declaredCount: null }, row);
        else ledger.mark(row.from, row.to, "skip", "表格外的文字");
        continue;
      }
    }
    if (columns.section !== undefined && get("section") && !UNIT_NOTE.test(get("section").trim())) {
      // Under section headings the 事项 column is a sub-section; without headings it is the section. A category cell
      // may declare its count as a heading does ("基层党建（28项）", round m): the name without it, the count declared.
      const category = joinWrapped(get("section"));
      const declared = declaredCount(category);
      const name = declared && declared.index > 0 ? category.slice(0, declared.index).trim() : category;
      if (headingSection) subsection = name;
      else {
        section = name;
        if (declared && declared.index > 0 && !headings.some((h) => h.name === name)) headings.push({ name, declaredCount: declared.count });
      }
    }
    // A 子板块 column (as duban writes it) names the row's sub-section itself, empty for none.
    if (columns.subsection !== undefined) subsection = joinWrapped(get("subsection"));
    const circledStart = CIRCLED_RE.test(get("text") || get("workTarget") || get("stretchTarget"));
    const splitByPage = afterPageBreak;
    afterPageBreak = false;
    if (splitByPage && !id && previous && !circledStart) {
      appendRow(previous.task, texts, columns, registry);
      previous.task.lines[1] = row.to;
      ledger.mark(row.from, row.to, "task");
      continue;
    }
    const ownText = joinWrapped(get("text") || get("name") || get("workTarget") || get("stretchTarget"));
    // A row after a heading row, or one opening with a bullet (△ ● ◆), never goes on with the task above.
    const bulleted = BULLET.test(ownText);
    const sameBlock = previous !== null && previousHeadings === breaks && !bulleted;
    // Cells that assign or measure an item: a row that has them besides its own text is an item of its own.
    const ownAssignment = (["leader", "leadUnits", "deadline", "person", "completion", "progress", "reached", "rate", "workTarget", "stretchTarget", "measure", "targetValue", "targetGrowth"] as const).some(
      (f) => columns![f] !== undefined && get(f).trim() && !(f === "workTarget" && !columns!.text && !columns!.name),
    );
    // A table with no 序号 column at all: a row with its own text and assignment is an item of its own.
    if (!id && previous && sameBlock && !circledStart && ownText && ownAssignment && columns.id !== undefined) {
      // A row under a merged 序号 with a text and a leader, lead unit, deadline or figures of its own: a
      // second item of the same number (3-1, 3-2), with the merged leader, units and deadline where its
      // cells are empty. A row with only more text and units continues the task (one item, declared so).
      const base = previous.task.id.replace(/-\d+$/, "");
      if (previous.task.id === base) previous.task.id = `${base}-1`;
      const n = Number(/-(\d+)$/.exec(previous.task.id)?.[1] ?? 1) + 1;
      const made = makeTasks(`${base}-${n}`, section, get, cell, registry, row, false, false, personHeader);
      for (const t of made) {
        // The lead unit cell merged with the row above (left empty): its lead, this row's units its co-units.
        if (columns.leadUnits !== undefined && !get("leadUnits").trim() && previous.task.leadUnits.length && (t.leadUnits.length || t.coUnits.length)) {
          const lead = previous.task.leadUnits;
          t.coUnits = [...new Set([...t.leadUnits, ...t.coUnits])].filter((u) => !lead.includes(u));
          t.leadUnits = [...lead];
        }
        inheritMergedCells(t, previous.task);
        if (subsection) t.subsection = subsection;
        if (get("coordinator")) t.coordinator = joinWrapped(get("coordinator"));
        // The project name of a merged 项目名称 cell heads the item's text as it heads the first one.
        const name = /^(.{1,20})：/.exec(previous.task.text)?.[1];
        if (name && !get("name") && columns.name !== undefined) t.text = `${name}：${t.text}`;
      }
      if (sectionLeader) for (const t of made) leaderOfHeading.set(t, sectionLeader);
      tasks.push(...made);
      previous = { task: made[made.length - 1], row };
      previousHeadings = breaks;
      ledger.mark(row.from, row.to, "task");
      continue;
    }
    // With no 序号 column, a row's own text and own units cell make it an item too (round ae: an itinerary's projects, each
    // with its 项目责任单位).
    const ownUnits = columns.id === undefined && columns.units !== undefined && get("units").trim() !== "";
    if (!id && previous && sameBlock && !circledStart && !(columns.id === undefined && ownText && (ownAssignment || ownUnits))) {
      // A row without 序号 continues the task above (Word tables split a merged cell over rows).
      const listedBefore = listsSubItems(previous.task.text);
      appendRow(previous.task, texts, columns, registry, priorTexts);
      previous.task.lines[1] = row.to;
      ledger.mark(row.from, row.to, "task");
      // The rest of the text made it a list of sub-items ("…：(1)A，" | "B；(2)C"): one task an item, as in one cell.
      const items: ImportedTask[] | null = !listedBefore && !/-([①-⑳]|\(\d{1,2}\))$/.test(previous.task.id) && listsSubItems(previous.task.text) ? itemTasks(previous.task) : null;
      if (items) {
        tasks.splice(tasks.indexOf(previous.task), 1, ...items);
        for (const t of items) blockOf.set(t, blockOf.get(previous.task) ?? breaks);
        previous = { task: items[items.length - 1], row };
      }
      continue;
    }
    // "推进…：(1)A；" then a row "(2)B" under a blank 序号: the row cut the task's first sub-item from the others.
    if (circledStart && !id && previous && sameBlock) {
      const head = splitFirstItem(previous.task, CIRCLED_RE.exec(get("text") || get("workTarget") || get("stretchTarget"))![0]);
      if (head !== null) itemHead = { id: previous.task.id.replace(/-([①-⑳]|\(\d{1,2}\))$/, ""), head };
    }
    const baseId = id || (previous && circledStart ? previous.task.id.replace(/-([①-⑳]|\(\d{1,2}\))$/, "") : String(tasks.length + 1));
    const made = makeTasks(baseId, section, get, cell, registry, row, circledStart && !id, splitSubItems, personHeader);
    if (circledStart && !id && itemHead && itemHead.id === baseId) for (const t of made) t.text = `${itemHead.head}${t.text}`;
    if (columns.pastResult !== undefined && !/^[-—–－/\s]*$/.test(get("pastResult")) && made.length && header) {
      const name = header[columns.pastResult] ?? "";
      pastResults.set(name, [...(pastResults.get(name) ?? []), `${made[0].id}（${joinWrapped(get("pastResult"))}）`]);
    }
    for (const t of made) blockOf.set(t, breaks);
    if (latestPeriod !== undefined && header) for (const t of made) if (t.progress) t.progress.period = periodNamed(header[latestPeriod] ?? "");
    if (yearColumns.length && header) {
      const byYear = yearColumns.filter((c) => (texts[c] ?? "").trim()).map((c) => `${header![c]}：${joinWrapped(texts[c])}`).join("；");
      if (byYear) for (const t of made) t.workTarget = t.workTarget ? `${t.workTarget}；${byYear}` : byYear;
    }
    if (nodeColumns.size) {
      const byNode = [...nodeColumns].filter(([c]) => (texts[c] ?? "").trim()).map(([c, name]) => `${name}：${joinWrapped(texts[c])}`).join("；");
      if (byNode) for (const t of made) t.deadline = t.deadline ? `${t.deadline}；${byNode}` : byNode;
    }
    if (subsection) for (const t of made) t.subsection = subsection;
    // A 总牵头单位 column (as duban writes it) names the coordinator of the row's part.
    if (get("coordinator")) for (const t of made) t.coordinator = joinWrapped(get("coordinator"));
    if (circledStart && !id && previous) {
      // Sub-item rows under a merged 序号 often leave the merged units, leader and person cells empty.
      for (const t of made) inheritMergedCells(t, previous.task);
    }
    // A 责任清单 written unit first (序号 | 责任单位 | 工作职责, round m): the unit cell merged over its duties is left
    // empty under its first row, so a numbered row of the same block without a lead of its own is that unit's.
    const leadColumn = columns.leadUnits ?? columns.units;
    if (id && previous && sameBlock && leadColumn !== undefined && textColumn !== undefined && leadColumn < textColumn && !texts[leadColumn]?.trim() && previous.task.leadUnits.length) {
      const lead = previous.task.leadUnits;
      for (const t of made) {
        if (t.leadUnits.length) continue;
        t.leadUnits = [...lead];
        t.coUnits = t.coUnits.filter((u) => !lead.includes(u));
      }
    }
    // An indicator row (its own unit of measure) under a responsible unit merged over rows leaves it empty.
    if (columns.measure !== undefined && get("measure") && previous && sameBlock && !id) {
      for (const t of made) inheritMergedCells(t, previous.task);
    }
    if (sectionLeader) for (const t of made) leaderOfHeading.set(t, sectionLeader);
    tasks.push(...made);
    previous = { task: made[made.length - 1], row };
    previousHeadings = breaks;
    ledger.mark(row.from, row.to, "task");
  }
  if (columns?.leader !== undefined) carryMergedLeaders(tasks, blockOf);
  for (const [t, leader] of leaderOfHeading) if (!t.leader) t.leader = leader;
  // Results of an earlier year are no progress of this one: named, so nothing is dropped without a word.
  for (const [name, list] of pastResults) {
    notes.push({
      code: "IMPORT_PAST_YEAR",
      message: `「${name.trim()}」列是往年的结果，未作为本年进展导入：任务 ${list.slice(0, 12).join("、")}${list.length > 12 ? ` 等 ${list.length} 项` : ""}。(a past year's results, not this year's progress)`,
    });
  }
  if (!columns) notes.push({ code: "IMPORT_NO_HEADER", message: "未找到表头（如 序号/责任单位/目标任务），无法按表格导入。(no header row found)" });
  // The period of the progress: named by the progress column ("三季度完成情况", "1-11月完成情况") or the title.
  const progressHeader = columns && header ? [columns.progress, columns.completion, columns.reached].map((c) => (c === undefined ? "" : header![c] ?? "")).join(" ") : "";
  const period = periodNamed(progressHeader) || periodNamed(titles.join(" "));
  if (period) for (const t of tasks) if (t.progress && !t.progress.period) t.progress.period = period;
  return { tasks, headings, notes, header };
}

/**
 * A 责任领导 cell merged over rows and pasted as text is written once, the rows under it left empty. The column
 * reads so when no two rows in a row give the same leader (a leader of several rows, unmerged, repeats):
 * then an empty leader under a leader, with no heading between, is that leader's. A spreadsheet repeats a
 * merged value in every row, so a column that repeats is left as written.
 */
function carryMergedLeaders(tasks: ImportedTask[], blockOf: Map<ImportedTask, number>): void {
  const rowsOf = tasks.filter((t, k) => k === 0 || tasks[k - 1].lines[0] !== t.lines[0]);
  const repeats = rowsOf.some((t, k) => k > 0 && t.leader && t.leader === rowsOf[k - 1].leader);
  if (repeats || !rowsOf.some((t) => !t.leader)) return;
  for (let k = 1; k < tasks.length; k++) {
    const t = tasks[k];
    const above = tasks[k - 1];
    if (!t.leader && above.leader && blockOf.get(t) !== undefined && blockOf.get(t) === blockOf.get(above)) t.leader = above.leader;
  }
}

/** The text of a row's task columns, wrapped lines joined. */
function ownTextOf(get: (f: ColumnField) => string): string {
  return joinWrapped(get("text") || get("name") || get("workTarget") || get("stretchTarget"));
}

/** The numbering style of a heading: 0 none, 1 一、, 2 （一）, 3 1. / 1、, 4 （1）. */
function headingStyle(name: string): number {
  const t = name.trim();
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(t)) return 2;
  if (/^\d{1,3}[、.．](?!\d)/.test(t)) return 3;
  if (/^[（(]\d{1,2}[）)]/.test(t)) return 4;
  return 0;
}

/** A row whose every filled cell is a header name of its own ("牵头单位", "配合单位"): the second row of a header. */
/** The names of a figures' second header row: 绝对值 / 增长% / 增速 under a year's column. */
const YEAR_COLUMN = /^\d{4}年(?:完成|计划|目标|预计|预期|实绩)?$|^(?:上年|本年|今年)?(?:完成|计划|目标|预计)$/;
/** The column of the year's plan or target in an indicator table: "2022年计划", "2024年目标", "计划". */
/** A column naming a year and nothing else, or the year's target ("2019年", "2020年目标"): a plan's target per year. */
const YEAR_TARGET = /^(?:19|20)\d{2}年度?(?:目标|目标任务|任务)?$/;
const PLAN_COLUMN = /^(?:\d{4}年)?(?:计划|目标|预期|预期目标|计划目标)$/;
const FIGURE_SUBHEADER = /^(绝对值|总量|数值|增长|增速|增幅|增长率|比上年增长|同比增长|比重|占比)(%|％|\(%\)|（%）)?$/;

/** A column named by a period and nothing else: 一季度, 第二季度, 上半年, 前三季度, 1-9月, 9月底, 全年. */
const BARE_PERIOD = /^(?:第?[一二三四]季度|[上下]半年|前三季度|全年|(?:截至)?(?:1[-－—~～至])?\d{1,2}月份?(?:底|末)?)$/;
/** A title of a plan or a breakdown, whose period columns are milestones, not what was reached. */
const PLAN_TITLE = /分解|计划|安排|方案|清单|任务书/;

/** A period a node column is named by: "一季度", "第二季度", "3月", "6月底", "上半年", "年底". */
const NODE_PERIOD = /^(?:第?[一二三四]季度|(?:[1-9]|1[0-2])月(?:份|底|末)?(?:前)?|上半年|下半年|年中|年底|年末)$/;
/** The merged name over node columns: "时间节点", "完成时限", "进度安排", "时间安排", "节点目标", "推进计划", "序时进度安排". */
const NODE_PARENT = /^(?:时间节点|完成时限|完成时间|完成期限|进度安排|时间安排|节点安排|节点目标|推进计划|进度计划|计划进度|序时进度安排|序时进度|时序进度|推进节点)$/;

/**
 * A second header row of two or more periods standing under one merged node name and the blank cells it spans
 * ("时间节点 | | | " over "一季度 | 二季度 | 三季度 | 四季度"): the column of each period, and the merged name's column.
 */
function nodeSubHeader(header: string[], texts: string[]): { parent: number; columns: Map<number, string> } | null {
  const cols = texts.map((t, c) => (t.trim() ? c : -1)).filter((c) => c >= 0);
  if (cols.length < 2 || !cols.every((c) => NODE_PERIOD.test(foldText(texts[c])))) return null;
  const parent = cols[0];
  if (!NODE_PARENT.test(foldHeader(header[parent] ?? ""))) return null;
  // The periods sit side by side under the merged name: every column after the first is blank in the header row.
  if (!cols.every((c, k) => c === parent + k && (k === 0 || !(header[c] ?? "").trim()))) return null;
  return { parent, columns: new Map(cols.map((c) => [c, foldText(texts[c])])) };
}

/**
 * A second header row of two or more periods side by side under the progress column's merged name and the blank cells it
 * spans ("推进情况 | " over "一季度 | 二季度", "工作进展 | " over "一季度进展情况 | 二季度进展情况"): the periods' columns, left to right. Periods under 时间节点 are nodes (above).
 */
function progressSubHeader(header: string[], texts: string[], columns: Partial<Record<ColumnField, number>>): number[] | null {
  const cols = texts.map((t, c) => (t.trim() ? c : -1)).filter((c) => c >= 0);
  const named = periodProgressColumns(texts);
  if (cols.length < 2 || !cols.every((c) => BARE_PERIOD.test(foldText(texts[c])) || named.includes(c))) return null;
  const parent = cols[0];
  if (parent !== columns.progress && parent !== columns.completion) return null;
  if (!cols.every((c, k) => c === parent + k && (k === 0 || !(header[c] ?? "").trim()))) return null;
  return cols;
}

function isSubHeader(texts: string[]): boolean {
  const filled = texts.filter((t) => t.trim());
  return filled.length >= 1 && filled.every((t) => isHeaderName(foldHeader(t)));
}

/** Tasks whose account was split by unit (`appendRow`): the first unit's part already carries its name. */
const LABELLED_ACCOUNTS = new WeakSet<ImportedTask>();

function appendRow(task: ImportedTask, texts: string[], columns: Partial<Record<ColumnField, number>>, registry: UnitRegistry, above: readonly string[] | null = null): void {
  const add = (f: ColumnField) => (columns[f] === undefined ? "" : joinWrapped(texts[columns[f]!] ?? ""));
  if (add("text")) task.text += add("text");
  // A table whose task is its target column (工作目标, no task column): the target's rest is the task's rest too.
  const textIsTarget = columns.text === undefined && columns.name === undefined;
  for (const f of ["workTarget", "stretchTarget"] as const) {
    if (!add(f)) continue;
    if (textIsTarget && task.text === task[f]) task.text += add(f);
    task[f] += add(f);
  }
  // Units written on the continuation row join the task's co-units; under a column that names the lead (牵头单位,
  // 牵头责任单位) they are more lead units, as they would be written in the lead cell itself.
  const known = (name: string) => registry.isKnown(name);
  const people = (["units", "leadUnits", "coUnits"] as const).map((f) => separatePersons(columns[f] === undefined ? "" : texts[columns[f]!] ?? "", false, known));
  const more = people.flatMap((p) => splitUnits(p.units));
  const moreLead = splitUnits(people[1].units);
  const persons = people.flatMap((p) => p.persons).filter((p) => !task.person.split("、").includes(p));
  if (persons.length) task.person = [task.person, ...new Set(persons)].filter(Boolean).join("、");
  const unitsBefore = [...task.leadUnits, ...task.coUnits];
  // A row cut by a page break before its units cell (all its units after the break): the cell read whole, its first
  // unit leading, as on one page. Units after units already read are the rest of the cell, helpers.
  if (more.length && !unitsBefore.length && columns.leadUnits === undefined && columns.coUnits === undefined) {
    const assigned = assignUnits({ all: more }, registry);
    task.leadUnits = assigned.leadUnits;
    task.coUnits = assigned.coUnits;
    if (assigned.groups.length) task.groups = [...new Set([...(task.groups ?? []), ...assigned.groups])];
  } else if (more.length) {
    const assigned = assignUnits({ co: more }, registry);
    const named = [...assigned.leadUnits, ...assigned.coUnits];
    const lead = named.filter((u) => moreLead.includes(u) && !task.coUnits.includes(u));
    task.leadUnits = [...new Set([...task.leadUnits, ...lead])];
    task.coUnits = [...new Set([...task.coUnits, ...named])].filter((u) => !task.leadUnits.includes(u));
    if (assigned.groups.length) task.groups = [...new Set([...(task.groups ?? []), ...assigned.groups])];
  }
  if (!task.progress && (add("progress") || add("completion") || add("problems") || add("nextSteps"))) {
    task.progress = { period: "", text: "", completion: "", problems: "", nextSteps: "" };
  }
  // Each lead unit with its own account (芜湖's 完成情况 tables: "市人社局" / its account / "市农业农村局" / its account): a
  // continuation row naming lead units of its own, under a column that names the lead, beside an account of its own,
  // under an account that ended its sentence, is that unit's account, not the rest of the one above; each is kept under
  // its unit's name. Units of a plain 责任单位 column wrapped onto the next line (a page break) stay the rest of the cell.
  const account = { text: add("progress"), completion: add("completion") };
  // Under a plain 责任单位 column (round av: 辽中's 推进情况 rows), a row of its own with no text of the task, a whole unit in the
  // units cell under a cell that closed its list, and an account of its own: that unit's account under one task, several co-units
  // each reporting. A list cut at the cell's width ("县发改局、" / "县财政局") stays the rest of the cell.
  const unitsAt = columns.units ?? columns.coUnits;
  const aboveUnits = unitsAt === undefined ? "" : (above?.[unitsAt] ?? "").trim();
  const extraAbove = ROW_EXTRA.get(task);
  const textAbove = (task.progress?.text ?? "").trim();
  const accountAbove = extraAbove && textAbove.endsWith(`；${extraAbove}`) ? textAbove.slice(0, -extraAbove.length - 1) : textAbove;
  // A group (各街道) is the rest of a list, not one unit reporting; an account above left open (…，) goes on.
  const ownUnitRow =
    above !== null && unitsAt !== undefined && more.length > 0 && !add("text") && !add("name") && !!account.text && !/[、，,；;]$/.test(aboveUnits) &&
    more.every((u) => unitLike(u, registry) && !/^各/.test(u)) && !!accountAbove && !/[，,、；;：:]$/.test(accountAbove);
  if (task.progress && ownUnitRow && unitsBefore.length) {
    const own = more.filter((u) => !unitsBefore.includes(u));
    const before = task.progress.text;
    if (own.length && before) {
      if (!LABELLED_ACCOUNTS.has(task)) task.progress.text = `${unitsBefore.join("、")}：${before.replace(/[；;]$/, "")}`;
      LABELLED_ACCOUNTS.add(task);
      account.text = `；${own.join("、")}：${account.text}`;
    }
  } else if (task.progress && moreLead.length && unitsBefore.length) {
    const own = task.leadUnits.filter((u) => moreLead.includes(u) && !unitsBefore.includes(u));
    for (const f of ["text", "completion"] as const) {
      const before = task.progress[f];
      if (!own.length || !account[f] || !before || !/[。；;！!]$/.test(before)) continue;
      if (!LABELLED_ACCOUNTS.has(task)) task.progress[f] = `${unitsBefore.join("、")}：${before}`;
      LABELLED_ACCOUNTS.add(task);
      account[f] = `${own.join("、")}：${account[f]}`;
    }
  }
  if (task.progress) {
    // The rest of the progress cell goes before what other columns of the first row added ("；状态：推进中").
    const extra = ROW_EXTRA.get(task);
    if (account.text && extra && task.progress.text.endsWith(`；${extra}`)) task.progress.text = `${task.progress.text.slice(0, -extra.length - 1)}${account.text}；${extra}`;
    else if (account.text) task.progress.text += account.text;
    if (account.completion) task.progress.completion += account.completion;
    if (add("problems")) task.progress.problems += add("problems");
    if (add("nextSteps")) task.progress.nextSteps += add("nextSteps");
  }
}

/** The units cells of a row with the persons and leaders written in them taken out (`separatePersons`). */
function unitCellPeople(get: (f: ColumnField) => string, personHeader: boolean, registry: UnitRegistry): { cells: Map<ColumnField, string>; persons: string[]; leaders: string[] } {
  const cells = new Map<ColumnField, string>();
  const persons: string[] = [];
  const leaders: string[] = [];
  for (const f of ["units", "leadUnits", "coUnits"] as const) {
    const text = get(f);
    if (!text.trim()) continue;
    const read = separatePersons(text, personHeader && f === "units", (name) => registry.isKnown(name));
    if (!read.persons.length && !read.leaders.length) continue;
    cells.set(f, read.units);
    persons.push(...read.persons.filter((p) => !persons.includes(p)));
    leaders.push(...read.leaders.filter((l) => !leaders.includes(l)));
  }
  return { cells, persons, leaders };
}

/** Tasks made from cells the persons were taken out of: the persons and leaders on them unless a column gave its own. */
function withPeople(tasks: ImportedTask[], people: { persons: string[]; leaders: string[] }): ImportedTask[] {
  for (const t of tasks) {
    if (!t.person && people.persons.length) t.person = people.persons.join("、");
    if (!t.leader && people.leaders.length) t.leader = people.leaders.join("、");
  }
  return tasks;
}

/**
 * What the reached / 完成率 / 状态 / 备注 columns of a task's first row added after its progress text: a continuation
 * row's progress belongs before it (layout 110: a progress cell wrapped onto a row with a blank 序号).
 */
const ROW_EXTRA = new WeakMap<ImportedTask, string>();

/** The states a progress table ticks one of per row. */
const STATE_NAME = /^(已完成|完成|已办结|办结|已开工|正在推进|推进中|正在实施|正在办理|序时推进|按序时推进|达到序时进度|超序时进度|滞后|滞后序时进度|未达序时进度|未完成|未启动|未开工|未办结|进展缓慢|基本完成)$/;
/** A tick in a state column. */
const TICK = /^[√✓✔☑✅●■]$/;
/** Two or more header cells named by a state and claimed by no field: column → state. */
function stateColumns(names: readonly string[], match: Partial<Record<ColumnField, number>>): Map<number, string> {
  const claimed = Object.values(match);
  const found = new Map(names.map((n, c) => [c, n] as const).filter(([c, n]) => n && STATE_NAME.test(n) && !claimed.includes(c)));
  return found.size >= 2 ? found : new Map();
}

/** "标*的为牵头单位", "*为牵头单位", "带▲的为牵头单位": the mark a units header (or a note) says makes the lead. */
const MARK_NOTE = /[标以用带有]?[“"]?([*＊★☆▲※])[”"]?号?(?:标注|标记|标识)?(?:的|者)?(?:单位)?(?:为|是)牵头/;

/**
 * How a units header says its cells are to be read, or undefined: "牵头单位/配合单位" (one column for both, no column
 * of its own for either) writes the lead units first, the co-units after a line break or a ；, read as "牵头：…；配合：…";
 * "责任单位（标*的为牵头单位）" (or a note line "注：标*的为牵头单位", `starNote`) marks the lead with an asterisk, read as ★ (an
 * asterisk is a lead mark only so told).
 */
function unitsHeaderReading(header: readonly string[], column: number | undefined, columns: Partial<Record<ColumnField, number>>, starNote: boolean): ((cell: string) => string) | undefined {
  if (column === undefined) return undefined;
  const name = foldText(header[column] ?? "");
  const mark = MARK_NOTE.exec(name)?.[1];
  if (mark === "*" || mark === "＊" || starNote) return (cell) => cell.replace(/[*＊]/g, "★");
  const joint = /^(?:牵头|主办|主责)(?:单位|部门)?[/／；;、及和与]?(?:配合|协办|协同|参与)(?:单位|部门)$/.test(name);
  if (!joint || columns.units !== undefined && columns.leadUnits !== undefined || columns.coUnits !== undefined) return undefined;
  return (cell) => {
    const parts = /^([^\n；;]+?)[ \t]*(?:\n|[；;])\s*([^\n；;][\s\S]*)$/.exec(cell.trim());
    return parts && !/[:：]/.test(cell) ? `牵头：${parts[1].trim()}；配合：${parts[2].trim().replace(/\s*\n\s*/g, "、").replace(/[；;]$/, "")}` : cell;
  };
}

/** A lead or assist mark after a unit name ("区发改局（牵头）", "区财政局（配合）"). */
const UNIT_MARK = /[（(](?:牵头|主办|牵头单位|配合|协办|参与|协同|配合单位|协办单位)[）)]/;
/**
 * A units cell that says who leads and who helps, by labels ("牵头：X；配合：A、B", "牵头单位 X 配合单位 A") or by phrases
 * ("X牵头，A、B配合", "由X负责", "X负责，A参与"): the reader the list and notice importers' label lines share.
 */
function labelledUnitsCell(text: string): { lead: string; co: string } | null {
  // A cell sharing the task out with no lead ("A、B按职责分工负责") is read as before, by the shared-responsibility rule.
  const phrase = readUnitsPhrase(text);
  return phrase?.lead ? phrase : null;
}

function makeTasks(
  id: string,
  section: string,
  written: (f: ColumnField) => string,
  cell: (f: ColumnField) => CellValue | undefined,
  registry: UnitRegistry,
  row: SourceRow,
  subItemRow: boolean,
  splitSubItems: boolean,
  personHeader = false,
): ImportedTask[] {
  // "区发改局 张三", "张三（区发改局局长）", "区委常委、常务副区长 李四" in a units cell: the persons and leaders come out of it.
  const people = unitCellPeople(written, personHeader, registry);
  const get = (f: ColumnField) => people.cells.get(f) ?? written(f);
  // A 牵头单位 cell with no units column beside it that marks who leads and who assists ("A（牵头）、B（配合）",
  // "牵头：A；配合：B"): the marks say it, as in a 责任单位 cell; the header alone would make every unit a lead.
  const leadCell = get("leadUnits");
  if (leadCell && !get("units") && !get("coUnits") && (labelledUnitsCell(leadCell) || UNIT_MARK.test(leadCell) || splitMarkedUnits(leadCell, registry).marked.length)) {
    const asUnits = (f: ColumnField): ColumnField | null => (f === "units" ? "leadUnits" : f === "leadUnits" ? null : f);
    const read = <T>(f: ColumnField, value: (g: ColumnField) => T, none: T): T => {
      const g = asUnits(f);
      return g ? value(g) : none;
    };
    return withPeople(makeTasks(id, section, (f) => read(f, get, ""), (f) => read<CellValue | undefined>(f, cell, undefined), registry, row, subItemRow, splitSubItems), people);
  }
  // A units cell labelled inside ("牵头：市住建局；配合：市自然资源局、市水务局", round m): its labels say who leads.
  const labelled = labelledUnitsCell(get("units"));
  if (labelled) {
    const coColumn = get("coUnits") ? splitUnits(get("coUnits"), registry) : [];
    const units = assignUnits({ lead: splitUnits(labelled.lead, registry), co: [...(labelled.co ? splitUnits(labelled.co, registry) : []), ...coColumn] }, registry);
    return withPeople(makeTasks(id, section, (f) => (f === "units" || f === "coUnits" ? "" : get(f)), (f) => (f === "units" ? undefined : cell(f)), registry, row, subItemRow, splitSubItems), people).map((t) => ({
      ...t,
      leadUnits: units.leadUnits,
      coUnits: units.coUnits,
      ...(units.groups.length ? { groups: units.groups } : {}),
    }));
  }
  // The lead: bold runs, a 牵头单位 column, or names marked ★ in the units cell.
  const unitsCell = splitMarkedUnits(get("units"), registry);
  // A bold name the cell leaves bare ("区发改局、**财政局**") is the name the splitter filled in (区财政局).
  const bold = boldUnits(cell("units"))?.map((b) => unitsCell.all.find((u) => u !== b && u.endsWith(b) && /^(街道|省|市|县|区|镇|乡|旗)$/.test(u.slice(0, u.length - b.length))) ?? b);
  const lead = bold ?? (get("leadUnits") ? splitUnits(get("leadUnits"), registry) : unitsCell.marked.length ? unitsCell.marked : undefined);
  const units = assignUnits(
    {
      all: get("units") ? unitsCell.all.filter((u) => !lead || !lead.includes(u)) : undefined,
      lead,
      co: get("coUnits") ? splitUnits(get("coUnits"), registry) : undefined,
    },
    registry,
  );
  const name = joinWrapped(get("name"));
  // An indicator and its figure in columns of their own ("地区生产总值增长" | "6%"): the figure is part of the target.
  const indicator = joinWrapped(get("text"));
  const figure = targetFigure(indicator, joinWrapped(get("targetValue")), joinWrapped(get("targetGrowth")), joinWrapped(get("measure")));
  const mainText = figure && !foldText(indicator).includes(foldText(figure)) ? `${indicator.replace(/[。；;，,]$/, "")}${figure}` : indicator;
  const base = (): ImportedTask => ({
    section,
    id,
    // Year-end tables have no task column: the work target (else the stretch target) is the task.
    // A task cell that opens with the item's name ("基本消除村卫生室“空白村”" over "基本消除村卫生室“空白村”11个") is not headed by it again.
    text: (name && mainText ? (foldText(mainText).startsWith(foldText(name)) ? mainText : `${name}：${mainText}`) : name || mainText) || joinWrapped(get("workTarget")) || joinWrapped(get("stretchTarget")),
    leader: leaderNames(get("leader")) || [...new Set([...people.leaders, ...(units.leaders ?? [])])].join("、"),
    leadUnits: units.leadUnits,
    coUnits: units.coUnits,
    // "周　栋", "陈  莹": names spaced out to align in Word.
    person: joinWrapped(get("person")).replace(/([\u4e00-\u9fa5])[\s\u3000]+(?=[\u4e00-\u9fa5])/g, "$1") || [...new Set([...people.persons, ...(units.persons ?? [])])].join("、"),
    deadline: joinDeadlines(get("deadline")),
    stretchTarget: joinWrapped(get("stretchTarget")),
    workTarget: joinWrapped(get("workTarget")),
    ...(units.groups.length ? { groups: units.groups } : {}),
    lines: [row.from, row.to],
  });
  const progressOf = (t: { progress: string; completion: string; problems: string; nextSteps: string }) =>
    t.progress || t.completion || t.problems || t.nextSteps
      ? { period: "", text: t.progress, completion: t.completion, problems: t.problems, nextSteps: t.nextSteps }
      : undefined;
  // What a period reached, a completion rate and a remark column join the progress text ("完成率 54%；备注：…").
  const extra = [get("reached") && joinWrapped(get("reached")), get("rate") && `完成率 ${joinWrapped(get("rate"))}`, get("status") && `状态：${joinWrapped(get("status"))}`, get("remark") && `备注：${joinWrapped(get("remark"))}`]
    .filter(Boolean)
    .join("；");
  const report = get("problems") || get("nextSteps") ? null : reportParts(joinWrapped(get("progress")));
  const fields = {
    progress: [report ? report.progress : joinWrapped(get("progress")), extra].filter(Boolean).join("；"),
    completion: joinWrapped(get("completion")),
    problems: report ? report.problems : joinWrapped(get("problems")),
    nextSteps: report ? report.nextSteps : joinWrapped(get("nextSteps")),
  };
  // Sub-items ①②③ in the target column: each is a task of its own, numbered 8-①, 8-②…
  const driverField = splitSubItems
    ? (["workTarget", "stretchTarget", "text"] as const).find((f) => splitCircled(joinWrapped(get(f))))
    : listsSubItems(mainText, subItemRow) && !name
      ? "text"
      : undefined;
  if (!driverField) {
    const t = base();
    // A row whose target starts with ② is one sub-item of the 序号 above (or of its own 序号).
    const found = splitSubItems || subItemRow ? /^([①-⑳]|[（(]\d{1,2}[）)])/.exec(mainText || t.workTarget || t.stretchTarget)?.[0] : undefined;
    const marker = found ? markerKey(found) : undefined;
    const strip = (s: string) => s.replace(/^([①-⑳]|[（(]\d{1,2}[）)])[\s、.．:：]*/, "");
    if (marker) {
      t.id = `${id}-${marker}`;
      t.text = strip(t.text);
      t.workTarget = strip(t.workTarget);
      t.stretchTarget = strip(t.stretchTarget);
      if (!t.text) t.text = t.workTarget || t.stretchTarget;
    }
    const p = progressOf({
      progress: strip(fields.progress),
      completion: strip(fields.completion),
      problems: strip(fields.problems),
      nextSteps: strip(fields.nextSteps),
    });
    if (p) t.progress = p;
    if (p && extra) ROW_EXTRA.set(t, extra);
    return [t];
  }
  const driver = splitCircled(joinWrapped(get(driverField)))!;
  const splitOrShare = (value: string) => {
    const parts = splitCircled(value);
    return (marker: string) => (parts ? parts.get(marker) ?? "" : value);
  };
  const pick = {
    text: splitOrShare(mainText),
    workTarget: splitOrShare(joinWrapped(get("workTarget"))),
    stretchTarget: splitOrShare(joinWrapped(get("stretchTarget"))),
    progress: splitOrShare(fields.progress),
    completion: splitOrShare(fields.completion),
    problems: splitOrShare(fields.problems),
    nextSteps: splitOrShare(fields.nextSteps),
  };
  const head = driver.get("") ?? "";
  const out: ImportedTask[] = [];
  for (const marker of driver.keys()) {
    if (marker === "") continue;
    const t = base();
    t.id = `${id}-${marker}`;
    const text = pick.text(marker);
    t.text = name ? `${name}：${text}` : driverField === "text" && head ? `${head}${text}` : text;
    t.workTarget = pick.workTarget(marker);
    t.stretchTarget = pick.stretchTarget(marker);
    if (!t.text) t.text = t.workTarget || t.stretchTarget;
    const p = progressOf({
      progress: pick.progress(marker),
      completion: pick.completion(marker),
      problems: pick.problems(marker),
      nextSteps: pick.nextSteps(marker),
    });
    if (p) t.progress = p;
    out.push(t);
  }
  return out;
}

/** A task whose text lists sub-items, one task an item (8-①, 8-②…), the words before the first kept in front. */
function itemTasks(task: ImportedTask): ImportedTask[] | null {
  const parts = splitCircled(task.text);
  if (!parts) return null;
  const head = parts.get("") ?? "";
  return [...parts].filter(([marker]) => marker).map(([marker, part]) => ({ ...task, id: `${task.id}-${marker}`, text: `${head}${part}`, workTarget: task.workTarget === task.text ? part : task.workTarget }));
}

/**
 * A task whose text ends in its first sub-item alone ("推进重点项目建设：(1)全年实施…；"), the next row opening with the
 * second ("(2)…"): the task becomes that first item (1-(1), the words before the marker kept in front as when the
 * items share one cell). Returns those words, or null when the task is not such a first item.
 */
function splitFirstItem(task: ImportedTask, nextMarker: string): string | null {
  if (/-([①-⑳]|\(\d{1,2}\))$/.test(task.id)) return null;
  const hits = [...task.text.matchAll(MARKER_RE)];
  if (hits.length !== 1) return null;
  const first = markerKey(hits[0][0]);
  const second = markerKey(nextMarker);
  const order = (k: string) => (/^\(/.test(k) ? Number(k.slice(1, -1)) : k.charCodeAt(0) - 0x2460 + 1);
  if (/^\(/.test(first) !== /^\(/.test(second) || order(first) !== 1 || order(second) !== 2) return null;
  const index = hits[0].index ?? 0;
  const head = task.text.slice(0, index).trim();
  const item = task.text.slice(index + hits[0][0].length).replace(/^[\s\u3000、.．:：]+|[\s\u3000；;，,]+$/g, "").trim();
  if (!item) return null;
  if (task.workTarget === task.text) task.workTarget = item;
  task.id = `${task.id}-${first}`;
  task.text = `${head}${item}`;
  return head;
}

/** The labels of a report's parts inside one cell: "进展情况：", "存在问题：", "下步打算：". */
const REPORT_LABEL = new RegExp(`(${labelPattern("progress", "problems", "next")})[:：]`, "g");

/**
 * A progress cell that opens with a progress label and names the other parts of its report under labels of their own
 * ("进展情况：…。 下步打算：…", round o): each part in its place, the labels left out; else null.
 */
function reportParts(text: string): { progress: string; problems: string; nextSteps: string } | null {
  const marks = [...text.matchAll(REPORT_LABEL)];
  if (!marks.length || marks[0].index !== 0 || labelKind(marks[0][1]) !== "progress") return null;
  const out = { progress: "", problems: "", nextSteps: "" };
  marks.forEach((m, k) => {
    const part = text.slice(m.index! + m[0].length, k + 1 < marks.length ? marks[k + 1].index : undefined).trim();
    const kind = labelKind(m[1]);
    const key = kind === "problems" ? "problems" : kind === "next" ? "nextSteps" : "progress";
    out[key] = out[key] ? `${out[key]}${part}` : part;
  });
  return out;
}

/**
 * The target's figure from an indicator table's columns: the amount with its unit of measure ("100" and "项" → 100项),
 * the growth asked ("15" → 增长15%; after an indicator ending 增长, "10" → 10%). "-" and "—" are no figure.
 */
function targetFigure(indicator: string, amount: string, growth: string, measure: string): string {
  const none = (v: string) => !v || /^[-—－–/／\s]+$/.test(v);
  const number = (v: string) => /^[-+]?\d+(\.\d+)?$/.test(v);
  const parts: string[] = [];
  if (!none(amount)) parts.push(number(amount) && measure && MEASURE.test(measure) ? `${amount}${measure}` : amount);
  if (!none(growth)) {
    const rate = number(growth) ? `${growth}%` : growth;
    parts.push(!parts.length && /增长$/.test(indicator) ? rate : `增长${rate}`);
  }
  return parts.join("，");
}

/** A row under a merged cell leaves the merged units, leader, person and deadline empty: they are the task's above. */
/**
 * The cells of a web-table row that left out a merged cell at its left (round u), moved back under their names: "新增托位
 * 500个。 | 新增托位600个。 | |" under 序号 | 项目内容 | 进展情况 | 责任单位 (序号 and unit merged from the row above), "2 |
 * 新改扩建村卫生室5家。 | 已建成。 | |" under 序号 | 项目分类 | 实事内容 | 完成情况 (the category merged). Only a sentence (ending
 * in 。 or ；, or longer than a name) in the 序号 or category cell moves the row, and only when its last column is empty and
 * another cell is filled.
 */
function leftOutMergedCell(texts: string[], width: number, columns: Partial<Record<ColumnField, number>>): string[] {
  const cells = Array.from({ length: width }, (_, c) => texts[c] ?? "");
  // A lone cell is a part or heading row ("强化科技创新支撑能力。" in the 序号 cell), not a shifted item.
  if (width < 3 || cells[width - 1].trim() || texts.slice(width).some((t) => t.trim()) || cells.filter((t) => t.trim()).length < 2) return texts;
  const sentence = (t: string) => /[。；;]$/.test(t.trim()) || foldText(t).length > 24;
  for (const at of [columns.id, columns.section]) {
    if (at === undefined || at >= width - 1) continue;
    const value = cells[at].trim();
    if (!value || !sentence(value) || (at === columns.id && normaliseId(value))) continue;
    return [...cells.slice(0, at), "", ...cells.slice(at, width - 1)];
  }
  return texts;
}

function inheritMergedCells(task: ImportedTask, above: ImportedTask): void {
  if (!task.leadUnits.length && !task.coUnits.length) {
    task.leadUnits = [...above.leadUnits];
    task.coUnits = [...above.coUnits];
    if (above.groups) task.groups = [...above.groups];
  }
  task.leader ||= above.leader;
  task.person ||= above.person;
  task.deadline ||= above.deadline;
}
