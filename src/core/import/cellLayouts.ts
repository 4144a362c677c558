import { createUnitRegistry, UnitRegistry } from "../units/registry";
import { unitLike } from "./importPdfTable";
import { readUnitsPhrase } from "./assignmentPhrase";
import { endsCell, PAGE_MARK } from "./columnText";
import { ColumnField, foldHeader, matchHeaderRow } from "./tableColumns";
import { TextRow } from "./textToRows";

/**
 * Tables that reach us without tabs, as web pages and converters render them:
 * - one row a line with cells separated by "|" ("类别 | 民生事项名称 | … |");
 * - one cell a line, each ending in "|" (a web table copied cell by cell);
 * - one cell a paragraph (a web or Word table copied as text), cells separated by blank lines, a cell
 *   with several units written as several paragraphs.
 * Each gives TextRows for the table importer (one cell per column, line numbers kept), or null when the
 * lines hold no such table.
 */
export function cellLayoutRows(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  return boxRows(lines) ?? alignedRows(lines) ?? pipeRows(lines) ?? pipeCells(lines) ?? paragraphCells(lines) ?? figureParagraphCells(lines) ?? interleavedCells(lines);
}

/** A cell of a schedule column: a date, a half-day, a time span ("3月14日", "上午", "8:30-11:30"). */
const SCHEDULE_CELL = /^(?:\d{1,2}月\d{1,2}日(?:[-—～~至]\d{1,2}日)?|[上下]午|全天|晚上|\d{1,2}[:：]\d{2}\s*[-—～~至]\s*\d{1,2}[:：]\d{2})$/;
/** A group's label ("第一组", "第2组"): a row of its own, no unit. */
const GROUP_CELL = /^第[一二三四五六七八九十\d]{1,3}(?:组|小组|督查组|检查组)$/;
/** A person's cell: two to four characters, spaced out or not, with a role after it or not ("王 波（组 长）", "文 薇", "白繁星"). */
const PERSON_CELL = /^[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,3}(?:\s*[（(][^（）()]{1,8}[）)])?$/;

/**
 * A table pasted one cell a line whose merged cells (a group, a half-day, the inspectors, a unit over several projects) leave
 * rows of different lengths (round ae, a supervision itinerary: 时 间 / 督查人员 / 督查项目 / 项目责任单位): a header run of short
 * names that claims an item column and a unit column, then the body read by what each line is. An item line followed by a
 * unit is that item's row; an item line followed by anything else shares the unit of the item above (a cell merged over it).
 * Dates, half-days, times, group labels and people are the other columns' cells: they belong to the row they stand in, not
 * to an item's text or unit. Three items and two units written out at least, and cells of other columns between them;
 * otherwise it is no such table.
 */
function interleavedCells(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const paras = lines.map((l, i) => ({ text: l.trim(), n: i + 1 })).filter((p) => p.text && !p.text.includes("\t") && !p.text.includes("|"));
  const registry = createUnitRegistry([]);
  const other = (t: string) => SCHEDULE_CELL.test(t) || GROUP_CELL.test(t) || (PERSON_CELL.test(t) && !unitLike(t, registry));
  const unitCell = (t: string) => !other(t) && unitLike(t, registry) && t.length <= 20;
  for (let s = 0; s + 4 < paras.length; s++) {
    for (let w = 3; w <= 6 && s + w < paras.length; w++) {
      const header = paras.slice(s, s + w);
      if (header.some((h) => h.text.replace(/\s+/g, "").length > 8 || /[。；;，,：:、]/.test(h.text))) break;
      const columns = matchHeaderRow(header.map((h) => h.text));
      if (!columns || columns.text === undefined || columns.units === undefined) continue;
      const body = paras.slice(s + w);
      const rows: TextRow[] = [];
      let start = body[0].n;
      let lastUnit = "";
      let written = 0;
      let others = 0;
      let k = 0;
      let seen = 0;
      for (; k < body.length; k++) {
        const t = body[k].text;
        if (other(t)) {
          others++;
          seen = body[k].n;
          continue;
        }
        const next = body[k + 1];
        // A name that reads as a unit's ("县职教中心新校区") is an item when a unit follows it.
        if ((unitCell(t) && !(next && unitCell(next.text))) || t.length < 4 || /[。；;]$/.test(t)) break;
        const own = next && unitCell(next.text) ? next.text : "";
        if (own) written++;
        const unit = own || lastUnit;
        if (!unit) break;
        lastUnit = unit;
        const cells = header.map(() => "");
        cells[columns.text] = t;
        cells[columns.units] = unit;
        const end = own ? next.n : body[k].n;
        rows.push({ cells, from: start, to: end });
        if (own) k++;
        start = end + 1;
        seen = end;
      }
      if (rows.length < 3 || written < 2 || others < 2) continue;
      // Cells of the other columns after the last item (the next inspectors) close its row.
      rows[rows.length - 1].to = Math.max(rows[rows.length - 1].to, seen);
      const after = body.slice(k);
      const loose = (p: { text: string; n: number }): TextRow => ({ cells: [p.text], from: p.n, to: p.n, loose: true });
      return {
        rows: [...paras.slice(0, s).map(loose), { cells: header.map((h) => h.text), from: header[0].n, to: header[w - 1].n }, ...rows, ...after.map(loose)],
        shape: "每行一个单元格、合并单元格交错的表格（按内容读出事项和责任单位）",
      };
    }
  }
  return null;
}

/** A figure cell of an indicator table: "15", "100%", "3.5亿元", "12公里", or a dash for none. */
const FIGURE = /^(?:[-+]?\d[\d,.]*\s*(?:%|％|[\u4e00-\u9fa5]{1,4})?|[—–\-/／])$/;

/**
 * A small indicator table copied one cell a paragraph with no 序号 ("指标名称 / 全年任务目标(个) / 实际完成(个) / 完成进度",
 * import-units2): a header run of short names, the first the name column, one of them a progress, result or rate
 * column; then rows of one name and as many figures as the header has columns after it. The first run of paragraphs
 * that is not a name and its figures ends the table; paragraphs around it stay prose.
 */
