/// <reference types="office-js" />
/**
 * The Office.js WorkbookPort: everything the task pane needs from Excel. Shared code asks `capabilities`
 * what the running Excel can do; it never checks which host it is in.
 */
import { PortCapabilities, WorkbookPort } from "../../app/ports";
import { WorkbookData } from "../../core";
import { WorkbookPatch } from "../../core";
import { ExcelEnvironment, officeEnvironment, RunOptions } from "./excelContext";
import { readWorkbook } from "./readWorkbook";
import { applyPatch } from "./applyPatch";
import { selectCell } from "./selectCell";

interface ExcelPort extends WorkbookPort {
  read(options?: RunOptions): Promise<WorkbookData>;
  apply(patch: WorkbookPatch, options?: RunOptions): Promise<void>;
  selectCell(sheet: string, address: string | null): Promise<void>;
}

function excelCapabilities(env: ExcelEnvironment): PortCapabilities {
  return {
    charts: true,
    richTextRuns: env.supports("ExcelApi", "1.18"),
    conditionalFormats: env.supports("ExcelApi", "1.6"),
  };
}

export function createExcelPort(env: ExcelEnvironment = officeEnvironment()): ExcelPort {
  return {
    capabilities: excelCapabilities(env),
    read: (options) => readWorkbook(env, options),
    apply: (patch, options) => applyPatch(env, patch, options),
    selectCell: (sheet, address) => selectCell(env, sheet, address),
  };
}
