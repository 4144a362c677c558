/**
 * Books other programs write, through `validate -o` / `rollup -o` and back: the output opens in
 * LibreOffice with every input cell as it was, the parts duban does not own byte for byte the same, and
 * what is duban's decided by its mark alone.
 */
import path from "node:path";
import { promises as fs } from "node:fs";
import JSZip from "jszip";
import { runCli, tempDir } from "../../support/files";
import { findProgram } from "../../support/programs";
import { libreOfficeSheets } from "../../support/libreoffice";
import { streamWorkbookFile } from "../../../src/hosts/xlsx/streamWorkbook";
import { CATALOGUE, entries, hasOpenpyxl, PROGRESS, python, SETTINGS, worksheet, writePackage } from "./bookParts";

const soffice = findProgram("soffice");
const withOffice = soffice ? it : it.skip;
const withOpenpyxl = soffice && hasOpenpyxl() ? it : it.skip;
const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;
const file = (name: string) => path.join(dir, `${n++}-${name}`);

/** LibreOffice's reading of a book, sheet by sheet, trailing empty cells and rows dropped. */
function office(book: string): Map<string, string[][]> {
  const sheets = libreOfficeSheets(soffice as string, book, path.join(dir, `lo-${n++}`));
  for (const [name, rows] of sheets) {
    const trimmed = rows.map((r) => {
      const row = r.slice();
      while (row.length && row[row.length - 1] === "") row.pop();
      return row;
    });
    while (trimmed.length && !trimmed[trimmed.length - 1].length) trimmed.pop();
    sheets.set(name, trimmed);
  }
  return sheets;
}

/** Every input sheet's cells in the output, with the given columns of one sheet left out (duban's). */
function expectCellsKept(before: Map<string, string[][]>, after: Map<string, string[][]>, ours: { sheet: string; cols: number[] }) {
  for (const [name, rows] of before) {
    const out = after.get(name);
    expect(out).toBeDefined();
    const strip = (r: string[]) => {
      const row = name === ours.sheet ? r.filter((_, c) => !ours.cols.includes(c)) : r.slice();
      while (row.length && row[row.length - 1] === "") row.pop();
      return row;
    };
    const a = rows.map(strip);
    const b = out!.map(strip).slice(0, Math.max(a.length, 1));
    expect(b).toEqual(a);
  }
}

/** Parts of the input the output holds unchanged, byte for byte: all but the ones named. */
async function expectPartsKept(input: string, output: string, changed: string[]) {
  const a = await entries(input);
  const b = await entries(output);
  for (const [name, bytes] of a) {
    if (changed.includes(name)) continue;
    expect({ name, same: b.get(name)?.equals(bytes) ?? false }).toEqual({ name, same: true });
  }
}

