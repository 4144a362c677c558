import path from "node:path";
import { promises as fs } from "node:fs";
import { analyzeWorkbook, OUTPUT_SHEETS, validationPatch } from "../../../src/core";
import { copyWithPatches, writePatchedCopyFast } from "../../../src/hosts/xlsx/copyWorkbook";
import { IndexMismatch } from "../../../src/hosts/xlsx/copySheetColumns";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { RowIndex } from "../../../src/hosts/xlsx/rowIndex";
import JSZip from "jszip";
import { tempDir } from "../../support/files";
import { CATALOGUE, entries, PROGRESS, SETTINGS, worksheet, writePackage } from "./bookParts";

/**
 * The -o copy puts duban's columns into the progress sheet at the positions the read found (RowIndex), not
 * scanning the sheet again; wherever the sheet is not the plain case it takes, or the index does not hold,
 * it scans as before. Either way the output is the same, byte for byte: that is what is checked here, on
 * sheets as different programs write them.
 */
const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;

/** The progress sheet's XML (of `rows`), edited as text by `edit`. */
function progressXml(edit: (xml: string) => string, rows = PROGRESS): string {
  return edit(worksheet(rows));
}

async function bookWith(progress: string): Promise<string> {
  const input = path.join(dir, `book-${n++}.xlsx`);
  await writePackage(input, [
    { name: "任务清单", xml: worksheet(CATALOGUE) },
    { name: "进展填报", xml: progress },
    { name: "设置", xml: worksheet(SETTINGS) },
  ]);
  return input;
}

async function patchAndIndex(input: string) {
  const rowIndex = new Map<string, RowIndex>();
  const book = await readWorkbookFile(input, { skipCells: OUTPUT_SHEETS, rowIndex });
  return { patch: validationPatch(analyzeWorkbook(book, { today: "2024-07-10" })), rowIndex };
}

/** The copy made with the index (null when it refuses it) and the one made scanning, as their parts. */
async function bothWays(input: string) {
  const { patch, rowIndex } = await patchAndIndex(input);
  const indexed = path.join(dir, `indexed-${n++}.xlsx`);
  const scanned = path.join(dir, `scanned-${n++}.xlsx`);
  let taken = true;
  try {
    expect(await copyWithPatches(input, [patch], indexed, undefined, rowIndex)).toBe(true);
  } catch (err) {
    if (!(err instanceof IndexMismatch)) throw err;
    taken = false;
  }
  expect(await copyWithPatches(input, [patch], scanned)).toBe(true);
  // What the port does: the index where it holds, the scan where it does not.
  const viaPort = path.join(dir, `port-${n++}.xlsx`);
  expect(await writePatchedCopyFast(input, [patch], viaPort, undefined, rowIndex)).toBe(true);
  return { taken, indexed: taken ? await entries(indexed) : null, scanned: await entries(scanned), viaPort: await entries(viaPort) };
}

const spans = (xml: string) => xml.replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:9" ht="15">');

