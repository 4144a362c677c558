/**
 * Conversions between Office.js cell values and the core's CellValue, and the colours of the fills the
 * core asks for. Kept apart from the request code so both directions are testable on plain arrays.
 */
import { CellValue, isCellError, isRichText } from "../../core";
import { Fill } from "../../core";
import { PALETTE } from "../../core";

/** A value as Office.js `values` gives it, with its `valueTypes` entry. */
export function fromExcelValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * Text that Excel would reinterpret when written through `values` (a leading =, +, -, @ or an apostrophe of its own, or something
 * that looks like a number or a date) gets a leading apostrophe, so it stays the text the core wrote.
 */
function needsQuote(text: string): boolean {
  return /^[=+\-@']/.test(text) || (/^\s*[\d.,%/:年月日\s-]+\s*$/.test(text) && /\d/.test(text));
}

/** A core CellValue as a value Office.js can write. */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return needsQuote(value) ? "'" + value : value;
  if (isRichText(value)) return toExcelValue(value.richText.map((r) => r.text).join(""));
  if (isCellError(value)) return value.error;
  return "";
}

/** The core's one palette (core/renderPlan.ts), so CLI, Excel and WPS sheets look alike. */
export const FILL_COLORS: Record<Fill, { fill: string; font: string }> = PALETTE;

/** UTF-8 size of a value in a request, a little generously, for keeping requests under 5 MB. */
export function estimateBytes(value: unknown): number {
  if (typeof value === "string") {
    let n = 6;
    for (let i = 0; i < value.length; i++) n += value.charCodeAt(i) < 0x80 ? 1 : 3;
    return n;
  }
  return 12;
}
