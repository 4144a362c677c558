import { CellValue } from "../sheet/cellValue";
import { cellText, toHalfWidth } from "./normalize";

/** Dates inside the core are ISO strings "YYYY-MM-DD": comparable as text, free of time zones. */
export type IsoDate = string;

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

export function serialFromIso(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return serialFromIso(b) - serialFromIso(a);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromSerial(serialFromIso(iso) + days) as IsoDate;
}

/**
 * A date typed into a cell: an Excel serial, "2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日",
 * or "20240630". `year` fills in "6月30日" and "6/30". Null when it is not a date.
 */
export function parseDateCell(value: CellValue | undefined, year?: number): IsoDate | null {
  if (typeof value === "number") return isoFromSerial(value);
  const text = toHalfWidth(cellText(value ?? null)).replace(/\s+/g, "");
  if (!text) return null;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ].*)?$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (m && year) return isoFromParts(year, Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-/.年](\d{1,2})月?(?:底|末)?$/.exec(text);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]));
  if (/^\d+(\.\d+)?$/.test(text) && Number(text) > 20000) return isoFromSerial(Number(text));
  return null;
}
