/**
 * A file to import (`duban import`) read into an ImportSource: a workbook's sheets (xlsx host), a Word
 * file's tables and paragraphs (docx host), or text (UTF-8 or GB18030). Every zip — by its name (.xlsx,
 * .xlsm, .docx) or by its first bytes — first passes the archive guards validate uses: the zip directory
 * checked, each part inflated within its declared size (FILE_ZIP_BOMB), XML with DOCTYPE/ENTITY refused
 * (FILE_UNSAFE_XML), before exceljs or jszip sees a byte. It sits beside the host folders because it picks
 * among two of them.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { ImportSource } from "../app/ports";
import { DubanError, isFailure } from "../core";
import { decodeTextFile } from "./textFile";

const ZIP_HEAD = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_HEAD.every((b, i) => bytes[i] === b);

export async function readImportSource(file: string): Promise<ImportSource> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new DubanError("IMPORT_FILE_NOT_FOUND", { file });
  }
  const workbook = ext === ".xlsx" || ext === ".xlsm";
  if (workbook || ext === ".docx" || isZip(bytes)) {
    const { verifyArchive } = await import("./xlsx/zipArchive");
    try {
      await verifyArchive(file);
    } catch (err) {
      // A damaged file keeps import's own code; zip bombs and unsafe XML keep theirs (FILE_ZIP_BOMB, FILE_UNSAFE_XML).
      if (isFailure(err, "FILE_DAMAGED")) throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext });
      throw err;
    }
  }
  if (workbook) {
    const sheet = await import("./xlsx/sourceRows");
    const sheets = await sheet.workbookSheets(bytes, file);
    return { rows: sheets[0].rows, prose: false, ...(sheets.length > 1 ? { sheets } : {}) };
  }
  if (ext === ".docx") {
    const word = await import("./docx/readDocx");
    return { rows: await word.docxRows(bytes, file), prose: true };
  }
  if (ext === ".xls" || ext === ".doc" || ext === ".pdf" || ext === ".wps" || ext === ".et") {
    throw new DubanError("IMPORT_UNSUPPORTED_FILE", { ext });
  }
  return { text: decodeTextFile(bytes) };
}
