/**
 * The sheet reader takes the common cell (`<c …><v>…</v></c>`, `<c …/>`, `<c …></c>`) whole, without the
 * scanner's events (readPackage.ts, issue 17), and leaves every other cell to them. Whatever it takes whole, the
 * cells, bold marks, widths, stats, row index and errors must be what the events give: a sheet read in one piece
 * (the whole-cell path wherever it applies) is compared with the same sheet read in chunks of one to a few
 * bytes (a cell cut by a chunk's end is always scanned as events; a character cut in two is joined again).
 */
import { PartReader, readPackage, StreamOptions } from "../../../src/hosts/xlsx/readPackage";
import { RowIndex } from "../../../src/hosts/xlsx/rowIndex";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function book(sheet: string): Map<string, string> {
  return new Map([
    ["_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/sharedStrings.xml", `<sst xmlns="${MAIN}"><si><t>甲</t></si><si><r><rPr><b/></rPr><t>粗</t></r><r><t>细</t></r></si><si><t>x&amp;y</t></si></sst>`],
    ["xl/styles.xml", `<styleSheet xmlns="${MAIN}"><fonts><font/><font><b/></font></fonts><cellXfs><xf fontId="0"/><xf fontId="1"/></cellXfs></styleSheet>`],
    ["xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:x14ac="urn:x"><sheetData>${sheet}</sheetData></worksheet>`],
  ]);
}

/** The parts as a PartReader whose parts arrive in chunks of `size` bytes (0: whole), characters cut between them. */
function reader(parts: Map<string, string>, size: number): PartReader {
  return {
    path: "book.xlsx",
    has: (name) => parts.has(name),
    find: (name) => [...parts.keys()].find((k) => k.toLowerCase() === name.toLowerCase()),
    async *chunks(name) {
      const bytes = new TextEncoder().encode(parts.get(name)!);
      if (size === 0) yield bytes;
      else for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
    },
    text: async (name) => parts.get(name)!,
  };
}

/** What reading the sheet gives, as comparable data (or the error's code and details). */
async function read(sheet: string, size: number): Promise<unknown> {
  const rowIndex = new Map<string, RowIndex>();
  const options: StreamOptions = { rowIndex };
  try {
    const r = await readPackage(reader(book(sheet), size), options);
    const s = r.data.sheets[0];
    const index = rowIndex.get("xl/worksheets/sheet1.xml")!;
    return { rows: s.rows, bold: [...(s.boldCells ?? [])].sort(), usedWidth: s.usedWidth, stats: r.stats, index: { usable: index.usable, count: index.count, maxCol: [...index.maxCol.slice(0, index.count)], rowNumber: [...index.rowNumber.slice(0, index.count)] } };
  } catch (err) {
    const e = err as { code?: string; details?: unknown; message: string };
    return { error: e.code ?? e.message, details: e.details };
  }
}

async function sameInPieces(sheet: string): Promise<unknown> {
  const whole = await read(sheet, 0);
  for (const size of [1, 2, 3, 5, 8, 13]) expect({ size, got: await read(sheet, size) }).toEqual({ size, got: whole });
  return whole;
}

const CELLS = [
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="B1" s="1"><v>12</v></c>',
  '<c r="C1" t="s" s="1"><v>1</v></c>',
  '<c r="D1"/>',
  '<c r="E1" s="1"/>',
  '<c r="F1" s="1"></c>',
  '<c t="str"><v>a&amp;b</v></c>',
  '<c r="H1" t="n"><v>1.5E3</v></c>',
  '<c r="I1" s="&#49;"><v>3</v></c>',
  '<c r="J1" r="K1"><v>4</v></c>',
  "<c r='L1' t='b'><v>1</v></c>",
  '<c  r="M1"   t="e" ><v>#N/A</v></c>',
  '<c r="N1" t="d"><v>2024-01-02</v></c>',
  '<c r="O1"><f>1+1</f><v>2</v></c>',
  '<c r="P1" t="inlineStr"><is><t>内</t></is></c>',
  '<c r="Q1"><v></v></c>',
  '<c r="R1" x14ac:foo="1" s="1"><v>7</v></c>',
  '<c r="S1"\n t="s"><v>2</v></c>',
  '<c r="T1"><v> 5 </v></c>',
  '<c r="U1" t="s"><v>99</v></c>',
  '<c r="V1" s=""><v>6</v></c>',
  '<c r="W1" t="s"><v>0</v> </c>',
  '<c r="X1"><v>8</v><extLst/></c>',
  '<c r=""><v>9</v></c>',
  '<c r="Z1" t="s"><v>1</v></c>',
  '<c r="AA1" t="str"><v></v></c>',
  '<c r="AB1" s="1"><v>-1</v></c>',
];

describe("the sheet reader's whole cells", () => {
  it("read every kind of cell as the scanner's events do, in one piece or cut anywhere", async () => {
    const row = (r: number) => `<row r="${r}">${CELLS.map((c) => c.replace(/([A-Z])1"/g, `$1${r}"`)).join("")}</row>`;
    const got = (await sameInPieces(row(1) + row(3) + '<row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c></row>')) as { rows: unknown[][] };
    // The whole-cell path did read here: numbers, shared strings (rich text with the cell's bold), empty cells.
    expect(got.rows[0].slice(0, 3)).toEqual(["甲", 12, { richText: [{ text: "粗", bold: true }, { text: "细", bold: true }] }]);
    expect(got.rows[3]).toEqual([null, 1, 2]);
  });

  it("refuse what the events refuse, with the same error", async () => {
    for (const bad of ['<c r="@1"><v>1</v></c>', '<c r="XFE1"><v>1</v></c>', '<c r="A1"><v>1</v></c><c r="A1" s="1"/><c r="A1"><v>1</v></x></c>', '<c r="A1" t="s"><v>&bogus;</v></c>']) {
      const got = (await sameInPieces(`<row r="1">${bad}</row>`)) as { error?: string };
      expect(got.error).toBeDefined();
    }
  });
});
