/**
 * Round af of issue 13: progress tables and notices, leaders and lead units written as the held-out totals suggested train
 * lacked (layouts 250–258). Each rule on texts of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { namesBesidePosts } from "../../../src/core/import/unitPerson";
import { unaccountedLines } from "./helpers";

const progressOf = (t: { progress?: { text: string; problems: string; nextSteps: string; period: string } }) => t.progress?.text ?? "";

describe("a leader's post written apart from the name", () => {
  test("in a leader column any level's post says who the leader is", () => {
    const text = [
      "序号\t重点工作\t包保领导\t责任单位\t上周完成情况",
      "1\t移民搬迁\t副镇长 王立\t镇扶贫中心（牵头）、某社区\t完成征地丈量",
      "2\t环境整治\t党委副书记 赵敏\t镇环保站\t清理河道三处",
      "3\t产业园建设\t镇长 刘成、副镇长 陈刚\t镇经发办\t道路完成硬化",
      "4\t集镇提升\t区委常委、副区长 孙建国\t镇规划建设站\t完成设计",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.leadUnits])).toEqual([
      ["1", "王立", ["镇扶贫中心"]],
      ["2", "赵敏", ["镇环保站"]],
      ["3", "刘成、陈刚", ["镇经发办"]],
      ["4", "孙建国", ["镇规划建设站"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("after a leader's label in a list or in a notice's bracket", () => {
    const list = importText(["重点工作清单", "1.推进产业园建设", "包保领导：副镇长 王立", "牵头单位：镇经发办", "2.推进污水管网建设", "包保领导：党委副书记 赵敏", "牵头单位：镇规划建设站"].join("\n"));
    expect(list.tasks.map((t) => [t.id, t.leader])).toEqual([["1", "王立"], ["2", "赵敏"]]);
    const notice = importText(
      ["关于印发重点工作任务分解的通知", "一、项目建设", "1.推进产业园建设。（包保领导：副镇长 王立；牵头单位：镇经发办）", "2.推进污水管网建设。（包保领导：党委副书记 赵敏；牵头单位：镇规划建设站）", "3.推进集镇道路提升。（包保领导：镇长 刘成；牵头单位：镇规划建设站）"].join("\n"),
    );
    expect(notice.tasks.map((t) => [t.id, t.leader])).toEqual([["1", "王立"], ["2", "赵敏"], ["3", "刘成"]]);
  });

  test("lookalikes: no post, a unit beside the name, a sentence", () => {
    expect(namesBesidePosts("王立")).toEqual([]);
    expect(namesBesidePosts("区发改局 张三")).toEqual([]);
    expect(namesBesidePosts("分管副镇长负责协调")).toEqual([]);
    expect(namesBesidePosts("镇长")).toEqual([]);
    expect(namesBesidePosts("副镇长 王立")).toEqual(["王立"]);
  });
});

describe("labels run on after an item's sentence", () => {
  const text = [
    "某区为民办实事项目推进情况督查通报",
    "现将各项目推进情况通报如下：",
    "1.城区学校新建项目。联系区领导：副区长 杨华；牵头单位：区教育局；配合单位：区住建局、区资规局。完成情况：主体工程已封顶。存在问题：配套资金未到位。下步计划：年底前交付。",
    "2.农贸市场改造项目。联系区领导：副区长 许明；牵头单位：区商务局。完成情况：已完成三个市场改造。",
  ].join("\n");

  test("each label is read as its own line would be: leader, lead, co-units, progress, problems, next steps", () => {
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leader, t.leadUnits, t.coUnits, progressOf(t), t.progress?.problems, t.progress?.nextSteps])).toEqual([
      ["1", "城区学校新建项目", "杨华", ["区教育局"], ["区住建局", "区资规局"], "主体工程已封顶", "配套资金未到位", "年底前交付"],
      ["2", "农贸市场改造项目", "许明", ["区商务局"], [], "已完成三个市场改造", "", ""],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: one label inside a sentence after a comma stays the older reading (the unit, then the account)", () => {
    const r = importText(["某县重点项目进展情况", "1.城北污水处理厂建设，牵头部门：县住建局。主体工程已完工。", "2.城南公园建设，牵头部门：县城管局。正在进行绿化。"].join("\n"));
    expect(r.tasks.map((t) => [t.text, t.leadUnits, progressOf(t)])).toEqual([
      ["城北污水处理厂建设", ["县住建局"], "主体工程已完工。"],
      ["城南公园建设", ["县城管局"], "正在进行绿化。"],
    ]);
  });
});

describe("a progress report's parts each naming one project", () => {
  const text = [
    "乡政府为民办实事工程情况报告",
    "现将今年为民办实事工程进展情况报告如下。",
    "一、村庄亮化工程",
    "路灯已于8月2日公开招标，计划10月份前安装完毕。",
    "二、综合文化站二期建设项目",
    "小剧场正在装修，预计8月底完工。",
  ].join("\n");

  test("the heading is the item, the paragraph under it where it stands", () => {
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, progressOf(t)])).toEqual([
      ["村庄亮化工程", "路灯已于8月2日公开招标，计划10月份前安装完毕。"],
      ["综合文化站二期建设项目", "小剧场正在装修，预计8月底完工。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalikes: paragraphs that only plan, and a plan's title, make no progress", () => {
    const plans = importText(["关于2024年民生实事进展情况的报告", "一、城区公园提升工程", "计划投资500万元，力争年底前完工。", "二、农村道路硬化项目", "拟硬化道路10公里，明年实施。"].join("\n"));
    expect(plans.tasks.some((t) => t.progress)).toBe(false);
    const plan = importText(["2024年民生实事实施方案", "一、城区公园提升工程", "对城区公园进行提升改造。", "二、农村道路硬化项目", "硬化村组道路。"].join("\n"));
    expect(plan.tasks.some((t) => t.progress)).toBe(false);
  });
});

describe("an item's assignment bracket before the colon of its account", () => {
  const lines = (leader: boolean) => [
    "关于上半年重点工作推进情况的通报",
    "一、进展较好的工作",
    `1.老旧小区改造（${leader ? "责任领导：副区长 张军；" : ""}牵头单位：区住建局）：已完成改造8个，超序时进度。`,
    `2.口袋公园建设（${leader ? "责任领导：副区长 李红；" : ""}牵头单位：区城管局）：已建成3个。`,
    "二、进展滞后的工作",
    `3.公厕改造（${leader ? "责任领导：副区长 李红；" : ""}牵头单位：区城管局）：仅完成2座，滞后序时。`,
  ];

  test("the name is the task, the bracket its assignment, the account its progress (list and notice alike)", () => {
    for (const leader of [false, true]) {
      const r = importText(lines(leader).join("\n"));
      expect(r.tasks.map((t) => [t.text, t.leadUnits, progressOf(t)])).toEqual([
        ["老旧小区改造", ["区住建局"], "已完成改造8个，超序时进度。"],
        ["口袋公园建设", ["区城管局"], "已建成3个。"],
        ["公厕改造", ["区城管局"], "仅完成2座，滞后序时。"],
      ]);
      if (leader) expect(r.tasks.map((t) => t.leader)).toEqual(["张军", "李红", "李红"]);
    }
  });

  test("lookalike: in a plan the words after the colon stay the task's, never progress", () => {
    const plan = importText(
      ["关于印发重点工作任务分解的通知", "一、城市建设", "1.老旧小区改造（责任领导：副区长 张军；牵头单位：区住建局）：改造小区10个。", "2.口袋公园建设（责任领导：副区长 李红；牵头单位：区城管局）：新建公园5个。", "3.公厕改造（责任领导：副区长 李红；牵头单位：区城管局）：改造公厕20座。"].join("\n"),
    );
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, !!t.progress])).toEqual([
      ["老旧小区改造：改造小区10个。", ["区住建局"], false],
      ["口袋公园建设：新建公园5个。", ["区城管局"], false],
      ["公厕改造：改造公厕20座。", ["区城管局"], false],
    ]);
  });
});

describe("progress under the periods' names alone", () => {
  const rows = ["序号\t工作任务\t责任单位\t一季度\t上半年\t1-9月\t全年", "1\t新建公办幼儿园3所\t区教育局\t完成选址\t开工2所\t主体完工2所\t", "2\t改造老旧小区10个\t区住建局\t完成摸底\t开工6个\t\t"];

  test("under a progress title the latest filled period is the row's progress, named by its period", () => {
    const r = importText(["2024年重点工作落实情况表", ...rows].join("\n"));
    expect(r.tasks.map((t) => [t.id, progressOf(t), t.progress?.period])).toEqual([
      ["1", "主体完工2所", "1-9月"],
      ["2", "开工6个", "上半年"],
    ]);
  });

  test("lookalikes: under a plan's title or none, period columns may be milestones and give no progress", () => {
    for (const title of ["2024年重点工作任务分解表", "2024年重点工作推进计划"]) expect(importText([title, ...rows].join("\n")).tasks.some((t) => t.progress)).toBe(false);
    expect(importText(rows.join("\n")).tasks.some((t) => t.progress)).toBe(false);
  });
});

describe("a units cell with its labels inside, under a header word no list knows", () => {
  test("牵头单位：…；配合单位：… cells make the column the units column", () => {
    const r = importText(
      ["序号\t项目\t承接部门\t完成情况", "1\t幼儿园建设\t牵头单位：区教育局；配合单位：区住建局\t正在验收", "2\t文体中心\t牵头单位：区文体旅局；配合单位：区财政局\t进入布展", "3\t背街小巷\t牵头单位：区城管局\t全部完工"].join("\n"),
    );
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["区教育局"], ["区住建局"]],
      ["2", ["区文体旅局"], ["区财政局"]],
      ["3", ["区城管局"], []],
    ]);
  });
});
