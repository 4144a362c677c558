/**
 * 填报表: the fill-in workbooks made from the open workbook's catalogue — one per unit (`duban template
 * --per-unit`, the pane's 生成填报表) or the whole catalogue in one — and the blank one. Each form is
 * written through a new workbook's port (NewWorkbook), opened under the name it is saved or offered as:
 * the CLI's are new .xlsx files, the pane's .xlsx bytes it offers as downloads. Every form checks itself
 * on opening.
 */
import { Analysis, buildLayoutPatch, findSheets, layoutOptions, perUnitPatches, readUnits, taskToLayout, unitFormFileName, unitFormGroups, UnitEntry, WorkbookData, WorkbookPatch, withSelfCheck } from "../core";
import { analyseBook } from "./analysis";
import { NewWorkbook, RunOptions, WorkbookPort } from "./ports";

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

/** A form written: the name it was opened under and what the patch says it holds. */
interface WrittenForm {
  fileName: string;
  summary: string[];
}

async function write(newBook: NewWorkbook, fileName: string, patch: WorkbookPatch, run?: RunOptions): Promise<WrittenForm> {
  await newBook(fileName).apply(patch, run);
  return { fileName, summary: patch.summary };
}

/** One workbook per unit, each written as a new workbook named for the unit: the unit's tasks, ready to fill and return. */
export async function unitForms<R>(port: WorkbookPort, request: FormsRequest<R>, newBook: NewWorkbook) {
  const { analysis, kept } = await analysed(port, request);
  const year = analysis.settings.year;
  const forms: (WrittenForm & { unit: string; tasks: number })[] = [];
  for (const { unit, tasks, patch } of perUnitPatches(analysis)) forms.push({ unit, tasks, ...(await write(newBook, unitFormFileName(year, unit), patch, request.run)) });
  // Group phrases that name nobody in particular: no form, said with their tasks.
  return { kept, year, forms, groups: unitFormGroups(analysis) };
}

/** The whole catalogue in one workbook to fill, written as the new workbook `fileName`. */
export async function catalogueForm<R>(port: WorkbookPort, request: FormsRequest<R>, newBook: NewWorkbook, fileName: string): Promise<{ kept: R } & WrittenForm> {
  const { analysis, kept } = await analysed(port, request);
  const patch = withSelfCheck(buildLayoutPatch({ ...layoutOptions(analysis), tasks: analysis.tasks.map(taskToLayout) }));
  return { kept, ...(await write(newBook, fileName, patch, request.run)) };
}

/** A blank workbook in duban's layout (任务清单, 进展填报, 单位, 设置), written as the new workbook `fileName`. */
export function blankForm(newBook: NewWorkbook, fileName: string, units: UnitEntry[], year: number, run?: RunOptions): Promise<WrittenForm> {
  return write(newBook, fileName, withSelfCheck(buildLayoutPatch({ tasks: [], units, year })), run);
}

/** The units another workbook lists (its 单位 sheet, else its first sheet), to add to the forms' 单位. */
export async function unitsOfBook(port: WorkbookPort): Promise<UnitEntry[]> {
  const data = await port.read();
  const sheet = findSheets(data.sheets).units ?? data.sheets[0];
  return sheet ? readUnits(sheet) : [];
}
