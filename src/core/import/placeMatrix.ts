/**
 * Place-by-indicator matrices (round u): 完成情况表 whose rows are places (区县, 乡镇, with a 全市/合计 row) and whose
 * columns are indicators, each with its 目标任务 / 进度 / 完成比例 under it — or the reverse, indicators down the side
 * and places across. Each indicator becomes a task (the total row's figures are its target and progress, the unit
 * written under it its lead), and each place's cell a task of that place under it, as an office chasing each
 * 区县 against its own target expects. Cells whose place in the matrix cannot be told (a copied table that lost its
 * empty cells, with several ways to read the row) are left to 未识别, never guessed.
 */
import { LineLedger } from "./lineLedger";
import { ImportedTask, importedTask } from "./types";

interface Cell {
  text: string;
  line: number;
}

/** The head of the place column. */
const PLACE_HEAD = /^(?:地区|区域|区县|县区|县市区|市县|县（市、区）|县\(市、区\)|县（市）区|区（县）|区\(县\)|乡镇|乡镇（街道）|镇（街道）|乡（镇、街道）|镇街|街道|乡镇街道|地方|地市|市州)$/;
/** A place: a named 区/县/镇… or the total and own-level rows. */
const PLACE = /^(?:全省|全市|全县|全区|全镇|合计|总计|小计|市本级|县本级|区本级|省本级|[\u4e00-\u9fa5]{1,12}(?:市|区|县|旗|镇|乡|街道|新区|开发区|园区|高新区|管委会|办事处))$/;
const TOTAL = /^(?:全省|全市|全县|全区|全镇|合计|总计)$/;
/** The head of the indicator column when indicators run down the side. */
const INDICATOR_HEAD = /^(?:指标|指标名称|项目|项目名称|任务|目标任务|工作任务|主要指标|考核指标|指标（单位）|指标\(单位\))$/;
const NUMBER = /^[-−]?\d+(?:\.\d+)?[%％]?$/;
/** Unit names written under the indicators (their lead units). */
const UNIT = /(?:局|委|办|会|中心|公司|院|厅|部|处|政府|团委|妇联|残联|总工会|分局|支队|大队|集团|银行|管委会)$/;

type ColumnKind = "target" | "progress" | "ratio";

function columnKind(label: string): ColumnKind | null {
  const l = label.replace(/\s+/g, "");
  if (/比例|完成率|比率|百分比|占比|^[（(]?[%％][）)]?$/.test(l)) return "ratio";
  if (/进度|完成|实际|累计|实绩/.test(l)) return "progress";
  if (/目标|任务|计划|指标/.test(l)) return "target";
  return null;
}

/** The rows of the text: tab-separated lines, or cells one a paragraph with rows ended by two blank lines. */
function textRows(lines: readonly string[]): { rows: Cell[][]; positional: boolean } {
  const tabbed = lines.filter((l) => l.split("\t").length >= 3).length;
  if (tabbed >= 3) {
    const rows = lines
      .map((l, i) => l.split("\t").map((text) => ({ text: text.trim(), line: i + 1 })))
      .filter((r) => r.some((c) => c.text));
    return { rows, positional: true };
  }
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let blanks = 0;
  lines.forEach((l, i) => {
    if (!l.trim()) {
      blanks++;
      return;
    }
    if (blanks >= 2 && row.length) {
      rows.push(row);
      row = [];
    }
    blanks = 0;
    row.push({ text: l.trim(), line: i + 1 });
  });
  if (row.length) rows.push(row);
  return { rows, positional: false };
}

/** The decimals a figure is written with. */
const decimals = (s: string) => (s.split(".")[1] ?? "").replace(/[%％]/g, "").length;
const num = (s: string) => Number(s.replace(/[%％]/g, "").replace("−", "-"));

/** Whether a completion ratio is the progress over the target, as written (to its last decimal). */
function ratioHolds(target: string, progress: string, ratio: string): boolean {
  const t = num(target);
  if (!t) return false;
  const d = decimals(ratio);
  const want = num(ratio);
  const got = (num(progress) / t) * 100;
  return Math.abs(got - want) <= 10 ** -d * 0.51 + 1e-9;
}

interface Measure {
  name: string;
  line: number;
  kinds: ColumnKind[];
  lead: string[];
}

/**
 * The values of a row without its empty cells, given back to the indicators: each takes all its columns (a ratio
 * checked against its target and progress), its columns but the ratio, or none. Null unless exactly one reading fits.
 */
