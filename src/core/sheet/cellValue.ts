/**
 * The one shape every host hands to the core. Adapters (exceljs, Office.js, WPS ET) convert their own
 * cell objects into these, so the core never sees a host type.
 * Dates travel as Excel serial numbers (what Office.js `values` and ET `Value2` already give).
 */
export interface TextRun {
  text: string;
  bold: boolean;
}

/** A cell whose text is split into formatted runs; used to find the lead unit written in bold. */
interface RichText {
  richText: TextRun[];
}

/** An error value such as #N/A or #REF! that a formula left in a cell. */
interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | null | RichText | CellError;

export function isRichText(value: CellValue): value is RichText {
  return typeof value === "object" && value !== null && "richText" in value;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A sheet as plain rows; `rows[0]` is sheet row 1, `rows[r][0]` is column A. */
export interface SheetData {
  name: string;
  rows: CellValue[][];
  /** Merged areas as A1 ranges ("A3:A5"); the master cell holds the value. */
  merges?: string[];
  /** Whether a cell whose whole text is bold: key "r,c" zero-based. Only used where runs are absent. */
  boldCells?: Set<string>;
  /**
   * Columns in use counting every cell that holds anything, a formula showing nothing included (rows
   * only carry values, so such a cell looks empty there). Where a host cannot tell, it is left out.
   */
  usedWidth?: number;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** Workbook-level defined names (formula without "="), where the host reads them: duban's marks are among them. */
  definedNames?: { name: string; refersTo: string }[];
}
