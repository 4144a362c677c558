/**
 * Excel holds 32,767 characters a cell, and a longer text makes it call the whole file damaged. The 通报 sheet
 * lists every task done in one paragraph: at a large district's year end that paragraph passes the limit (a
 * 100,000-row book's bulletin had one of 42,479 characters). Long paragraphs go on in the rows below; any other
 * text past the limit is cut with a note, in the plan every host writes.
 */
import { analyzeWorkbook } from "../../../src/core/engine";
import { bulletinLines, bulletinPatch } from "../../../src/core/bulletin/bulletinText";
import { renderSheetRows } from "../../../src/core/output";
import { CELL_TEXT_MAX, fitCellText, splitForCells } from "../../../src/core/sheet/cellTextLimit";
import { book, catalogueSheet, progressSheet, settingsSheet } from "../../support/books";

const listing = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}项“${"推进重点项目建设并按期完成年度投资计划".repeat(4)}”（区发改局）`).join("；") + "。";

describe("splitForCells", () => {
  it("cuts a long paragraph after a stop into pieces that fit a cell and give it back whole", () => {
    const text = listing(1500);
    expect(text.length).toBeGreaterThan(2 * CELL_TEXT_MAX);
    const pieces = splitForCells(text);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    for (const p of pieces.slice(0, -1)) expect(p).toMatch(/；$/);
    expect(pieces.join("")).toBe(text);
  });

  it("leaves a text that fits as it is, and never splits a surrogate pair", () => {
    expect(splitForCells("短文本。")).toEqual(["短文本。"]);
    const emoji = "𠀀".repeat(20); // 40 UTF-16 units, no stop anywhere
    const pieces = splitForCells(emoji, 7);
    expect(pieces.join("")).toBe(emoji);
    for (const p of pieces) expect(p.length % 2).toBe(0);
  });
});

describe("fitCellText and the render plan's grid", () => {
  it("cuts a text past the limit with a note saying so", () => {
    const cut = fitCellText("字".repeat(40000));
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(cut).toMatch(/32767字上限，以下从略）$/);
    expect(fitCellText("不长")).toBe("不长");
  });

  it("no cell of a result sheet passes the limit, and the sheet itself is not changed", () => {
    const long = "字".repeat(40000);
    const sheet = { name: "汇总", columns: [{ header: "说明" }], rows: [[long], ["短"]] };
    const grid = renderSheetRows(sheet);
    expect((grid[1][0] as string).length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(grid[2][0]).toBe("短");
    expect(sheet.rows[0][0]).toBe(long);
  });
});

describe("the 通报 sheet of a large district at year end", () => {
  it("carries the list of tasks done over several rows, every task in it, no row past the limit", () => {
    // The bulletin names each task by its first clause (~25 characters), so a city catalogue of 1,500 tasks passes it.
    const n = 1500;
    const task = (i: number) => `围绕第${i}项重点工作，统筹推进产业项目建设、城市更新改造和民生实事办理，确保年度各项目标任务全面完成并形成可复制经验（第${i}项）`;
    const wb = book(
      catalogueSheet(Array.from({ length: n }, (_, i) => ({ id: String(i + 1), text: task(i + 1) }))),
      progressSheet(Array.from({ length: n }, (_, i) => ({ id: String(i + 1), text: "年度任务已全部完成，项目已竣工验收并投入使用。", status: "已完成", period: "四季度", date: "2024-12-25" }))),
      settingsSheet([["年度", 2024], ["截至日期", "2024-12-31"], ["报告期", "四季度", "2024-12-31", "2025-01-05"]]),
    );
    const a = analyzeWorkbook(wb, { today: "2024-12-31" });
    const longest = Math.max(...bulletinLines(a).map((l) => l.length));
    expect(longest).toBeGreaterThan(CELL_TEXT_MAX);
    const rows = bulletinPatch(a).sheets[0].rows.map((r) => String(r[0]));
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    const all = rows.join("");
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !all.includes(`第${i}项“`));
    expect(missing).toEqual([]);
  });
});
