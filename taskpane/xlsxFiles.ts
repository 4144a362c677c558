/**
 * .xlsx files in the browser: the per-unit fill-in workbooks offered as downloads, and the returned ones
 * read back for merging (returnedFiles.ts reads them; exceljs here only for a 1904-date book). exceljs runs in the browser too; this module is loaded on demand (its own
 * chunk), so the pane does not pay for exceljs until someone opens 填报表. The forms are written through the
 * xlsx host's bytes port (the same renderer as `duban template --per-unit`'s new files).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createXlsxBytesPort, XlsxBytesPort } from "../src/hosts/xlsx/bytesPort";
import { workbookData } from "../src/hosts/xlsx/readWorkbook";
import type { NewWorkbook } from "../src/app/ports";
import type { WorkbookData } from "../src/core";

interface UnitWorkbook {
  unit: string;
  tasks: number;
  fileName: string;
  bytes: Uint8Array;
}

/** New workbooks held as .xlsx bytes, by the name each was opened under (the use cases' NewWorkbook). */
export function newWorkbooks(): { open: NewWorkbook; bytesOf(fileName: string): Promise<Uint8Array> } {
  const books = new Map<string, XlsxBytesPort>();
  return {
    open: (fileName) => {
      const port = createXlsxBytesPort();
      books.set(fileName, port);
      return port;
    },
    bytesOf: (fileName) => books.get(fileName)!.bytes(),
  };
}

/** Every unit's workbook in one .zip ("全部下载"), names as offered one by one; the date keeps the archive's times fixed. */
export async function zipWorkbooks(books: UnitWorkbook[], date = new Date()): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const b of books) zip.file(b.fileName, b.bytes, { date, binary: true });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * A returned workbook in the 1904 date system, whose dates exceljs converts: read by exceljs once
 * returnedFiles.ts has checked every part (sizes, CRC, DOCTYPE) with duban's own zip rules.
 */
export async function readWithExceljs(bytes: Uint8Array): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbookData(wb);
}
