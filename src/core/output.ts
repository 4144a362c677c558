import { CellValue } from "./sheet/cellValue";

/**
 * What the engine asks a host to write. The core decides content and formatting; each adapter (exceljs,
 * Office.js, WPS) only renders it. Sheets are regenerated whole; columns are appended beside user data.
 */
export type Fill = "red" | "yellow" | "green" | "blue" | "grey" | "header";

export interface ConditionalFill {
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
}

/** A column written at the right of an existing sheet, next to what people typed. */
export interface AppendedColumn {
  sheet: string;
  /** Zero-based row of the sheet's header. */
  headerRow: number;
  /** Zero-based column it goes into (first free column after the data). */
  col: number;
  spec: ColumnSpec;
  /** Values keyed by zero-based sheet row. */
  values: Map<number, CellValue>;
}

export interface WorkbookPatch {
  sheets: OutputSheet[];
  columns: AppendedColumn[];
  /** What the run changed, in Chinese, for the user ("写入工作表 校验结果（23 行）"). */
  summary: string[];
}

/**
 * The cell grid an output sheet renders to: title rows, the header, then the data rows. Every adapter
 * writes exactly these values; the memory port and the contract tests use it as the reference.
 */
export function renderSheetRows(sheet: OutputSheet): CellValue[][] {
  return [...(sheet.titleRows ?? []).map((t): CellValue[] => [t]), sheet.columns.map((c) => c.header), ...sheet.rows];
}
