import { CellValue } from "./cellValue";
import { cellText, foldText } from "../text/normalize";

/**
 * Fast paths of cellText and foldText for the per-row loops (a city's year is 10⁵–10⁶ rows): they return
 * exactly what those functions return, skipping the work when a string has nothing to trim or fold.
 */
const NEEDS_FOLD = /[\s\uff01-\uff5e]/;

/** = foldText(text) */
export function foldFast(text: string): string {
  return NEEDS_FOLD.test(text) ? foldText(text) : text;
}

/** = cellText(value): for strings the regex trim of cellText removes exactly what String#trim removes. */
export function textFast(value: CellValue | undefined): string {
  if (typeof value === "string") {
    // Most cells have nothing to trim: two character checks instead of a call into trim.
    const n = value.length;
    if (n === 0 || (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(n - 1)))) return value;
    return value.trim();
  }
  return cellText(value);
}

/** Remembers a pure function of a cell's string or number value (dates, task ids and units repeat). */
export function memoCell<T>(fn: (value: CellValue) => T): (value: CellValue) => T {
  const strings = new Map<string, T>();
  const numbers = new Map<number, T>();
  return (value) => {
    if (typeof value === "string") {
      let out = strings.get(value);
      if (out === undefined && !strings.has(value)) strings.set(value, (out = fn(value)));
      return out as T;
    }
    if (typeof value === "number") {
      let out = numbers.get(value);
      if (out === undefined && !numbers.has(value)) numbers.set(value, (out = fn(value)));
      return out as T;
    }
    return fn(value);
  };
}

/** Whether a character is one `\s` matches (the set foldText removes). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * = (foldText(a) === foldText(b)) without building either string: walks both, skipping whitespace and
 * reading full-width ASCII as half-width, exactly as foldText folds them.
 */
export function foldedEqual(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    let x = a.charCodeAt(i++);
    let y = b.charCodeAt(j++);
    if (x >= 0xff01 && x <= 0xff5e) x -= 0xfee0;
    if (y >= 0xff01 && y <= 0xff5e) y -= 0xfee0;
    if (x !== y) return false;
  }
}
