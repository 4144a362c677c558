import { PortCapabilities, RunOptions, WorkbookPort } from "../../app/ports";
import { WorkbookData, WorkbookPatch } from "../../core";
import { refuseInputAsOutput } from "./xlsxPort";

/**
 * A new .xlsx file as a WorkbookPort: it starts empty; the first patch is written as a new workbook (whole,
 * to a temporary name renamed into place), a later one onto that file. For what duban creates rather than
 * copies: the catalogue of an import, merged workbooks, 填报表. `inputs`: the files the new one is made
 * from, which it must not replace (FILE_SAME_AS_INPUT, the xlsx port's own check).
 */
export function createNewXlsxFilePort(output: string, inputs: readonly string[] = []): WorkbookPort {
  refuseInputAsOutput(inputs, output);
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
      const writer = await import("./writeWorkbook");
      if (written) await writer.writeWithExceljs(output, [patch], output);
      else await writer.writePatchToNewFile(patch, output);
      written = true;
    },
  };
}
