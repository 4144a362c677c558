import path from "node:path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";

/**
 * An .xlsx package read for the corpus, independently of duban's own reader: every part inflated, the
 * XML parsed with namespaces (any prefix, transitional or strict), part names found whatever their case,
 * the workbook part found through the package relationships wherever it is, rows and cells without `r`
 * placed after the previous one. What it reads is what the checks compare.
 */

const SML = new Set(["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"]);
const REL_NS = new Set(["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"]);
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface XmlNode {
  ns: string;
  local: string;
  attrs: Record<string, { ns: string; value: string }>;
  children: XmlNode[];
  text: string;
}

/** Parses XML into a tree (strict: a malformed part throws). Text includes CDATA; comments are dropped. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { ns: "", local: "#root", attrs: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const attrs: XmlNode["attrs"] = {};
    for (const a of Object.values(tag.attributes)) {
      const attr = a as { local: string; uri: string; value: string };
      attrs[attr.local] = { ns: attr.uri, value: attr.value };
    }
    const node: XmlNode = { ns: tag.uri ?? "", local: tag.local ?? tag.name, attrs, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("cdata", (t) => (stack[stack.length - 1].text += t));
  parser.write(xml).close();
  return root.children[0];
}

const kids = (n: XmlNode, local: string) => n.children.filter((c) => c.local === local && (SML.has(c.ns) || c.ns === ""));
const kid = (n: XmlNode, local: string) => kids(n, local)[0];
const attr = (n: XmlNode, local: string) => Object.entries(n.attrs).find(([k, a]) => k === local && (a.ns === "" || a.ns === undefined))?.[1].value;
const relAttr = (n: XmlNode, local: string) => Object.entries(n.attrs).find(([k, a]) => k === local && REL_NS.has(a.ns))?.[1].value;

export interface Cell {
  /** text, number, bool, error, or none (a formula with no cached value) */
  kind: string;
  value: string;
  formula: string | null;
}

export interface SheetInfo {
  name: string;
  part: string;
}

export interface Book {
  /** Part name as stored → inflated bytes. */
  parts: Map<string, Buffer>;
  /** Lower-cased part name → the stored names (more than one is a package error). */
  byLower: Map<string, string[]>;
  workbookPart: string;
  contentType: string | null;
  sheets: SheetInfo[];
  /** "name|scope sheet name or (book)" → text */
  definedNames: Map<string, string>;
  cells(sheet: string): Map<string, Cell>;
}

export function colName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function colNumber(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)![0]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURIComponent(target)));
}

function relsPart(part: string): string {
  return part === "" ? "_rels/.rels" : `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
}

export async function readBook(bytes: Buffer): Promise<Book> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  const byLower = new Map<string, string[]>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    parts.set(name, await entry.async("nodebuffer"));
    byLower.set(name.toLowerCase(), [...(byLower.get(name.toLowerCase()) ?? []), name]);
  }
  const find = (name: string) => byLower.get(name.toLowerCase())?.[0] ?? null;
  const xmlOf = (name: string) => {
    const stored = find(name);
    return stored ? parseXml(parts.get(stored)!.toString("utf8")) : null;
  };
  const relsOf = (part: string) => {
    const rels = xmlOf(relsPart(part));
    const out = new Map<string, { type: string; target: string }>();
    for (const r of rels?.children ?? []) {
      if (r.local !== "Relationship" || r.ns !== PKG_REL || attr(r, "TargetMode") === "External") continue;
      out.set(attr(r, "Id")!, { type: attr(r, "Type")!, target: resolve(part, attr(r, "Target")!) });
    }
    return out;
  };
  const root = [...relsOf("").values()].find((r) => /\/officeDocument$/.test(r.type));
  if (!root) throw new Error("no officeDocument relationship");
  const workbookPart = find(root.target) ?? root.target;
  const types = xmlOf("[Content_Types].xml");
  const override = types?.children.find((o) => o.local === "Override" && attr(o, "PartName")?.toLowerCase() === `/${workbookPart}`.toLowerCase());
  const contentType = override ? attr(override, "ContentType")! : null;
  const book = xmlOf(workbookPart);
  if (!book) throw new Error(`no workbook part ${workbookPart}`);
  const bookRels = relsOf(workbookPart);
  const sheets: SheetInfo[] = kids(kid(book, "sheets"), "sheet").map((s) => ({ name: attr(s, "name")!, part: find(bookRels.get(relAttr(s, "id")!)?.target ?? "") ?? "" }));
  const definedNames = new Map<string, string>();
  const names = kid(book, "definedNames");
  for (const d of names ? kids(names, "definedName") : []) {
    const scope = attr(d, "localSheetId");
    definedNames.set(`${attr(d, "name")}|${scope === undefined ? "(book)" : sheets[Number(scope)]?.name}`, d.text);
  }
  const sharedPart = [...bookRels.values()].find((r) => /\/sharedStrings$/.test(r.type));
  const shared: string[] = [];
  const sst = sharedPart ? xmlOf(sharedPart.target) : null;
  const textOf = (n: XmlNode): string => (n.local === "t" ? n.text : n.local === "rPh" ? "" : n.children.map(textOf).join(""));
  for (const si of sst ? kids(sst, "si") : []) shared.push(textOf(si));

  const cache = new Map<string, Map<string, Cell>>();
  const cells = (name: string) => {
    const hit = cache.get(name);
    if (hit) return hit;
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const xml = xmlOf(sheet.part);
    const out = new Map<string, Cell>();
    let r = 0;
    for (const row of kids(kid(xml!, "sheetData"), "row")) {
      r = attr(row, "r") ? Number(attr(row, "r")) : r + 1;
      let c = 0;
      for (const cell of kids(row, "c")) {
        const ref = attr(cell, "r");
        c = ref ? colNumber(ref) : c + 1;
        const t = attr(cell, "t") ?? "n";
        const f = kid(cell, "f");
        const v = kid(cell, "v");
        const is = kid(cell, "is");
        let kind: string;
        let value: string;
        if (t === "inlineStr") [kind, value] = ["text", is ? textOf(is) : ""];
        else if (!v) [kind, value] = [f ? "none" : "blank", ""];
        else if (t === "s") [kind, value] = ["text", shared[Number(v.text)] ?? `#missing ${v.text}`];
        else if (t === "str") [kind, value] = ["text", v.text];
        else if (t === "b") [kind, value] = ["bool", v.text];
        else if (t === "e") [kind, value] = ["error", v.text];
        else [kind, value] = ["number", v.text === "" ? "" : String(Number(v.text))];
        if (kind === "blank" && !f) continue;
        out.set(`${colName(c)}${r}`, { kind, value, formula: f ? `${attr(f, "t") ?? ""}:${attr(f, "ref") ?? ""}:${attr(f, "si") ?? ""}:${f.text}` : null });
      }
    }
    cache.set(name, out);
    return out;
  };
  return { parts, byLower, workbookPart, contentType, sheets, definedNames, cells };
}
