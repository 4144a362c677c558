/**
 * Writes an OfficialDocument (the core's 通报, 督办单, 催办清单) as .docx in the official layout of
 * GB/T 9704: A4, margins 上37mm 下35mm 左28mm 右26mm, title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 on
 * 28.95pt lines, headings 黑体 then 楷体_GB2312, page numbers "—1—" in 宋体 四号 (odd pages right, even
 * left, a character in from the edge). Official fonts missing on a machine fall back through the font
 * table's alternative names (方正小标宋简体 → 华文中宋 / 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体) to the
 * faces every Chinese Windows and WPS install has; LibreOffice falls back to a CJK face (Noto CJK).
 * Runs in Node and in the browser (the pane's download).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { DocBlock, DocTableCell, NoticeColour, OfficialDocument } from "../../core";

/** Millimetres to twentieths of a point. */
const mm = (v: number) => Math.round((v * 1440) / 25.4);

const PAGE = { width: 11906, height: 16838, top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/** Official faces and the faces they fall back to, in order (written to the font table as altName). */
const FONTS = {
  title: { name: "方正小标宋简体", alt: "华文中宋" },
  body: { name: "仿宋_GB2312", alt: "仿宋" },
  heading1: { name: "黑体", alt: "SimHei" },
  heading2: { name: "楷体_GB2312", alt: "楷体" },
  pageNumber: { name: "宋体", alt: "SimSun" },
} as const;
const LATIN = "Times New Roman";
/**
 * Chinese for the East Asian script: a renderer without the official faces then picks a Simplified Chinese
 * fallback (Noto … CJK SC), not a Japanese one. English for the Latin script (digits, %, letters): with
 * zh-CN there too, LibreOffice breaks a line anywhere inside a number as between two Han characters
 * ("1" at a line's end, "3项" on the next line); with a Western language a number stays whole.
 */
const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" };

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt (tables of many rows). */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 };
/** 22 lines to the text area: 28.95pt. */
const LINE = 579;
const INDENT = 2 * 320;

const FILL: Record<NoticeColour, string> = { red: "F4A6A6", yellow: "FFE38A", blue: "A9CBEE" };

const fontOf = (font: { name: string }) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia: font.name, cs: LATIN, hint: "eastAsia" });

/**
 * A list of numbers ("第1、2、3、…76项") gives LibreOffice no place to break a line: after a CJK comma it does not break
 * before a digit of a Latin-language run, so a long list ran past the line and was broken inside a number ("6" | "4").
 * A zero-width space after the comma gives it that place; it is invisible (text copied out of the document carries it).
 */
const breakableLists = (text: string) => text.replace(/([、，；])(?=\d)/g, "$1\u200b");

function run(text: string, font: { name: string }, size: number, bold = false): TextRun {
  return new TextRun({ text: breakableLists(text), bold, size, language: LANGUAGE, font: fontOf(font) });
}

/** A line's width in characters of the body size: CJK a whole one, Latin letters and digits half. */
function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

