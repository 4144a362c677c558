import path from "node:path";
import { promises as fs } from "node:fs";
import JSZip from "jszip";
import { catalogueSheet, progressSheet, settingsSheet } from "../../support/books";
import { runCli, tempDir, writeXlsx } from "../../support/files";
import { findProgram } from "../../support/programs";
import { libreOfficeSheets } from "../../support/libreoffice";
import { addDrawing, packageProblems } from "../../support/package";

const soffice = findProgram("soffice");
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** Two tasks, one progress row reported 已完成 with no text, second quarter due. */
function writeSmallBook(file: string): Promise<void> {
  return writeXlsx(file, [
    catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。" }, { id: "2", lead: "区财政局" }]),
    progressSheet([{ id: "1", text: "", status: "已完成" }]),
    settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30"]]),
  ]);
}

describeWithLibreOffice("output workbooks opened by LibreOffice", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("reads the validated and rolled-up workbook: results, status column and ratios", async () => {
    const input = path.join(dir, "book.xlsx");
    await writeSmallBook(input);
    const checked = path.join(dir, "checked.xlsx");
    expect((await runCli(["validate", input, "-o", checked])).code).toBe(1);
    const rolled = path.join(dir, "rolled.xlsx");
    expect((await runCli(["rollup", checked, "-o", rolled])).code).toBe(0);

    const sheets = libreOfficeSheets(soffice as string, rolled, dir);
    expect([...sheets.keys()].sort()).toEqual(["任务清单", "任务状态", "指标跟踪", "报送情况", "校验结果", "汇总", "设置", "进展填报"].sort());
    const results = sheets.get("校验结果")!;
    expect(results[0][0]).toContain("校验结果（截至 2024-07-10）");
    expect(results[1].slice(0, 3)).toEqual(["序号", "级别", "规则代码"]);
    const codes = results.slice(2).map((r) => r[2]);
    expect(codes).toEqual(expect.arrayContaining(["ROW_EMPTY_PROGRESS", "REPORT_MISSING"]));
    const progress = sheets.get("进展填报")!;
    expect(progress[0].slice(9, 11)).toEqual(["校验状态", "校验说明"]);
    expect(progress[1][9]).toBe("错误");
    const rollup = sheets.get("汇总")!;
    const finance = rollup.find((r) => r[0] === "单位（牵头）" && r[1] === "区财政局")!;
    expect(finance.slice(2, 10)).toEqual(["1", "0", "0", "0", "0", "0", "0", "1"]);
    expect(finance[10]).toBe("0.0%");
  }, 240000);

  it("reads a re-run on duban's own output, whose earlier 汇总 had a chart and whose user sheet has one", async () => {
    const input = path.join(dir, "rerun.xlsx");
    await writeSmallBook(input);
    const first = path.join(dir, "rerun-1.xlsx");
    expect((await runCli(["validate", input, "-o", first])).code).toBe(1);
    const rolled = path.join(dir, "rerun-2.xlsx");
    expect((await runCli(["rollup", first, "-o", rolled])).code).toBe(0);
    const zip = await JSZip.loadAsync(await fs.readFile(rolled));
    await addDrawing(zip, "汇总", 1, ["image1.png"]);
    await addDrawing(zip, "任务清单", 2, ["image1.png"]);
    const drawn = path.join(dir, "rerun-drawn.xlsx");
    await fs.writeFile(drawn, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const checked = path.join(dir, "rerun-3.xlsx");
    expect((await runCli(["validate", drawn, "-o", checked])).code).toBe(1);
    const again = path.join(dir, "rerun-4.xlsx");
    expect((await runCli(["rollup", checked, "-o", again])).code).toBe(0);
    expect(await packageProblems(await JSZip.loadAsync(await fs.readFile(again)))).toEqual([]);

    const sheets = libreOfficeSheets(soffice as string, again, path.join(dir, "lo-rerun"));
    expect([...sheets.keys()].sort()).toEqual(["任务清单", "任务状态", "指标跟踪", "报送情况", "校验结果", "汇总", "设置", "进展填报"].sort());
    const progress = sheets.get("进展填报")!;
    // The status columns reused, not added again.
    expect(progress[0].slice(9)).toEqual(["校验状态", "校验说明"]);
    expect(progress[1][9]).toBe("错误");
    const results = sheets.get("校验结果")!;
    expect(results[0][0]).toContain("校验结果（截至 2024-07-10）");
    expect(results.slice(2).map((r) => r[2])).toEqual(expect.arrayContaining(["ROW_EMPTY_PROGRESS", "REPORT_MISSING"]));
    const rollup = sheets.get("汇总")!;
    expect(rollup[1].slice(0, 3)).toEqual(["维度", "名称", "任务数"]);
    expect(rollup.find((r) => r[0] === "单位（牵头）" && r[1] === "区财政局")!.slice(2, 10)).toEqual(["1", "0", "0", "0", "0", "0", "0", "1"]);
    expect(sheets.get("任务清单")![1][0]).toBe("1");
  }, 240000);
});
