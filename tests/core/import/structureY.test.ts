/**
 * Round y of issue 13's structure finding: a table pasted one cell a line whose first rows sit under a part heading
 * closed by the part's assignment ("一、…等工作目标（牵头领导：…）"), longer than a column name or a short heading. Each
 * rule on a text of our own and against the lookalikes it must leave alone.
 */
import { importText } from "../../../src/core/import";
import { parseSectionHeading } from "../../../src/core/import/sections";
import { unaccountedLines } from "./helpers";

const cells = (heading: string) =>
  [
    "2024年县政府工作目标任务落实责任分解表",
    "序号",
    "目标任务",
    "牵头单位",
    "责任单位",
    heading,
    "1",
    "城镇新增就业人数达到3200人。",
    "县人社局",
    "各乡镇",
    "2",
    "新改建农村公路120公里。",
    "县交通运输局",
    "县财政局、各乡镇",
    "二、民生事业（牵头领导：赵刚）",
    "3",
    "新建城区幼儿园2所。",
    "县教育局",
    "县住建局",
  ].join("\n");

describe("a part heading closed by its assignment between a table's header and its first row", () => {
  test("of any length, it ends the header and heads its rows; the bracket is the part's, not its name", () => {
    const text = cells("一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标（牵头领导：李明、王强、张伟、刘洋、陈静）");
    const r = importText(text);
    expect(r.sections.map((s) => [s.name, s.foundCount])).toEqual([
      ["一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标", 2],
      ["二、民生事业", 1],
    ]);
    expect(r.tasks.map((t) => [t.id, t.leadUnits, t.coUnits])).toEqual([
      ["1", ["县人社局"], ["各乡镇"]],
      ["2", ["县交通运输局"], ["县财政局", "各乡镇"]],
      ["3", ["县教育局"], ["县住建局"]],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("a long 一、 paragraph with no closing assignment is not taken for that heading (the header is not found through it)", () => {
    const r = importText(cells("一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标和各项保障措施"));
    expect(r.sections.some((s) => s.name.startsWith("一、稳就业"))).toBe(false);
  });

  test("a long heading line is measured without its closing assignment; a sentence closed so is an item", () => {
    const long = "一、稳就业、保民生、促增收、强基础、补短板、惠民生、优服务等方面的年度重点工作目标";
    const led = `${long}（牵头领导：李明、王强、张伟、刘洋、陈静）`;
    expect(led.length).toBeGreaterThan(60);
    expect(parseSectionHeading(led)).toMatchObject({ name: long, leader: "李明、王强、张伟、刘洋、陈静" });
    expect(parseSectionHeading(`${long}和各项保障措施及其分工落实要求以及督查考核办法的具体安排`)).toBeNull();
    const item = "（一）加快推进城乡融合发展，完善县域交通、供水、供气等基础设施，提升教育医疗公共服务水平，推动人口向县城和中心镇集聚。（牵头单位：县发改局）";
    expect(item.length).toBeGreaterThan(60);
    expect(parseSectionHeading(item)).toBeNull();
  });
});

describe("a part heading that names its leaders (round z): each leads every task of the part that names none", () => {
  test("one leader or several, in a table; a row's own leader stays; a unit bracket stays the coordinator", () => {
    const r = importText(cells("一、稳就业（牵头领导：李明、王强、张伟）"));
    expect(r.tasks.map((t) => [t.id, t.leader])).toEqual([["1", "李明、王强、张伟"], ["2", "李明、王强、张伟"], ["3", "赵刚"]]);
    expect(r.sections.map((s) => s.coordinator)).toEqual([undefined, undefined]);
    const own = importText(["序号\t目标任务\t牵头领导\t牵头单位", "一、稳增长（牵头领导：李明、王强）", "1\t新建学校3所。\t\t县教育局", "2\t新建公园2个。\t孙伟\t县住建局"].join("\n"));
    expect(own.tasks.map((t) => [t.id, t.leader])).toEqual([["1", "李明、王强"], ["2", "孙伟"]]);
    const unit = importText(["序号\t目标任务\t牵头单位", "一、稳增长（总牵头单位：县发改局）", "1\t新建学校3所。\t县教育局"].join("\n"));
    expect([unit.sections[0].coordinator, unit.tasks[0].leader]).toEqual(["县发改局", ""]);
  });
});

describe("a plan's prose parts with no task are no 板块 (round z)", () => {
  const plan = (...extra: string[]) =>
    importText(["一、指导思想", "坚持以人民为中心，推进各项工作落地见效。", "二、重点任务", "1.新建学校3所。", "牵头单位：区教体局", "2.新建公园2个。", "牵头单位：区城管局", ...extra, "四、保障措施", "加强组织领导，压实工作责任。"].join("\n")).sections.map((s) => [s.name, s.declaredCount, s.foundCount]);

  test("指导思想 and 保障措施 without tasks are left out; the parts with tasks stay", () => {
    expect(plan()).toEqual([["二、重点任务", null, 2]]);
  });

  test("an empty part of any other name, or one that declares a count, stays (its tasks may have been lost)", () => {
    expect(plan("三、乡村振兴", "全面推进乡村振兴。")).toEqual([["二、重点任务", null, 2], ["三、乡村振兴", null, 0]]);
    expect(importText(["一、工作目标（共1项）", "全年新增就业3000人。", "二、重点任务", "1.新建学校3所。", "牵头单位：区教体局"].join("\n")).sections.map((s) => [s.name, s.foundCount])).toContainEqual(["一、工作目标", 0]);
  });
});

describe("a 工作要点 with no units: its purpose sentence and general part are not a report's prose", () => {
  const general = [
    "2024年某某县人民政府政务公开工作要点",
    "为进一步提升全县政务公开质量和实效，制定本要点。",
    "一、总体要求",
    "（一）指导思想",
    "坚持以人民为中心，推进政务公开标准化规范化，助力法治政府和服务型政府建设。",
    "（二）基本原则",
    "坚持公开为常态、不公开为例外，依法依规做好公开与保密审查。",
    "（三）工作目标",
    "到2024年底，县乡两级政务公开事项标准目录全面落地，群众满意度明显提升。",
    "二、深化重点领域公开",
  ];

  test("numbered items under the work parts are the tasks; the general part gives none", () => {
    const text = [
      ...general,
      "（一）加强财政信息公开",
      "1.推进预决算公开。各部门在批复后20日内公开部门预决算。",
      "2.推进专项资金公开。按季度公开惠民惠农资金发放情况。",
      "（二）加强民生信息公开",
      "3.推进教育信息公开。及时公开招生入学政策和结果。",
    ].join("\n");
    const r = importText(text);
    expect(r.kind).toBe("notice");
    expect(r.tasks.map((t) => [t.id, t.section, t.subsection])).toEqual([
      ["1", "二、深化重点领域公开", "（一）加强财政信息公开"],
      ["2", "二、深化重点领域公开", "（一）加强财政信息公开"],
      ["3", "二、深化重点领域公开", "（二）加强民生信息公开"],
    ]);
    expect(unaccountedLines(text, r)).toEqual([]);
  });

  test("prose under the work parts is still a report's, and a sentence that is no plan's purpose counts as prose", () => {
    const report = [
      ...general,
      "（一）加强财政信息公开",
      "今年以来各部门在批复后20日内公开了部门预决算，公开率达到100%。",
      "（二）加强民生信息公开",
      "全县按季度公开惠民惠农资金发放情况，累计公开信息1200余条。",
      "招生入学政策和结果均已及时公开，群众咨询量同比下降。",
    ].join("\n");
    expect(importText(report).kind).toBe("report");
    const notPurpose = [
      "2024年上半年县政府重点工作推进情况汇报",
      "为加快项目建设，县政府上半年召开了四次专题调度会议。",
      "全县实施重点项目56个，完成投资38亿元，占年度计划的52%。",
      "新签约亿元以上项目12个，到位资金21亿元，同比增长15%。",
      "（一）项目建设",
      "（二）招商引资",
      "（三）民生保障",
    ].join("\n");
    expect(importText(notPurpose).kind).toBe("report");
  });
});
