/**
 * Round o of issue 13's structure finding, each rule on a shape of its own and against what it must leave alone: one
 * column for the whole report on an item (进展情况、存在问题及下一步打算) with its parts labelled inside the cell, a
 * further target of a task landing in the 序号 column when a web table's merged cells are left out, a progress cell
 * merged over a state and its account and sub-items one a paragraph in a table copied one cell a paragraph, a units
 * cell merged down over rows, and progress reports written as paragraphs (一是… , indicator results, an item and what
 * it reached).
 */
import { importText } from "../../../src/core/import";
import { matchHeaderRow } from "../../../src/core/import/tableColumns";
import { unaccountedLines } from "./helpers";

const pipe = (...cells: string[]) => `${cells.join(" | ")} |`;

describe("one column for the whole report on an item", () => {
  test("a header naming progress, problems and next steps together is the progress column", () => {
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "进展情况、存在问题及下一步打算"])?.progress).toBe(3);
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "工作进展及下步打算"])?.progress).toBe(3);
  });

  test("a header opening with another part, or naming something besides a report, is no progress column of this kind", () => {
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "存在问题、困难问题及下一步打算"])?.progress).toBeUndefined();
    expect(matchHeaderRow(["序号", "工作任务", "责任单位", "进展情况、存在问题及资金到位和拨付使用情况"])?.progress).toBeUndefined();
  });

  test("its cells' labelled parts go to their places, the labels left out", () => {
    const text = [
      pipe("序号", "工作任务", "责任单位", "进展情况、存在问题及下一步打算"),
      pipe("1", "新建公办幼儿园2所", "区教育局", "进展情况：主体完工。 存在问题：资金未到位。 下步打算：完成装修。"),
      pipe("2", "改造老旧小区5个", "区住建局", "已完成3个。"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.progress?.text, t.progress?.problems, t.progress?.nextSteps])).toEqual([
      ["主体完工。", "资金未到位。", "完成装修。"],
      ["已完成3个。", "", ""],
    ]);
  });
});

