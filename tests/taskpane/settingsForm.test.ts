/**
 * The 设置 tab's save: only the value cells of the fields the user changed are rewritten, in place; no
 * other cell of the 设置 sheet is written, so a stored 截至日期 (or a note, or a value duban cannot parse)
 * survives a save that did not touch it. The patch is applied by the memory port and read back by the core.
 */
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";
import { analyzeWorkbook } from "../../src/core/engine";
import { renderSheetRows } from "../../src/core/output";
import { createMemoryPort } from "../../src/hosts/memory/memoryPort";
import { CellValue, WorkbookData } from "../../src/core/sheet/cellValue";
import { cellFor, changedFields, formValues, levelNote } from "../../taskpane/settingsForm";
import { editSettingsPatch, storedAsOf } from "../../src/core";
import * as path from "path";

const TODAY = "2024-07-15";
const SAMPLE = path.resolve(__dirname, "../../seeds/sample-yicheng.xlsx");

/** The book after the patch, as the reference port applies it. */
async function applied(book: WorkbookData, patch: ReturnType<typeof editSettingsPatch>): Promise<WorkbookData> {
  const port = createMemoryPort(book);
  await port.apply(patch);
  return port.snapshot();
}

const settingsRows = (book: WorkbookData) => book.sheets.find((s) => s.name === "设置")!.rows;

const withSettings = (book: WorkbookData, rows: CellValue[][]): WorkbookData => ({ sheets: [...book.sheets.filter((s) => s.name !== "设置"), { name: "设置", rows }] });

