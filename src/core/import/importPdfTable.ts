import { UnitEntry } from "../model";
import { createUnitRegistry, UnitRegistry } from "../units/registry";
import { splitUnits } from "../units/splitUnits";
import { UNIT_LIST_END } from "../units/bodyNames";
import { assignUnits, bracketAliases, CO_MARK_WORDS, LEAD_MARK_WORDS } from "./assignUnits";
import { columnSegments, endsCell, joinCellLines, PAGE_MARK, visualWidth } from "./columnText";
import { isLeaderPost, LEADER_POSTS } from "./leaderTitles";
import { LineLedger } from "./lineLedger";
import { chineseNumeral, countSections, headingLeaders, headingNumber, parseSectionHeading, SectionHeading, sectionCountNotes } from "./sections";
import { labelPattern } from "./assignmentLabels";
import { ColumnField, matchHeaderRow, periodProgressColumns, rateWithUnit, yesNoAnswer } from "./tableColumns";
import { isPersonName } from "./unitPerson";
import { pdfHeaders } from "./pdfHeaders";
import { ImportedTask, ImportResult, importedTask, withAliases } from "./types";

/**
 * Unit names are short and end like a body — the shared list every importer and the splitter use (bodyNames.ts),
 * with the words lists use for a set of units ("区", "专班", "部门", "（街）"); text lines of the task column are 16–19 wide.
 */
const UNIT_END = UNIT_LIST_END;
/** Width of a full line of the task column until the document shows its own (000: 17). */
const DEFAULT_TEXT_WIDTH = 17;
const PUNCT = /[，。；：！？、,;:!?]/;
const PAGE_NUMBER = PAGE_MARK;
const NOTE = /^注[:：]/;
/** A task's text closing with its own leader ("新建幼儿园2所。（牵头领导：赵六）"): that leader, not its part's. */
const OWN_LEADER = new RegExp(`[（(](?:${labelPattern("leader")})[:：]([^（）()：:；;]+)[）)]\\s*[。；;]?$`);

type Column = "text" | "units" | "progress";

interface Draft {
  id: string;
  section: string;
  from: number;
  to: number;
  text: string[];
  units: string[];
  progress: string[];
  /** The 责任领导 cell: posts as written ("副市长", "常务副市长"). */
  leader: string[];
  /** The row's cells stand side by side (its 序号 line carries several), not one column after another as in 000. */
  sideBySide: boolean;
  /** Its 序号 line gives every column of the header one cell, each read by its column (a table with figures and owners). */
  byColumn: boolean;
  /** Read in the header's column order (orderColumns): each column's pieces, one a line, as the row's lines gave them. */
  cells?: string[][];
  textClosed: boolean;
  state: Column;
  /** Column of the last thing added, so a unit line after units (even in the progress state) stays a unit. */
  last: Column;
}

function isHeaderRow(line: string): boolean {
  const t = line.replace(/\s+/g, "");
  return /^序号/.test(t) && /(单位|部门|任务|目标|进展|情况)/.test(t) && t.length <= 40 && !PUNCT.test(t);
}

/** A column of units named by what it holds, beyond the built labels ("责任乡镇", "责任处室"), and the role it names. */
const UNIT_COLUMN = /单位|部门|乡镇|街道|处室|科室/;
const LEAD_COLUMN = /牵头|主办|主责/;
const CO_COLUMN = /配合|协办|会办|协同|参与|协助/;

/** The field of each header cell a row's cells can be read by, beside 序号 ("项目业主", "总投资" have none: other). */
type CellField = "text" | "units" | "co" | "leader" | "progress" | "other";

/**
 * The header's columns when it has two or more that say nothing of a task (figures, an owner, a stage: "总投资", "项目业主"),
 * besides a task column and a lead-unit column: a row's cells are then read by their place, not by their look (a company
 * owning a project reads like a unit, and is none that leads). Else null.
 */
function columnsByPlace(header: string): CellField[] | null {
  // Apart by any space: a figure's column stands apart from its neighbours by spaces only ("总投资 2009年计划投资").
  const names = header.trim().split(/\s+/);
  const map = matchHeaderRow(names);
  if (!map || map.id !== 0) return null;
  const fieldOf = (c: number): CellField => {
    const field = (Object.keys(map) as ColumnField[]).find((f) => map[f] === c);
    if (field === "text" || field === "name") return "text";
    if (field === "units" || field === "leadUnits") return "units";
    if (field === "coUnits") return "co";
    if (field === "leader") return "leader";
    if (field === "progress" || field === "completion") return "progress";
    // A column named by the units it holds ("责任乡镇"): units, not a column that says nothing of the task.
    if (!field && UNIT_COLUMN.test(names[c]) && !/领导|责任人|联系人/.test(names[c])) return CO_COLUMN.test(names[c]) ? "co" : "units";
    return "other";
  };
  const fields = names.slice(1).map((_, k) => fieldOf(k + 1));
  const others = fields.filter((f) => f === "other").length;
  return others >= 2 && fields.includes("text") && fields.includes("units") ? fields : null;
}

/** What a header's column holds when a row's cells are read in the header's order (orderColumns). */
type OrderField = "text" | "subsection" | "lead" | "units" | "co" | "leader" | "progress" | "period" | "rate" | "status" | "problems" | "next" | "measures" | "deadline" | "person" | "other";

/** A post as a leader column writes it, beyond the government's own (副局长, 纪检组长, 组织部部长): short, ending in its title. */
const TITLE_CELL = /^[^\s，。；：、,;:]{1,8}(?:长|书记|主任|委员|常委|组长|部长|主席)、?$/;

/** A deadline as a table writes it: a date, a month's end, a term (立行立改, 长期坚持, 年底前). */
const DEADLINE_CELL = /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|中旬|上旬|下旬|末)?(?:前|以前)?$|^(?:立行立改|长期坚持|持续推进|年底前|年内|长期)$|^\d{4}[.\-/年]\d{1,2}/;

/** Words no phrase ends with: a line of prose ending on one was cut at its cell's width. */
const DANGLING_END = /(?:正在|已经|已|正|和|与|及|的|对|将|把|向|从|由|并|或|在)$/;

/** A cell that names a project or a proposal ends with its kind: it is whole, never cut at the column's width. */
const NAME_CLOSED = /(?:项目|工程|建议|提案|议案)$/;

/**
 * The header's columns in order (after 序号), each with the field its cells give, when the header has a units column: a
 * 序号 line giving each column one cell is then read by order, and its later lines by which cells are still open and what
 * each piece looks like (orderAssignment). With no task column, the item is the first column before the units no field
 * reads or the problem found (整改措施, 审计发现的问题); in a rectification table (the header speaks of 整改) a problem column
 * beside a task column is the item and the task column (the audit or project it came from) its subsection.
 */