function figureParagraphCells(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const paras = lines.map((l, i) => ({ text: l.trim(), n: i + 1 })).filter((p) => p.text && !p.text.includes("\t") && !p.text.includes("|"));
  if (paras.length < 6 || paras.some((p) => foldHeader(p.text) === "序号")) return null;
  for (let s = 0; s < paras.length; s++) {
    for (let w = 3; w <= 8 && s + 2 * w <= paras.length; w++) {
      const header = paras.slice(s, s + w);
      if (header.some((h) => h.text.length > 14 || FIGURE.test(h.text) || /[。；;，,：:]/.test(h.text))) break;
      const columns = matchHeaderRow(header.map((h) => h.text));
      if (!columns || columns.text !== 0 || (columns.rate === undefined && columns.progress === undefined && columns.completion === undefined)) continue;
      const body: { text: string; n: number }[][] = [];
      let k = s + w;
      for (; k + w <= paras.length; k += w) {
        const cells = paras.slice(k, k + w);
        const name = cells[0].text;
        if (FIGURE.test(name) || name.length > 60 || /[。；;]$/.test(name) || !cells.slice(1).every((c) => FIGURE.test(c.text))) break;
        body.push(cells);
      }
      if (!body.length) continue;
      const loose = (p: { text: string; n: number }): TextRow => ({ cells: [p.text], from: p.n, to: p.n, loose: true });
      return {
        rows: [
          ...paras.slice(0, s).map(loose),
          { cells: header.map((h) => h.text), from: header[0].n, to: header[w - 1].n },
          ...body.map((cells) => ({ cells: cells.map((c) => c.text), from: cells[0].n, to: cells[w - 1].n })),
          ...paras.slice(k).map(loose),
        ],
        shape: "每段一个单元格的指标表（无序号）",
      };
    }
  }
  return null;
}

/** Characters of a line with the display column each starts at. */
function columnsOf(line: string): { ch: string; at: number }[] {
  const out: { ch: string; at: number }[] = [];
  let at = 0;
  for (const ch of line) {
    out.push({ ch, at });
    at += displayWidth(ch);
  }
  return out;
}

/**
 * A table whose columns are aligned with spaces (PDF text kept in its layout, a fixed-width export): the header
 * line names three or more columns apart by two spaces or more; the column borders are the runs of blank
 * display columns shared by the lines under it between two header names. A line with a 序号 starts a row,
 * the lines after it continue its cells.
 */
function alignedRows(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const headerAt = lines.findIndex((l) => {
    const names = l.trim().split(/\s{2,}/);
    if (names.length < 3) return false;
    const columns = matchHeaderRow(names);
    if (!columns) return false;
    // Without a 序号 column the header must name the task and who does it, the task first.
    return /^(序号|编号|序)$/.test(names[0]) || (/^\s/.test(l) && (columns.text ?? columns.name) === 0 && [columns.units, columns.leadUnits].some((c) => c !== undefined));
  });
  if (headerAt < 0) return null;
  const withSerial = /^(序号|编号|序)$/.test(lines[headerAt].trim().split(/\s{2,}/)[0]);
  const header = columnsOf(lines[headerAt]);
  // Header names and where each starts.
  const starts: number[] = [];
  header.forEach((c, k) => {
    if (c.ch.trim() && (k === 0 || !header[k - 1].ch.trim()) && (k < 2 || !header[k - 1].ch.trim() && !header[k - 2].ch.trim())) starts.push(c.at);
  });
  if (starts.length < 3) return null;
  const body = lines.slice(headerAt + 1).map(columnsOf);
  const filledAt = (at: number) => body.some((l) => l.some((c) => c.at === at && c.ch.trim()) || l.some((c) => c.at === at - 1 && displayWidth(c.ch) === 2 && c.ch.trim()));
  // A border per pair of names: the last blank column before the next name's start, else the name's start.
  const borders = starts.slice(1).map((start, k) => {
    for (let at = start; at > starts[k]; at--) if (!filledAt(at - 1) && !filledAt(at)) return at;
    return start;
  });
  const cellsOf = (l: { ch: string; at: number }[]) => {
    const cells = starts.map(() => "");
    for (const c of l) {
      const col = borders.filter((b) => c.at >= b).length;
      cells[col] += c.ch;
    }
    return cells.map((t) => t.trim());
  };
  // Rows: at least two lines whose first column is a 序号 with text beside it.
  const serialRows = body.filter((l) => {
    const cells = cellsOf(l);
    return SERIAL.test(cells[0]) && cells.slice(1).some((t) => t);
  }).length;
  if (withSerial && serialRows < 2) return null;
  // Without 序号, a task cell ends at a sentence end or on a line shorter than the column's wrapping width
  // (the widest line of the column); a line ending in a comma goes on.
  const firstEnd = (l: { ch: string; at: number }[]) => {
    const inFirst = l.filter((c) => c.ch.trim() && c.at < borders[0]);
    const last = inFirst[inFirst.length - 1];
    return last ? last.at + displayWidth(last.ch) : -1;
  };
  const wrapWidth = Math.max(...body.filter((l) => !HEADING_LINE.test(l.map((c) => c.ch).join("").trim())).map(firstEnd));
  let lastFirst = { text: "", end: -1 };
  // A unit beside the text where the open row already has one: a new row (a second unit under the first
  // stands on a line with the task column empty, or goes on a task cell that ended in a comma).
  const headerColumns = matchHeaderRow(lines[headerAt].trim().split(/\s{2,}/)) ?? {};
  const unitColumns = [headerColumns.units, headerColumns.leadUnits].filter((c): c is number => c !== undefined);
  const cellEnded = (cells: string[], row: TextRow) =>
    !/[，、,：:]$/.test(lastFirst.text) &&
    (/[。；;！!]$/.test(lastFirst.text) || lastFirst.end < wrapWidth - 3 || unitColumns.some((c) => cells[c] && row.cells[c]));
  const rows: TextRow[] = [];
  lines.slice(0, headerAt).forEach((l, i) => {
    if (l.trim()) rows.push({ cells: [l.trim()], from: i + 1, to: i + 1, loose: true });
  });
  const headerNames = lines[headerAt].trim().split(/\s{2,}/);
  rows.push({ cells: headerNames, from: headerAt + 1, to: headerAt + 1 });
  let open: TextRow | null = null;
  // After a page break (a page number, the header again) the rest of the row the break cut comes without 序号.
  let afterBreak = false;
  body.forEach((l, k) => {
    const n = headerAt + 2 + k;
    const text = lines[n - 1];
    if (!text.trim()) return;
    if (text.trim().split(/\s{2,}/).join("|") === headerNames.join("|")) {
      rows.push({ cells: headerNames, from: n, to: n });
      open = null;
      afterBreak = true;
      return;
    }
    if (/^[\s—－\-]*\d{1,3}[\s—－\-]*$/.test(text) && !SERIAL.test(cellsOf(l)[0])) {
      rows.push({ cells: [text.trim()], from: n, to: n, loose: true });
      return;
    }
    const cells = cellsOf(l);
    const filled = cells.filter((t) => t).length;
    if (!withSerial && HEADING_LINE.test(text.trim())) {
      open = null;
      rows.push({ cells: [text.trim()], from: n, to: n, loose: true });
      return;
    }
    const startsRow = withSerial ? SERIAL.test(cells[0]) : Boolean(cells[0]) && (!open || cellEnded(cells, open)) && !(afterBreak && !open);
    if (cells[0]) lastFirst = { text: cells[0], end: firstEnd(l) };
    if (startsRow || (afterBreak && !open && filled >= 1)) {
      open = { cells, from: n, to: n };
      rows.push(open);
      afterBreak = false;
      return;
    }
    // A continuation line leaves the 序号 column empty; a line that starts there is a heading or a remark.
    if (open && (!cells[0] || !withSerial)) {
      const row: TextRow = open;
      row.cells = row.cells.map((t, c) => (cells[c] ? (t ? `${t}\n${cells[c]}` : cells[c]) : t));
      row.to = n;
      return;
    }
    // A line of one cell outside any row: a heading ("一、…（共2项）") or text around the table.
    open = null;
    rows.push({ cells: [text.trim()], from: n, to: n, loose: true });
  });
  return { rows, shape: "以空格对齐各列的表格" };
}

