import { analyzeWorkbook, Analysis } from "../engine";
import { CellValue, WorkbookData } from "../sheet/cellValue";
import { expandMerges } from "../sheet/expandMerges";
import { findHeader } from "../sheet/findHeader";
import { findSheets } from "../layout/findSheets";
import { PROGRESS_HEADERS, PROGRESS_WRITTEN } from "../layout/headers";
import { buildLayoutPatch } from "../layout/buildLayout";
import { layoutOptions, taskToLayout } from "../layout/perUnit";
import { OutputSheet, WorkbookPatch } from "../output";
import { cellText, foldText } from "../text/normalize";
import { normalizeTaskId } from "../catalogue/taskId";
import { matchPeriod } from "../settings/periods";
import { SHEET } from "../layout/sheetNames";
import { IsoDate } from "../text/dates";

export interface MergeInput {
  /** The file name shown in the report. */
  name: string;
  data: WorkbookData;
}

export interface MergeConflict {
  taskId: string;
  unit: string;
  period: string;
  /** 重复: the same content twice; 冲突: different content for the same key. */
  kind: "重复" | "冲突";
  sources: string[];
}

export interface MergeResult {
  patch: WorkbookPatch;
  rowsIn: number;
  rowsOut: number;
  conflicts: MergeConflict[];
  /** Tasks of later books that the first catalogue lacks (added) or words differently (kept as first). */
  catalogueNotes: string[];
}

interface MergedRow {
  cells: CellValue[];
  source: string;
  key: string;
  content: string;
  taskId: string;
  unit: string;
  period: string;
}

/**
 * Combines returned unit workbooks: the catalogue, units and settings of the first book (tasks only the
 * others have are added), and every progress row of every book. Nothing is dropped: rows that share a
 * task, unit and period are all kept and listed in 合并报告.
 */
export function mergeBooks(inputs: MergeInput[], today: IsoDate): MergeResult {
  const analyses: Analysis[] = inputs.map((i) => analyzeWorkbook(i.data, { today }));
  const base = analyses[0];
  const tasks = base.tasks.slice();
  const catalogueNotes: string[] = [];
  analyses.slice(1).forEach((a, i) => {
    for (const task of a.tasks) {
      const known = tasks.find((t) => t.id === task.id);
      if (!known) {
        tasks.push(task);
        catalogueNotes.push(`${inputs[i + 1].name}：任务 ${task.id} 不在首个工作簿的任务清单中，已补入`);
      } else if (foldText(known.text) !== foldText(task.text)) {
        catalogueNotes.push(`${inputs[i + 1].name}：任务 ${task.id} 的内容与首个工作簿不同，以首个为准`);
      }
    }
  });

  const rows: MergedRow[] = [];
  let rowsIn = 0;
  inputs.forEach((input, i) => {
    const sheet = findSheets(input.data.sheets).progress;
    if (!sheet) return;
    const grid = expandMerges(sheet);
    const header = findHeader(grid, PROGRESS_HEADERS, ["taskId", "unit", "text"]);
    if (!header) return;
    for (let r = header.row + 1; r < grid.length; r++) {
      const row = grid[r] ?? [];
      const cells = PROGRESS_WRITTEN.map((f) => (header.columns[f] === undefined ? null : row[header.columns[f] as number] ?? null));
      if (cells.every((c) => cellText(c) === "")) continue;
      rowsIn++;
      const taskId = normalizeTaskId(cells[0]);
      const unit = analyses[i].registry.resolve(cellText(cells[1]));
      const periodText = cellText(cells[2]);
      const period = matchPeriod(periodText, base.settings.periods)?.name ?? foldText(periodText);
      rows.push({ cells, source: `${input.name}!${r + 1}`, key: `${taskId}\u0000${unit}\u0000${period}`, content: cells.slice(3).map((c) => foldText(cellText(c))).join("\u0000"), taskId, unit, period });
    }
  });

  const groups = new Map<string, MergedRow[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  const conflicts: MergeConflict[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const same = group.every((g) => g.content === group[0].content);
    conflicts.push({ taskId: group[0].taskId, unit: group[0].unit, period: group[0].period, kind: same ? "重复" : "冲突", sources: group.map((g) => g.source) });
  }

  const patch = buildLayoutPatch({ ...layoutOptions(base), tasks: tasks.map(taskToLayout), blankRows: 0 });
  const progress = patch.sheets.find((s) => s.name === SHEET.progress) as OutputSheet;
  progress.columns = [...progress.columns, { header: "来源", width: 28 }];
  progress.rows = rows.map((r) => [...r.cells, r.source]);
  const report: OutputSheet = {
    name: "合并报告",
    titleRows: [`合并 ${inputs.length} 个工作簿：读入进展 ${rowsIn} 行，写出 ${rows.length} 行；同一任务、单位、报告期有多行的 ${conflicts.length} 组，均已保留`],
    columns: [{ header: "类型", width: 8 }, { header: "任务序号", width: 8 }, { header: "单位", width: 20 }, { header: "报告期", width: 10 }, { header: "来源（文件!行）", width: 60, wrap: true }],
    rows: [
      ...conflicts.map((c): CellValue[] => [c.kind, c.taskId, c.unit, c.period, c.sources.join("；")]),
      ...catalogueNotes.map((n): CellValue[] => ["任务清单", "", "", "", n]),
    ],
    freezeHeader: true,
    autoFilter: true,
  };
  patch.sheets.push(report);
  patch.summary = [`读入进展 ${rowsIn} 行，写出 ${rows.length} 行`, `多行同键 ${conflicts.length} 组（重复 ${conflicts.filter((c) => c.kind === "重复").length}，冲突 ${conflicts.filter((c) => c.kind === "冲突").length}），见「合并报告」`];
  return { patch, rowsIn, rowsOut: rows.length, conflicts, catalogueNotes };
}