function orderColumns(header: string): OrderField[] | null {
  const names = header.trim().split(/\s+/);
  const map = matchHeaderRow(names);
  // Three columns (task, units, account) the cells' looks tell apart, as 000's column-after-column rows are read; from four
  // on, a row's cells are read by the header's order.
  if (!map || map.id !== 0 || names.length < 5) return null;
  const fieldAt = (c: number) => (Object.keys(map) as ColumnField[]).find((f) => map[f] === c);
  const role = (name: string): OrderField => (LEAD_COLUMN.test(name) ? "lead" : CO_COLUMN.test(name) ? "co" : "units");
  // Progress per period ("一季度进展 二季度进展", "1-6月完成情况 7-9月完成情况", round av): the latest one filled is the row's
  // progress, as in a pasted table; joined they would give an older account as the current one.
  const periods = periodProgressColumns(names);
  const fields: OrderField[] = names.slice(1).map((name, k) => {
    const field = fieldAt(k + 1);
    if (periods.includes(k + 1)) return "period";
    // A category column (类别: 人大建议 / 政协提案) sorts the rows into kinds: the row's subsection, never its task.
    if (/^(?:类别|类型|分类)$/.test(name)) return "subsection";
    if (field === "text" || field === "name") return "text";
    if (field === "leadUnits") return "lead";
    if (field === "coUnits") return "co";
    if (field === "units") return role(name);
    if (field === "leader") return "leader";
    // A rate and a yes/no beside the account (完成进度（%）, 是否完成, round av): read as in a pasted table, after the account.
    if (field === "rate") return "rate";
    if (field === "status") return "status";
    if (field === "progress" || field === "completion") return "progress";
    if (field === "problems") return "problems";
    if (field === "nextSteps") return "next";
    if (field === "deadline") return "deadline";
    if (field === "person") return "person";
    if (UNIT_COLUMN.test(name) && !/领导|责任人|联系人/.test(name)) return role(name);
    // What came of the item (整改结果, 办理结果): the account, as a 进展情况 column is.
    if (/结果$/.test(name)) return "progress";
    // What is to be done about the item (整改措施, 工作要求): prose that wraps like the item's, read by no field.
    return /措施|举措|要求|办法/.test(name) ? "measures" : "other";
  });
  const firstUnits = fields.findIndex((f) => f === "lead" || f === "units" || f === "co");
  if (firstUnits < 0) return null;
  const textAt = fields.indexOf("text");
  const problemAt = fields.findIndex((f, k) => k < firstUnits && f === "problems");
  if (textAt < 0) {
    const item = fields.findIndex((f, k) => k < firstUnits && (f === "other" || f === "problems" || f === "measures"));
    if (item < 0) return null;
    fields[item] = "text";
  } else if (/整改/.test(header) && problemAt > textAt) {
    fields[textAt] = "subsection";
    fields[problemAt] = "text";
  }
  return fields;
}

function columnAfterUnits(header: string): "progress" | "deadline" | "person" {
  const words = header.trim().split(/\s+/);
  const unitsAt = words.findIndex((w) => /单位|部门/.test(w));
  const next = unitsAt >= 0 ? words[unitsAt + 1] ?? "" : "";
  if (/时限|时间|期限/.test(next)) return "deadline";
  if (/责任人|联系人/.test(next)) return "person";
  return "progress";
}

/**
 * The role a table writes after a unit's name in its units cell ("县住建局（主办）", "县财政局（协办）", "省住建厅（牵头）"): the
 * name is the unit, the mark says whether it leads (assignUnits reads it).
 */
const ROLE_MARK = new RegExp(`[（(](?:${LEAD_MARK_WORDS}|${CO_MARK_WORDS})[）)]$`);

export function unitLike(segment: string, registry: UnitRegistry): boolean {
  const written = segment.trim();
  if (!written) return false;
  const s = ROLE_MARK.test(written) && written.replace(ROLE_MARK, "").length >= 3 ? written.replace(ROLE_MARK, "") : written;
  if (/^[（(][^（）()]{2,16}[）)]$/.test(s)) return true;
  if (registry.isKnown(s) || registry.isGroupWord(s)) return true;
  // Figures only inside quotes ("“6+3”产业链牵头部门").
  if (visualWidth(s) > 13 || /\d/.test(s.replace(/“[^”]*”/g, ""))) return false;
  if (PUNCT.test(s.replace(/[（(][^）)]*[）)]/g, ""))) return false;
  // A quote or bracket left open is a line of wrapped text ("市“榴枣归乡" / "”品牌"), never a whole name.
  if (unbalanced(s)) return false;
  // A cell that opens with a verb of work is the task's text cut at the cell's width ("加快重点项目前期手续办" / "理…",
  // "推进老旧小区改造和背街" / "小巷整治"), whatever body word its cut leaves at the end.
  if (WORK_VERB_HEAD.test(s)) return false;
  // A body word alone or after one character ("街", "社区" in "镇（街）", "村（社区）") is a note, not a unit's name.
  return s.replace(/[（(][^）)]*[）)]$/, "").length >= 3 && UNIT_END.test(s);
}

/** Verbs a task opens with and no body's name does. */
const WORK_VERB_HEAD = /^(?:推进|推动|加快|加强|开展|实施|落实|完成|组织|深化|做好|抓好|梳理|持续|全面|积极|扎实|大力|着力|启动|提升|优化|强化|健全|完善|建立|广泛|确保|力争)/;

/** Whether a quote or bracket opens without closing, or closes without opening. */
function unbalanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/[（(]/g) !== count(/[）)]/g) || count(/"/g) % 2 === 1;
}

/** A party post opening a leader's cell, its government post on the next line ("区委常委、" / "副区长"). */
const PARTY_POST_HEAD = new RegExp(`^(?:${LEADER_POSTS.party})、$`);

/** A leader cell's post, or the party post its cell opens with when the cell wraps. */
function postCell(segment: string): boolean {
  return isLeaderPost(segment) || PARTY_POST_HEAD.test(segment);
}

/** The words an account opens with: a state or a step taken ("已答复", "正在办理", "未开工", "完成…"). */
const ACCOUNT_OPENING = /^(?:已|正在|正|未|尚|目前|现已|截至|截止|完成|全部|基本|按期|持续)/;

/**
 * A unit name and an account run together where the space between their columns was lost ("市财政局已答复，代表满意。"):
 * the shortest head that reads as a unit, followed by an account's opening word. Else null.
 */
