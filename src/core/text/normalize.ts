import { CellValue, isCellError, isRichText } from "../sheet/cellValue";

const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII (０-９, Ａ-Ｚ, ％, ．, －, ，…) to half-width; ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  // Most texts have nothing to convert: return them as they are rather than rebuild them a character at a time.
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Trimmed text of a cell; rich text joined; errors and empties give "". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  // String#trim removes exactly what /^[\s\u3000]+|[\s\u3000]+$/ would (U+3000 is in \s), without a regex.
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isRichText(value)) return cellText(value.richText.map((r) => r.text).join(""));
  if (isCellError(value)) return "";
  return "";
}

/** Text folded for comparing names and headers: half-width, no whitespace at all. */
export function foldText(text: string): string {
  return toHalfWidth(text).replace(/[\s\u3000]+/g, "");
}

/**
 * A number from a cell: numbers pass through; text may use full-width digits, thousands separators,
 * a trailing % (kept as the number before it) and surrounding spaces. Anything else gives null.
 */
export function parseNumberCell(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = foldText(cellText(value ?? null)).replace(/[,，]/g, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)%?$/.test(text)) return null;
  return Number(text.replace(/%$/, ""));
}
