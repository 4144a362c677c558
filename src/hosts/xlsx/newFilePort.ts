import { PortCapabilities, RunOptions, WorkbookPort } from "../../app/ports";
import { WorkbookData, WorkbookPatch } from "../../core";

/**
 * A new .xlsx file as a WorkbookPort: it starts empty; the first patch is written as a new workbook (whole,
 * to a temporary name renamed into place), a later one onto that file. For what duban creates rather than
 * copies: the catalogue of an import, merged workbooks.
 */
export function createNewXlsxFilePort(output: string): WorkbookPort {
  let written = false;
  const capabilities: PortCapabilities = { charts: true, richTextRuns: true, conditionalFormats: true };
  return {
    capabilities,
    async read(run?: RunOptions): Promise<WorkbookData> {
      if (!written) return { sheets: [] };
      const { readWorkbookFile } = await import("./readWorkbook");
      return readWorkbookFile(output, { skipCells: run?.skipSheets ?? [] });
    },
    async apply(patch: WorkbookPatch): Promise<void> {
      // exceljs is loaded only here: requiring it alone costs ~0.4 s.
      const { writePatchToNewFile, writeWithExceljs } = await import("./writeWorkbook");
      if (written) await writeWithExceljs(output, [patch], output);
      else await writePatchToNewFile(patch, output);
      written = true;
    },
  };
}
