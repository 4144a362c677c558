/**
 * Round ay of issue 13 (layouts 436–444): task catalogues as Word or spreadsheet tables. A unit alone on a row under a
 * task whose 序号 and text cells are merged, a stretch target under 力争目标 beside the expected one, a 完成时限 cell with
 * one date a line, a built task name beside target columns, a third heading level (1.) under 一、 and （一）. Each rule on
 * texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const doc = (...lines: string[]) => lines.join("\n");

describe("a unit alone on a row under a merged task: more units of the task, never a section", () => {
  test("under 牵头单位 it is one more lead, as written in the lead cell; the next task is untouched", () => {
    const text = doc("序号\t工作任务\t牵头单位\t完成时限", "1\t新建中小学3所\t区教育局\t8月底", "\t\t区住建局\t", "2\t新增就业5000人\t区人社局\t12月底");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.leadUnits, t.coUnits])).toEqual([
      ["1", "", ["区教育局", "区住建局"], []],
      ["2", "", ["区人社局"], []],
    ]);
    expect(r.sections.map((s) => s.name)).not.toContain("区住建局");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("under 责任单位 the first unit still leads and the rest help", () => {
    const r = importText(doc("序号\t工作任务\t责任单位\t完成时限", "1\t新建中小学3所\t区教育局\t8月底", "\t\t区住建局、区财政局\t"));
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([["1", ["区教育局"], ["区住建局", "区财政局"]]]);
  });

  test("lookalike: a short heading alone in that column (no unit) still opens a section", () => {
    const r = importText(doc("序号\t工作任务\t责任单位", "1\t新建中小学3所\t区教育局", "\t\t民生保障", "2\t新增就业5000人\t区人社局"));
    expect(r.tasks.map((t) => [t.id, t.section])).toEqual([
      ["1", ""],
      ["2", "民生保障"],
    ]);
  });
});

describe("预期目标 | 力争目标: the stretch target is kept apart", () => {
  test("力争目标 is the stretch target; the expected one stays with the indicator", () => {
    const r = importText(doc("序号\t重点工作\t预期目标\t力争目标\t责任单位", "1\t地区生产总值\t增长6%\t增长6.5%\t区发改局", "2\t固定资产投资\t增长8%\t增长10%\t区发改局、区住建局"));
    expect(r.tasks.map((t) => [t.id, t.text, t.stretchTarget, t.leadUnits, t.coUnits])).toEqual([
      ["1", "地区生产总值增长6%", "增长6.5%", ["区发改局"], []],
      ["2", "固定资产投资增长8%", "增长10%", ["区发改局"], ["区住建局"]],
    ]);
  });

  test("奋斗目标 | 工作目标 read as before", () => {
    const r = importText(doc("序号\t工作任务\t奋斗目标\t工作目标\t牵头单位", "1\t提升医疗救治能力\t床位151张以上\t完善分级诊疗\t市卫健委"));
    expect(r.tasks.map((t) => [t.text, t.stretchTarget, t.workTarget])).toEqual([["提升医疗救治能力", "床位151张以上", "完善分级诊疗"]]);
  });
});

describe("a built task name beside target columns (具体工作 | 奋斗目标 | 工作目标)", () => {
  test("具体工作 standing before the targets is the task column", () => {
    const r = importText(doc("序号\t具体工作\t奋斗目标\t工作目标\t牵头单位", "1\t提升医疗救治能力\t床位151张以上\t完善分级诊疗\t市卫健委"));
    expect(r.tasks.map((t) => [t.text, t.stretchTarget, t.workTarget, t.leadUnits])).toEqual([["提升医疗救治能力", "床位151张以上", "完善分级诊疗", ["市卫健委"]]]);
  });

  test("lookalike: a 事项 category beside target columns stays the category, the targets the text", () => {
    const r = importText(doc("事项\t序号\t奋斗目标\t工作目标\t责任单位", "产业发展\t1\t引进项目20个\t引进项目15个\t区商务局"));
    expect(r.tasks.map((t) => [t.section, t.text])).toEqual([["产业发展", "引进项目15个"]]);
  });
});

describe("a 完成时限 cell with one date a line", () => {
  test("the dates are kept apart with ；", () => {
    const r = importText(doc("序号\t工作任务\t牵头单位\t完成时限", '1\t新建中小学3所\t区教育局\t"6月底前开工\n12月底前完工"', "2\t新增就业5000人\t区人社局\t长期坚持"));
    expect(r.tasks.map((t) => t.deadline)).toEqual(["6月底前开工；12月底前完工", "长期坚持"]);
  });

  test("lookalike: a date wrapped at the cell's width is joined whole", () => {
    const r = importText(doc("序号\t工作任务\t牵头单位\t完成时限", '1\t新建中小学3所\t区教育局\t"2023年12\n月底前"'));
    expect(r.tasks.map((t) => t.deadline)).toEqual(["2023年12月底前"]);
  });
});

describe("a third heading level (1.) under 一、 and （一） inside a table", () => {
  const text = doc("序号\t工作任务\t牵头单位\t配合单位", "一、经济发展", "（一）工业", "1.培育集群\t\t\t", "1\t培育产业集群\t区工信局\t区发改局", "2\t壮大园区\t区园区办\t区工信局");
  const r = importText(text);

  test("it narrows the sub-part and keeps it; the part stays; no task without text", () => {
    expect(r.tasks.map((t) => [t.id, t.section, t.subsection])).toEqual([
      ["1", "一、经济发展", "（一）工业 1.培育集群"],
      ["2", "一、经济发展", "（一）工业 1.培育集群"],
    ]);
    expect(r.tasks.every((t) => t.text)).toBe(true);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a 序号 cell with a number alone (1, 1.) is the task's number", () => {
    const rows = importText(doc("序号\t工作任务\t牵头单位", "1.\t培育产业集群\t区工信局", "2\t壮大园区\t区园区办"));
    expect(rows.tasks.map((t) => [t.id, t.text])).toEqual([
      ["1", "培育产业集群"],
      ["2", "壮大园区"],
    ]);
  });
});
