import { ColumnSpec, Fill } from "../../core";
import { argb, LINK_COLOR, PALETTE, RenderPlan } from "../../core";
import { applyEdits, attr, child, children, declareDefault, MAIN_NS, parseXml, XmlElement } from "./xmlScan";
import { esc, Unsupported } from "./copyXml";

/** The styles the zip-level copy (copyWorkbook.ts) appends to the input's styles.xml, and which of them a patch needs. */

/** Styles appended to the input's styles.xml; indexes are filled in once the existing counts are known. */
export interface Styles {
  xf: (key: string) => number;
  dxf: (fill: Fill) => number;
}

interface StyleNeeds {
  numFmts: string[];
  fills: Fill[];
}

function styleKey(spec: { bold?: boolean; fill?: Fill; wrap?: boolean; numFmt?: string; link?: boolean; vcenter?: boolean }): string {
  return JSON.stringify([spec.bold ?? false, spec.fill ?? "", spec.wrap ?? false, spec.numFmt ?? "", spec.link ?? false, spec.vcenter ?? false]);
}

export const HEADER_STYLE = styleKey({ bold: true, fill: "header", wrap: true, vcenter: true });
export const TITLE_STYLE = styleKey({ bold: true });
const LINK_STYLE = styleKey({ link: true });

export function columnStyle(spec: ColumnSpec, link = false, wrap = spec.wrap): string | null {
  if (!spec.numberFormat && !wrap && !link) return null;
  return styleKey({ wrap, numFmt: spec.numberFormat, link });
}

/** The minimal styles part written for a book that has none (some generators omit it; it is optional). */
export const EMPTY_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A start tag with its count attribute set (added when absent). */
function withCount(xml: string, el: XmlElement, count: number): string {
  const open = xml.slice(el.start, el.openEnd).replace(/\/>$/, ">");
  const re = /(\s)count\s*=\s*("[^"]*"|'[^']*')/;
  return re.test(open) ? open.replace(re, `$1count="${count}"`) : open.replace(/\s*>$/, ` count="${count}">`);
}

/**
 * Where each piece of markup goes in a block of styles.xml: the index of an element already there with exactly that
 * markup, or a new index after them. Reusing is what keeps a rerun on duban's own output from appending the same
 * styles again each time (the part would otherwise grow without bound); identical markup is identical formatting, so
 * reusing an element a program wrote changes nothing either.
 */
class StyleBlock {
  private readonly existing = new Map<string, number>();
  readonly added: string[] = [];
  readonly base: number;

  constructor(xml: string, els: XmlElement[]) {
    this.base = els.length;
    els.forEach((el, i) => {
      const markup = xml.slice(el.start, el.end);
      if (!this.existing.has(markup)) this.existing.set(markup, i);
    });
  }

  indexOf(markup: string): number {
    const found = this.existing.get(markup);
    if (found !== undefined) return found;
    this.existing.set(markup, this.base + this.added.length);
    this.added.push(markup);
    return this.base + this.added.length - 1;
  }
}

/**
 * Appends the fonts, fills, number formats, cell formats and differential formats duban's columns need to
 * styles.xml, reusing any already there with the same markup or format code.
 */
