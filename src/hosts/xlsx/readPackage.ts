import { DubanError } from "../../core/base";
import type { CellValue, SheetData, TextRun, WorkbookData } from "../../core/base";
import { attr as xattr, decodeText, MAIN_NS, nsAttr, parseXml, PKG_REL_NS, REL_NS, unescapeXml, XmlDoctypeError, XmlElement, XmlSyntaxError } from "./xmlScan";
import { ByteScanner, ByteSink, bytesAre, digitsAt, findByteAttr, scanBytes, utf8 } from "./byteScan";
import { damaged, unsafeXml } from "./zipRules";
import { RowIndex } from "./rowIndex";

/**
 * The streaming read path: cell values straight from the sheet XML into the core's WorkbookData, without
 * exceljs's object model (which costs ~7 kB per row and reads 100k rows in several seconds). One pass per
 * part, parts read by random access through the zip directory, so shared strings and styles are read
 * first whatever order the zip stores them in and no temporary files are needed. Merged areas are read
 * from <mergeCells> (the exceljs streaming reader skips them). Empty rows, however many and however
 * formatted, are never held. Dates stay Excel serials, as the core wants them.
 */

/**
 * A zip package opened and checked by duban's own rules (zipRules.ts): ZipArchive for a file by path, BytesZip
 * for bytes in the task pane. Every part comes out inflated no further than declared, with its CRC checked.
 */
export interface PartReader {
  /** The file's name, for messages. */
  readonly path: string;
  has(name: string): boolean;
  /** The part's name as stored, found case-insensitively. */
  find(name: string): string | undefined;
  /** The part's bytes, inflated, in chunks (read as UTF-8 by byteScan.ts). */
  chunks(name: string): AsyncIterable<Uint8Array>;
  /** A whole (small) part as text, refused if it declares a DOCTYPE or ENTITY. */
  text(name: string): Promise<string>;
}

interface SharedRun {
  text: string;
  /** true/false when the run says so; undefined takes the cell's own font, as Excel does. */
  bold: boolean | undefined;
}
type SharedString = string | SharedRun[];

async function scanPart(zip: PartReader, name: string, sink: ByteSink | ByteScanner): Promise<void> {
  try {
    await scanBytes(zip.chunks(name), sink instanceof ByteScanner ? sink : new ByteScanner(sink));
  } catch (err) {
    if (err instanceof XmlDoctypeError) throw unsafeXml(zip.path, name);
    if (err instanceof DubanError) throw err;
    throw damaged(zip.path, { kind: "xml", part: name, detail: (err as Error).message.split("\n")[0] });
  }
}

const span: [number, number] = [0, 0];
const EMPTY = new Uint8Array(0);

/**
 * Character data gathered across calls, as bytes until it is taken: escaped text is decoded once whole (a
 * character, an entity or a CR LF may be split between two chunks), CDATA is taken as it is. A run of one kind
 * ends at `<![CDATA[` or `]]>`, ASCII, so never inside a character.
 */
class TextGatherer {
  private done = "";
  // The run not yet decoded: the span b[from, to) of the chunk it arrived in, or its bytes joined once it came in several.
  private b: Uint8Array | null = null;
  private from = 0;
  private to = 0;
  private cdata = false;
  private more: Uint8Array[] | null = null;
  add(b: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.b !== null && this.cdata !== cdata) this.settle();
    if (this.b === null) {
      this.b = b;
      this.from = start;
      this.to = end;
      this.cdata = cdata;
    } else {
      // Copies: a chunk may be let go before the run ends. Joined once, when taken, so a long text stays linear.
      if (this.more === null) this.more = [this.b.slice(this.from, this.to)];
      this.more.push(b.slice(start, end));
    }
  }
  private settle(): void {
    let b = this.b!;
    let from = this.from;
    let to = this.to;
    const more = this.more;
    if (more !== null) {
      let size = 0;
      for (const m of more) size += m.length;
      b = new Uint8Array(size);
      size = 0;
      for (const m of more) {
        b.set(m, size);
        size += m.length;
      }
      from = 0;
      to = size;
      this.more = null;
    }
    const text = utf8(b, from, to);
    this.done += this.cdata ? text : decodeText(text);
    this.b = null;
  }
  /** Whether nothing is gathered. */
  empty(): boolean {
    return this.done.length === 0 && this.b === null;
  }
  /** The text gathered so far; starts again empty. */
  take(): string {
    if (this.b !== null) this.settle();
    const text = this.done;
    this.done = "";
    return text;
  }
}

