/// <reference types="office-js" />
/**
 * Renders a WorkbookPatch into the open workbook in one Excel.run. Output sheets are regenerated whole
 * (deleted and added again at the same position: the only way to drop in one go every chart,
 * validation, conditional format and filter a previous run left); appended columns are rewritten in
 * place next to what people typed. Writes are whole 2-D arrays, queued until about WRITE_BYTE_BUDGET
 * bytes and then sent, so no request passes Excel's 5 MB limit; calculation is suspended for each request.
 */
import { CellLink, ColumnSpec, OutputSheet, WorkbookPatch } from "../../core";
import { AppendedPlan, boxRef, CellBox, ColumnPlan, FilterWidening, NamePlan, PagePlan, points, renderPlan, RenderPlan, SheetPlan, ValidationPlan, widenFilter } from "../../core";
import { CellValue, isRichText } from "../../core";
import { cellAddress, columnLetter, quoteSheetName } from "../../core";
import { ExcelEnvironment, RunOptions } from "./excelContext";
import { cancelledError, toExcelHostError } from "./excelHostError";
import { estimateBytes, FILL_COLORS, toExcelValue } from "./cellValues";

export const WRITE_BYTE_BUDGET = 2_000_000;

/** What one queued command (a range, a property, its arguments) adds to a request, roughly. */
const COMMAND_BYTES = 300;

/** Points per character of column width (the core gives widths in characters, as exceljs does). */
const POINTS_PER_CHAR = 7;

/** Queues commands and sends them when the next write would pass the byte budget. */
class RequestBatch {
  private bytes = 0;
  private sent = 0;
  private suspended = false;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly env: ExcelEnvironment,
    private readonly options: RunOptions,
    private readonly expectedRequests: number,
  ) {}

  /** Suspends calculation once per request: the suspension lasts until that request's sync. */
  private suspend(): void {
    if (this.suspended || !this.env.supports("ExcelApi", "1.6")) return;
    this.context.application.suspendApiCalculationUntilNextSync();
    this.suspended = true;
  }

  /** Call before queuing a write of `bytes`; sends what is queued first when the write would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > WRITE_BYTE_BUDGET) await this.flush();
    this.suspend();
    this.bytes += bytes;
  }

  /** Requests sent so far. */
  get requests(): number {
    return this.sent;
  }

  async flush(): Promise<void> {
    this.suspend();
    this.options.onProgress?.(this.sent, Math.max(this.expectedRequests, this.sent + 1), "写入工作表");
    await this.context.sync();
    this.sent++;
    this.bytes = 0;
    this.suspended = false;
    if (this.options.signal?.aborted) throw cancelledError("write");
  }
}

function rowBytes(row: unknown[]): number {
  let n = 2;
  for (const v of row) n += estimateBytes(v);
  return n;
}

/** Writes `rows` (already Excel values) from sheet row `firstRow`, column `firstCol`, in budget-sized blocks. */
async function writeBlock(
  batch: RequestBatch,
  ws: Excel.Worksheet,
  firstRow: number,
  firstCol: number,
  rows: (string | number | boolean)[][],
  numberFormats: string[] | null,
): Promise<void> {
  if (rows.length === 0) return;
  const width = rows[0].length;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + rowBytes(rows[end]) <= WRITE_BYTE_BUDGET / 2)) {
      bytes += rowBytes(rows[end]) + (numberFormats ? width * 10 : 0);
      end++;
    }
    await batch.reserve(bytes);
    const range = ws.getRange(`${cellAddress(firstRow + start, firstCol)}:${cellAddress(firstRow + end - 1, firstCol + width - 1)}`);
    const block = rows.slice(start, end);
    if (numberFormats) range.numberFormat = block.map(() => numberFormats);
    range.values = block;
    start = end;
  }
}

function validationRule(v: ValidationPlan): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: v.range ? `=${v.range}` : (v.values ?? []).join(",") } };
  return { textLength: { formula1: v.max ?? 0, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator } };
}

