/**
 * #16 in WPS: saving the 设置 tab rewrites the changed value cells in place. The sheet is not cleared and
 * rewritten, so its formatting (here the bold header) and the names pointing into it are kept.
 */
import { createFakeEt } from "./fakeEt";
import { createWpsPort, findEtRoots } from "../../../src/hosts/wps";
import { analyzeWorkbook } from "../../../src/core/engine";
import { WorkbookData } from "../../../src/core/sheet/cellValue";
import { editSettingsPatch } from "../../../src/core";
import { catalogueSheet, progressSheet, settingsSheet } from "../../support/books";

const book: WorkbookData = {
  sheets: [
    catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。", lead: "区工信局" }]),
    progressSheet([{ id: "1", unit: "区工信局", text: "上半年新增7家。" }]),
    settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["红色预警线", "80%"]]),
  ],
};

test("WPS: saving 设置 writes the one changed cell; formatting and a name into 设置 survive", async () => {
  const fake = createFakeEt({ sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows, boldCells: s.name === "设置" ? ["0,0", "0,1"] : [] })) });
  fake.names.push({ Name: "duban_settings_values", RefersTo: "='设置'!$B$2:$B$201", Visible: true });
  const scope: Record<string, unknown> = {};
  fake.install(scope);
  const before = fake.rowsOf("设置");
  const red = before.findIndex((r) => r[0] === "红色预警线");
  const a = analyzeWorkbook(book, { today: "2024-07-15" });
  await createWpsPort(findEtRoots(scope)!, { tick: () => Promise.resolve() }).apply(editSettingsPatch(book, a.settings, new Map([["红色预警线", "70%"]])));
  const after = fake.rowsOf("设置");
  expect(after).toEqual(before.map((row, r) => row.map((v, c) => (r === red && c === 1 ? "70%" : v))));
  expect(fake.cell("设置", "A1")!.bold).toBe(true);
  expect(fake.cell("设置", "B1")!.bold).toBe(true);
  expect(fake.names).toEqual([{ Name: "duban_settings_values", RefersTo: "='设置'!$B$2:$B$201", Visible: true }]);
  // Nothing was cleared: the sheet was not regenerated.
  expect(fake.callCount("Range.Clear")).toBe(0);
  expect(fake.callCount("Sheets.Add")).toBe(0);
});
