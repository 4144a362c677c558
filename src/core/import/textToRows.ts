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
  const closeOpen = () => {
    if (open) rows.push(open);
    open = null;
  };
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
    if (innerTab || (line.includes("\t") && !/^\t/.test(line))) {
      closeOpen();
      const { cells, next } = readDelimitedRow(lines, i);
      rows.push({ cells, from: n, to: next });
      i = next;
      continue;
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
