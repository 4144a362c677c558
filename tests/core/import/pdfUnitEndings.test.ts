/**
 * The PDF-table importer cuts unit names with the ending list every importer and the splitter share
 * (src/core/units/bodyNames.ts): a 总工会, 图书馆, 街道办事处, 支队 or 乡 in the units column is a unit there as it is in
 * a Word table — and a wrapped line of task text ending in one of those words ("榴枣归乡" in an open quote, "镇（街）")
 * stays text. The task texts here end without a sentence end, so only the unit's ending tells the columns apart.
 */
import { importText } from "../../../src/core/import";

const table = [
  "2024年上半年重点任务落实情况表",
  "序号 年度任务目标 责任单位 进展情况",
  "1",
  "举办职工技能竞赛10场次，参与职工",
  "2000人次",
  "区总工会",
  "区人社局",
  "已举办职工技能竞赛6场次，参与职",
  "工1300人次。",
  "2",
  "新增公共阅读空间5处",
  "区图书馆",
  "坛山街道办事处",
  "已建成公共阅读空间3处。",
  "3",
  "完成消防安全隐患排查整治500处",
  "区消防救援支队",
  "大陈乡",
  "已排查整治隐患312处。",
  "4",
  "打造市“榴枣归乡",
  "”农产品品牌，新改建“四好农村路”36公里，镇（街）",
  "道路全覆盖。",
  "区农业农村局",
  "已完成品牌注册，新改建农村路18公里。",
].join("\n");

test("units ending in 会, 馆, 办事处, 支队, 乡 are units; wrapped text ending like a body stays text", () => {
  const r = importText(table);
  expect(r.kind).toBe("pdf-table");
  const got = r.tasks.map((t) => ({ id: t.id, lead: t.leadUnits, co: t.coUnits }));
  expect(got).toEqual([
    { id: "1", lead: ["区总工会"], co: ["区人社局"] },
    { id: "2", lead: ["区图书馆"], co: ["坛山街道办事处"] },
    { id: "3", lead: ["区消防救援支队"], co: ["大陈乡"] },
    { id: "4", lead: ["区农业农村局"], co: [] },
  ]);
  expect(r.tasks[3].text).toContain("“榴枣归乡”农产品品牌");
  expect(r.tasks[0].progress?.text).toContain("已举办职工技能竞赛6场次");
});
