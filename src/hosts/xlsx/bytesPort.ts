import ExcelJS from "exceljs";
import { PortCapabilities, WorkbookPort } from "../../app/ports";
import { WorkbookData, WorkbookPatch } from "../../core";
import { renderPatch } from "./renderPatch";
import { workbookData } from "./readWorkbook";

/** A new workbook held as .xlsx bytes: the port, and the bytes of what was written. */
export interface XlsxBytesPort extends WorkbookPort {
  /** The workbook as an .xlsx file (empty workbook: one with no sheets). */
  bytes(): Promise<Uint8Array>;
}

/**
 * A new .xlsx workbook in memory, for where no file can be written (the task pane offers it as a download):
 * it starts empty, each patch is rendered onto it by the same renderer as the new-file port's, and reading
 * it back reads the rendered bytes, so what is read is what the file holds. No Node built-in is used.
 */
export function createXlsxBytesPort(): XlsxBytesPort {
  const wb = new ExcelJS.Workbook();
  wb.creator = "duban 督办助手";
  let written = false;
  const capabilities: PortCapabilities = { charts: true, richTextRuns: true, conditionalFormats: true };
  const bytes = async () => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return {
    capabilities,
    async read(): Promise<WorkbookData> {
      if (!written) return { sheets: [] };
      const copy = new ExcelJS.Workbook();
      const b = await bytes();
      await copy.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
      return workbookData(copy);
    },
    async apply(patch: WorkbookPatch): Promise<void> {
      renderPatch(wb, patch);
      written = true;
    },
    bytes,
  };
}