/** A heading line between the rows of a table: "一、…", "（二）…". */
const HEADING_LINE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/** A border line of a table drawn with box characters: "┌──┬──┐", "├──┼──┤", "+----+----+". */
const BORDER = /^\s*[┌├└╔╠╚┏┣┗+][─━═\-┬┼┴╦╬╩┳╋┻+┐┤┘╗╣╝┓┫┛╤╪╧╟╢│┃║┌├└╔╠╚┏┣┗\s]*$/;
const BAR = /[│┃║|]/;

/** Display width: CJK and full-width characters take two columns, others one. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * A table drawn with box characters (PDF or Word text export): rows between border lines, a cell wrapped over
 * several lines of its row. A line of a cell that fills the cell's width was wrapped there and joins the next
 * without a break ("县文旅广电" / "局"); a shorter line ends where the writer broke it (one unit a line). A
 * row of fewer cells than the header (a merged heading row "一、文化旅游（共2项）") is a one-cell row.
 */
function boxRows(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const borders = lines.filter((l) => BORDER.test(l) && /[─━═\-]/.test(l)).length;
  if (borders < 3) return null;
  const rows: TextRow[] = [];
  let block: { segments: string[][]; from: number; to: number } | null = null;
  // The border above the block: where it draws no rule over a cell, the cell is merged with the one above.
  let border = "";
  const chain: { row: TextRow; merged: boolean[] }[] = [];
  const flush = () => {
    const b = block;
    block = null;
    if (!b) return;
    const width = Math.max(...b.segments.map((s) => s.length));
    const merged = mergedBelow(border, b.segments[0]);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      let cell = "";
      let full = false;
      for (const seg of b.segments) {
        const raw = seg[c] ?? "";
        const text = raw.trim();
        if (!text) continue;
        cell += cell && !full ? "\n" + text : text;
        full = displayWidth(text) >= displayWidth(raw.replace(/^ /, "")) - 1;
      }
      cells.push(cell);
    }
    // A merged cell holds its value in every row it spans, as a spreadsheet gives it, wherever in the merged
    // area the writer put it (Word centres it vertically: the name may stand in a lower row).
    const above = chain.length && chain[chain.length - 1].row.cells.length === width && width > 1 ? chain : [];
    for (let c = 0; above.length && c < width; c++) {
      if (!merged[c]) continue;
      if (!cells[c]) cells[c] = above[above.length - 1].row.cells[c];
      else {
        for (let k = above.length - 1; k >= 0 && !above[k].row.cells[c]; k--) {
          above[k].row.cells[c] = cells[c];
          if (!above[k].merged[c]) break;
        }
      }
    }
    if (cells.filter((c) => c).length === 0) return;
    const row = width === 1 ? { cells: [cells[0]], from: b.from, to: b.to } : { cells, from: b.from, to: b.to };
    rows.push(row);
    if (width === 1) chain.length = 0;
    else chain.push({ row, merged });
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    if (BORDER.test(line) && /[─━═\-]/.test(line)) {
      flush();
      border = line.trim();
      rows.push({ cells: [line.trim()], from: n, to: n, loose: true });
      return;
    }
    const t = line.trim();
    if (BAR.test(t[0] ?? "") && BAR.test(t[t.length - 1] ?? "")) {
      const segments = t.slice(1, -1).split(BAR);
      if (block && block.segments[0].length !== segments.length) flush();
      if (!block) block = { segments: [], from: n, to: n };
      block.segments.push(segments);
      block.to = n;
      return;
    }
    flush();
    if (t) rows.push({ cells: [t], from: n, to: n, loose: true });
  });
  flush();
  const header = rows.findIndex((r) => !r.loose && matchHeaderRow(r.cells));
  return header < 0 ? null : { rows, shape: "以框线绘制的表格" };
}

/**
 * Per cell of a row drawn under `border`: true where the border draws no rule over the cell (only spaces), so
 * the cell goes on from the row above (a merged cell). Box characters take one display column each.
 */
function mergedBelow(border: string, segments: string[]): boolean[] {
  const out: boolean[] = [];
  let at = 1;
  for (const seg of segments) {
    const w = displayWidth(seg);
    const over = border.slice(at, at + w);
    out.push(over.length === w && w > 0 && /^ +$/.test(over));
    at += w + 1;
  }
  return out;
}

const SERIAL = /^\d{1,3}$/;

