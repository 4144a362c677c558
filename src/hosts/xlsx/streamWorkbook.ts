import { promises as fs } from "node:fs";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { BookError } from "../../core";
import { CellValue, SheetData, TextRun, WorkbookData } from "../../core";
import { checkWorkbookBytes } from "./checkBytes";
import { damaged, unsafeXml, ZipArchive } from "./zipArchive";
import { attr as xattr, MAIN_NS, nsAttr, parseXml, PKG_REL_NS, REL_NS, unescapeXml, XmlElement } from "./xmlScan";

/**
 * The streaming read path: cell values straight from the sheet XML into the core's WorkbookData, without
 * exceljs's object model (which costs ~7 kB per row and reads 100k rows in several seconds). One pass per
 * part, parts read by random access through the zip directory, so shared strings and styles are read
 * first whatever order the zip stores them in and no temporary files are needed. Merged areas are read
 * from <mergeCells> (the exceljs streaming reader skips them). Empty rows, however many and however
 * formatted, are never held. Dates stay Excel serials, as the core wants them.
 */

interface SharedRun {
  text: string;
  /** true/false when the run says so; undefined takes the cell's own font, as Excel does. */
  bold: boolean | undefined;
}
type SharedString = string | SharedRun[];

const MAX_HEAD = 64 * 1024 * 1024;

/** Rejects what is not an .xlsx zip (empty, CSV, .xls, password-protected) by its first bytes. */
export async function checkFileHead(path: string): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, "r");
  } catch {
    throw new BookError("FILE_NOT_FOUND", `无法读取文件「${path}」：文件不存在或无权限。`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new BookError("FILE_NOT_FOUND", `「${path}」不是文件。`);
    const head = Buffer.alloc(Math.min(8, stat.size));
    await handle.read(head, 0, head.length, 0);
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return;
    // An OLE file (.xls or an encrypted .xlsx): the marker that tells them apart sits anywhere in it.
    const isOle = head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf;
    const length = isOle ? Math.min(stat.size, MAX_HEAD) : head.length;
    const bytes = Buffer.alloc(length);
    await handle.read(bytes, 0, length, 0);
    checkWorkbookBytes(bytes, path);
    // An empty-directory zip ("PK\x05\x06") or other PK variants.
    throw damaged(path, "不是有效的 zip 文件 not a zip archive");
  } finally {
    await handle.close();
  }
}

function parser(path: string, part: string): SaxesParser {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("doctype", () => {
    throw unsafeXml(path, part);
  });
  return p;
}

/** Parses one zip part with saxes, UTF-8 decoded across chunk boundaries. */
async function parsePart(zip: ZipArchive, name: string, setup: (p: SaxesParser) => void): Promise<void> {
  const p = parser(zip.path, name);
  setup(p);
  try {
    for await (const text of zip.textPieces(name)) p.write(text);
    p.close();
  } catch (err) {
    if (err instanceof BookError) throw err;
    throw damaged(zip.path, `${name}: ${(err as Error).message.split("\n")[0]}`);
  }
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name] as string | undefined;
}

/**
 * An element's local name: SpreadsheetML may be written with a prefix (`x:row`, `x:c`, as the Open XML SDK
 * does). Inside sheet data, shared strings and styles only SpreadsheetML elements carry these names (an
 * extension's elements sit inside extLst, which is skipped), so the local name tells what an element is.
 */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target.replace(/[?#].*$/, ""));
  } catch {
    return target;
  }
}

