import { CellValue, isCellError, isRichText } from "../sheet/cellValue";

const NEEDS_HALF_WIDTH = /[\uff01-\uff5e\u3000]/;
const HALF_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** One full-width character as toHalfWidth writes it. */
const halfWidthOf = (ch: string) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** What foldText changes: whitespace (U+3000 is in \s) and full-width ASCII. */
const NEEDS_FOLD = /[\s\uff01-\uff5e]/;

/** Full-width ASCII (０-９, Ａ-Ｚ, ％, ．, －, ，…) to half-width; ideographic space to a plain space. */
export function toHalfWidth(text: string): string {
  // Most texts have nothing to convert: return them as they are rather than rebuild them a character at a time.
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  // Only the characters converted are touched (a task text has a pair of （） or so): about three times faster, cold
  // or warm, than building the text again a character at a time. No surrogate is in the range, so none is split.
  return text.replace(HALF_WIDTH, halfWidthOf);
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

/** The last two texts folded that had something to fold, and their folded forms (the judge alternates a task's two texts). */
let lastIn: string | undefined;
let lastOut = "";
let prevIn: string | undefined;
let prevOut = "";

/** Text folded for comparing names and headers: half-width, no whitespace at all. */
export function foldText(text: string): string {
  // Not a string: fails as it always did.
  if (typeof text !== "string") return toHalfWidth(text).replace(/[\s\u3000]+/g, "");
  // The judge folds the same text many times in a row (a task's target, its progress text): no scan then.
  if (text === lastIn) return lastOut;
  // …and the target and progress texts in turn: the one before the last, without a lookup.
  if (text === prevIn) return prevOut;
  // Most names have nothing to fold: one scan, and no new string.
  if (!NEEDS_FOLD.test(text)) return text;
  // The judge folds the same task and progress texts several times each: each text is folded once.
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(text, (out = toHalfWidth(text).replace(/[\s\u3000]+/g, "")));
  }
  prevIn = lastIn;
  prevOut = lastOut;
  lastIn = text;
  lastOut = out;
  return out;
}

/** Folded texts by their text, emptied when full (a book's distinct texts, not its rows, fill it). */
const folded = new Map<string, string>();
const FOLDED_LIMIT = 50000;

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