/** "a | b | c |" rows, one a line (at least three cells). */
function pipeRows(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const rows: TextRow[] = [];
  let header = -1;
  lines.forEach((line, i) => {
    const bars = (line.match(/\|/g) ?? []).length;
    if (/^[\s|:：-]+$/.test(line) && bars > 0) {
      if (line.trim()) rows.push({ cells: [line.trim()], from: i + 1, to: i + 1, loose: true });
    } else if (bars >= 3) {
      // "| a | b |" (markdown) and "a | b |" give the same cells: a bar opening the line opens no cell.
      const cells = line.trim().replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
      rows.push({ cells, from: i + 1, to: i + 1 });
      if (header < 0 && matchHeaderRow(cells)) header = rows.length - 1;
    } else if (line.trim()) rows.push({ cells: [line.trim()], from: i + 1, to: i + 1, loose: true });
  });
  if (header < 0) return null;
  const width = rows[header].cells.length;
  const columns = matchHeaderRow(rows[header].cells)!;
  // Rows written "a | b |" (the header opens with no bar): a row that opens with a bar has its first cell empty
  // (a blank 序号 under which the task goes on), not a markdown opener.
  const opens = (r: TextRow) => /^\s*\|/.test(lines[r.from - 1]);
  if (!opens(rows[header])) {
    for (const r of rows.slice(header + 1)) if (!r.loose && opens(r) && r.cells.length < width) r.cells.unshift("");
  }
  // A merged first cell (类别) is left out of the rows under it: their cells shift left. A row whose first
  // cell reads like the next column's (a numbered name "15.推进…") gets its empty first cell back.
  if (columns.section === 0) {
    for (const r of rows.slice(header + 1)) {
      if (!r.loose && /^\d{1,3}[.、．]\D/.test(r.cells[0]) && r.cells.length <= width) r.cells.unshift("");
    }
  }
  spreadSpanningColumn(rows, header);
  return { rows, shape: "以“|”分隔单元格的表格行" };
}

/** Columns that assign a row (who leads, who does it, by when): a header's trailing run of them is the row's last cells. */
const ASSIGNING: ColumnField[] = ["leader", "units", "leadUnits", "coUnits", "person", "deadline"];

/**
 * A table whose rows are wider than its header (round ad): one header cell spans several data cells ("分解情况" over an
 * indicator, its figure and the places' shares). The header's trailing assignment columns (责任领导 | 责任单位 | 责任人) take
 * the row's last cells and the columns before the spanning one its first; the spanning cells are named by what they hold:
 * the first is the item (指标), a figure its target value (目标值), the rest the target's breakdown under the spanning
 * column's name. A row holding only the spanning cells, under a full row, is a row of cells merged over it: the columns
 * before are left empty (a merged category goes on) and the assignment is the row's above. The task column the header had
 * before the spanning one (项目, a 工程 merged over its indicators) names their category. Rows as wide as the header, and
 * tables without a trailing assignment run, stay as written.
 */
export function spreadSpanningColumn(rows: TextRow[], header: number): void {
  const head = rows[header].cells;
  const width = head.length;
  const columns = matchHeaderRow(head);
  if (!columns) return;
  // The rows this header reads: up to a header further down, which reads its own.
  const next = rows.findIndex((r, k) => k > header && !r.loose && matchHeaderRow(r.cells));
  const block = rows.slice(header + 1, next < 0 ? rows.length : next);
  const data = block.filter((r) => !r.loose);
  const wide = data.filter((r) => r.cells.length > width);
  // Wide rows all of one width, their last cell filled (a row ending in empty cells is padded, not wider).
  if (!wide.length || wide.some((r) => r.cells.length !== wide[0].cells.length || !r.cells[r.cells.length - 1].trim())) return;
  const fieldAt = (c: number) => (Object.entries(columns) as [ColumnField, number][]).find(([, at]) => at === c)?.[0];
  let trailing = width;
  // A blank header cell inside the run (a units column whose name was left out) is one of them.
  while (trailing > 0 && (ASSIGNING.includes(fieldAt(trailing - 1) as ColumnField) || (!head[trailing - 1].trim() && trailing < width))) trailing--;
  const spanning = trailing - 1;
  if (trailing === width || spanning < 0) return;
  const span = wide[0].cells.length - width + 1;
  const first = wide[0].cells.slice(spanning, spanning + span);
  // The item opens the span as a name; a figure is its target value.
  if (!first[0] || FIGURE.test(first[0]) || first[0].length > 30) return;
  const figureAt = first.findIndex((c, k) => k > 0 && FIGURE.test(c));
  const taskHeader = fieldAt(spanning) === "text" || fieldAt(spanning) === "name";
  const names = [taskHeader ? head[spanning] : "指标", ...(figureAt > 0 ? ["目标值"] : []), ...(first.length > (figureAt > 0 ? 2 : 1) ? [taskHeader ? "备注" : head[spanning]] : [])];
  const spread = (cells: string[]): string[] => {
    const item = cells[0] ?? "";
    const figure = figureAt > 0 ? cells[figureAt] ?? "" : "";
    const rest = cells.filter((_, k) => k > 0 && k !== figureAt).join(" ");
    return [item, ...(figureAt > 0 ? [figure] : []), ...(names.length > (figureAt > 0 ? 2 : 1) ? [rest] : [])];
  };
  const category = taskHeader ? -1 : head.findIndex((h, c) => c < spanning && (fieldAt(c) === "text" || fieldAt(c) === "name" || /^(?:项目|工程|项目名称|工程名称)$/.test(foldHeader(h))));
  rows[header].cells = [...head.slice(0, spanning).map((h, c) => (c === category ? "类别" : h)), ...names, ...head.slice(trailing)];
  let above: string[] | null = null;
  for (const r of block) {
    if (r.loose) continue;
    if (r.cells.length === wide[0].cells.length) {
      const assignment = r.cells.slice(spanning + span);
      r.cells = [...r.cells.slice(0, spanning), ...spread(r.cells.slice(spanning, spanning + span)), ...assignment];
      above = assignment;
    } else if (above && r.cells.length === span && span < width) {
      r.cells = [...Array<string>(spanning).fill(""), ...spread(r.cells), ...above];
    } else above = null;
  }
}