function alignValues(values: Cell[], measures: Measure[]): (Cell | null)[][] | null {
  const solutions: (Cell | null)[][][] = [];
  const walk = (m: number, at: number, acc: (Cell | null)[][]) => {
    if (solutions.length > 1) return;
    if (m === measures.length) {
      if (at === values.length) solutions.push(acc);
      return;
    }
    const kinds = measures[m].kinds;
    walk(m + 1, at, [...acc, kinds.map(() => null)]);
    const take = (used: ColumnKind[]) => {
      const part = values.slice(at, at + used.length);
      if (part.length < used.length) return;
      const byKind = (k: ColumnKind) => part[used.indexOf(k)];
      if (used.includes("ratio") && (!used.includes("target") || !used.includes("progress") || !ratioHolds(byKind("target").text, byKind("progress").text, byKind("ratio").text))) return;
      walk(m + 1, at + used.length, [...acc, kinds.map((k) => (used.includes(k) ? byKind(k) : null))]);
    };
    take(kinds);
    if (kinds.includes("ratio")) take(kinds.filter((k) => k !== "ratio"));
  };
  walk(0, 0, []);
  return solutions.length === 1 ? solutions[0] : null;
}

/** The figure with the indicator's unit from its name: "城镇新增就业(人)" and 52242 → "52242人". */
function withUnit(value: string, measure: string): string {
  const unit = /[（(]([^（）()]{1,4})[）)]\s*$/.exec(measure)?.[1] ?? "";
  return /^[%％]$/.test(unit) ? `${value.replace(/[%％]$/, "")}%` : /^\d/.test(unit) || /[%％]$/.test(value) ? value : value + unit;
}

/**
 * A ratio as a percent figure: a workbook's percent-formatted cell holds the fraction (0.758 for 75.8%), taken as
 * such only when the target and progress give it; otherwise the ratio as written.
 */
function asPercent(target: string, progress: string, ratio: string): string {
  if (!ratio || /[%％]$/.test(ratio) || !target || !progress || !NUMBER.test(target) || !NUMBER.test(progress) || ratioHolds(target, progress, ratio)) return ratio;
  const scaled = String(Number((num(ratio) * 100).toFixed(Math.max(0, decimals(ratio) - 2))));
  return ratioHolds(target, progress, scaled) ? scaled : ratio;
}

interface MatrixTasks {
  tasks: ImportedTask[];
  sections: string[];
}

function cellsTask(id: string, place: string | null, m: Measure, cells: (Cell | null)[], section: string, subsection: string): ImportedTask | null {
  const at = (k: ColumnKind) => cells[m.kinds.indexOf(k)]?.text ?? "";
  const target = at("target");
  const progress = at("progress");
  const ratio = asPercent(target, progress, at("ratio"));
  const lines = cells.filter((c): c is Cell => c !== null).map((c) => c.line);
  if (place !== null && !lines.length) return null;
  const from = place === null ? m.line : Math.min(...lines);
  const to = place === null ? m.line : Math.max(...lines);
  return importedTask({
    section,
    ...(subsection ? { subsection } : {}),
    id,
    text: place === null ? m.name : `${place}：${m.name}`,
    leadUnits: place === null ? m.lead : [place],
    workTarget: target ? withUnit(target, m.name) : "",
    ...(progress || ratio ? { progress: { period: "", text: progress ? withUnit(progress, m.name) : "", completion: ratio ? `${ratio.replace(/[%％]$/, "")}%` : "", problems: "", nextSteps: "" } } : {}),
    lines: [from, to],
  });
}

/**
 * A head row as pasted: a cell repeating the one to its left is the rest of a merge, and so is the place head
 * ("地区", merged down over the head rows) repeated in the first cell of a row under it.
 */
function unmerged(row: Cell[], placeHead: string | null): Cell[] {
  return row.map((c, i) => ((i === 0 && placeHead !== null && c.text === placeHead) || (i > 0 && c.text && c.text === row[i - 1].text) ? { ...c, text: "" } : c));
}

