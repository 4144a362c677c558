/**
 * A heading's "（总牵头单位：…）" is the coordinator of its part: `duban import -o` writes it as a 总牵头单位 column
 * on the part's task rows, validate reads it back (Task.coordinator, resolved through the registry) and the
 * importer reads the written workbook back with the same coordinator and leads. It is never counted as a lead or
 * co-unit (its 单位（总牵头） line is tests/cli/unitRollup.test.ts's), and a 总牵头单位 column is never a 牵头单位 column.
 */
import path from "node:path";
import { analyzeWorkbook } from "../../../src/core/engine";
import { renderSheetRows } from "../../../src/core/output";
import { perUnitPatches } from "../../../src/core/layout/perUnit";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { runCli, tempDir } from "../../support/files";

const LAYOUT = path.join(__dirname, "..", "..", "fixtures", "import", "layouts", "39-jiangxia-overseer.txt");
const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe("总牵头单位 from the headings of layout 39", () => {
  const book = path.join(dir, "book.xlsx");
  beforeAll(async () => {
    expect((await runCli(["import", LAYOUT, "-o", book])).code).toBe(0);
  }, 60000);

  test("written on each task row of its part, read back as the task's coordinator", async () => {
    const data = await readWorkbookFile(book);
    const header = data.sheets.find((s) => s.name === "任务清单")!.rows[0];
    expect(header.indexOf("总牵头单位")).toBeGreaterThan(header.indexOf("板块"));
    const a = analyzeWorkbook(data, { today: "2023-07-01" });
    expect(a.tasks.map((t) => `${t.id} ${t.coordinator} ${t.leadUnits.join("、")}`)).toEqual([
      "1 区发改局 区发改局",
      "2 区发改局 区发改局",
      "3 区人社局 区人社局",
      "4 区人社局 区教育局",
    ]);
    // Task 4's coordinator is not one of its units: on no line of 区人社局 for it.
    const co = a.rollup.lines.filter((l) => l.dimension === "unitCo").map((l) => l.name);
    expect(co).not.toContain("区人社局");
    const lead = a.rollup.lines.find((l) => l.dimension === "unitLead" && l.name === "区人社局")!;
    expect(lead.assigned).toBe(1);
    expect(a.findings.filter((f) => f.code === "CAT_UNKNOWN_UNIT" || f.code === "ROW_UNIT_NOT_RESPONSIBLE")).toEqual([]);
  });

  test("template --per-unit carries the column; importing the workbook gives the same coordinators and leads", async () => {
    const a = analyzeWorkbook(await readWorkbookFile(book), { today: "2023-07-01" });
    const patch = perUnitPatches(a).find((p) => p.unit === "区教育局")!.patch;
    const sheet = patch.sheets.find((s) => s.name === "任务清单")!;
    const grid = renderSheetRows(sheet);
    const header = grid.find((r) => r.includes("总牵头单位"))!;
    const row = grid[grid.indexOf(header) + 1];
    expect(row[header.indexOf("总牵头单位")]).toBe("区人社局");
    expect(row[header.indexOf("牵头单位")]).toBe("区教育局");

    const r = await runCli(["import", book, "--json"]);
    const tasks = JSON.parse(r.out).tasks as { id: string; coordinator?: string; leadUnits: string[]; coUnits: string[] }[];
    expect(tasks.map((t) => `${t.id} ${t.coordinator} ${t.leadUnits.join("、")}|${t.coUnits.join("、")}`)).toEqual([
      "1 区发改局 区发改局|区统计局、各街道",
      "2 区发改局 区发改局|区住建局、区自然资源和规划局",
      "3 区人社局 区人社局|各街道",
      "4 区人社局 区教育局|区住建局",
    ]);
  });
});

test("a hand-made catalogue with 总牵头单位 before 牵头单位: the coordinator is never read as the lead", () => {
  const rows = [
    ["序号", "板块", "总牵头单位", "任务内容", "牵头单位", "协办单位"],
    ["1", "一、经济", "區發改局", "地区生产总值增长6%。", "区统计局", ""],
  ];
  const a = analyzeWorkbook({ sheets: [{ name: "任务清单", rows }] }, { today: "2024-04-10" });
  expect(a.tasks.map((t) => `${t.coordinator} ${t.leadUnits.join("、")}`)).toEqual(["区发改局 区统计局"]);
});
