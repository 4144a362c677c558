import { createHash } from "node:crypto";
import { existsSync, promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../support/files";
import { catalogueSheet, CATALOGUE_HEADER, progressSheet, PROGRESS_HEADER, settingsSheet } from "../support/books";
import { writeXlsx } from "../support/files";
import { streamWorkbookWithStats } from "../../src/hosts/xlsx/streamWorkbook";
import { SheetData } from "../../src/core/sheet/cellValue";
import { baseSheets, editParts, makeZip, PROGRESS_PART, replaceIn, withExcel, writeBase } from "./craft";

/**
 * The hostile and broken corpus: every case is built here from code (nothing large is stored), run through
 * `duban validate FILE -o OUT` and `duban validate --json FILE`, and must end in its expected outcome — a
 * result (exit 0/1, with the findings named) or a Chinese error with its FILE_/BOOK_ code (exit 2). For
 * every case: no internal error (exit 3) or stack trace, the input file byte-identical afterwards, an
 * existing output file either replaced whole or left exactly as it was, no temporary file left behind,
 * and bounded time.
 */
interface Case {
  name: string;
  make: (file: string) => Promise<void>;
  /** exit 2 with this code in the message */
  error?: string;
  /** findings that must be present (exit 0/1) */
  has?: string[];
  /** findings that must be absent */
  lacks?: string[];
  /** check the output workbook (when one was written) */
  checkOutput?: (out: string) => Promise<void>;
  /** skip the --json run (when it is the same as -o) */
  onlyOutput?: boolean;
  /** the -o run may stop with this code while --json succeeds (a copy too large to hold) */
  outputError?: string;
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function validXlsx(): Promise<Buffer> {
  const { dir, cleanup } = tempDir();
  try {
    const f = path.join(dir, "v.xlsx");
    await writeBase(f);
    return await fs.readFile(f);
  } finally {
    cleanup();
  }
}

/** Output has no formula anywhere: formula-looking text must come back as text. */
async function noFormulas(out: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    ),
  );
  const progress = wb.getWorksheet("进展填报")!;
  const texts: string[] = [];
  progress.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
  expect(texts.some((t) => t.startsWith("=cmd|"))).toBe(true);
}