/** Places down the side, indicators across (with their sub-columns) — the 完成情况表 of 十大民生工程. */
function placeRows(rows: Cell[][], positional: boolean, ledger: LineLedger): MatrixTasks | null {
  // The head row may carry the titles above it when they were set off by one blank paragraph only.
  const isHead = (c: Cell) => PLACE_HEAD.test(c.text.replace(/\s+/g, ""));
  const h = rows.findIndex((r) => r.some(isHead));
  if (h < 0) return null;
  rows = [...rows.slice(0, h), rows[h].slice(rows[h].findIndex(isHead)), ...rows.slice(h + 1)];
  const isData = (r: Cell[]) => PLACE.test(r[0].text.replace(/\s+/g, "")) && r.slice(1).every((c) => !c.text || NUMBER.test(c.text.replace(/\s+/g, "")));
  const d = rows.findIndex((r, k) => k > h && isData(r));
  if (d < 0) return null;
  let end = d;
  while (end < rows.length && isData(rows[end])) end++;
  const data = rows.slice(d, end);
  if (data.filter((r) => r.slice(1).some((c) => c.text)).length < 2) return null;
  // A workbook's merged heads repeat their text in every cell they cover (the sheet reader fills merges); the
  // names are the cells that begin a merge, as a copy out of Excel pastes them.
  if (positional) rows = rows.map((r, k) => (k < h || k >= d ? r : unmerged(r, k > h ? rows[h][0].text : null)));
  // Header rows: groups (one cell), lead units, the indicators, then their sub-columns (目标 / 任务 / 进度 / 完成比例).
  // A merged head leaves empty cells after it in tab rows: the names are the filled cells.
  const head = [rows[h].slice(1), ...rows.slice(h + 1, d)].map((r) => r.filter((c) => c.text)).filter((r) => r.length);
  const sub = head[head.length - 1];
  if (!sub) return null;
  const kinds = sub.map((c) => columnKind(c.text));
  if (kinds.some((k) => k === null) || kinds[0] !== "target") return null;
  // A label over two paragraphs ("目标" / "任务") is one column: consecutive labels of one kind are merged.
  const columns: ColumnKind[] = [];
  kinds.forEach((k, i) => {
    if (i === 0 || k !== kinds[i - 1]) columns.push(k!);
  });
  const blocks: ColumnKind[][] = [];
  for (const k of columns) {
    if (k === "target" || !blocks.length) blocks.push([k]);
    else blocks[blocks.length - 1].push(k);
  }
  const above = head.slice(0, -1);
  const nameRowAt = above.map((r, i) => ({ r, i })).reverse().find(({ r }) => r.length === blocks.length && !r.every((c) => UNIT.test(c.text)));
  if (!nameRowAt || blocks.length < 2 && nameRowAt.r.length !== 1) return null;
  const unitRow = above.find((r, i) => i > nameRowAt.i && r.every((c) => UNIT.test(c.text)));
  const leads = unitRow ? (unitRow.length === blocks.length ? unitRow.map((c) => [c.text]) : unitRow.length === 1 ? blocks.map(() => [unitRow[0].text]) : null) : null;
  const measures: Measure[] = nameRowAt.r.map((c, i) => ({ name: c.text, line: c.line, kinds: blocks[i], lead: leads?.[i] ?? [] }));
  const groups = above.filter((r, i) => i < nameRowAt.i && r.length === 1).map((r) => r[0]);
  const section = groups[0]?.text ?? "";
  const subsection = groups[1]?.text ?? "";
  // Structure lines: titles above, the heads, the sub-columns; a unit row that cannot be told apart stays 未识别.
  ledger.mark(1, rows[h][0].line - 1, "skip", "表格标题");
  ledger.mark(rows[h][0].line, rows[h][0].line, "skip", "表头（地区）");
  for (const g of groups.slice(1)) ledger.mark(g.line, g.line, "skip", "表头（分项）");
  for (const c of sub) ledger.mark(c.line, c.line, "skip", "表头（目标任务/进度/完成比例）");
  if (unitRow && leads) for (const c of unitRow) ledger.mark(c.line, c.line, "skip", "表头（指标的责任单位）");
  const width = measures.reduce((n, m) => n + m.kinds.length, 0);
  const rowCells = (r: Cell[]): (Cell | null)[][] | null => {
    const values = r.slice(1);
    if (positional) {
      if (values.length > width) return null;
      let at = 0;
      return measures.map((m) =>
        m.kinds.map(() => {
          const c = values[at++];
          return c?.text ? c : null;
        }),
      );
    }
    const filled = values.filter((c) => c.text);
    return filled.length ? alignValues(filled, measures) : measures.map((m) => m.kinds.map(() => null));
  };
  const total = data.find((r) => TOTAL.test(r[0].text.replace(/\s+/g, "")));
  const totalCells = total ? rowCells(total) : null;
  const tasks: ImportedTask[] = [];
  measures.forEach((m, i) => {
    const t = cellsTask(String(i + 1), null, m, totalCells?.[i] ?? m.kinds.map(() => null), section, subsection);
    if (t) tasks.push(t);
  });
  if (total && totalCells) ledger.mark(total[0].line, total[total.length - 1].line, "skip", "合计行（记入各指标任务的目标与进度）");
  const places = data.filter((r) => r !== total);
  places.forEach((r, p) => {
    const cells = rowCells(r);
    if (!cells) return;
    const before = tasks.length;
    measures.forEach((m, i) => {
      const t = cellsTask(`${i + 1}-${p + 1}`, r[0].text, m, cells[i], section, subsection);
      if (t) tasks.push(t);
    });
    ledger.mark(r[0].line, r[0].line, "skip", tasks.length > before ? "地区（矩阵的行）" : "地区（本行无数据）");
  });
  for (const t of tasks) ledger.mark(t.lines[0], t.lines[1], "task");
  if (groups[0]) ledger.mark(groups[0].line, groups[0].line, "section");
  // Indicators first, each place's cells after: the catalogue reads as its indicators, the places under them.
  const order = (t: ImportedTask) => Number(t.id.split("-")[0]) * 10000 + Number(t.id.split("-")[1] ?? 0);
  tasks.sort((a, b) => (a.id.includes("-") === b.id.includes("-") ? order(a) - order(b) : a.id.includes("-") ? 1 : -1));
  return { tasks, sections: section ? [section] : [] };
}

