import path from "node:path";
import { existsSync, promises as fs } from "node:fs";
import JSZip from "jszip";
import { runCli, tempDir } from "../../support/files";
import { findProgram } from "../../support/programs";
import { libreOfficeSheets } from "../../support/libreoffice";
import { CATALOGUE, entries, PROGRESS, SETTINGS, worksheet, writePackage } from "./bookParts";

/**
 * `validate -o` never changes a byte it does not write: parts it does not edit are copied as they are, and in
 * the progress sheet everything outside duban's own columns (and the few things it must edit: the dimension,
 * the spans of the rows it annotates, widths, fills) keeps its bytes — bytes that are not valid UTF-8, an
 * unusual XML declaration, CDATA, entities, comments and processing instructions, white space between cells.
 * The books are made at the zip level, their odd bytes put in after the XML is written.
 */
const { dir, cleanup } = tempDir();
afterAll(cleanup);
const soffice = findProgram("soffice");
let n = 0;

const SHEET = "xl/worksheets/sheet2.xml";
/** Byte sequences no UTF-8 decoder keeps: Latin-1 "é" then 0xFF, a truncated sequence, an encoded surrogate. */
const BAD = [Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff]), Buffer.from([0xe5, 0xb7, 0x20]), Buffer.from([0xed, 0xa0, 0x80, 0x41])];

/** The progress sheet as a program other than Excel might write it, with @BAD0@ … where odd bytes go. */
function oddProgressXml(withBadBytes: boolean): string {
  const bad = (i: number) => (withBadBytes ? `@BAD${i}@` : "");
  let xml = worksheet(PROGRESS);
  // A byte order mark first (\ufeff, written as UTF-8 by JSZip).
  xml = xml.replace('<?xml version="1.0" encoding="UTF-8"?>', `\ufeff<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\r\n<!-- 开头的注释 ${bad(0)} -->\n`);
  xml = xml.replace("<sheetData>", `\n  <sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:I3"/><!-- 表头 ${bad(1)} --><sheetFormatPr defaultRowHeight="15"/>\n  <sheetData>\n    <!-- 行之前 ${bad(2)} -->`);
  // Row 2 (annotated): entities, CDATA, white space between cells, odd bytes in a typed cell.
  xml = xml.replace("上半年新增规上工业企业7家。", "上半年新增&#x89C4;上工业企业&#55;家&amp;&lt;完成&gt;。");
  xml = xml.replace('<c r="G2" t="inlineStr"><is><t></t></is></c>', `\n\t<c r="G2" t="inlineStr"><is><t xml:space="preserve">  问题${bad(0)}  </t></is></c>\r\n`);
  xml = xml.replace('<c r="H2" t="inlineStr"><is><t></t></is></c>', '<c r="H2" t="inlineStr"><is><t><![CDATA[下一步 <先> & 后]]></t></is></c><?duban 处理指令?>');
  // Row 3: odd bytes in the last typed cell and a comment between cells.
  xml = xml.replace('<c r="H3" t="inlineStr"><is><t></t></is></c>', `<!-- ${bad(1)} --><c r="H3" t="inlineStr"><is><t>打算${bad(2)}</t></is></c>`);
  xml = xml.replace("</sheetData>", `\n  </sheetData>\n  <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><headerFooter><oddHeader>&amp;C页眉${bad(1)}</oddHeader></headerFooter>\n`);
  return xml;
}

async function writeBook(progress: string, o: { workbookDefinedNames?: string } = {}): Promise<string> {
  const file = path.join(dir, `odd-${n++}.xlsx`);
  await writePackage(
    file,
    [
      { name: "任务清单", xml: worksheet(CATALOGUE) },
      { name: "进展填报", xml: progress },
      { name: "设置", xml: worksheet(SETTINGS) },
    ],
    { definedNames: o.workbookDefinedNames, extraParts: { "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>共享@BAD0@</t></si></sst>` } },
  );
  // The odd bytes go in at the zip level, in every part that has a marker.
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const [name, entry] of Object.entries(zip.files)) {
    let bytes = Buffer.from(await entry.async("nodebuffer"));
    for (let i = 0; i < BAD.length; i++) {
      const marker = Buffer.from(`@BAD${i}@`);
      for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker)) bytes = Buffer.concat([bytes.subarray(0, at), BAD[i], bytes.subarray(at + marker.length)]);
    }
    zip.file(name, bytes);
  }
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

/** Column letters of the cells of a sheet (as a byte string). */
function columnsOf(sheet: string): Set<string> {
  return new Set([...sheet.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]));
}

/**
 * The sheet's bytes (as a byte string) with what duban writes or edits taken out: its cells (in `ours`), the
 * dimension, spans, widths and conditional formats. What is left must be the input's, byte for byte.
 */
function outsideDuban(sheet: string, ours: Set<string>): string {
  return sheet
    .replace(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>.*?<\/c>)/gs, (cell: string, col: string) => (ours.has(col) ? "" : cell))
    .replace(/<dimension [^>]*\/>/, "")
    .replace(/ spans="[^"]*"/g, "")
    .replace(/<cols>.*?<\/cols>/s, "")
    .replace(/<conditionalFormatting.*?<\/conditionalFormatting>/gs, "");
}

/** Parts the copy edits (sheets added, styles appended); every other part of the input must come out unchanged. */
const EDITED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml", SHEET]);