const cases: Case[] = [
  // ── not a workbook at all ────────────────────────────────────────────────────────────────
  { name: "empty file", make: (f) => fs.writeFile(f, ""), error: "FILE_EMPTY" },
  { name: "random bytes", make: (f) => fs.writeFile(f, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))), error: "FILE_NOT_XLSX" },
  { name: "CSV named .xlsx", make: (f) => fs.writeFile(f, "序号,填报单位,进展情况\n1,区发改局,已完成\n"), error: "FILE_NOT_XLSX" },
  { name: "UTF-16 text named .xlsx", make: (f) => fs.writeFile(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("序号\t单位\n", "utf16le")])), error: "FILE_NOT_XLSX" },
  { name: "HTML saved as .xlsx", make: (f) => fs.writeFile(f, "<html><body><table><tr><td>序号</td></tr></table></body></html>"), error: "FILE_NOT_XLSX" },
  { name: "old .xls (OLE)", make: (f) => fs.writeFile(f, Buffer.concat([OLE, Buffer.alloc(4096)])), error: "FILE_XLS" },
  { name: "password-protected workbook (OLE EncryptedPackage)", make: (f) => fs.writeFile(f, Buffer.concat([OLE, Buffer.alloc(1024), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(1024)])), error: "FILE_ENCRYPTED" },
  // ── damaged zips ─────────────────────────────────────────────────────────────────────────
  { name: "truncated zip (first half)", make: async (f) => fs.writeFile(f, (await validXlsx()).subarray(0, 3000)), error: "FILE_DAMAGED" },
  { name: "truncated zip (last bytes cut)", make: async (f) => { const b = await validXlsx(); await fs.writeFile(f, b.subarray(0, b.length - 30)); }, error: "FILE_DAMAGED" },
  { name: "zip header only", make: (f) => fs.writeFile(f, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])), error: "FILE_DAMAGED" },
  { name: "empty zip archive", make: (f) => fs.writeFile(f, Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)])), error: "FILE_NOT_XLSX" },
  { name: "zip of a text file, not a workbook", make: (f) => fs.writeFile(f, makeZip([{ name: "readme.txt", data: Buffer.from("你好") }])), error: "FILE_DAMAGED" },
  { name: "corrupted deflate data", make: async (f) => { const b = Buffer.from(await validXlsx()); for (let i = 400; i < 900; i++) b[i] ^= 0x5a; await fs.writeFile(f, b); }, error: "FILE_DAMAGED" },
  { name: "unsupported compression method", make: (f) => fs.writeFile(f, makeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), statedMethod: 12 }])), error: "FILE_DAMAGED" },
  { name: "encrypted zip entries", make: (f) => fs.writeFile(f, makeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>"), flags: 1 }])), error: "FILE_ENCRYPTED" },
  // ── zip bombs ────────────────────────────────────────────────────────────────────────────
  { name: "zip bomb: huge declared size and ratio", make: (f) => fs.writeFile(f, makeZip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * 1024 * 1024, 0x20) }])), error: "FILE_ZIP_BOMB" },
  { name: "zip bomb: declared size of 3.5 GB", make: (f) => fs.writeFile(f, makeZip([{ name: "xl/sharedStrings.xml", data: Buffer.from("<sst/>"), declaredSize: 0xe0000000 }])), error: "FILE_ZIP_BOMB" },
  {
    name: "zip bomb: entry inflating past its declared size",
    make: async (f) => {
      const ok = await validXlsx();
      const JSZip = (await import("jszip")).default;
      const zip = await JSZip.loadAsync(ok);
      const entries = await Promise.all(Object.values(zip.files).filter((e) => !e.dir).map(async (e) => ({ name: e.name, data: await e.async("nodebuffer") })));
      const lying = entries.map((e) => (e.name === "xl/sharedStrings.xml" ? { ...e, data: Buffer.concat([e.data, Buffer.alloc(8 * 1024 * 1024, 0x20)]), declaredSize: e.data.length } : e));
      await fs.writeFile(f, makeZip(lying));
    },
    error: "FILE_ZIP_BOMB",
  },
  // ── hostile XML ──────────────────────────────────────────────────────────────────────────
  { name: "XML external entity in a sheet", make: (f) => editParts(f, (z) => replaceIn(z, PROGRESS_PART, /^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)), error: "FILE_UNSAFE_XML" },
  { name: "billion laughs in shared strings", make: (f) => editParts(f, (z) => replaceIn(z, "xl/sharedStrings.xml", /^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`)), error: "FILE_UNSAFE_XML" },
  { name: "DOCTYPE in workbook.xml", make: (f) => editParts(f, (z) => replaceIn(z, "xl/workbook.xml", /^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE workbook SYSTEM "http://example.invalid/x.dtd">`)), error: "FILE_UNSAFE_XML" },
  { name: "malformed sheet XML", make: (f) => editParts(f, (z) => replaceIn(z, PROGRESS_PART, "</sheetData>", "<row><c>")), error: "FILE_DAMAGED" },
  { name: "sheet part missing", make: (f) => editParts(f, (z) => void z.remove(PROGRESS_PART)), error: "FILE_DAMAGED" },
  { name: "row number beyond Excel's limit", make: (f) => editParts(f, (z) => replaceIn(z, PROGRESS_PART, /<row r="2"/, `<row r="2000000"`)), error: "FILE_DAMAGED" },
  // ── sheets and headers ───────────────────────────────────────────────────────────────────
  { name: "no catalogue sheet", make: (f) => writeXlsx(f, [{ name: "Sheet1", rows: [["随便"], ["一些内容"]] }]), error: "BOOK_NO_CATALOGUE" },
  { name: "only a progress sheet", make: (f) => writeXlsx(f, [progressSheet([{ id: "1" }])]), error: "BOOK_NO_CATALOGUE" },
  { name: "workbook with no sheets", make: (f) => editParts(f, (z) => replaceIn(z, "xl/workbook.xml", /<sheets>[\s\S]*<\/sheets>/, "<sheets/>")), error: "BOOK_NO_CATALOGUE" },
  { name: "no progress sheet: reports owed", make: (f) => writeXlsx(f, [catalogueSheet([{ id: "1" }]), settingsSheet([["年度", 2024]])]), has: ["REPORT_MISSING"] },
  {
    name: "progress sheet without 进展情况",
    make: (f) => writeXlsx(f, [catalogueSheet([{ id: "1" }]), { name: "进展填报", rows: [["序号", "填报单位", "报告期"], ["1", "区发改局", "二季度"]] }]),
    error: "BOOK_MISSING_COLUMN",
  },
  {
    name: "duplicated header columns",
    make: (f) => writeXlsx(f, [catalogueSheet([{ id: "1" }]), { name: "进展填报", rows: [[...PROGRESS_HEADER, "序号", "进展情况"], ["1", "区发改局", "二季度", "已召开专题会议，按计划推进。", "序时推进", null, "", "", "2024-06-28", "9", "别的"]] }]),
    lacks: ["ROW_UNKNOWN_TASK"],
  },
  {
    name: "header row at row 7 under title rows",
    make: (f) =>
      writeXlsx(f, [
        { name: "任务清单", rows: [["2024年重点任务"], [], ["（印发稿）"], [], [], [], CATALOGUE_HEADER, ["1", "一、经济", "推进第1项工作。", "", "区发改局", "", "", ""]] },
        { name: "进展填报", rows: [["进展表"], [], [], [], [], [], PROGRESS_HEADER, ["1", "区发改局", "二季度", "按计划推进。", "差不多", null, "", "", "2024-06-28"]] },
      ]),
    has: ["ROW_BAD_STATUS"],
    lacks: ["ROW_UNKNOWN_TASK"],
  },
  {
    name: "merged cells across rows (序号 and unit) and columns (title)",
    make: (f) =>
      writeXlsx(f, [
        catalogueSheet([{ id: "1" }]),
        {
          name: "进展填报",
          rows: [["进展情况表"], PROGRESS_HEADER, ["1", "区发改局", "一季度", "召开会议部署。", "序时推进", null, "", "", "2024-04-08"], [null, null, "二季度", "完成招标工作。", "序时推进", null, "", "", "2024-07-08"]],
          merges: ["A1:I1", "A3:A4", "B3:B4"],
        },
      ]),
    lacks: ["ROW_UNKNOWN_TASK", "ROW_MISSING_UNIT"],
  },
  {
    name: "hidden rows and columns still validated",
    make: (f) =>
      withExcel(f, (wb) => {
        const c = wb.addWorksheet("任务清单");
        c.addRow(CATALOGUE_HEADER);
        c.addRow(["1", "一", "推进第1项工作。", "", "区发改局", "", "", ""]);
        const p = wb.addWorksheet("进展填报");
        p.addRow(PROGRESS_HEADER);
        p.addRow(["1", "区发改局", "二季度", "按计划推进。", "差不多", null, "", "", "2024-06-28"]).hidden = true;
        p.getColumn(5).hidden = true;
      }),
    has: ["ROW_BAD_STATUS"],
  },
  {
    name: "formula error values (#N/A, #REF!) in cells",
    make: (f) =>
      withExcel(f, (wb) => {
        const c = wb.addWorksheet("任务清单");
        c.addRow(CATALOGUE_HEADER);
        c.addRow(["1", "一", "推进第1项工作。", "", "区发改局", "", "", ""]);
        const p = wb.addWorksheet("进展填报");
        p.addRow(PROGRESS_HEADER);
        p.addRow([{ formula: "VLOOKUP(1,Z:Z,2,0)", result: { error: "#N/A" } }, "区发改局", "二季度", "按计划推进。", "序时推进", { formula: "#REF!+1", result: { error: "#REF!" } }, "", "", "2024-06-28"] as ExcelJS.CellValue[]);
        p.addRow(["1", { error: "#REF!" }, "二季度", "按计划推进。", "序时推进", null, "", "", "2024-06-28"] as ExcelJS.CellValue[]);
      }),
    has: ["ROW_UNKNOWN_TASK", "ROW_MISSING_UNIT"],
  },
  {
    name: "numbers as text: full-width digits and thousands separators",
    make: (f) => writeBase(f, [{ id: "１", value: "１２，３４５" }, { id: "2", value: "1,234.5" }, { id: "3．", value: " 88 " }]),
    lacks: ["ROW_VALUE_NOT_NUMBER", "ROW_UNKNOWN_TASK"],
  },
  { name: "dates as text and as serials", make: (f) => writeBase(f, [{ id: "1", date: "2024年6月28日" }, { id: "2", date: 45471 }, { id: "3", date: "2024/6/28" }]), lacks: ["ROW_BAD_DATE"] },
  { name: "dates that are not dates", make: (f) => writeBase(f, [{ id: "1", date: "下周一" }, { id: "2" }, { id: "3" }]), has: ["ROW_BAD_DATE"] },
  { name: "10,000-character cells", make: (f) => writeBase(f, [{ id: "1", text: "推进".repeat(5000) }, { id: "2", problems: "问".repeat(10000) }, { id: "3" }]), has: ["ROW_TEXT_TOO_LONG"] },
  {
    name: "emoji, control characters and odd Unicode",
    make: (f) => writeBase(f, [{ id: "1", text: "已完成😀👍🏽 任务\u200b\ufeff" }, { id: "2", text: "推进中\u0007\u001b[31m红色\u0000" }, { id: "3", unit: "区发改局\u3000" }]),
    lacks: ["ROW_UNIT_NOT_RESPONSIBLE"],
  },
  {
    name: "formula-looking text is written back as text",
    make: (f) => writeBase(f, [{ id: "1", text: "=cmd|' /C calc'!A0" }, { id: "2", text: "+SUM(1,2)", problems: "@SUM(A1)" }, { id: "3", text: "-2+3", next: "=HYPERLINK(\"http://x\")" }]),
    checkOutput: noFormulas,
  },
  { name: "half-filled rows", make: (f) => writeBase(f, [{ id: "1", unit: "", text: "", status: "", date: "" }, { id: "2" }, { id: "3" }]), has: ["ROW_MISSING_UNIT", "ROW_EMPTY_PROGRESS"] },
  { name: "duplicate task ids in the catalogue", make: (f) => writeXlsx(f, [catalogueSheet([{ id: "1" }, { id: "1" }])]), has: ["CAT_DUPLICATE_ID"] },
  {
    name: "settings with garbage values",
    make: (f) => writeXlsx(f, [...baseSheets().slice(0, 2), settingsSheet([["年度", 2024], ["字数上限", "很多"], ["红色预警线", "高"]])]),
    has: ["SETTINGS_BAD_VALUE"],
  },
  {
    // Sheets and columns named like duban's, without duban's mark: the office's, kept as typed.
    name: "results of an earlier run already in the book, without duban's mark",
    make: (f) => writeXlsx(f, earlierRun()),
    checkOutput: async (out) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet("校验结果")!.getCell("A1").value).toBe("旧结果");
      expect(wb.getWorksheet("校验结果（督办助手）")!.getCell("A2").value).toBe("序号");
      expect(wb.getWorksheet("进展填报")!.getCell("J2").value).toBe("错误");
      expect(wb.getWorksheet("进展填报")!.getCell("L2").value).toBe("通过");
    },
  },
  {
    name: "results of an earlier run already in the book, marked as duban's",
    make: async (f) => {
      await writeXlsx(f, earlierRun());
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      wb.definedNames.add("'校验结果'!$A$1", "_duban_sheet_findings");
      wb.definedNames.add("'进展填报'!$J$1:$K$1", "_duban_columns");
      await wb.xlsx.writeFile(f);
    },
    checkOutput: async (out) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.filter((w) => w.name.startsWith("校验结果"))).toHaveLength(1);
      expect(wb.getWorksheet("校验结果")!.getCell("A1").value).not.toBe("旧结果");
      expect(wb.getWorksheet("进展填报")!.getCell("J2").value).toBe("通过");
      expect(wb.getWorksheet("进展填报")!.getCell("L1").value).toBeNull();
    },
  },
  {
    name: "1904 date system",
    make: (f) =>
      withExcel(f, (wb) => {
        wb.properties.date1904 = true;
        const c = wb.addWorksheet("任务清单");
        c.addRow(CATALOGUE_HEADER);
        c.addRow(["1", "一", "推进第1项工作。", "", "区发改局", "", "", ""]);
        const p = wb.addWorksheet("进展填报");
        p.addRow(PROGRESS_HEADER);
        p.addRow(["1", "区发改局", "二季度", "按计划推进。", "序时推进", null, "", "", new Date(Date.UTC(2024, 5, 28))]);
      }),
    lacks: ["ROW_BAD_DATE", "ROW_LATE_REPORT", "ROW_DATE_AFTER_AS_OF"],
  },
  {
    name: "inline strings (written by other tools)",
    make: async (f) => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: f, useSharedStrings: false });
      const c = wb.addWorksheet("任务清单");
      c.addRow(CATALOGUE_HEADER).commit();
      c.addRow(["1", "一", "推进第1项工作。", "", "区发改局", "", "", ""]).commit();
      c.commit();
      const p = wb.addWorksheet("进展填报");
      p.addRow(PROGRESS_HEADER).commit();
      p.addRow(["1", "区发改局", "二季度", "按计划推进。", "差不多", null, "", "", "2024-06-28"]).commit();
      p.commit();
      await wb.commit();
    },
    has: ["ROW_BAD_STATUS"],
  },
  { name: "shared string index out of range", make: (f) => editParts(f, (z) => replaceIn(z, PROGRESS_PART, /<c r="D2"([^>]*)t="s"([^>]*)><v>\d+<\/v>/, `<c r="D2"$1t="s"$2><v>999999</v>`)),
    // The missing string reads as an empty cell; the copy keeps the file's parts as they are.
    has: ["ROW_EMPTY_PROGRESS"],
  },
  {
    name: "a typed cell in the last column (XFD): no room for result columns",
    make: (f) => editParts(f, (z) => replaceIn(z, PROGRESS_PART, /<\/row>/, `<c r="XFD2" t="inlineStr"><is><t>远处</t></is></c></row>`)),
    outputError: "BOOK_NO_FREE_COLUMN",
  },
  {
    name: "1M formatted empty rows at the end of the progress sheet",
    make: (f) =>
      editParts(f, (z) => {
        const rows: string[] = [];
        for (let r = 100; r < 1000100; r++) rows.push(`<row r="${r}" ht="15" customHeight="1"/>`);
        return replaceIn(z, PROGRESS_PART, "</sheetData>", `${rows.join("")}</sheetData>`);
      }),
    checkOutput: async (out) => {
      // The copy keeps the blank rows as they were and annotates the real ones.
      const read = (await streamWorkbookWithStats(out))!;
      const progress = read.stats.find((s) => s.name === "进展填报")!;
      expect(progress.rowElements).toBe(1000000 + 4);
      expect(read.data.sheets.find((s) => s.name === "进展填报")!.rows[1][9]).toBe("通过");
    },
  },
  {
    name: "200k formatted empty rows in a 1904-date book (read by the full reader): refused before loading",
    make: (f) =>
      editParts(f, async (z) => {
        await replaceIn(z, "xl/workbook.xml", /<workbookPr([^>]*?)\/>/, `<workbookPr$1 date1904="1"/>`);
        const rows: string[] = [];
        for (let r = 100; r < 200100; r++) rows.push(`<row r="${r}" ht="15" customHeight="1"/>`);
        await replaceIn(z, PROGRESS_PART, "</sheetData>", `${rows.join("")}</sheetData>`);
      }),
    error: "FILE_TOO_LARGE",
  },
];

