/**
 * The render plan: a WorkbookPatch resolved once into what every host writes — the grid of each result
 * sheet and where its header and data rows fall, column widths, the validation rules with their Chinese
 * messages, the colours, the print layout, and the workbook names. The four renderers (the zip-level
 * copy, exceljs, Office.js, WPS ET) only move the plan into their object model; none of them decides a
 * colour, a message or a row number of its own.
 */
import { AppendedColumn, CellEdit, ColumnSpec, ColumnValidation, Fill, OutputSheet, renderSheetRows, RowValues, WorkbookPatch } from "./output";
import { CellValue, isCellError, isRichText } from "./sheet/cellValue";
import { columnLetter, quoteSheetName } from "./sheet/address";

/**
 * One palette, as #RRGGBB: the cell fill and the text drawn on it. Red, yellow and green are Excel's
 * own 差 / 适中 / 好 pairs, which WPS and LibreOffice show alike.
 */
export const PALETTE: Record<Fill, { fill: string; font: string }> = {
  red: { fill: "#FFC7CE", font: "#9C0006" },
  yellow: { fill: "#FFEB9C", font: "#9C5700" },
  green: { fill: "#C6EFCE", font: "#006100" },
  blue: { fill: "#BDD7EE", font: "#1F4E79" },
  grey: { fill: "#E7E6E6", font: "#404040" },
  header: { fill: "#D9E1F2", font: "#000000" },
};

/** The colour of internal links and of data bars. */
export const LINK_COLOR = "#0563C1";
export const DATA_BAR_COLOR = "#5B9BD5";

/** "#F8CBAD" → "FFF8CBAD", as OOXML and exceljs spell an opaque colour. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** A data-validation rule, resolved: what the cell accepts and what it tells the person typing. */
export interface ValidationPlan {
  type: "list" | "textLength";
  /** A list of literal values (hosts join them with ","). */
  values?: string[];
  /** A list read from a range, "'任务清单'!$A$2:$A$83" (no "="). */
  range?: string;
  /** The most characters a textLength rule allows. */
  max?: number;
  errorTitle: string;
  error: string;
  /** Shown when the cell is selected; absent for drop-downs, whose arrow says enough. */
  promptTitle?: string;
  prompt?: string;
}

/** `patch` locates a listRange's source: its data starts below that sheet's title rows and header. */
function planValidation(v: ColumnValidation, patch: WorkbookPatch): ValidationPlan {
  switch (v.kind) {
    case "list":
      return { type: "list", values: v.values, errorTitle: "输入有误", error: `请从下拉列表中选择：${v.values.join("、")}` };
    case "listRange": {
      const source = patch.sheets.find((s) => s.name === v.sheet);
      const first = (source?.titleRows?.length ?? 0) + 2;
      const col = columnLetter(v.column);
      return { type: "list", range: `${quoteSheetName(v.sheet)}!$${col}$${first}:$${col}$${first + v.rows - 1}`, errorTitle: "输入有误", error: `请从「${v.sheet}」已有的值中选择` };
    }
    case "textLength":
      return { type: "textLength", max: v.max, errorTitle: "字数超限", error: `不超过 ${v.max} 字`, promptTitle: "字数上限", prompt: `请简明扼要，不超过 ${v.max} 字` };
  }
}

/**
 * How a result sheet prints: A4 landscape (portrait for a page of text), as wide as one page and as many pages tall as it needs, the
 * title and header rows repeated at the top of every page.
 */