async function checkBytesKept(input: string, output: string): Promise<string> {
  const before = await entries(input);
  const after = await entries(output);
  for (const [name, bytes] of before) {
    if (EDITED.has(name)) continue;
    expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
  }
  const inSheet = before.get(SHEET)!.toString("latin1");
  const outSheet = after.get(SHEET)!.toString("latin1");
  const ours = new Set([...columnsOf(outSheet)].filter((c) => !columnsOf(inSheet).has(c)));
  expect([...ours].sort()).toEqual(["J", "K"]);
  expect(outsideDuban(outSheet, ours)).toBe(outsideDuban(inSheet, new Set()));
  return outSheet;
}

describe("validate -o keeps every byte outside duban's columns", () => {
  it.each([
    ["a byte order mark, odd markup, entities, CDATA and white space", false],
    ["bytes that are not UTF-8 in typed cells, comments, head and tail", true],
  ])("%s", async (_what, badBytes) => {
    const input = await writeBook(oddProgressXml(badBytes));
    const checked = path.join(dir, `checked-${n++}.xlsx`);
    const first = await runCli(["validate", input, "-o", checked]);
    expect(first.err).not.toContain("BOOK_");
    expect(existsSync(checked)).toBe(true);
    const sheet = await checkBytesKept(input, checked);
    if (badBytes) for (const b of BAD) expect(sheet.includes(b.toString("latin1"))).toBe(true);
    expect(sheet).toContain("<![CDATA[下一步 <先> & 后]]>".replace(/[^\x00-\x7f]+/g, (t) => Buffer.from(t).toString("latin1")));
    expect(sheet.startsWith(`\u00ef\u00bb\u00bf<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\r\n<!-- `)).toBe(true);

    // Run again on its own output (duban's cells already in the sheet: replaced, the rest kept).
    const again = path.join(dir, `again-${n++}.xlsx`);
    await runCli(["validate", checked, "-o", again]);
    expect(existsSync(again)).toBe(true);
    await checkBytesKept(input, again);
    // The styles duban appended on the first run are reused, not appended again: a rerun leaves styles.xml as the
    // first run wrote it, however many times it is repeated.
    const stylesOf = async (book: string) => (await entries(book)).get("xl/styles.xml")!.toString("latin1");
    const firstStyles = await stylesOf(checked);
    expect(firstStyles).not.toBe(await stylesOf(input));
    expect(await stylesOf(again)).toBe(firstStyles);

    // LibreOffice opens the output and reads it as it reads the input (a sheet with bytes that are not UTF-8
    // it reads as empty, the input's as the output's), with duban's sheets and columns besides.
    if (soffice) {
      const read = libreOfficeSheets(soffice, again, path.join(dir, `lo-${n++}`));
      const typed = libreOfficeSheets(soffice, input, path.join(dir, `lo-${n++}`));
      expect(read.get("校验结果")?.[1].slice(0, 3)).toEqual(["序号", "级别", "规则代码"]);
      for (const [name, rows] of typed) {
        if (name === "进展填报" && !badBytes) continue;
        expect([name, read.get(name)]).toEqual([name, rows]);
      }
      if (!badBytes) {
        const progress = read.get("进展填报")!;
        expect(progress.map((r) => r.slice(0, 9))).toEqual(typed.get("进展填报")!.map((r) => r.slice(0, 9)));
        expect(progress[0].slice(9, 11)).toEqual(["校验状态", "校验说明"]);
        expect(progress[1][3]).toBe("上半年新增规上工业企业7家&<完成>。");
        expect(progress[1][7]).toBe("下一步 <先> & 后");
        expect(progress[2][9]).not.toBe("");
      }
    }
  }, 240000);

  it("refuses, writing nothing, where a part it must edit as text is not UTF-8 (the workbook part)", async () => {
    const input = await writeBook(worksheet(PROGRESS), { workbookDefinedNames: '<definedNames><definedName name="备注@BAD0@">设置!$A$1</definedName></definedNames>' });
    const out = path.join(dir, `refused-${n++}.xlsx`);
    const run = await runCli(["validate", input, "-o", out]);
    expect(run.err).toContain("BOOK_PART_NOT_UTF8");
    expect(run.err).toContain("xl/workbook.xml");
    expect(existsSync(out)).toBe(false);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a progress sheet that declares another encoding (duban's UTF-8 text cannot go into it)", async () => {
    const input = await writeBook(worksheet(PROGRESS).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'));
    const out = path.join(dir, `refused-${n++}.xlsx`);
    const run = await runCli(["validate", input, "-o", out]);
    expect(run.err).toContain("BOOK_PART_NOT_UTF8");
    expect(run.err).toContain(SHEET);
    expect(existsSync(out)).toBe(false);
  });
});

describe("a rerun on duban's own output", () => {
  it("writes every part as the first run did (the status column's fills replaced, not added again)", async () => {
    const first = path.join(dir, `seed-first-${n++}.xlsx`);
    const again = path.join(dir, `seed-again-${n++}.xlsx`);
    await runCli(["validate", path.join(__dirname, "../../../seeds/sample-yicheng.xlsx"), "-o", first]);
    await runCli(["validate", first, "-o", again]);
    const [a, b] = [await entries(first), await entries(again)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([name, bytes]) => !b.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(a.get(SHEET)!.toString("utf8")).toContain("<conditionalFormatting");
  }, 120000);
});
