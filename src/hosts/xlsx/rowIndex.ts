/**
 * Where the rows of a sheet part are, kept by the read so the zip-level copy (copySheetColumns.ts) can
 * put duban's cells into them without scanning the part's XML a second time, nor decoding it: positions
 * are byte offsets into the part's inflated bytes (the read turns the text's offsets into them, ByteOffsets).
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

/**
 * Offsets in a part's text (UTF-16 units from its first character) turned into offsets in its UTF-8 bytes,
 * for the read that fills a RowIndex: it is handed each piece of text before the scanner sees it, and asked
 * for offsets in increasing order. A piece of the decoded text holding U+FFFD may stand for bytes that were
 * not UTF-8, whose length the text no longer tells: `exact` turns false (the copy then scans).
 */
export class ByteOffsets {
  exact = true;
  private readonly pieces: string[] = [];
  private readonly pieceChars: number[] = [];
  private readonly pieceBytes: number[] = [];
  private chars = 0;
  private bytes = 0;
  /** The piece the last offset was in (an index into the arrays), and that offset in chars within it and in bytes. */
  private cur = 0;
  private curChar = 0;
  private curByte = 0;

  add(piece: string): void {
    if (piece.includes("\ufffd")) this.exact = false;
    this.pieces.push(piece);
    this.pieceChars.push(this.chars);
    this.pieceBytes.push(this.bytes);
    this.chars += piece.length;
    this.bytes += Buffer.byteLength(piece, "utf8");
  }

  /** The byte offset of the text offset `at`, which is not before the one asked before. */
  at(at: number): number {
    let local = at - this.pieceChars[this.cur];
    while (local > this.pieces[this.cur].length && this.cur + 1 < this.pieces.length) {
      // A piece passed is let go at once: pieces are kept under V8's large-object size so they die young.
      this.pieces[this.cur++] = "";
      this.curChar = 0;
      this.curByte = this.pieceBytes[this.cur];
      local = at - this.pieceChars[this.cur];
    }
    // Their slots are dropped a few at a time, not one shift per piece.
    if (this.cur >= 64) {
      this.pieces.splice(0, this.cur);
      this.pieceChars.splice(0, this.cur);
      this.pieceBytes.splice(0, this.cur);
      this.cur = 0;
    }
    if (local < this.curChar || local > this.pieces[this.cur].length) {
      this.exact = false;
      return 0;
    }
    // Offsets fall on '<' or after '>', never inside a surrogate pair; pieces never split one either.
    if (local > this.curChar) this.curByte += Buffer.byteLength(this.pieces[this.cur].slice(this.curChar, local), "utf8");
    this.curChar = local;
    return this.curByte;
  }
}