function unitRunIntoAccount(segment: string, registry: UnitRegistry): { unit: string; account: string } | null {
  for (let end = 3; end <= Math.min(16, segment.length - 2); end++) {
    const unit = segment.slice(0, end);
    const account = segment.slice(end);
    if (unitLike(unit, registry) && ACCOUNT_OPENING.test(account) && !unitLike(account, registry)) return { unit, account };
  }
  return null;
}

/** A piece of a unit name broken over lines ("区高层次人才" / "服务中心"). */
function unitFragment(segment: string): boolean {
  const s = segment.trim();
  // Figures only inside quotes ("“6+3”产业链"): "9月底前" is a deadline, not part of a name.
  if (/\d/.test(s.replace(/“[^”]*”/g, ""))) return false;
  return visualWidth(s) <= 13 && !PUNCT.test(s.replace(/[（(][^）)]*[）)]/g, "")) && !endsCell(s);
}

/**
 * The head of a unit's name broken at its cell's width, standing among a row's cells, its tail opening the row's next line
 * ("延安经济技术开发" / "区管委会", "县住" / "建局（协办）"): no unit by itself, one with that tail.
 */
function brokenUnitHead(segment: string, tail: string, registry: UnitRegistry): boolean {
  // A tail that opens with a level of government and is a unit by itself ("县水利局") is a name of its own, not a tail.
  const ownName = /^[省市县镇乡]/.test(tail) && unitLike(tail, registry);
  return !!tail && !ownName && unitFragment(segment) && !ACCOUNT_OPENING.test(segment) && !unitLike(segment, registry) && unitLike(segment + tail, registry);
}

/**
 * A unit with its role mark run on with the next unit's name or its head, the space between them lost ("县公安局（主办）县住"
 * / "建局（协办）"): the two, else the segment as it is.
 */
function splitAtRoleMark(segment: string, tail: string, registry: UnitRegistry): string[] {
  const m = /^(.{3,16}?[（(](?:牵头|主办|协办|会办|配合)[）)])([^\s（()）]{1,12}(?:[（(][^（()）]{2,4}[）)])?)$/.exec(segment);
  if (!m || !unitLike(m[1], registry)) return [segment];
  return unitLike(m[2], registry) || brokenUnitHead(m[2], tail, registry) ? [m[1], m[2]] : [segment];
}

/**
 * Tables extracted from PDF (as `000`): 序号 / 年度任务目标 / 责任单位 / 进展情况 with every cell
 * wrapped over many lines, the columns of one row read one after the other (task text, then units,
 * then progress), repeated header rows and page numbers at page breaks, and after a page break the
 * rest of each column again in that order. A per-task state machine follows the columns:
 * unit-shaped short lines are the units column, a sentence end closes the task text, and segments
 * of one line separated by a space between two Chinese characters belong to different columns.
 */
