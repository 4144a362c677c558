import { existsSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalogueSheet, progressSheet, settingsSheet } from "../support/books";
import { runCli, sheetCells, tempDir, writeXlsx } from "../support/files";

const settings = settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30"]]);

describe("duban validate", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const clean = path.join(dir, "clean.xlsx");
  const faulty = path.join(dir, "faulty.xlsx");

  beforeAll(async () => {
    await writeXlsx(clean, [catalogueSheet([{ id: "1" }]), progressSheet([{ id: "1" }]), settings]);
    await writeXlsx(faulty, [
      { name: "说明", rows: [["本表由各单位填写"]] },
      catalogueSheet([{ id: "1" }, { id: "2", lead: "区财政局" }]),
      progressSheet([{ id: "1", text: "" }, { id: "7" }, { id: "1", unit: "区财政局", text: "=cmd|' /C calc'!A0", status: "已完成" }]),
      settings,
    ]);
  });

  it("exits 0 on a clean workbook and 1 when it finds errors", async () => {
    expect((await runCli(["validate", clean])).code).toBe(0);
    const r = await runCli(["validate", faulty]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("ROW_EMPTY_PROGRESS");
    expect(r.out).toContain("错误");
  });

  it("prints findings as JSON with codes, cells and a count per severity", async () => {
    const r = await runCli(["validate", faulty, "--json"]);
    const body = JSON.parse(r.out);
    expect(body.asOf).toBe("2024-07-10");
    expect(body.counts.error).toBeGreaterThanOrEqual(3);
    expect(body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "ROW_UNKNOWN_TASK", sheet: "进展填报", cell: "A3", taskId: "7" })]));
  });

  it("writes 校验结果, 指标跟踪 and the status columns, and leaves every typed cell as it was", async () => {
    const out = path.join(dir, "faulty-checked.xlsx");
    const r = await runCli(["validate", faulty, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("原有单元格未改动");
    const before = await sheetCells(faulty);
    const after = await sheetCells(out);
    for (const [sheet, cells] of before) {
      const written = after.get(sheet)!;
      for (const [address, value] of cells) expect([sheet, address, written.get(address)]).toEqual([sheet, address, value]);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", "任务清单", "进展填报", "设置", "校验结果", "指标跟踪"]);
    const progress = wb.getWorksheet("进展填报")!;
    expect(progress.getCell("J1").value).toBe("校验状态");
    expect(progress.getCell("J2").value).toBe("错误");
    expect(progress.getCell("K2").value).toContain("进展情况为空");
    // Formula-looking text stays text.
    expect(progress.getCell("D4").value).toBe("=cmd|' /C calc'!A0");
    expect(progress.getCell("D4").formula).toBeUndefined();
    const results = wb.getWorksheet("校验结果")!;
    expect(results.getCell("A2").value).toBe("序号");
    const link = results.getCell("F3").value as { hyperlink: string };
    expect(link.hyperlink).toMatch(/^#/);
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(results.autoFilter).toBeTruthy();
  });

  it("refuses to write over its input", async () => {
    const r = await runCli(["validate", faulty, "-o", faulty]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("FILE_SAME_AS_INPUT");
  });

  it("running twice reuses its status columns instead of adding more", async () => {
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await runCli(["validate", faulty, "-o", once]);
    await runCli(["validate", once, "-o", twice]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(twice);
    const header = wb.getWorksheet("进展填报")!.getRow(1).values as unknown[];
    expect(header.filter((v) => v === "校验状态")).toHaveLength(1);
    expect(wb.worksheets.filter((w) => w.name === "校验结果")).toHaveLength(1);
  });

  describe("bad input: a Chinese message with a code, exit 2, no output left behind", () => {
    const cases: [string, () => string, string][] = [
      ["a missing file", () => path.join(dir, "nope.xlsx"), "FILE_NOT_FOUND"],
      ["a CSV named .xlsx", () => write("table.xlsx", "序号,任务内容\n1,一\n"), "FILE_NOT_XLSX"],
      ["a damaged zip", () => write("damaged.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])), "FILE_DAMAGED"],
      ["a password-protected workbook", () => write("locked.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from("EncryptedPackage", "utf16le")])), "FILE_ENCRYPTED"],
      ["an old .xls", () => write("old.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])), "FILE_XLS"],
      ["an empty file", () => write("empty.xlsx", ""), "FILE_EMPTY"],
    ];
    function write(name: string, content: string | Buffer): string {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    }
    it.each(cases)("%s", async (_label, make, code) => {
      const input = make();
      const out = path.join(dir, `out-${code}.xlsx`);
      const r = await runCli(["validate", input, "-o", out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(code);
      expect(r.err).toMatch(/[\u4e00-\u9fff]/);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });

    it("a workbook without the catalogue sheet or its columns", async () => {
      const noSheet = path.join(dir, "nosheet.xlsx");
      await writeXlsx(noSheet, [{ name: "Sheet1", rows: [["hello"]] }]);
      const r1 = await runCli(["validate", noSheet]);
      expect([r1.code, r1.err.includes("BOOK_NO_CATALOGUE")]).toEqual([2, true]);
      const noColumn = path.join(dir, "nocolumn.xlsx");
      await writeXlsx(noColumn, [{ name: "任务清单", rows: [["序号", "任务内容"], [1, "一"]] }]);
      const r2 = await runCli(["validate", noColumn]);
      expect([r2.code, r2.err.includes("BOOK_MISSING_COLUMN"), r2.err.includes("牵头单位")]).toEqual([2, true, true]);
    });

    it("bad arguments", async () => {
      expect((await runCli(["validate"])).code).toBe(2);
      expect((await runCli(["validate", clean, "--bogus"])).err).toContain("CLI_BAD_ARGS");
      expect((await runCli(["validate", clean, "--as-of", "yesterday"])).err).toContain("CLI_BAD_DATE");
      expect((await runCli(["frobnicate"])).err).toContain("CLI_UNKNOWN_COMMAND");
    });
  });
});

describe("duban rollup", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  it("writes 汇总, 报送情况, 任务状态 and 指标跟踪 (as the pane does) and prints JSON lines", async () => {
    const input = path.join(dir, "book.xlsx");
    await writeXlsx(input, [catalogueSheet([{ id: "1" }, { id: "2", lead: "区财政局" }]), progressSheet([{ id: "1", status: "已完成", text: "已完成。" }]), settings]);
    const out = path.join(dir, "rolled.xlsx");
    const r = await runCli(["rollup", input, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.lines.find((l: { name: string; dimension: string }) => l.dimension === "unitLead" && l.name === "区发改局")).toMatchObject({ done: 1, completionRatio: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["任务清单", "进展填报", "设置", "汇总", "报送情况", "任务状态", "指标跟踪"]);
    const rollup = wb.getWorksheet("汇总")!;
    expect(rollup.getRow(2).values).toEqual([, "维度", "名称", "任务数", "已报送", "已完成", "序时推进", "进展滞后", "已逾期", "待研判", "未报送", "完成率", "序时率"]);
    expect(rollup.getCell("K3").numFmt).toBe("0.0%");
  });
});
