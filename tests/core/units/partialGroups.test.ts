/**
 * Groups that name SOME units ("相关镇街", "区直相关部门", "有关部门") and categories guessed from names, through real
 * books: written to .xlsx, validated by the CLI (--json and the 校验结果 sheet of -o), read back.
 * - A partial group expands only to units the 单位 sheet gives the phrase itself as category (a closed list the office
 *   wrote); never to every unit of its category. Otherwise CAT_GROUP_UNIT names the tasks, and no unit that was never
 *   named is reported missing for them. "各镇街" / "区直各部门" with a category still expand (left alone).
 * - A 单位 sheet without 类别: the guessed categories are said (UNIT_CATEGORY_GUESSED, which units, which category,
 *   why), and a unit owing a report only through a guessed category gets REPORT_MISSING_GUESSED (a warning), never
 *   REPORT_MISSING, and is no missing reporter in 报送情况 until it reports.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { createUnitRegistry } from "../../../src/core/units/registry";
import { analyzeWorkbook } from "../../../src/core/engine";
import { readWorkbookFile } from "../../../src/hosts/xlsx/readWorkbook";
import { catalogueSheet, progressSheet, settingsSheet, unitsSheet } from "../../support/books";
import { runCli, tempDir, writeXlsx } from "../../support/files";
import { SheetData } from "../../../src/core/sheet/cellValue";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const UNITS: [string, string?, string?, string?][] = [
  ["区发改局", "", "区直部门"],
  ["区财政局", "", "区直部门"],
  ["区住建局", "", "区直部门"],
  ["颜店镇", "", "镇街"],
  ["新驿镇", "", "镇街"],
  ["龙桥街道", "", "镇街"],
];
const SETTINGS = settingsSheet([["截至日期", "2024-07-10"]]);

async function validated(name: string, sheets: SheetData[]) {
  const file = path.join(dir, `${name}.xlsx`);
  await writeXlsx(file, sheets);
  const json = JSON.parse((await runCli(["validate", file, "--json"])).out);
  const out = path.join(dir, `${name}-checked.xlsx`);
  await runCli(["validate", file, "-o", out]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const resultText: string[] = [];
  wb.getWorksheet("校验结果")!.eachRow((row) => void resultText.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")).join("|")));
  const a = analyzeWorkbook(await readWorkbookFile(file), { asOf: "2024-07-10", today: "2024-07-10" });
  return { findings: json.findings as { code: string; unit?: string; taskId?: string; period?: string; message: string; severity: string }[], resultText, a };
}

describe("groups that name some units of a category", () => {
  test("the registry: 相关/有关 phrases do not expand to the whole category; 各/区直各 do; the office's own list does", () => {
    const r = createUnitRegistry(UNITS.map(([name, , category]) => ({ name, aliases: [], category: category!, leader: "" })));
    for (const word of ["相关镇街", "相关镇（街）", "有关镇街", "相关街道", "区直相关部门", "区直有关部门", "相关部门", "有关部门", "各有关部门", "区直相关单位"]) {
      expect([word, r.isGroupWord(word), r.expandGroup(word)]).toEqual([word, true, []]);
    }
    expect(r.expandGroup("各镇街")).toEqual(["颜店镇", "新驿镇", "龙桥街道"]);
    expect(r.expandGroup("各镇（街）")).toEqual(["颜店镇", "新驿镇", "龙桥街道"]);
    expect(r.expandGroup("区直各部门")).toEqual(["区发改局", "区财政局", "区住建局"]);
    expect(r.expandGroup("区政府各部门")).toEqual(["区发改局", "区财政局", "区住建局"]);
    // A 单位 sheet that gives units the phrase itself as category is a closed list: it expands to them.
    const listed = createUnitRegistry([
      { name: "颜店镇", aliases: [], category: "相关镇街", leader: "" },
      { name: "新驿镇", aliases: [], category: "镇街", leader: "" },
      { name: "区工信局", aliases: [], category: "要素保障相关单位", leader: "" },
    ]);
    expect(listed.expandGroup("相关镇街")).toEqual(["颜店镇"]);
    expect(listed.expandGroup("要素保障相关单位")).toEqual(["区工信局"]);
  });

  test("validate: CAT_GROUP_UNIT names their tasks; towns and bureaus never named owe no report for them", async () => {
    const { findings, resultText } = await validated("partial", [
      catalogueSheet([
        { id: "1", lead: "区发改局", co: "相关镇街" },
        { id: "2", lead: "区住建局", co: "区直相关部门、新驿镇" },
        { id: "3", lead: "区财政局", co: "有关部门" },
        { id: "4", lead: "区发改局", co: "相关镇街" },
        { id: "5", lead: "区财政局", co: "各镇街" },
      ]),
      progressSheet([]),
      unitsSheet(UNITS),
      SETTINGS,
    ]);
    const groups = findings.filter((f) => f.code === "CAT_GROUP_UNIT");
    expect(groups.map((f) => f.unit)).toEqual(["相关镇街", "区直相关部门", "有关部门"]);
    expect(groups[0].message).toContain("「相关镇街」只指该类单位中的一部分");
    expect(groups[0].message).toContain("涉及任务 1、4（共 2 项）");
    expect(groups[0].message).toContain("请在任务中写明具体单位");
    expect(groups.every((f) => f.severity === "warning")).toBe(true);
    // The 校验结果 sheet carries the same findings.
    expect(resultText.filter((l) => l.includes("CAT_GROUP_UNIT")).length).toBe(3);
    expect(resultText.some((l) => l.includes("「区直相关部门」只指该类单位中的一部分"))).toBe(true);
    // reportingScope defaults to the lead units: the leads owe their reports, as before.
    const missing = findings.filter((f) => f.code === "REPORT_MISSING").map((f) => `${f.taskId} ${f.unit}`);
    expect(missing).toEqual(expect.arrayContaining(["1 区发改局", "2 区住建局", "3 区财政局"]));
    expect(findings.some((f) => f.code === "CAT_UNKNOWN_UNIT")).toBe(false);
  });

  test("with every responsible unit reporting: the units named and 各镇街's towns owe; 相关镇街 / 区直相关部门 add nobody", async () => {
    const { findings } = await validated("partial-all", [
      catalogueSheet([
        { id: "1", lead: "区发改局", co: "相关镇街" },
        { id: "2", lead: "区住建局", co: "区直相关部门、新驿镇" },
        { id: "5", lead: "区财政局", co: "各镇街" },
      ]),
      progressSheet([{ id: "1", unit: "颜店镇", period: "二季度" }]),
      unitsSheet(UNITS),
      settingsSheet([["截至日期", "2024-07-10"], ["报送范围", "全部责任单位"]]),
    ]);
    const missing = (id: string) => findings.filter((f) => f.code === "REPORT_MISSING" && f.taskId === id).map((f) => f.unit);
    expect([...new Set(missing("1"))]).toEqual(["区发改局"]);
    expect([...new Set(missing("2"))].sort()).toEqual(["区住建局", "新驿镇"].sort());
    // 各镇街 is a closed group here (the sheet gives 镇街): every town owes task 5.
    expect([...new Set(missing("5"))].sort()).toEqual(["区财政局", "颜店镇", "新驿镇", "龙桥街道"].sort());
    // A town that reports on a 相关镇街 task is one of them: no ROW_UNIT_NOT_RESPONSIBLE.
    expect(findings.filter((f) => f.code === "ROW_UNIT_NOT_RESPONSIBLE")).toEqual([]);
  });
});

describe("categories guessed from names (a 单位 sheet without 类别)", () => {
  const catalogue = catalogueSheet([
    { id: "1", lead: "区发改局", co: "各镇街" },
    { id: "2", lead: "区财政局", co: "各镇街、新驿镇" },
    { id: "3", lead: "区住建局", co: "龙桥街道" },
  ]);
  const rows = progressSheet([
    { id: "1", unit: "颜店镇", period: "二季度" },
    { id: "1", unit: "区发改局", period: "二季度" },
  ]);
  const noCategoryColumn: SheetData = { name: "单位", rows: [["单位名称", "分管领导"], ...UNITS.map(([n]) => [n, ""])] };
  const emptyCategories = unitsSheet(UNITS.map(([n]) => [n, "", ""]));

  test.each([
    ["no 类别 column", noCategoryColumn],
    ["类别 left empty", emptyCategories],
  ])("%s: the guess is said, and a town owing only through it is not counted missing", async (_label, units) => {
    const { findings, resultText, a } = await validated(`guessed-${_label === "no 类别 column" ? "a" : "b"}`, [catalogue, rows, units, settingsSheet([["截至日期", "2024-07-10"], ["报送范围", "全部责任单位"]])]);
    const said = findings.filter((f) => f.code === "UNIT_CATEGORY_GUESSED");
    expect(said.map((f) => f.unit)).toEqual(["各镇街"]);
    expect(said[0].severity).toBe("info");
    expect(said[0].message).toContain("颜店镇（镇街，名称以“镇”结尾）");
    expect(said[0].message).toContain("龙桥街道（镇街，名称以“街道”结尾）");
    expect(said[0].message).toContain("涉及任务 1、2");
    expect(resultText.some((l) => l.includes("UNIT_CATEGORY_GUESSED"))).toBe(true);
    // Second quarter only (the first was due too, and nobody reported it).
    const of = (code: string, id: string) => [...new Set(findings.filter((f) => f.code === code && f.taskId === id && f.period === "二季度").map((f) => f.unit))].sort();
    // Task 1: 颜店镇 reported; 新驿镇 and 龙桥街道 owe only through the guess: the softer finding, not REPORT_MISSING.
    expect(of("REPORT_MISSING", "1")).toEqual([]);
    expect(of("REPORT_MISSING_GUESSED", "1")).toEqual(["新驿镇", "龙桥街道"].sort());
    const soft = findings.find((f) => f.code === "REPORT_MISSING_GUESSED")!;
    expect(soft.severity).toBe("warning");
    expect(soft.message).toContain("该任务写的是「各镇街」");
    expect(soft.message).toContain("未计为应报未报");
    // Task 2 names 新驿镇 itself: it owes for certain; the other towns only through the guess.
    expect(of("REPORT_MISSING", "2")).toEqual(["区财政局", "新驿镇"].sort());
    expect(of("REPORT_MISSING_GUESSED", "2")).toEqual(["颜店镇", "龙桥街道"].sort());
    // Task 3 names its units: no guess involved.
    expect(of("REPORT_MISSING", "3")).toEqual(["区住建局", "龙桥街道"].sort());
    expect(of("REPORT_MISSING_GUESSED", "3")).toEqual([]);
    // 报送情况: a guessed town is no missing reporter of task 1; 颜店镇, which reported it, counts it.
    const line = (unit: string) => a.rollup.reporting.find((r) => r.unit === unit && r.period === "二季度");
    expect(line("颜店镇")).toMatchObject({ submitted: 1 });
    expect(line("新驿镇")).toMatchObject({ expected: 1, missing: 1 }); // task 2 only
    expect(line("龙桥街道")).toMatchObject({ expected: 1, missing: 1 }); // task 3 only
  });

  test("left alone: a 单位 sheet with 类别 makes every town of 各镇街 owe its report, and nothing is said of a guess", async () => {
    const { findings } = await validated("given", [catalogue, rows, unitsSheet(UNITS), settingsSheet([["截至日期", "2024-07-10"], ["报送范围", "全部责任单位"]])]);
    expect(findings.filter((f) => f.code === "UNIT_CATEGORY_GUESSED" || f.code === "REPORT_MISSING_GUESSED")).toEqual([]);
    expect([...new Set(findings.filter((f) => f.code === "REPORT_MISSING" && f.taskId === "1" && f.period === "二季度").map((f) => f.unit))].sort()).toEqual(["新驿镇", "龙桥街道"].sort());
  });
});
