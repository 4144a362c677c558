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

  test("a tab-separated table wider than its header reads as the | one does; rows padded with empty cells are not wider", () => {
    const tabs = text.split("\n").map((l) => l.replace(/\s*\|\s*$/, "").replace(/\s*\|\s*/g, "\t")).join("\n");
    expect(importText(tabs).tasks.map((t) => [t.text, t.leadUnits, t.leader])).toEqual(importText(text).tasks.map((t) => [t.text, t.leadUnits, t.leader]));
    const padded = importText(["序号\t工作任务\t责任单位\t完成时限", "1\t新建学校3所\t区教育局\t年底\t\t", "2\t新建公园2个\t区城管局\t年底\t\t"].join("\n"));
    expect(padded.tasks.map((t) => [t.id, t.text, t.leadUnits, t.deadline])).toEqual([
      ["1", "新建学校3所", ["区教育局"], "年底"],
      ["2", "新建公园2个", ["区城管局"], "年底"],
    ]);
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

describe("a form written as numbered headings that are field names", () => {
  const form = [
    "某区教育局关于2020年民生实事完成情况的公示",
    "一、项目名称",
    "新建公办幼儿园",
    "二、任务目标",
    "新建公办幼儿园3所",
    "三、完成情况",
    "截至11月底，3所幼儿园均已竣工，秋季开园，完成进度100%。",
    "特此公示。",
    "某区教育局",
    "2020年12月1日",
  ].join("\n");

  test("each heading names a column, the lines under it its value: one item", () => {
    const r = importText(form);
    expect(r.tasks.map((t) => [t.text, t.progress?.completion])).toEqual([["新建公办幼儿园3所", "截至11月底，3所幼儿园均已竣工，秋季开园，完成进度100%。"]]);
    expect(unaccountedLines(form, r)).toEqual([]);
  });

  test("a value after the heading's colon reads as the lines below one do", () => {
    const r = importText(["一、项目名称：新建公办幼儿园", "二、任务目标：新建公办幼儿园3所", "三、责任单位：区教育局"].join("\n"));
    expect(r.tasks.map((t) => [t.text, t.leadUnits])).toEqual([["新建公办幼儿园3所", ["区教育局"]]]);
  });

  test("a notice's parts, a report's parts and a form with a heading that names no field are no such form", () => {
    const notice = importText(["一、扩大有效投资", "1.实施重点项目60个。", "牵头单位：区发改局", "二、保障改善民生", "2.新建学校3所。", "牵头单位：区教体局"].join("\n"));
    expect(notice.kindReason).not.toContain("编号标题写出的字段");
    const report = importText(["某县重点工程1-6月进展情况", "一、完成投资情况", "1至6月完成投资5亿元。", "二、分类情况", "其中，20个项目为续建项目，1-6月已完成投资3亿元。"].join("\n"));
    expect(report.kindReason).not.toContain("编号标题写出的字段");
    const mixed = importText(["一、项目名称", "新建公办幼儿园", "二、工作要求", "各单位要高度重视。"].join("\n"));
    expect(mixed.kindReason).not.toContain("编号标题写出的字段");
  });
});

describe("targets listed a paragraph each after an opener", () => {
  test("the topic sentence opening each paragraph is the item, the rest its work", () => {
    const text = [
      "记者从发布会上获悉，今年全县文旅工作专线的目标任务分别为：提升景区服务品质。完成3家景区厕所改造，推行分时预约。",
      "培育文旅消费热点。举办夜间文旅市集，打造2条特色街区。",
      "做好文旅宣传推介。组织参加省级推介会。",
    ].join("\n");
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.workTarget])).toEqual([
      ["提升景区服务品质", "完成3家景区厕所改造，推行分时预约。"],
      ["培育文旅消费热点", "举办夜间文旅市集，打造2条特色街区。"],
      ["做好文旅宣传推介", "组织参加省级推介会。"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("an opener followed by a sentence that is no topic, or by a single topic, lists nothing", () => {
    const duties = importText("今年专线的工作职责是：以建设文旅强县为目标，统筹景区、街区、乡村三类载体，抓好宣传推介。\n下一步，专线将加强调度。");
    expect(duties.tasks.map((t) => t.text)).not.toContain("以建设文旅强县为目标");
    const single = importText("今年的目标任务如下：提升景区服务品质。完成3家景区厕所改造。\n会议强调，各单位要加强协作。");
    expect(single.tasks.map((t) => t.text)).not.toContain("提升景区服务品质");
  });
});

describe("works a meeting names together as its matters", () => {
  test("A、B、C等重点工作 after a verb of handling, and a work whose progress was reported, are items with no progress", () => {
    const text = "会上，镇长通报调度了秸秆禁烧、河道清理、燃气安全排查等重点工作；随后，副镇长汇报了和美乡村示范片的推进情况。\n最后，书记强调各项工作要确保按时完成。";
    const r = importText(text);
    expect(r.tasks.map((t) => [t.text, t.progress])).toEqual([
      ["秸秆禁烧", undefined],
      ["河道清理", undefined],
      ["燃气安全排查", undefined],
      ["和美乡村示范片", undefined],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("names with no verb of handling before them, a case's 办理情况 and a demand to finish are no items", () => {
    const r = importText("会上，秸秆禁烧、河道清理等工作得到肯定；办公室通报了近期信访案件的办理情况。\n书记强调各项工作要确保按时完成。");
    expect(r.tasks.map((t) => t.text)).toEqual([]);
  });
});

describe("an office's own target in a 公示 of its 实事", () => {
  test("我局承办的目标任务是X names the item; a sentence opening with 目前 is where it stands", () => {
    const r = importText("现将我局承办的实事项目完成情况公示如下。\n公示内容：我局承办的目标任务是新建农家书屋5个，分别为甲村、乙村、丙村、丁村、戊村。目前，5个书屋已全部建成开放，完成实事目标任务。\n公示时间：12月10日至16日。");
    expect(r.tasks.map((t) => [t.text, t.progress?.text])).toEqual([["新建农家书屋5个", "5个书屋已全部建成开放，完成实事目标任务。"]]);
  });

  test("without a sentence on where it stands the target is a draft with no progress; a unit's other words name none", () => {
    expect(importText("我局承办的目标任务是新建农家书屋5个。").tasks.map((t) => [t.text, t.progress])).toEqual([["新建农家书屋5个", undefined]]);
    expect(importText("我局承办的会议于5月召开，各单位参加。").tasks.map((t) => t.text)).toEqual([]);
  });
});

describe("columns told by their cells when the header words are unseen", () => {
  test("a deadline and a progress column under words no list knows are read by what their cells hold", () => {
    const r = importText(["序号\t工作任务\t责任单位\t办结时间\t最新动态", "1\t新建学校3所\t区教育局\t12月底前\t已开工2所", "2\t改造管网5公里\t区住建局\t2024年6月\t正在招标", "3\t新建公园2个\t区城管局\t三季度末\t滞后序时"].join("\n"));
    expect(r.tasks.map((t) => [t.id, t.deadline, t.progress?.text])).toEqual([
      ["1", "12月底前", "已开工2所"],
      ["2", "2024年6月", "正在招标"],
      ["3", "三季度末", "滞后序时"],
    ]);
  });

  test("a plan's column, a target's column and a column of mixed cells are no progress or deadline", () => {
    const r = importText(["序号\t工作任务\t责任单位\t进度安排\t年度指标", "1\t新建学校3所\t区教育局\t6月底前完成选址\t完成投资5亿元", "2\t改造管网5公里\t区住建局\t已完成设计，9月开工\t新增管网5公里", "3\t新建公园2个\t区城管局\t年底前建成\t建成公园2个"].join("\n"));
    expect(r.tasks.map((t) => [t.deadline, t.progress])).toEqual([
      ["", undefined],
      ["", undefined],
      ["", undefined],
    ]);
  });
});

describe("the width a list was cut at, learnt from the document", () => {
  const cut = (s: string) => Array.from({ length: Math.ceil(s.length / 30) }, (_, k) => s.slice(k * 30, k * 30 + 30));
  const items = [
    "1.全面推进老旧小区改造，完成改造项目12个，惠及居民3000户，同步完善养老托育等配套设施建设。",
    "2.加快城市更新步伐，推动片区整体改造，打造特色街区两大片。同步实施排水管网雨污分流改造，新建改造管网20公里以上，年底前全部完工投用。",
    "3.完善城市公共交通体系，优化调整公交线路10条，新增公交站点30个，提升群众出行满意度。",
  ];
  const units = ["责任单位：区住建局", "责任单位：区城管局", "责任单位：区交通运输局"];

  test("a line of exactly that width ending at a sentence end goes on with the item", () => {
    const text = items.flatMap((it, k) => [...cut(it), units[k]]).join("\n");
    const whole = items.flatMap((it, k) => [it, units[k]]).join("\n");
    const got = importText(text).tasks.map((t) => [t.id, t.text, t.leadUnits]);
    expect(got).toEqual(importText(whole).tasks.map((t) => [t.id, t.text, t.leadUnits]));
    expect(got.map((t) => t[0])).toEqual(["1", "2", "3"]);
  });

  test("a text with no width of its own (lines of all lengths) keeps a sentence end as the end", () => {
    const text = ["1.全面推进老旧小区改造，完成改造项目12个。", "同步完善养老托育等配套设施建设。", "责任单位：区住建局", "2.加快城市更新步伐。", "责任单位：区城管局"].join("\n");
    expect(importText(text).tasks.map((t) => t.text)).not.toContain("全面推进老旧小区改造，完成改造项目12个。同步完善养老托育等配套设施建设。");
  });
});