/** An unprefixed attribute of a tag handed to ByteSink.open, unescaped. */
function attrOf(b: Uint8Array, nameEnd: number, end: number, name: string): string | undefined {
  return findByteAttr(b, nameEnd, end, name, span) ? decodeText(utf8(b, span[0], span[1])) : undefined;
}

/** `<b/>`, `<b val="1"/>`: bold unless val says 0 or false. */
function boldOf(b: Uint8Array, nameEnd: number, end: number): boolean {
  return !/^(0|false)$/.test(attrOf(b, nameEnd, end, "val") ?? "1");
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target.replace(/[?#].*$/, ""));
  } catch {
    return target;
  }
}

/** A small part read whole as XML (namespaces resolved); a malformed one is a damaged file. */
function parseXmlPart(zip: PartReader, name: string, text: string): XmlElement[] {
  try {
    return parseXml(text);
  } catch (err) {
    throw damaged(zip.path, { kind: "xml", part: name, detail: (err as Error).message });
  }
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function readRels(zip: PartReader, part: string): Promise<Map<string, { target: string; type: string }>> {
  const dir = part.split("/").slice(0, -1);
  const file = part.split("/").pop()!;
  const relsName = [...dir, "_rels", `${file}.rels`].join("/");
  const rels = new Map<string, { target: string; type: string }>();
  const found = zip.find(relsName);
  if (!found) return rels;
  for (const el of parseXmlPart(zip, found, await zip.text(found))) {
    if (el.local !== "Relationship" || el.ns !== PKG_REL_NS) continue;
    const id = xattr(el, "Id");
    const target = xattr(el, "Target");
    if (id && target && xattr(el, "TargetMode") !== "External") {
      const resolved = resolveTarget(part, decodeTarget(target));
      rels.set(id, { target: zip.find(resolved) ?? resolved, type: xattr(el, "Type") ?? "" });
    }
  }
  return rels;
}

async function readSharedStrings(zip: PartReader, name: string): Promise<SharedString[]> {
  const out: SharedString[] = [];
  let runs: SharedRun[] = [];
  let text = "";
  const gather = new TextGatherer();
  let inT = false;
  let inPhonetic = false;
  let runBold: boolean | undefined;
  let inRun = false;
  await scanPart(zip, name, {
    open(s, start, end, local, nameEnd) {
      switch (nameEnd - local) {
        case 1:
          if (s[local] === 116 /* t */) {
            if (!inPhonetic) inT = true;
          } else if (s[local] === 114 /* r */) {
            inRun = true;
            runBold = undefined;
            text = "";
          } else if (s[local] === 98 /* b */ && inRun) runBold = boldOf(s, nameEnd, end);
          break;
        case 2:
          if (bytesAre(s, local, nameEnd, "si")) {
            runs = [];
            text = "";
          }
          break;
        case 3:
          if (bytesAre(s, local, nameEnd, "rPh")) inPhonetic = true;
          break;
      }
    },
    text(s, start, end, cdata) {
      if (inT) gather.add(s, start, end, cdata);
    },
    close(s, local, nameEnd) {
      switch (nameEnd - local) {
        case 1:
          if (s[local] === 116 /* t */) {
            if (inT) text += gather.take();
            inT = false;
          } else if (s[local] === 114 /* r */) {
            if (inRun) runs.push({ text, bold: runBold });
            inRun = false;
            text = "";
          }
          break;
        case 2:
          if (bytesAre(s, local, nameEnd, "si")) {
            out.push(runs.length ? runs : text);
            runs = [];
            text = "";
          }
          break;
        case 3:
          if (bytesAre(s, local, nameEnd, "rPh")) inPhonetic = false;
          break;
      }
    },
  });
  return out;
}

/** Whether each cell style (cellXfs index) is bold. */
async function readBoldStyles(zip: PartReader, name: string): Promise<boolean[]> {
  const fontBold: boolean[] = [];
  const xfBold: boolean[] = [];
  let where: "fonts" | "cellXfs" | "" = "";
  let inFont = false;
  await scanPart(zip, name, {
    open(s, start, end, local, nameEnd) {
      if (bytesAre(s, local, nameEnd, "fonts")) where = "fonts";
      else if (bytesAre(s, local, nameEnd, "cellXfs")) where = "cellXfs";
      else if (bytesAre(s, local, nameEnd, "font") && where === "fonts") {
        inFont = true;
        fontBold.push(false);
      } else if (bytesAre(s, local, nameEnd, "b") && inFont) fontBold[fontBold.length - 1] = boldOf(s, nameEnd, end);
      else if (bytesAre(s, local, nameEnd, "xf") && where === "cellXfs") xfBold.push(fontBold[Number(attrOf(s, nameEnd, end, "fontId") ?? 0)] ?? false);
    },
    text() {},
    close(s, local, nameEnd) {
      if (bytesAre(s, local, nameEnd, "fonts") || bytesAre(s, local, nameEnd, "cellXfs")) where = "";
      else if (bytesAre(s, local, nameEnd, "font")) inFont = false;
    },
  });
  return xfBold;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function richFrom(runs: SharedRun[], cellBold: boolean): CellValue {
  const out: TextRun[] = runs.map((r) => ({ text: r.text, bold: r.bold ?? cellBold }));
  return { richText: out };
}

/** What a sheet holds beside its values: how many <row> elements, to tell real rows from formatted blanks. */
export interface SheetStats {
  name: string;
  rowElements: number;
  valueRows: number;
}

/**
 * Text read from a cell's own XML (inline strings, formula results) as a string of its own. The parser
 * hands out V8 sliced strings that keep the whole piece of XML they came from alive: a 30-character
 * status kept 32 kB of sheet XML, and a book written with inline strings (duban's own columns, many
 * exporters) stayed in memory almost whole. Short texts (units, periods, statuses, dates) repeat from
 * row to row and are shared.
 */
function textKeeper(): (text: string) => string {
  const common = new Map<string, string>();
  return (text) => {
    if (text.length > 32) return (" " + text).slice(1);
    let kept = common.get(text);
    if (kept === undefined) {
      kept = text.length >= 13 ? (" " + text).slice(1) : text;
      if (common.size < 65536) common.set(kept, kept);
    }
    return kept;
  };
}

/** A cell's t attribute, as a number the cell reader switches on. */
const enum CellType {
  Number,
  Shared,
  Str,
  Bool,
  Error,
  Date,
  Inline,
}

function cellType(s: Uint8Array, from: number, to: number): CellType {
  switch (to - from) {
    case 1: {
      const c = s[from];
      return c === 115 /* s */ ? CellType.Shared : c === 98 /* b */ ? CellType.Bool : c === 101 /* e */ ? CellType.Error : c === 100 /* d */ ? CellType.Date : CellType.Number;
    }
    case 3:
      return bytesAre(s, from, to, "str") ? CellType.Str : CellType.Number;
    case 9:
      return bytesAre(s, from, to, "inlineStr") ? CellType.Inline : CellType.Number;
    default:
      return CellType.Number;
  }
}

/** A cell reference's column (A1 → 0) read from s[from, to); letters first, anything after them ignored. */
function columnAt(s: Uint8Array, from: number, to: number): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const c = s[k];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col - 1;
}

/** Whether s[at, at + 8) is `</v></c>` (the caller has checked it is within s). */
function isValueEnd(s: Uint8Array, at: number): boolean {
  return (
    s[at] === 60 &&
    s[at + 1] === 47 &&
    s[at + 2] === 118 &&
    s[at + 3] === 62 &&
    s[at + 4] === 60 &&
    s[at + 5] === 47 &&
    s[at + 6] === 99 &&
    s[at + 7] === 62
  );
}

type ReadSheet = (part: string, name: string, stats: SheetStats[], index: RowIndex | null) => Promise<SheetData>;

/**
 * The sheets' reader of one package: its functions (the sink, openCell, wholeCell, finishCell) are made once, and
 * every sheet is read by the very same ones with the state reset, so the scanner's compiled loop, which inlines
 * them, does not meet another call target at the next sheet and is not thrown away there (issue 17).
 */
function sheetReader(zip: PartReader, shared: SharedString[], boldXf: boolean[]): ReadSheet {
  let name = "";
  let index: RowIndex | null = null;
  let rows: CellValue[][] = [];
  let rowElements = 0;
  let valueRows = 0;
  let merges: string[] = [];
  let boldCells = new Set<string>();
  let rowNumber = 0;
  let usedWidth = 0;
  // One scratch array for the row being read; each row is kept as an exact copy of its cells. An array
  // grown cell by cell keeps room for ~17 (~180 bytes a row where 9 cells need ~120: 60 MB at 10⁶ rows).
  const cells: CellValue[] = [];
  let width = 0;
  let inRow = false;
  let col = -1;
  let type = CellType.Number;
  let style = 0;
  let hasFormula = false;
  let hasV = false;
  let capture = false;
  let inInline = false;
  let inlineRuns: SharedRun[] = [];
  let inlineText = "";
  let inRun = false;
  let runBold: boolean | undefined;
  let inPhonetic = false;
  let inSheetData = false;
  const vText = new TextGatherer();
  // A value's text as it arrived in one piece, not yet sliced out of it (vTo < 0: none): most values are
  // a shared-string index or a number, read from the piece as digits.
  let vIn: Uint8Array = EMPTY;
  let vFrom = 0;
  let vTo = -1;
  const tText = new TextGatherer();
  let keep = textKeeper();
  const bad = (kind: "bad-column" | "bad-row") => damaged(zip.path, { kind, part: name });

  let digits = -1;
  const finishCell = () => {
    if (!inRow) return;
    const cellBold = boldXf[style] ?? false;
    let value: CellValue = null;
    if (type === CellType.Inline) {
      value = inlineRuns.length ? richFrom(inlineRuns.map((r) => ({ text: keep(r.text), bold: r.bold })), cellBold) : keep(inlineText);
    } else if (hasV && vTo >= 0 && (type === CellType.Shared || type === CellType.Number) && (digits = digitsAt(vIn, vFrom, vTo)) >= 0) {
      // A plain run of digits (most numbers, every shared-string index) needs no text: read once, used as it is.
      const d = digits;
      if (type === CellType.Number) value = d;
      else {
        const s = shared[d];
        value = s === undefined ? null : typeof s === "string" ? s : richFrom(s, cellBold);
      }
    } else if (hasV) {
      if (vTo >= 0) vText.add(vIn, vFrom, vTo, false);
      vTo = -1;
      const v = vText.take();
      switch (type) {
        case CellType.Shared: {
          const s = shared[Number(v)];
          value = s === undefined ? null : typeof s === "string" ? s : richFrom(s, cellBold);
          break;
        }
        case CellType.Str:
          value = keep(v);
          break;
        case CellType.Bool:
          value = Number(v) !== 0;
          break;
        case CellType.Error:
          value = { error: keep(v) };
          break;
        case CellType.Date: {
          const ms = Date.parse(v.length <= 10 ? `${v}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
          value = Number.isFinite(ms) ? (ms - EXCEL_EPOCH_UTC) / 86400000 : keep(v);
          break;
        }
        default: {
          const n = Number(v);
          value = v.trim() !== "" && Number.isFinite(n) ? n : null;
        }
      }
    }
    if (value !== null || hasFormula) {
      if (cellBold) boldCells.add(`${rowNumber - 1},${col}`);
    }
    // A formula is never an empty cell, whatever it shows (no cached value, or "").
    if ((hasFormula || (value !== null && value !== "")) && col >= usedWidth) usedWidth = col + 1;
    if (value !== null) {
      for (let i = width; i < col; i++) cells[i] = null;
      cells[col] = value;
      if (col >= width) width = col + 1;
    }
  };

  const at: [number, number] = [0, 0];
  // A cell's attributes read in one loop of local variables, as nextAttr (xmlScan.ts) reads them, with the same
  // checks and the same errors: the cells are most of a sheet's tags, and a call per attribute writing its span
  // to an array cost ~40% more (issue 17, docs/benchmarks.md).
  const openCell = (s: Uint8Array, nameEnd: number, end: number) => {
    let ref = false;
    type = CellType.Number;
    style = 0;
    let k = nameEnd;
    let c = s[k];
    for (;;) {
      while (k < end && (c === 32 || c === 10 || c === 9 || c === 13)) c = s[++k];
      if (k >= end - 1 || c === 62 /* > */ || c === 47 /* / */) break;
      const a = k;
      while (k < end && c !== 61 /* = */ && c !== 32 && c !== 10 && c !== 9 && c !== 13) c = s[++k];
      const ae = k;
      while (k < end && (c === 32 || c === 10 || c === 9 || c === 13)) c = s[++k];
      if (c !== 61 || ae === a) throw new XmlSyntaxError("attribute without a value");
      c = s[++k];
      while (k < end && (c === 32 || c === 10 || c === 9 || c === 13)) c = s[++k];
      if (c !== 34 && c !== 39) throw new XmlSyntaxError("attribute value without quotes");
      const from = k + 1;
      let to = from;
      while (to < end && s[to] !== c) to++;
      if (to >= end) throw new XmlSyntaxError("unterminated attribute value");
      k = to + 1;
      c = s[k];
      if (ae - a !== 1) continue;
      switch (s[a]) {
        case 114 /* r */:
          // An empty reference is none: the cell follows the previous one in its row.
          if (to > from) {
            col = columnAt(s, from, to);
            ref = true;
          }
          break;
        case 116 /* t */:
          type = cellType(s, from, to);
          break;
        case 115 /* s */: {
          const d = digitsAt(s, from, to);
          style = d >= 0 ? d : Number(decodeText(utf8(s, from, to))) || 0;
          break;
        }
      }
    }
    if (!ref) col++;
    if (col < 0 || col > 16383) throw bad("bad-column");
    if (index) index.cell(col);
    hasFormula = false;
    hasV = false;
    vText.take();
    vTo = -1;
    inInline = false;
    // A new array only after an inline string with runs (their values are copies): not one per cell.
    if (inlineRuns.length) inlineRuns = [];
    inlineText = "";
  };

  // The common cell read whole, without the scanner's five events for it (issue 17): `<c` with attributes
  // written name="value" (an r, t and s at most once each, the style in plain digits), then `/>`, `></c>` or
  // `><v>value</v></c>`, complete in this piece. Its effects are openCell's, the value's and finishCell's, as
  // the events would have had them. Anything else (a formula, an inline string, whitespace or another
  // element between the tags, a tag cut by the piece's end) returns -1, having changed nothing, and is
  // scanned as before.
  const wholeCell = (s: Uint8Array, i: number): number => {
    // Every read is kept within the piece: V8 throws optimised code away at a read past the end.
    const n = s.length;
    if (!inRow || i + 2 >= n || s[i + 1] !== 99 /* c */) return -1;
    let k = i + 2;
    let c = s[k];
    if (c !== 32 && c !== 62 && c !== 47) return -1;
    let rFrom = -1;
    let rTo = -1;
    let tFrom = -1;
    let tTo = -1;
    let styleIs = 0;
    let seen = 0;
    for (;;) {
      while (c === 32) {
        if (++k >= n) return -1;
        c = s[k];
      }
      if (c === 62 /* > */ || c === 47 /* / */) break;
      const a = k;
      // A name: no space, '=', '>', '/', '<' or quote in it.
      while (c > 32 && c !== 61 && c !== 62 && c !== 47 && c !== 60 && c !== 34 && c !== 39) {
        if (++k >= n) return -1;
        c = s[k];
      }
      if (c !== 61 || k === a) return -1;
      const ae = k;
      if (++k >= n) return -1;
      const q = s[k];
      if (q !== 34 && q !== 39) return -1;
      const from = k + 1;
      let to = from;
      while (to < n && s[to] !== q) to++;
      if (to >= n) return -1;
      if (ae - a === 1) {
        switch (s[a]) {
          case 114 /* r */:
            if (seen & 1) return -1;
            seen |= 1;
            rFrom = from;
            rTo = to;
            break;
          case 116 /* t */:
            if (seen & 2) return -1;
            seen |= 2;
            tFrom = from;
            tTo = to;
            break;
          case 115 /* s */:
            if (seen & 4) return -1;
            seen |= 4;
            styleIs = digitsAt(s, from, to);
            if (styleIs < 0) return -1;
            break;
        }
      }
      k = to + 1;
      if (k >= n) return -1;
      c = s[k];
    }
    let next: number;
    let valueFrom = -1;
    let valueTo = -1;
    // Tags compared a character at a time: a call to indexOf or startsWith per tag cost more than the rest.
    if (c === 47) {
      if (k + 1 >= n || s[k + 1] !== 62) return -1;
      next = k + 2;
    } else if (k + 4 < n && s[k + 1] === 60 /* < */ && s[k + 2] === 47 /* / */ && s[k + 3] === 99 /* c */ && s[k + 4] === 62) next = k + 5;
    else if (k + 3 < n && s[k + 1] === 60 && s[k + 2] === 118 /* v */ && s[k + 3] === 62) {
      valueFrom = k + 4;
      valueTo = valueFrom;
      while (valueTo < n && s[valueTo] !== 60) valueTo++;
      if (valueTo + 7 >= n || !isValueEnd(s, valueTo)) return -1;
      next = valueTo + 8;
    } else return -1;
    // openCell's effects.
    type = tFrom >= 0 ? cellType(s, tFrom, tTo) : CellType.Number;
    style = styleIs;
    if (rTo > rFrom) col = columnAt(s, rFrom, rTo);
    else col++;
    if (col < 0 || col > 16383) throw bad("bad-column");
    if (index) index.cell(col);
    hasFormula = false;
    hasV = false;
    vText.take();
    vTo = -1;
    inInline = false;
    if (inlineRuns.length) inlineRuns = [];
    inlineText = "";
    // <v>'s: its text, as the text event takes the first piece of a value.
    if (valueFrom >= 0) {
      hasV = true;
      if (valueTo > valueFrom) {
        vIn = s;
        vFrom = valueFrom;
        vTo = valueTo;
      }
      capture = false;
    }
    finishCell();
    return next;
  };

  const sink: ByteSink = {
    element: wholeCell,
    open(s, start, end, local, nameEnd, empty) {
      switch (nameEnd - local) {
        case 1:
          switch (s[local]) {
            case 99 /* c */:
              if (inRow) openCell(s, nameEnd, end);
              return;
            case 118 /* v */:
              if (inRow) {
                hasV = true;
                vText.take();
                vTo = -1;
                capture = true;
              }
              return;
            case 102 /* f */:
              if (inRow) hasFormula = true;
              return;
            case 116 /* t */:
              if (inInline && !inPhonetic) capture = true;
              return;
            case 114 /* r */:
              if (inInline) {
                inRun = true;
                runBold = undefined;
                inlineText = "";
                tText.take();
              }
              return;
            case 98 /* b */:
              if (inRun) runBold = boldOf(s, nameEnd, end);
              return;
          }
          return;
        case 2:
          if (s[local] === 105 && s[local + 1] === 115 /* is */) inInline = true;
          return;
        case 3:
          if (bytesAre(s, local, nameEnd, "row")) {
            if (!inSheetData) return;
            if (findByteAttr(s, nameEnd, end, "r", at) && at[1] > at[0]) {
              const d = digitsAt(s, at[0], at[1]);
              rowNumber = d >= 0 ? d : Number(decodeText(utf8(s, at[0], at[1])));
            } else rowNumber++;
            if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > 1048576) throw bad("bad-row");
            inRow = true;
            width = 0;
            col = -1;
            rowElements++;
            if (index) index.addRow(rowNumber, scanner.offset + start, scanner.offset + end);
          } else if (bytesAre(s, local, nameEnd, "rPh")) inPhonetic = true;
          return;
        case 9:
          if (bytesAre(s, local, nameEnd, "sheetData")) {
            inSheetData = true;
            if (index && index.sheetDataStart < 0) {
              index.sheetDataStart = scanner.offset + start;
              if (empty) index.sheetDataEnd = scanner.offset + end;
            } else if (index) index.usable = false;
          } else if (bytesAre(s, local, nameEnd, "mergeCell")) {
            const ref = attrOf(s, nameEnd, end, "ref");
            if (ref && /^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(ref)) merges.push(ref.toUpperCase());
          }
          return;
      }
    },
    text(s, start, end, cdata) {
      if (!capture) return;
      if (inInline) tText.add(s, start, end, cdata);
      else if (!cdata && vTo < 0 && vText.empty()) {
        vIn = s;
        vFrom = start;
        vTo = end;
      } else {
        if (vTo >= 0) vText.add(vIn, vFrom, vTo, false);
        vTo = -1;
        vText.add(s, start, end, cdata);
      }
    },
    close(s, local, nameEnd, start, end) {
      switch (nameEnd - local) {
        case 1:
          switch (s[local]) {
            case 99 /* c */:
              finishCell();
              return;
            case 118 /* v */:
              capture = false;
              return;
            case 116 /* t */:
              if (capture && inInline) inlineText += tText.take();
              capture = false;
              return;
            case 114 /* r */:
              if (inRun) {
                inlineRuns.push({ text: inlineText, bold: runBold });
                inlineText = "";
                inRun = false;
              }
              return;
          }
          return;
        case 2:
          if (s[local] === 105 && s[local + 1] === 115 /* is */) inInline = false;
          return;
        case 3:
          if (bytesAre(s, local, nameEnd, "row")) {
            if (inRow && width > 0) {
              rows[rowNumber - 1] = cells.slice(0, width);
              valueRows++;
            }
            if (index && inRow && start >= 0) index.closeRow(scanner.offset + start);
            inRow = false;
          } else if (bytesAre(s, local, nameEnd, "rPh")) inPhonetic = false;
          return;
        case 9:
          if (bytesAre(s, local, nameEnd, "sheetData")) {
            inSheetData = false;
            if (index && start >= 0) index.sheetDataEnd = scanner.offset + end;
          }
          return;
      }
    },
  };
  let scanner = new ByteScanner(sink);
  return async (part, sheetName, stats, sheetIndex) => {
    name = sheetName;
    index = sheetIndex;
    rows = [];
    rowElements = 0;
    valueRows = 0;
    merges = [];
    boldCells = new Set<string>();
    rowNumber = 0;
    usedWidth = 0;
    width = 0;
    inRow = false;
    col = -1;
    type = CellType.Number;
    style = 0;
    hasFormula = false;
    hasV = false;
    capture = false;
    inInline = false;
    inlineRuns = [];
    inlineText = "";
    inRun = false;
    runBold = undefined;
    inPhonetic = false;
    inSheetData = false;
    vText.take();
    vIn = EMPTY;
    vFrom = 0;
    vTo = -1;
    tText.take();
    keep = textKeeper();
    digits = -1;
    scanner = new ByteScanner(sink);
    await scanPart(zip, part, scanner);
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    stats.push({ name, rowElements, valueRows });
    return { name, rows, merges, boldCells, usedWidth };
  };
}

const WORKSHEET_TYPE = /\/worksheet$/;

export interface StreamOptions {
  /**
   * Sheets listed by name but not read: their cells come back empty. For the sheets duban writes itself,
   * which the analysis never reads (at 10⁶ rows a regenerated 校验结果 holds ~300,000 rows).
   */
  skipCells?: readonly string[];
  /**
   * Filled, when given, with where each sheet part's rows are (by part name), for the zip-level copy that
   * follows the read (xlsxPort.ts): it then need not scan the sheet it annotates again.
   */
  rowIndex?: Map<string, RowIndex>;
}

/**
 * The cells of an .xlsx package already open: what streamWorkbookWithStats reads from a file, and the task
 * pane from a returned file's bytes. For a workbook in the 1904 date system the cells are read all the same
 * (so the stats can guard the full reader) but `date1904` tells the caller to take them from exceljs.
 */
export async function readPackage(zip: PartReader, options: StreamOptions = {}): Promise<{ data: WorkbookData; stats: SheetStats[]; date1904: boolean }> {
  const rootRels = await readRels(zip, "");
  const office = [...rootRels.values()].find((r) => /\/officeDocument$/.test(r.type));
  const bookPart = office && zip.has(office.target) ? office.target : zip.find("xl/workbook.xml");
  if (!bookPart) throw damaged(zip.path, { kind: "no-workbook" });
  const sheets: { name: string; rid: string }[] = [];
  const definedNames: { name: string; refersTo: string; sheetScoped: boolean }[] = [];
  let date1904 = false;
  const bookText = await zip.text(bookPart);
  for (const el of parseXmlPart(zip, bookPart, bookText)) {
    if (el.ns !== MAIN_NS) continue;
    if (el.local === "sheet") sheets.push({ name: xattr(el, "name") ?? "", rid: nsAttr(el.scope, el.attrs, REL_NS, "id") ?? "" });
    else if (el.local === "workbookPr" && /^(1|true)$/.test(xattr(el, "date1904") ?? "")) date1904 = true;
    else if (el.local === "definedName") {
      definedNames.push({ name: xattr(el, "name") ?? "", refersTo: unescapeXml(bookText.slice(el.openEnd, el.closeStart)), sheetScoped: xattr(el, "localSheetId") !== undefined });
    }
  }
  const rels = await readRels(zip, bookPart);
  const sharedRel = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type));
  const stylesRel = [...rels.values()].find((r) => /\/styles$/.test(r.type));
  const shared = sharedRel && zip.has(sharedRel.target) ? await readSharedStrings(zip, sharedRel.target) : [];
  const boldXf = stylesRel && zip.has(stylesRel.target) ? await readBoldStyles(zip, stylesRel.target) : [];
  const out: SheetData[] = [];
  const stats: SheetStats[] = [];
  const readSheet = sheetReader(zip, shared, boldXf);
  for (const sheet of sheets) {
    const rel = rels.get(sheet.rid);
    if (!rel || !WORKSHEET_TYPE.test(rel.type)) continue;
    if (!zip.has(rel.target)) throw damaged(zip.path, { kind: "sheet-missing", sheet: sheet.name });
    // A 1904-date book is read again in full by exceljs, so every sheet's rows must be counted first.
    if (!date1904 && options.skipCells?.includes(sheet.name)) {
      out.push({ name: sheet.name, rows: [], merges: [], boldCells: new Set() });
      stats.push({ name: sheet.name, rowElements: 0, valueRows: 0 });
      continue;
    }
    let index: RowIndex | null = null;
    if (options.rowIndex) options.rowIndex.set(rel.target, (index = new RowIndex()));
    out.push(await readSheet(rel.target, sheet.name, stats, index));
  }
  return { data: { sheets: out, definedNames: definedNames.filter((n) => !n.sheetScoped).map((n) => ({ name: n.name, refersTo: n.refersTo })) }, stats, date1904 };
}