function paragraphs(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE },
          children: (block.lines ?? [block.text]).map((l, i) => new TextRun({ text: l, break: i ? 1 : undefined, size: SIZE.title, language: LANGUAGE, font: fontOf(FONTS.title) })),
        }),
      ];
    case "subtitle":
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...exact(LINE), after: LINE / 2 }, children: [run(block.text, FONTS.body, SIZE.body)] })];
    case "flush":
      return [new Paragraph({ spacing: exact(LINE), children: [run(block.text, block.bold ? FONTS.heading1 : FONTS.body, SIZE.body)] })];
    case "heading":
      return [new Paragraph({ spacing: exact(LINE), indent: { firstLine: INDENT }, keepNext: true, children: [run(block.text, block.level === 1 ? FONTS.heading1 : FONTS.heading2, SIZE.body)] })];
    case "paragraph": {
      const children = [];
      if (block.lead) children.push(run(block.lead, FONTS.body, SIZE.body, true));
      children.push(run(block.text, FONTS.body, SIZE.body));
      // Left-aligned rather than justified: LibreOffice (7.4) drops a punctuation mark that hangs past the
      // right margin of a justified line ("…公里”：" lost its colon); left-aligned it keeps it, and CJK lines
      // of equal-width characters come out nearly flush anyway.
      return [new Paragraph({ alignment: AlignmentType.LEFT, spacing: exact(LINE), indent: { firstLine: INDENT }, children })];
    }
    case "signature": {
      // The date four characters in from the right margin (GB/T 9704 右空四字), the office centred above it.
      const widest = Math.max(...block.lines.map(widthInChars));
      return [
        new Paragraph({ spacing: exact(LINE), children: [] }),
        ...block.lines.map(
          (l) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(LINE), indent: { right: Math.round((4 + (widest - widthInChars(l)) / 2) * 320) }, children: [run(l, FONTS.body, SIZE.body)] }),
        ),
      ];
    }
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, spacing: exact(LINE), children: [] })];
    case "table":
      return [table(block)];
  }
}

function cell(c: DocTableCell, width: number, size: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: c.fill ? { type: ShadingType.CLEAR, color: "auto", fill: FILL[c.fill] } : undefined,
    children: [
      new Paragraph({
        alignment: header || [...c.text].length <= 4 ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: size === SIZE.body ? 300 : 264, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [run(c.text, header || c.bold ? FONTS.heading1 : FONTS.body, size)],
      }),
    ],
  });
}

function table(block: Extract<DocBlock, { kind: "table" }>): Table {
  const textWidth = PAGE.width - PAGE.left - PAGE.right;
  const total = block.widths.reduce((s, w) => s + w, 0);
  const widths = block.widths.map((w) => Math.floor((w / total) * textWidth));
  const size = block.small ? SIZE.table : SIZE.body;
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const row = (cells: DocTableCell[], header: boolean) => {
    let col = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((c) => {
        const span = c.span ?? 1;
        const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
        col += span;
        return cell(c, width, size, header);
      }),
    });
  };
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}

function pageNumberFooter(side: "right" | "left"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "right" ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ children: ["—", PageNumber.CURRENT, "—"], size: SIZE.pageNumber, language: LANGUAGE, font: { ascii: FONTS.pageNumber.name, hAnsi: FONTS.pageNumber.name, eastAsia: FONTS.pageNumber.name, hint: "eastAsia" } }),
        ],
      }),
    ],
  });
}

/** The font table: every official face with the face it falls back to, GB2312 charset. */
function fontTable(): string {
  const entry = (name: string, alt: string, family: string) =>
    `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    entry(FONTS.title.name, FONTS.title.alt, "roman") +
    entry(FONTS.body.name, FONTS.body.alt, "roman") +
    entry(FONTS.heading1.name, FONTS.heading1.alt, "swiss") +
    entry(FONTS.heading2.name, FONTS.heading2.alt, "roman") +
    entry(FONTS.pageNumber.name, FONTS.pageNumber.alt, "roman") +
    entry("仿宋", "FangSong", "roman") +
    entry("楷体", "KaiTi", "roman") +
    `<w:font w:name="${LATIN}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    `</w:fonts>`
  );
}

function buildDocx(doc: OfficialDocument): Document {
  return new Document({
    title: doc.title,
    creator: "督办助手 duban",
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { size: SIZE.body, language: LANGUAGE, font: { ascii: LATIN, hAnsi: LATIN, eastAsia: FONTS.body.name, cs: LATIN } }, paragraph: { spacing: exact(LINE) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(15), footer: mm(24) },
          },
          grid: { linePitch: LINE },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children: doc.blocks.flatMap(paragraphs),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function writeDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildDocx(doc), false, [{ path: "word/fontTable.xml", data: fontTable() }]);
  return new Uint8Array(buffer);
}
