import { analyzeWorkbook, Analysis } from "../engine";
import { DubanError } from "../issues";
import { CellValue, WorkbookData } from "../sheet/cellValue";
import { expandMerges } from "../sheet/expandMerges";
import { findHeader } from "../sheet/findHeader";
import { findSheets } from "../layout/findSheets";
import { PROGRESS_HEADER_OPTIONS, PROGRESS_HEADERS, PROGRESS_WRITTEN } from "../layout/headers";
import { buildLayoutPatch } from "../layout/buildLayout";
import { layoutOptions, taskToLayout } from "../layout/perUnit";
import { OutputSheet, WorkbookPatch } from "../output";
import { cellText, foldText } from "../text/normalize";
import { normalizeTaskId } from "../catalogue/taskId";
import { matchPeriod } from "../settings/periods";
import { SHEET } from "../layout/sheetNames";
import { IsoDate, parseDateCell } from "../text/dates";
import { columnLetter as columnLetters } from "../sheet/address";

export interface MergeInput {
  /** The file name shown in the report and the 来源 column (told apart from others of the same name). */
  name: string;
  data: WorkbookData;
}

/** A file that could not be merged, and why (the others are merged all the same). */
export interface MergeSkipped {
  name: string;
  code: string;
  reason: string;
}

/** A column a unit added to its progress sheet, kept in the merged sheet under its header. */
interface MergeColumn {
  header: string;
  /** "file: original column" for each book that had it. */
  sources: string[];
}

interface MergeConflict {
  taskId: string;
  unit: string;
  period: string;
  /**
   * 重复: the same report sent more than once (the same content, whatever its 填报日期): only the latest is
   * kept. 冲突: different content for the same task, unit and period: every different version is kept.
   */
  kind: "重复" | "冲突";
  sources: string[];
  /** The rows written to the merged sheet. */
  kept: string[];
  /** What differs between the versions (冲突), or which one was kept and why (重复). */
  detail: string;
}

interface MergeResult {
  patch: WorkbookPatch;
  rowsIn: number;
  rowsOut: number;
  conflicts: MergeConflict[];
  /** Tasks of later books that the first catalogue lacks (added) or words differently (kept as first). */
  catalogueNotes: string[];
  skipped: MergeSkipped[];
  extraColumns: MergeColumn[];
  /** Other notes, each naming its file (a book without a progress sheet …). */
  notes: string[];
}

interface MergedRow {
  cells: CellValue[];
  extras: Map<string, CellValue>;
  source: string;
  order: number;
  key: string;
  /** Everything typed but the 填报日期, folded: rows with the same content are the same report. */
  content: string;
  date: IsoDate | null;
  taskId: string;
  unit: string;
  period: string;
}

/** Headers duban itself writes in a progress sheet: not a unit's own column. */
const DUBAN_COLUMNS = new Set(["校验状态", "校验说明", "来源"]);

/** The fields compared and named when two versions of a report differ. */
const COMPARED: { index: number; label: string }[] = [
  { index: 3, label: "进展情况" },
  { index: 4, label: "完成状态" },
  { index: 5, label: "完成值" },
  { index: 6, label: "存在问题" },
  { index: 7, label: "下步打算" },
];

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text || "（空）");

/**
 * Combines returned unit workbooks: the catalogue, units and settings of the first book that can be read
 * (tasks only the others have are added), and every progress row of every book, with every column: a
 * column a unit added (佐证材料 …) is kept under its header. A book that cannot be merged (no catalogue, a
 * required column renamed …) is listed with the reason and the others are merged. The same report sent
 * twice (same content, a later 填报日期) is kept once, the later; different reports for the same task,
 * unit and period are all kept and what differs is said. Every note names its file.
 */
