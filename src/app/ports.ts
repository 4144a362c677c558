import { WorkbookData } from "../core/sheet/cellValue";
import { WorkbookPatch } from "../core/output";

/** What a host can do beyond reading and writing cells; shared code asks, it never checks host names. */
export interface PortCapabilities {
  charts: boolean;
  richTextRuns: boolean;
  conditionalFormats: boolean;
}

/**
 * The seam between the engine and a host (exceljs file, Excel via Office.js, WPS ET). Adapters only move
 * cell grids: reading gives plain rows, writing renders a patch the core computed.
 */
export interface WorkbookPort {
  readonly capabilities: PortCapabilities;
  read(): Promise<WorkbookData>;
  apply(patch: WorkbookPatch): Promise<void>;
}
