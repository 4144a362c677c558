/** The Excel (Office.js) host: the only folder that touches the Excel API. */
export { createExcelPort, excelCapabilities } from "./excelPort";
export type { ExcelPort } from "./excelPort";
export { officeEnvironment } from "./excelContext";
export type { ExcelEnvironment, ExcelRun, RunOptions, SupportsApi } from "./excelContext";
