/**
 * Round s of issue 13's structure finding: catalogue and progress shapes no train layout had before — numbered label
 * blocks ("01 项目名称：" with values on the same or the next line, units one a line under an empty label), the list of
 * what an item reached numbered under an empty 完成情况：, a header name split over two header rows (完成 / 时限), a
 * heading row naming the leader of the rows under it (分管区领导：张明（常务副区长）), and units cells that carry a 配合 mark
 * or the person in brackets (市城管局（刘洋）). Each rule on shapes of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { textToRows } from "../../../src/core/import/textToRows";
import { unaccountedLines } from "./helpers";

const units = (text: string) => importText(text).tasks.map((t) => [t.id, t.leadUnits, t.coUnits, t.person]);

describe("numbered label blocks, a project a block", () => {
  const text = [
    "2024年重点项目清单",
    "",
    "01 项目名称：城东污水处理厂扩建",
    "建设内容：新增处理能力3万吨/日",
    "责任单位：县住建局",
    "完成时限：2024年12月",
    "",
    "02 项目名称：",
    "县医院门诊楼",
    "建设内容：",
    "新建门诊楼2.1万平方米",
    "责任单位：",
    "县卫健局",
    "县发改局",
    "完成时限：",
    "2024年10月",
  ].join("\n");

  test("the name and content are the task, the value on the next line is the label's, units one a line (the first leads)", () => {
    const result = importText(text);
    expect(result.tasks.map((t) => [t.id, t.text, t.leadUnits, t.coUnits, t.deadline])).toEqual([
      ["01", "城东污水处理厂扩建：新增处理能力3万吨/日", ["县住建局"], [], "2024年12月"],
      ["02", "县医院门诊楼：新建门诊楼2.1万平方米", ["县卫健局"], ["县发改局"], "2024年10月"],
    ]);
    expect(unaccountedLines(text, result)).toEqual([]);
  });

  test("a number and a space before other words opens no block; a label with its value on its line takes nothing below", () => {
    const prose = [
      "一、工作任务",
      "1.新建农贸市场2个。",
      "责任单位：县商务局",
      "2.改造老旧小区10个。",
      "责任单位：县住建局",
      "12 个项目已开工，其余正在办理前期手续。",
    ].join("\n");
    const result = importText(prose);
    expect(result.tasks.map((t) => [t.id, t.leadUnits])).toEqual([
      ["1", ["县商务局"]],
      ["2", ["县住建局"]],
    ]);
    expect(result.tasks.some((t) => /12 个项目/.test(t.text) || t.leadUnits.some((u) => /项目/.test(u)))).toBe(false);
  });
});

describe("what an item reached, numbered under an empty 完成情况：", () => {
  test("the numbered lines under it are the item's progress, not sub-items", () => {
    const text = [
      "关于重点督办事项完成情况的通报",
      "二、督办事项完成情况",
      "（一）城区集中供热改造。由县住建局牵头，县财政局配合。",
      "完成情况：",
      "1.新铺设供热管网12公里。",
      "2.新增供热面积40万平方米。",
      "（二）农村公路提档。由县交通运输局牵头。",
      "完成情况：",
      "1.完成路面改造36公里。",
    ].join("\n");
    const result = importText(text);
    expect(result.tasks.map((t) => [t.id, t.text, t.leadUnits, t.progress?.text])).toEqual([
      ["一", "城区集中供热改造。", ["县住建局"], "1.新铺设供热管网12公里。2.新增供热面积40万平方米。"],
      ["二", "农村公路提档。", ["县交通运输局"], "1.完成路面改造36公里。"],
    ]);
    expect(unaccountedLines(text, result)).toEqual([]);
  });

  test("a 完成情况： with its value on its line takes no numbered line below: the next number is the next item", () => {
    const text = [
      "关于重点工作完成情况的通报",
      "一、经济指标",
      "1.地区生产总值增长6%。",
      "牵头单位：县发改局",
      "完成情况：1-9月增长5.2%。",
      "2.一般公共预算收入增长5%。",
      "牵头单位：县财政局",
      "完成情况：1-9月增长4.1%。",
    ].join("\n");
    expect(importText(text).tasks.map((t) => [t.id, t.progress?.text])).toEqual([
      ["1", "1-9月增长5.2%"],
      ["2", "1-9月增长4.1%"],
    ]);
  });
});

describe("a header name split over two header rows", () => {
  const head = "序号\t重点工作\t牵头单位\t配合单位\t完成";
  test("完成 over 时限 is the 完成时限 column; the second row is a row of the table with empty first cells", () => {
    const text = ["重点工作责任分工", head, "\t\t\t\t时限", "1\t新建农村公路60公里。\t区交通运输局\t区财政局\t2024年11月"].join("\n");
    expect(textToRows(text.split("\n")).rows.map((r) => r.cells.length)).toEqual([5, 5, 5]);
    const result = importText(text);
    expect(result.tasks.map((t) => [t.id, t.leadUnits, t.deadline])).toEqual([["1", ["区交通运输局"], "2024年11月"]]);
    expect(unaccountedLines(text, result)).toEqual([]);
  });

  test("a second row whose word makes no header name with the one above is not joined to it", () => {
    const text = ["重点工作责任分工", "序号\t重点工作\t牵头单位\t完成时限\t备注", "\t\t\t\t说明", "1\t新建农村公路60公里。\t区交通运输局\t2024年11月\t"].join("\n");
    const result = importText(text);
    expect(result.tasks.map((t) => [t.id, t.deadline])).toEqual([["1", "2024年11月"]]);
  });

  test("one cell a line (each line opening with one tab) is read as before, a cell a line", () => {
    const lines = ["\t序号", "\t重点工作", "\t牵头单位", "", "\t1", "\t新建农村公路。", "\t\t县交通局"];
    expect(textToRows(lines).rows.map((r) => r.cells)).toEqual([
      ["序号", "重点工作", "牵头单位"],
      ["1", "新建农村公路。", "\t县交通局"],
    ]);
  });
});

describe("a heading row that names the leader of the rows under it", () => {
  const table = (heading: string) =>
    ["序号\t重点工作\t牵头单位\t完成时限", heading, "1\t新建农村公路60公里。\t区交通运输局\t2024年11月", "2\t改造老旧小区12个。\t区住建局\t2024年10月"].join("\n");
  test("分管区领导：name（post） gives its rows their leader", () => {
    expect(importText(table("一、分管区领导：张明（常务副区长）")).tasks.map((t) => t.leader)).toEqual(["张明", "张明"]);
    expect(importText(table("二、责任领导：李华")).tasks.map((t) => t.leader)).toEqual(["李华", "李华"]);
  });
  test("a heading about leaders that names none gives no leader", () => {
    expect(importText(table("一、分管领导亲自调度")).tasks.map((t) => t.leader)).toEqual(["", ""]);
    expect(importText(table("一、责任领导：各镇主要负责同志")).tasks.map((t) => t.leader)).toEqual(["", ""]);
    expect(importText(table("一、交通建设（共2项）")).tasks.map((t) => t.leader)).toEqual(["", ""]);
  });
});

describe("units cells carrying a 配合 mark or the person in brackets", () => {
  const row = (cell: string) => ["序号\t项目名称\t责任单位", `1\t背街小巷整治\t${cell}`].join("\n");
  test("（配合） after a name makes it a co-unit, the unmarked name leads", () => {
    expect(units(row("区财政局（配合）、区城管局"))).toEqual([["1", ["区城管局"], ["区财政局"], ""]]);
    expect(units(row('"区城管局（牵头）\n区财政局（配合）"'))).toEqual([["1", ["区城管局"], ["区财政局"], ""]]);
  });
  test("a surname and a given name in brackets after a unit is its person", () => {
    expect(units(row("市城管局（刘洋）"))).toEqual([["1", ["市城管局"], [], "刘洋"]]);
    expect(units(row('"市水务局（赵宏）\n市生态环境局"'))).toEqual([["1", ["市水务局"], ["市生态环境局"], "赵宏"]]);
  });
  test("a second name, a place or words in brackets are no person", () => {
    expect(units(row("区发改局（区能源中心）"))).toEqual([["1", ["区发改局"], [], ""]]);
    expect(units(row("县发改局（粮食局）"))).toEqual([["1", ["县发改局"], [], ""]]);
    expect(units(row("市水务局（王家坝）"))[0][3]).toBe("");
    expect(units(row("区农业农村局（乡村振兴）"))[0][3]).toBe("");
    expect(units(row("区财政局、区城管局"))).toEqual([["1", ["区财政局"], ["区城管局"], ""]]);
  });
  test("a 责任人 column is the person, whatever a bracket says", () => {
    const text = ["序号\t项目名称\t责任单位\t责任人", "1\t背街小巷整治\t市城管局（刘洋）\t王敏"].join("\n");
    expect(units(text)).toEqual([["1", ["市城管局"], [], "王敏"]]);
  });
  test("in a list, a unit's person in brackets after it is its person too (a 责任人 label still wins)", () => {
    const list = ["一、重点任务", "1.整治背街小巷46条。", "责任单位：市城管局（刘洋）、市财政局", "2.改造供水管网28公里。", "责任单位：市水务局（赵宏）", "责任人：王敏"].join("\n");
    expect(importText(list).tasks.map((t) => [t.id, t.leadUnits, t.coUnits, t.person])).toEqual([
      ["1", ["市城管局"], ["市财政局"], "刘洋"],
      ["2", ["市水务局"], [], "王敏"],
    ]);
  });
});
