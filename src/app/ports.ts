import { CellValue, WorkbookData } from "../core";
import { OfficialDocument, WorkbookPatch } from "../core";

/** What a host can do beyond reading and writing cells; shared code asks, it never checks host names. */
export interface PortCapabilities {
  charts: boolean;
  richTextRuns: boolean;
  conditionalFormats: boolean;
}

/** Options of one long port call: progress for the task pane's bar and a signal for its 取消 button. */
export interface RunOptions {
  signal?: AbortSignal;
  /** done / total steps (requests) and a Chinese label of the current step. */
  onProgress?: (done: number, total: number, label: string) => void;
  /** Sheets to list by name only, without their cells (duban's own output sheets are never read back); a port may ignore this. */
  skipSheets?: readonly string[];
}

/**
 * The seam between the engine and a host (an .xlsx file, Excel via Office.js, WPS ET, memory). Adapters
 * only move cell grids: reading gives plain rows, writing renders a patch the core computed.
 */
export interface WorkbookPort {
  readonly capabilities: PortCapabilities;
  read(options?: RunOptions): Promise<WorkbookData>;
  apply(patch: WorkbookPatch, options?: RunOptions): Promise<void>;
  /** Activates the sheet and selects the cell (address null: only the sheet), where the host has a window. */
  selectCell?(sheet: string, address: string | null): Promise<void>;
}

/**
 * Opens a new, empty workbook to write into, under the name it is saved or offered as: a new .xlsx file
 * (the CLI: src/hosts/xlsx/newFilePort.ts), .xlsx bytes offered as a download (the pane:
 * src/hosts/xlsx/bytesPort.ts), memory (tests). What duban creates rather than changes (填报表) goes
 * through it, so every such workbook is written by a port like the workbooks it changes.
 */
export type NewWorkbook = (fileName: string) => WorkbookPort;

/** A port over a workbook open in a window (Excel, WPS): it always selects a cell. */
export type WindowPort = WorkbookPort & Required<Pick<WorkbookPort, "selectCell">>;

/** Writes a document the core drafted (通报, 督办单) as .docx bytes: the docx host, loaded when a document is asked for. */
export type DocumentWriter = (doc: OfficialDocument) => Promise<Uint8Array>;

/**
 * A document to import as a host read it (src/hosts/importFile.ts): the rows of a workbook's first sheet (and, for a
 * workbook of several, every sheet by name in `sheets`, so a table or matrix on a later sheet is found), the tables and
 * paragraphs of a Word file as rows (`prose`: it may be a notice with tables in it rather than a table), or plain text.
 */
export type ImportSource = { rows: CellValue[][]; prose: boolean; sheets?: { name: string; rows: CellValue[][] }[] } | { text: string };
