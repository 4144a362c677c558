/**
 * A workbook read for import (its sheets as rows: a 分解表 someone made, not a duban workbook). The
 * caller has checked the archive (src/hosts/importFile.ts: the zip rules and DOCTYPE refusal validate uses).
 */
import { CellValue, DubanError } from "../../core";

/** Every sheet of an .xlsx by name, as rows of CellValue; bold runs survive so the lead unit can be told. */
export async function workbookSheets(bytes: Uint8Array, file: string): Promise<{ name: string; rows: CellValue[][] }[]> {
  const ExcelJS = (await import("exceljs")).default;
  const reader = await import("./readWorkbook");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new DubanError("IMPORT_FILE_DAMAGED", { file, ext: ".xlsx", reason: (err as Error).message });
  }
  if (!wb.worksheets[0]) throw new DubanError("IMPORT_EMPTY", { file });
  return wb.worksheets.map((ws) => {
    const sheet = reader.sheetFromWorksheet(ws);
    // A whole cell in bold is a lead unit written in bold without runs.
    const rows = sheet.rows.map((row, r) =>
      row.map((cell, c) =>
        typeof cell === "string" && sheet.boldCells?.has(`${r},${c}`) && cell.trim() ? ({ richText: [{ text: cell, bold: true }] } as CellValue) : cell,
      ),
    );
    return { name: ws.name, rows };
  });
}