export function importPdfTable(lines: readonly string[], units: UnitEntry[], reason: string): ImportResult {
  const registry = createUnitRegistry(units);
  const ledger = new LineLedger(lines);
  const drafts: Draft[] = [];
  const headings: SectionHeading[] = [];
  const notes: ImportResult["notes"] = [];
  let section = "";
  let current: Draft | null = null;
  let expected = 1;
  let boldNote = false;
  let period = "";
  /** What the column after the units holds, from the header: progress (000), a deadline or a person. */
  let afterUnits: "progress" | "deadline" | "person" | null = null;
  /** Whether the header has a leader column (责任领导, 包联领导): a post standing among the cells is its cell. */
  let leaderColumn = false;
  /** The header's columns when the rows are read by the place of their cells (columnsByPlace), else null. */
  let byPlace: CellField[] | null = null;
  let placeTextWidth = 0;
  /** The header's leader column stands right before its units column (… 责任领导 责任单位 …). */
  let leaderBeforeUnits = false;
  const coUnits = new Map<Draft, string[]>();
  /** The header's columns in order when it has a units column (orderColumns), and each column's widest cell on a 序号 line. */
  let byOrder: OrderField[] | null = null;
  /** The header's names after 序号, in order: a period column's name is the period its progress covers. */
  let orderNames: string[] = [];
  let orderWidths: number[] = [];

  const startTask = (id: string, n: number): Draft => {
    current = { id, section, from: n, to: n, text: [], units: [], progress: [], leader: [], sideBySide: false, byColumn: false, textClosed: false, state: "text", last: "text" };
    drafts.push(current);
    expected = Number(id) + 1;
    return current;
  };

  // Full lines of the task column, learnt from lines that another text line followed (mid-cell lines).
  const fullWidths: number[] = [];
  const textWidth = () => {
    if (fullWidths.length < 5) return DEFAULT_TEXT_WIDTH;
    const sorted = [...fullWidths].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const add = (d: Draft, column: Column, segment: string) => {
    if (column === "text" && d.last === "text" && d.text.length > 0) fullWidths.push(visualWidth(d.text[d.text.length - 1]));
    d[column].push(segment);
    d.last = column;
    // A sentence end closes the task text only on a short line: a full line ending in 。 is mid-cell.
    if (column === "text" && endsCell(segment) && visualWidth(segment) <= textWidth() - 1) d.textClosed = true;
  };

  /** One segment of a line in the current state. */
  const place = (d: Draft, segment: string, leadingSpace: boolean, next: string) => {
    const isUnit = unitLike(segment, registry);
    if (d.state === "text") {
      // Wider than the task column: the progress column, resumed after a page break.
      if (d.units.length > 0 && !isUnit && fullWidths.length >= 10 && visualWidth(segment) > Math.max(...fullWidths) + 1) {
        d.textClosed = true;
        d.state = "progress";
        add(d, "progress", segment);
        return;
      }
      // A unit name broken over two lines ("区畜牧渔业事业发展" / "中心") right after the text: after a
      // closed text, or after a full line ending a sentence when the next line completes a unit name.
      const lastText = d.text[d.text.length - 1] ?? "";
      const brokenName =
        d.units.length === 0 &&
        unitFragment(segment) &&
        (d.textClosed || (endsCell(lastText) && (unitLike(segment + next, registry) || unitLike(next, registry))));
      if (isUnit || brokenName) {
        d.state = "units";
        add(d, "units", segment);
      } else if (d.textClosed && d.text.length > 0) {
        d.state = "progress";
        add(d, "progress", segment);
      } else add(d, "text", segment);
      return;
    }
    if (d.state === "units") {
      if (isUnit || unitFragment(segment)) add(d, "units", segment);
      else {
        d.state = "progress";
        add(d, "progress", segment);
      }
      return;
    }
    // The tail of a unit's name broken at the cell's width, alone on the row's next line ("县住" / "建局（协办）").
    const lastUnit = d.units[d.units.length - 1] ?? "";
    if (lastUnit && !unitLike(lastUnit, registry) && unitLike(lastUnit + segment, registry)) {
      add(d, "units", segment);
      return;
    }
    // Progress: the text column may resume without a header row (the extractor marks it with a leading
    // space), and a unit-shaped line right after a unit is one more unit.
    if (leadingSpace && !d.textClosed && d.text.length > 0 && visualWidth(segment) <= 18) {
      d.state = "text";
      add(d, "text", segment);
      if (d.textClosed) d.state = "progress";
      return;
    }
    // A unit alone after an account that ended its sentence: the units cell wrapped onto the row's next line, the
    // other cells of that line empty ("市财政局" under "市发改委 已答复，委员满意。").
    if (isUnit && (d.last === "units" || (d.sideBySide && d.units.length > 0 && endsCell(d.progress[d.progress.length - 1] ?? "")))) add(d, "units", segment);
    else add(d, "progress", segment);
  };

  // Headers spaced out or wrapped over lines, read back as one line of whole names; the lines a wrap took are the header's.
  const headers = pdfHeaders(lines);
  const headerTails = new Set([...headers].flatMap(([at, h]) => Array.from({ length: h.through - at }, (_, k) => at + 1 + k)));
  // The running title (round ba): a PDF prints the table's title again at the top of each page, between the page number and
  // the header drawn again. The first line of the text, when it is no header or numbered row, seen again later right after
  // a page number or right above a header row, is that title, never more text of the row the page break cut.
  const titleAt = lines.findIndex((l) => l.trim());
  const title = titleAt >= 0 && !isHeaderRow(lines[titleAt]) && !/^\s*\d{1,3}(?:\s|$)/.test(lines[titleAt]) ? lines[titleAt].trim() : "";
  const nearest = (i: number, step: 1 | -1) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k].trim()) return headers.get(k)?.text ?? lines[k].trim();
    return "";
  };
  const runningTitle = (i: number, line: string) => i > titleAt && title !== "" && line === title && (PAGE_NUMBER.test(nearest(i, -1)) || isHeaderRow(nearest(i, 1)));
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (headerTails.has(i)) return ledger.mark(n, n, "skip", "表头");
    const line = headers.get(i)?.text ?? raw.trim();
    if (!line) return;
    if (PAGE_NUMBER.test(line)) return ledger.mark(n, n, "skip", "页码");
    if (runningTitle(i, line)) return ledger.mark(n, n, "skip", "页眉");
    if (isHeaderRow(line)) {
      ledger.mark(n, n, "skip", "表头");
      if (!afterUnits) afterUnits = columnAfterUnits(line);
      if (/领导/.test(line)) leaderColumn = true;
      const words = line.trim().split(/\s+/);
      const leaderAt = words.findIndex((w) => /领导/.test(w));
      const unitsAt = words.findIndex((w) => /单位|部门/.test(w));
      if (leaderAt >= 0 && unitsAt > leaderAt) leaderBeforeUnits = true;
      if (!byOrder) {
        byOrder = orderColumns(line);
        orderNames = line.trim().split(/\s+/).slice(1);
        const fields = byOrder;
        orderWidths = fields ? fields.map(() => 0) : [];
        for (const l of fields ? lines.slice(i + 1) : []) {
          const cells = /^\s*\d{1,3}\s+(.*)$/.exec(l)?.[1].trim().split(/\s+/);
          if (cells && cells.length === fields!.length) cells.forEach((c, k) => (orderWidths[k] = Math.max(orderWidths[k], visualWidth(c))));
        }
      }
      if (!byPlace) {
        byPlace = columnsByPlace(line);
        // The task column's width: its widest cell on a 序号 line read by place (a shorter one ended there, a full one wraps).
        const textAt = byPlace ? byPlace.indexOf("text") : -1;
        for (const l of byPlace ? lines.slice(i + 1) : []) {
          const cells = /^\s*\d{1,3}\s+(.*)$/.exec(l)?.[1].trim().split(/\s+/);
          if (cells && cells.length === byPlace!.length) placeTextWidth = Math.max(placeTextWidth, visualWidth(cells[textAt]));
        }
      }
      const d = current as Draft | null;
      // Units already came after the text: a text that ended a sentence at the page's end is complete.
      if (d && !d.textClosed && d.units.length > 0 && endsCell(d.text[d.text.length - 1] ?? "")) d.textClosed = true;
      if (d) d.state = !d.textClosed ? "text" : d.progress.length ? "progress" : "units";
      return;
    }
    if (NOTE.test(line)) {
      if (/黑体/.test(line)) boldNote = true;
      current = null;
      return ledger.mark(n, n, "skip", "注释");
    }
    const heading = parseSectionHeading(line);
    // A heading without a declared count inside a task is a heading only when the table goes on
    // with a header row or the next 序号 right after it (else it is a line of text starting with （一）).
    const followedByRow = () => {
      const at = lines.findIndex((l, k) => k > i && l.trim() && !PAGE_NUMBER.test(l.trim()));
      const next = at < 0 ? undefined : headers.get(at)?.text ?? lines[at];
      return next !== undefined && (isHeaderRow(next) || new RegExp(`^\\s*${expected}(\\s|$)`).test(next));
    };
    if (heading && (heading.declaredCount !== null || !current || followedByRow())) {
      section = heading.name;
      headings.push(heading);
      current = null;
      return ledger.mark(n, n, "section");
    }
    const idMatch = /^(\d{1,3})(?:\s+(.*))?$/.exec(line);
    if (idMatch && Number(idMatch[1]) === expected) {
      const cells = columnSegments(idMatch[2] ?? "");
      const d = startTask(idMatch[1], n);
      d.sideBySide = cells.length >= 2;
      ledger.mark(n, n, "task");
      // Every column given a cell, one of them a figure: each cell is its column's.
      const byWord = (idMatch[2] ?? "").trim().split(/\s+/);
      // A header read in order that names a rate or a yes/no column (round av) reads its row by that order, the figure its rate's.
      const orderNamesFigures = byOrder !== null && byOrder.some((f) => f === "rate" || f === "status");
      if (byPlace && !orderNamesFigures && byWord.length === byPlace.length && byWord.some((c) => /^[\d.]+$/.test(c))) {
        d.byColumn = true;
        byWord.forEach((cell, k) => placeByColumn(d, byPlace![k], cell));
        return;
      }
      // Every column given a cell side by side, the units' cells reading as units: each cell is its column's. A unit run into
      // the account where the space between them was lost ("市财政局已答复，代表满意。") is two cells.
      // A unit run into the account is looked for only when the cells as spaced do not already fit the header
      // ("项目公司已注" is the account's first line, not a company beside it).
      const spacedFit = byOrder !== null && byWord.length === byOrder.length && byWord.length >= 3 && orderFits(byOrder, byWord);
      const byCell = spacedFit ? byWord : byWord.flatMap((cell) => {
        const run = byOrder ? unitRunIntoAccount(cell, registry) : null;
        return run ? [run.unit, run.account] : [cell];
      });
      if (byOrder && byCell.length === byOrder.length && byCell.length >= 3 && orderFits(byOrder, byCell)) {
        d.cells = byCell.map((cell) => [cell]);
        return;
      }
      // More cells than columns: a prose cell with a space inside ("已整改 资金已拨付到位"), read so when one way fits.
      const joined = byOrder && byCell.length > byOrder.length ? joinSpacedCells(byOrder, byCell) : null;
      if (joined) {
        d.cells = joined.map((cell) => [cell]);
        return;
      }
      // A cell left empty (no co-unit, no deadline): the cells go to the columns their looks fit, in order, when each fits.
      const fitted = byOrder && byCell.length >= 3 && byCell.length < byOrder.length ? emptyCellAssignment(byOrder, byCell) : null;
      if (fitted) {
        d.cells = byOrder!.map(() => []);
        fitted.forEach((c, k) => d.cells![c].push(byCell[k]));
        return;
      }
      if (idMatch[2]) placeLine(idMatch[2], false, n, nextContent(i));
      return;
    }
    if (!current) {
      if (drafts.length === 0 && headings.length === 0) {
        const named = /(上半年|下半年|前三季度|[一二三四]季度|全年|年度|\d{1,2}\s*[-－—至]\s*\d{1,2}\s*月)/.exec(line);
        if (named && !period) period = named[1].replace(/\s+/g, "") === "年度" ? "全年" : named[1].replace(/\s+/g, "");
        return ledger.mark(n, n, "skip", "标题");
      }
      return;
    }
    // After a blank line, one sentence wider than any column of a table read in the header's order is no cell's line: a note
    // closing the table ("全县重点项目51个……累计完成实物量投资11.01亿元。"), never the last row's rest.
    const d0 = current as Draft | null;
    const afterBlank = i > 0 && !lines[i - 1].trim();
    if (d0 && d0.cells && byOrder && afterBlank && !/\s/.test(line) && endsCell(line) && orderWidths.length && visualWidth(line) > Math.max(...orderWidths) + 2) {
      current = null;
      return ledger.mark(n, n, "skip", "表后说明");
    }
    placeLine(line, /^\s/.test(raw), n, nextContent(i));
  });

  /** The next non-blank line after index i, trimmed ("" at the end). */
  function nextContent(i: number): string {
    for (let k = i + 1; k < lines.length; k++) if (lines[k].trim()) return lines[k].trim();
    return "";
  }

  function placeByColumn(d: Draft, field: CellField, cell: string) {
    if (field === "text" || field === "units" || field === "progress") add(d, field, cell);
    else if (field === "leader") d.leader.push(cell);
    else if (field === "co") coUnits.set(d, [...(coUnits.get(d) ?? []), cell]);
    if (field === "text" && (endsCell(cell) || visualWidth(cell) < placeTextWidth)) d.textClosed = true;
  }

  /**
   * A later line of a row read by its columns: the task cell's rest first while it is open (it closes at a sentence end or
   * on a short line), the rest the wrapped lines of cells no task field reads (an owner's long name) — left aside, never
   * taken for units by their look. The account goes on only where the header has one and it was cut mid-sentence.
   */
  function placeWrappedByColumn(d: Draft, segments: string[]) {
    let k = 0;
    if (!d.textClosed && segments.length > 0) {
      add(d, "text", segments[k]);
      if (endsCell(segments[k]) || visualWidth(segments[k]) * 2 < textWidth()) d.textClosed = true;
      k++;
    }
    const open = d.progress.length > 0 && !endsCell(d.progress[d.progress.length - 1]);
    if (open && k < segments.length) add(d, "progress", segments[segments.length - 1]);
  }

  /** A leader column's cell: a post, a title, a person, or several of them ("张伟、李明", "县委常委、"). */
  function leaderCell(cell: string): boolean {
    const parts = cell.split("、");
    return postCell(cell) || parts.every((p, j) => (j === parts.length - 1 && p === "" && j > 0) || isLeaderPost(p) || TITLE_CELL.test(p) || isPersonName(p));
  }

  /** Whether a 序号 line's cells read as the header's columns: each units column's cell a list of units (its last maybe cut). */
  function orderFits(fields: OrderField[], cells: string[]): boolean {
    return fields.every((f, k) => {
      if (f !== "lead" && f !== "units" && f !== "co") return f !== "leader" || leaderCell(cells[k]);
      const names = cells[k].split(/[、，,]/);
      return names.every((u, j) => unitLike(u, registry) || (j === names.length - 1 && (u === "" || unitFragment(u))));
    });
  }

  /**
   * How well a piece of a later line continues a column of a row read in the header's order: a unit's tail completing the
   * name the cell was cut in (4), a whole unit (3, a later units column first: a 牵头 cell holds one name, the list goes on
   * in the next), a post after a leader's cell cut at 、; a prose cell still open (no sentence end, no name closing it) the
   * more the fuller its last line (a cut line fills the column). Never a figure, deadline or other short column.
   */
  function orderScore(d: Draft, fields: OrderField[], c: number, piece: string): number {
    const NO = -10;
    const cell = d.cells![c];
    const last = cell[cell.length - 1] ?? "";
    const f = fields[c];
    if (f === "lead" || f === "units" || f === "co") {
      // A PDF line never runs past its cell: a piece wider than the column's widest cell on a 序号 line by more than two
      // characters is another column's ("区属各单位" / "各单位、各街道办事处、安" is the account's rest, not more units).
      if (orderWidths[c] >= 3 && visualWidth(piece) > orderWidths[c] + 2) return NO;
      const lastName = last.split(/[、，,]/).pop() ?? "";
      // Completing a name cut at the cell's width beats making a whole name longer ("区国土分" / "局", not "区发改局局"),
      // also when the line goes on with the list ("肃北蒙古族自治县人民" / "政府、阿克塞哈萨克族").
      const [head, ...more] = piece.split(/[、，,]/);
      const listGoesOn = more.every((u, j) => unitLike(u, registry) || (j === more.length - 1 && (u === "" || unitFragment(u))));
      if (lastName && !unitLike(lastName, registry) && unitLike(lastName + head, registry) && listGoesOn) return 4.5;
      // A whole name made longer only by a body's ending ("县科技工业园区" / "管委会", "各分支" / "机构"), never by a prose
      // cell's rest ("各乡镇（街道）" / "齐缺项").
      // A name that already ends in a body's word ("区住建局") takes another body's ending after a name cut short ("各街道办事"
      // / "处"), never before it.
      if (lastName && unitLike(lastName + piece, registry) && (UNIT_END.test(piece) || /(?:机构|单位|部门)$/.test(piece)) && !/^[省市县区镇乡]/.test(piece) && !unitLike(piece, registry)) return UNIT_END.test(lastName) ? 4 : 4.2;
      if (unitLike(piece, registry)) return 3 + c / 100;
      if (/[、，,]$/.test(last) && unitFragment(piece)) return 2;
      return NO;
    }
    if (f === "leader") {
      if (/、$/.test(last) && (isLeaderPost(piece) || TITLE_CELL.test(piece) || isPersonName(piece))) return 4;
      // Joint leaders one a line ("张伟" / "李明").
      if (isPersonName(last) && isPersonName(piece)) return 2.5;
      return postCell(piece) ? 3 : NO;
    }
    // A date cut at the cell's width ("2020年10月" / "底前").
    if (f === "deadline") {
      if (/(?:\d{1,2}月|\d{4}年)$/.test(last) && /^(?:底|前|底前|\d{1,2}日(?:前)?|[上中下]旬(?:前)?)$/.test(piece)) return 4;
      // Cut after the month's end ("2018年12月底" / "前").
      return /\d(?:月|年)底$/.test(last) && /^(?:前|以前)$/.test(piece) ? 4 : NO;
    }
    if (f === "text" || f === "problems" || f === "measures" || f === "progress" || f === "period" || f === "next" || f === "subsection") {
      if (!last || endsCell(last) || NAME_CLOSED.test(last)) return NO;
      // A line ending on a word no phrase ends with ("…主体已完工，正在") is surely cut: it goes on before a full one that may end.
      return 1 + Math.min(1, visualWidth(last) / Math.max(1, orderWidths[c])) + (DANGLING_END.test(last) ? 0.5 : 0);
    }
    return NO;
  }

  /**
   * How a cell of a 序号 line fits an empty column by its look: the task first (any text that is no unit), units (a list of
   * names), a post or a person in the leader column, a date or a term in the deadline column, a figure, a sentence in the
   * account. 0 when it does not fit.
   */
  function firstCellFit(f: OrderField, cell: string, k: number): number {
    const names = cell.split(/[、，,]/);
    const units = names.every((u) => unitLike(u, registry));
    // A list of names whose last is cut at the cell's width ("东城街道办事处、县") still reads as the units' cell.
    const unitsCut = names.every((u, j) => unitLike(u, registry) || (j === names.length - 1 && (u === "" || unitFragment(u))));
    if (f === "lead" || f === "units" || f === "co") return unitsCut && !NAME_CLOSED.test(cell) ? 3 : 0;
    if (f === "leader") return leaderCell(cell) ? 3 : 0;
    if (f === "deadline") return DEADLINE_CELL.test(cell) ? 3 : 0;
    if (f === "text") return k === 0 && !units ? 2 : 0;
    if (f === "progress" || f === "period" || f === "problems" || f === "next" || f === "measures" || f === "subsection") return !units && !DEADLINE_CELL.test(cell) ? 1 : 0;
    return !units && !isPersonName(cell) ? 0.5 : 0;
  }

  /**
   * A 序号 line with one or two cells more than the header has columns, where a prose cell (the item, the measures, the
   * account) kept a space inside: its cells joined back so that every column gets one and the units and leader cells read
   * as theirs. Only when exactly one way of joining fits; else null (the shape reader takes the line).
   */
  function joinSpacedCells(fields: OrderField[], cells: string[]): string[] | null {
    const extra = cells.length - fields.length;
    if (extra > 2) return null;
    const prose = (f: OrderField) => f === "text" || f === "problems" || f === "measures" || f === "progress" || f === "period" || f === "next";
    const fits: string[][] = [];
    const walk = (c: number, i: number, out: string[]) => {
      if (c === fields.length) {
        // Each cell must look like its column's too ("立行立改" is a deadline, not a unit's name).
        if (i === cells.length && orderFits(fields, out) && out.every((cell, k) => firstCellFit(fields[k], cell, k) > 0)) fits.push(out);
        return;
      }
      const most = prose(fields[c]) ? 1 + extra : 1;
      for (let take = 1; take <= most && i + take <= cells.length; take++) {
        // A whole unit is no piece of a prose cell ("加快推进 县水利局 正在施工。": the unit is its column's, the line the shape reader's).
        if (take > 1 && cells.slice(i, i + take).some((piece) => unitLike(piece, registry))) break;
        walk(c + 1, i + take, [...out, cells.slice(i, i + take).join(" ")]);
      }
    };
    walk(0, 0, []);
    return fits.length === 1 ? fits[0] : null;
  }

  /** The columns of a 序号 line's cells when one or more cells are empty: the best fit in order, null if a cell fits none. */
  function emptyCellAssignment(fields: OrderField[], cells: string[]): number[] | null {
    let best: { score: number; cols: number[] } | null = null;
    const walk = (i: number, from: number, score: number, cols: number[]) => {
      if (i === cells.length) {
        if (!best || score > best.score) best = { score, cols: [...cols] };
        return;
      }
      for (let c = from; c <= fields.length - (cells.length - i); c++) {
        const fit = firstCellFit(fields[c], cells[i], i);
        if (fit > 0) walk(i + 1, c + 1, score + fit, [...cols, c]);
      }
    };
    walk(0, 0, 0, []);
    const found = best as { score: number; cols: number[] } | null;
    // The task and the units must be among the cells read.
    if (!found || found.cols[0] !== fields.indexOf("text") || !found.cols.some((c) => /^(?:lead|units|co)$/.test(fields[c]))) return null;
    return found.cols;
  }

  /** Each piece of a later line to a column, in the columns' order, the best fitting assignment (few pieces, few columns). */
  function orderAssignment(d: Draft, fields: OrderField[], pieces: string[]): number[] {
    let best: { score: number; cols: number[] } = { score: -Infinity, cols: [] };
    const walk = (i: number, from: number, score: number, cols: number[]) => {
      if (i === pieces.length) {
        if (score > best.score) best = { score, cols: [...cols] };
        return;
      }
      for (let c = from; c <= fields.length - (pieces.length - i); c++) walk(i + 1, c + 1, score + orderScore(d, fields, c, pieces[i]), [...cols, c]);
    };
    walk(0, 0, 0, []);
    return best.cols;
  }

  function placeWrappedByOrder(d: Draft, fields: OrderField[], text: string) {
    const pieces = text.trim().split(/\s+/);
    if (pieces.length > fields.length) {
      d.cells![fields.indexOf("text")].push(pieces.join(" "));
      return;
    }
    orderAssignment(d, fields, pieces).forEach((c, k) => {
      const cell = d.cells![c];
      const f = fields[c];
      const lastName = (cell[cell.length - 1] ?? "").split(/[、，,]/).pop() ?? "";
      const unitsColumn = f === "lead" || f === "units" || f === "co";
      // A unit's tail, or the next name after a 、 closing the line: the same line of the cell.
      if (unitsColumn && cell.length && (/[、，,]$/.test(cell[cell.length - 1]) || (lastName && !unitLike(lastName, registry) && unitLike(lastName + pieces[k], registry)) || orderScore(d, fields, c, pieces[k]) >= 4)) {
        cell[cell.length - 1] += pieces[k];
      } else cell.push(pieces[k]);
    });
  }

  function placeLine(text: string, leadingSpace: boolean, n: number, next: string) {
    const d = current as Draft | null;
    if (!d) return;
    d.to = n;
    if (d.cells && byOrder) {
      placeWrappedByOrder(d, byOrder, text);
      return ledger.mark(n, n, "task");
    }
    if (d.byColumn) {
      placeWrappedByColumn(d, columnSegments(text));
      return ledger.mark(n, n, "task");
    }
    // The leader column's post, side by side with the other cells ("副市长 市住房城乡建设"): that row's leader.
    const all = columnSegments(text);
    const nextCells = columnSegments(next).filter((s) => !leaderColumn || !postCell(s));
    const tail = nextCells[0] ?? "";
    let segments = (leaderColumn ? all.filter((s) => !postCell(s)) : all).flatMap((s) => splitAtRoleMark(s, tail, registry));
    if (segments.length < all.length) d.leader.push(...all.filter((s) => postCell(s)));
    // The leader column's person, named rather than posted, standing right before the units' cell on the 序号 line
    // ("…项目 张伟 县住建局 …"): that row's leader, never a unit or a line of the task.
    if (leaderBeforeUnits && d.sideBySide && d.from === n && segments.length >= 3) {
      const at = segments.findIndex((s, k) => k >= 1 && isPersonName(s) && k + 1 < segments.length && (unitLike(segments[k + 1], registry) || brokenUnitHead(segments[k + 1], tail, registry)));
      if (at >= 0) {
        d.leader.push(segments[at]);
        segments = segments.filter((_, k) => k !== at);
      }
    }
    if (!segments.length) return ledger.mark(n, n, "task");
    let unitAt = segments.findIndex((s) => unitLike(s, registry));
    // No whole unit among a row's cells side by side: a cell after the task's that is a unit's head broken at its width, or
    // the tail of the head the line before ended with ("县城市管理综合执" / "法局 理用地手续。").
    const lastUnit = d.units[d.units.length - 1] ?? "";
    if (unitAt < 0 && d.sideBySide && lastUnit && !unitLike(lastUnit, registry) && unitLike(lastUnit + segments[0], registry)) unitAt = 0;
    if (unitAt < 0 && d.sideBySide && segments.length > 1) unitAt = segments.findIndex((s, k) => k >= 1 && brokenUnitHead(s, tail, registry));
    let use: "task" | "progress" = "task";
    if (segments.length > 1 && unitAt >= 0) {
      // Columns in order: what precedes a unit is task text, what follows the units is progress.
      segments.slice(0, unitAt).forEach((s) => add(d, "text", s));
      let k = unitAt;
      while (k < segments.length && (unitLike(segments[k], registry) || (k === unitAt && d.sideBySide))) add(d, "units", segments[k++]);
      // The last name's head broken at the cell's width, its tail on the next line ("县公安局（主办）县住" / "建局（协办）").
      if (k < segments.length && d.sideBySide && brokenUnitHead(segments[k], tail, registry)) add(d, "units", segments[k++]);
      // The last unit run into the account, the space between the columns lost ("市财政局已答复，代表满意。").
      const runTogether = k < segments.length ? unitRunIntoAccount(segments[k], registry) : null;
      if (runTogether) {
        add(d, "units", runTogether.unit);
        segments[k] = runTogether.account;
      }
      d.state = "units";
      if (k < segments.length) {
        d.state = "progress";
        add(d, "progress", segments.slice(k).join(" "));
        use = "progress";
      }
    } else if (d.sideBySide && segments.length > 1 && !d.textClosed && d.units.length > 0 && d.progress.length > 0) {
      // A later line of a row whose cells stand side by side: the task column's next line first ("的建议 校门口护学岗已设"),
      // then the account's. A short line (less than half the column) or a sentence end is the task cell's last.
      add(d, "text", segments[0]);
      if (endsCell(segments[0]) || visualWidth(segments[0]) * 2 < textWidth()) d.textClosed = true;
      d.state = "progress";
      add(d, "progress", segments.slice(1).join(" "));
      use = "progress";
    } else if (segments.length > 1 && !d.textClosed && endsCell(segments[0]) && d.state !== "units") {
      add(d, "text", segments[0]);
      d.state = "progress";
      add(d, "progress", segments.slice(1).join(" "));
      use = "progress";
    } else {
      place(d, segments.join(" "), leadingSpace, next);
      use = d.last === "progress" ? "progress" : "task";
    }
    ledger.mark(n, n, use);
  }

  const registryForUnits = registry;
  let tasks: ImportedTask[] = drafts.map((d) => {
    if (d.cells && byOrder) return taskByOrder(d, byOrder, registryForUnits, period, orderNames);
    const co = coUnits.get(d);
    const assigned = assignUnits({ all: splitUnits(d.units.join("\n")), ...(co ? { co: splitUnits(co.join("\n")) } : {}) }, registryForUnits);
    const progressText = joinCellLines(d.progress);
    const written = joinCellLines(d.text);
    const own = OWN_LEADER.exec(written);
    const task: ImportedTask = importedTask({
      section: d.section,
      id: d.id,
      text: own ? written.slice(0, own.index).trim() : written,
      leader: own ? headingLeaders(own[1]) : d.leader.reduce((acc, p) => (!acc ? p : acc.endsWith("、") ? acc + p : `${acc}、${p}`), ""),
      leadUnits: assigned.leadUnits,
      coUnits: assigned.coUnits,
      lines: [d.from, d.to],
    });
    if (assigned.groups.length) task.groups = assigned.groups;
    if (afterUnits === "deadline") task.deadline = progressText;
    else if (afterUnits === "person") task.person = progressText;
    else if (progressText) task.progress = { period, text: progressText, completion: "", problems: "", nextSteps: "" };
    return task;
  });

  // A section with more tasks than it declares, followed by another section: the surplus belongs to a
  // section whose heading the extraction lost.
  const fixed = splitMissingSections(tasks, headings);
  tasks = fixed.tasks;
  notes.push(...fixed.notes);
  for (const d of drafts) {
    if (d.cells) {
      const task = tasks.find((t) => t.id === d.id && t.lines[0] === d.from);
      if (task && !task.leadUnits.length && !task.coUnits.length) notes.push({ code: "IMPORT_NO_UNITS", message: `第 ${d.id} 项未识别到责任单位，请核对。(task ${d.id}: no units found)` });
      if (task && !task.text) notes.push({ code: "IMPORT_NO_TEXT", message: `第 ${d.id} 项未识别到任务内容。(task ${d.id}: no text)` });
      continue;
    }
    if (d.units.length === 0) notes.push({ code: "IMPORT_NO_UNITS", message: `第 ${d.id} 项未识别到责任单位，请核对。(task ${d.id}: no units found)` });
    if (d.text.length === 0) notes.push({ code: "IMPORT_NO_TEXT", message: `第 ${d.id} 项未识别到任务内容。(task ${d.id}: no text)` });
  }
  if (boldNote) {
    notes.push({
      code: "IMPORT_BOLD_LOST",
      message: "原表以黑体标注牵头单位，纯文本中已无黑体，暂以每项第一个单位为牵头单位；导入 .docx/.xlsx 原件可保留黑体。(bold lead marks are lost in plain text; first unit taken as lead)",
    });
  }
  const sections = countSections(tasks, fixed.headings);
  const { unrecognized, skipped } = ledger.finish();
  return {
    kind: "pdf-table",
    kindReason: reason,
    tasks,
    sections,
    units: [],
    ...withAliases(bracketAliases(registry, tasks)),
    unrecognized,
    skipped,
    notes: [...notes, ...sectionCountNotes(sections)],
  };
}

