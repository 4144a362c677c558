/**
 * Excel holds at most 32,767 characters in a cell: a longer text makes it report the whole file as damaged
 * (the xlsx), and Office.js and WPS refuse to write it. Every host writes the render plan's grid, so the
 * limit is kept here once.
 */
export const CELL_TEXT_MAX = 32767;

/** Where a text is cut when nothing better remains, so the reader sees that something was left out. */
const CUT_NOTE = "……（超出单元格32767字上限，以下从略）";

/**
 * A paragraph as pieces that each fit a cell, cut after the last sentence or clause stop (。；, then 、，)
 * before the limit, so the pieces read on as one paragraph in consecutive rows and joined give it back whole.
 */
export function splitForCells(text: string, max = CELL_TEXT_MAX): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let cut = Math.max(head.lastIndexOf("。"), head.lastIndexOf("；"));
    if (cut < max / 2) cut = Math.max(cut, head.lastIndexOf("、"), head.lastIndexOf("，"));
    let at = cut >= max / 2 ? cut + 1 : max;
    // Never between the halves of a surrogate pair.
    if (at === max && /[\uD800-\uDBFF]/.test(rest[at - 1])) at--;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** A cell's text within the limit: cut, with a note that it was, when it is longer. */
export function fitCellText(text: string, max = CELL_TEXT_MAX): string {
  if (text.length <= max) return text;
  let at = max - CUT_NOTE.length;
  if (/[\uD800-\uDBFF]/.test(text[at - 1])) at--;
  return text.slice(0, at) + CUT_NOTE;
}