describe("books written part by part as other programs write them", () => {
  withOffice(
    "Open XML SDK conventions: x:-prefixed SpreadsheetML, rows and cells without r, <sheet></sheet>, CDATA and comments holding </x:row>",
    async () => {
      const progress = PROGRESS.map((r) => r.slice());
      progress[1][6] = "问题</x:row><x:row r=\"99\">";
      const input = file("sdk.xlsx");
      await writePackage(
        input,
        [
          { name: "任务清单", xml: worksheet(CATALOGUE, { p: "x", noRefs: true }) },
          { name: "进展填报", xml: worksheet(progress, { p: "x", noRefs: true, cdata: true, beforeRows: "<!-- 说明 </x:row></x:sheetData> -->" }) },
          { name: "设置", xml: worksheet(SETTINGS, { p: "x" }) },
        ],
        { p: "x", openSheets: true, stored: (i) => `xl/worksheets/Sheet${i + 1}.xml`, target: (i) => `worksheets/Sheet${i + 1}.xml` },
      );
      const read = await streamWorkbookFile(input);
      expect(read!.sheets.map((s) => s.name)).toEqual(["任务清单", "进展填报", "设置"]);
      expect(read!.sheets[1].rows[1][6]).toBe("问题</x:row><x:row r=\"99\">");

      const output = file("sdk-out.xlsx");
      const run = await runCli(["validate", input, "-o", output]);
      expect(run.err).toBe("");
      expect(run.code).toBe(1);
      await expectPartsKept(input, output, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "xl/worksheets/Sheet2.xml"]);
      const parts = await entries(output);
      const sheet2 = parts.get("xl/worksheets/Sheet2.xml")!.toString("utf8");
      expect(sheet2).toContain("<!-- 说明 </x:row></x:sheetData> -->");
      expect(sheet2).toContain("<![CDATA[问题</x:row><x:row r=\"99\">]]>");

      const before = office(input);
      const after = office(output);
      expectCellsKept(before, after, { sheet: "进展填报", cols: [9, 10] });
      expect(after.get("进展填报")![0].slice(9, 11)).toEqual(["校验状态", "校验说明"]);
      expect(after.get("进展填报")![2][9]).toBe("错误");
      expect(after.get("校验结果")![1][0]).toBe("序号");

      // A second run on the output: the columns stay where duban's mark puts them.
      const again = file("sdk-again.xlsx");
      expect((await runCli(["validate", output, "-o", again])).code).toBe(1);
      const third = office(again);
      expect(third.get("进展填报")![0].slice(9)).toEqual(["校验状态", "校验说明"]);
      expect([...third.keys()].filter((k) => k.startsWith("校验结果"))).toEqual(["校验结果"]);
    },
    300000,
  );

  withOffice(
    "workbook part away from xl/, xmlns:r on each sheet (openpyxl), no styles part, ZIP64 directory",
    async () => {
      const plain = file("odd.xlsx");
      await writePackage(
        plain,
        [
          { name: "任务清单", xml: worksheet(CATALOGUE) },
          { name: "进展填报", xml: worksheet(PROGRESS) },
          { name: "设置", xml: worksheet(SETTINGS) },
        ],
        { bookPart: "book/main.xml", rOnSheet: true, styles: null },
      );
      const input = file("odd64.xlsx");
      await fs.writeFile(input, toZip64(await fs.readFile(plain)));
      const output = file("odd-out.xlsx");
      const run = await runCli(["validate", input, "-o", output]);
      expect(run.err).toBe("");
      expect(run.code).toBe(1);
      await expectPartsKept(input, output, ["book/main.xml", "book/_rels/main.xml.rels", "[Content_Types].xml", "book/worksheets/sheet2.xml"]);
      const zip = await JSZip.loadAsync(await fs.readFile(output));
      const wb = await zip.file("book/main.xml")!.async("string");
      // New sheets declare the r prefix themselves, as openpyxl's do.
      expect(wb).toMatch(/<sheet name="校验结果" sheetId="4" xmlns:r="[^"]+" r:id="rId\d+"\/>/);
      expect(zip.file("book/styles.xml")).not.toBeNull();
      const after = office(output);
      expectCellsKept(office(plain), after, { sheet: "进展填报", cols: [9, 10] });
      expect(after.get("进展填报")![0].slice(9, 11)).toEqual(["校验状态", "校验说明"]);
    },
    300000,
  );

  it("takes part names without regard to case: a relationship to sheet1.xml reaches Sheet1.xml, and no second sheet1.xml is written", async () => {
    const input = file("case.xlsx");
    await writePackage(
      input,
      [
        { name: "任务清单", xml: worksheet(CATALOGUE) },
        { name: "进展填报", xml: worksheet(PROGRESS) },
        { name: "设置", xml: worksheet(SETTINGS) },
      ],
      { stored: (i) => `xl/worksheets/Sheet${i + 4}.xml`, target: (i) => `worksheets/SHEET${i + 4}.xml` },
    );
    const output = file("case-out.xlsx");
    const run = await runCli(["validate", input, "-o", output]);
    expect(run.err).toBe("");
    const parts = [...(await entries(output)).keys()].filter((k) => /^xl\/worksheets\/[^/]+$/.test(k));
    // 校验结果 and 指标跟踪 take sheet1.xml and sheet2.xml; no name is used twice, whatever its case.
    expect(parts.map((k) => k.toLowerCase()).sort()).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml"]);
    await expectPartsKept(input, output, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "xl/worksheets/Sheet5.xml"]);
    const read = await streamWorkbookFile(output);
    const progress = read!.sheets.find((s) => s.name === "进展填报")!;
    expect(progress.rows[0].slice(9)).toEqual(["校验状态", "校验说明"]);
    expect(progress.rows[2][9]).toBe("错误");
    expect(read!.sheets.find((s) => s.name === "校验结果")!.rows[1][0]).toBe("序号");
  });

  it("stops before writing when two sheets share a name (which one gets the columns cannot be told)", async () => {
    const input = file("twice.xlsx");
    await writePackage(input, [
      { name: "任务清单", xml: worksheet(CATALOGUE) },
      { name: "进展填报", xml: worksheet(PROGRESS) },
      { name: "进展填报", xml: worksheet(PROGRESS) },
    ]);
    const outDir = path.join(dir, "twice-out");
    await fs.mkdir(outDir);
    const run = await runCli(["validate", input, "-o", path.join(outDir, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("BOOK_DUPLICATE_SHEET");
    expect(await fs.readdir(outDir)).toEqual([]);
  });

  it("refuses a zip entry named ../ or absolute before writing anything, with no file left behind", async () => {
    const input = file("evil.xlsx");
    await writePackage(input, [{ name: "任务清单", xml: worksheet(CATALOGUE) }], { extraParts: { "../evil.xml": "<x/>" } });
    const outDir = path.join(dir, "evil-out");
    await fs.mkdir(outDir);
    const run = await runCli(["validate", input, "-o", path.join(outDir, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("FILE_DAMAGED");
    expect(run.err).toContain("unsafe entry name");
    expect(await fs.readdir(outDir)).toEqual([]);
  });

  it("writes beside a 24 MB row in time linear in its size", async () => {
    const time = async (mb: number) => {
      const progress = PROGRESS.map((r) => r.slice());
      // One progress row with a very long 存在问题 split over many cells to the left of duban's columns.
      const big = "很长的问题说明".repeat(Math.ceil((mb * 1024 * 1024) / 21 / 7));
      progress[1][6] = big;
      const input = file(`big-${mb}.xlsx`);
      await writePackage(input, [
        { name: "任务清单", xml: worksheet(CATALOGUE) },
        { name: "进展填报", xml: worksheet(progress) },
        { name: "设置", xml: worksheet(SETTINGS) },
      ]);
      const output = file(`big-${mb}-out.xlsx`);
      const start = process.hrtime.bigint();
      const run = await runCli(["validate", input, "-o", output]);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      expect(run.err).toBe("");
      const zip = await JSZip.loadAsync(await fs.readFile(output));
      const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      expect(sheet).toContain(big);
      expect(sheet).toMatch(/<c r="J2"[^>]*t="inlineStr"><is><t xml:space="preserve">/);
      return seconds;
    };
    const small = await time(3);
    const large = await time(24);
    // Eight times the row: linear is about eight times the time (the old appender took ~30 s at 24 MB).
    expect(large).toBeLessThan(Math.max(small * 20, 20));
  }, 300000);
});

describe("macro-enabled books, templates and the fallback", () => {
  const sheets = () => [
    { name: "任务清单", xml: worksheet(CATALOGUE) },
    { name: "进展填报", xml: worksheet(PROGRESS) },
    { name: "设置", xml: worksheet(SETTINGS) },
  ];

  it("writes an .xlsm book's output as .xlsm, macros byte for byte, never an .xlsx holding vbaProject.bin", async () => {
    const input = file("macro.xlsm");
    const vba = Buffer.from("not really a VBA project, but bytes to keep").toString("latin1");
    await writePackage(input, sheets(), {
      bookType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      extraParts: { "xl/vbaProject.bin": vba },
      extraTypes: `<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>`,
    });
    const asked = file("macro-out.xlsx");
    const run = await runCli(["validate", input, "-o", asked]);
    expect(run.err).toBe("");
    const written = asked.replace(/\.xlsx$/, ".xlsm");
    expect(run.out).toContain(written);
    expect(run.out).toContain("含宏");
    await expect(fs.stat(asked)).rejects.toThrow();
    const parts = await entries(written);
    expect(parts.get("xl/vbaProject.bin")!.equals((await entries(input)).get("xl/vbaProject.bin")!)).toBe(true);
    expect(parts.get("[Content_Types].xml")!.toString()).toContain(`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>`);
  });

  it("saves a template (.xltx) asked for as .xlsx with a workbook's content type, and says so", async () => {
    const input = file("template.xltx");
    await writePackage(input, sheets(), { bookType: "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" });
    const output = file("template-out.xlsx");
    const run = await runCli(["validate", input, "-o", output]);
    expect(run.err).toBe("");
    expect(run.out).toContain("模板（.xltx）");
    const types = (await entries(output)).get("[Content_Types].xml")!.toString();
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`);
    expect(types).not.toContain("template.main");
  });

  it("refuses with a code, writing nothing, where only the exceljs copy could write and it would drop a part", async () => {
    // Rows out of order: the zip-level copy leaves such a sheet to exceljs, which would drop custom.xml.
    const progress = worksheet(PROGRESS).replace(/<row r="2">(.*?)<\/row><row r="3">(.*?)<\/row>/, '<row r="3">$2</row><row r="2">$1</row>');
    const input = file("custom.xlsx");
    await writePackage(input, [sheets()[0], { name: "进展填报", xml: progress }, sheets()[2]], {
      extraParts: { "docProps/custom.xml": `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>` },
    });
    const outDir = path.join(dir, "custom-out");
    await fs.mkdir(outDir);
    const run = await runCli(["validate", input, "-o", path.join(outDir, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("BOOK_COPY_UNSUPPORTED");
    expect(run.err).toContain("docProps/custom.xml");
    expect(await fs.readdir(outDir)).toEqual([]);
  });
});

describe("what is duban's, by its mark", () => {
  const OPENPYXL_BOOK = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "任务清单"
for r in ${JSON.stringify(CATALOGUE)}: ws.append(r)
ws = wb.create_sheet("进展填报")
for r in ${JSON.stringify(PROGRESS).replace(/null/g, "None")}: ws.append(r)
ws["J1"] = "督办提示"
ws["J2"] = '=IF(E2="已完成","","需督办")'
ws["J3"] = '=IF(E3="已完成","","需督办")'
ws = wb.create_sheet("设置")
for r in ${JSON.stringify(SETTINGS).replace(/null/g, "None")}: ws.append(r)
ws = wb.create_sheet("汇总")
ws["A1"] = "本办自编汇总"; ws["B2"] = 42
wb.save(sys.argv[1])
`;

  withOpenpyxl(
    "an openpyxl book: formulas without a cached value are cells, the office's 汇总 is kept, and a column the office adds next to duban's is never written over",
    async () => {
      const input = file("openpyxl.xlsx");
      python(OPENPYXL_BOOK, input);
      const first = file("openpyxl-1.xlsx");
      const run = await runCli(["validate", input, "-o", first]);
      expect(run.err).toBe("");
      const one = office(first);
      const progress = one.get("进展填报")!;
      // J holds the office's formulas (no cached values): duban's columns go to K:L.
      expect(progress[0].slice(9, 12)).toEqual(["督办提示", "校验状态", "校验说明"]);
      const zip = await JSZip.loadAsync(await fs.readFile(first));
      const wb = await zip.file("xl/workbook.xml")!.async("string");
      expect(wb).toContain(`<definedName name="_duban_columns" hidden="1">'进展填报'!$K$1:$L$1</definedName>`);
      const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      expect(sheet).toMatch(/<c r="J2"><f>IF\(E2=/);
      expectCellsKept(office(input), one, { sheet: "进展填报", cols: [10, 11] });

      // rollup: the office's 汇总 stays as it is; duban's goes beside it, and a second run reuses that one.
      const rolled = file("openpyxl-2.xlsx");
      const roll = await runCli(["rollup", first, "-o", rolled]);
      expect(roll.out).toContain("汇总（督办助手）");
      const rolledAgain = file("openpyxl-3.xlsx");
      expect((await runCli(["rollup", rolled, "-o", rolledAgain])).code).toBe(0);
      const three = office(rolledAgain);
      expect(three.get("汇总")).toEqual([["本办自编汇总"], ["", "42"]]);
      expect(three.get("汇总（督办助手）")![1].slice(0, 3)).toEqual(["维度", "名称", "任务数"]);
      expect([...three.keys()].filter((k) => k.startsWith("汇总"))).toEqual(["汇总", "汇总（督办助手）"]);

      // The office adds 处理意见 right after 校验说明 (M) and, in another copy, between 校验状态 and 校验说明.
      const after = file("openpyxl-after.xlsx");
      const between = file("openpyxl-between.xlsx");
      python(
        `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["进展填报"]; ws["M1"] = "处理意见"; ws["M2"] = "已电话督促"; ws["M3"] = "=K3"
wb.save(sys.argv[2])
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["进展填报"]; ws.insert_cols(12); ws["L1"] = "处理意见"; ws["L2"] = "已电话督促"
wb.save(sys.argv[3])
`,
        rolledAgain,
        after,
        between,
      );
      const afterOut = file("openpyxl-after-out.xlsx");
      expect((await runCli(["validate", after, "-o", afterOut])).err).toBe("");
      const a = office(afterOut).get("进展填报")!;
      expect(a[0].slice(9)).toEqual(["督办提示", "校验状态", "校验说明", "处理意见"]);
      expect(a[1][12]).toBe("已电话督促");
      expect(a[2][10]).toBe("错误");

      const betweenOut = file("openpyxl-between-out.xlsx");
      expect((await runCli(["validate", between, "-o", betweenOut])).err).toBe("");
      const b = office(betweenOut).get("进展填报")!;
      // The mark no longer fits duban's headers: nothing of K:M is written over; duban's columns go after.
      expect(b[0].slice(9)).toEqual(["督办提示", "校验状态", "处理意见", "校验说明", "校验状态", "校验说明"]);
      expect(b[1][11]).toBe("已电话督促");
    },
    400000,
  );
});

/** The same zip with a ZIP64 end record and every directory entry's sizes and offset in a ZIP64 extra field. */
function toZip64(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const records: Buffer[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const head = Buffer.from(zip.subarray(p, p + 46));
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(head.readUInt32LE(42)), 20);
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt32LE(0xffffffff, 42);
    head.writeUInt16LE(extraLength + extra.length, 30);
    const name = zip.subarray(p + 46, p + 46 + nameLength);
    const rest = zip.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength + commentLength);
    records.push(Buffer.concat([head, name, extra, rest]));
    p += 46 + nameLength + extraLength + commentLength;
  }
  const cd = Buffer.concat(records);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, cdOffset), cd, end64, locator, end]);
}