/** One cell a line, each ending in "|": rows start at a 序号 cell; the header gives the width. */
function pipeCells(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const cellLines = lines.map((l, i) => ({ text: l, n: i + 1 })).filter((l) => /\|\s*$/.test(l.text) && ((l.text.match(/\|/g) ?? []).length === 1 || EMPTY_CELLS.test(l.text)));
  if (cellLines.length < 6) return null;
  // A line of pipes alone is as many empty cells ("||": two, round q), as a lone "|" is one.
  const cells = cellLines.flatMap((l) =>
    EMPTY_CELLS.test(l.text) ? (l.text.match(/\|/g) ?? []).map(() => ({ text: "", n: l.n })) : [{ text: l.text.replace(/\|\s*$/, "").trim(), n: l.n }],
  );
  // The header: the cells before the first 序号 cell that match header names.
  const firstSerial = cells.findIndex((c, k) => k > 0 && SERIAL.test(c.text));
  if (firstSerial < 2) return null;
  // The header starts at its 序号 cell (a title line may come before it, ending in "|" too).
  let start = cells.findIndex((c, k) => k < firstSerial && /^(序号|编号|序)$/.test(foldHeader(c.text)));
  if (start < 0) start = 0;
  while (start < firstSerial && !matchHeaderRow(cells.slice(start, firstSerial).map((c) => c.text))) start++;
  if (start >= firstSerial) return null;
  const headerCells = cells.slice(start, firstSerial);
  const width = headerCells.length;
  const rows: TextRow[] = [];
  const used = new Set(cells.map((c) => c.n));
  lines.forEach((line, i) => {
    if (!used.has(i + 1) && line.trim()) rows.push({ cells: [line.trim()], from: i + 1, to: i + 1, loose: true });
  });
  for (const c of cells.slice(0, start)) rows.push({ cells: [c.text], from: c.n, to: c.n, loose: true });
  rows.push({ cells: headerCells.map((c) => c.text), from: headerCells[0].n, to: headerCells[width - 1].n });
  // Blocks from one 序号 cell to the next.
  let k = firstSerial;
  while (k < cells.length) {
    let end = k + 1;
    while (end < cells.length && !(SERIAL.test(cells[end].text) && end - k >= width - 1)) end++;
    const block = cells.slice(k, end);
    rows.push(...blockRows(block, width));
    k = end;
  }
  rows.sort((a, b) => a.from - b.from);
  putBackLeftOutCell(rows, headerCells.map((c) => c.text));
  return { rows, shape: "每行一个单元格、以“|”结尾的表格" };
}

/** A line of two or more pipes and nothing else: empty cells, one a pipe. */
const EMPTY_CELLS = /^\s*\|(?:\s*\|)+\s*$/;
/** A person's name as a leader cell gives it (two to four characters, no unit word). */
const PERSON = /^[\u4e00-\u9fa5]{2,4}$/;
const UNIT_END = /(局|委|办|室|中心|政府|街道|镇|乡|公司|集团|管委会|部|院|处|所|站|队)$/;

/**
 * A row that left out a cell the header names and no field claims ("全年目标任务" beside 主要任务, round q): written one cell
 * early from there on, so a person's name stands under the column before the leader's, a unit (…局, …街道) under the leader's, and
 * the row ends in an empty cell. The empty cell is put back where it was left out. Rows whose leader column holds a
 * name, or that end in a filled cell, are left as written.
 */
function putBackLeftOutCell(rows: TextRow[], header: string[]): void {
  const columns = matchHeaderRow(header);
  const leader = columns?.leader;
  if (!columns || leader === undefined || leader < 2) return;
  if (Object.values(columns).includes(leader - 1)) return;
  for (const row of rows) {
    if (row.loose || row.cells.length !== header.length || row.cells[row.cells.length - 1] !== "") continue;
    const before = row.cells[leader - 1];
    const at = row.cells[leader];
    if (PERSON.test(before) && !UNIT_END.test(before) && UNIT_END.test(at)) {
      row.cells = [...row.cells.slice(0, leader - 1), "", ...row.cells.slice(leader - 1, -1)];
    }
  }
}

/**
 * One 序号's cells. A merged 序号 and name over several rows comes out as: 序号, name, then each row's
 * remaining cells (width − 1 of them, the first being the row's own item): the first row gets
 * "name：item", the others an empty 序号 and their item.
 */
function blockRows(block: { text: string; n: number }[], width: number): TextRow[] {
  const row = (cells: { text: string; n: number }[]): TextRow => ({ cells: cells.map((c) => c.text), from: cells[0].n, to: cells[cells.length - 1].n });
  if (block.length <= width) return [row(block)];
  const rest = block.length - 2;
  if (rest % (width - 1) === 0 && rest / (width - 1) >= 2) {
    const out: TextRow[] = [];
    for (let r = 0; r < rest / (width - 1); r++) {
      const part = block.slice(2 + r * (width - 1), 2 + (r + 1) * (width - 1));
      if (r === 0) {
        const first = row([block[0], block[1], ...part]);
        first.cells = [block[0].text, `${block[1].text}：${part[0].text}`, ...part.slice(1).map((c) => c.text)];
        out.push(first);
      } else {
        const next = row(part);
        next.cells = ["", ...part.map((c) => c.text)];
        out.push(next);
      }
    }
    return out;
  }
  const out: TextRow[] = [];
  for (let s = 0; s < block.length; s += width) out.push(row(block.slice(s, s + width)));
  return out;
}

const DEADLINE = /^(\d{4}年)?(\d{1,2}月|[一二三四上下]季度|上半年|下半年|全年|年底|年内|长期|持续|\d{4}年底)[^。；]{0,8}$/;
const NAME = /^[\u4e00-\u9fa5]{2,4}$/;

type Kind = "id" | "units" | "leader" | "deadline" | "text" | "report";
function kindOf(field: string | undefined): Kind {
  if (field === "id") return "id";
  if (field === "progress" || field === "completion") return "report";
  if (field === "units" || field === "leadUnits" || field === "coUnits") return "units";
  if (field === "leader" || field === "person") return "leader";
  if (field === "deadline") return "deadline";
  return "text";
}

