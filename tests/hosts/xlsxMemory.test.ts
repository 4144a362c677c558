import path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { RowValues } from "../../src/core/output";
import { CellValue } from "../../src/core/sheet/cellValue";
import { loadWorkbook, readWorkbookFile, workbookData } from "../../src/hosts/xlsx/readWorkbook";
import { writePatchedCopyFast } from "../../src/hosts/xlsx/copyWorkbook";
import { deferValidationPatch, validationPatch } from "../../src/core/engine";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Analysis } from "../../src/core/analysis";
import { TEXT_PIECE, ZipArchive } from "../../src/hosts/xlsx/zipArchive";
import { analyze, catalogueSheet, progressSheet, settingsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";

/**
 * What keeps large runs within memory without changing what they read, write or print: the column values
 * held in arrays, text pieces under V8's large-object size, sheets duban wrote itself not read back, inline
 * strings read as strings of their own, findings printed as JSON piece by piece.
 */
const settings = settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30"]]);

describe("RowValues", () => {
  it("reads like the Map it replaces, rows in ascending order", () => {
    const entries: [number, CellValue][] = [[7, "错误"], [2, "通过"], [3, null], [40, ""], [2, "警告"]];
    const rows = new RowValues();
    const map = new Map<number, CellValue>();
    for (const [r, v] of entries) {
      rows.set(r, v);
      map.set(r, v);
    }
    const sorted = [...map.entries()].sort((a, b) => a[0] - b[0]);
    expect(rows.size).toBe(map.size);
    expect([...rows]).toEqual(sorted);
    expect([...rows.entries()]).toEqual(sorted);
    expect([...rows.keys()]).toEqual(sorted.map(([r]) => r));
    expect([...rows.values()]).toEqual(sorted.map(([, v]) => v));
    for (const r of [0, 2, 3, 5, 7, 40, 41]) {
      expect([r, rows.has(r), rows.get(r)]).toEqual([r, map.has(r), map.get(r)]);
    }
    const seen: [number, CellValue][] = [];
    rows.forEach((v, r) => seen.push([r, v]));
    expect(seen).toEqual(sorted);
    expect(() => rows.set(-1, "x")).toThrow(RangeError);
  });
});

describe("zip text pieces", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("decode a part in pieces of at most TEXT_PIECE bytes, multi-byte characters intact across their edges", async () => {
    const file = path.join(dir, "pieces.zip");
    // Three-byte characters at every offset against the piece size.
    const text = "进展a".repeat(3 * TEXT_PIECE) + "末";
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", text);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const archive = await ZipArchive.open(file);
    try {
      const pieces: string[] = [];
      for await (const piece of archive.textPieces("xl/worksheets/sheet1.xml")) pieces.push(piece);
      expect(pieces.join("")).toBe(text);
      expect(pieces.length).toBeGreaterThan(2);
      // A piece may begin with the bytes of a character the previous one cut (at most 3).
      for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(TEXT_PIECE + 3);
    } finally {
      await archive.close();
    }
  });
});

describe("streaming reader", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("reads inline strings and formula text (short, repeated, long) as the full reader does", async () => {
    // exceljs's streaming writer without shared strings writes text as t="str"; the same rows as inline strings too.
    const withStr = path.join(dir, "str.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: withStr, useSharedStrings: false });
    const ws = wb.addWorksheet("进展填报");
    const long = "项目累计完成投资12亿元，序时推进，后备企业培育有序，土地手续正在办理。";
    for (let r = 0; r < 300; r++) ws.addRow([r + 1, r % 2 ? "区发改局" : "区财政局", "二季度", `${r}：${long}`, "序时推进", "进展情况为空；重复填报", `第${r}行`]).commit();
    ws.commit();
    await wb.commit();
    const zip = await JSZip.loadAsync(await fs.readFile(withStr));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml.includes('t="str"')).toBe(true);
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/t="str"><v>([^<]*)<\/v>/g, 't="inlineStr"><is><t>$1</t></is>'));
    const withInline = path.join(dir, "inline.xlsx");
    await fs.writeFile(withInline, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    for (const file of [withStr, withInline]) {
      const streamed = await readWorkbookFile(file);
      const full = workbookData(await loadWorkbook(file));
      expect(streamed.sheets[0].rows).toEqual(full.sheets[0].rows);
      expect(streamed.sheets[0].rows[299]).toEqual([300, "区发改局", "二季度", `299：${long}`, "序时推进", "进展情况为空；重复填报", "第299行"]);
      // Every row a copy of exactly its cells, no room left over.
      expect(streamed.sheets[0].rows.every((row) => row.length === 7)).toBe(true);
    }
  });

  it("skips the cells of the sheets it is told to, keeping their names and places", async () => {
    const file = path.join(dir, "skip.xlsx");
    await writeXlsx(file, [catalogueSheet([{ id: "1" }]), { name: "校验结果", rows: [["序号"], [1]] }, progressSheet([{ id: "1" }]), settings]);
    const all = await readWorkbookFile(file);
    const skipped = await readWorkbookFile(file, { skipCells: ["校验结果"] });
    expect(skipped.sheets.map((s) => s.name)).toEqual(all.sheets.map((s) => s.name));
    expect(skipped.sheets[1].rows).toEqual([]);
    for (const i of [0, 2, 3]) expect(skipped.sheets[i]).toEqual(all.sheets[i]);
  });
});

