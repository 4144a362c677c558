import { CellValue } from "../sheet/cellValue";
import { cellText, toHalfWidth } from "../text/normalize";

/** "１２．", 12, " 12 " and "12、" are the same task id "12"; "8-②" stays as it is. */
export function normalizeTaskId(value: CellValue): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  return toHalfWidth(cellText(value)).replace(/\s+/g, "").replace(/[.、。,，]+$/, "");
}

/** 12, 3.1, 8-2 and 8-② are task ids; "（一）产业（共17项）" is a section heading. */
export function looksLikeTaskId(id: string): boolean {
  return /^\d+([-.][\d\u2460-\u2473]+)*$|^\d+-?[\u2460-\u2473]$/.test(id);
}