/** Status colours as conditional formats, so they follow the cell when someone edits it. */
function addConditionalFills(env: ExcelEnvironment, range: Excel.Range, spec: ColumnSpec, values: CellValue[] | null, ws: Excel.Worksheet, firstRow: number, col: number): void {
  const fills = spec.conditionalFills ?? [];
  if (fills.length === 0) return;
  if (env.supports("ExcelApi", "1.6")) {
    range.conditionalFormats.clearAll();
    for (const f of fills) {
      const cf = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      cf.cellValue.format.fill.color = FILL_COLORS[f.fill].fill;
      cf.cellValue.format.font.color = FILL_COLORS[f.fill].font;
      cf.cellValue.rule = { formula1: `="${f.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
    return;
  }
  // Without conditional formats (ExcelApi < 1.6) the colours are painted once per cell.
  values?.forEach((v, i) => {
    const hit = fills.find((f) => f.equals === v);
    if (hit) ws.getRange(cellAddress(firstRow + i, col)).format.fill.color = FILL_COLORS[hit.fill].fill;
  });
}

function formatColumn(env: ExcelEnvironment, ws: Excel.Worksheet, plan: ColumnPlan, col: number, firstRow: number, lastRow: number, values: CellValue[] | null): void {
  const letter = columnLetter(col);
  if (plan.width) ws.getRange(`${letter}:${letter}`).format.columnWidth = plan.width * POINTS_PER_CHAR;
  if (lastRow < firstRow) return;
  const range = ws.getRange(`${letter}${firstRow + 1}:${letter}${lastRow + 1}`);
  if (plan.wrap) range.format.wrapText = true;
  addConditionalFills(env, range, plan.spec, values, ws, firstRow, col);
  const v = plan.validation;
  if (v && env.supports("ExcelApi", "1.8")) {
    range.dataValidation.clear();
    range.dataValidation.rule = validationRule(v);
    range.dataValidation.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: v.errorTitle, message: v.error };
    if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: v.promptTitle ?? "", message: v.prompt };
  }
}

/** A4 landscape, one page wide, the title and header rows on every page, grid lines printed (ExcelApi 1.9). */
function setPageLayout(env: ExcelEnvironment, ws: Excel.Worksheet, page: PagePlan): void {
  if (!env.supports("ExcelApi", "1.9")) return;
  const layout = ws.pageLayout;
  layout.orientation = (page.orientation === "portrait" ? "Portrait" : "Landscape") as Excel.PageOrientation;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  layout.printGridlines = page.gridLines;
  // Inches in the plan, points here.
  layout.leftMargin = points(page.margins.left);
  layout.rightMargin = points(page.margins.right);
  layout.topMargin = points(page.margins.top);
  layout.bottomMargin = points(page.margins.bottom);
  layout.setPrintTitleRows(page.titleRowsRef);
}

function styleHeader(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.fill.color = FILL_COLORS.header.fill;
  range.format.wrapText = true;
}

async function writeSheet(
  env: ExcelEnvironment,
  batch: RequestBatch,
  worksheets: Excel.WorksheetCollection,
  plan: SheetPlan,
  existing: Excel.Worksheet | undefined,
): Promise<void> {
  const out = plan.sheet;
  const position = existing ? existing.position : null;
  if (existing) existing.delete();
  const ws = worksheets.add(out.name);
  if (position !== null) ws.position = position;

  const nCols = Math.max(1, out.columns.length);
  const { titles, headerRow, firstData, lastData, lastFormatted } = plan;

  titles.forEach((title, i) => {
    const cell = ws.getRange(cellAddress(i, 0));
    cell.values = [[toExcelValue(title)]];
    cell.format.font.bold = true;
    if (i === 0) cell.format.font.size = 14;
  });
  const header = ws.getRange(`${cellAddress(headerRow, 0)}:${cellAddress(headerRow, nCols - 1)}`);
  header.values = [out.columns.map((c) => toExcelValue(c.header))];
  styleHeader(header);

  const values = out.rows.map((row) => Array.from({ length: nCols }, (_, c) => toExcelValue(row[c] ?? null)));
  const formats = out.columns.some((c) => c.numberFormat) ? out.columns.map((c) => c.numberFormat ?? "General") : null;
  await writeBlock(batch, ws, firstData, 0, values, formats);

  plan.columns.forEach((column, c) => {
    formatColumn(env, ws, column, c, firstData, lastFormatted, out.rows.map((r) => r[c] ?? null));
  });
  // Excel measures wrapped text itself: rows of wrapped columns are fitted to it.
  if (out.rows.length > 0 && plan.columns.some((c) => c.wrap)) ws.getRange(`${cellAddress(firstData, 0)}:${cellAddress(lastData, nCols - 1)}`).format.autofitRows();
  await writeRuns(env, batch, ws, out.rows, firstData);
  if (out.rows.length > 0 && env.supports("ExcelApi", "1.6")) {
    for (const c of out.dataBarColumns ?? []) {
      const bar = ws.getRange(`${cellAddress(firstData, c)}:${cellAddress(lastData, c)}`).conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
      bar.dataBar.lowerBoundRule = { type: "Number" as Excel.ConditionalFormatRuleType, formula: "0" };
      bar.dataBar.upperBoundRule = { type: "Number" as Excel.ConditionalFormatRuleType, formula: "1" };
    }
  }

  if (env.supports("ExcelApi", "1.7")) {
    if (env.supports("ExcelApi", "1.9")) await writeLinkBlocks(batch, ws, out.links ?? [], firstData);
    else {
      // Older Excel: every hyperlink is a command of its own in the request, counted against the budget too.
      for (const link of out.links ?? []) {
        await batch.reserve(COMMAND_BYTES);
        ws.getRange(cellAddress(firstData + link.row, link.col)).hyperlink = linkTo(link);
      }
    }
    if (out.freezeHeader) ws.freezePanes.freezeRows(headerRow + 1);
  }
  if (plan.filter && out.rows.length > 0 && env.supports("ExcelApi", "1.9")) {
    ws.autoFilter.apply(ws.getRange(`${cellAddress(plan.filter.top, plan.filter.left)}:${cellAddress(plan.filter.bottom, plan.filter.right)}`));
  }
  if (out.chart && out.chart.rows > 0) addChart(env, ws, out, headerRow, nCols);
  setPageLayout(env, ws, plan.page);
}

function linkTo(link: CellLink): Excel.RangeHyperlink {
  return { documentReference: `${quoteSheetName(link.sheet)}!${link.address}`, screenTip: `转到 ${link.sheet}!${link.address}` };
}

/** Rows of links set by one setCellProperties call: one range a block, not one a cell. */
const LINK_BLOCK_ROWS = 2000;

/**
 * Hyperlinks written a column block at a time with setCellProperties (ExcelApi 1.9): at 10⁵ findings that is
 * about fifty ranges instead of one range and one command a cell. Rows without a link get no properties.
 */
async function writeLinkBlocks(batch: RequestBatch, ws: Excel.Worksheet, links: CellLink[], firstRow: number): Promise<void> {
  const byColumn = new Map<number, Map<number, CellLink>>();
  for (const link of links) {
    let column = byColumn.get(link.col);
    if (!column) byColumn.set(link.col, (column = new Map()));
    column.set(link.row, link);
  }
  for (const [col, rows] of byColumn) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length; ) {
      const start = sorted[i];
      const end = Math.min(start + LINK_BLOCK_ROWS - 1, sorted[sorted.length - 1]);
      const props: Excel.SettableCellProperties[][] = [];
      let bytes = COMMAND_BYTES;
      for (let r = start; r <= end; r++) {
        const link = rows.get(r);
        props.push([link ? { hyperlink: linkTo(link) } : {}]);
        bytes += link ? 2 * (link.sheet.length + link.address.length) * 3 + 60 : 4;
      }
      await batch.reserve(bytes);
      ws.getRange(`${cellAddress(firstRow + start, col)}:${cellAddress(firstRow + end, col)}`).setCellProperties(props);
      while (i < sorted.length && sorted[i] <= end) i++;
    }
  }
}

/** Bold runs (lead units) where Excel can write them; otherwise the whole cell is bold. */
async function writeRuns(env: ExcelEnvironment, batch: RequestBatch, ws: Excel.Worksheet, rows: CellValue[][], firstRow: number): Promise<void> {
  const runs = env.supports("ExcelApi", "1.18");
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      const value = rows[r][c];
      if (!isRichText(value) || !value.richText.some((run) => run.bold)) continue;
      await batch.reserve(COMMAND_BYTES + value.richText.reduce((n, run) => n + estimateBytes(run.text), 0));
      const cell = ws.getRange(cellAddress(firstRow + r, c));
      if (runs) {
        cell.setCellProperties([[{ textRuns: value.richText.map((run) => ({ text: run.text, font: { bold: run.bold } })) }]]);
      } else {
        cell.format.font.bold = true;
      }
    }
  }
}

/** A native bar chart of one column against the category column, placed right of the table. */
function addChart(env: ExcelEnvironment, ws: Excel.Worksheet, out: OutputSheet, headerRow: number, nCols: number): void {
  const spec = out.chart!;
  const first = headerRow + 1;
  const last = headerRow + spec.rows;
  const column = (c: number) => ws.getRange(`${cellAddress(first, c)}:${cellAddress(last, c)}`);
  const chart = ws.charts.add("BarClustered" as Excel.ChartType, column(spec.valueColumn), "Columns" as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = out.columns[spec.valueColumn]?.header ?? spec.title;
  if (env.supports("ExcelApi", "1.7")) series.setXAxisValues(column(spec.categoryColumn));
  chart.setPosition(cellAddress(headerRow, nCols + 1));
}

async function writeColumn(env: ExcelEnvironment, batch: RequestBatch, ws: Excel.Worksheet, appended: AppendedPlan, usedLastRow: number): Promise<void> {
  const col = appended.column;
  const header = ws.getRange(cellAddress(col.headerRow, col.col));
  header.values = [[toExcelValue(col.spec.header)]];
  styleHeader(header);
  const keys = [...col.values.keys()];
  // Down to the last used row, so a status left by an earlier run on a since-deleted row is cleared.
  const lastRow = Math.max(col.headerRow, usedLastRow, ...keys);
  const values: CellValue[] = [];
  for (let r = col.headerRow + 1; r <= lastRow; r++) values.push(col.values.get(r) ?? null);
  const formats = col.spec.numberFormat ? [col.spec.numberFormat] : null;
  await writeBlock(batch, ws, col.headerRow + 1, col.col, values.map((v) => [toExcelValue(v)]), formats);
  formatColumn(env, ws, appended.plan, col.col, col.headerRow + 1, lastRow, values);
}

function patchBytes(patch: WorkbookPatch): number {
  let n = 0;
  for (const s of patch.sheets) for (const row of s.rows) n += rowBytes(row.map(toExcelValue));
  for (const c of patch.columns) for (const v of c.values.values()) n += estimateBytes(toExcelValue(v));
  for (const c of patch.cells ?? []) n += estimateBytes(toExcelValue(c.value)) + COMMAND_BYTES;
  return n;
}

/**
 * The plan's names (duban's hidden marks and the names its formulas use), each replacing one of the same
 * name. The lookups ride on the first sync and the writes on the last, so names cost no request of their
 * own. Excel before ExcelApi 1.4 cannot add names; there the marks are not written, and a later run places
 * its sheets and columns as on a book duban never wrote to (beside, never over, what is there).
 */
function lookUpNames(env: ExcelEnvironment, context: Excel.RequestContext, names: NamePlan[]): Excel.NamedItem[] {
  if (!names.length || !env.supports("ExcelApi", "1.4")) return [];
  return names.map((n) => {
    const item = context.workbook.names.getItemOrNullObject(n.name);
    // isNullObject is a scalar; the rule takes it for a navigation property.
    // eslint-disable-next-line office-addins/no-navigational-load
    item.load("isNullObject");
    return item;
  });
}

function queueNames(env: ExcelEnvironment, context: Excel.RequestContext, names: NamePlan[], existing: Excel.NamedItem[]): void {
  if (!names.length || !env.supports("ExcelApi", "1.4")) return;
  for (const item of existing) if (!item.isNullObject) item.delete();
  for (const n of names) context.workbook.names.add(n.name, `=${n.refersTo}`).visible = !n.hidden;
}

/** A sheet's autofilter as the first sync finds it, before our columns are written. */
interface FoundFilter {
  widening: FilterWidening;
  filter: Excel.AutoFilter;
  range: Excel.Range;
}

/**
 * The autofilter of each sheet that gets our columns (ExcelApi 1.9), looked up on the first sync with the
 * used ranges. Without the API set nothing is looked up and every filter stays as it is.
 */
function lookUpFilters(env: ExcelEnvironment, worksheets: Excel.WorksheetCollection, plan: RenderPlan): FoundFilter[] {
  if (!plan.filters.length || !env.supports("ExcelApi", "1.9")) return [];
  return plan.filters.map((widening) => {
    const filter = worksheets.getItem(widening.sheet).autoFilter;
    const range = filter.getRangeOrNullObject();
    // isNullObject is a scalar; the rule takes it for a navigation property.
    // eslint-disable-next-line office-addins/no-navigational-load
    range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    return { widening, filter, range };
  });
}

/** The filters the core widens; their criteria are loaded now and arrive with the next request. */
function filtersToWiden(found: FoundFilter[]): { found: FoundFilter; widened: CellBox }[] {
  const out: { found: FoundFilter; widened: CellBox }[] = [];
  for (const f of found) {
    if (f.range.isNullObject) continue;
    const box: CellBox = { top: f.range.rowIndex, left: f.range.columnIndex, bottom: f.range.rowIndex + f.range.rowCount - 1, right: f.range.columnIndex + f.range.columnCount - 1 };
    const widened = widenFilter(f.widening, box);
    if (!widened) continue;
    f.filter.load("criteria");
    out.push({ found: f, widened });
  }
  return out;
}

/**
 * A column's criterion as apply() takes it back: Excel reports the properties it does not use as null,
 * which apply() refuses (office-js#1226), so they are dropped. null: the column is not filtered.
 * undefined: a criterion duban cannot give back as it was (a rich-value subfield).
 */
function reusableCriterion(c: Excel.FilterCriteria | null | undefined): Excel.FilterCriteria | null | undefined {
  if (!c) return null;
  const kept = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== null && v !== undefined)) as Partial<Excel.FilterCriteria>;
  if (kept.subField) return undefined;
  const filtering = kept.criterion1 !== undefined || (kept.values?.length ?? 0) > 0 || kept.dynamicCriteria !== undefined || kept.color !== undefined || kept.icon !== undefined;
  if (!filtering || !kept.filterOn) return null;
  return kept as Excel.FilterCriteria;
}

/**
 * Re-applies each widened filter over its new box, each column's criterion as it was: the filter is
 * removed and applied again, since apply() over another range starts a new filter. Queued last, after
 * every write. A filter holding a criterion duban cannot give back is left exactly as it was.
 */
function queueFilters(worksheets: Excel.WorksheetCollection, widen: { found: FoundFilter; widened: CellBox }[]): void {
  for (const { found, widened } of widen) {
    const criteria = (found.filter.criteria ?? []).map(reusableCriterion);
    if (criteria.some((c) => c === undefined)) continue;
    const range = worksheets.getItem(found.widening.sheet).getRange(boxRef(widened));
    found.filter.remove();
    found.filter.apply(range);
    criteria.forEach((c, i) => {
      if (c) found.filter.apply(range, i, c);
    });
  }
}

/** Cells rewritten in place: the value only, so the cell's format and every name pointing at it stay. */
async function writeCells(batch: RequestBatch, worksheets: Excel.WorksheetCollection, plan: RenderPlan): Promise<void> {
  for (const edit of plan.cells) {
    await batch.reserve(COMMAND_BYTES + estimateBytes(toExcelValue(edit.value)));
    worksheets.getItem(edit.sheet).getRange(cellAddress(edit.row, edit.col)).values = [[toExcelValue(edit.value)]];
  }
}

export async function applyPatch(env: ExcelEnvironment, patch: WorkbookPatch, options: RunOptions = {}): Promise<void> {
  const plan = renderPlan(patch);
  if (plan.sheets.length === 0 && plan.columns.length === 0 && plan.cells.length === 0 && plan.names.length === 0) return;
  try {
    await env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position");
      const used = patch.columns.map((col) => {
        const range = worksheets.getItem(col.sheet).getUsedRangeOrNullObject(true);
        // isNullObject is a scalar; the rule takes it for a navigation property.
        // eslint-disable-next-line office-addins/no-navigational-load
        range.load("isNullObject,rowIndex,rowCount");
        return range;
      });
      const marks = lookUpNames(env, context, plan.names);
      const filters = lookUpFilters(env, worksheets, plan);
      await context.sync();
      if (options.signal?.aborted) throw cancelledError("write");
      const widen = filtersToWiden(filters);

      const expected = Math.ceil(patchBytes(patch) / WRITE_BYTE_BUDGET) + 1;
      const batch = new RequestBatch(context, env, options, expected);
      const byName = new Map(worksheets.items.map((ws) => [ws.name, ws]));
      for (const sheet of plan.sheets) await writeSheet(env, batch, worksheets, sheet, byName.get(sheet.sheet.name));
      for (let i = 0; i < plan.columns.length; i++) {
        const col = plan.columns[i];
        const u = used[i];
        const usedLast = u.isNullObject ? 0 : u.rowIndex + u.rowCount - 1;
        await writeColumn(env, batch, worksheets.getItem(col.column.sheet), col, usedLast);
      }
      await writeCells(batch, worksheets, plan);
      queueNames(env, context, plan.names, marks);
      if (widen.length) {
        // The criteria ride on the first write request; a patch small enough for one request sends it now.
        if (batch.requests === 0) await batch.flush();
        queueFilters(worksheets, widen);
      }
      await batch.flush();
      options.onProgress?.(1, 1, "写入完成");
    });
  } catch (err) {
    throw toExcelHostError(err, "write");
  }
}
