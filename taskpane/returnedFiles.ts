/**
 * Returned .xlsx files read back in the task pane for merging (src/app/merge.ts merges them), by the
 * reader the CLI uses (src/hosts/xlsx/readPackage.ts over BytesZip): the same zip checks (bombs, sizes,
 * CRC, DOCTYPE, unsafe names), the same cells. No exceljs here: it loads (its own chunk) only for a workbook in the 1904 date
 * system, and only once every part has passed the checks.
 */
import { checkWorkbookBytes } from "../src/hosts/xlsx/checkBytes";
import { BytesZip } from "../src/hosts/xlsx/bytesZip";
import { readPackage } from "../src/hosts/xlsx/readPackage";
import type { WorkbookData } from "../src/core";

/** A returned file; encrypted workbooks, old .xls and CSV are refused with their own FILE_ code first. */
export async function readXlsx(bytes: Uint8Array, name: string): Promise<WorkbookData> {
  checkWorkbookBytes(bytes, name);
  const zip = await BytesZip.open(bytes, name);
  const read = await readPackage(zip);
  if (!read.date1904) return read.data;
  await zip.verify();
  const xlsx = await import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");
  return xlsx.readWithExceljs(bytes);
}
