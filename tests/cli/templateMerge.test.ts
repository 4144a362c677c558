import { readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalogueSheet, settingsSheet, unitsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";

const settings = settingsSheet([["年度", 2024], ["截至日期", "2024-06-15"], ["报告期", "二季度", "2024-06-30"], ["报告期", "三季度", "2024-09-30"]]);

async function open(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function validationAt(ws: ExcelJS.Worksheet, address: string) {
  return (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(address);
}

describe("duban template", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("writes a blank workbook in the layout with drop-downs and the text limit", async () => {
    const out = path.join(dir, "blank.xlsx");
    const r = await runCli(["template", "--year", "2025", "-o", out]);
    expect(r.code).toBe(0);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["任务清单", "进展填报", "单位", "设置"]);
    const progress = wb.getWorksheet("进展填报")!;
    // Row 1 is the 自查 line (a formula); the header follows.
    expect((progress.getCell("A1").value as ExcelJS.CellFormulaValue).formula).toContain("自查");
    expect(progress.getRow(2).values).toEqual([, "序号", "填报单位", "报告期", "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"]);
    expect(validationAt(progress, "E3")).toMatchObject({ type: "list", formulae: ['"已完成,序时推进,进展滞后,未启动"'] });
    expect(validationAt(progress, "D50")).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formulae: [200] });
    expect(validationAt(progress, "A3")?.formulae?.[0]).toContain("任务清单");
    const settingsSheetOut = wb.getWorksheet("设置")!;
    expect(settingsSheetOut.getCell("B2").value).toBe(2025);
  });

  it("with --per-unit writes one workbook per unit holding only its tasks, rows ready for the coming period", async () => {
    const book = path.join(dir, "catalogue.xlsx");
    await writeXlsx(book, [
      catalogueSheet([{ id: "1", lead: "区发改局" }, { id: "2", lead: "区财政局" }, { id: "3", lead: "区发改局", co: "区财政局" }]),
      unitsSheet([["区发改局", "区发展和改革局"], ["区财政局"]]),
      settings,
    ]);
    const folder = path.join(dir, "units");
    const r = await runCli(["template", book, "--per-unit", "-o", folder]);
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["2024年任务进展填报_区发改局.xlsx", "2024年任务进展填报_区财政局.xlsx"]);
    const wb = await open(path.join(folder, "2024年任务进展填报_区发改局.xlsx"));
    const catalogue = wb.getWorksheet("任务清单")!;
    expect([catalogue.getCell("A2").value, catalogue.getCell("A3").value, catalogue.getCell("A4").value]).toEqual(["1", "3", null]);
    const progress = wb.getWorksheet("进展填报")!;
    expect(progress.getRow(3).values).toEqual([, "1", "区发改局", "二季度"]);
    expect(validationAt(progress, "E3")?.type).toBe("list");
  });

  it("needs -o", async () => {
    expect((await runCli(["template"])).code).toBe(2);
  });
});

describe("duban merge", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("keeps every report of every input, one of a report sent twice, and says what differs between versions", async () => {
    const catalogue = catalogueSheet([{ id: "1", lead: "区发改局" }, { id: "2", lead: "区财政局" }]);
    const header = ["序号", "填报单位", "报告期", "进展情况", "完成状态"];
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await writeXlsx(a, [catalogue, { name: "进展填报", rows: [header, ["1", "区发改局", "二季度", "已开工。", "序时推进"], ["2", "区财政局", "二季度", "资金已拨付。", "序时推进"]] }, settings]);
    await writeXlsx(b, [
      catalogueSheet([{ id: "1", lead: "区发改局" }, { id: "3", lead: "区民政局" }]),
      { name: "进展填报", rows: [["说明：本表由区发改局填写"], header, ["1", "区发展和改革局", "2024年二季度", "已竣工。", "已完成"], ["3", "区民政局", "二季度", "已完成。", "已完成"], ["2", "区财政局", "二季度", "资金已拨付。", "序时推进"]] },
    ]);
    const out = path.join(dir, "merged.xlsx");
    const r = await runCli(["merge", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect([body.rowsIn, body.rowsOut]).toEqual([5, 4]);
    expect(body.conflicts).toEqual([
      {
        taskId: "1",
        unit: "区发改局",
        period: "二季度",
        kind: "冲突",
        sources: ["a.xlsx!2", "b.xlsx!3"],
        kept: ["a.xlsx!2", "b.xlsx!3"],
        detail: "2 个版本不同：进展情况：已开工。（a.xlsx!2） / 已竣工。（b.xlsx!3）；完成状态：序时推进（a.xlsx!2） / 已完成（b.xlsx!3）",
      },
      { taskId: "2", unit: "区财政局", period: "二季度", kind: "重复", sources: ["a.xlsx!3", "b.xlsx!5"], kept: ["b.xlsx!5"], detail: "a.xlsx!3 与 b.xlsx!5 内容相同，保留后读入的 b.xlsx!5" },
    ]);
    expect(body.catalogueNotes).toEqual(["b.xlsx：任务 3 不在首个工作簿（a.xlsx）的任务清单中，已补入"]);
    expect(body.skipped).toEqual([]);
    const wb = await open(out);
    const progress = wb.getWorksheet("进展填报")!;
    expect(progress.rowCount).toBe(5);
    expect(progress.getCell("D3").value).toBe("已竣工。");
    expect(progress.getCell("J3").value).toBe("b.xlsx!3");
    expect(progress.getCell("J5").value).toBe("b.xlsx!5");
    const report = wb.getWorksheet("合并报告")!;
    expect(report.getCell("A3").value).toBe("冲突");
    expect(report.getCell("F3").value).toContain("已开工。（a.xlsx!2） / 已竣工。（b.xlsx!3）");
    const tasks = wb.getWorksheet("任务清单")!;
    expect(tasks.getCell("A4").value).toBe("3");
  });
});