export function mergeBooks(inputs: MergeInput[], today: IsoDate, skippedBefore: MergeSkipped[] = [], order: string[] = []): MergeResult {
  const skipped = skippedBefore.slice();
  const read: { input: MergeInput; analysis: Analysis }[] = [];
  for (const input of inputs) {
    try {
      read.push({ input, analysis: analyzeWorkbook(input.data, { today }) });
    } catch (err) {
      if (!(err instanceof DubanError)) throw err;
      skipped.push({ name: input.name, code: err.code, reason: err.message });
    }
  }
  if (!read.length) {
    throw new DubanError("MERGE_NOTHING_READ", { skipped: skipped.map((s) => `${s.name}（${s.reason}）`).join("；") });
  }
  const base = read[0].analysis;
  const tasks = base.tasks.slice();
  const catalogueNotes: string[] = [];
  const notes: string[] = [];
  for (const { input, analysis } of read.slice(1)) {
    for (const task of analysis.tasks) {
      const known = tasks.find((t) => t.id === task.id);
      if (!known) {
        tasks.push(task);
        catalogueNotes.push(`${input.name}：任务 ${task.id} 不在首个工作簿（${read[0].input.name}）的任务清单中，已补入`);
      } else if (foldText(known.text) !== foldText(task.text)) {
        catalogueNotes.push(`${input.name}：任务 ${task.id} 的内容与首个工作簿（${read[0].input.name}）不同，以首个为准`);
      }
    }
  }

  const rows: MergedRow[] = [];
  const extraColumns: MergeColumn[] = [];
  const extraByKey = new Map<string, MergeColumn>();
  for (const { input, analysis } of read) {
    const sheet = findSheets(input.data.sheets).progress;
    if (!sheet) {
      notes.push(`${input.name}：没有进展填报表，只读入了任务清单`);
      continue;
    }
    const grid = expandMerges(sheet);
    const header = findHeader(grid, PROGRESS_HEADERS, ["taskId", "unit", "text"], PROGRESS_HEADER_OPTIONS);
    if (!header) {
      skipped.push({ name: input.name, code: "BOOK_MISSING_COLUMN", reason: `工作表「${sheet.name}」找不到含序号、填报单位、进展情况的表头行` });
      continue;
    }
    // Every other column with a header (or with anything typed in it) is the unit's own: kept by header.
    const known = new Set(Object.values(header.columns) as number[]);
    const headerRow = grid[header.row] ?? [];
    const width = grid.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
    const extras: { col: number; key: string }[] = [];
    for (let c = 0; c < width; c++) {
      if (known.has(c)) continue;
      const title = cellText(headerRow[c] ?? null);
      if (DUBAN_COLUMNS.has(foldText(title))) continue;
      const typed = grid.slice(header.row + 1).some((row) => cellText(row?.[c] ?? null) !== "");
      if (!title && !typed) continue;
      const name = title || `第 ${columnLetters(c)} 列（无表头）`;
      const key = foldText(name);
      let column = extraByKey.get(key);
      if (!column) {
        column = { header: name, sources: [] };
        extraByKey.set(key, column);
        extraColumns.push(column);
      }
      column.sources.push(`${input.name}：${sheet.name}!${columnLetters(c)}`);
      extras.push({ col: c, key });
    }
    for (let r = header.row + 1; r < grid.length; r++) {
      const row = grid[r] ?? [];
      const cells = PROGRESS_WRITTEN.map((f) => (header.columns[f] === undefined ? null : row[header.columns[f] as number] ?? null));
      const extra = new Map<string, CellValue>();
      for (const e of extras) if (cellText(row[e.col] ?? null) !== "") extra.set(e.key, row[e.col]);
      if (cells.every((c) => cellText(c) === "") && extra.size === 0) continue;
      const taskId = normalizeTaskId(cells[0]);
      const unit = analysis.registry.resolve(cellText(cells[1]));
      const periodText = cellText(cells[2]);
      const period = matchPeriod(periodText, base.settings.periods)?.name ?? foldText(periodText);
      const content = [...COMPARED.map((f) => foldText(cellText(cells[f.index]))), ...[...extra].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${foldText(cellText(v))}`)].join("\u0000");
      rows.push({
        cells,
        extras: extra,
        source: `${input.name}!${r + 1}`,
        order: rows.length,
        key: `${taskId}\u0000${unit}\u0000${period}`,
        content,
        date: parseDateCell(cells[8], base.settings.year),
        taskId,
        unit,
        period,
      });
    }
  }
  const rowsIn = rows.length;
  // Skipped files in the order they were given (those the host could not read came first).
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  skipped.sort((a, b) => rank(a.name) - rank(b.name));

  const groups = new Map<string, MergedRow[]>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group) group.push(row);
    else groups.set(row.key, [row]);
  }
  const conflicts: MergeConflict[] = [];
  const dropped = new Set<MergedRow>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Versions: rows of the same content; of each the latest is kept (by 填报日期, then by order read).
    const versions = new Map<string, MergedRow[]>();
    for (const row of group) versions.set(row.content, [...(versions.get(row.content) ?? []), row]);
    const kept: MergedRow[] = [];
    const resent: string[] = [];
    for (const same of versions.values()) {
      const latest = same.reduce((a, b) => ((b.date ?? "") >= (a.date ?? "") ? b : a));
      kept.push(latest);
      for (const row of same) if (row !== latest) dropped.add(row);
      if (same.length > 1) resent.push(`${same.filter((r) => r !== latest).map((r) => r.source).join("、")} 与 ${latest.source} 内容相同，保留${datesDiffer(same) ? "填报日期较晚的" : "后读入的"} ${latest.source}`);
    }
    kept.sort((a, b) => a.order - b.order);
    const first = group[0];
    const base = { taskId: first.taskId, unit: first.unit, period: first.period, sources: group.map((g) => g.source), kept: kept.map((k) => k.source) };
    if (kept.length === 1) conflicts.push({ ...base, kind: "重复", detail: resent.join("；") });
    else conflicts.push({ ...base, kind: "冲突", detail: [`${kept.length} 个版本不同：${differences(kept)}`, ...resent].join("；") });
  }
  const written = rows.filter((r) => !dropped.has(r));

  const patch = buildLayoutPatch({ ...layoutOptions(base), tasks: tasks.map(taskToLayout), blankRows: 0 });
  const progress = patch.sheets.find((s) => s.name === SHEET.progress) as OutputSheet;
  const extraKeys = [...extraByKey.keys()];
  progress.columns = [...progress.columns, ...extraColumns.map((c) => ({ header: c.header, width: 16, wrap: true })), { header: "来源", width: 28 }];
  progress.rows = written.map((r) => [...r.cells, ...extraKeys.map((k) => r.extras.get(k) ?? null), r.source]);
  const resentRows = rowsIn - written.length;
  const report: OutputSheet = {
    name: "合并报告",
    titleRows: [
      `合并 ${inputs.length + skippedBefore.length} 个工作簿（读入 ${read.length} 个，跳过 ${skipped.length} 个）：读入进展 ${rowsIn} 行，写出 ${written.length} 行` +
        `（重复报送只保留最晚的一行，少写 ${resentRows} 行）；同一任务、单位、报告期内容不同的 ${conflicts.filter((c) => c.kind === "冲突").length} 组，各版本均已保留`,
    ],
    columns: [
      { header: "类型", width: 8 },
      { header: "任务序号", width: 8 },
      { header: "单位", width: 20 },
      { header: "报告期", width: 10 },
      { header: "来源（文件!行）", width: 40, wrap: true },
      { header: "说明", width: 60, wrap: true },
    ],
    rows: [
      ...skipped.map((s): CellValue[] => ["跳过文件", "", "", "", s.name, `${s.reason}（${s.code}）`]),
      ...conflicts.map((c): CellValue[] => [c.kind, c.taskId, c.unit, c.period, c.sources.join("；"), c.detail]),
      ...extraColumns.map((c): CellValue[] => ["附加列", "", "", "", c.sources.join("；"), `单位自加的列「${c.header}」已保留在合并表的「${c.header}」列`]),
      ...catalogueNotes.map((n): CellValue[] => ["任务清单", "", "", "", n.slice(0, n.indexOf("：")), n]),
      ...notes.map((n): CellValue[] => ["说明", "", "", "", n.slice(0, n.indexOf("：")), n]),
    ],
    freezeHeader: true,
    autoFilter: true,
  };
  patch.sheets.push(report);
  patch.summary = [
    `读入进展 ${rowsIn} 行，写出 ${written.length} 行`,
    `同键多行 ${conflicts.length} 组（重复 ${conflicts.filter((c) => c.kind === "重复").length}，冲突 ${conflicts.filter((c) => c.kind === "冲突").length}），见「合并报告」`,
    ...(extraColumns.length ? [`单位自加的列已保留：${extraColumns.map((c) => c.header).join("、")}`] : []),
    ...skipped.map((s) => `已跳过 ${s.name}：${s.reason}（${s.code}）`),
  ];
  return { patch, rowsIn, rowsOut: written.length, conflicts, catalogueNotes, skipped, extraColumns, notes };
}

function datesDiffer(rows: MergedRow[]): boolean {
  return new Set(rows.map((r) => r.date)).size > 1;
}

/** "完成值：7.2%（a.xlsx!3）/ 7.5%（b.xlsx!4）" for every field in which the versions differ. */
function differences(versions: MergedRow[]): string {
  const parts: string[] = [];
  for (const f of COMPARED) {
    const values = versions.map((v) => cellText(v.cells[f.index]));
    if (new Set(values.map(foldText)).size > 1) parts.push(`${f.label}：${versions.map((v, i) => `${short(values[i])}（${v.source}）`).join(" / ")}`);
  }
  const keys = new Set(versions.flatMap((v) => [...v.extras.keys()]));
  for (const k of keys) {
    const values = versions.map((v) => cellText(v.extras.get(k) ?? null));
    if (new Set(values.map(foldText)).size > 1) parts.push(`${k}：${versions.map((v, i) => `${short(values[i])}（${v.source}）`).join(" / ")}`);
  }
  return parts.join("；");
}