/** Indicators down the side, places across (one target a cell): "指标 | 全市 | 甲区 | 乙县". */
function placeColumns(rows: Cell[][], positional: boolean, ledger: LineLedger): MatrixTasks | null {
  const h = rows.findIndex((r) => INDICATOR_HEAD.test(r[0].text.replace(/\s+/g, "")) && r.length >= 3 && r.slice(1).every((c) => PLACE.test(c.text.replace(/\s+/g, ""))));
  if (h < 0) return null;
  const places = rows[h].slice(1);
  const data: Cell[][] = [];
  for (let k = h + 1; k < rows.length; k++) {
    const r = rows[k];
    const values = r.slice(1);
    if (NUMBER.test(r[0].text) || !values.length || values.some((c) => c.text && !NUMBER.test(c.text.replace(/\s+/g, "")))) break;
    if (positional ? values.length > places.length : values.length !== places.length) break;
    data.push(r);
  }
  if (data.length < 2) return null;
  ledger.mark(1, rows[h][0].line - 1, "skip", "表格标题");
  ledger.mark(rows[h][0].line, rows[h][places.length].line, "skip", "表头（指标/地区）");
  const tasks: ImportedTask[] = [];
  const totalAt = places.findIndex((c) => TOTAL.test(c.text.replace(/\s+/g, "")));
  data.forEach((r, i) => {
    const m: Measure = { name: r[0].text, line: r[0].line, kinds: ["target"], lead: [] };
    const measureTask = cellsTask(String(i + 1), null, m, totalAt >= 0 ? [r[1 + totalAt] ?? null] : [null], "", "");
    if (measureTask) tasks.push(measureTask);
    if (totalAt >= 0 && r[1 + totalAt]?.text) ledger.mark(r[1 + totalAt].line, r[1 + totalAt].line, "skip", "合计（记入指标任务的目标）");
    places.forEach((p, k) => {
      if (k === totalAt) return;
      const cell = r[1 + k];
      if (!cell?.text) return;
      const t = cellsTask(`${i + 1}-${k + 1}`, p.text, m, [cell], "", "");
      if (t) tasks.push(t);
    });
  });
  for (const t of tasks) ledger.mark(t.lines[0], t.lines[1], "task");
  return { tasks, sections: [] };
}

/** The tasks of a place-by-indicator matrix, with its structure lines marked in the ledger; null when the text is no such matrix. */
export function placeMatrix(lines: readonly string[], ledger: LineLedger): MatrixTasks | null {
  const { rows, positional } = textRows(lines);
  if (rows.length < 4) return null;
  return placeRows(rows, positional, ledger) ?? placeColumns(rows, positional, ledger);
}
