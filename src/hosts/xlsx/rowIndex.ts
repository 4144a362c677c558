/**
 * Where the rows of a sheet part are, kept by the read so the zip-level copy (copySheetColumns.ts) can
 * put duban's cells into them without scanning the part's XML a second time, nor decoding it: positions
 * are byte offsets into the part's inflated bytes (the read scans the bytes themselves, byteScan.ts).
 * The copy checks the part is the one read (size and CRC) and that each position holds what the index
 * says, and scans the part as before wherever it does not.
 * About 18 bytes a row (typed arrays), where the cells read take ~130.
 */
export class RowIndex {
  count = 0;
  /** The row's number as its r attribute gives it (1-based). */
  rowNumber = new Uint32Array(1024);
  /** Where its start tag begins ('<') and ends (after '>'). */
  start = new Uint32Array(1024);
  openEnd = new Uint32Array(1024);
  /** Where its end tag begins ("</row"), or 0 for an empty-element row. */
  closeStart = new Uint32Array(1024);
  /** The rightmost column any of its cells names (0-based), -1 for none. */
  maxCol = new Int16Array(1024);
  /** The <sheetData> element: where its start tag begins, and where the element ends (after its end tag). */
  sheetDataStart = -1;
  sheetDataEnd = -1;
  /** false when some row's cells are not in column order, or a position would not fit: the copy scans. */
  usable = true;

  /** The part as the directory gave it when it was read (set by the reader's caller), to tell it is the one read. */
  size = -1;
  crc = 0;

  addRow(rowNumber: number, start: number, openEnd: number): void {
    if (this.count === this.start.length) this.grow();
    if (openEnd > 0xffffffff) this.usable = false;
    const i = this.count++;
    this.rowNumber[i] = rowNumber;
    this.start[i] = start;
    this.openEnd[i] = openEnd;
    this.closeStart[i] = 0;
    this.maxCol[i] = -1;
  }

  /** The last row added: its end tag's position (none for an empty-element row). */
  closeRow(closeStart: number): void {
    if (this.count === 0) return;
    if (closeStart > 0xffffffff) this.usable = false;
    this.closeStart[this.count - 1] = closeStart;
  }

  /** A cell of the last row added, in column `col`. */
  cell(col: number): void {
    const i = this.count - 1;
    if (i < 0) return;
    if (col <= this.maxCol[i]) this.usable = false;
    else this.maxCol[i] = col;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const more = <T extends Uint32Array | Int16Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.rowNumber = more(this.rowNumber, (k) => new Uint32Array(k));
    this.start = more(this.start, (k) => new Uint32Array(k));
    this.openEnd = more(this.openEnd, (k) => new Uint32Array(k));
    this.closeStart = more(this.closeStart, (k) => new Uint32Array(k));
    this.maxCol = more(this.maxCol, (k) => new Int16Array(k));
  }
}
