import { AppendedColumn } from "../../core";
import { AppendedPlan, boxRef, FilterWidening, widenFilter } from "../../core";
import { cellAddress, columnLetter, parseRange } from "../../core";
import { applyEdits, attr, child, children, declareDefault, digitsIn, findAttr, MAIN_NS, NsMap, parseXml, ScanSink, scopeOf, spanIs, tagAttrs, tagName, XmlDoctypeError, XmlScanner } from "./xmlScan";
import { asBytes, assertUtf8Declared, bomLength, byteString, Unsupported, Utf8Batches } from "./copyXml";
import { columnStyle, HEADER_STYLE, Styles } from "./copyStyles";
import { cellXml, cfXml, TailCache } from "./newSheetXml";
import { RowIndex } from "./rowIndex";

/**
 * duban's columns appended to an existing sheet's XML as it streams through the zip-level copy (copyWorkbook.ts).
 * The sheet is handled as a byte string (copyXml.ts: one character a byte), never decoded: every byte outside
 * what duban writes or edits (its cells, the dimension, widths, fills, the filter's range, the rows' spans) is
 * written back as it was, bytes that are not valid UTF-8 included. duban's own text goes in as UTF-8, so a
 * sheet that declares another encoding is refused (PartNotUtf8).
 */

/** Elements that follow conditionalFormatting in a worksheet, in schema order. */
const AFTER_CF = new Set(["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/** Zero-based column of the cell reference in s[from, to) ("AB12" → 27), or -1. */
function columnIn(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === from ? -1 : col - 1;
}

const enum Copying {
  Head,
  Rows,
  Tail,
}

const ROOT_SCOPE: NsMap = { "": "" };

const SPANS = /\sspans\s*=\s*("[^"]*"|'[^']*')/;

/** What both ways of appending (scanning the part, or by the read's row index) share: which rows, which cells, the edits around the rows. */
function columnParts(plans: AppendedPlan[], widening: FilterWidening, styles: Styles) {
  const columns: AppendedColumn[] = plans.map((p) => p.column);
  const ours = new Set(columns.map((c) => c.col));
  const minCol = Math.min(...ours);
  const maxCol = Math.max(...ours);
  const isNeeded = (r: number) => columns.some((c) => r === c.headerRow || c.values.has(r));
  let neededCount = 0;
  columns.forEach((c, i) => {
    const before = columns.slice(0, i);
    const counted = (r: number) => before.some((b) => r === b.headerRow || b.values.has(r));
    if (!counted(c.headerRow)) neededCount++;
    for (const r of c.values.keys()) if (r !== c.headerRow && !counted(r)) neededCount++;
  });
  const header = styles.xf(HEADER_STYLE);
  const valueStyle = plans.map((p) => {
    const key = columnStyle(p.column.spec, false, p.plan.wrap);
    return key ? styles.xf(key) : null;
  });
  let lastValueRow = 0;
  for (const c of columns) for (const r of c.values.keys()) lastValueRow = Math.max(lastValueRow, r);
  // A value cell's XML after its reference, made once a value and column (a status column's values repeat
  // on nearly every row); a namespaced sheet's cells (ns) are made each time.
  const tails = valueStyle.map((style) => new TailCache(style));
  const letters = columns.map((c) => columnLetter(c.col));
  const ourCells = (r: number, ns: string) => {
    let xml = "";
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      if (r === c.headerRow) xml += cellXml(cellAddress(r, c.col), c.spec.header, header, ns);
      else if (r > c.headerRow && c.values.has(r)) {
        const value = c.values.get(r) ?? null;
        const ref = letters[i] + (r + 1);
        xml += ns ? cellXml(ref, value, valueStyle[i], ns) : tails[i].cell(ref, value);
      }
    }
    return xml;
  };

  /** The head up to the sheet data (a byte string) with the dimension dropped and our widths added. */
  function editHead(text: string, rootTag: string): string {
    const rootName = tagName(rootTag);
    const els = parseXml(text + `</${rootName}>`);
    const root = els.find((e) => e.parent === null && e.local === "worksheet");
    if (!root || root.ns !== MAIN_NS) throw new Unsupported("worksheet");
    const edits: { at: number; end: number; text: string }[] = [];
    // The dimension no longer covers the sheet: dropped (it is optional and recomputed on save).
    const dimension = child(root, MAIN_NS, "dimension");
    if (dimension) edits.push({ at: dimension.start, end: dimension.end, text: "" });
    const widths = plans.filter((p) => p.plan.width).map((p) => `<col${declareDefault(root.scope, MAIN_NS)} min="${p.column.col + 1}" max="${p.column.col + 1}" width="${p.plan.width}" customWidth="1"/>`);
    if (widths.length) {
      const cols = child(root, MAIN_NS, "cols");
      if (!cols) {
        const p = root.qname.includes(":") ? root.qname.slice(0, root.qname.indexOf(":") + 1) : "";
        edits.push({ at: text.length, end: text.length, text: asBytes(`<${p}cols>${widths.join("")}</${p}cols>`) });
      } else if (!cols.selfClosing) {
        const covered = children(cols, MAIN_NS, "col").some((c) => Number(attr(c, "max") ?? 0) >= minCol + 1);
        if (!covered) edits.push({ at: cols.closeStart, end: cols.closeStart, text: asBytes(widths.join("")) });
      }
    }
    return applyEdits(text, edits);
  }

  /** The tail after the sheet data (a byte string) with the filter widened and our fills added. */
  function editTail(text: string, rootTag: string): string {
    // Read inside the worksheet's own start tag, so its namespace declarations apply.
    const els = parseXml(rootTag + text);
    const root = els[0];
    const shift = rootTag.length;
    // Fills an earlier run put on duban's columns (every range of theirs inside those columns) go: the new ones
    // replace them, so a rerun does not add the same rules again, nor count their priorities.
    const earlier = children(root, MAIN_NS, "conditionalFormatting").filter((cf) => {
      const ranges = (attr(cf, "sqref") ?? "").split(/\s+/).filter(Boolean).map(parseRange);
      return ranges.length > 0 && ranges.every((r) => r !== null && r.left === r.right && ours.has(r.left));
    });
    const priorities = els.filter((e) => e.local === "cfRule" && !earlier.includes(e.parent!)).map((e) => Number(attr(e, "priority") ?? 0));
    let priority = Math.max(0, ...priorities.filter(Number.isFinite));
    const d = declareDefault(root.scope, MAIN_NS);
    const cfs = columns
      .filter((c) => c.spec.conditionalFills?.length && lastValueRow > c.headerRow)
      .map((c) => {
        const letter = columnLetter(c.col);
        return cfXml(`${letter}${c.headerRow + 2}:${letter}${lastValueRow + 1}`, c.spec.conditionalFills!, styles, () => ++priority).replace("<conditionalFormatting", `<conditionalFormatting${d}`);
      })
      .join("");
    const edits: { at: number; end: number; text: string }[] = [];
    // A filter over the typed columns is widened to take in ours (the core's rule); its filterColumn
    // criteria are children of the element and stay as they are, their colId unchanged.
    const filter = child(root, MAIN_NS, "autoFilter");
    const ref = filter ? parseRange(attr(filter, "ref") ?? "") : null;
    const widened = filter && ref ? widenFilter(widening, ref) : null;
    if (filter && widened) {
      const open = text.slice(filter.start - shift, filter.openEnd - shift).replace(/(\sref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${boxRef(widened)}"`);
      edits.push({ at: filter.start - shift, end: filter.openEnd - shift, text: open });
    }
    for (const cf of earlier) edits.push({ at: cf.start - shift, end: cf.end - shift, text: "" });
    if (cfs) {
      const before = root.children.find((e) => e.ns === MAIN_NS && AFTER_CF.has(e.local));
      const at = (before ? before.start : root.closeStart) - shift;
      edits.push({ at, end: at, text: asBytes(cfs) });
    }
    return edits.length ? applyEdits(text, edits) : text;
  }
  return { ours, minCol, maxCol, isNeeded, neededCount, ourCells, editHead, editTail };
}

/**
 * Appends duban's columns to an existing sheet's XML as it streams by, read as XML tokens: cells placed in
 * column order in the rows they annotate (cells right of duban's columns stay where they are), widths in
 * <cols>, fills after the sheet data. Everything else is copied character for character. Only the token
 * being read is held, so the time is linear in the part's size whatever the size of its largest row.
 */
export async function* appendColumns(source: AsyncIterable<string>, plans: AppendedPlan[], widening: FilterWidening, styles: Styles): AsyncGenerator<Buffer> {
  const { ours, minCol, maxCol, isNeeded, neededCount, ourCells, editHead, editTail } = columnParts(plans, widening, styles);
  const out = new Utf8Batches();
  // The part's own text (byte strings) and duban's (UTF-8 text).
  const emit = (bytes: string) => out.writeBytes(bytes);
  const emitOurs = (text: string) => out.write(text);

  let state = Copying.Head;
  let head: string[] = [];
  const tail: string[] = [];
  let worksheetTag = "";
  let sheetDataDepth = -1;
  // The depth of the next element opened, and the namespace scopes inside the open elements down to the
  // rows (deeper ones never decide anything here).
  let depth = 0;
  const scopes: NsMap[] = [];
  // The row being copied: its number, whether it gets cells, whether they are written yet.
  let rowNumber = -1;
  let previousRow = -1;
  let rowNeeded = false;
  let rowNs = "";
  let rowInserted = false;
  let lastCol = -1;
  // Inside a cell of our columns (an earlier run's), dropped with everything it holds.
  let dropDepth = -1;
  let seenCount = 0;
  // The text of the current piece from here on is not copied yet.
  let copied = 0;
  const span: [number, number] = [0, 0];
  // Where the next "xmlns" in the current piece is, so that each tag is not searched for one again.
  let xmlnsIn = "";
  let xmlnsAt = -1;
  const declares = (s: string, start: number, end: number) => {
    if (s !== xmlnsIn || (xmlnsAt >= 0 && xmlnsAt < start)) {
      xmlnsIn = s;
      xmlnsAt = s.indexOf("xmlns", start);
    }
    return xmlnsAt >= 0 && xmlnsAt < end;
  };
  /** Copies the text up to `to` where it goes now: the head, the output or the tail (nowhere in a dropped cell). */
  const copy = (s: string, to: number) => {
    if (to <= copied) return;
    if (dropDepth < 0) {
      const text = s.slice(copied, to);
      if (state === Copying.Head) head.push(text);
      else if (state === Copying.Tail) tail.push(text);
      else emit(text);
    }
    copied = to;
  };
  const isMain = (s: string, start: number, local: number, scope: NsMap) => scope[local === start + 1 ? "" : s.slice(start + 1, local - 1)] === MAIN_NS;

  const sink: ScanSink = {
    open(s, start, end, local, nameEnd, empty) {
      const d = depth;
      if (!empty) depth++;
      if (state === Copying.Tail || dropDepth >= 0 || d > 3) return;
      const parent = d > 0 ? scopes[d - 1] : ROOT_SCOPE;
      const scope = declares(s, start, end) ? scopeOf(parent, tagAttrs(s.slice(start, end))) : parent;
      if (d < 3) scopes[d] = scope;
      if (state === Copying.Head) {
        if (d === 0) worksheetTag = s.slice(start, end);
        if (d === 1 && spanIs(s, local, nameEnd, "sheetData") && isMain(s, start, local, scope)) {
          copy(s, start);
          const headText = head.join("");
          head = [];
          state = Copying.Rows;
          emit(editHead(headText, worksheetTag));
          if (empty) {
            copy(s, end);
            state = Copying.Tail;
          } else sheetDataDepth = d;
        }
        return;
      }
      // rows
      if (d === sheetDataDepth + 1 && spanIs(s, local, nameEnd, "row") && isMain(s, start, local, scope)) {
        if (findAttr(s, nameEnd, end, "r", span)) {
          const digits = digitsIn(s, span[0], span[1]);
          rowNumber = (digits >= 0 ? digits : Number(s.slice(span[0], span[1]))) - 1;
        } else rowNumber++;
        if (!Number.isInteger(rowNumber) || rowNumber < 0) throw new Unsupported("row number");
        if (rowNumber <= previousRow) throw new Unsupported("rows out of order");
        previousRow = rowNumber;
        rowNeeded = isNeeded(rowNumber);
        lastCol = -1;
        rowInserted = false;
        if (!rowNeeded) return;
        seenCount++;
        rowNs = declareDefault(scope, MAIN_NS);
        const open = s.slice(start, end);
        if (empty) {
          copy(s, start);
          emit(open.replace(SPANS, "").replace(/\s*\/>$/, ">"));
          emitOurs(ourCells(rowNumber, rowNs));
          emit(`</${s.slice(start + 1, nameEnd)}>`);
          copied = end;
          rowNeeded = false;
        } else if (SPANS.test(open)) {
          copy(s, start);
          emit(open.replace(SPANS, ""));
          copied = end;
        }
        return;
      }
      if (rowNeeded && d === sheetDataDepth + 2 && spanIs(s, local, nameEnd, "c") && isMain(s, start, local, scope)) {
        const hasRef = findAttr(s, nameEnd, end, "r", span);
        const col = hasRef ? columnIn(s, span[0], span[1]) : lastCol + 1;
        if (col < 0 || col <= lastCol) throw new Unsupported("cell order");
        lastCol = col;
        if (ours.has(col)) {
          // An earlier run's cell in our columns: replaced.
          copy(s, start);
          if (empty) copied = end;
          else dropDepth = d;
          return;
        }
        if (col > maxCol && !rowInserted) {
          copy(s, start);
          emitOurs(ourCells(rowNumber, rowNs));
          rowInserted = true;
        } else if (col > minCol && col < maxCol) throw new Unsupported("cell inside the result columns");
        // A cell without a reference after ours would be read as the column after ours: it gets its own.
        if (!hasRef && rowInserted) {
          copy(s, start);
          emit(s.slice(start, end).replace(/^<([^\s/>]+)/, `<$1 r="${cellAddress(rowNumber, col)}"`));
          copied = end;
        }
      }
    },
    close(s, local, nameEnd, start, end) {
      // The close of an empty-element tag: nothing was opened.
      if (start < 0) return;
      const d = --depth;
      if (state !== Copying.Rows) return;
      if (dropDepth >= 0) {
        if (d === dropDepth) {
          dropDepth = -1;
          copied = end;
        }
        return;
      }
      if (d === sheetDataDepth + 1 && rowNeeded && spanIs(s, local, nameEnd, "row")) {
        if (!rowInserted) {
          copy(s, start);
          emitOurs(ourCells(rowNumber, rowNs));
        }
        rowNeeded = false;
        return;
      }
      if (d === sheetDataDepth) {
        copy(s, end);
        state = Copying.Tail;
      }
    },
    text() {},
    flush(s, end) {
      copy(s, end);
      // What is left of this piece starts the next one.
      copied = 0;
    },
  };

  const scanner = new XmlScanner(sink);
  let first = true;
  try {
    for await (let piece of source) {
      if (first && piece) {
        first = false;
        assertUtf8Declared(piece.slice(0, 256));
        // A byte order mark goes to the output as it is; the scanner reads from the markup on.
        const bom = bomLength(piece);
        head.push(piece.slice(0, bom));
        piece = piece.slice(bom);
      }
      scanner.write(piece);
      yield* out.take();
    }
    scanner.end();
  } catch (err) {
    // Refused when the cells were read; here it only means this path does not take the part.
    if (err instanceof XmlDoctypeError) throw new Unsupported("doctype");
    throw err;
  }
  // Set by the sink as the part was read.
  if ((state as Copying) !== Copying.Tail) throw new Unsupported("sheetData");
  if (seenCount !== neededCount) throw new Unsupported("row missing");
  emit(editTail(tail.join(""), worksheetTag));
  yield* out.end();
}

/** The read's row index does not match the part as it streams by: the copy is made again by scanning it. */
export class IndexMismatch extends Error {}

/** The first start tag of a worksheet's head (its root element's). */
function rootTagOf(head: string): string {
  let tag = "";
  const scanner = new XmlScanner({
    open(s, start, end) {
      if (!tag) tag = s.slice(start, end);
    },
    close() {},
    text() {},
  });
  scanner.write(head);
  return tag;
}

/** Whether s[at] ends a tag's name (white space, '>' or '/'). */
function endsName(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 62 || c === 47;
}

const enum Op {
  SheetData,
  RowOpen,
  RowClose,
  Tail,
}

/** Whether bytes b at `at` are the ASCII text `text`. */
function bytesAre(b: Buffer, at: number, text: string): boolean {
  if (at < 0 || at + text.length > b.length) return false;
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** endsName for the byte after a name. */
function endsNameByte(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 62 || c === 47;
}

const XMLNS = Buffer.from("xmlns", "latin1");
const EMPTY = Buffer.alloc(0);

/**
 * appendColumns for a part whose rows the read has already found (RowIndex): the part's bytes are passed on
 * as they are inflated, never decoded, and only the start tags of the rows that get cells are looked at.
 * Output is that of appendColumns, byte for byte. It takes the common case only — the sheet's elements
 * in SpreadsheetML's default namespace with no declaration inside the sheet data, rows in order, cells
 * of the annotated rows all left of duban's columns — and throws IndexMismatch, before or while it
 * streams, wherever the part is otherwise or a position does not hold what the index says. The text around
 * the sheet data (head and tail) is decoded and edited as appendColumns does; an ASCII name searched in
 * UTF-8 bytes is found exactly where it is in the text (no byte of a multi-byte character is ASCII).
 */
export async function* appendColumnsAt(source: AsyncIterable<Buffer>, index: RowIndex, plans: AppendedPlan[], widening: FilterWidening, styles: Styles): AsyncGenerator<Buffer> {
  // The work is done by plain functions (indexedAppend's feed and end), the generator only hands the pieces
  // through: V8 compiled the generator with that work inside it at ~75 ms a time, three times a run (the
  // largest compile of a run of -o, on the thread the deflate also needs), where feed compiles in a few ms.
  const append = indexedAppend(index, plans, widening, styles);
  for await (const piece of source) for (const bytes of append.feed(piece)) yield bytes;
  for (const bytes of append.end()) yield bytes;
}

/** appendColumnsAt's work: the checks before streaming at the call, then each piece fed in order, then the end. */
function indexedAppend(index: RowIndex, plans: AppendedPlan[], widening: FilterWidening, styles: Styles): { feed: (piece: Buffer) => Buffer[]; end: () => Buffer[] } {
  const { minCol, isNeeded, neededCount, ourCells, editHead, editTail } = columnParts(plans, widening, styles);
  const mismatch = (what: string) => new IndexMismatch(what);
  const { count, rowNumber, start, openEnd, closeStart, maxCol, sheetDataStart, sheetDataEnd } = index;
  if (!index.usable || sheetDataStart < 0 || sheetDataEnd <= sheetDataStart) throw mismatch("sheetData");
  // The rows that get cells: in order, apart, inside the sheet data, cells all left of ours.
  const needed: number[] = [];
  let previous = 0;
  let previousEnd = sheetDataStart;
  for (let i = 0; i < count; i++) {
    if (rowNumber[i] <= previous || start[i] < previousEnd) throw mismatch("rows");
    previous = rowNumber[i];
    previousEnd = closeStart[i] || openEnd[i];
    if (!isNeeded(rowNumber[i] - 1)) continue;
    if (maxCol[i] >= minCol) throw mismatch("cells in or after the result columns");
    needed.push(i);
  }
  if (previousEnd > sheetDataEnd || needed.length !== neededCount) throw mismatch("rows");

  // What is done, in the order of the bytes: at `at`, once the bytes up to `need` are at hand.
  let op = Op.SheetData;
  let n = -1;
  let at = sheetDataStart;
  let need = sheetDataStart + 11;
  const next = () => {
    if (op === Op.RowOpen && closeStart[needed[n]]) {
      op = Op.RowClose;
      at = closeStart[needed[n]];
      need = at + 6;
    } else if (++n < needed.length) {
      op = Op.RowOpen;
      at = start[needed[n]];
      need = openEnd[needed[n]];
    } else if (op !== Op.Tail) {
      // The last byte of the sheet data ('>'): the tail starts after it.
      op = Op.Tail;
      at = sheetDataEnd - 1;
      need = sheetDataEnd;
    } else {
      at = need = Infinity;
    }
  };

  const out = new Utf8Batches();
  let phase = Copying.Head;
  const head: Buffer[] = [];
  const tail: Buffer[] = [];
  let rootTag = "";
  const pass = (bytes: Buffer) => {
    if (!bytes.length) return;
    if (phase === Copying.Rows) out.copy(bytes);
    // Kept: the inflated chunks are not reused.
    else (phase === Copying.Head ? head : tail).push(bytes);
  };
  // The bytes not yet passed on, from `bufAt` in the part; the end of the bytes seen so far.
  let buf: Buffer = EMPTY;
  let bufAt = 0;
  let fed = 0;
  let before: Buffer = EMPTY;
  // The steps at the positions, each a function of its own: the row steps run once an annotated row, the
  // others once a part, so the loop and the row steps are compiled without the rest (and their first runs).
  // Each passes on or drops the bytes before `at` (k bytes into buf) as the step needs and moves to the next.
  const sheetData = (k: number) => {
    if (!bytesAre(buf, k, "<sheetData") || !endsNameByte(buf[k + 10])) throw mismatch("sheetData");
    const headText = byteString(Buffer.concat(head));
    head.length = 0;
    assertUtf8Declared(headText.slice(0, 256));
    rootTag = rootTagOf(headText.slice(bomLength(headText)));
    // The rows' unprefixed names are SpreadsheetML's only where the root makes it the default namespace.
    if (!rootTag || tagName(rootTag).includes(":") || scopeOf(ROOT_SCOPE, tagAttrs(rootTag))[""] !== MAIN_NS) throw mismatch("namespace");
    phase = Copying.Rows;
    let edited: string;
    try {
      edited = editHead(headText, rootTag);
    } catch (err) {
      if (err instanceof Unsupported) throw err;
      throw mismatch("head");
    }
    out.writeBytes(edited);
    buf = buf.subarray(k);
    bufAt = at;
    next();
  };
  const rowOpen = (k: number) => {
    const i = needed[n];
    const end = need - bufAt;
    const tag = byteString(buf, k, end);
    const empty = closeStart[i] === 0;
    if (!tag.startsWith("<row") || !endsName(tag, 4) || tag.charCodeAt(tag.length - 1) !== 62 || (empty && tag.charCodeAt(tag.length - 2) !== 47)) throw mismatch("row");
    const span: [number, number] = [0, 0];
    if (findAttr(tag, 4, tag.length, "r", span) && digitsIn(tag, span[0], span[1]) !== rowNumber[i]) throw mismatch("row number");
    const row = rowNumber[i] - 1;
    if (empty) {
      out.writeBytes(tag.replace(SPANS, "").replace(/\s*\/>$/, ">"));
      out.write(ourCells(row, ""));
      out.writeBytes("</row>");
    } else if (SPANS.test(tag)) out.writeBytes(tag.replace(SPANS, ""));
    else out.copy(buf.subarray(k, end));
    buf = buf.subarray(end);
    bufAt = need;
    next();
  };
  const rowClose = (k: number) => {
    if (!bytesAre(buf, k, "</row") || !endsNameByte(buf[k + 5])) throw mismatch("row end");
    out.write(ourCells(rowNumber[needed[n]] - 1, ""));
    buf = buf.subarray(k);
    bufAt = at;
    next();
  };
  const tailStart = (k: number) => {
    if (buf[k] !== 62) throw mismatch("sheetData end");
    out.write(">");
    phase = Copying.Tail;
    buf = buf.subarray(k + 1);
    bufAt = at + 1;
    next();
  };
  const feed = (piece: Buffer): Buffer[] => {
    // A namespace declaration inside the sheet data would change what the rows' names mean (looked for
    // across the join with the piece before, too).
    const inData = (k: number) => k >= sheetDataStart && k < sheetDataEnd;
    const across = before.length ? Buffer.concat([before, piece.subarray(0, 4)]).indexOf(XMLNS) : -1;
    if (across >= 0 && inData(fed - before.length + across)) throw mismatch("xmlns");
    for (let k = piece.indexOf(XMLNS); k >= 0; k = piece.indexOf(XMLNS, k + 1)) if (inData(fed + k)) throw mismatch("xmlns");
    before = piece.length >= 4 ? piece.subarray(piece.length - 4) : Buffer.concat([before, piece]).subarray(-4);
    fed += piece.length;
    buf = buf.length ? Buffer.concat([buf, piece]) : piece;
    while (need <= fed) {
      const k = at - bufAt;
      pass(buf.subarray(0, k));
      if (op === Op.RowOpen) rowOpen(k);
      else if (op === Op.RowClose) rowClose(k);
      else if (op === Op.SheetData) sheetData(k);
      else tailStart(k);
    }
    // Everything before the next position is passed on.
    const k = Math.min(at - bufAt, buf.length);
    pass(buf.subarray(0, k));
    buf = buf.subarray(k);
    bufAt += k;
    return out.take();
  };
  const end = (): Buffer[] => {
    pass(buf);
    if (phase !== Copying.Tail || at !== Infinity) throw mismatch("end");
    out.writeBytes(editTail(byteString(Buffer.concat(tail)), rootTag));
    return out.end();
  };
  return { feed, end };
}