/**
 * One cell a paragraph: a run of short paragraphs that matches a header (header names broken over two
 * paragraphs, "责任" / "领导", are joined), then rows from one 序号 paragraph to the next, paragraphs
 * given to the columns in order: several unit-shaped paragraphs fill a units column; paragraphs left
 * after the last column start a row of their own under the same 序号 (a merged 序号 cell).
 */
function paragraphCells(lines: readonly string[]): { rows: TextRow[]; shape: string } | null {
  const paras = lines.map((l, i) => ({ text: l.trim(), n: i + 1 })).filter((p) => p.text && !p.text.includes("\t") && !p.text.includes("|"));
  if (paras.length < 6) return null;
  // Find a header run: consecutive short paragraphs followed by a 序号 paragraph.
  for (let s = 0; s < paras.length; s++) {
    if (foldHeader(paras[s].text) !== "序号") continue;
    let e = s + 1;
    while (e < paras.length && paras[e].text.length <= 14 && !SERIAL.test(paras[e].text)) e++;
    // A part heading between the header and the first row's 序号 ("一、…工作目标（牵头领导：…）", longer than a column
    // name) ends the header as the 序号 does; it is read as the first heading row.
    if (e >= paras.length || (!SERIAL.test(paras[e].text) && !partHeading(paras, e))) continue;
    const joined = joinHeaderFragments(paras.slice(s, e));
    const matched = matchHeaderRow(joined.map((h) => h.text));
    if (!matched || joined.length < 3) continue;
    // The header ends at its last name: short paragraphs after it and before the first 序号 are heading rows
    // ("强化科技创新支撑能力。", "（一）" / "加强战略科技力量建设。"), not columns.
    const last = Math.max(...Object.values(matched).map((c) => c ?? -1));
    const header = last >= 2 && last < joined.length - 1 ? joined.slice(0, last + 1) : joined;
    const columns = header === joined ? matched : matchHeaderRow(header.map((h) => h.text));
    if (!columns) continue;
    const bodyFrom = header === joined ? e : paras.indexOf(joined[last + 1]);
    const kinds: Kind[] = header.map((_, c) => kindOf(Object.entries(columns).find(([, col]) => col === c)?.[0]));
    const registry = createUnitRegistry([]);
    const rows: TextRow[] = [];
    for (const p of paras.slice(0, s)) rows.push({ cells: [p.text], from: p.n, to: p.n, loose: true });
    rows.push({ cells: header.map((h) => h.text), from: header[0].n, to: paras[bodyFrom - 1].n });
    const headingAt = headingParagraphs(paras, bodyFrom, registry);
    // A table copied out of a PDF shows its page breaks between or inside rows: a page mark, the header's paragraphs again.
    const headerTexts = paras.slice(s, e).map((p) => p.text);
    const headerAgain = (k: number) => k >= bodyFrom && headerTexts.every((t, j) => paras[k + j]?.text === t);
    const pageBreakAt = (k: number) => PAGE_MARK.test(paras[k].text) || headerAgain(k);
    const wrapped = paras.slice(bodyFrom).some((_, j) => pageBreakAt(bodyFrom + j));
    // A part's heading row just before the header repeated ("二、交通秩序（共2项）" / "序号" / …): a heading, not a cell.
    const headingBeforeHeader = (k: number) => wrapped && HEADING_LINE.test(paras[k].text) && paras[k].text.length <= 40 && headerAgain(k + 1);
    const cut = new Set<TextRow>();
    let k = bodyFrom;
    while (k < paras.length) {
      const heading = headingAt.get(k) ?? (headingBeforeHeader(k) ? { text: paras[k].text, end: k + 1 } : undefined);
      if (heading) {
        rows.push({ cells: [heading.text], from: paras[k].n, to: paras[heading.end - 1].n });
        k = heading.end;
        continue;
      }
      if (PAGE_MARK.test(paras[k].text)) {
        rows.push({ cells: [paras[k].text], from: paras[k].n, to: paras[k].n, loose: true });
        k++;
        continue;
      }
      if (headerAgain(k)) {
        const end = k + headerTexts.length;
        rows.push({ cells: header.map((h) => h.text), from: paras[k].n, to: paras[end - 1].n });
        k = end;
        continue;
      }
      let end = k + 1;
      while (end < paras.length && !SERIAL.test(paras[end].text) && !headingAt.has(end) && !(wrapped && (pageBreakAt(end) || headingBeforeHeader(end)))) end++;
      const read = paragraphRows(paras.slice(k, end), kinds, registry, wrapped);
      rows.push(...read);
      // A row cut by a page break before its units: they come after the break, nothing is merged down into it.
      if (end < paras.length && pageBreakAt(end)) cut.add(read[read.length - 1]);
      k = end;
    }
    carryMergedUnitCells(rows, kinds, cut);
    return { rows, shape: "每段一个单元格的表格" };
  }
  return null;
}

const CN_ITEM = /^[（(][一二三四五六七八九十]{1,3}[）)]$/;

/**
 * A units cell merged down over rows leaves no paragraph in the rows under it when a table is copied one cell a
 * paragraph (round o, 泰顺: 教育局 over three items): a numbered row with no unit under a row with one, no heading
 * between, is that unit's. Read so only when no two numbered rows in a row name the same units (a unit of several
 * rows, unmerged, is written in each) and some numbered row names none.
 */
function carryMergedUnitCells(rows: TextRow[], kinds: Kind[], cut: ReadonlySet<TextRow> = new Set()): void {
  const columns = kinds.map((k, c) => (k === "units" ? c : -1)).filter((c) => c >= 0);
  const idColumn = kinds.indexOf("id");
  if (!columns.length || idColumn < 0) return;
  const numbered = rows.filter((r) => !r.loose && r.cells.length === kinds.length && SERIAL.test(r.cells[idColumn] ?? ""));
  const key = (r: TextRow) => columns.map((c) => r.cells[c] ?? "").join("|");
  const empty = (r: TextRow) => columns.every((c) => !(r.cells[c] ?? "").trim());
  if (numbered.some((r, k) => k > 0 && !empty(r) && key(r) === key(numbered[k - 1])) || !numbered.some(empty)) return;
  let above: TextRow | null = null;
  for (const r of rows) {
    if (r.cells.length !== kinds.length) {
      above = null;
      continue;
    }
    if (!numbered.includes(r)) continue;
    if (empty(r) && above && !cut.has(r)) for (const c of columns) r.cells[c] = above.cells[c];
    above = r;
  }
}