export function extendStyles(xml: string, keys: string[], fills: Fill[]): { xml: string; styles: Styles } {
  const els = parseXml(xml);
  const root = els[0];
  if (!root || root.local !== "styleSheet" || root.ns !== MAIN_NS) throw new Unsupported("styles");
  const fonts = child(root, MAIN_NS, "fonts");
  const fillsBlock = child(root, MAIN_NS, "fills");
  const xfs = child(root, MAIN_NS, "cellXfs");
  if (!fonts || !fillsBlock || !xfs) throw new Unsupported("styles");
  const numFmtsBlock = child(root, MAIN_NS, "numFmts");
  const existingFmts = children(numFmtsBlock, MAIN_NS, "numFmt");
  const usedIds = existingFmts.map((e) => Number(attr(e, "numFmtId") ?? 0));
  let nextFmt = Math.max(163, ...usedIds) + 1;
  // New markup is unprefixed; where the part's SpreadsheetML elements carry a prefix instead, each new
  // element declares the namespace as its default.
  const d = declareDefault(root.scope, MAIN_NS);

  const fontBlock = new StyleBlock(xml, children(fonts, MAIN_NS, "font"));
  const fillBlock = new StyleBlock(xml, children(fillsBlock, MAIN_NS, "fill"));
  const xfBlock = new StyleBlock(xml, children(xfs, MAIN_NS, "xf"));
  const boldFont = () => fontBlock.indexOf(`<font${d}><b/><sz val="11"/></font>`);
  const linkFont = () => fontBlock.indexOf(`<font${d}><u/><sz val="11"/><color rgb="${argb(LINK_COLOR)}"/></font>`);
  const headerFill = () =>
    fillBlock.indexOf(`<fill${d}><patternFill patternType="solid"><fgColor rgb="${argb(PALETTE.header.fill)}"/><bgColor indexed="64"/></patternFill></fill>`);
  const fmtIds = new Map<string, number>();
  existingFmts.forEach((e, i) => {
    const code = attr(e, "formatCode");
    if (code !== undefined && !fmtIds.has(code)) fmtIds.set(code, usedIds[i]);
  });
  const newFmts: string[] = [];
  const xfIndex = new Map<string, number>();
  for (const key of keys) {
    const [bold, fill, wrap, numFmt, link, vcenter] = JSON.parse(key) as [boolean, string, boolean, string, boolean, boolean];
    let fmtId = 0;
    if (numFmt) {
      if (!fmtIds.has(numFmt)) {
        fmtIds.set(numFmt, nextFmt);
        newFmts.push(`<numFmt${d} numFmtId="${nextFmt}" formatCode="${esc(numFmt)}"/>`);
        nextFmt++;
      }
      fmtId = fmtIds.get(numFmt)!;
    }
    const fontId = bold ? boldFont() : link ? linkFont() : 0;
    const fillId = fill === "header" ? headerFill() : 0;
    const align = wrap || vcenter ? `<alignment${vcenter ? ' vertical="center"' : ' vertical="top"'}${wrap ? ' wrapText="1"' : ""}/>` : "";
    const attrs = `numFmtId="${fmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${fmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    xfIndex.set(key, xfBlock.indexOf(align ? `<xf${d} ${attrs}>${align}</xf>` : `<xf${d} ${attrs}/>`));
  }
  const dxfsBlock = child(root, MAIN_NS, "dxfs");
  const dxfBlock = new StyleBlock(xml, children(dxfsBlock, MAIN_NS, "dxf"));
  const dxfIndex = new Map<Fill, number>();
  for (const f of fills) {
    dxfIndex.set(
      f,
      dxfBlock.indexOf(
        `<dxf${d}><font><color rgb="${argb(PALETTE[f].font)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(PALETTE[f].fill)}"/></patternFill></fill></dxf>`,
      ),
    );
  }

  const edits: { at: number; end: number; text: string }[] = [];
  const prefixed = (el: XmlElement, local: string) => (el.qname.includes(":") ? `${el.qname.slice(0, el.qname.indexOf(":") + 1)}${local}` : local);
  const appendTo = (el: XmlElement, items: string[], base: number) => {
    if (!items.length) return;
    const open = withCount(xml, el, base + items.length);
    if (el.selfClosing) edits.push({ at: el.start, end: el.end, text: `${open}${items.join("")}</${el.qname}>` });
    else {
      edits.push({ at: el.start, end: el.openEnd, text: open });
      edits.push({ at: el.closeStart, end: el.closeStart, text: items.join("") });
    }
  };
  appendTo(fonts, fontBlock.added, fontBlock.base);
  appendTo(fillsBlock, fillBlock.added, fillBlock.base);
  appendTo(xfs, xfBlock.added, xfBlock.base);
  if (newFmts.length) {
    if (numFmtsBlock) appendTo(numFmtsBlock, newFmts, usedIds.length);
    else edits.push({ at: fonts.start, end: fonts.start, text: `<${prefixed(fonts, "numFmts")} count="${newFmts.length}">${newFmts.join("")}</${prefixed(fonts, "numFmts")}>` });
  }
  if (dxfBlock.added.length) {
    if (dxfsBlock) appendTo(dxfsBlock, dxfBlock.added, dxfBlock.base);
    else {
      // dxfs come after cellStyles (or cellXfs) and before tableStyles/colors/extLst.
      const after = child(root, MAIN_NS, "cellStyles") ?? xfs;
      edits.push({ at: after.end, end: after.end, text: `<${prefixed(after, "dxfs")} count="${dxfBlock.added.length}">${dxfBlock.added.join("")}</${prefixed(after, "dxfs")}>` });
    }
  }
  return {
    xml: applyEdits(xml, edits),
    styles: {
      xf: (key) => {
        const i = xfIndex.get(key);
        if (i === undefined) throw new Unsupported(`style ${key}`);
        return i;
      },
      dxf: (fill) => dxfIndex.get(fill)!,
    },
  };
}

/** Styles a patch needs, so they can be appended to styles.xml in one go. */
export function neededStyles(plans: RenderPlan[]): StyleNeeds & { keys: string[] } {
  const keys = new Set<string>([HEADER_STYLE, TITLE_STYLE, LINK_STYLE]);
  const fills = new Set<Fill>();
  const numFmts = new Set<string>();
  for (const p of plans) {
    for (const s of p.sheets) {
      for (const c of s.columns) {
        const k = columnStyle(c.spec, false, c.wrap);
        if (k) keys.add(k);
        keys.add(columnStyle(c.spec, true, c.wrap)!);
        for (const f of c.spec.conditionalFills ?? []) fills.add(f.fill);
        if (c.spec.numberFormat) numFmts.add(c.spec.numberFormat);
      }
    }
    for (const c of p.columns) {
      const k = columnStyle(c.column.spec, false, c.plan.wrap);
      if (k) keys.add(k);
      for (const f of c.column.spec.conditionalFills ?? []) fills.add(f.fill);
    }
  }
  return { keys: [...keys], fills: [...fills], numFmts: [...numFmts] };
}