describe("a further target left in the 序号 column", () => {
  test("a row whose only cell, in the 序号 column, is a target with its figure goes on with the task above", () => {
    const text = [
      pipe("序号", "工作任务", "责任单位", "进展情况"),
      pipe("1", "新改扩建公办中小学校1所", "教体局", "完成80%。"),
      "新增学位810个 | |||",
      pipe("2", "新建养老服务中心2个", "民政局", "已开工。"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text])).toEqual([
      ["1", "新改扩建公办中小学校1所；新增学位810个"],
      ["2", "新建养老服务中心2个"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a lone cell without a figure (a heading), or a number, is not taken as more of the task", () => {
    const text = [
      pipe("序号", "工作任务", "责任单位", "进展情况"),
      pipe("1", "新改扩建公办中小学校1所", "教体局", "完成80%。"),
      "城建项目 | |||",
      pipe("2", "新建养老服务中心2个", "民政局", "已开工。"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.find((t) => t.id === "1")!.text).toBe("新改扩建公办中小学校1所");
  });
});

describe("a table copied one cell a paragraph, with merged cells", () => {
  const paras = (...p: string[]) => p.join("\n\n");
  test("a short state with its account under it fills the last (progress) column; sub-items one a paragraph stay one cell; a merged units cell carries down", () => {
    const text = paras(
      "序号", "项目内容", "牵头单位", "落实情况",
      "1", "完成结对帮扶学校1所。", "教育局", "基本完成。", "已完成结对帮扶任务，待省厅审核。",
      "2", "（1）完成成人学历提升416人；", "（2）完成大专学历提升902人。", "提前完成年度任务。", "（1）完成895人；", "（2）完成1937人。",
      "3", "新建ICU床位10张。", "县卫生健康局", "提前完成年度任务。", "已新建ICU床位10张。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits.join("、"), t.progress?.completion])).toEqual([
      ["1", "教育局", "基本完成。已完成结对帮扶任务，待省厅审核。"],
      ["2-(1)", "教育局", "完成895人"],
      ["2-(2)", "教育局", "完成1937人。"],
      ["3", "县卫生健康局", "提前完成年度任务。已新建ICU床位10张。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a state followed by a row of its own under the same 序号 (a unit paragraph below) keeps that row", () => {
    const text = paras("序号", "工作任务", "责任单位", "落实情况", "1", "新建公办幼儿园2所。", "县教育局", "已完成。", "新增学位900个。", "县民政局");
    const r = importText(text);
    expect(r.tasks.some((t) => (t.progress?.completion ?? "").includes("新增学位900个"))).toBe(false);
    expect(r.tasks.some((t) => t.text.includes("新增学位900个") || t.coUnits.includes("县民政局"))).toBe(true);
  });

  test("a units column that repeats a unit in two rows in a row is left as written: an item with no unit keeps none", () => {
    const text = paras("序号", "工作任务", "责任单位", "1", "新建公办幼儿园2所。", "区教育局", "2", "新增学位900个。", "区教育局", "3", "开展全民健身活动50场。");
    expect(importText(text).tasks.map((t) => t.leadUnits.join("、"))).toEqual(["区教育局", "区教育局", ""]);
  });

  test("a tab table's empty units cell is no merged cell: it stays empty", () => {
    const row = (...cells: string[]) => cells.join("\t");
    const text = [row("序号", "工作任务", "责任单位"), row("1", "新建公办幼儿园2所。", "区教育局"), row("2", "开展全民健身活动50场。", "")].join("\n");
    expect(importText(text).tasks.map((t) => t.leadUnits.join("、"))).toEqual(["区教育局", ""]);
  });
});

describe("progress reports written as paragraphs", () => {
  test("一是X。 opens an item in a sentence of its own; the rest of the paragraph is what it reached", () => {
    const text = ["民心工程进展情况", "一是高速公路建设。路基工程完成98%，主线完成70%。", "二是治理道路拥堵。完成8条旧路改造，达到计划的57%。"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.progress?.text])).toEqual([
      ["高速公路建设", "路基工程完成98%，主线完成70%。"],
      ["治理道路拥堵", "完成8条旧路改造，达到计划的57%。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("indicator results of a period gone by: each indicator with the figures after its name", () => {
    const text = ["前三季度经济运行情况", "元至九月，全县完成生产总值56.7亿，增长7.5%；固定资产投资保持较快增长，1至9月，全县累计完成固定资产投资105亿元，增长12.9%。"].join("\n");
    expect(importText(text).tasks.map((t) => [t.text, t.progress?.text])).toEqual([
      ["生产总值", "56.7亿，增长7.5%"],
      ["固定资产投资", "105亿元，增长12.9%"],
    ]);
  });

  test("targets that name no period gone by are no results, and a report that is no progress report reads as before", () => {
    const targets = ["前三季度工作进展情况", "一、主要预期目标", "地区生产总值增长6%左右；固定资产投资增长10%以上。"].join("\n");
    expect(importText(targets).tasks.every((t) => !t.progress)).toBe(true);
    const plan = ["政府工作报告", "一、今年的主要任务", "农村安全饮水工程完成改造10处，新建公厕20座。"].join("\n");
    expect(importText(plan).tasks.every((t) => !t.progress)).toBe(true);
  });

  test("under a heading, a sentence the reader finds no item in is read as before: nothing found before is lost", () => {
    const text = ["民生工程进展情况", "一、农村民生", "农村安全饮水工程已建成1处。新建改建农村公路500公里，年底前全部完工。"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text.replace(/。$/, ""), t.progress?.text ?? ""])).toEqual([
      ["农村安全饮水工程", "已建成1处"],
      ["新建改建农村公路500公里，年底前全部完工", ""],
    ]);
  });

  test("under a heading a bare 完成 may be the target itself: only 已… or a rate opens an item there", () => {
    const text = ["民生工程进展情况", "一、农村民生", "农村危房改造完成1000户。农村安全饮水工程已建成1处。"].join("\n");
    expect(importText(text).tasks.map((t) => [t.text.replace(/。$/, ""), t.progress?.text ?? ""])).toEqual([
      ["农村危房改造完成1000户", ""],
      ["农村安全饮水工程", "已建成1处"],
    ]);
  });

  test("an item and what it reached opens a clause; a list of items, a figure in the name or words that reach nothing open none", () => {
    const text = [
      "3月份十件实事进展情况",
      "农村安全饮水工程已建成1处，开工建设3处。",
      "重点工程续建项目总体顺利，体育公园建设工程已完成地质勘探。",
      "学校标准化建设工程、农村公路建设工程均已全面展开。",
      "2项已完成年度目标任务。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.filter((t) => t.progress).map((t) => [t.text, t.progress?.text])).toEqual([
      ["农村安全饮水工程", "已建成1处，开工建设3处"],
      ["体育公园建设工程", "已完成地质勘探"],
    ]);
  });
});
