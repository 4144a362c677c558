/**
 * Round ae of issue 13's structure finding: a plan sent with its notice, parts counted in words, parts named for the state of
 * their items, sub-items run on in one paragraph, and an itinerary table pasted one cell a line. Each rule on texts of our own
 * and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { unaccountedLines } from "./helpers";

describe("a plan sent with its notice, 1. items under （一） headings that state their aim", () => {
  const plan = [
    "县人民政府办公室关于印发某县数字乡村建设行动方案的通知",
    "某政办发〔2023〕5号",
    "各乡镇人民政府，县政府各部门：",
    "现将《某县数字乡村建设行动方案》印发给你们，请认真贯彻落实。",
    "（此件公开发布）",
    "某县数字乡村建设行动方案",
    "为加快数字乡村建设，推动农业农村现代化，结合本县实际，制定本方案。",
    "一、主要目标",
    "到2025年，全县行政村光纤和4G网络全面覆盖，建成益农信息社120个，农产品网络零售额明显增长。",
    "二、重点任务",
    "（一）夯实乡村信息基础设施。",
    "推动城乡网络设施一体规划建设，补齐偏远村组的网络短板。",
    "1.提升乡村网络覆盖。推进光纤网络向自然村延伸，提升偏远村组的信号质量。",
    "2.推进广电网络改造。完成农村有线电视网络双向化改造。",
    "（二）发展农村数字经济。",
    "推动电子商务进村入户，培育农村新业态。",
    "3.建设益农信息社。依托村级便民服务站点建设信息社。",
  ].join("\n");

  test("the cover and each heading's aim are no report prose: the 1. items are the tasks, numbered on under their headings", () => {
    const r = importText(plan);
    expect(r.kind).toBe("notice");
    expect(r.tasks.map((t) => [t.id, t.section, t.subsection])).toEqual([
      ["1", "二、重点任务", "（一）夯实乡村信息基础设施"],
      ["2", "二、重点任务", "（一）夯实乡村信息基础设施"],
      ["3", "二、重点任务", "（二）发展农村数字经济"],
    ]);
    expect(unaccountedLines(plan, r)).toEqual([]);
  });

  test("lookalike: a report's account under its headings is still prose (no purpose sentence, no cover)", () => {
    const report = [
      "某县2023年数字乡村建设推进情况",
      "一、工作进展",
      "全县上半年新建5G基站40个，完成年度目标的55%，益农信息社运营正常。",
      "（一）网络覆盖",
      "新增光纤入户3000户，偏远村组信号质量明显改善，群众反映良好。",
      "（二）电子商务",
      "农产品网络零售额同比增长18%，新培育电商带头人30名，带动农户增收。",
    ].join("\n");
    expect(importText(report).kind).toBe("report");
  });
});

describe("parts counted in words whose lead sentence runs on into their prose", () => {
  const text = [
    "某镇人民政府2024年工作计划",
    "一是做强特色产业。产业兴则乡村兴，全镇将围绕特色种养调整结构。今年共谋划项目3个：",
    "（一）食用菌产业园项目：该项目位于东村，总投资300万元，目前正在进行场地平整，预计5月开工建设。",
    "（二）冷链仓储项目：该项目位于西村，总投资200万元，预计6月开工建设。",
    "（三）茶叶加工厂项目：该项目位于南村，总投资150万元，目前已完成选址。",
    "二是抓好基层党建。深化党员教育管理，推动村级组织规范运行。",
  ].join("\n");

  test("the lead sentence names the part; a part with no items under it, beside one with items, is a work of its own", () => {
    const r = importText(text);
    expect(r.sections.map((s) => s.name)).toContain("一是做强特色产业");
    expect(r.tasks.map((t) => [t.text.slice(0, 8), t.section])).toEqual([
      ["食用菌产业园项目", "一是做强特色产业"],
      ["冷链仓储项目：该", "一是做强特色产业"],
      ["茶叶加工厂项目：", "一是做强特色产业"],
      ["抓好基层党建。深", ""],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a 目前 clause that says where an item stands is its progress; a planned clause (预计…) is none", () => {
    const r = importText(text);
    expect(r.tasks.map((t) => t.progress?.text ?? "")).toEqual(["目前正在进行场地平整", "", "目前已完成选址", ""]);
  });

  test("lookalike: 目前 followed by a plan (目前计划…) gives no progress", () => {
    const r = importText(["一、产业项目", "1.食用菌产业园项目：目前计划5月开工建设。", "2.冷链仓储项目：目前拟选址西村。", "3.农贸市场项目：年内完成主体。"].join("\n"));
    expect(r.tasks.every((t) => !t.progress)).toBe(true);
  });
});

describe("a part named for the state its items are in", () => {
  const report = [
    "某县卫生项目建设情况汇报",
    "一、项目完成情况",
    "（一）已竣工项目",
    "1、县人民医院门诊楼建设项目。为2019年中央投资项目，2019年开工，2021年6月竣工，建筑面积12000㎡。",
    "2、东乡卫生院改造项目。为2020年中央投资项目，已建成投入使用。",
    "（二）在建项目",
    "3、县疾控中心实验楼建设项目。为2022年中央投资项目，预计2024年竣工。",
  ].join("\n");

  test("each item under it is in that state, with the clauses of its own account that say when; a planned clause is left out", () => {
    const r = importText(report);
    expect(r.tasks.map((t) => t.progress?.text)).toEqual(["已竣工：2019年开工，2021年6月竣工", "已竣工：已建成投入使用", "在建"]);
    expect(unaccountedLines(report, r)).toEqual([]);
  });

  test("lookalike: a part named for a topic (（一）基础设施项目) gives its items no state", () => {
    const r = importText(report.replace("（一）已竣工项目", "（一）基础设施项目").replace("（二）在建项目", "（二）公共卫生项目"));
    expect(r.tasks.map((t) => t.progress?.text ?? "")).toEqual(["", "", ""]);
  });
});

describe("sub-items run on inside an item's paragraph in a progress report", () => {
  const report = [
    "某县扶贫项目实施进展情况汇报",
    "一、项目执行情况",
    "1、基础设施类项目10个、已启动项目10个，已完成投资300万元。其中：(1)通组公路项目6个、已启动项目6个，已建成通组公路9公里。(2)饮水项目4个、已启动项目4个，已建成饮水工程2处。",
    "2、产业发展类项目5个、已启动项目3个。",
  ].join("\n");

  test("(1)(2) after 其中： are tasks of their own; each item named with its count, then where it stands", () => {
    const r = importText(report);
    expect(r.tasks.map((t) => [t.id, t.text, t.progress?.text])).toEqual([
      ["1-(1)", "通组公路项目6个", "已启动项目6个，已建成通组公路9公里。"],
      ["1-(2)", "饮水项目4个", "已启动项目4个，已建成饮水工程2处。"],
      ["2", "产业发展类项目5个", "已启动项目3个。"],
    ]);
    expect(r.tasks[0].subsection).toBe("基础设施类项目10个、已启动项目10个，已完成投资300万元");
    expect(unaccountedLines(report, r)).toEqual([]);
  });

  test("lookalike: one bracketed figure in an item's text is no run of sub-items", () => {
    const r = importText(["某县项目实施进展情况汇报", "一、项目执行情况", "1、通组公路项目6个，已建成通组公路9公里（1）。", "2、饮水项目4个，已建成饮水工程2处。", "3、产业路项目3个，已建成产业路5公里。"].join("\n"));
    expect(r.tasks.map((t) => t.id)).toEqual(["1", "2", "3"]);
  });
});

describe("an itinerary table pasted one cell a line, its merged cells interleaved", () => {
  const text = [
    "关于开展重点项目季度督查的通知",
    "一、督查时间：2024年4月8日-9日",
    "二、督查内容：重点项目建设进展情况。",
    "附：督查行程安排",
    "时 间",
    "督查人员",
    "督查项目",
    "项目责任单位",
    "第一组",
    "4月8日",
    "上午",
    "9:00-11:30",
    "李 明（组 长）",
    "城东污水处理厂扩建工程",
    "住建局",
    "张 华",
    "县职教中心新校区",
    "教育局",
    "4月8日",
    "下午",
    "14:30-17:00",
    "北环路改造工程",
    "交通局",
    "滨河大桥建设",
    "王 强（组 长）",
    "县城公交枢纽站建设",
  ].join("\n");

  test("each item line is a task with the unit after it, or the unit above when a merged cell spans it; the rest are other columns' cells", () => {
    const r = importText(text);
    expect(r.kind).toBe("table");
    expect(r.tasks.map((t) => [t.text, t.leadUnits, t.person ?? ""])).toEqual([
      ["城东污水处理厂扩建工程", ["住建局"], ""],
      ["县职教中心新校区", ["教育局"], ""],
      ["北环路改造工程", ["交通局"], ""],
      ["滨河大桥建设", ["交通局"], ""],
      ["县城公交枢纽站建设", ["交通局"], ""],
    ]);
    // The notice's numbered fields above the table are no parts of it.
    expect(r.tasks.every((t) => t.section === "")).toBe(true);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("lookalike: a one-cell-a-line list with units after every item and no cells of other columns is not read this way", () => {
    const plain = ["督查项目", "项目责任单位", "城东污水处理厂扩建工程", "住建局", "县职教中心新校区", "教育局", "北环路改造工程", "交通局"].join("\n");
    expect(importText(plain).kindReason).not.toContain("合并单元格交错");
  });
});
