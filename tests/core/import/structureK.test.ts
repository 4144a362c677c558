/**
 * Round k of issue 13's structure finding, each rule on a shape of its own and against what it must leave alone:
 * sub-items under an item's title sharing the assignment written after them, （一） headings named as written, main
 * targets with one closing assignment, leaders' posts in a bracket, headings that name a leader by post, counting
 * brackets, a 事项 column finer than the merged name, and progress paragraphs without numbers.
 */
import { importText } from "../../../src/core/import";
import { declaredCount } from "../../../src/core/import/sections";
import { headingLeader, isLeaderPost } from "../../../src/core/import/leaderTitles";
import { unaccountedLines } from "./helpers";

const row = (...cells: string[]) => cells.join("\t");

describe("sub-items under an item's title", () => {
  test("(1)(2) under 1. and one assignment paragraph after them: 1-(1), 1-(2), each assigned; lines accounted", () => {
    const text = [
      "安全生产专项整治责任分解",
      "一、重点行业整治",
      "1.危化品安全整治",
      "(1)完成危化品企业风险评估40家。",
      "(2)关闭退出落后产能企业3家。",
      "（牵头单位：市应急管理局；配合单位：市工信局）",
      "2.交通运输安全整治",
      "(1)整治公路安全隐患点60处。",
      "(2)完成客运车辆动态监控全覆盖。",
      "（牵头单位：市交通运输局）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section, t.leadUnits, t.coUnits])).toEqual([
      ["1-(1)", "一、重点行业整治", ["市应急管理局"], ["市工信局"]],
      ["1-(2)", "一、重点行业整治", ["市应急管理局"], ["市工信局"]],
      ["2-(1)", "一、重点行业整治", ["市交通运输局"], []],
      ["2-(2)", "一、重点行业整治", ["市交通运输局"], []],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a sub-item's own closing assignment stays its own; a bracket that assigns nothing is not shared", () => {
    const text = [
      "一、重点行业整治",
      "1.危化品安全整治",
      "(1)完成危化品企业风险评估40家。（牵头单位：市应急管理局）",
      "(2)关闭退出落后产能企业3家。（牵头单位：市工信局）",
      "（2021—2023年）",
      "2.交通运输安全整治",
      "(1)整治公路安全隐患点60处。（牵头单位：市交通运输局）",
      "(2)完成客运车辆动态监控全覆盖。（牵头单位：市公安局）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leadUnits])).toEqual([
      ["1-(1)", ["市应急管理局"]],
      ["1-(2)", ["市工信局"]],
      ["2-(1)", ["市交通运输局"]],
      ["2-(2)", ["市公安局"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });
});

describe("headings and targets of a list", () => {
  test("a （一） heading at the top level keeps the numbering as written", () => {
    const text = ["(一)监测预警能力建设", "1.新建自动气象站30个。（责任单位：市气象局）", "2.建成山洪灾害预警点50处。（责任单位：市水利局）"].join("\n");
    const r = importText(text);
    expect(r.sections.map((s) => s.name)).toEqual(["(一)监测预警能力建设"]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("主要预期目标 closing with one assignment: every indicator has it; it never joins the （一） paragraph above", () => {
    const text = [
      "一、主要预期目标",
      "（一）总体要求：坚持稳中求进，推动高质量发展。",
      "主要预期目标：地区生产总值增长6%；一般公共预算收入增长5%（常务副市长负责，市发改委牵头，市统计局、市财政局配合）",
      "二、重点任务",
      "（一）扩大有效投资。全年实施重点项目200个。（市发改委牵头）",
      "（二）稳定就业。城镇新增就业2万人。（市人社局牵头）",
    ].join("\n");
    const r = importText(text);
    const targets = r.tasks.filter((t) => t.id.startsWith("预期"));
    expect(targets.map((t) => [t.text, t.leadUnits, t.coUnits])).toEqual([
      ["地区生产总值增长6%", ["市发改委"], ["市统计局", "市财政局"]],
      ["一般公共预算收入增长5%", ["市发改委"], ["市统计局", "市财政局"]],
    ]);
    expect(r.tasks.find((t) => t.text.startsWith("总体要求"))?.leadUnits ?? []).toEqual([]);
    expect(r.notes.map((n) => n.code)).not.toContain("IMPORT_TARGETS_UNASSIGNED");
  });

  test("主要预期目标 with no assignment: indicators without units, reported", () => {
    const text = ["一、主要预期目标", "主要预期目标是：地区生产总值增长6%；一般公共预算收入增长5%。", "二、重点任务", "1.全年实施重点项目200个。（市发改委牵头）", "2.城镇新增就业2万人。（市人社局牵头）"].join("\n");
    const r = importText(text);
    expect(r.tasks.filter((t) => t.id.startsWith("预期")).map((t) => t.leadUnits)).toEqual([[], []]);
    expect(r.notes.map((n) => n.code)).toContain("IMPORT_TARGETS_UNASSIGNED");
  });
});

describe("leaders named by their post", () => {
  test.each([
    ["分管副省长", true],
    ["协管副秘书长", true],
    ["常务副县长", true],
    ["分管市领导", true],
    ["市长", true],
    ["市住建局", false],
    ["县长办公室", false],
    ["区长热线办", false],
    ["省发展改革委", false],
  ])("isLeaderPost(%s) = %s", (name, post) => {
    expect(isLeaderPost(name)).toBe(post);
  });

  test("posts in an assignment bracket are no units; units in the same bracket still are", () => {
    const text = ["一、重点任务", "（一）新建学校3所。（分管副市长、协管副秘书长负责，市教育局牵头，市财政局配合）", "（二）新建医院1所。（市卫健委负责）"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([
      [["市教育局"], ["市财政局"]],
      [["市卫健委"], []],
    ]);
  });

  test.each([
    ["一、常务副省长高建民", "高建民"],
    ["二、副市长 李明", "李明"],
    ["王纲市长主抓重点工作", "王纲"],
    ["三、市长热线办理", ""],
    ["一、市长信箱", ""],
    ["二、县长办公会议定事项", ""],
    ["一、稳增长促发展", ""],
  ])("headingLeader(%s) = %s", (heading, leader) => {
    expect(headingLeader(heading)).toBe(leader);
  });

  test("items under a heading that names a leader by post take that leader; a leader of their own stays", () => {
    const text = [
      "一、常务副县长陈刚（共2项）",
      "1.地区生产总值增长6%。（县发改局牵头）",
      "2.完成固定资产投资50亿元。（县发改局牵头，县统计局配合）",
      "二、重点项目（共1项）",
      "3.新建产业园1个。（县工信局牵头）",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.section])).toEqual([
      ["1", "陈刚", "一、常务副县长陈刚"],
      ["2", "陈刚", "一、常务副县长陈刚"],
      ["3", "", "二、重点项目"],
    ]);
    expect(r.sections.map((s) => s.declaredCount)).toEqual([2, 1]);
  });
});

describe("heading rows naming a leader in a table", () => {
  test("rows under \"一、常务副县长王强（共2项）\" take him as leader unless they name one; a plain heading gives none", () => {
    const text = [
      row("序号", "工作任务", "责任领导", "责任单位"),
      row("一、常务副县长王强（共2项）"),
      row("1", "地区生产总值增长6%。", "", "县发改局"),
      row("2", "完成固定资产投资50亿元。", "李平", "县发改局"),
      row("二、惠民生（共1项）"),
      row("3", "新建学校2所。", "", "县教育局"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.leader, t.section])).toEqual([
      ["1", "王强", "一、常务副县长王强"],
      ["2", "李平", "一、常务副县长王强"],
      ["3", "", "二、惠民生"],
    ]);
  });
});

describe("counting brackets", () => {
  test.each([
    ["一、常务副省长高建民（具体包括31个方面，134项具体任务）", 134],
    ["二、民生（含3大类12项）", 12],
    ["三、改革（涉及5个领域，共20项任务）", 20],
  ])("%s declares %s", (heading, count) => {
    expect(declaredCount(heading)?.count).toBe(count);
  });

  test.each([["一、三年行动（2018—2020年）"], ["二、项目（完成投资5亿元，新建3项）"], ["三、投资（牵头单位：区发改局，3项）"]])("%s declares nothing", (heading) => {
    expect(declaredCount(heading)).toBeNull();
  });
});

describe("a 事项 column beside a merged name", () => {
  test("a 具体事项 that changes under one merged 实事项目 is the task; the name heads it", () => {
    const text = [
      row("序号", "实事项目", "具体事项", "责任单位", "推进情况"),
      row("1", "关爱老人", "新建老年食堂10个", "区民政局", "已建成4个。"),
      row("", "", "开展老年人体检2万人次", "区卫健委", "已体检6000人次。"),
      row("2", "便民出行", "新开公交线路3条", "区交通委", "已开通1条。"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.text, t.leadUnits, t.section])).toEqual([
      ["1-1", "关爱老人：新建老年食堂10个", ["区民政局"], ""],
      ["1-2", "关爱老人：开展老年人体检2万人次", ["区卫健委"], ""],
      ["2", "便民出行：新开公交线路3条", ["区交通委"], ""],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a 类别 merged over several named items stays the category", () => {
    const text = [
      row("序号", "类别", "项目名称", "责任单位"),
      row("1", "教育", "新建幼儿园2所", "区教育局"),
      row("2", "", "改造校舍5处", "区教育局"),
      row("3", "医疗", "新建社区卫生服务站3个", "区卫健委"),
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.id, t.section])).toEqual([
      ["1", "教育"],
      ["2", "教育"],
      ["3", "医疗"],
    ]);
  });
});

describe("progress paragraphs without numbers", () => {
  const body = [
    "新建改建农村公路500公里（2021—2023年）。上半年已完成320公里。",
    "改造农村危房2000户。上半年开工1500户，竣工900户。",
    "新增城镇就业3万人。1-6月新增1.8万人。",
  ];

  test("in a progress report, \"target。上半年…\" paragraphs are items with their progress", () => {
    const text = ["2021年民生实事上半年进展情况", "各地各部门推进民生实事，总体进展顺利，主要进度如下：", ...body].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text.replace(/。$/, ""), t.progress?.text, t.progress?.period])).toEqual([
      ["新建改建农村公路500公里（2021—2023年）", "上半年已完成320公里。", "上半年"],
      ["改造农村危房2000户", "上半年开工1500户，竣工900户。", "上半年"],
      ["新增城镇就业3万人", "1-6月新增1.8万人。", "上半年"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("the same paragraphs in a plan (no progress title) carry no progress", () => {
    const r = importText(["2021年民生实事安排", "各地各部门要抓好落实。", ...body].join("\n"));
    expect(r.tasks.filter((t) => t.progress?.text)).toEqual([]);
  });

  test("a paragraph whose first sentence is long or has a clause is no item of its own", () => {
    const text = [
      "2021年民生实事上半年进展情况",
      "今年以来，各地各部门认真落实市委市政府部署，持续加大投入，民生实事整体推进顺利。上半年完成投资45亿元。",
      ...body,
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => t.text.slice(0, 6))).toEqual(["新建改建农村", "改造农村危房", "新增城镇就业"]);
  });
});

describe("numbering that starts again in each part", () => {
  test("1. 2. under 一、 and 1. under 二、: ids named by their part, with a note", () => {
    const text = ["一、稳增长（共2项）", "1.地区生产总值增长6%。（县发改局牵头）", "2.完成投资50亿元。（县发改局牵头）", "二、惠民生（共1项）", "1.新建学校2所。（县教育局牵头）"].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => t.id)).toEqual(["一-1", "一-2", "二-1"]);
    expect(r.notes.map((n) => n.code)).toContain("IMPORT_IDS_BY_PART");
  });

  test("numbering that goes on across parts, or parts without a number, is left as written", () => {
    const on = importText(["一、稳增长", "1.地区生产总值增长6%。（县发改局牵头）", "二、惠民生", "2.新建学校2所。（县教育局牵头）"].join("\n"));
    expect(on.tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(on.notes.map((n) => n.code)).not.toContain("IMPORT_IDS_BY_PART");
    const unnamed = importText(["关键词 教育", "1.新建学校2所。（县教育局牵头）", "关键词 医疗", "1.新建医院1所。（县卫健委牵头）"].join("\n"));
    expect(unnamed.notes.map((n) => n.code)).not.toContain("IMPORT_IDS_BY_PART");
  });
});