describe("设置 form against the 设置 sheet", () => {
  let book: WorkbookData;
  beforeAll(async () => {
    book = await readWorkbookFile(SAMPLE);
  });

  test("the stored 截至日期 is the form's value, not today", () => {
    const a = analyzeWorkbook(book, { today: TODAY });
    expect(formValues(a.settings, book)).toMatchObject({ year: "2024", asOf: "2024-07-10", red: "80", yellow: "100", dueSoonDays: "15" });
  });

  test("saving one changed threshold rewrites that cell only; the next analysis keeps the stored date", async () => {
    const a = analyzeWorkbook(book, { today: TODAY });
    const shown = formValues(a.settings, book);
    const changed = changedFields(shown, { ...shown, red: "70" });
    expect(changed).toEqual(["red"]);
    const patch = editSettingsPatch(book, a.settings, new Map([["红色预警线", "70%"]]));
    // One cell, in place; no sheet is regenerated.
    expect(patch.sheets).toEqual([]);
    expect(patch.cells).toHaveLength(1);
    const after = await applied(book, patch);
    const before = book.sheets.find((s) => s.name === "设置")!.rows;
    const rows = after.sheets.find((s) => s.name === "设置")!.rows;
    expect(rows.length).toBe(before.length);
    rows.forEach((row, r) => row.forEach((v, c) => expect([r, c, v ?? null]).toEqual([r, c, before[r][0] === "红色预警线" && c === 1 ? "70%" : (before[r][c] ?? null)])));
    const again = analyzeWorkbook(after, { today: TODAY });
    expect(again.settings.asOf).toBe("2024-07-10");
    expect(again.settings.thresholds.red).toBeCloseTo(0.7);
  });

  test("rows duban does not know and a date it cannot read are kept; a key the sheet lacks is added", async () => {
    const rows: CellValue[][] = [["项目", "值", "说明"], ["截至日期", "七月中旬", "手写"], ["备注", "本表由督查室维护", ""], ["年度", 2024, ""]];
    const b = withSettings(book, rows);
    expect(storedAsOf(b)).toEqual({ asOf: "", unreadable: "七月中旬" });
    const a = analyzeWorkbook(b, { today: TODAY });
    const out = settingsRows(await applied(b, editSettingsPatch(b, a.settings, new Map<string, CellValue>([["临近时限天数", 10]]))));
    expect(out).toEqual([["项目", "值", "说明"], ["截至日期", "七月中旬", "手写"], ["备注", "本表由督查室维护", ""], ["年度", 2024, ""], ["临近时限天数", 10]]);
  });

  test("an as-of date cleared on purpose is written empty; with no 设置 sheet the date stays empty unless set", async () => {
    const a = analyzeWorkbook(book, { today: TODAY });
    const cleared = settingsRows(await applied(book, editSettingsPatch(book, a.settings, new Map([["截至日期", ""]]))));
    expect(cleared.find((r) => r[0] === "截至日期")![1]).toBe("");
    const none: WorkbookData = { sheets: book.sheets.filter((s) => s.name !== "设置") };
    const n = analyzeWorkbook(none, { today: TODAY });
    expect(storedAsOf(none)).toEqual({ asOf: "", unreadable: null });
    const fresh = renderSheetRows(editSettingsPatch(none, n.settings, new Map<string, CellValue>([["年度", 2025]])).sheets[0]);
    expect(fresh.find((r) => r[0] === "截至日期")![1]).toBe("");
    expect(fresh.find((r) => r[0] === "年度")![1]).toBe(2025);
  });

  test("changed values are checked before anything is written", () => {
    expect(cellFor("red", "70")).toEqual({ value: "70%" });
    expect(cellFor("red", "abc")).toHaveProperty("error");
    expect(cellFor("year", "24")).toHaveProperty("error");
    expect(cellFor("asOf", "2024-13")).toHaveProperty("error");
    expect(cellFor("dueSoonDays", "-1")).toHaveProperty("error");
    expect(cellFor("dueSoonDays", "7")).toEqual({ value: 7 });
  });

  test("单位层级 is a choice: 省/市/县 written as chosen, blank clears it, anything else has the sheet's message", () => {
    expect(["省", "市", "县", "区", "市级", ""].map((t) => cellFor("level", t))).toEqual([{ value: "省" }, { value: "市" }, { value: "县" }, { value: "县" }, { value: "市" }, { value: "" }]);
    const bad = cellFor("level", "科室");
    expect(bad).toHaveProperty("error");
    // The same words as the SETTINGS_BAD_VALUE finding on the sheet's cell.
    const sheet = analyzeWorkbook(withSettings(book, [["项目", "值"], ["单位层级", "科室"]]), { today: TODAY }).findings.find((f) => f.code === "SETTINGS_BAD_VALUE")!;
    expect(sheet.message).toContain(`应为${(bad as { error: string }).error}`);
  });

  test("单位层级 shown as the sheet is read (区 as 县, a value that names no level and a book without the row as 未设置)", () => {
    const level = (rows: CellValue[][]) => {
      const b = withSettings(book, rows);
      return formValues(analyzeWorkbook(b, { today: TODAY }).settings, b).level;
    };
    expect(level([["项目", "值"], ["单位层级", "区"]])).toBe("县");
    expect(level([["项目", "值"], ["单位层级", "科室"]])).toBe("");
    expect(level([["项目", "值"], ["年度", 2024]])).toBe("");
    expect(formValues(analyzeWorkbook(book, { today: TODAY }).settings, book).level).toBe("");
    // An unreadable stored value is said under the choice, not silently shown as 未设置.
    expect(levelNote(withSettings(book, [["项目", "值"], ["单位层级", "科室"]]))).toContain("“科室”无法识别");
    expect(levelNote(withSettings(book, [["项目", "值"], ["单位层级", "区"]]))).not.toContain("无法识别");
    expect(levelNote(book)).toContain("上级地域");
  });

  test("choosing 单位层级 in a book without the row adds it; the next analysis judges with it", async () => {
    const rows: CellValue[][] = [["项目", "值", "说明"], ["年度", 2024, ""]];
    const b = withSettings(book, rows);
    const a = analyzeWorkbook(b, { today: TODAY });
    const shown = formValues(a.settings, b);
    expect(changedFields(shown, { ...shown, level: "县" })).toEqual(["level"]);
    const cell = cellFor("level", "县");
    if (!("value" in cell)) throw new Error("县 is a level");
    const after = await applied(b, editSettingsPatch(b, a.settings, new Map([["单位层级", cell.value]])));
    expect(settingsRows(after)).toEqual([...rows, ["单位层级", "县"]]);
    expect(analyzeWorkbook(after, { today: TODAY }).settings.level).toBe("县");
    // Set back to 未设置: the cell is emptied and no level is used.
    const cleared = await applied(after, editSettingsPatch(after, a.settings, new Map([["单位层级", ""]])));
    expect(settingsRows(cleared).at(-1)).toEqual(["单位层级", ""]);
    expect(analyzeWorkbook(cleared, { today: TODAY }).settings.level).toBeUndefined();
  });

  test("单位层级 chosen in a book without a 设置 sheet is in the sheet written", () => {
    const none: WorkbookData = { sheets: book.sheets.filter((s) => s.name !== "设置") };
    const n = analyzeWorkbook(none, { today: TODAY });
    const fresh = renderSheetRows(editSettingsPatch(none, n.settings, new Map<string, CellValue>([["单位层级", "市"]])).sheets[0]);
    expect(fresh.find((r) => r[0] === "单位层级")![1]).toBe("市");
    const untouched = renderSheetRows(editSettingsPatch(none, n.settings, new Map<string, CellValue>([["年度", 2025]])).sheets[0]);
    expect(untouched.find((r) => r[0] === "单位层级")![1]).toBe("");
  });
});
