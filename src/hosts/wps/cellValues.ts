/**
 * Conversions between ET `Value2` and the core's CellValue, and the fill colours as ET wants them. Kept
 * apart from the object-model code so both directions are testable on plain values.
 */
import { CellValue, isCellError, isRichText } from "../../core";
import { Fill } from "../../core";
import { PALETTE } from "../../core";

/** COM error variants (CVErr) as VBA-style hosts return them in Value2. Whether WPS does so is unverified. */
const COM_ERRORS: Record<number, string> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};

/** One `Value2` cell as the core's value (empty cells may come as undefined, null or ""). */
export function fromValue2(value: unknown): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") return COM_ERRORS[value] ? { error: COM_ERRORS[value] } : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return null;
  return String(value);
}

/**
 * `Value2` of a rows × cols block as a grid: ET gives a scalar for one cell and a 2-D array otherwise.
 * A flat array (seen from some COM bridges for a single row or column) is accepted too.
 */
export function value2Grid(value: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length > 0 && !value.some(Array.isArray)) {
    return rows === 1 ? [value.slice(0, cols)] : value.slice(0, rows).map((v) => [v]);
  }
  return Array.from({ length: rows }, (_, r) => (Array.isArray(value[r]) ? (value[r] as unknown[]).slice(0, cols) : []));
}

/** Text ET would turn into a formula, number or date when written: kept as text with a leading apostrophe. */
function needsQuote(text: string): boolean {
  return /^[=+\-@']/.test(text) || (/^\s*[\d.,%/:年月日\s-]+\s*$/.test(text) && /\d/.test(text));
}

/** A core value as written into `Value2`. */
export function toValue2(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return needsQuote(value) ? "'" + value : value;
  if (isRichText(value)) return toValue2(value.richText.map((r) => r.text).join(""));
  if (isCellError(value)) return "'" + value.error;
  return "";
}

/** ET colours are VBA's BGR integers: 0xBBGGRR. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** The core's one palette (core/renderPlan.ts) in BGR, so CLI, Excel and WPS sheets look alike. */
export const FILL_COLORS = Object.fromEntries(
  (Object.keys(PALETTE) as Fill[]).map((k) => [k, { fill: bgr(PALETTE[k].fill), font: bgr(PALETTE[k].font) }]),
) as Record<Fill, { fill: number; font: number }>;
