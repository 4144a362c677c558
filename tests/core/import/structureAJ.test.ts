/**
 * Round ai of issue 13: progress tables whose lead units each report their own account, unit names broken over two cells,
 * an account's points written one a paragraph, and projects named one at a time before 等N个项目 in progress prose (layouts
 * 274–282). Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

const cells = (...paragraphs: string[]) => paragraphs.join("\n\n");
const accountOf = (t: { progress?: { text: string; completion: string } }) => [t.progress?.text ?? "", t.progress?.completion ?? ""].join("");

describe("lead units each with their own account", () => {
  test("one cell a paragraph: each lead unit's account follows it, and each is kept under its unit's name", () => {
    const text = cells(
      "上半年重点工作完成情况",
      "序号",
      "工作任务",
      "牵头责任单位",
      "完成情况",
      "1",
      "城乡居民收入与经济增长同步。",
      "区人社局",
      "城镇居民人均可支配收入增长5.1%。",
      "区农业农村局",
      "农村居民人均可支配收入增长6.2%。",
      "2",
      "完成年度减排任务。",
      "区生态环境局",
      "减排达到序时进度。",
    );
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["区人社局", "区农业农村局"], []],
      ["2", ["区生态环境局"], []],
    ]);
    expect(accountOf(r.tasks[0])).toBe("区人社局：城镇居民人均可支配收入增长5.1%。区农业农村局：农村居民人均可支配收入增长6.2%。");
    expect(accountOf(r.tasks[1])).toBe("减排达到序时进度。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("tab rows: the task's cell merged over its units' rows reads the same", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t进展情况",
      "1\t城乡居民收入与经济增长同步。\t区人社局\t城镇居民人均可支配收入增长5.1%。",
      "\t\t区农业农村局\t农村居民人均可支配收入增长6.2%。",
      "2\t完成年度减排任务。\t区生态环境局\t减排达到序时进度。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["区人社局", "区农业农村局"], []],
      ["2", ["区生态环境局"], []],
    ]);
    expect(accountOf(r.tasks[0])).toContain("区农业农村局：农村居民人均可支配收入增长6.2%。");
  });

  test("lookalike: a plain 责任单位 cell wrapped onto the next row stays co-units and one account", () => {
    const text = [
      "序号\t项目名称\t责任单位\t1—9月进展情况",
      "1\t城区幼儿园建设\t区教育局\t推进缓慢，两个项目未开工。",
      "\t\t各街道\t滞后项目已挂牌督办。",
      "2\t卫生院能力提升\t区卫健局\t正常推进。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks[0].leadUnits).toEqual(["区教育局"]);
    expect(accountOf(r.tasks[0])).toBe("推进缓慢，两个项目未开工。滞后项目已挂牌督办。");
  });

  test("lookalike: an account cut mid-sentence goes on unlabelled", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t进展情况",
      "1\t推进老旧小区改造。\t区住建局\t已完成改造12个，",
      "\t\t区财政局\t其余正在施工。",
      "2\t完成年度减排任务。\t区生态环境局\t减排达到序时进度。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks[0].leadUnits).toEqual(["区住建局", "区财政局"]);
    expect(accountOf(r.tasks[0])).toBe("已完成改造12个，其余正在施工。");
  });
});

describe("a unit's name broken over two cells", () => {
  const table = (units: string[]) =>
    cells("序号", "工作任务", "牵头责任单位", "完成情况", "1", "升级惠企政策网上超市。", ...units, "移动端已上线。", "2", "推进政务服务改革。", "区政务服务中心", "已完成。");

  test("a name's head without its kind, then the kind alone, is one unit", () => {
    const r = importText(table(["区人社局", "区数据资源", "管理局", "区财政局"]));
    expect(r.tasks[0].leadUnits).toEqual(["区人社局", "区数据资源管理局", "区财政局"]);
  });

  test("lookalikes: two whole names stay two, and a kind after a whole name is no part of it", () => {
    expect(importText(table(["区人社局", "区财政局"])).tasks[0].leadUnits).toEqual(["区人社局", "区财政局"]);
    expect(importText(table(["区人社局", "区市场监管局"])).tasks[0].leadUnits).toEqual(["区人社局", "区市场监管局"]);
  });
});

describe("an account's points one a paragraph", () => {
  test("numbered points after the first stay in the account; the task's text is its own", () => {
    const text = [
      "序号",
      "工作任务",
      "牵头责任单位",
      "一季度进展情况",
      "1",
      "实施提振消费专项行动。",
      "区商务局",
      "1. 印发促消费若干举措，安排促消费资金2000万元。",
      "2. 分解年度民生实事目标任务。",
      "2",
      "推进稳岗就业。",
      "区人社局",
      "新增城镇就业1200人。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(r.tasks[0].text).toBe("实施提振消费专项行动。");
    expect(accountOf(r.tasks[0])).toContain("2.分解年度民生实事目标任务。");
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a figure after the number is no point mark", () => {
    const text = ["序号", "工作任务", "牵头责任单位", "一季度进展情况", "1", "扩大有效投资。", "区发改局", "完成投资1.5亿元。", "2", "推进稳岗就业。", "区人社局", "新增城镇就业1200人。"].join("\n");
    expect(importText(text).tasks.map((t) => [t.id, accountOf(t)])).toEqual([
      ["1", "完成投资1.5亿元。"],
      ["2", "新增城镇就业1200人。"],
    ]);
  });
});

describe("projects named before 等N个项目 in progress prose", () => {
  const report = (sentence: string) => importText(["某市重大项目推进情况", `今年以来，全市重大项目完成投资22亿元，${sentence}`].join("\n"));
  const items = (sentence: string) => report(sentence).tasks.map((t) => [t.text, t.progress?.text ?? ""]);

  test("one project named for its kind takes the state said of them all", () => {
    expect(items("新材料产业园等3个项目已开工，开工率42.9%。")).toEqual([["新材料产业园", "已开工"]]);
    expect(items("市老年病医院二期等项目进展较快，可望提前开工建设。")).toEqual([["市老年病医院二期", "进展较快"]]);
  });

  test("several named take a part's completion as their state", () => {
    expect(items("西部物流港、冷链物流基地等5个项目部分子项完工。")).toEqual([
      ["西部物流港", "部分子项完工"],
      ["冷链物流基地", "部分子项完工"],
    ]);
  });

  test("lookalikes: a place or office before 等, a plan, units, and a text that is no progress report", () => {
    const names = (sentence: string) => items(sentence).map(([name]) => name);
    expect(names("城关街道等5个项目已开工。")).not.toContain("城关街道");
    expect(names("新材料产业园等3个项目计划年内开工。")).not.toContain("新材料产业园");
    expect(names("区住建局等5个单位工作推进有力。")).not.toContain("区住建局");
    const plan = importText(["某市重大项目建设方案", "新材料产业园等3个项目已开工，要加快建设。"].join("\n"));
    expect(plan.tasks.some((t) => t.text === "新材料产业园")).toBe(false);
  });
});

describe("period columns under a plan's title", () => {
  const table = (title: string) =>
    [title, "序号\t工作任务\t牵头责任单位\t一季度\t二季度\t三季度\t四季度", "1\t扩大有效投资。\t区发改委\t制定项目计划\t集中开工\t加快建设\t完成年度计划", "2\t发放消费券。\t区商务局\t制定方案\t首批发放\t\t总结评估"].join("\n");

  test("are the plan's milestones: each row's deadline, quarter by quarter, never its progress", () => {
    const r = importText(table("2020年重点工作任务及责任分解"));
    expect(r.tasks.map((t) => [t.id, t.deadline, t.progress])).toEqual([
      ["1", "一季度：制定项目计划；二季度：集中开工；三季度：加快建设；四季度：完成年度计划", undefined],
      ["2", "一季度：制定方案；二季度：首批发放；四季度：总结评估", undefined],
    ]);
  });

  test("lookalike: under a progress report's title they are what each period reached", () => {
    const r = importText(table("2020年重点工作落实情况表"));
    expect(r.tasks[0].progress?.text).toContain("完成年度计划");
    expect(r.tasks[0].deadline).toBe("");
  });
});
