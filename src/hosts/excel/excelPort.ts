/// <reference types="office-js" />
/**
 * The Office.js WorkbookPort: everything the task pane needs from Excel. Shared code asks `capabilities`
 * what the running Excel can do; it never checks which host it is in.
 */
import { PortCapabilities, WindowPort } from "../../app/ports";
import { ExcelEnvironment, officeEnvironment } from "./excelContext";
import { readWorkbook } from "./readWorkbook";
import { applyPatch } from "./applyPatch";
import { selectCell } from "./selectCell";

function excelCapabilities(env: ExcelEnvironment): PortCapabilities {
  return {
    charts: true,
    richTextRuns: env.supports("ExcelApi", "1.18"),
    conditionalFormats: env.supports("ExcelApi", "1.6"),
  };
}

export function createExcelPort(env: ExcelEnvironment = officeEnvironment()): WindowPort {
  return {
    capabilities: excelCapabilities(env),
    read: (options) => readWorkbook(env, options),
    apply: (patch, options) => applyPatch(env, patch, options),
    selectCell: (sheet, address) => selectCell(env, sheet, address),
  };
}
