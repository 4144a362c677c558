import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { WorkbookPatch } from "../../core";
import { DubanError } from "../../core";
import { readForCopy } from "./readWorkbook";
import { packageFacts, partNotUtf8 } from "./copyWorkbook";
import { renderPatch } from "./renderPatch";

/**
 * Writes all or nothing: to a temporary file beside the target, renamed into place once complete, so an
 * existing file is never half-overwritten.
 */
async function saveAtomically(wb: ExcelJS.Workbook, outPath: string): Promise<void> {
  const dir = path.dirname(path.resolve(outPath));
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    // Written from a buffer: a stream exceljs opened itself could still create the file after a failure
    // was caught and the temporary file removed, leaving an empty .tmp behind.
    const bytes = await wb.xlsx.writeBuffer();
    await fs.writeFile(tmp, Buffer.from(bytes as ArrayBuffer), { flag: "wx" });
    await fs.rename(tmp, outPath);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new DubanError("FILE_WRITE_FAILED", { file: outPath, reason: (err as Error).message });
  }
}

export async function writePatchToNewFile(patch: WorkbookPatch, outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "duban 督办助手";
  renderPatch(wb, patch);
  await saveAtomically(wb, outPath);
}

/**
 * The copy made by loading the whole workbook into exceljs: only for what the zip-level copy cannot write.
 * exceljs drops charts, custom properties, pivot tables, macros and the sheet scope of defined names, so a
 * book that holds any of them is refused with a code rather than written without them, and so is a book with
 * a part that is not UTF-8 (exceljs would write its bytes back changed).
 */
export async function writeWithExceljs(inputPath: string, patches: WorkbookPatch[], outPath: string): Promise<void> {
  const facts = await packageFacts(inputPath);
  if (facts.exceljsLoses.length) {
    throw new DubanError("BOOK_COPY_UNSUPPORTED", { file: inputPath, lost: `${facts.exceljsLoses.slice(0, 3).join("、")}${facts.exceljsLoses.length > 3 ? " 等" : ""}` });
  }
  const notUtf8 = await partNotUtf8(inputPath);
  if (notUtf8) throw new DubanError("BOOK_PART_NOT_UTF8", { file: inputPath, part: notUtf8 });
  const { wb } = await readForCopy(inputPath);
  for (const patch of patches) renderPatch(wb, patch);
  await saveAtomically(wb, outPath);
}