/**
 * A row read in the header's order: its task, leader, units and account from their columns. A 牵头/主办 column leads and
 * every other units column helps; with none, the units columns in order are one list whose first unit leads.
 */
/** A period column's name without what it holds ("二季度进展" → 二季度, "1-6月完成情况" → 1-6月). */
function periodOfColumn(name: string): string {
  return name.replace(/(?:工作)?(?:进展|推进|完成|落实|执行)?(?:情况)?$/, "") || name;
}

function taskByOrder(d: Draft, fields: OrderField[], registry: UnitRegistry, period: string, periodNames: readonly string[] = []): ImportedTask {
  const of = (f: OrderField) => fields.flatMap((g, k) => (g === f ? [d.cells![k]] : []));
  const prose = (f: OrderField) => of(f).map((cell) => joinCellLines(cell)).filter(Boolean).join("；");
  // A unit with its role mark run on with the next name ("县公安局（主办）县住建局（协办）"): two names.
  const units = (f: OrderField) => of(f).flatMap((cell) => splitUnits(cell.join("\n").replace(/([（(](?:牵头|主办|主责|协办|会办|配合)[）)])(?=[^\s、，,）)])/g, "$1\n")));
  const lead = units("lead");
  const assigned = assignUnits(lead.length ? { lead, co: [...units("units"), ...units("co")] } : { all: units("units"), co: units("co") }, registry);
  const leader = of("leader").flat().reduce((acc, p) => (!acc ? p : acc.endsWith("、") ? acc + p : `${acc}、${p}`), "");
  const task = importedTask({ section: d.section, id: d.id, text: prose("text"), leader, leadUnits: assigned.leadUnits, coUnits: assigned.coUnits, lines: [d.from, d.to] });
  const subsection = prose("subsection");
  if (subsection) task.subsection = subsection;
  if (assigned.groups.length) task.groups = assigned.groups;
  const deadline = prose("deadline");
  if (deadline) task.deadline = deadline;
  const person = prose("person");
  if (person) task.person = person;
  const periodCells = fields.flatMap((g, k) => (g === "period" ? [{ name: periodNames[k] ?? "", text: joinCellLines(d.cells![k]) }] : []));
  const latest = [...periodCells].reverse().find((c) => c.text);
  const besides = fields.flatMap((g, k) => {
    const cell = joinCellLines(d.cells![k]);
    if (!cell) return [];
    if (g === "rate") return [`完成率 ${rateWithUnit(periodNames[k] ?? "", cell)}`];
    return g === "status" ? [`状态：${yesNoAnswer(periodNames[k] ?? "", cell)}`] : [];
  });
  const account = latest ? [latest.text, prose("progress")].filter(Boolean).join("；") : prose("progress");
  const progress = account ? [account, ...besides].join("；") : "";
  const problems = prose("problems");
  const nextSteps = prose("next");
  if (progress || problems || nextSteps) task.progress = { period: latest ? periodOfColumn(latest.name) : period, text: progress, completion: "", problems, nextSteps };
  return task;
}

