/**
 * Round ad of issue 13's structure finding: a table whose rows are wider than its header (a header cell spanning an
 * indicator, its figure and the places' shares) and a 分解情况 column read as the target's breakdown. Each rule on texts of
 * our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

describe("a table wider than its header", () => {
  const text = [
    "某区2019年度民生工程目标任务分解表",
    "项 目 | 目标 | 分 解 情 况 | 责任领导 | 责任单位 | 责任人 |",
    "教 育 提 升 工 程 | 改善城乡办学条件 | 新建幼儿园(所) | 4 | 东城镇2 西河乡1 南山街道1 | 王 明 | 区教育局 | 李 华 |",
    "改造薄弱学校(所) | 6 | 东城镇3 西河乡3 |",
    "社 会 保 障 工 程 | 兜牢民生底线 | 新增养老床位(张) | 200 | 东城镇120 南山街道80 | 赵 刚 | 区民政局 | 孙 丽 |",
  ].join("\n");

  test("the trailing assignment columns take the row's last cells, the spanning cells are the item, its figure and its breakdown", () => {
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.section, t.leadUnits, t.leader, t.person, t.workTarget])).toEqual([
      ["新建幼儿园(所)4", "教育提升工程", ["区教育局"], "王明", "李华", "东城镇2西河乡1南山街道1"],
      ["改造薄弱学校(所)6", "教育提升工程", ["区教育局"], "王明", "李华", "东城镇3西河乡3"],
      ["新增养老床位(张)200", "社会保障工程", ["区民政局"], "赵刚", "孙丽", "东城镇120南山街道80"],
    ]);
    // The breakdown is the target in parts: no progress is made of it.
    expect(r.tasks.every((t) => !t.progress)).toBe(true);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a row of only the spanning cells under a row of another width is not given the assignment above", () => {
    const r = importText(text.split("\n").filter((_, k) => k !== 2).join("\n"));
    expect(r.tasks.find((t) => t.text.startsWith("改造薄弱学校"))?.leadUnits ?? []).toEqual([]);
  });

  test("rows as wide as their header, and wide rows with no trailing assignment run, stay as written", () => {
    const same = importText(["序号 | 工作任务 | 责任单位 | 完成时限 |", "1 | 新建学校3所 | 区教育局 | 年底 |", "2 | 新建公园2个 | 区城管局 | 年底 |"].join("\n"));
    expect(same.tasks.map((t) => [t.id, t.text, t.leadUnits, t.deadline])).toEqual([
      ["1", "新建学校3所", ["区教育局"], "年底"],
      ["2", "新建公园2个", ["区城管局"], "年底"],
    ]);
    const noAssignment = importText(["序号 | 工作任务 | 责任单位 | 进展情况 |", "1 | 新建学校3所 | 区教育局 | 已开工 | 主体完成 |"].join("\n"));
    expect(noAssignment.kindReason).toContain("序号/工作任务/责任单位/进展情况");
  });
});

describe("a 分解情况 column is the target's breakdown", () => {
  test("under a task column it is the work target, never the progress its 情况 would make it", () => {
    const r = importText(["序号\t工作任务\t分解情况\t责任单位", "1\t新增城镇就业3000人\t东城镇1200人，西河乡800人，南山街道1000人\t区人社局"].join("\n"));
    expect(r.tasks.map((t) => [t.text, t.workTarget, t.leadUnits, t.progress])).toEqual([["新增城镇就业3000人", "东城镇1200人，西河乡800人，南山街道1000人", ["区人社局"], undefined]]);
  });

  test("a progress column beside it stays the progress", () => {
    const r = importText(["序号\t工作任务\t分解情况\t进展情况\t责任单位", "1\t新增城镇就业3000人\t东城镇1200人\t已完成2100人\t区人社局"].join("\n"));
    expect(r.tasks[0].progress?.text).toBe("已完成2100人");
    expect(r.tasks[0].workTarget).toBe("东城镇1200人");
  });
});
