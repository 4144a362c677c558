/** The Excel (Office.js) host: the only folder that touches the Excel API. */
export { createExcelPort } from "./excelPort";
export { officeEnvironment } from "./excelContext";
export type { ExcelEnvironment, RunOptions } from "./excelContext";
