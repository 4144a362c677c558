/**
 * #16: saving the 设置 tab in Excel rewrites the changed value cells in place. The 设置 sheet is never
 * deleted, so the names the fill-in form's self-check keeps into it (its key and value lists) do not turn
 * into #REF!, and nothing else on the sheet is written.
 */
import { createExcelPort } from "../../../src/hosts/excel";
import { analyzeWorkbook } from "../../../src/core/engine";
import { WorkbookData } from "../../../src/core/sheet/cellValue";
import { editSettingsPatch } from "../../../src/core";
import { createExcelMock } from "./excelMock";
import { catalogueSheet, progressSheet, settingsSheet } from "../../support/books";

const book: WorkbookData = {
  sheets: [
    catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。", lead: "区工信局" }]),
    progressSheet([{ id: "1", unit: "区工信局", text: "上半年新增7家。" }]),
    settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["红色预警线", "80%"]]),
  ],
};
const KEYS = { name: "duban_settings_keys", formula: "='设置'!$A$2:$A$201", visible: true };

function mockOf(data: WorkbookData) {
  const mock = createExcelMock(data.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c === null ? "" : (c as string | number)))) })));
  mock.definedNames.push({ ...KEYS });
  return mock;
}

describe("Excel: saving 设置 from the pane", () => {
  test("writes the changed value cell only, in place; a name into 设置 survives", async () => {
    const mock = mockOf(book);
    const a = analyzeWorkbook(book, { today: "2024-07-15" });
    const before = mock.sheet("设置")!.grid.map((r) => r.slice());
    const red = before.findIndex((r) => r[0] === "红色预警线");
    await createExcelPort(mock.env).apply(editSettingsPatch(book, a.settings, new Map([["红色预警线", "70%"]])));
    expect(mock.log.filter((l) => /^(delete|add) /.test(l))).toEqual([]);
    expect(mock.definedNames).toEqual([KEYS]);
    const after = mock.sheet("设置")!.grid;
    // "70%" goes in as text (the leading apostrophe Excel takes as "this is text"), as the form wrote it.
    after.forEach((row, r) => row.forEach((v, c) => expect([r, c, v]).toEqual([r, c, r === red && c === 1 ? "'70%" : before[r][c]])));
    // One range written, the one cell.
    expect(mock.ranges.filter((x) => x.sheet.name === "设置").map((x) => x.address)).toEqual([`B${red + 1}`]);
  });

  test("a key the sheet lacks gets a row after the last one", async () => {
    const mock = mockOf(book);
    const a = analyzeWorkbook(book, { today: "2024-07-15" });
    const rows = mock.sheet("设置")!.grid.length;
    await createExcelPort(mock.env).apply(editSettingsPatch(book, a.settings, new Map<string, string | number>([["临近时限天数", 10]])));
    expect(mock.sheet("设置")!.grid[rows]).toEqual(["临近时限天数", 10]);
    expect(mock.definedNames).toEqual([KEYS]);
  });

  test("the mock is not lenient: regenerating 设置 whole (the old save) leaves the name at #REF!", async () => {
    const mock = mockOf(book);
    await createExcelPort(mock.env).apply({ sheets: [{ name: "设置", columns: [{ header: "项目" }, { header: "值" }], rows: [["年度", 2024]] }], columns: [], summary: [] });
    expect(mock.definedNames[0].formula).toBe("=#REF!");
  });
});