/**
 * Heading rows among the cells of a table one cell a paragraph: a （一） paragraph and the topic after it
 * ("（一）" / "加强战略科技力量建设。"), and a short sentence standing just before such a pair (the part it opens,
 * "强化科技创新支撑能力。"). Keyed by the paragraph they start at, with the one after their end.
 */
function headingParagraphs(paras: { text: string; n: number }[], from: number, registry: UnitRegistry): Map<number, { text: string; end: number }> {
  const out = new Map<number, { text: string; end: number }>();
  const plain = (k: number) => k >= from && k < paras.length && !SERIAL.test(paras[k].text) && !CN_ITEM.test(paras[k].text);
  for (let k = from; k < paras.length; k++) {
    // "二、推动产业高质量发展" or "（三）做强先进制造业。" in one paragraph, right before a row's 序号 or another heading.
    const next = paras[k + 1]?.text ?? "";
    if (partHeading(paras, k) || (/^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\S/.test(paras[k].text) && paras[k].text.length <= 40 && (SERIAL.test(next) || CN_ITEM.test(next) || /^[一二三四五六七八九十]{1,3}、/.test(next)))) {
      out.set(k, { text: paras[k].text, end: k + 1 });
      continue;
    }
    if (!CN_ITEM.test(paras[k].text) || !plain(k + 1) || paras[k + 1].text.length > 40) continue;
    out.set(k, { text: paras[k].text + paras[k + 1].text, end: k + 2 });
    const part = paras[k - 1]?.text ?? "";
    // The part heading: not a cell of the row above (a unit, a leader, a deadline) and short.
    if (plain(k - 1) && !out.has(k - 1) && part.length <= 30 && !unitLike(part, registry) && !NAME.test(part) && !DEADLINE.test(part) && !/[，,、]/.test(part)) {
      out.set(k - 1, { text: part, end: k });
    }
  }
  return out;
}

/** A heading's closing assignment: "（牵头领导：成坤、柯相国、王俊）", "（总牵头单位：区发改局）". */
const CLOSING_ASSIGNMENT = /[（(]\s*(?:总牵头单位|总牵头部门|牵头单位|牵头部门|牵头领导|责任领导|分管领导|责任单位)[:：][^（）()]{1,60}[）)]$/;

/**
 * A part heading of any length right before a row's 序号: "一、…等工作目标（牵头领导：A、B、C）". Closed by the part's
 * assignment, it is no cell: a cell ending a row is followed by the next 序号 too, but never closes so.
 */
function partHeading(paras: { text: string }[], k: number): boolean {
  const text = paras[k]?.text ?? "";
  return /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\S/.test(text) && text.length <= 120 && CLOSING_ASSIGNMENT.test(text) && SERIAL.test(paras[k + 1]?.text ?? "");
}

/** A paragraph naming its lead in words, as a units cell does ("A牵头，B、C配合", "由A主办，B协办"): no sentence of a task. */
function leadPhrase(text: string): boolean {
  return text.length <= 60 && !/[。\d]/.test(text) && !!readUnitsPhrase(text)?.lead;
}

/** A paragraph listing units apart by 、 and ，: "市财政局、市卫生健康委，荔湾区、黄埔区政府". */
function unitList(text: string, registry: UnitRegistry): boolean {
  const parts = text.split(/[、，,；;]/).map((p) => p.trim());
  // Places sharing the last one's 政府: "黄埔区、南沙区政府".
  const sharedSuffix = (k: number) => /^[\u4e00-\u9fa5]{1,6}(区|县|市|镇|乡|街道)$/.test(parts[k]) && parts.slice(k + 1).some((p) => /政府$/.test(p));
  const named = (p: string) => /^[\u4e00-\u9fa5（）()]{2,20}$/.test(p) && /(局|委|办|办公厅|厅|中心|政府|管委会|街道|办事处|镇|乡|集团|公司|部|院|所|站|队|社|联)$/.test(p);
  return parts.length >= 2 && parts.every((p, k) => p && (unitLike(p, registry) || named(p) || sharedSuffix(k)));
}

/** A header name that is a task column by itself ("项目内容", "工作任务", "项目名称"), judged beside a 序号 alone. */
function taskColumnName(text: string): boolean {
  const m = matchHeaderRow(["序号", text]);
  return !!m && (m.text !== undefined || m.name !== undefined);
}

/** A header naming a year alone: "2018年", "2019年度". */
const YEAR_NAME = /^(?:19|20)\d{2}\s*年度?$/;

function joinHeaderFragments(cells: { text: string; n: number }[]): { text: string; n: number }[] {
  const out: { text: string; n: number }[] = [];
  // Judged beside a 序号 and a task column, so a name that is not itself a task column (领导, 完成情况) counts.
  const known = (text: string) => Math.max(0, Object.keys(matchHeaderRow(["序号", "工作任务", text]) ?? {}).length - 2);
  for (let i = 0; i < cells.length; i++) {
    const cur = cells[i];
    const next = cells[i + 1];
    // "责任" / "领导", "攻坚目标" / "任务", "第二季度" / "完成情况": a name that matches only when joined.
    // A name that is a task column on its own ("项目内容" before "当前进度") is complete: a column of its own.
    // A year alone ("2018年" / "2019年" / "2020年", a plan's target per year, round m) names a column of its own.
    if (next && foldHeader(cur.text) !== "序号" && known(cur.text) === 0 && !taskColumnName(cur.text) && !YEAR_NAME.test(cur.text) && cur.text.length <= 6 && known(cur.text + next.text) > 0) {
      out.push({ text: cur.text + next.text, n: cur.n });
      i++;
    } else out.push(cur);
  }
  return out;
}

/** A short state a progress table writes before its account ("基本完成。", "提前完成年度任务", "正在推进"). */
const STATE_WORDS = /^(?=.{2,12}$)[^\d，,；;]*(完成|推进|滞后|序时|启动|开工|办结|实施)[^\d，,；;]*[。.]?$/;

