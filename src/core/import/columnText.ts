/** Helpers for text extracted from PDF tables, where columns come out as spaced segments of a line. */

/** Visual width: Chinese characters and full-width punctuation 1, ASCII 0.5, spaces nothing. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text.trim()) {
    if (/\s/.test(ch)) continue;
    w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  }
  return w;
}

const ASCII_WORD = /[A-Za-z0-9.%+\-~#/_{}]/;

/**
 * Splits a line into column segments. PDF extraction puts spaces around figures inside a cell
 * ("增长 6%左右"), so only a space between two non-ASCII characters ("二期 区化工中心") separates columns.
 */
export function columnSegments(line: string): string[] {
  const tokens = line.trim().split(/\s+/).filter((t) => t);
  const out: string[] = [];
  for (const token of tokens) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (ASCII_WORD.test(prev[prev.length - 1]) || ASCII_WORD.test(token[0]))) {
      out[out.length - 1] = prev + " " + token;
    } else out.push(token);
  }
  return out;
}

/** Removes the spaces extraction put around figures; keeps one between two Latin words. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/g, (m, offset: number, all: string) => {
    const a = all[offset - 1] ?? "";
    const b = all[offset + m.length] ?? "";
    return /[A-Za-z]/.test(a) && /[A-Za-z]/.test(b) ? " " : "";
  });
}

/** Joins wrapped lines of one cell. */
export function joinCellLines(lines: string[]): string {
  return lines.map((l) => tidySpaces(l.trim())).reduce((acc, l) => {
    if (!acc) return l;
    return acc + (/[A-Za-z]$/.test(acc) && /^[A-Za-z]/.test(l) ? " " : "") + l;
  }, "");
}

/** Whether a cell's text ends here (a sentence end, possibly inside closing quotes). */
export function endsCell(text: string): boolean {
  return /[。！？][”’"）)]*$/.test(text.trim());
}

/**
 * A page's mark left between a table's rows when the table is copied out of a PDF: the page number as offices print it
 * ("－ 3 －", "—3—", "- 3 -") or the viewer's footer ("第3页", "第 1 页，共 2 页", "第2页/共5页"). No text of a cell reads so.
 */
export const PAGE_MARK = /^(?:[—－\-–]\s*\d{1,3}\s*[—－\-–]|第\s*\d{1,3}\s*页(?:\s*[，,、/／]?\s*共\s*\d{1,3}\s*页)?)$/;
