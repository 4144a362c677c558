/**
 * The 单位层级 row of the 设置 sheet duban writes: every new form (blank, whole catalogue, per unit) carries it
 * with an empty value and a 说明 saying what it does, so an office learns of the setting; empty, it sets no
 * level and raises no problem, and a value typed into it reaches the judge. A book from before the row (no
 * 单位层级 at all) is read as it always was.
 */
import { buildLayoutPatch } from "../../../src/core/layout/buildLayout";
import { perUnitPatches } from "../../../src/core/layout/perUnit";
import { OutputSheet, renderSheetRows } from "../../../src/core/output";
import { readSettings } from "../../../src/core/settings/readSettings";
import { analyzeWorkbook } from "../../../src/core/engine";
import { CellValue, WorkbookData } from "../../../src/core/sheet/cellValue";
import { book, catalogueSheet, progressSheet, settingsSheet } from "../../support/books";

const settingsOf = (sheets: OutputSheet[]) => renderSheetRows(sheets.find((s) => s.name === "设置")!);
const levelRow = (rows: CellValue[][]) => rows.find((r) => r[0] === "单位层级");

describe("单位层级 in the forms duban generates", () => {
  const blank = settingsOf(buildLayoutPatch({ tasks: [], units: [], year: 2025 }).sheets);

  it("writes the row with an empty value and a note on what it does", () => {
    const row = levelRow(blank)!;
    expect(row).toBeDefined();
    expect(row[1]).toBe("");
    expect(String(row[4])).toMatch(/省、市或县/);
    expect(String(row[4])).toMatch(/全市/);
    // Before the 报告期 rows, with the other single settings.
    expect(blank.indexOf(row)).toBeLessThan(blank.findIndex((r) => r[0] === "报告期"));
  });

  it("empty, sets no level and raises no problem; filled in, is the office's level", () => {
    const read = readSettings(blank, "2025-06-30");
    expect(read.problems).toEqual([]);
    expect(read.settings.level).toBeUndefined();
    const filled = blank.map((r) => (r[0] === "单位层级" ? ["单位层级", "区", ...r.slice(2)] : r));
    expect(readSettings(filled, "2025-06-30").settings.level).toBe("县");
  });

  it("is in each unit's form too", () => {
    const wb: WorkbookData = book(
      catalogueSheet([{ id: "1", text: "新增城镇就业5000人", lead: "区人社局" }]),
      progressSheet([]),
      settingsSheet([["年度", 2024], ["单位层级", "市"]]),
    );
    const forms = perUnitPatches(analyzeWorkbook(wb, { today: "2024-07-10" }));
    expect(forms.length).toBeGreaterThan(0);
    for (const f of forms) expect(levelRow(settingsOf(f.patch.sheets))?.[1]).toBe("");
  });
});

describe("a 单位层级 that names no level", () => {
  it("is a SETTINGS_BAD_VALUE on its cell saying it is judged as blank (there is no default level to use)", () => {
    const wb = book(
      catalogueSheet([{ id: "1", text: "新增城镇就业5000人" }]),
      progressSheet([]),
      settingsSheet([["年度", 2024], ["单位层级", "科室"]]),
    );
    const a = analyzeWorkbook(wb, { today: "2024-07-10" });
    const [bad] = a.findings.filter((f) => f.code === "SETTINGS_BAD_VALUE");
    expect(bad.message).toContain("按未设置研判");
    expect(bad.message).not.toContain("默认值");
    expect(a.settings.level).toBeUndefined();
  });
});

describe("a book from before the 单位层级 row", () => {
  it("is read without a problem and judged without a level, as before", () => {
    const wb = book(
      catalogueSheet([{ id: "1", text: "新增城镇就业5000人" }]),
      progressSheet([{ id: "1", text: "1-6月新增城镇就业2600人", status: "", period: "二季度", date: "2024-06-30" }]),
      settingsSheet([["年度", 2024], ["报告期", "二季度", "2024-06-30", "2024-07-10"]]),
    );
    const a = analyzeWorkbook(wb, { asOf: "2024-06-30", today: "2024-06-30" });
    expect(a.settings.level).toBeUndefined();
    expect(a.findings.filter((f) => f.code === "SETTINGS_BAD_VALUE")).toEqual([]);
    expect(a.states.get("1")?.verdict.status).toBe("on-track");
  });
});
