/**
 * Rules of layout round h (issue 13) on small documents of their own: merged cells other than the first, rows
 * merged across, tables aligned with spaces without a 序号 column, notes on which unit leads.
 */
import { importText } from "../../../src/core/import";

describe("merged cells and headers without 序号", () => {
  test("a box cell with no rule above it is merged with the cell above, wherever its text stands", () => {
    const rows = [
      "┌────┬────────────────┬────────┬────────┐",
      "│序号│工作任务        │责任领导│责任单位│",
      "├────┼────────────────┼────────┼────────┤",
      "│1   │建成公园2个。   │        │市园林局│",
      "├────┼────────────────┤        ├────────┤",
      "│2   │新建绿道5公里。 │ 王立新 │市住建局│",
      "├────┼────────────────┼────────┼────────┤",
      "│3   │新增停车位800个。 │ 李红   │市公安局│",
      "└────┴────────────────┴────────┴────────┘",
    ];
    const result = importText(rows.join("\n"));
    expect(result.tasks.map((t) => [t.id, t.leader, t.leadUnits.join("、")])).toEqual([
      ["1", "王立新", "市园林局"],
      ["2", "王立新", "市住建局"],
      ["3", "李红", "市公安局"],
    ]);
  });

  test("a table aligned with spaces without 序号: a cell ends at a sentence end or a short line, a comma goes on", () => {
    const text = [
      "  项目名称                  责任单位        进展情况",
      "  城区公办幼儿园建设        市教育局        已开工2所。",
      "  乡镇污水处理站建设        市住建局        完成主体工程的",
      "                            各区县政府      60%。",
      "  新建城市道路12公里，      市交通局        已完成8公里。",
      "  改造背街小巷30条。",
    ].join("\n");
    const result = importText(text);
    expect(result.tasks.map((t) => [t.text, t.leadUnits.join("、"), t.coUnits.join("、")])).toEqual([
      ["城区公办幼儿园建设", "市教育局", ""],
      ["乡镇污水处理站建设", "市住建局", "各区县政府"],
      ["新建城市道路12公里，改造背街小巷30条。", "市交通局", ""],
    ]);
  });

  test("a bracketed note on which unit leads is no item, and rows under a merged 序号 are one declared item", () => {
    const list = importText(
      ["（各项任务中，排名第一的为牵头单位）", "一、项目建设", "1.建成产业园一期。责任单位：县发改局、县工信局。", "2.新建农村公路80公里。责任单位：县交通局。"].join("\n"),
    );
    expect(list.tasks.map((t) => [t.id, t.leadUnits.join("、")])).toEqual([
      ["1", "县发改局"],
      ["2", "县交通局"],
    ]);
    const table = importText(
      ["序号\t工作任务\t牵头单位\t完成时限", "一、民生（共1项）", "1\t建成小学1所。\t县教育局\t8月底", "1\t建成幼儿园1所。\t县教育局\t9月底"].join("\n"),
    );
    expect(table.tasks.map((t) => [t.id, t.leadUnits.join("、"), t.deadline])).toEqual([
      ["1-1", "县教育局", "8月底"],
      ["1-2", "县教育局", "9月底"],
    ]);
    expect(table.notes.filter((n) => n.code === "IMPORT_SECTION_COUNT")).toEqual([]);
  });
});