function splitMissingSections(
  tasks: ImportedTask[],
  headings: SectionHeading[],
): { tasks: ImportedTask[]; headings: SectionHeading[]; notes: ImportResult["notes"] } {
  const notes: ImportResult["notes"] = [];
  const out: SectionHeading[] = [];
  headings.forEach((h, k) => {
    out.push(h);
    const inSection = tasks.filter((t) => t.section === h.name);
    const next = headings[k + 1];
    if (h.declaredCount === null || !next || inSection.length <= h.declaredCount) return;
    const surplus = inSection.slice(h.declaredCount);
    const num = headingNumber(h.name);
    const name = num !== null ? `（${chineseNumeral(num + 1)}）（标题缺失）` : `（标题缺失，位于「${h.name}」之后）`;
    for (const t of surplus) t.section = name;
    out.push({ name, declaredCount: null });
    notes.push({
      code: "IMPORT_SECTION_MISSING",
      message:
        `「${h.name}」声明共 ${h.declaredCount} 项，其后到「${next.name}」之前识别到 ${inSection.length} 项；` +
        `第 ${surplus[0].id}–${surplus[surplus.length - 1].id} 项（${surplus.length} 项）之前可能缺少一个部分标题，已暂归入「${name}」，请核对原件。` +
        `(section heading missing before task ${surplus[0].id})`,
    });
  });
  return { tasks, headings: out, notes };
}
