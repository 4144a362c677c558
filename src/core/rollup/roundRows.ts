/**
 * 汇总's rows on the last round and the year's end, below its per-unit, per-section and per-leader lines:
 * 与上期比较 — the whole round's counts then and now in 汇总's own columns, then what changed in the
 * bulletin's words (tasks finished, caught up, fallen behind; units whose 序时率 rose or fell); 年底预判 —
 * where the cumulative targets with a figure this round are heading. Rows of words hold their text in the
 * 名称 column with the cells to its right left empty, so a spreadsheet shows the line across them.
 * Nothing when the book holds one round and no target can be projected.
 */
import type { Analysis } from "../analysis";
import type { CellValue } from "../sheet/cellValue";
import { compareRounds, comparisonLines, projectionLines } from "../bulletin/previousRound";
import { currentPeriod } from "../settings/periods";
import { RollupLine, rollupLine } from "./rollUp";
import type { TaskState } from "./taskStates";

export const ROUND_DIMENSION = { comparison: "与上期比较", projection: "年底预判" } as const;

/** The rows, each `width` cells wide (汇总's columns, with or without the weighted ratios). */
export function roundRows(a: Analysis, width: number): CellValue[][] {
  const c = compareRounds(a);
  const weighted = a.rollup.hasWeights;
  const rows: CellValue[][] = [];
  const pad = (cells: CellValue[]) => [...cells, ...new Array<CellValue>(Math.max(0, width - cells.length)).fill(null)];
  const counts = (l: RollupLine): CellValue[] => [
    l.assigned, l.reported, l.done, l.onTrack, l.lagging, l.overdue, l.unjudged, l.notReported, l.completionRatio, l.onScheduleRatio,
    ...(weighted ? [l.weightedCompletion, l.weightedOnSchedule] : []),
  ];
  const period = currentPeriod(a.settings.periods, a.settings.asOf);
  if (c.previous) {
    const all = (states: Iterable<TaskState>) => rollupLine("section", "", [...states], weighted);
    rows.push(pad([ROUND_DIMENSION.comparison, `${c.previous.period.name}（上期）全部任务`, ...counts(all(c.previous.states.values()))]));
    rows.push(pad([ROUND_DIMENSION.comparison, `${period?.name ?? "本期"}（本期）全部任务`, ...counts(all(a.states.values()))]));
    for (const l of comparisonLines(c, a)) rows.push(pad([ROUND_DIMENSION.comparison, (l.lead ?? "") + l.text]));
  }
  for (const l of projectionLines(c, a, period?.name ?? "本期")) rows.push(pad([ROUND_DIMENSION.projection, l.text]));
  return rows;
}
