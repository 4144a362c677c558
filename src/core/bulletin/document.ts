/**
 * A document as an office sends it (通报, 督办单, 催办清单), described without any file format: the core
 * decides the words and their order, a host writer (src/hosts/docx) lays them out in the official format
 * (GB/T 9704: A4, 仿宋 body, 黑体 / 楷体 headings, "—1—" page numbers).
 */

/** The office's warning colours: 红 逾期未完成, 黄 未达序时进度, 蓝 临近时限. */
export type NoticeColour = "red" | "yellow" | "blue";

export const COLOUR_LABEL: Record<NoticeColour, string> = { red: "红色", yellow: "黄色", blue: "蓝色" };

export interface DocTableCell {
  text: string;
  /** A warning colour shown as the cell's shading. */
  fill?: NoticeColour;
  bold?: boolean;
  /** Columns this cell spans (default 1). */
  span?: number;
}

export type DocBlock =
  /** The document's title: 小标宋, centred; `lines` break it where the meaning allows (not mid-word). */
  | { kind: "title"; text: string; lines?: string[] }
  /** A centred line under the title (编号, a date in parentheses). */
  | { kind: "subtitle"; text: string }
  /** A line flush left without indent: the addressees (主送机关) or "附件". */
  | { kind: "flush"; text: string; bold?: boolean }
  /** 一、 (level 1, 黑体) or （一） (level 2, 楷体) heading, indented two characters. */
  | { kind: "heading"; level: 1 | 2; text: string }
  /** A body paragraph, first line indented two characters; `lead` is set in bold at its start. */
  | { kind: "paragraph"; text: string; lead?: string }
  /** A table; `widths` are relative column widths; the first row is the header and repeats on each page. */
  | { kind: "table"; widths: number[]; header: DocTableCell[]; rows: DocTableCell[][]; small?: boolean }
  /** The issuing office and date, right-aligned. */
  | { kind: "signature"; lines: string[] }
  | { kind: "pageBreak" };

export interface OfficialDocument {
  /** The file's title property. */
  title: string;
  blocks: DocBlock[];
  /** Tables wider than the portrait page can have this whole document in landscape (lists, not 通报). */
  landscape?: boolean;
}

/** The document's text, a block a line (tables a row a line, cells separated by a tab): for sheets and tests. */
export function documentLines(doc: OfficialDocument): string[] {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "title":
      case "subtitle":
      case "flush":
      case "heading":
        lines.push(b.text);
        break;
      case "paragraph":
        lines.push((b.lead ?? "") + b.text);
        break;
      case "table":
        lines.push(b.header.map((c) => c.text).join("\t"));
        for (const r of b.rows) lines.push(r.map((c) => c.text).join("\t"));
        break;
      case "signature":
        lines.push(...b.lines);
        break;
      case "pageBreak":
        lines.push("");
        break;
    }
  }
  return lines;
}
