/**
 * .xlsx files in the browser: the per-unit fill-in workbooks offered as downloads, and the returned ones
 * read back for merging (returnedFiles.ts reads them; exceljs here only for a 1904-date book). exceljs runs in the browser too; this module is loaded on demand (its own
 * chunk), so the pane does not pay for exceljs until someone opens 填报表. It reuses the xlsx host's
 * renderer and reader so a file made here is the file `duban template --per-unit` makes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { renderPatch } from "../src/hosts/xlsx/renderPatch";
import { workbookData } from "../src/hosts/xlsx/readWorkbook";
import type { WorkbookData, WorkbookPatch } from "../src/core";

interface UnitWorkbook {
  unit: string;
  tasks: number;
  fileName: string;
  bytes: Uint8Array;
}


/** The per-unit forms (src/app/templates.ts) rendered to .xlsx bytes. */
export async function unitWorkbooks(forms: { unit: string; tasks: number; fileName: string; patch: WorkbookPatch }[]): Promise<UnitWorkbook[]> {
  const out: UnitWorkbook[] = [];
  for (const { unit, tasks, fileName, patch } of forms) {
    const wb = new ExcelJS.Workbook();
    renderPatch(wb, patch);
    const buffer = await wb.xlsx.writeBuffer();
    out.push({ unit, tasks, fileName, bytes: new Uint8Array(buffer as ArrayBuffer) });
  }
  return out;
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
