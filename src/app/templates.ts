/**
 * 填报表: the fill-in workbooks made from the open workbook's catalogue — one per unit (`duban template
 * --per-unit`, the pane's 生成填报表) or the whole catalogue in one — and the blank one. The use case
 * returns each workbook as a patch for a new file, with the name it is saved or offered under: the CLI
 * writes the files, the pane renders them to bytes for download. Every form checks itself on opening.
 */
import { Analysis, buildLayoutPatch, layoutOptions, perUnitPatches, taskToLayout, unitFormFileName, UnitEntry, WorkbookData, WorkbookPatch, withSelfCheck } from "../core";
import { analyseBook } from "./analysis";
import { RunOptions, WorkbookPort } from "./ports";

interface FormsRequest<R> {
  today: string;
  asOf?: string;
  run?: RunOptions;
  afterRead?: (book: WorkbookData) => void;
  /** Units to add to the workbook's own 单位 (from another file), by name, those already there left alone. */
  extraUnits?: UnitEntry[];
  keep: (analysis: Analysis, book: WorkbookData) => R;
}

async function analysed<R>(port: WorkbookPort, request: FormsRequest<R>): Promise<{ analysis: Analysis; kept: R }> {
  const { analysis, book } = await analyseBook(port, request);
  const extra = request.extraUnits ?? [];
  if (extra.length) analysis.units.push(...extra.filter((u) => !analysis.units.some((e) => e.name === u.name)));
  return { analysis, kept: request.keep(analysis, book) };
}

/** One workbook per unit: the unit's tasks, ready to fill and return. */
export async function unitForms<R>(port: WorkbookPort, request: FormsRequest<R>) {
  const { analysis, kept } = await analysed(port, request);
  const forms = perUnitPatches(analysis).map((f) => ({ ...f, fileName: unitFormFileName(analysis.settings.year, f.unit) }));
  return { kept, year: analysis.settings.year, forms };
}

/** The whole catalogue in one workbook to fill. */
export async function catalogueForm<R>(port: WorkbookPort, request: FormsRequest<R>): Promise<{ kept: R; patch: WorkbookPatch }> {
  const { analysis, kept } = await analysed(port, request);
  return { kept, patch: withSelfCheck(buildLayoutPatch({ ...layoutOptions(analysis), tasks: analysis.tasks.map(taskToLayout) })) };
}

/** A blank workbook in duban's layout (任务清单, 进展填报, 单位, 设置). */
export function blankForm(units: UnitEntry[], year: number): WorkbookPatch {
  return withSelfCheck(buildLayoutPatch({ tasks: [], units, year }));
}