export interface PagePlan {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Pages across (1) and down (0: as many as needed). */
  fitToWidth: 1;
  fitToHeight: 0;
  /** 1-based sheet rows repeated on every page, first to last. */
  titleRows: { first: number; last: number };
  /** The print-titles reference, "'汇总'!$1:$2", as the _xlnm.Print_Titles name and ET's PrintTitleRows take it. */
  titleRef: string;
  /** Rows alone, "$1:$2", as Office.js's setPrintTitleRows takes them. */
  titleRowsRef: string;
  /** Paper size codes: OOXML / ET (xlPaperA4 = 9). */
  paperCode: 9;
  /** Grid lines printed: the sheets have no borders of their own. */
  gridLines: true;
  /** Margins in inches, as OOXML gives them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** Widest a column grows to fit its text, in characters; longer text wraps instead of being cut. */
const MAX_FIT_WIDTH = 30;

/** Display width of text in character units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  // By UTF-16 unit, a surrogate pair taken as its one character: iterating the string by characters made an
  // object per character (sizing 校验结果 at 10⁵ findings read ~6 million of them).
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x1100) {
      n++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    n += code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1;
  }
  return n;
}

function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isRichText(v)) return v.richText.map((r) => r.text).join("");
  if (isCellError(v)) return v.error;
  return typeof v === "number" ? String(Math.round(v * 1000) / 1000) : String(v);
}

/** Rows read to size a column: enough to see its longest names, bounded so a 10⁶-row sheet costs nothing. */
const SIZE_ROWS = 20000;

/** A column as it is drawn: its width grown to its longest value (up to MAX_FIT_WIDTH, then wrapped). */
export interface ColumnPlan {
  spec: ColumnSpec;
  width: number | undefined;
  wrap: boolean;
  validation?: ValidationPlan;
}

function planColumn(spec: ColumnSpec, values: Iterable<CellValue | undefined>, patch: WorkbookPatch, formatted: boolean): ColumnPlan {
  let width = spec.width;
  let wrap = spec.wrap ?? false;
  if (width !== undefined && !wrap && !spec.numberFormat) {
    let longest = displayWidth(spec.header);
    let n = 0;
    for (const v of values) {
      if (n++ >= SIZE_ROWS) break;
      longest = Math.max(longest, displayWidth(textOf(v)));
    }
    // A little room for the filter button and the cell padding.
    const fit = longest + 2;
    if (fit > width) {
      width = Math.min(fit, MAX_FIT_WIDTH);
      if (fit > MAX_FIT_WIDTH) wrap = true;
    }
  }
  return { spec, width, wrap, validation: formatted && spec.validation ? planValidation(spec.validation, patch) : undefined };
}

/** A result sheet resolved: its grid, rows (0-based) and columns. */
export interface SheetPlan {
  sheet: OutputSheet;
  /** Title rows, header, data rows: exactly the cells every host writes (renderSheetRows). */
  grid: CellValue[][];
  titles: string[];
  headerRow: number;
  firstData: number;
  /** Last data row (headerRow when there are none). */
  lastData: number;
  /** Last row formats and validations reach: the data rows, or the blank rows of a template below them. */
  lastFormatted: number;
  columns: ColumnPlan[];
  page: PagePlan;
  /** The autofilter's range, 0-based and inclusive, or null. */
  filter: CellBox | null;
  /**
   * Heights in points of data rows whose wrapped text takes more than one line, by 0-based index into
   * `sheet.rows`: for file hosts, which cannot measure text (Excel and WPS fit rows themselves).
   */
  rowHeights: Map<number, number>;
}

/** Points a line of 11-point text takes, CJK included, and the most a row may have. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/** Lines a text takes in a column `width` characters wide, wrapped. */
function linesIn(text: string, width: number): number {
  const per = Math.max(1, width - 1);
  if (text.indexOf("\n") < 0) return Math.max(1, Math.ceil(displayWidth(text) / per));
  let lines = 0;
  for (const part of text.split("\n")) lines += Math.max(1, Math.ceil(displayWidth(part) / per));
  return lines;
}

function rowHeights(sheet: OutputSheet, columns: ColumnPlan[]): Map<number, number> {
  const heights = new Map<number, number>();
  const wrapped = columns.map((c, i) => (c.wrap && c.width ? i : -1)).filter((i) => i >= 0);
  if (!wrapped.length) return heights;
  sheet.rows.forEach((row, r) => {
    let lines = 1;
    for (const c of wrapped) {
      const text = textOf(row[c]);
      if (text) lines = Math.max(lines, linesIn(text, columns[c].width!));
    }
    if (lines > 1) heights.set(r, Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
  });
  return heights;
}

function planPage(sheetName: string, headerRow: number, portrait = false): PagePlan {
  const last = headerRow + 1;
  return {
    orientation: portrait ? "portrait" : "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: { first: 1, last },
    titleRef: `${quoteSheetName(sheetName)}!$1:$${last}`,
    titleRowsRef: `$1:$${last}`,
    paperCode: 9,
    gridLines: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

function planSheet(sheet: OutputSheet, patch: WorkbookPatch): SheetPlan {
  const titles = sheet.titleRows ?? [];
  const headerRow = titles.length;
  const lastData = headerRow + sheet.rows.length;
  const lastFormatted = headerRow + Math.max(sheet.rows.length, sheet.validatedRows ?? 0);
  const columns = sheet.columns.map((spec, c) => planColumn(spec, (function* () {
    for (const row of sheet.rows) yield row[c];
  })(), patch, lastFormatted > headerRow));
  return {
    sheet,
    grid: renderSheetRows(sheet),
    titles,
    headerRow,
    firstData: headerRow + 1,
    lastData,
    lastFormatted,
    columns,
    page: planPage(sheet.name, headerRow, sheet.portrait),
    filter: sheet.autoFilter && sheet.columns.length ? { top: headerRow, left: 0, bottom: headerRow + Math.max(sheet.rows.length, 1), right: sheet.columns.length - 1 } : null,
    rowHeights: rowHeights(sheet, columns),
  };
}

/** A column appended beside typed data, resolved. */
export interface AppendedPlan {
  column: AppendedColumn;
  plan: ColumnPlan;
  /** Last sheet row (0-based) with a value of ours. */
  lastValueRow: number;
}

function planAppended(column: AppendedColumn, patch: WorkbookPatch): AppendedPlan {
  let last = column.headerRow;
  if (column.values instanceof RowValues) last = Math.max(last, column.values.lastRow());
  else for (const row of column.values.keys()) last = Math.max(last, row);
  return { column, plan: planColumn(column.spec, column.values.values(), patch, true), lastValueRow: last };
}

/** A workbook-level name the patch sets, replacing one of the same name whatever its case. */
export interface NamePlan {
  name: string;
  /** The formula without "=": "'设置'!$A$2:$A$201". */
  refersTo: string;
  /** duban's ownership marks are hidden; the names formulas use are shown in the Name Manager. */
  hidden: boolean;
}

/** Every name of a patch in one list: ownership marks and the names its formulas use; the last of a name wins. */
function planNames(patch: WorkbookPatch): NamePlan[] {
  const byName = new Map<string, NamePlan>();
  for (const n of patch.names ?? []) byName.set(n.name.toLowerCase(), { name: n.name, refersTo: n.refersTo, hidden: true });
  for (const n of patch.definedNames ?? []) byName.set(n.name.toLowerCase(), { name: n.name, refersTo: n.ref, hidden: false });
  return [...byName.values()];
}

/** A box of cells, 0-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * For one sheet that gets appended columns: what an autofilter people set over the typed table becomes.
 * Every host reads the sheet's filter box, asks `widenFilter`, and when it answers re-applies the filter over
 * the new box with each column's criteria as they were; no host decides the rule itself.
 */
export interface FilterWidening {
  sheet: string;
  /** Header rows of our columns: a filter starting on one of them is over the table we annotate. */
  headerRows: number[];
  /** Our columns, first to last. */
  firstCol: number;
  lastCol: number;
  /** Last row holding a value of ours (at least the header row). */
  lastValueRow: number;
}

/**
 * The filter box widened over our columns, or null when it stays as it is: a filter that starts on our
 * header row and ends just left of our columns (or inside them, a box an earlier run widened less far) takes
 * them in, down to our last value. Its top and left never move, so a filtered column keeps its index.
 * A filter elsewhere — another table, a column gap between it and ours, already covering ours — is left alone.
 */
export function widenFilter(w: FilterWidening, existing: CellBox): CellBox | null {
  if (existing.right >= w.lastCol || existing.right < w.firstCol - 1 || !w.headerRows.includes(existing.top)) return null;
  return { top: existing.top, left: existing.left, bottom: Math.max(existing.bottom, w.lastValueRow), right: w.lastCol };
}

function planWidenings(columns: AppendedPlan[]): FilterWidening[] {
  const bySheet = new Map<string, FilterWidening>();
  for (const { column, lastValueRow } of columns) {
    const w = bySheet.get(column.sheet);
    if (!w) {
      bySheet.set(column.sheet, { sheet: column.sheet, headerRows: [column.headerRow], firstCol: column.col, lastCol: column.col, lastValueRow });
      continue;
    }
    if (!w.headerRows.includes(column.headerRow)) w.headerRows.push(column.headerRow);
    w.firstCol = Math.min(w.firstCol, column.col);
    w.lastCol = Math.max(w.lastCol, column.col);
    w.lastValueRow = Math.max(w.lastValueRow, lastValueRow);
  }
  return [...bySheet.values()];
}

/** The whole patch resolved. */
export interface RenderPlan {
  sheets: SheetPlan[];
  columns: AppendedPlan[];
  /** One a sheet that gets appended columns, in the order of the columns. */
  filters: FilterWidening[];
  cells: CellEdit[];
  names: NamePlan[];
  /** Some sheet has formula cells: the host recalculates on opening. */
  recalc: boolean;
}

export function renderPlan(patch: WorkbookPatch): RenderPlan {
  const columns = patch.columns.map((c) => planAppended(c, patch));
  return {
    sheets: patch.sheets.map((s) => planSheet(s, patch)),
    columns,
    filters: planWidenings(columns),
    cells: patch.cells ?? [],
    names: planNames(patch),
    recalc: patch.sheets.some((s) => s.formulaCells?.length),
  };
}

/** Inches (as the plan and OOXML give margins) in points, as Office.js and ET take them, to 0.1 pt. */
export function points(inches: number): number {
  return Math.round(inches * 720) / 10;
}

/** "A1:K12" of a 0-based box. */
export function boxRef(b: CellBox): string {
  return `${columnLetter(b.left)}${b.top + 1}:${columnLetter(b.right)}${b.bottom + 1}`;
}
