import { CellValue } from "../sheet/cellValue";
import { cellText, toHalfWidth } from "../text/normalize";

/** "１２．", 12, " 12 " and "12、" are the same task id "12"; "8-②" stays as it is. */
export function normalizeTaskId(value: CellValue): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  return toHalfWidth(cellText(value)).replace(/\s+/g, "").replace(/[.、。,，]+$/, "");
}
