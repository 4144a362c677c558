/**
 * Workbooks written part by part, as other programs write them: the Open XML SDK's prefixed SpreadsheetML
 * (x:row, x:c), parts in other places and cases, no styles part, CDATA and comments inside the sheet data.
 * Only the structure is borrowed from those programs; the words are ours.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import JSZip from "jszip";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const WS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const BOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

export type Cell = string | number | null | { f: string; v?: string; t?: string };

export const CATALOGUE = [
  ["序号", "板块", "任务内容", "牵头领导", "牵头单位", "协办单位", "责任人", "完成时限"],
  [1, "一、经济发展", "新增规上工业企业25家以上。", "", "区工信局", "", "", "2024-12-31"],
  [2, "一、经济发展", "推进第二项工作。", "", "区财政局", "", "", "2024-12-31"],
];
export const PROGRESS = [
  ["序号", "填报单位", "报告期", "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"],
  [1, "区工信局", "二季度", "上半年新增规上工业企业7家。", "序时推进", null, "", "", "2024-06-28"],
  [2, "区财政局", "二季度", "", "已完成", null, "", "", "2024-06-28"],
];
export const SETTINGS = [
  ["项目", "值", "期末日期", "报送截止"],
  ["年度", 2024, null, null],
  ["截至日期", "2024-07-10", null, null],
  ["报告期", "二季度", "2024-06-30", "2024-07-05"],
];

function esc(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function letter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface SheetOptions {
  /** Prefix for SpreadsheetML elements ("x" as the Open XML SDK writes), none by default. */
  p?: string;
  /** Leave out the r attributes of rows and cells. */
  noRefs?: boolean;
  /** Markup written inside sheetData before the rows (comments, …). */
  beforeRows?: string;
  /** Text cells written as CDATA. */
  cdata?: boolean;
}

/** Worksheet XML for rows of values (strings inline). */
export function worksheet(rows: Cell[][], o: SheetOptions = {}): string {
  const q = (n: string) => (o.p ? `${o.p}:${n}` : n);
  const decl = o.p ? `xmlns:${o.p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          // Without references a cell's column is its position: empty cells are written as empty elements.
          if (v === null) return o.noRefs ? `<${q("c")}/>` : "";
          const ref = o.noRefs ? "" : ` r="${letter(c)}${r + 1}"`;
          if (typeof v === "number") return `<${q("c")}${ref}><${q("v")}>${v}</${q("v")}></${q("c")}>`;
          if (typeof v === "object") return `<${q("c")}${ref}${v.t ? ` t="${v.t}"` : ""}><${q("f")}>${esc(v.f)}</${q("f")}>${v.v !== undefined ? `<${q("v")}>${esc(v.v)}</${q("v")}>` : ""}</${q("c")}>`;
          const text = o.cdata ? `<![CDATA[${v}]]>` : esc(v);
          return `<${q("c")}${ref} t="inlineStr"><${q("is")}><${q("t")}>${text}</${q("t")}></${q("is")}></${q("c")}>`;
        })
        .join("");
      return `<${q("row")}${o.noRefs ? "" : ` r="${r + 1}"`}>${cells}</${q("row")}>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><${q("worksheet")} ${decl}><${q("sheetData")}>${o.beforeRows ?? ""}${body}</${q("sheetData")}></${q("worksheet")}>`;
}

export interface BookOptions {
  p?: string;
  /** Where the workbook part lives (xl/workbook.xml by default). */
  bookPart?: string;
  /** Sheet part names as stored in the zip, and as the relationships name them. */
  stored?: (i: number) => string;
  target?: (i: number) => string;
  /** `<sheet …></sheet>` rather than self-closed. */
  openSheets?: boolean;
  /** xmlns:r declared on each sheet element (openpyxl) rather than on the root. */
  rOnSheet?: boolean;
  styles?: string | null;
  extraParts?: Record<string, string>;
  definedNames?: string;
  /** The workbook part's content type (a macro-enabled book, a template). */
  bookType?: string;
  /** Extra Override entries for [Content_Types].xml. */
  extraTypes?: string;
}

/** A whole package from sheets of XML. */
export async function writePackage(file: string, sheets: { name: string; xml: string }[], o: BookOptions = {}): Promise<void> {
  const zip = new JSZip();
  const bookPart = o.bookPart ?? "xl/workbook.xml";
  const dir = bookPart.includes("/") ? bookPart.slice(0, bookPart.lastIndexOf("/") + 1) : "";
  const q = (n: string) => (o.p ? `${o.p}:${n}` : n);
  const decl = o.p ? `xmlns:${o.p}="${MAIN}"` : `xmlns="${MAIN}"`;
  const stored = o.stored ?? ((i) => `${dir}worksheets/sheet${i + 1}.xml`);
  const target = o.target ?? ((i) => `worksheets/sheet${i + 1}.xml`);
  const sheetEls = sheets
    .map((s, i) => {
      const rdecl = o.rOnSheet ? ` xmlns:r="${R}"` : "";
      const attrs = `${rdecl} name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"`;
      return o.openSheets ? `<${q("sheet")}${attrs}></${q("sheet")}>` : `<${q("sheet")}${attrs}/>`;
    })
    .join("");
  zip.file(bookPart, `<?xml version="1.0" encoding="UTF-8"?><${q("workbook")} ${decl}${o.rOnSheet ? "" : ` xmlns:r="${R}"`}><${q("sheets")}>${sheetEls}</${q("sheets")}>${o.definedNames ?? ""}</${q("workbook")}>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${WS_TYPE}" Target="${target(i)}"/>`);
  const overrides = sheets.map((_, i) => `<Override PartName="/${stored(i)}" ContentType="${WS_CT}"/>`);
  if (o.styles !== null) {
    rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`);
    overrides.push(`<Override PartName="/${dir}styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
    zip.file(`${dir}styles.xml`, o.styles ?? `<?xml version="1.0" encoding="UTF-8"?><${q("styleSheet")} ${decl}><${q("fonts")} count="1"><${q("font")}><${q("sz")} val="11"/></${q("font")}></${q("fonts")}><${q("fills")} count="2"><${q("fill")}><${q("patternFill")} patternType="none"/></${q("fill")}><${q("fill")}><${q("patternFill")} patternType="gray125"/></${q("fill")}></${q("fills")}><${q("borders")} count="1"><${q("border")}/></${q("borders")}><${q("cellXfs")} count="1"><${q("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/></${q("cellXfs")}></${q("styleSheet")}>`);
  }
  zip.file(`${dir}_rels/${bookPart.slice(dir.length)}.rels`, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${OFFICE_DOC}" Target="/${bookPart}"/></Relationships>`);
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${bookPart}" ContentType="${o.bookType ?? BOOK_CT}"/>${overrides.join("")}${o.extraTypes ?? ""}</Types>`);
  sheets.forEach((s, i) => zip.file(stored(i), s.xml));
  for (const [name, text] of Object.entries(o.extraParts ?? {})) zip.file(name, text);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Runs a Python script with the system Python (which has openpyxl), arguments after it. */
export function python(script: string, ...args: string[]): string {
  return execFileSync("/usr/bin/python3", ["-c", script, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function hasOpenpyxl(): boolean {
  try {
    python("import openpyxl");
    return true;
  } catch {
    return false;
  }
}

/** Every entry of a zip with its uncompressed bytes. */
export async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  return out;
}