/** The number of a sub-item mark opening a paragraph ("（2）" → 2, "③" → 3), else 0. */
function subItemMark(text: string): number {
  const m = /^[（(](\d{1,2})[）)]|^([①-⑳])/.exec(text);
  if (!m) return 0;
  return m[1] ? Number(m[1]) : m[2].charCodeAt(0) - 0x2460 + 1;
}

/**
 * The number of a list mark opening a paragraph of an account ("2. 完善企业中心功能…" → 2, "3、…" → 3), else 0. Only
 * an account (a progress or result cell) is read so: its points are written one a line inside the cell ("1. …" / "2. …"),
 * while in a task column such a line may be an item of its own. A figure after the mark ("1.5亿元") is no mark.
 */
function accountPointMark(text: string): number {
  const m = /^(\d{1,2})\s*[.．、](?!\d)/.exec(text);
  return m ? Number(m[1]) : subItemMark(text);
}

/**
 * A unit's name broken over two paragraphs by the cell's width ("市数据资源" / "管理局"): the head is no name by itself
 * (no kind of body closes it), the tail is only a kind of body ("管理局", "服务中心", "委员会": no place or subject before
 * it), and the two together read as a unit. Returns the joined name, else null.
 */
function brokenUnitName(head: string, tail: string, registry: UnitRegistry): string | null {
  if (unitLike(head, registry) || !/^[\u4e00-\u9fa5]{2,10}$/.test(head) || !/^[\u4e00-\u9fa5]{2,5}$/.test(tail)) return null;
  if (!UNIT_END.test(tail) || /^[省市区县镇乡]/.test(tail) || registry.isKnown(tail)) return null;
  const joined = head + tail;
  return unitLike(joined, registry) ? joined : null;
}

/**
 * Paragraphs of one row (from its 序号 to the next, or the rest of a row after a page break). With `wrapped` (a table copied
 * out of a PDF, its page breaks showing) a cell runs over several lines: a text cell goes on while its line stops
 * mid-sentence and the next is no unit, and the last column (the account) takes every line left that is no unit.
 */
function paragraphRows(block: { text: string; n: number }[], kinds: Kind[], registry: UnitRegistry, wrapped = false): TextRow[] {
  const out: TextRow[] = [];
  let k = 0;
  let first = true;
  while (k < block.length) {
    const cells: string[] = [];
    const start = k;
    const from = block[k].n;
    let to = from;
    for (let c = 0; c < kinds.length; c++) {
      const kind = kinds[c];
      if (kind === "id") {
        if (first && k < block.length && SERIAL.test(block[k].text)) cells.push(block[k++].text);
        else cells.push("");
        continue;
      }
      if (k >= block.length) {
        cells.push("");
        continue;
      }
      const p = block[k].text;
      if (kind === "units") {
        const names: string[] = [];
        // Another units column follows (牵头单位 | 配合单位): this one takes a paragraph, which may list several units.
        const oneParagraph = kinds.slice(c + 1).includes("units");
        while (k < block.length && !(oneParagraph && names.length)) {
          const broken = k + 1 < block.length ? brokenUnitName(block[k].text, block[k + 1].text, registry) : null;
          if (broken) {
            names.push(broken);
            k += 2;
          } else if (unitLike(block[k].text, registry) || unitList(block[k].text, registry)) names.push(block[k++].text);
          // The cell says who leads in words ("省委宣传部牵头，省委组织部、省委党校配合"): the table's units reader reads it.
          else if (!names.length && leadPhrase(block[k].text)) names.push(block[k++].text);
          else break;
        }
        cells.push(names.join("\n"));
      } else if (kind === "deadline") {
        cells.push(DEADLINE.test(p) ? block[k++].text : "");
      } else if (kind === "leader") {
        cells.push(NAME.test(p) || /^[\u4e00-\u9fa5]{1,3}[\s\u3000]+[\u4e00-\u9fa5]{1,3}$/.test(p) ? block[k++].text : "");
      } else {
        const unitsLater = kinds.slice(c + 1).includes("units");
        const unitHere = (t: string) => unitLike(t, registry) || unitList(t, registry);
        // A text column: a paragraph that is not a units or deadline paragraph of a later column. The rest of a row after a
        // page break may open with its units (the text ended on the page before).
        if ((!first && c > 0 && out.length && (unitLike(p, registry) || DEADLINE.test(p))) || (wrapped && first && !SERIAL.test(block[0].text) && unitsLater && unitHere(p))) cells.push("");
        else if (wrapped && (unitsLater || c === kinds.length - 1)) {
          const parts = [block[k++].text];
          const last = c === kinds.length - 1;
          while (k < block.length && !unitHere(block[k].text) && (last || !endsCell(parts[parts.length - 1]))) parts.push(block[k++].text);
          cells.push(parts.join(""));
        } else {
          const parts = [block[k++].text];
          // Sub-items one a paragraph ("（1）…" / "（2）…", "①…" / "②…", round o): the cell holds them all.
          for (let mark = subItemMark(p); mark && k < block.length && subItemMark(block[k].text) === mark + 1; mark++) parts.push(block[k++].text);
          // An account's points one a paragraph ("1. 完善…" / "2. 出台…"): the cell holds them all.
          if (kind === "report") for (let mark = accountPointMark(p); mark && k < block.length && accountPointMark(block[k].text) === mark + 1; mark++) parts.push(block[k++].text);
          // The last column's state with its account under it, the column merged over both ("基本完成。" / "已完成…",
          // round o): the paragraphs up to the next row are the state's detail, in the same cell.
          // Never when a paragraph below could be a cell of a row of its own (a unit, a deadline, a leader's name).
          const account = block.slice(k);
          if (kind === "report" && c === kinds.length - 1 && STATE_WORDS.test(p) && account.every((b) => !unitLike(b.text, registry) && !DEADLINE.test(b.text) && !NAME.test(b.text)))
            while (k < block.length) parts.push(block[k++].text);
          cells.push(parts.join("\n"));
        }
      }
      to = block[Math.max(0, k - 1)].n;
    }
    if (k === start) {
      // Nothing fitted a column (a stray paragraph): it continues the first text column.
      const c = kinds.findIndex((x) => x === "text");
      cells[c < 0 ? 0 : c] = block[k++].text;
    }
    out.push({ cells, from, to: Math.max(from, to) });
    first = false;
  }
  return out;
}
