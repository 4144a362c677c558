import { CellValue } from "./sheet/cellValue";
import { CELL_TEXT_MAX, fitCellText } from "./sheet/cellTextLimit";

/**
 * What the engine asks a host to write. The core decides content and formatting; each adapter (exceljs,
 * Office.js, WPS) only renders it. Sheets are regenerated whole; columns are appended beside user data.
 */
export type Fill = "red" | "yellow" | "green" | "blue" | "grey" | "header";

interface ConditionalFill {
  /** Exact cell text that gets the fill. */
  equals: string;
  fill: Fill;
}

export type ColumnValidation =
  | { kind: "list"; values: string[] }
  | { kind: "listRange"; sheet: string; column: number; rows: number }
  | { kind: "textLength"; max: number };

export interface ColumnSpec {
  header: string;
  width?: number;
  /** Number format such as "0.0%" or "yyyy-mm-dd". */
  numberFormat?: string;
  validation?: ColumnValidation;
  conditionalFills?: ConditionalFill[];
  wrap?: boolean;
}

/**
 * A conditional format given by a formula (no leading "="), written for the top-left cell of `ref`: relative
 * references shift across the range as in Excel. Use only functions Excel, WPS and LibreOffice share.
 */
export interface FormulaFormat {
  /** A1 range on the sheet, "D3:D202". */
  ref: string;
  formula: string;
  fill: Fill;
}

/** A cell holding a formula (no leading "="); `result` is the value shown until the host recalculates. */
interface FormulaCell {
  /** Zero-based row and column in the grid of renderSheetRows (title rows, header, data rows). */
  row: number;
  col: number;
  formula: string;
  result: CellValue;
}

/** A workbook-level name for a range, "'任务清单'!$A$2:$A$5001", that formulas and formats refer to. */
export interface DefinedName {
  name: string;
  ref: string;
}

/** An internal link from a cell to another sheet's cell. */
export interface CellLink {
  row: number;
  col: number;
  sheet: string;
  address: string;
}

export interface OutputSheet {
  name: string;
  /** Optional lines above the header (title, as-of date). */
  titleRows?: string[];
  columns: ColumnSpec[];
  rows: CellValue[][];
  links?: CellLink[];
  freezeHeader?: boolean;
  autoFilter?: boolean;
  /** Rows with validations applied (for blank templates), beyond the data rows. */
  validatedRows?: number;
  /** Columns shown with data bars (ratios), a chart-free visual every host can render. */
  dataBarColumns?: number[];
  /** A chart of one column against the first column, where the host can draw charts. */
  chart?: { title: string; categoryColumn: number; valueColumn: number; rows: number };
  /** Formula cells over the grid (hosts without formulas keep the grid's value, e.g. the title text). */
  formulaCells?: FormulaCell[];
  /** Formula-based conditional formats, after the column formats. */
  formulaFormats?: FormulaFormat[];
  /** Printed portrait (a page of text such as 通报); tables print landscape. */
  portrait?: boolean;
}

/** A column written at the right of an existing sheet, next to what people typed. */
export interface AppendedColumn {
  sheet: string;
  /** Zero-based row of the sheet's header. */
  headerRow: number;
  /** Zero-based column it goes into (first free column after the data). */
  col: number;
  spec: ColumnSpec;
  /** Values keyed by zero-based sheet row (a Map, or RowValues for a column beside every progress row). */
  values: ReadonlyMap<number, CellValue>;
}

/**
 * Values by sheet row held in an array indexed by row: what a column beside 10⁶ progress rows needs, in
 * 8 bytes a row where a Map takes ~30 and rehashes its way there. Read like a Map, keys in ascending order.
 */
export class RowValues implements ReadonlyMap<number, CellValue> {
  /** undefined marks a row without a value (a CellValue is never undefined). */
  private readonly byRow: (CellValue | undefined)[] = [];
  private count = 0;

