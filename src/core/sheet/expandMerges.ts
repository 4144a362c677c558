import { CellValue, SheetData } from "./cellValue";
import { parseRange } from "./address";

/**
 * Rows with every merged area filled from its master cell, so a 序号 or unit merged over several rows
 * applies to each of them. Returns a new grid; the sheet is not changed.
 */
export function expandMerges(sheet: SheetData): CellValue[][] {
  if (!sheet.merges?.length) return sheet.rows;
  const rows = sheet.rows.map((r) => r.slice());
  for (const ref of sheet.merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const master = rows[range.top]?.[range.left] ?? null;
    for (let r = range.top; r <= range.bottom; r++) {
      if (!rows[r]) rows[r] = [];
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        rows[r][c] = master;
      }
    }
  }
  return rows;
}
