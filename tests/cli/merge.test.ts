import { mkdirSync, promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { catalogueSheet, PROGRESS_HEADER, settingsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";
import { displayNames } from "../../src/cli/commands/merge";

const settings = settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30", "2024-07-05"]]);
const catalogue = catalogueSheet([{ id: "1", lead: "区发改局" }, { id: "2", lead: "区财政局" }, { id: "3", lead: "区民政局" }]);

/** A returned unit workbook: the catalogue, settings and these progress rows under this header. */
function unitBook(file: string, rows: (string | number | null)[][], header: string[] = PROGRESS_HEADER): Promise<void> {
  return writeXlsx(file, [catalogue, { name: "进展填报", rows: [header, ...rows] }, settings]);
}

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row, r) => (rows[r - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

describe("duban merge: every column, every file, resubmissions and conflicts", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("keeps a column a unit inserted (佐证材料) under its header and lists it in 合并报告", async () => {
    const a = path.join(dir, "col-a.xlsx");
    const b = path.join(dir, "col-b.xlsx");
    await unitBook(a, [["1", "区发改局", "二季度", "已开工。", "序时推进", null, "", "", "2024-06-28"]]);
    // The unit put its evidence column between 进展情况 and 完成状态.
    const header = ["序号", "填报单位", "报告期", "进展情况", "佐证材料", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"];
    await unitBook(b, [["2", "区财政局", "二季度", "资金已拨付。", "拨付凭证.pdf", "序时推进", null, "", "", "2024-06-28"]], header);
    const out = path.join(dir, "col-out.xlsx");
    const r = await runCli(["merge", a, b, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.extraColumns).toEqual([{ header: "佐证材料", sources: ["col-b.xlsx：进展填报!E"] }]);
    const rows = await sheetRows(out, "进展填报");
    expect(rows[0].slice(9)).toEqual(["佐证材料", "来源"]);
    expect(rows[1].slice(0, 11)).toEqual(["1", "区发改局", "二季度", "已开工。", "序时推进", undefined, undefined, undefined, "2024-06-28", undefined, "col-a.xlsx!2"]);
    expect(rows[2][3]).toBe("资金已拨付。");
    expect(rows[2].slice(9)).toEqual(["拨付凭证.pdf", "col-b.xlsx!2"]);
    const report = await sheetRows(out, "合并报告");
    const line = report.find((row) => row[0] === "附加列")!;
    expect(line[4]).toBe("col-b.xlsx：进展填报!E");
    expect(line[5]).toContain("「佐证材料」已保留");
  });

  it("skips a file whose unit renamed 填报单位, says which and why, and merges the others", async () => {
    const good = path.join(dir, "ok.xlsx");
    const renamed = path.join(dir, "renamed.xlsx");
    const broken = path.join(dir, "broken.xlsx");
    await unitBook(good, [["1", "区发改局", "二季度", "已开工。", "序时推进", null, "", "", "2024-06-28"]]);
    await unitBook(renamed, [["2", "区财政局", "二季度", "资金已拨付。", "序时推进", null, "", "", "2024-06-28"]], ["序号", "报送主体", "报告期", "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"]);
    await fs.writeFile(broken, "序号,填报单位\n1,区发改局\n");
    const out = path.join(dir, "skip-out.xlsx");
    const r = await runCli(["merge", renamed, good, broken, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("已合并 1 个工作簿");
    expect(r.out).toMatch(/已跳过 renamed\.xlsx：工作表「进展填报」缺少必需的列：填报单位。（BOOK_MISSING_COLUMN）/);
    expect(r.out).toMatch(/已跳过 broken\.xlsx：.*（FILE_NOT_XLSX）/);
    const rows = await sheetRows(out, "进展填报");
    expect(rows.slice(1).map((row) => row[9])).toEqual(["ok.xlsx!2"]);
    const report = await sheetRows(out, "合并报告");
    expect(report.filter((row) => row[0] === "跳过文件").map((row) => row[4])).toEqual(["renamed.xlsx", "broken.xlsx"]);
  });

  it("stops with MERGE_NOTHING_READ, naming each file, when none can be merged", async () => {
    const bad = path.join(dir, "bad.xlsx");
    await fs.writeFile(bad, "not a workbook");
    const r = await runCli(["merge", bad, "-o", path.join(dir, "none.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("MERGE_NOTHING_READ");
    expect(r.err).toContain("bad.xlsx");
  });

  it("tells apart two units that both sent 填报表.xlsx by their folders", async () => {
    const first = path.join(dir, "区发改局", "填报表.xlsx");
    const second = path.join(dir, "区财政局", "填报表.xlsx");
    mkdirSync(path.dirname(first), { recursive: true });
    mkdirSync(path.dirname(second), { recursive: true });
    await unitBook(first, [["1", "区发改局", "二季度", "已开工。", "序时推进", null, "", "", "2024-06-28"]]);
    await unitBook(second, [["2", "区财政局", "二季度", "资金已拨付。", "序时推进", null, "", "", "2024-06-28"]]);
    const out = path.join(dir, "same-name.xlsx");
    expect((await runCli(["merge", first, second, "-o", out])).code).toBe(0);
    const rows = await sheetRows(out, "进展填报");
    expect(rows.slice(1).map((row) => row[9])).toEqual(["区发改局/填报表.xlsx!2", "区财政局/填报表.xlsx!2"]);
  });

  it("keeps the later of a report sent again unchanged (重复) and every version of a changed one (冲突), naming what differs", async () => {
    const june20 = path.join(dir, "first-round.xlsx");
    const june28 = path.join(dir, "second-round.xlsx");
    await unitBook(june20, [
      ["1", "区发改局", "二季度", "增速7.2%。", "序时推进", "7.2%", "", "", "2024-06-20"],
      ["2", "区财政局", "二季度", "资金已拨付。", "序时推进", null, "", "", "2024-06-20"],
    ]);
    await unitBook(june28, [
      ["1", "区发改局", "二季度", "增速7.2%。", "序时推进", "7.5%", "", "", "2024-06-28"],
      ["2", "区财政局", "二季度", "资金已拨付。", "序时推进", null, "", "", "2024-06-28"],
    ]);
    const out = path.join(dir, "rounds.xlsx");
    const r = await runCli(["merge", june28, june20, "-o", out, "--json"]);
    const body = JSON.parse(r.out);
    expect([body.rowsIn, body.rowsOut]).toEqual([4, 3]);
    expect(body.conflicts).toEqual([
      {
        taskId: "1",
        unit: "区发改局",
        period: "二季度",
        kind: "冲突",
        sources: ["second-round.xlsx!2", "first-round.xlsx!2"],
        kept: ["second-round.xlsx!2", "first-round.xlsx!2"],
        detail: "2 个版本不同：完成值：7.5%（second-round.xlsx!2） / 7.2%（first-round.xlsx!2）",
      },
      {
        taskId: "2",
        unit: "区财政局",
        period: "二季度",
        kind: "重复",
        sources: ["second-round.xlsx!3", "first-round.xlsx!3"],
        kept: ["second-round.xlsx!3"],
        detail: "first-round.xlsx!3 与 second-round.xlsx!3 内容相同，保留填报日期较晚的 second-round.xlsx!3",
      },
    ]);
    // The merged book validated: the two versions of task 1 are not called 相同.
    const v = await runCli(["validate", out, "--json", "--as-of", "2024-07-10"]);
    const duplicate = v.out
      .split("\n")
      .filter(Boolean)
      .flatMap((line) => {
        const parsed = JSON.parse(line);
        return Array.isArray(parsed) ? parsed : parsed.findings ?? [parsed];
      })
      .filter((f: { code?: string }) => f.code === "ROW_DUPLICATE");
    expect(duplicate.map((f: { message: string }) => f.message)).toEqual([expect.stringContaining("两行内容不同——完成值「7.2%」（第 2 行为「7.5%」）")]);
  });
});

describe("displayNames", () => {
  it("adds parent folders only where file names repeat", () => {
    expect(displayNames(["/x/a/填报表.xlsx", "/x/b/填报表.xlsx", "/x/c/other.xlsx"])).toEqual(["a/填报表.xlsx", "b/填报表.xlsx", "other.xlsx"]);
    expect(displayNames(["/p/q/a/f.xlsx", "/p/r/a/f.xlsx"])).toEqual(["q/a/f.xlsx", "r/a/f.xlsx"]);
    expect(displayNames(["/x/f.xlsx", "/x/f.xlsx"])).toEqual(["f.xlsx", "f.xlsx（第 2 次）"]);
  });
});
