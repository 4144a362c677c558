import path from "node:path";
import { WorkbookPort } from "../../../src/app/ports";
import { WorkbookPatch } from "../../../src/core/output";
import { loadWorkbook, workbookData } from "../../../src/hosts/xlsx/readWorkbook";
import { renderPatch } from "../../../src/hosts/xlsx/renderPatch";
import { saveAtomically } from "../../../src/hosts/xlsx/writeWorkbook";
import { tempDir, writeXlsx } from "../../support/files";
import { describePortContract } from "../portContract";

const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;

/** The CLI's path through files: written with exceljs, read back, patched, saved and read again. */
describePortContract("xlsx file (exceljs)", async (book) => {
  const file = path.join(dir, `book-${n++}.xlsx`);
  await writeXlsx(file, book.sheets);
  const port: WorkbookPort = {
    capabilities: { charts: false, richTextRuns: true, conditionalFormats: true },
    read: async () => workbookData(await loadWorkbook(file)),
    apply: async (patch: WorkbookPatch) => {
      const wb = await loadWorkbook(file);
      renderPatch(wb, patch);
      await saveAtomically(wb, file);
    },
  };
  return port;
});
