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
  if (typeof value === "string") return value.trim();
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