describe("the copy by the read's row index", () => {
  it.each([
    ["plain rows", progressXml((x) => x)],
    ["rows with spans (as Excel writes them) and a formatted empty row after them", progressXml((x) => spans(x).replace("</sheetData>", '<row r="9" spans="1:9" customFormat="1"/></sheetData>'))],
    ["a comment that looks like rows before them", progressXml((x) => x.replace("<sheetData>", '<sheetData><!-- <row r="1"></row> --><?pi <row?>'))],
    ["text of two bytes and four bytes a character (text offsets turned into byte offsets)", progressXml((x) => x, PROGRESS.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 6 ? `问题😀𠀀${"长".repeat(30000)}` : v)))))],
    ["rows and cells without references", worksheet(PROGRESS, { noRefs: true })],
    ["the head and tail of a sheet Excel writes (dimension, views, cols, merges, page setup)", progressXml((x) => x.replace("<sheetData>", '<dimension ref="A1:I3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="8"/></cols><sheetData>').replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="G2:H2"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'))],
  ])("takes %s, and writes what the scan writes", async (_what, xml) => {
    const { taken, indexed, scanned, viaPort } = await bothWays(await bookWith(xml));
    expect(taken).toBe(true);
    expect(indexed).toEqual(scanned);
    expect(viaPort).toEqual(scanned);
  });

  it.each([
    ["prefixed SpreadsheetML (x:row, as the Open XML SDK writes)", worksheet(PROGRESS, { p: "x" })],
    ["a namespace declared inside the sheet data", progressXml((x) => x.replace('<row r="2">', '<row r="2" xmlns:o="urn:other">'))],
    ["a formatted empty cell where duban's columns go", progressXml((x) => x.replace('</row><row r="3">', '<c r="K2" s="0"/></row><row r="3">'))],
    ["a formatted empty cell right of where duban's columns go", progressXml((x) => x.replace('</row><row r="3">', '<c r="Z2" s="0"/></row><row r="3">'))],
    ["a comment that names a namespace inside the sheet data", progressXml((x) => x.replace("<sheetData>", "<sheetData><!-- xmlns -->"))],
  ])("leaves %s to the scan, with the same output", async (_what, xml) => {
    const { taken, scanned, viaPort } = await bothWays(await bookWith(xml));
    expect(taken).toBe(false);
    expect(viaPort).toEqual(scanned);
  });

  // The read scans the bytes themselves (byteScan.ts), so its positions are exact whatever the bytes are.
  it("takes the index on a sheet with bytes that are not UTF-8 too, with the same output", async () => {
    const input = await bookWith(progressXml((x) => x.replace("</row>", '<c r="J1" t="inlineStr"><is><t>BADBYTES</t></is></c></row>')));
    // A program that wrote Latin-1 into a part declared UTF-8: "é" as the single byte 0xE9, then 0xFF.
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    const part = "xl/worksheets/sheet2.xml";
    const bytes = Buffer.from(await zip.file(part)!.async("uint8array"));
    const at = bytes.indexOf("BADBYTES");
    expect(at).toBeGreaterThan(0);
    zip.file(part, Buffer.concat([bytes.subarray(0, at), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0xff]), bytes.subarray(at + "BADBYTES".length)]));
    await fs.writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const { taken, indexed, scanned, viaPort } = await bothWays(input);
    expect(taken).toBe(true);
    expect(indexed).toEqual(scanned);
    expect(viaPort).toEqual(scanned);
  });

  it("leaves a book run before (its own columns in the sheet) to the scan", async () => {
    const first = await bookWith(progressXml(spans));
    const { patch } = await patchAndIndex(first);
    const checked = path.join(dir, `checked-${n++}.xlsx`);
    expect(await writePatchedCopyFast(first, [patch], checked)).toBe(true);
    const { taken, scanned, viaPort } = await bothWays(checked);
    expect(taken).toBe(false);
    expect(viaPort).toEqual(scanned);
  });

  it("is not used for a part that is not the one read", async () => {
    const input = await bookWith(progressXml((x) => x));
    const { patch, rowIndex } = await patchAndIndex(input);
    // Another book in its place, its progress sheet one row longer: the index no longer describes it.
    const other = await bookWith(progressXml((x) => x, [...PROGRESS, [3, "区财政局", "二季度", "新的一行。", "序时推进", null, "", "", "2024-06-28"]]));
    await fs.copyFile(other, input);
    const out = path.join(dir, `other-${n++}.xlsx`);
    const scanned = path.join(dir, `other-scanned-${n++}.xlsx`);
    expect(await copyWithPatches(input, [patch], out, undefined, rowIndex)).toBe(true);
    expect(await copyWithPatches(input, [patch], scanned)).toBe(true);
    expect(await entries(out)).toEqual(await entries(scanned));
  });
});
