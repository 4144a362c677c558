import zlib from "node:zlib";
import { CellValue } from "../../src/core/sheet/cellValue";
import { colName } from "./ooxml";

/**
 * Packages written part by part, as the Open XML SDK and other generators write them rather than as
 * exceljs does: a namespace prefix on every SpreadsheetML element, shared or inline strings, parts named
 * and placed as the writer chose, rows and cells with or without `r`, no styles part, ZIP64 records.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const CT_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
export const CT_XLTX = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

export interface HandSheet {
  name: string;
  rows: CellValue[][];
  /** Raw XML put inside sheetData after the rows (comments, CDATA, a very large row …). */
  tail?: string;
}

export interface HandOptions {
  /** "x:" for the SDK's prefixed namespace, "" for the default namespace. */
  prefix?: string;
  /** Where the workbook part is (default xl/workbook.xml). */
  workbookPart?: string;
  /** Sheet part names (default xl/worksheets/sheetN.xml). */
  sheetParts?: string[];
  /** Targets written in the relationships for the sheets, when they differ from the part names. */
  sheetTargets?: string[];
  styles?: boolean;
  sharedStrings?: boolean;
  /** Write `<sheet …></sheet>` rather than `<sheet …/>`. */
  openSheetElements?: boolean;
  /** Leave `r` off rows and cells. */
  noRefs?: boolean;
  mainContentType?: string;
  /** Extra parts: name → bytes, with a workbook relationship and content type when given. */
  extra?: { name: string; data: Buffer | string; rel?: string; contentType?: string }[];
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function handParts(sheets: HandSheet[], o: HandOptions = {}): Map<string, Buffer> {
  const p = o.prefix ?? "";
  const xmlns = p ? `xmlns:${p.slice(0, -1)}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const book = o.workbookPart ?? "xl/workbook.xml";
  const bookDir = book.slice(0, book.lastIndexOf("/"));
  const bookName = book.slice(book.lastIndexOf("/") + 1);
  const parts = new Map<string, Buffer>();
  const put = (name: string, text: string) => parts.set(name, Buffer.from(text, "utf8"));
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const stringCell = (ref: string, text: string) => {
    if (!o.sharedStrings) return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${esc(text)}</${p}t></${p}is></${p}c>`;
    if (!sharedIndex.has(text)) sharedIndex.set(text, shared.push(text) - 1);
    return `<${p}c${ref} t="s"><${p}v>${sharedIndex.get(text)}</${p}v></${p}c>`;
  };
  const sheetParts = sheets.map((_, i) => o.sheetParts?.[i] ?? `xl/worksheets/sheet${i + 1}.xml`);
  sheets.forEach((sheet, i) => {
    const cellXml = (v: CellValue, ref: string) => {
      if (v === null || v === undefined || v === "") return o.noRefs ? `<${p}c/>` : "";
      if (typeof v === "number") return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
      if (typeof v === "boolean") return `<${p}c${ref} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
      return stringCell(ref, String(v));
    };
    // Without references every cell up to the row's last is written (an empty one as <c/>), or the next would shift.
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row.map((v, c) => cellXml(v, o.noRefs ? "" : ` r="${colName(c + 1)}${r + 1}"`)).join("");
        return `<${p}row${o.noRefs ? "" : ` r="${r + 1}"`}>${cells}</${p}row>`;
      })
      .join("");
    put(sheetParts[i], `${XML}<${p}worksheet ${xmlns} xmlns:r="${R_NS}"><${p}sheetData>${rows}${sheet.tail ?? ""}</${p}sheetData></${p}worksheet>`);
  });
  const rels: string[] = [];
  const types: string[] = [];
  sheets.forEach((_, i) => {
    const target = o.sheetTargets?.[i] ?? relative(bookDir, sheetParts[i]);
    rels.push(`<Relationship Id="R${i + 1}" Type="${REL}/worksheet" Target="${target}"/>`);
    types.push(`<Override PartName="/${sheetParts[i]}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  if (o.styles !== false) {
    const styles = `${XML}<${p}styleSheet ${xmlns}><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="等线"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs></${p}styleSheet>`;
    put(`${bookDir}/styles.xml`, styles);
    rels.push(`<Relationship Id="RS" Type="${REL}/styles" Target="styles.xml"/>`);
    types.push(`<Override PartName="/${bookDir}/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
  }
  if (o.sharedStrings) {
    put(`${bookDir}/sharedStrings.xml`, `${XML}<${p}sst ${xmlns} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<${p}si><${p}t>${esc(s)}</${p}t></${p}si>`).join("")}</${p}sst>`);
    rels.push(`<Relationship Id="RT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    types.push(`<Override PartName="/${bookDir}/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
  }
  for (const [i, e] of (o.extra ?? []).entries()) {
    parts.set(e.name, Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, "utf8"));
    if (e.rel) rels.push(`<Relationship Id="RX${i}" Type="${e.rel}" Target="${relative(bookDir, e.name)}"/>`);
    if (e.contentType) types.push(`<Override PartName="/${e.name}" ContentType="${e.contentType}"/>`);
  }
  const close = o.openSheetElements ? (s: string) => `${s}></${p}sheet>` : (s: string) => `${s}/>`;
  put(book, `${XML}<${p}workbook ${xmlns} xmlns:r="${R_NS}"><${p}sheets>${sheets.map((s, i) => close(`<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="R${i + 1}"`)).join("")}</${p}sheets></${p}workbook>`);
  put(`${bookDir}/_rels/${bookName}.rels`, `${XML}<Relationships xmlns="${PKG_NS}">${rels.join("")}</Relationships>`);
  put("_rels/.rels", `${XML}<Relationships xmlns="${PKG_NS}"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/${book}"/></Relationships>`);
  put(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/${book}" ContentType="${o.mainContentType ?? CT_XLSX}"/>${types.join("")}</Types>`,
  );
  return parts;
}

function relative(fromDir: string, part: string): string {
  return part.startsWith(`${fromDir}/`) ? part.slice(fromDir.length + 1) : `/${part}`;
}

/**
 * A zip whose every entry carries ZIP64 extra fields and whose end has the ZIP64 records, as streaming
 * writers (.NET's System.IO.Packaging among them) produce for small files too.
 */
export function zip64(parts: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [nameText, data] of parts) {
    const body = zlib.deflateRawSync(data);
    const name = Buffer.from(nameText, "utf8");
    const crc = zlib.crc32(data);
    const extraLocal = Buffer.alloc(20);
    extraLocal.writeUInt16LE(1, 0);
    extraLocal.writeUInt16LE(16, 2);
    extraLocal.writeBigUInt64LE(BigInt(data.length), 4);
    extraLocal.writeBigUInt64LE(BigInt(body.length), 12);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extraLocal.length, 28);
    const extraCentral = Buffer.alloc(28);
    extraCentral.writeUInt16LE(1, 0);
    extraCentral.writeUInt16LE(24, 2);
    extraCentral.writeBigUInt64LE(BigInt(data.length), 4);
    extraCentral.writeBigUInt64LE(BigInt(body.length), 12);
    extraCentral.writeBigUInt64LE(BigInt(offset), 20);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extraCentral.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    locals.push(local, name, extraLocal, body);
    centrals.push(central, name, extraCentral);
    offset += local.length + name.length + extraLocal.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(parts.size), 24);
  record.writeBigUInt64LE(BigInt(parts.size), 32);
  record.writeBigUInt64LE(BigInt(cd.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, cd, record, locator, end]);
}
