import { parseSectionHeading } from "./sections";

/**
 * Table rows from text copied out of Word or Excel. Two shapes occur:
 * - one row a line, cells separated by tabs; a cell with line breaks is quoted "…" ("" inside);
 * - one cell a line, each starting with a tab, rows separated by blank lines, and lines without the
 *   leading tab continuing the cell above (what `004` shows when a Word table is pasted as text).
 * Lines that belong to no row (the notice text around the table) are returned as `loose`.
 */
export interface TextRow {
  cells: string[];
  /** A line outside the table's cells (a heading between rows, a title, a remark). */
  loose?: boolean;
  /** 1-based first and last source line of the row. */
  from: number;
  to: number;
}

export function textToRows(lines: readonly string[], options: { looseAsRows?: boolean } = {}): { rows: TextRow[]; loose: number[] } {
  const rows: TextRow[] = [];
  const loose: number[] = [];
  let i = 0;
  // Cell-per-line rows under construction.
  let open: TextRow | null = null;
  // The first cell-per-line row (the header), to tell it when a page break repeats it inside a row.
  let header = null as string[] | null;
  // A heading right above the table's first row ("一、主要预期指标（共4项）" over the header) opens its first part:
  // it goes in as a row (when loose lines are rows), not as text around the table.
  const liftHeading = (n: number) => {
    if (!options.looseAsRows || rows.length > 0 || !loose.length) return;
    const above = loose[loose.length - 1];
    if (lines.slice(above, n - 1).some((l) => l.trim()) || !parseSectionHeading(lines[above - 1])) return;
    loose.pop();
    rows.push({ cells: [lines[above - 1]], from: above, to: above, loose: true });
  };
  const closeOpen = () => {
    if (open) {
      liftHeading(open.from);
      rows.push(open);
      if (!header && open.cells.length >= 2) header = open.cells.map((c) => c.trim());
    }
    open = null;
  };
  /** Lines from `k` that repeat the header one cell a line; their count, or 0. */
  const repeatedHeader = (k: number): number => {
    if (!header) return 0;
    for (let h = 0; h < header.length; h++) {
      const l = lines[k + h];
      if (l === undefined || !/^\t/.test(l) || l.trim() !== header[h]) return 0;
    }
    return header.length;
  };
  // The line index right after the last tab-separated row read.
  let delimitedEnd = -1;
  const PAGE_NUMBER = /^[\s\u3000]*[—－\-–]*[\s\u3000]*\d{1,3}[\s\u3000]*[—－\-–]*[\s\u3000]*$/;
  while (i < lines.length) {
    const line = lines[i];
    const n = i + 1;
    // A line holding only a tab is an empty cell, not the blank line between rows.
    if (!line.trim() && !line.includes("\t")) {
      closeOpen();
      i++;
      continue;
    }
    const innerTab = line.replace(/^\t+/, "").includes("\t");
    // Right under a tab-separated row, a line of two or more tabs then text is a row whose first cells are empty
    // ("\t\t\t\t时限", the second line of a header name split over two rows, round s), not a cell of its own.
    const emptyLeading = !open && i === delimitedEnd && /^\t{2,}[^\t\s]/.test(line);
    if (innerTab || emptyLeading || (line.includes("\t") && !/^\t/.test(line))) {
      closeOpen();
      const { cells, next } = readDelimitedRow(lines, i);
      liftHeading(n);
      rows.push({ cells, from: n, to: next });
      i = next;
      delimitedEnd = next;
      continue;
    }
    // A page break inside a cell-per-line row: a page number and/or the header repeated one cell a line,
    // then the rest of the row (a line without a tab continues the cell the break cut).
    if (open && header && (open as TextRow).cells.length < header.length) {
      // "—5—" alone, or a bare "5" only when the header follows (a bare figure may be a wrapped cell).
      const page = PAGE_NUMBER.test(line) && (/[—－\-–]/.test(line) || repeatedHeader(i + 1) > 0);
      const skip = page ? 1 + repeatedHeader(i + 1) : repeatedHeader(i);
      if (skip > 0) {
        (open as TextRow).to = n + skip - 1;
        i += skip;
        continue;
      }
    }
    if (/^\t/.test(line)) {
      if (!open) open = { cells: [], from: n, to: n };
      const row: TextRow = open;
      row.cells.push(line.replace(/^\t/, ""));
      row.to = n;
      i++;
      continue;
    }
    if (open) {
      const row: TextRow = open;
      row.cells[row.cells.length - 1] += "\n" + line;
      row.to = n;
    } else if (options.looseAsRows && rows.length > 0) rows.push({ cells: [line], from: n, to: n, loose: true });
    else loose.push(n);
    i++;
  }
  closeOpen();
  return { rows, loose };
}

/** Reads one tab-separated row starting at line index `start`; quoted cells may span lines. */
function readDelimitedRow(lines: readonly string[], start: number): { cells: string[]; next: number } {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let atCellStart = true;
  let i = start;
  let text = lines[i];
  let pos = 0;
  for (;;) {
    if (pos >= text.length) {
      if (quoted && i + 1 < lines.length) {
        cell += "\n";
        i++;
        text = lines[i];
        pos = 0;
        continue;
      }
      cells.push(cell);
      return { cells, next: i + 1 };
    }
    const ch = text[pos];
    if (atCellStart && ch === '"') {
      quoted = true;
      atCellStart = false;
      pos++;
      continue;
    }
    atCellStart = false;
    if (quoted && ch === '"') {
      if (text[pos + 1] === '"') {
        cell += '"';
        pos += 2;
        continue;
      }
      quoted = false;
      pos++;
      continue;
    }
    if (!quoted && ch === "\t") {
      cells.push(cell);
      cell = "";
      atCellStart = true;
      pos++;
      continue;
    }
    cell += ch;
    pos++;
  }
}