/** A small part read whole as XML (namespaces resolved); a malformed one is a damaged file. */
function parseXmlPart(zip: ZipArchive, name: string, text: string): XmlElement[] {
  try {
    return parseXml(text);
  } catch (err) {
    throw damaged(zip.path, `${name}: ${(err as Error).message}`);
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

async function readRels(zip: ZipArchive, part: string): Promise<Map<string, { target: string; type: string }>> {
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

async function readSharedStrings(zip: ZipArchive, name: string): Promise<SharedString[]> {
  const out: SharedString[] = [];
  let runs: SharedRun[] = [];
  let text = "";
  let inT = false;
  let inPhonetic = false;
  let runBold: boolean | undefined;
  let inRun = false;
  await parsePart(zip, name, (p) => {
    p.on("opentag", (tag) => {
      switch (local(tag.name)) {
        case "si":
          runs = [];
          text = "";
          break;
        case "r":
          inRun = true;
          runBold = undefined;
          text = "";
          break;
        case "b":
          if (inRun) runBold = !/^(0|false)$/.test(attr(tag, "val") ?? "1");
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          if (!inPhonetic) inT = true;
          break;
      }
    });
    p.on("text", (t) => {
      if (inT) text += t;
    });
    p.on("closetag", (tag) => {
      switch (local(tag.name)) {
        case "t":
          inT = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "r":
          if (inRun) runs.push({ text, bold: runBold });
          inRun = false;
          text = "";
          break;
        case "si":
          out.push(runs.length ? runs : text);
          runs = [];
          text = "";
          break;
      }
    });
  });
  return out;
}

/** Whether each cell style (cellXfs index) is bold. */
async function readBoldStyles(zip: ZipArchive, name: string): Promise<boolean[]> {
  const fontBold: boolean[] = [];
  const xfBold: boolean[] = [];
  let where: "fonts" | "cellXfs" | "" = "";
  let inFont = false;
  await parsePart(zip, name, (p) => {
    p.on("opentag", (tag) => {
      const name = local(tag.name);
      if (name === "fonts") where = "fonts";
      else if (name === "cellXfs") where = "cellXfs";
      else if (name === "font" && where === "fonts") {
        inFont = true;
        fontBold.push(false);
      } else if (name === "b" && inFont) fontBold[fontBold.length - 1] = !/^(0|false)$/.test(attr(tag, "val") ?? "1");
      else if (name === "xf" && where === "cellXfs") xfBold.push(fontBold[Number(attr(tag, "fontId") ?? 0)] ?? false);
    });
    p.on("closetag", (tag) => {
      const name = local(tag.name);
      if (name === "fonts" || name === "cellXfs") where = "";
      else if (name === "font") inFont = false;
    });
  });
  return xfBold;
}

function columnIndex(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col - 1;
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

async function readSheet(zip: ZipArchive, part: string, name: string, shared: SharedString[], boldXf: boolean[], stats: SheetStats[]): Promise<SheetData> {
  const rows: CellValue[][] = [];
  let rowElements = 0;
  let valueRows = 0;
  const merges: string[] = [];
  const boldCells = new Set<string>();
  let rowNumber = 0;
  let usedWidth = 0;
  // One scratch array for the row being read; each row is kept as an exact copy of its cells. An array
  // grown cell by cell keeps room for ~17 (~180 bytes a row where 9 cells need ~120: 60 MB at 10⁶ rows).
  const cells: CellValue[] = [];
  let width = 0;
  let inRow = false;
  let col = -1;
  let type = "";
  let style = 0;
  let hasFormula = false;
  let v: string | null = null;
  let capture = false;
  let inInline = false;
  let inlineRuns: SharedRun[] = [];
  let inlineText = "";
  let inRun = false;
  let runBold: boolean | undefined;
  let inPhonetic = false;
  let inSheetData = false;
  const keep = textKeeper();

  const finishCell = () => {
    if (!inRow) return;
    const cellBold = boldXf[style] ?? false;
    let value: CellValue = null;
    if (type === "inlineStr") {
      value = inlineRuns.length ? richFrom(inlineRuns.map((r) => ({ text: keep(r.text), bold: r.bold })), cellBold) : keep(inlineText);
    } else if (v !== null) {
      switch (type) {
        case "s": {
          const s = shared[Number(v)];
          value = s === undefined ? null : typeof s === "string" ? s : richFrom(s, cellBold);
          break;
        }
        case "str":
          value = keep(v);
          break;
        case "b":
          value = Number(v) !== 0;
          break;
        case "e":
          value = { error: keep(v) };
          break;
        case "d": {
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

  await parsePart(zip, part, (p) => {
    p.on("opentag", (tag) => {
      switch (local(tag.name)) {
        case "sheetData":
          inSheetData = true;
          break;
        case "row": {
          if (!inSheetData) break;
          const r = attr(tag, "r");
          rowNumber = r ? Number(r) : rowNumber + 1;
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > 1048576) throw damaged(zip.path, `${name} 行号无效 bad row number`);
          inRow = true;
          width = 0;
          col = -1;
          rowElements++;
          break;
        }
        case "c": {
          if (!inRow) break;
          const ref = attr(tag, "r");
          col = ref ? columnIndex(ref) : col + 1;
          if (col < 0 || col > 16383) throw damaged(zip.path, `${name} 列号无效 bad column`);
          type = attr(tag, "t") ?? "";
          style = Number(attr(tag, "s") ?? 0) || 0;
          hasFormula = false;
          v = null;
          inInline = false;
          inlineRuns = [];
          inlineText = "";
          break;
        }
        case "v":
          if (inRow) {
            v = "";
            capture = true;
          }
          break;
        case "f":
          if (inRow) hasFormula = true;
          break;
        case "is":
          inInline = true;
          break;
        case "r":
          if (inInline) {
            inRun = true;
            runBold = undefined;
            inlineText = "";
          }
          break;
        case "b":
          if (inRun) runBold = !/^(0|false)$/.test(attr(tag, "val") ?? "1");
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          if (inInline && !inPhonetic) capture = true;
          break;
        case "mergeCell": {
          const ref = attr(tag, "ref");
          if (ref && /^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(ref)) merges.push(ref.toUpperCase());
          break;
        }
      }
    });
    const onText = (t: string) => {
      if (!capture) return;
      if (inInline) inlineText += t;
      else v += t;
    };
    p.on("text", onText);
    p.on("cdata", onText);
    p.on("closetag", (tag) => {
      switch (local(tag.name)) {
        case "v":
        case "t":
          capture = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "r":
          if (inRun) {
            inlineRuns.push({ text: inlineText, bold: runBold });
            inlineText = "";
            inRun = false;
          }
          break;
        case "is":
          inInline = false;
          break;
        case "c":
          finishCell();
          break;
        case "row":
          if (inRow && width > 0) {
            rows[rowNumber - 1] = cells.slice(0, width);
            valueRows++;
          }
          inRow = false;
          break;
        case "sheetData":
          inSheetData = false;
          break;
      }
    });
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  stats.push({ name, rowElements, valueRows });
  return { name, rows, merges, boldCells, usedWidth };
}

const WORKSHEET_TYPE = /\/worksheet$/;

export interface StreamOptions {
  /**
   * Sheets listed by name but not read: their cells come back empty. For the sheets duban writes itself,
   * which the analysis never reads (at 10⁶ rows a regenerated 校验结果 holds ~300,000 rows).
   */
  skipCells?: readonly string[];
}

/**
 * Reads an .xlsx file as WorkbookData by streaming. Throws BookError (FILE_*) for anything unreadable;
 * returns null when the workbook uses a feature only the full reader handles (the 1904 date system), so
 * the caller can fall back.
 */
export async function streamWorkbookFile(path: string, options: StreamOptions = {}): Promise<WorkbookData | null> {
  const read = await streamWorkbookWithStats(path, options);
  return read.date1904 ? null : read.data;
}

/**
 * The cells and, per sheet, how many row elements it has. For a workbook in the 1904 date system the
 * cells are read all the same (so the stats can guard the full reader) but `date1904` tells the caller
 * to take the cells from the full reader, which converts its dates.
 */
export async function streamWorkbookWithStats(path: string, options: StreamOptions = {}): Promise<{ data: WorkbookData; stats: SheetStats[]; date1904: boolean }> {
  await checkFileHead(path);
  const zip = await ZipArchive.open(path);
  try {
    const rootRels = await readRels(zip, "");
    const office = [...rootRels.values()].find((r) => /\/officeDocument$/.test(r.type));
    const bookPart = office && zip.has(office.target) ? office.target : zip.find("xl/workbook.xml");
    if (!bookPart) throw damaged(path, "缺少工作簿部件（xl/workbook.xml），不是 Excel 工作簿 no workbook part");
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
    for (const sheet of sheets) {
      const rel = rels.get(sheet.rid);
      if (!rel || !WORKSHEET_TYPE.test(rel.type)) continue;
      if (!zip.has(rel.target)) throw damaged(path, `缺少工作表「${sheet.name}」的数据 missing sheet part`);
      // A 1904-date book is read again in full by exceljs, so every sheet's rows must be counted first.
      if (!date1904 && options.skipCells?.includes(sheet.name)) {
        out.push({ name: sheet.name, rows: [], merges: [], boldCells: new Set() });
        stats.push({ name: sheet.name, rowElements: 0, valueRows: 0 });
        continue;
      }
      out.push(await readSheet(zip, rel.target, sheet.name, shared, boldXf, stats));
    }
    return { data: { sheets: out, definedNames: definedNames.filter((n) => !n.sheetScoped).map((n) => ({ name: n.name, refersTo: n.refersTo })) }, stats, date1904 };
  } finally {
    await zip.close();
  }
}
