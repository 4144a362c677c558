import path from "node:path";
import { ZipArchive } from "./zipArchive";
import { attr, MAIN_NS, nsAttr, parseXml, PKG_REL_NS, REL_NS, XmlElement } from "./xmlScan";

/** Relationships and part names of the package, as the zip-level copy (copyWorkbook.ts) reads them. */

interface Rel {
  id: string;
  type: string;
  /** The part it reaches (resolved, as the zip stores it when the zip has it), or null when external. */
  part: string | null;
  el: XmlElement;
}

/** A relationships part's relationships, targets resolved against the part they belong to. */
export function readRels(zip: ZipArchive, xml: string, source: string): Rel[] {
  const out: Rel[] = [];
  for (const el of parseXml(xml)) {
    if (el.local !== "Relationship" || el.ns !== PKG_REL_NS) continue;
    const id = attr(el, "Id") ?? "";
    const type = attr(el, "Type") ?? "";
    const raw = attr(el, "Target");
    let part: string | null = null;
    if (raw !== undefined && attr(el, "TargetMode") !== "External") {
      const resolved = resolvePart(source, raw);
      part = resolved === null ? null : (zip.find(resolved) ?? resolved);
    }
    out.push({ id, type, part, el });
  }
  return out;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute from the root. */
function resolvePart(source: string, target: string): string | null {
  let t = target.replace(/[?#].*$/, "");
  try {
    t = decodeURIComponent(t);
  } catch {
    // Not percent-encoded after all: taken as written.
  }
  const joined = t.startsWith("/") ? t.slice(1) : path.posix.join(path.posix.dirname(source || "."), t);
  const normal = path.posix.normalize(joined);
  if (normal.startsWith("..") || normal.startsWith("/")) return null;
  return normal;
}

export function relTypeIs(rel: Rel, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** The workbook part, as the package's relationships name it (xl/workbook.xml is only the usual place). */
export async function workbookPart(zip: ZipArchive): Promise<string | null> {
  const rootRels = zip.find("_rels/.rels");
  if (rootRels) {
    const office = readRels(zip, await zip.text(rootRels), "").find((r) => relTypeIs(r, "officeDocument"));
    if (office?.part && zip.has(office.part)) return office.part;
  }
  return zip.find("xl/workbook.xml") ?? null;
}

export function relsOf(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
}

/** The part a relationships part describes: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml", "_rels/.rels" → "" (the package). */
function sourceOfRels(name: string): string | null {
  const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/i.exec(name);
  if (!m) return null;
  return m[2] ? (m[1] ? `${m[1]}/${m[2]}` : m[2]) : "";
}

/** Part names in [Content_Types].xml are URIs: percent-encoded where a name has other characters. */
export function encodePartName(part: string): string {
  return part.split("/").map((s) => encodeURIComponent(s).replace(/%40/g, "@")).join("/");
}

/**
 * The parts only the regenerated sheets reached through their old relationships, directly or not: what
 * the relationships of the package reach from its root once those sheets' old relationships are gone no
 * longer includes them. Parts the input already had unreferenced are not touched.
 */
export async function orphanedParts(zip: ZipArchive, replaced: ReadonlySet<string>): Promise<string[]> {
  const edges = new Map<string, string[]>();
  for (const name of zip.entries.keys()) {
    const source = sourceOfRels(name);
    if (source === null) continue;
    const src = source === "" ? "" : zip.find(source);
    if (src === undefined) continue;
    edges.set(src, readRels(zip, await zip.text(name), src).flatMap((r) => (r.part ? [r.part] : [])));
  }
  const reach = (starts: Iterable<string>, skip: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length) {
      const part = queue.pop()!;
      if (seen.has(part)) continue;
      seen.add(part);
      if (!skip.has(part)) for (const t of edges.get(part) ?? []) queue.push(t);
    }
    return seen;
  };
  const before = reach([...replaced].flatMap((p) => edges.get(p) ?? []), new Set());
  const after = reach([""], replaced);
  return [...before].filter((p) => !after.has(p) && !replaced.has(p) && zip.has(p));
}

/** The extended-properties part (docProps/app.xml) as the package's relationships name it. */
export async function extendedPropertiesPart(zip: ZipArchive): Promise<string | null> {
  const rootRels = zip.find("_rels/.rels");
  if (!rootRels) return null;
  const rel = readRels(zip, await zip.text(rootRels), "").find((r) => relTypeIs(r, "extended-properties"));
  return rel?.part && zip.has(rel.part) ? rel.part : null;
}

/** The names of the workbook's worksheets (not chart sheets), in workbook order. */
export function worksheetNames(zip: ZipArchive, book: string, rels: string, bookPart: string): string[] {
  const worksheetIds = new Set(readRels(zip, rels, bookPart).filter((r) => relTypeIs(r, "worksheet")).map((r) => r.id));
  const names: string[] = [];
  for (const el of parseXml(book)) {
    if (el.local !== "sheet" || el.ns !== MAIN_NS) continue;
    const rid = nsAttr(el.scope, el.attrs, REL_NS, "id");
    if (rid !== undefined && worksheetIds.has(rid)) names.push(attr(el, "name") ?? "");
  }
  return names;
}
