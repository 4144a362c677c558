/**
 * Units as an office counts them, through real workbooks: a catalogue imported with `import -o`, rolled up with
 * `rollup -o` and sent out with `template --per-unit`, each written and read back.
 * - A part's coordinator (总牵头单位) answers for every task of the part: a 单位（总牵头） line in 汇总, its own 牵头
 *   line unchanged.
 * - A group phrase the registry cannot expand is no unit: no 牵头/协办 line, no 报送情况 line, no fill-in workbook;
 *   a 单位统称（未展开） line with its tasks, and the 通报 and template say which tasks it affects.
 * - A task shared out without a lead is noted in the import preview (CAT_SHARED_NO_LEAD).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core/engine";
import { bulletinDocument } from "../../src/core/bulletin/bulletinDocument";
import { unitNotices } from "../../src/core/notices/notices";
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";
import { runCli, tempDir } from "../support/files";

const SOURCE = path.join(__dirname, "..", "fixtures", "import", "units", "coordinator-groups.txt");
const { dir, cleanup } = tempDir();
afterAll(cleanup);
const book = path.join(dir, "清单.xlsx");
const rolled = path.join(dir, "汇总.xlsx");

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => void out.push((row.values as unknown[]).slice(1)));
  return out;
}

beforeAll(async () => {
  expect((await runCli(["import", SOURCE, "-o", book])).code).toBe(0);
  expect((await runCli(["rollup", book, "-o", rolled, "--as-of", "2024-07-20"])).code).toBe(0);
}, 60000);

describe("coordinator and group phrases in the roll-up by unit", () => {
  test("汇总: the coordinator has a 总牵头 line for its whole part; groups have a line of their own, never a unit's", async () => {
    const rows = await sheetRows(rolled, "汇总");
    const line = (dim: string, name: string) => rows.find((r) => r[0] === dim && r[1] === name);
    const names = (dim: string) => rows.filter((r) => r[0] === dim).map((r) => String(r[1]));
    // 区发改局 coordinates tasks 1–3 and leads task 1 only; 区人社局 coordinates 4–7 and leads 4.
    expect(line("单位（总牵头）", "区发改局")?.[2]).toBe(3);
    expect(line("单位（总牵头）", "区人社局")?.[2]).toBe(4);
    expect(line("单位（牵头）", "区发改局")?.[2]).toBe(1);
    expect(line("单位（牵头）", "区人社局")?.[2]).toBe(1);
    expect(names("单位（总牵头）").sort()).toEqual(["区人社局", "区发改局"].sort());
    const groups = ["“6+3”产业链牵头部门", "要素保障相关单位", "各市、县人民政府", "各镇、街道"];
    for (const g of groups) {
      expect([g, line("单位统称（未展开）", g)?.[2]]).toEqual([g, 1]);
      expect([g, names("单位（牵头）").includes(g) || names("单位（协办）").includes(g)]).toEqual([g, false]);
    }
    // Not cut at the 、 of the group phrase: no "各市" nor "县人民政府" anywhere.
    expect(rows.some((r) => r[1] === "各市" || r[1] === "县人民政府" || r[1] === "各镇" || r[1] === "街道")).toBe(false);
    // The bracketed second name ending in 馆 is the same bureau: one 区档案局 line.
    expect(names("单位（牵头）").filter((n) => n.startsWith("区档案局"))).toEqual(["区档案局"]);
    // Task 7 shared out: each of its units counts it on its 牵头 line.
    expect(line("单位（牵头）", "区水务局")?.[2]).toBe(1);
    expect(line("单位（牵头）", "区农业农村局")?.[2]).toBe(1);
    // 报送情况 lists units that owe reports, never a group.
    const reporting = (await sheetRows(rolled, "报送情况")).map((r) => String(r[0]));
    expect(reporting).toContain("区工信局");
    expect(reporting.filter((u) => groups.includes(u))).toEqual([]);
  });

  test("通报: a group is named with its tasks and left out of the ranking and of the units", async () => {
    const a = analyzeWorkbook(await readWorkbookFile(book), { today: "2024-07-20" });
    const text = bulletinDocument(a).blocks.map((b) => ("lead" in b && b.lead ? b.lead : "") + ("text" in b ? b.text : "")).join("\n");
    expect(text).toContain("“要素保障相关单位”（第6项）");
    expect(text).toContain("是一类单位的统称，未明确到具体单位，未参与排名");
    expect(text).not.toMatch(/未报送单位[^\n]*要素保障相关单位/);
  });

  test("validate and 督办单: no report is owed by a group and no notice goes to one; units still owe theirs", async () => {
    const a = analyzeWorkbook(await readWorkbookFile(book), { today: "2024-07-20", asOf: "2024-07-20" });
    const missing = a.findings.filter((f) => f.code === "REPORT_MISSING").map((f) => f.unit);
    expect(missing).toContain("区工信局");
    expect(missing.filter((u) => u && a.registry.isGroupWord(u))).toEqual([]);
    expect(a.findings.filter((f) => f.code === "CAT_GROUP_UNIT").map((f) => f.unit)).toEqual(expect.arrayContaining(["要素保障相关单位", "各市、县人民政府"]));
    // In December every task is due within days (蓝) and task 5 is past its October deadline (红): notices go out.
    const december = analyzeWorkbook(await readWorkbookFile(book), { today: "2024-12-20", asOf: "2024-12-20" });
    const noticed = unitNotices(december).map((n) => n.unit);
    expect(noticed).toEqual(expect.arrayContaining(["区发改局", "区档案局", "区水务局"]));
    expect(noticed.filter((u) => december.registry.isGroupWord(u))).toEqual([]);
  });

  test("template --per-unit: a workbook per unit, none for a group, the group said with its tasks", async () => {
    const out = path.join(dir, "forms");
    const r = await runCli(["template", book, "--per-unit", "-o", out]);
    expect(r.code).toBe(0);
    const files = readdirSync(out);
    expect(files.some((f) => f.includes("要素保障"))).toBe(false);
    expect(files.some((f) => f.includes("区工信局"))).toBe(true);
    expect(r.out).toContain("[CAT_GROUP_UNIT] 「要素保障相关单位」是一类单位的统称");
    expect(r.out).toContain("涉及任务 6（共 1 项）");
    // Each form read back names its own unit's tasks only.
    const form = files.find((f) => f.includes("区档案局"))!;
    const tasks = await sheetRows(path.join(out, form), "任务清单");
    expect(tasks.filter((row) => row.includes("建成区图书馆新馆并开放。")).length).toBe(1);
  });
});

describe("import preview", () => {
  test("a task shared out without a lead is noted once, in Chinese, with a stable code", async () => {
    const r = await runCli(["import", SOURCE]);
    expect(r.out).toContain("[CAT_SHARED_NO_LEAD] 任务 7 未明确牵头单位，由所列单位按职责分工共同负责：每个单位都须填报，汇总时计入每个单位。");
  });
});
