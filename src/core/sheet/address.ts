/** A1 addresses <-> zero-based coordinates. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const LETTERS: string[] = [];

/** Zero-based row and column to "B7". */
export function cellAddress(row: number, col: number): string {
  // Every finding has an address: the column letters of the first columns are computed once.
  const letters = col < 256 ? (LETTERS[col] ??= columnLetter(col)) : columnLetter(col);
  return `${letters}${row + 1}`;
}

interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A3:C5" or "B2" to zero-based inclusive bounds; null when it is not an address. */
export function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** A sheet name quoted as formulas need it: '进展填报'!E12. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
