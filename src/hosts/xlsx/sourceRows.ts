/**
 * A workbook read for import (its first sheet as rows: a 分解表 someone made, not a duban workbook). The
 * caller has checked the archive (src/hosts/importFile.ts: the zip rules and DOCTYPE refusal validate uses).
 */
import { CellValue, DubanError } from "../../core";

/** The first sheet of an .xlsx as rows of CellValue; bold runs survive so the lead unit can be told. */
export async function firstSheetRows(bytes: Uint8Array, file: string): Promise<CellValue[][]> {
  const ExcelJS = (await import("exceljs")).default;
  const reader = await import("./readWorkbook");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext: ".xlsx", reason: (err as Error).message });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new DubanError("IMPORT_EMPTY", { file });
  const sheet = reader.sheetFromWorksheet(ws);
  // A whole cell in bold is a lead unit written in bold without runs.
  return sheet.rows.map((row, r) =>
    row.map((cell, c) =>
      typeof cell === "string" && sheet.boldCells?.has(`${r},${c}`) && cell.trim() ? ({ richText: [{ text: cell, bold: true }] } as CellValue) : cell,
    ),
  );
}

