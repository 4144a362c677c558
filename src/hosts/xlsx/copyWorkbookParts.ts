import { FilterWidening, NamePlan, widenFilter } from "../../core";
import { columnLetter, parseRange, quoteSheetName } from "../../core";
import { attr, child, children, MAIN_NS, XmlElement } from "./xmlScan";
import { esc, unescapeXmlText } from "./copyXml";

/** Edits of workbook-level parts made by the zip-level copy (copyWorkbook.ts): defined names (autofilter, print titles) and docProps/app.xml. */

/** The namespace prefix an element is written with ("x:" for <x:sheet>, "" for none), for new markup written beside it. */
export function prefixOf(el: XmlElement): string {
  return el.qname.includes(":") ? el.qname.slice(0, el.qname.indexOf(":") + 1) : "";
}

/**
 * The hidden name Excel keeps beside a sheet's autofilter (_xlnm._FilterDatabase, scoped to the sheet),
 * widened as the sheet's <autoFilter> is, or null when the sheet has none or it stays: LibreOffice takes
 * the filter's range from this name, so a widened <autoFilter> alone is undone when it opens the book.
 */
export function filterDatabase(xml: string, root: XmlElement, localSheetId: number, sheet: string, widening: FilterWidening): (NamePlan & { localSheetId: number }) | null {
  const block = child(root, MAIN_NS, "definedNames");
  if (!block || block.selfClosing || localSheetId < 0) return null;
  for (const el of children(block, MAIN_NS, "definedName")) {
    if (attr(el, "name")?.toLowerCase() !== "_xlnm._filterdatabase" || attr(el, "localSheetId") !== String(localSheetId)) continue;
    if (el.selfClosing || el.children.length) return null;
    const text = unescapeXmlText(xml.slice(el.openEnd, el.closeStart)).trim();
    const m = /^(?:'(?:[^']|'')+'|[^'!]+)!(\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+)$/.exec(text);
    const box = m ? parseRange(m[1]) : null;
    const widened = box ? widenFilter(widening, box) : null;
    if (!widened) return null;
    const abs = `$${columnLetter(widened.left)}$${widened.top + 1}:$${columnLetter(widened.right)}$${widened.bottom + 1}`;
    return { name: attr(el, "name")!, refersTo: `${quoteSheetName(sheet)}!${abs}`, hidden: true, localSheetId };
  }
  return null;
}

/**
 * Edits that set hidden workbook-level defined names in workbook.xml: an existing workbook-level name of
 * the same name is replaced, others are added, in a <definedNames> created where the schema puts it.
 */
export function definedNameEdits(xml: string, root: XmlElement, names: (NamePlan & { localSheetId?: number })[]): { at: number; end: number; text: string }[] {
  const edits: { at: number; end: number; text: string }[] = [];
  const p = prefixOf(root);
  const item = (n: NamePlan & { localSheetId?: number }) =>
    `<${p}definedName name="${esc(n.name)}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ""}${n.hidden ? ' hidden="1"' : ""}>${esc(n.refersTo)}</${p}definedName>`;
  const keyOf = (name: string, sheet: string | number | undefined) => `${name.toLowerCase()}\u0000${sheet ?? ""}`;
  const block = child(root, MAIN_NS, "definedNames");
  const pending = new Map(names.map((n) => [keyOf(n.name, n.localSheetId), n]));
  if (block && !block.selfClosing) {
    for (const el of children(block, MAIN_NS, "definedName")) {
      const key = keyOf(attr(el, "name") ?? "", attr(el, "localSheetId"));
      const n = pending.get(key);
      if (!n) continue;
      edits.push({ at: el.start, end: el.end, text: item(n) });
      pending.delete(key);
    }
    if (pending.size) edits.push({ at: block.closeStart, end: block.closeStart, text: [...pending.values()].map(item).join("") });
    return edits;
  }
  const text = `<${p}definedNames>${[...pending.values()].map(item).join("")}</${p}definedNames>`;
  if (block) return [{ at: block.start, end: block.end, text }];
  // After sheets, functionGroups and externalReferences; before calcPr and the rest.
  const before = ["sheets", "functionGroups", "externalReferences"];
  let after = child(root, MAIN_NS, "sheets")!;
  for (const el of root.children) if (el.ns === MAIN_NS && before.includes(el.local)) after = el;
  void xml;
  return [{ at: after.end, end: after.end, text }];
}

/** Worksheet group names Excel and WPS write in HeadingPairs. */
const WORKSHEET_HEADINGS = /^(Worksheets|工作表)$/i;

/**
 * docProps/app.xml with its worksheet titles (TitlesOfParts) and their count (HeadingPairs) set to the
 * workbook's worksheets. The worksheet group is the one named so, or else the one whose titles are all
 * worksheet names; other groups (named ranges, chart sheets) are kept as they are. Null when the part
 * lists no sheets or is not laid out as expected (it is then copied unchanged).
 */
export function appProperties(xml: string, worksheets: string[]): string | null {
  const pairsBlock = /(<HeadingPairs>\s*<vt:vector\b[^>]*>)([\s\S]*?)(<\/vt:vector>\s*<\/HeadingPairs>)/.exec(xml);
  const titlesBlock = /(<TitlesOfParts>\s*<vt:vector\b[^>]*>)([\s\S]*?)(<\/vt:vector>\s*<\/TitlesOfParts>)/.exec(xml);
  if (!pairsBlock || !titlesBlock) return null;
  const pairs = [...pairsBlock[2].matchAll(/<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/g)].map((m) => ({ name: unescapeXmlText(m[1]), count: Number(m[2]) }));
  const titles = [...titlesBlock[2].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>|<vt:lpstr\/>/g)].map((m) => unescapeXmlText(m[1] ?? ""));
  if (!pairs.length || pairs.reduce((n, p) => n + p.count, 0) !== titles.length) return null;
  const known = new Set(worksheets);
  let at = 0;
  let group = -1;
  let start = 0;
  pairs.forEach((p, i) => {
    const segment = titles.slice(at, at + p.count);
    if (group < 0 && (WORKSHEET_HEADINGS.test(p.name) || (segment.length > 0 && segment.every((t) => known.has(t))))) {
      group = i;
      start = at;
    }
    at += p.count;
  });
  if (group < 0) return null;
  titles.splice(start, pairs[group].count, ...worksheets);
  pairs[group].count = worksheets.length;
  const pairsXml = pairs.map((p) => `<vt:variant><vt:lpstr>${esc(p.name)}</vt:lpstr></vt:variant><vt:variant><vt:i4>${p.count}</vt:i4></vt:variant>`).join("");
  const titlesXml = titles.map((t) => `<vt:lpstr>${esc(t)}</vt:lpstr>`).join("");
  const pairsOpen = pairsBlock[1].replace(/\ssize="\d+"/, ` size="${pairs.length * 2}"`);
  const titlesOpen = titlesBlock[1].replace(/\ssize="\d+"/, ` size="${titles.length}"`);
  // Replaced from the end of the part backwards, so the earlier offset holds.
  const edits = [
    { at: pairsBlock.index, length: pairsBlock[0].length, text: pairsOpen + pairsXml + pairsBlock[3] },
    { at: titlesBlock.index, length: titlesBlock[0].length, text: titlesOpen + titlesXml + titlesBlock[3] },
  ].sort((a, b) => b.at - a.at);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.length);
  return out;
}