/** A book holding what an earlier run wrote: 校验结果 and the two status columns. */
function earlierRun(): SheetData[] {
  return [
    catalogueSheet([{ id: "1" }]),
    { name: "进展填报", rows: [[...PROGRESS_HEADER, "校验状态", "校验说明"], ["1", "区发改局", "二季度", "按计划推进。", "序时推进", null, "", "", "2024-06-28", "错误", "旧的说明"]] },
    { name: "校验结果", rows: [["旧结果"], ["=cmd|x"]] },
  ];
}

describe("hostile and broken workbooks", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it("has at least 40 cases", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases.map((c, i) => [`${String(i + 1).padStart(2, "0")} ${c.name}`, c] as const))("%s", async (_label, c) => {
    const caseDir = path.join(dir, String(cases.indexOf(c)));
    await fs.mkdir(caseDir);
    const file = path.join(caseDir, "input.xlsx");
    await c.make(file);
    const hash = createHash("sha256").update(readFileSync(file)).digest("hex");
    const out = path.join(caseDir, "out.xlsx");
    await fs.writeFile(out, "previous output");
    const rssBefore = process.memoryUsage().rss;

    const t0 = Date.now();
    const withOutput = await runCli(["validate", file, "-o", out, "--as-of", "2024-07-10"]);
    const json = c.onlyOutput ? null : await runCli(["validate", "--json", file, "--as-of", "2024-07-10"]);
    expect(Date.now() - t0).toBeLessThan(60000);

    for (const run of [withOutput, json]) {
      if (!run) continue;
      expect(run.code).not.toBe(3);
      expect(run.err).not.toMatch(/INTERNAL_ERROR|\n\s+at /);
    }
    const outputError = c.error ?? c.outputError;
    if (outputError) {
      expect(withOutput.code).toBe(2);
      expect(withOutput.err).toContain(`(${outputError})`);
      expect(withOutput.err).toMatch(/[\u4e00-\u9fff]/);
      expect(readFileSync(out, "utf8")).toBe("previous output");
    } else {
      expect([0, 1]).toContain(withOutput.code);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
      if (c.checkOutput) await c.checkOutput(out);
    }
    if (json) {
      if (c.error) {
        expect(json.code).toBe(2);
        expect(json.err).toContain(`(${c.error})`);
        expect(json.out).toBe("");
      } else {
        expect([0, 1]).toContain(json.code);
        const codes = (JSON.parse(json.out).findings as { code: string }[]).map((f) => f.code);
        for (const code of c.has ?? []) expect(codes).toContain(code);
        for (const code of c.lacks ?? []) expect(codes).not.toContain(code);
      }
    }
    expect(createHash("sha256").update(readFileSync(file)).digest("hex")).toBe(hash);
    expect(readdirSync(caseDir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(file)).toBe(true);
    // Memory in proportion to the real data: no case may grow the test process by more than a few hundred MB.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(700 * 1024 * 1024);
  });

  it("a missing input file is FILE_NOT_FOUND and writes nothing", async () => {
    const out = path.join(dir, "missing-out.xlsx");
    const r = await runCli(["validate", path.join(dir, "nope.xlsx"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("(FILE_NOT_FOUND)");
    expect(existsSync(out)).toBe(false);
  });

  it("output the same as input is refused (FILE_SAME_AS_INPUT)", async () => {
    const file = path.join(dir, "same.xlsx");
    await writeBase(file);
    const before = readFileSync(file);
    const r = await runCli(["validate", file, "-o", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("(FILE_SAME_AS_INPUT)");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("an output path that cannot be written is FILE_WRITE_FAILED, with nothing left behind", async () => {
    const file = path.join(dir, "w.xlsx");
    await writeBase(file);
    const outDir = path.join(dir, "is-a-dir.xlsx");
    await fs.mkdir(outDir);
    const r = await runCli(["validate", file, "-o", outDir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("(FILE_WRITE_FAILED)");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("inflating is bounded by the declared size even for stored entries", () => {
    // Sanity of the crafted bomb: the deflated body is tiny next to what it claims.
    const body = zlib.deflateRawSync(Buffer.alloc(1024 * 1024));
    expect(body.length).toBeLessThan(2048);
  });
});
