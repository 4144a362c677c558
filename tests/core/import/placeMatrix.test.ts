/**
 * Place-by-indicator matrices (round u, layout 164): each indicator a task with the total row's figures, each place's
 * cells a task of that place; cells whose column cannot be told stay 未识别; lookalikes are not read as matrices.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const tab = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");

describe("place-by-indicator matrices", () => {
  test("places down the side, each indicator's 目标 / 完成 / 完成率 across, tab rows keeping empty cells", () => {
    const text = tab([
      ["2023年民生实事完成情况表"],
      ["县（市、区）", "新增城镇就业（人）", "", "", "农村公路改造（公里）", "", ""],
      ["", "年度目标", "累计完成", "完成率（%）", "年度目标", "累计完成", "完成率（%）"],
      ["全市", "12000", "9100", "75.8", "300", "160", "53.3"],
      ["甲县", "5000", "4100", "82", "", "", ""],
      ["乙区", "7000", "5000", "71.4", "300", "160", "53.3"],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.workTarget, t.progress?.text ?? "", t.progress?.completion ?? ""])).toEqual([
      ["1", "新增城镇就业（人）", "", "12000人", "9100人", "75.8%"],
      ["2", "农村公路改造（公里）", "", "300公里", "160公里", "53.3%"],
      ["1-1", "甲县：新增城镇就业（人）", "甲县", "5000人", "4100人", "82%"],
      ["1-2", "乙区：新增城镇就业（人）", "乙区", "7000人", "5000人", "71.4%"],
      ["2-2", "乙区：农村公路改造（公里）", "乙区", "300公里", "160公里", "53.3%"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
    expect(r.unrecognized).toEqual([]);
  });

  test("one cell a paragraph: a row that lost its empty cells is read only when one reading fits (the ratio checks it)", () => {
    const para = (rows: string[][]) => rows.map((r) => r.join("\n\n")).join("\n\n\n");
    const text = para([
      ["地区", "甲工程"],
      ["指标一(个)", "指标二(个)"],
      ["市住建局", "市水利局"],
      ["目标", "进度", "完成比例(%)", "目标", "进度", "完成比例(%)"],
      ["全市", "10", "8", "80", "20", "5", "25"],
      ["丙区", "4", "2", "50"],
      ["丁县", "6", "6", "100", "20", "5", "25"],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits.join("、"), t.section])).toEqual([
      ["1", "市住建局", "甲工程"],
      ["2", "市水利局", "甲工程"],
      ["1-2", "丁县", "甲工程"],
      ["2-2", "丁县", "甲工程"],
    ]);
    // 丙区's three figures fit either indicator: not guessed.
    expect(r.unrecognized.map((u) => u.text)).toEqual(["丙区", "4", "2", "50"]);
  });

  test("indicators down the side, places across, one target a cell", () => {
    const text = tab([
      ["2024年主要指标分解表"],
      ["指标", "全县", "城关镇", "河口乡"],
      ["新增市场主体（户）", "900", "600", "300"],
      ["植树造林（亩）", "5000", "", "5000"],
    ]);
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits.join("、"), t.workTarget])).toEqual([
      ["1", "新增市场主体（户）", "", "900户"],
      ["1-2", "城关镇：新增市场主体（户）", "城关镇", "600户"],
      ["1-3", "河口乡：新增市场主体（户）", "河口乡", "300户"],
      ["2", "植树造林（亩）", "", "5000亩"],
      ["2-3", "河口乡：植树造林（亩）", "河口乡", "5000亩"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes stay ordinary tables: a 地区 column with task text, a place column with a 序号 table", () => {
    const notMatrix = tab([
      ["序号", "地区", "工作任务", "责任单位", "完成情况"],
      ["1", "甲县", "新建幼儿园3所", "县教育局", "已完成2所"],
      ["2", "乙区", "改造老旧小区10个", "区住建局", "完成8个"],
      ["3", "丙区", "新增就业1000人", "区人社局", "完成900人"],
    ]);
    const r = importText(notMatrix);
    expect(r.kindReason).not.toMatch(/矩阵/);
    expect(r.tasks.map((t) => t.leadUnits.join("、"))).toEqual(["县教育局", "区住建局", "区人社局"]);
    const textCells = tab([
      ["地区", "目标", "进度"],
      ["甲县", "新建幼儿园3所", "已完成2所"],
      ["乙区", "改造老旧小区10个", "完成8个"],
      ["丙区", "新增就业1000人", "完成900人"],
    ]);
    expect(importText(textCells).kindReason).not.toMatch(/矩阵/);
  });
});