/** Node's WeakRef (the project's TypeScript library stops at ES2020). */
const WeakRef = (globalThis as unknown as { WeakRef: new <T extends object>(target: T) => { deref(): T | undefined } }).WeakRef;

describe("validate's patch made later", () => {
  it("holds only what it is built from: the analysis, its progress rows and tasks can be collected before it is built", async () => {
    const data = { sheets: [catalogueSheet([{ id: "1" }, { id: "2" }]), progressSheet([{ id: "1", text: "" }, { id: "7" }, { id: "1" }, { id: "2" }]), settings] };
    const expected = validationPatch(analyze(data));
    expect(expected.columns).toHaveLength(2);
    expect(expected.sheets[0].rows.length).toBeGreaterThan(1);
    // Made in a frame of its own so that no local of this one holds the analysis.
    const prepare = () => {
      const a: Analysis | null = analyze(data);
      return { make: deferValidationPatch(a), refs: [new WeakRef(a), new WeakRef(a.progress), new WeakRef(a.tasks), new WeakRef(a.states)] };
    };
    const { make, refs } = prepare();
    // A WeakRef keeps its target until the job that made it ends; then a full collection.
    await new Promise((resolve) => setImmediate(resolve));
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    expect(refs.map((r) => r.deref() === undefined)).toEqual([true, true, true, true]);
    expect(make()).toEqual(expected);
  });
});

describe("the zip-level copy", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("leaves a progress sheet whose rows are out of order to the exceljs copy, which still annotates every row", async () => {
    const input = path.join(dir, "ordered.xlsx");
    await writeXlsx(input, [catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1", text: "" }, { id: "7" }, { id: "1" }]), settings]);
    // Rows 2 and 3 swapped in the sheet's XML.
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    const part = Object.keys(zip.files).find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
    const xml = await zip.file(part)!.async("string");
    const row = (n: number) => new RegExp(`<row r="${n}"[^>]*>[\\s\\S]*?</row>`).exec(xml)![0];
    const swapped = xml.replace(row(2), "@@2").replace(row(3), row(2)).replace("@@2", row(3));
    expect(swapped).not.toBe(xml);
    zip.file(part, swapped);
    const shuffled = path.join(dir, "shuffled.xlsx");
    await fs.writeFile(shuffled, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const a = analyze({ sheets: (await readWorkbookFile(shuffled)).sheets });
    expect(await writePatchedCopyFast(shuffled, [validationPatch(a)], path.join(dir, "fast.xlsx"))).toBe(false);
    const statuses = async (book: string) => {
      const out = book.replace(/\.xlsx$/, "-checked.xlsx");
      expect((await runCli(["validate", book, "-o", out])).code).toBe(1);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.getWorksheet("进展填报")!;
      return [1, 2, 3, 4].map((r) => [ws.getCell(`J${r}`).value, ws.getCell(`K${r}`).value]);
    };
    const expected = await statuses(input);
    expect(expected[0][0]).toBe("校验状态");
    expect(expected[1][0]).toBe("错误");
    expect(await statuses(shuffled)).toEqual(expected);
  });
});

describe("validate --json", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("prints, piece by piece, exactly the one-line document JSON.stringify gives", async () => {
    const file = path.join(dir, "many.xlsx");
    // More findings than one piece holds.
    const rows = Array.from({ length: 2600 }, (_, i) => ({ id: String(1000 + i) }));
    await writeXlsx(file, [catalogueSheet([{ id: "1" }]), progressSheet(rows), settings]);
    for (const args of [["--json"], ["--json", "-o", path.join(dir, "many-checked.xlsx")]]) {
      const r = await runCli(["validate", file, ...args]);
      expect(r.code).toBe(1);
      const body = JSON.parse(r.out);
      expect(r.out).toBe(JSON.stringify(body) + "\n");
      expect(Object.keys(body)).toEqual(["file", "asOf", "output", "changes", "counts", "findings"]);
      expect(body.findings.length).toBe(body.counts.error + body.counts.warning + body.counts.info);
      expect(body.findings.length).toBeGreaterThan(2600);
      expect(body.findings[0]).toEqual(expect.objectContaining({ code: expect.any(String), cell: expect.any(String) }));
    }
  }, 60000);
});