  set(row: number, value: CellValue): this {
    if (!Number.isInteger(row) || row < 0) throw new RangeError(`row ${row}`);
    // Rows are filled up to this one first, so the array stays dense rather than becoming a dictionary.
    for (let r = this.byRow.length; r < row; r++) this.byRow.push(undefined);
    if (this.byRow[row] === undefined) this.count++;
    this.byRow[row] = value;
    return this;
  }

  get size(): number {
    return this.count;
  }

  get(row: number): CellValue | undefined {
    return this.byRow[row];
  }

  has(row: number): boolean {
    return this.byRow[row] !== undefined;
  }

  *entries(): MapIterator<[number, CellValue]> {
    for (let r = 0; r < this.byRow.length; r++) {
      const v = this.byRow[r];
      if (v !== undefined) yield [r, v];
    }
  }

  // keys and values walk the array themselves: through entries() each row made a pair to destructure
  // (planning a column beside 10⁵ rows read its keys that way).
  *keys(): MapIterator<number> {
    for (let r = 0; r < this.byRow.length; r++) if (this.byRow[r] !== undefined) yield r;
  }

  *values(): MapIterator<CellValue> {
    for (let r = 0; r < this.byRow.length; r++) {
      const v = this.byRow[r];
      if (v !== undefined) yield v;
    }
  }

  /** The last row with a value, or -1. */
  lastRow(): number {
    for (let r = this.byRow.length - 1; r >= 0; r--) if (this.byRow[r] !== undefined) return r;
    return -1;
  }

  [Symbol.iterator](): MapIterator<[number, CellValue]> {
    return this.entries();
  }

  forEach(callback: (value: CellValue, row: number, map: ReadonlyMap<number, CellValue>) => void, thisArg?: unknown): void {
    for (const [r, v] of this.entries()) callback.call(thisArg, v, r, this);
  }
}

/**
 * A hidden workbook-level defined name a patch sets, replacing one of the same name: how duban marks what
 * is its own (see layout/ownership.ts). `refersTo` is the formula without "=", e.g. `'校验结果'!$A$1`.
 */
export interface MarkName {
  name: string;
  refersTo: string;
}

/**
 * One cell of an existing sheet rewritten in place, its format, the sheet's other cells and every name
 * pointing into the sheet left as they are (what saving the 设置 tab writes).
 */
export interface CellEdit {
  sheet: string;
  /** Zero-based sheet row and column. */
  row: number;
  col: number;
  value: CellValue;
}

export interface WorkbookPatch {
  sheets: OutputSheet[];
  columns: AppendedColumn[];
  /** Cells of existing sheets rewritten in place, after the sheets and columns. */
  cells?: CellEdit[];
  /** Hidden names to set (duban's ownership marks). The render plan merges them with `definedNames`. */
  names?: MarkName[];
  /** What the run changed, in Chinese, for the user ("写入工作表 校验结果（23 行）"). */
  summary: string[];
  /** Names the formulas use (replaced when present in the book), shown in the Name Manager. */
  definedNames?: DefinedName[];
}

/**
 * The cell grid an output sheet renders to: title rows, the header, then the data rows. Every adapter
 * writes exactly these values; the memory port and the contract tests use it as the reference.
 */
export function renderSheetRows(sheet: OutputSheet): CellValue[][] {
  return [...(sheet.titleRows ?? []).map((t): CellValue[] => [t]), sheet.columns.map((c) => c.header), ...sheet.rows].map(withinCellLimit);
}

/**
 * A row whose texts fit a cell, the same array when they all do: a text past Excel's limit would make the whole file
 * unreadable there, so it is cut with a note (the sheets that hold paragraphs split them into rows before this).
 */
function withinCellLimit(row: CellValue[]): CellValue[] {
  const tooLong = (v: CellValue) => typeof v === "string" && v.length > CELL_TEXT_MAX;
  return row.some(tooLong) ? row.map((v) => (tooLong(v) ? fitCellText(v as string) : v)) : row;
}
